"""What the benchmarks share: a sandbox in a process of its own, as the real server is remote."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def sandbox_process(db: Path, *, numbers: int = 0, ready_within: float = 90.0) -> Iterator[str]:
    """Runs `cliqphone-sandbox` on `db` in a separate process and yields its base URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cli = Path(sys.executable).parent / "cliqphone-sandbox"
    command = [str(cli)] if cli.exists() else [sys.executable, "-m", "app.sandbox._cli"]
    command += ["--db", str(db), "--port", str(port)]
    if numbers:
        command += ["--numbers", str(numbers)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + ready_within
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)
