"""Logging for Cliqphone Desk: one rotating file in the platform log folder.

Secrets never reach the file: a filter masks anything that looks like a token or a password in every
record, whatever logger wrote it, as a second line of defence behind code that never logs them.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from app import paths

LOG_FILE_NAME = "cliqphone-desk.log"

# `token: abc…`, `"token": "abc…"`, `pwd=…`, `password=…`: keep the key, mask the value.
_SECRET = re.compile(
    r"""(?ix)
    (["']?(?:token|pwd|password|mot\ de\ passe)["']?\s*[:=]\s*["']?)
    ([^\s"',;&}]+)
    """
)


def redact(text: str) -> str:
    """Masks token and password values in a text."""
    return _SECRET.sub(lambda m: m.group(1) + "***", text)


class RedactingFilter(logging.Filter):
    """Masks secrets in the final message of every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Sends the application's logs to a rotating file (1 MB × 5) and returns its path."""
    path = log_file()
    root = logging.getLogger()
    if any(getattr(h, "_cliqphone", False) for h in root.handlers):
        return path
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler._cliqphone = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level) if root.handlers[:-1] else level)
    for noisy in ("httpx", "httpcore", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path
