"""PySide6 6.12.0 on CPython 3.11 aborted after a few thousand void calls ("none_dealloc").

The pins exclude that build; this test catches a regression in whatever is installed.
"""

from __future__ import annotations

import subprocess
import sys

CODE = """
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QWidget
from PySide6.QtGui import QTextCursor, QTextDocument
app = QApplication([])
w = QWidget()
doc = QTextDocument("hello world")
cur = QTextCursor(doc)
for i in range(100_000):
    w.setObjectName("w")
    w.resize(10 + i % 5, 10)
    cur.setPosition(i % 10)
print("ok")
"""


def test_many_void_calls_exit_cleanly() -> None:
    proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "ok"
