"""The Cliqphone sandbox: a real HTTP server that answers the API contract (shared/CONTRACT.md).

The application starts one in-process as its default backend, and every test talks to one over real
HTTP on 127.0.0.1. Its data lives in one SQLite file, created and seeded on first start::

    from app.sandbox import start_sandbox

    server = start_sandbox("sandbox.sqlite3")        # a free port on 127.0.0.1
    server.base_url                                   # "http://127.0.0.1:PORT"
    server.stop()

`cliqphone-sandbox` (`_cli`) runs one on its own. This package is an independent implementation of
the server side: it imports nothing from `app.api` or `app.ui`.
"""

from ._seed import DEMO_ACCOUNTS
from ._server import RunningSandbox, start_sandbox

__all__ = ["DEMO_ACCOUNTS", "RunningSandbox", "start_sandbox"]
