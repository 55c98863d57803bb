"""``cliqphone-sandbox``: runs the sandbox server on its own until Ctrl+C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from pathlib import Path

from ._seed import DEMO_ACCOUNTS
from ._server import start_sandbox


def _default_db() -> Path:
    from app.paths import data_dir

    return data_dir() / "sandbox.sqlite3"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="cliqphone-sandbox",
        description="Runs the Cliqphone sandbox server: the API contract answered from a local SQLite file.",
    )
    parser.add_argument(
        "--db",
        type=Path,
        help="database file (created and seeded if missing; default: %(default)s)",
        default=None,
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument(
        "--port", type=int, default=8765, help="port, 0 for a free one (default: %(default)s)"
    )
    parser.add_argument(
        "--numbers",
        type=int,
        default=0,
        metavar="N",
        help="extra numbers for cliqueo, for load tests (e.g. 100000)",
    )
    parser.add_argument(
        "--token-lifetime",
        type=float,
        default=24 * 3600,
        metavar="SECONDS",
        help="how long a token stays valid (default: 86400)",
    )
    args = parser.parse_args(argv)
    if args.numbers < 0 or args.token_lifetime < 0:
        parser.error("--numbers and --token-lifetime must be >= 0")

    db = args.db or _default_db()
    started = time.perf_counter()
    try:
        server = start_sandbox(
            db, host=args.host, port=args.port, token_lifetime=args.token_lifetime, extra_numbers=args.numbers
        )
    except (OSError, RuntimeError) as exc:
        print(f"cliqphone-sandbox: cannot start: {exc}", file=sys.stderr)
        return 1
    print(
        f"Cliqphone sandbox on {server.base_url}  (database {db}, ready in {time.perf_counter() - started:.1f} s)"
    )
    print("Accounts (login / password, company):")
    for login, pwd, company, active in DEMO_ACCOUNTS:
        print(f"  {login} / {pwd}  {company}{'' if active else '  (inactive: answers 0001)'}")
    print(f"Try: curl {server.base_url}/api/auto -d login=test0123 -d pwd=test0123")
    print("Ctrl+C to stop.", flush=True)

    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    try:
        while not done.is_set() and server.running:
            done.wait(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    print("Stopped.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
