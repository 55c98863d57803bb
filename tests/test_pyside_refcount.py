"""Guard against the PySide6 release that corrupts reference counts (shared/QT-NOTES.md).

PySide6 6.12.0 on CPython 3.11 drops a reference to `None` on every Qt call that returns `None`, and
the process dies with `none_dealloc` after a few thousand calls. If a dependency bump brings it back,
this test fails before users see crashes.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QLabel


def test_qt_calls_returning_none_keep_the_reference_count_of_none(qapp):
    label = QLabel()
    for _ in range(100):  # warm caches so that only a leak moves the count
        label.setText("x")
    before = sys.getrefcount(None)
    for i in range(10_000):
        label.setText(str(i))
    after = sys.getrefcount(None)
    # A leak moves the count by ~10,000; a few stray references from the interpreter are noise.
    assert abs(after - before) < 100, f"PySide6 {PySide6.__version__}: refcount(None) {before} → {after}"


def test_pinned_pyside6_release():
    assert PySide6.__version__.startswith("6.11."), PySide6.__version__
