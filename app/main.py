"""`cliqphone-desk`: starts Cliqphone Desk.

With no `--server` and no saved server, the application starts its embedded sandbox (the demo
server) in-process, so that it works with no access to the real service.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from app import __version__


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cliqphone-desk", description="Cliqphone Desk")
    parser.add_argument("--version", action="version", version=f"Cliqphone Desk {__version__}")
    parser.add_argument("--server", metavar="URL", help="Cliqphone API address (default: the embedded demo)")
    parser.add_argument("--demo", action="store_true", help="use the embedded demo server whatever is saved")
    parser.add_argument("--lang", choices=["fr", "en"], help="interface language (default: the system's)")
    parser.add_argument("--numbers", type=int, default=0, metavar="N",
                        help="seed N extra numbers in a new embedded demo database (load tests)")
    parser.add_argument("--demo-db", metavar="PATH", help="embedded demo database file")
    parser.add_argument("--self-test", action="store_true",
                        help="start offscreen, exercise the demo end to end, exit 0 or print what failed")
    parser.add_argument("--debug", action="store_true", help="verbose log file")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from app.logs import setup_logging

    log_path = setup_logging(logging.DEBUG if args.debug else logging.INFO)
    logging.getLogger(__name__).info("Cliqphone Desk %s starting (log: %s)", __version__, log_path)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from app.selftest import run_self_test

        return run_self_test(args)

    from app.ui.startup import run_gui

    return run_gui(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
