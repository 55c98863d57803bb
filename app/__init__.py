"""Cliqphone Desk: a desktop application to manage Cliqphone phone numbers."""


def _version() -> str:
    """The version in the installed distribution's metadata (written from pyproject.toml; the
    bundle copies it). Read from the ``METADATA`` file directly: ``importlib.metadata`` costs some
    70-150 ms of imports (email, zipfile, csv…) before the login dialog can show."""
    import os
    import sys

    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith("cliqphone_desk-") and name.endswith((".dist-info", ".egg-info")):
                headers = "METADATA" if name.endswith(".dist-info") else "PKG-INFO"
                try:
                    with open(os.path.join(entry or ".", name, headers), encoding="utf-8") as metadata:
                        for line in metadata:
                            if line.startswith("Version:"):
                                return line.split(":", 1)[1].strip()
                            if not line.strip():
                                break  # the end of the headers
                except OSError:
                    pass
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("cliqphone-desk")
    except PackageNotFoundError:  # pragma: no cover - an uninstalled source tree
        return "0+unknown"


# The one place the version is written is pyproject.toml.
__version__ = _version()
