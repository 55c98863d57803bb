"""Renders the application icon from its SVG sources into the files each platform wants.

    python packaging/make_icons.py [OUT_DIR]      # default: build/icons

- ``hicolor/<N>x<N>/apps/cliqphone-desk.png`` for N in 16..512 and ``hicolor/scalable/apps/…svg``
  (Linux: the freedesktop icon theme layout `make install-desktop` copies into ~/.local/share/icons);
- ``cliqphone-desk.ico`` (Windows: 16, 24, 32, 48, 64, 128 and 256 px in one file);
- ``cliqphone-desk.icns`` (macOS: 16 to 1024 px, Retina variants included).

Qt's own SVG renderer draws them (offscreen, no extra dependency); the ICO and ICNS containers are
written here, as both simply hold PNG images. The PNGs are build products, not committed: the SVGs
in ``resources/icons`` are the sources (16-24 px use the hinted ``cliqphone-desk-small.svg``).
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
NAME = "cliqphone-desk"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (ICNS type, pixel size): PNG-compressed entries understood since macOS 10.7.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("ic11", 32), ("icp6", 64), ("ic12", 64), ("ic07", 128),
              ("ic08", 256), ("ic13", 256), ("ic09", 512), ("ic14", 512), ("ic10", 1024))


def _png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    sys.path.insert(0, str(ROOT))
    from app.ui._theme import render_app_icon

    image = render_app_icon(size)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size}px icon")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b"".join(struct.pack(">4sI", kind.encode("ascii"), 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return struct.pack(">4sI", b"icns", 8 + len(body)) + body


def make_icons(out: Path) -> dict[str, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])  # QImage text/SVG needs an application
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    pngs = {size: _png(size) for size in sizes}
    made: dict[str, Path] = {}
    for size in HICOLOR_SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        made[f"png{size}"] = path
    scalable = out / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICONS / f"{NAME}.svg", scalable)
    made["svg"] = scalable
    made["ico"] = out / f"{NAME}.ico"
    made["ico"].write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    made["icns"] = out / f"{NAME}.icns"
    made["icns"].write_bytes(icns(pngs))
    return made


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for kind, path in make_icons(target).items():
        print(f"{kind:6} {path}")
