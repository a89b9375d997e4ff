"""Import pyqtgraph without making PySide6 build every Qt class it has.

pyqtgraph keeps its own mirrors of QtCore, QtGui and QtWidgets (`pyqtgraph.Qt.QtCore` and
so on: empty modules it fills so that its patches do not reach PySide6). It fills them by
copying every name `dir()` lists in PySide6's modules, ~720 of them. PySide6 makes its
classes lazily, on first lookup, and making one builds its Python enums: the copy makes all
of them (~600 enums), ~130 ms of the ~0.4 s the import costs the window before its chart.

`import_pyqtgraph` puts forwarding mirrors in their place first: each name is looked up in
PySide6 the first time pyqtgraph (or anyone) asks the mirror for it, then kept in the
mirror, so patches still stay in the mirror. While pyqtgraph imports, PySide6's three
modules list no names to copy; their own listing is put back afterwards. pyqtgraph ends up
with the classes it uses and the same behaviour (tests/ui/test_pyqtgraph_import.py draws a
chart both ways and compares the pixels).

pyqtgraph picks its Qt binding at import; this names PySide6 (it would try PyQt6 first).
The mirrors rely on pyqtgraph's own being empty modules, true of pyqtgraph 0.13 and 0.14.
Where they are not (another version), another binding was asked for or pyqtgraph is already
imported, it is a plain import.
"""
from __future__ import annotations

import ast
import importlib.util
import os
import sys
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

# pyqtgraph's mirror -> the PySide6 module it copies.
MIRRORED = {"QtCore": "PySide6.QtCore", "QtGui": "PySide6.QtGui",
            "QtWidgets": "PySide6.QtWidgets"}


def import_pyqtgraph() -> ModuleType:
    """pyqtgraph, imported with forwarding mirrors when its own mirrors are empty.

    While it imports, `dir()` of PySide6's three modules lists nothing, in every thread:
    the window imports it on the UI thread, when no other thread asks (a lock keeps two
    calls from nesting, which would keep the empty listing for good)."""
    with _IMPORTING:
        return _import_pyqtgraph()


_IMPORTING = threading.Lock()


def _import_pyqtgraph() -> ModuleType:
    loaded = sys.modules.get("pyqtgraph")
    if loaded is not None:
        return loaded
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    if os.environ["PYQTGRAPH_QT_LIB"] != "PySide6" or not mirrors_are_empty():
        import pyqtgraph

        return pyqtgraph
    import PySide6.QtCore
    import PySide6.QtGui
    import PySide6.QtWidgets  # noqa: F401  (the three sources, loaded before mirroring)

    before = set(sys.modules)
    sources = {name: sys.modules[module] for name, module in MIRRORED.items()}
    listings = {name: source.__dict__.get("__dir__") for name, source in sources.items()}
    for name, source in sources.items():
        sys.modules[f"pyqtgraph.Qt.{name}"] = forwarding_mirror(f"pyqtgraph.Qt.{name}", source)
        source.__dir__ = _no_names  # type: ignore[attr-defined]
    try:
        import pyqtgraph
    except BaseException:
        # A failed import leaves nothing half-made behind: not the mirrors, nor any part
        # of pyqtgraph imported before the failure (which would hold them).
        for name in set(sys.modules) - before:
            if name == "pyqtgraph" or name.startswith("pyqtgraph."):
                del sys.modules[name]
        for name in sources:
            sys.modules.pop(f"pyqtgraph.Qt.{name}", None)
        raise
    finally:
        for name, source in sources.items():
            if listings[name] is None:
                source.__dict__.pop("__dir__", None)
            else:
                source.__dir__ = listings[name]  # type: ignore[attr-defined]
    return pyqtgraph


def forwarding_mirror(name: str, source: ModuleType) -> ModuleType:
    """An empty package module that answers each missing name from `source`, once."""
    mirror = ModuleType(name, f"pyqtgraph's mirror of {source.__name__}, filled on use.")
    mirror.__path__ = []  # type: ignore[attr-defined]  (a package, as pyqtgraph's is)
    mirror.__package__ = name

    def forward(attribute: str) -> Any:
        value = getattr(source, attribute)  # AttributeError when PySide6 has no such name
        setattr(mirror, attribute, value)
        return value

    mirror.__getattr__ = forward  # type: ignore[method-assign]  (PEP 562)
    return mirror


def mirrors_are_empty(package: Path | None = None) -> bool:
    """Whether pyqtgraph's three mirror modules (in the installed package, or the package
    folder given) hold no code, at most a docstring; False when they cannot be read."""
    if package is None:
        spec = importlib.util.find_spec("pyqtgraph")  # finds it without importing it
        if spec is None or not spec.submodule_search_locations:
            return False
        package = Path(next(iter(spec.submodule_search_locations)))
    for name in MIRRORED:
        try:
            body = ast.parse((package / "Qt" / name / "__init__.py").read_bytes()).body
        except (OSError, SyntaxError, ValueError):
            return False
        if any(not _is_docstring(statement) for statement in body):
            return False
    return True


def _is_docstring(statement: ast.stmt) -> bool:
    return (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str))


def _no_names() -> list[str]:
    return []


__all__ = ["MIRRORED", "forwarding_mirror", "import_pyqtgraph", "mirrors_are_empty"]
