"""Cliqphone Desk: a desktop application to manage Cliqphone phone numbers."""

from importlib.metadata import PackageNotFoundError, version

try:
    # The one place the version is written is pyproject.toml; the bundle copies its metadata.
    __version__ = version("cliqphone-desk")
except PackageNotFoundError:  # pragma: no cover - an uninstalled source tree
    __version__ = "0+unknown"
