"""Regression: PySide6 6.12.0 on Python 3.11 aborts after a few thousand void-method calls.

pyproject.toml excludes that version; this test catches a bad binding in the environment
before the window does (it runs in a subprocess because the failure is an interpreter abort).
"""
from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
app = QGuiApplication([])
doc = QTextDocument()
doc.setPlainText("x" * 100)
cursor = QTextCursor(doc)
for n in range(20_000):
    cursor.setPosition(n % 100)  # a void C++ method: returns None through the binding
print("ok", cursor.position())
"""


def test_twenty_thousand_void_calls_do_not_abort():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("ok 99")
