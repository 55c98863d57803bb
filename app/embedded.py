"""The one place the application starts the embedded sandbox server.

The UI and the client never import `app.sandbox`: they only see a base URL. This module is the bridge
the brief allows, so that the demo server stays a detail of start-up.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from app import paths

log = logging.getLogger(__name__)

#: The demo accounts the embedded sandbox holds (the reference's own example account first).
DEMO_LOGIN = "test0123"
DEMO_PASSWORD = "test0123"


class EmbeddedServer(Protocol):
    base_url: str

    def stop(self) -> None: ...


def default_database() -> Path:
    return paths.data_dir() / "sandbox.sqlite3"


def start_embedded_sandbox(db_path: Path | None = None, *, extra_numbers: int = 0) -> EmbeddedServer:
    """Starts the sandbox in a thread of this process on a free loopback port."""
    from app.sandbox import start_sandbox

    server = start_sandbox(db_path or default_database(), extra_numbers=extra_numbers)
    log.info("embedded sandbox listening on %s", server.base_url)
    return server
