"""``python -m app.sandbox``: the same as the `cliqphone-sandbox` command."""

from ._cli import main

raise SystemExit(main())
