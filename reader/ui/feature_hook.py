"""A quicker answer to the question PySide6 asks of every module imported after it.

PySide6's `__feature__` support (snake_case and true properties, which Parley does not use)
hooks the import system: each newly imported module is checked for the text "PySide6" in
its source, through `inspect.getsource`, which goes via linecache and builds the module's
whole source as a list of lines. Importing pyqtgraph and numpy after PySide6 (~300 modules)
spends ~50 ms of the window's start in that check. Reading the file's bytes answers the same
question; the check gives identical answers on the ~480 modules a Parley session loads
(tests/ui/test_feature_hook.py compares them).

The hook is PySide6's internal `shibokensupport.feature._mod_uses_pyside`; when it is not
there (another PySide6 version), nothing is changed.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_parley_reads_bytes"


def install() -> bool:
    """Replace PySide6's source check with the byte-reading one; True when installed."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True
    feature._mod_uses_pyside = quicker(original)
    return True


def quicker(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """`original`'s answer for modules with a .py file read directly; others go to it."""

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # built-in, extension, or zip-imported: its own way
        try:
            with open(path, "rb") as source:
                # The name is ASCII, so its bytes are the same in any source encoding
                # Python reads by default (UTF-8, or a Latin-based one with a cookie).
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, _MARK, True)
    return uses_pyside
