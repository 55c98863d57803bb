"""The PyInstaller bundle: builds it (unless `make package` just did) and runs its own self-test.

Marked `bundle`: `make test` leaves it out, `make package` always runs it (`pytest -m bundle`).
The bundle is run with an empty environment, so that nothing of this tree's Python can help it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import pytest

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[1]
NAME = "cliqphone-desk"


@pytest.fixture(scope="module")
def bundle() -> Path:
    prebuilt = os.environ.get("CLIQPHONE_DESK_BUNDLE")
    if prebuilt:  # `make package` has just built it
        folder = Path(prebuilt)
        if not folder.is_absolute():
            folder = ROOT / folder
        return folder
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"),
                    str(ROOT / "packaging" / f"{NAME}.spec")], cwd=ROOT, check=True, timeout=1500)
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    return ROOT / "dist" / NAME


def bare_env(tmp_path: Path) -> dict[str, str]:
    # No PYTHONPATH, no virtualenv, no PATH to this tree's Python.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "CLIQPHONE_DESK_HOME": str(tmp_path / "home"),
           "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    if sys.platform == "win32":  # pragma: no cover
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env = {**env, "PATH": system_root, "SYSTEMROOT": system_root}
    return env


def executable(folder: Path) -> Path:
    return folder / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


@pytest.mark.timeout(1800)
def test_bundle_self_test_passes(bundle, tmp_path):
    exe = executable(bundle)
    assert exe.is_file(), f"no {exe}: the build failed"
    done = subprocess.run([str(exe), "--self-test"], env=bare_env(tmp_path), capture_output=True, text=True,
                          timeout=120)
    print(done.stdout)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1].startswith("Auto-test réussi")
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle: {size / 1e6:.0f} MB in {bundle}")


def test_bundle_version_comes_from_the_package_metadata(bundle, tmp_path):
    done = subprocess.run([str(executable(bundle)), "--version"], env=bare_env(tmp_path), capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout.strip() == f"Cliqphone Desk {version('cliqphone-desk')}"


def test_bundle_holds_the_resources_and_no_test_tools(bundle):
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    resources = internal / "resources"
    audio = {p.name for p in (ROOT / "resources" / "audio").iterdir() if p.suffix in (".mp3", ".wav")}
    assert {p.name for p in (resources / "audio").iterdir()} == audio
    assert (resources / "translations" / "cliqphone_en.qm").is_file()
    assert (resources / "icons" / "cliqphone-desk.svg").is_file()
    assert {p.stem for p in (resources / "icons" / "actions").glob("*.svg")} >= {"play", "refresh", "preferences"}
    # The metadata that gives `importlib.metadata.version("cliqphone-desk")` (dist-info, or egg-info when
    # built from an editable install).
    assert list(internal.glob("cliqphone_desk*.dist-info")) or list(internal.glob("cliqphone_desk*.egg-info"))
    for absent in ("pytest", "hypothesis", "_pytest", "mypy"):
        assert not (internal / absent).exists(), f"{absent} should not be in the bundle"
