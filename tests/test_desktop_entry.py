"""`make install-desktop`: the Linux menu entry and its icons, into $XDG_DATA_HOME; and the icon files
the Windows and macOS builds use."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "packaging" / "install_desktop.py"


def _load(name: str):
    sys.path.insert(0, str(ROOT / "packaging"))
    spec = importlib.util.spec_from_file_location(f"cliqphone_{name}", ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_installer(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(SCRIPT), *args], env=env, capture_output=True, text=True,
                          timeout=60)


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_install_writes_entry_and_icons_into_xdg_data_home(tmp_path, qapp):
    from PySide6.QtGui import QImage

    executable = tmp_path / "bin dir" / "cliqphone-desk"
    executable.parent.mkdir()
    executable.write_text("#!/bin/sh\n")
    executable.chmod(0o755)
    done = run_installer(tmp_path, "--exec", str(executable))
    assert done.returncode == 0, done.stderr
    share = tmp_path / "share"

    entry = read_entry(share / "applications" / "cliqphone-desk.desktop")
    assert entry["Type"] == "Application" and entry["Name"] == "Cliqphone Desk"
    assert entry["Exec"] == f'"{executable}"'  # quoted: the path has a space
    assert entry["Icon"] == "cliqphone-desk" and entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    assert entry["StartupWMClass"] == "cliqphone-desk"
    assert "Comment[fr]" in entry

    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "cliqphone-desk.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size), png
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
    svg = share / "icons" / "hicolor" / "scalable" / "apps" / "cliqphone-desk.svg"
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")

    # Nothing outside XDG_DATA_HOME.
    assert {p.name for p in share.iterdir()} <= {"applications", "icons"}


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_entry_passes_desktop_file_validate(tmp_path):
    assert run_installer(tmp_path, "--exec", sys.executable).returncode == 0
    done = subprocess.run(["desktop-file-validate", str(tmp_path / "share" / "applications" / "cliqphone-desk.desktop")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()


def test_default_executable_is_the_installed_script(tmp_path):
    assert run_installer(tmp_path).returncode == 0
    entry = read_entry(tmp_path / "share" / "applications" / "cliqphone-desk.desktop")
    target = Path(entry["Exec"].strip('"'))
    assert target.name == "cliqphone-desk" and target.exists()


def test_missing_executable_is_refused(tmp_path):
    done = run_installer(tmp_path, "--exec", str(tmp_path / "nowhere" / "cliqphone-desk"))
    assert done.returncode == 1 and "does not exist" in done.stderr
    assert not (tmp_path / "share" / "applications").exists()


def test_uninstall_removes_what_install_wrote(tmp_path):
    assert run_installer(tmp_path, "--exec", sys.executable).returncode == 0
    assert run_installer(tmp_path, "--uninstall").returncode == 0
    left = [p for p in (tmp_path / "share").rglob("cliqphone-desk*")]
    assert left == []


def test_exec_quoting_follows_the_spec():
    module = _load("install_desktop")
    assert module.quote_exec_arg("/opt/cliqphone/cliqphone-desk") == "/opt/cliqphone/cliqphone-desk"
    assert module.quote_exec_arg("/home/a b/x") == '"/home/a b/x"'
    assert module.quote_exec_arg('/x/"q"$`\\') == '"/x/\\"q\\"\\$\\`\\\\"'
    assert module.quote_exec_arg("/x/100%") == "/x/100%%"


def test_windows_and_macos_icon_files_hold_every_size(tmp_path, qapp):
    from PySide6.QtGui import QImageReader

    made = _load("make_icons").make_icons(tmp_path)
    ico = QImageReader(str(made["ico"]))
    assert ico.imageCount() == 7
    sizes = set()
    for index in range(ico.imageCount()):
        ico.jumpToImage(index)
        sizes.add(ico.read().width())
    assert sizes == {16, 24, 32, 48, 64, 128, 256}
    icns = QImageReader(str(made["icns"]))
    assert icns.imageCount() >= 10
    data = made["icns"].read_bytes()
    assert data[:4] == b"icns" and int.from_bytes(data[4:8], "big") == len(data)
