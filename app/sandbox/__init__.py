"""The Cliqphone sandbox: a real HTTP server that answers the API contract (shared/CONTRACT.md).

The application starts one in-process as its default backend, and every test talks to one over real
HTTP on 127.0.0.1. Its data lives in one SQLite file, created and seeded on first start::

    from app.sandbox import start_sandbox

    server = start_sandbox("sandbox.sqlite3")        # a free port on 127.0.0.1
    server.base_url                                   # "http://127.0.0.1:PORT"
    server.stop()

`cliqphone-sandbox` (`_cli`) runs one on its own. This package is an independent implementation of
the server side: it imports nothing from `app.api` or `app.ui`.

Where the contract is silent, the sandbox decides:

- Ids, ``type``, ``telephon`` and ``entreprise`` of numbers and media are JSON strings (``"147"``,
  ``"6"``: the company id), as in the reference's examples; zone ids and the ``id`` of a write's
  answer are integers. Number listings carry raw UTF-8; other answers escape it (``\\u00e9``).
- Some media URLs are written as the reference writes them, ``http:\\127.0.0.1:PORT\\media\\…``; the
  others are ordinary. Both are absolute, built from the request's own host.
- A number added without ``code`` gets its geographic prefix's zone (``331…`` → fr_01), else fr_01.
  Defaults of a new number: inactive, telephone, inbound and outbound calls on, recording and
  e-mail notification off.
- JSON null clears the fields the contract names as clearable (info, carrier name and e-mail,
  campaign, forward number, hours, dates, media slots); on any other field (``numero``, ``code``,
  ``etat``, the mode ``type``, ``typeRenvoi``, ``sonnerie``, ``jours``, ``telephon``, the four
  booleans) it is invalid, with that field's own code. In listing filters null means "no filter".
- ``telephon`` is checked last, with 0302. A ``nom`` filter that is not text is 0400.
- Listing filters are checked in the order code, etat, type, numero, compagne, porteur; "must name
  something that exists" is checked against all the caller's numbers, whatever the other filters.
- 0400/0404/0405 come with HTTP 400/404/405 (413 for a body over 1 MB); business errors with 200.
- Tokens survive a restart (only their SHA-256 is stored); paths match without regard to case or a
  trailing slash.
"""

from ._seed import DEMO_ACCOUNTS
from ._server import RunningSandbox, start_sandbox

__all__ = ["DEMO_ACCOUNTS", "RunningSandbox", "start_sandbox"]
