"""`make install-desktop`: puts Cliqphone Desk in the Linux desktop's application menu, for this user.

    python packaging/install_desktop.py                 # launches the project's .venv/bin/cliqphone-desk
    python packaging/install_desktop.py --bundle        # launches dist/cliqphone-desk/cliqphone-desk
    python packaging/install_desktop.py --exec /opt/cliqphone-desk/cliqphone-desk
    python packaging/install_desktop.py --uninstall

Writes, under ``$XDG_DATA_HOME`` (default ``~/.local/share``), following the freedesktop.org specs:
``applications/cliqphone-desk.desktop`` and ``icons/hicolor/<N>x<N>/apps/cliqphone-desk.png`` (16 to 512
px, rendered from the SVG source) plus ``icons/hicolor/scalable/apps/cliqphone-desk.svg``. Nothing needs
root. The menus pick the entry up at once (or after logging in again on some desktops).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_icons import HICOLOR_SIZES, NAME, ROOT, make_icons

DESKTOP_FILE = f"{NAME}.desktop"


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "").strip()
    # The spec: a relative or empty value is ignored.
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def default_executable() -> Path:
    script = "cliqphone-desk.exe" if os.name == "nt" else "cliqphone-desk"
    beside_python = Path(sys.executable).parent / script
    if beside_python.exists():
        return beside_python
    found = shutil.which(script)
    return Path(found) if found else beside_python


def quote_exec_arg(arg: str) -> str:
    """Quotes one argument of an ``Exec=`` line as the Desktop Entry spec asks."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`='):
        return arg.replace("%", "%%")
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + escaped.replace("%", "%%") + '"'


def desktop_entry(executable: Path) -> str:
    # Values are escaped for the Exec key only; the other strings are plain text.
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=Cliqphone Desk",
        "GenericName=Phone number manager",
        "GenericName[fr]=Gestion des numéros de téléphone",
        "Comment=Manage your Cliqphone phone numbers, zones and audio media",
        "Comment[fr]=Gérez vos numéros Cliqphone, vos zones et vos médias audio",
        f"Exec={quote_exec_arg(str(executable))}",
        f"TryExec={quote_exec_arg(str(executable))}",
        f"Icon={NAME}",
        "Terminal=false",
        "Categories=Office;Telephony;",
        "Keywords=phone;number;forwarding;voicemail;Cliqphone;",
        "Keywords[fr]=téléphone;numéro;renvoi;répondeur;standard;Cliqphone;",
        "StartupNotify=true",
        f"StartupWMClass={NAME}",
        "",
    ])


def installed_paths(home: Path) -> list[Path]:
    icons = home / "icons" / "hicolor"
    return ([home / "applications" / DESKTOP_FILE]
            + [icons / f"{s}x{s}" / "apps" / f"{NAME}.png" for s in HICOLOR_SIZES]
            + [icons / "scalable" / "apps" / f"{NAME}.svg"])


def _refresh_caches(home: Path) -> None:
    # Optional helpers of the desktop; their absence is normal (and harmless) on many systems.
    for cmd in (["update-desktop-database", "-q", str(home / "applications")],
                ["gtk-update-icon-cache", "-q", "-t", "-f", str(home / "icons" / "hicolor")]):
        if shutil.which(cmd[0]):
            subprocess.run(cmd, check=False, capture_output=True)


def install(executable: Path, home: Path | None = None) -> list[Path]:
    home = home or data_home()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="cliqphone-icons-") as tmp:
        made = make_icons(Path(tmp))
        for source in [*(made[f"png{s}"] for s in HICOLOR_SIZES), made["svg"]]:
            target = home / "icons" / source.relative_to(tmp)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            written.append(target)
    entry = home / "applications" / DESKTOP_FILE
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry(executable), encoding="utf-8")
    written.insert(0, entry)
    _refresh_caches(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    removed = [p for p in installed_paths(home) if p.exists()]
    for path in removed:
        path.unlink()
    _refresh_caches(home)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Adds Cliqphone Desk to this user's application menu (Linux).")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--exec", dest="executable", type=Path, help="the program the menu entry starts")
    target.add_argument("--bundle", action="store_true", help="start the bundle built by `make package`")
    parser.add_argument("--uninstall", action="store_true", help="remove the entry and its icons")
    args = parser.parse_args(argv)
    if args.uninstall:
        removed = uninstall()
        print(f"Removed {len(removed)} file(s) from {data_home()}")
        return 0
    if args.bundle:
        executable = ROOT / "dist" / NAME / NAME
    else:
        executable = (args.executable or default_executable()).resolve()
    if not executable.exists():
        print(f"{executable} does not exist (run `make package` for --bundle, or give --exec)", file=sys.stderr)
        return 1
    written = install(executable.resolve())
    print(f"Installed {written[0]} (starts {executable})")
    print(f"Installed {len(written) - 1} icons under {data_home() / 'icons' / 'hicolor'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
