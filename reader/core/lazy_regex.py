"""Module-level regular expressions compiled on first use instead of at import.

The analysers' patterns are large (names and titles in many combinations) and Python's
`re` compiles them in Python: importing `reader.core.analysis` spent ~170 ms of its ~240 ms
compiling ~220 patterns, about half of which a typical statement never reaches (a rule's
cheap test fails first). That import is paid by every `analyze` command and by the helper
that analyses a first launch's article while the window starts.

`lazy_compile` returns a stand-in that compiles on the first attribute asked of it, then
keeps the compiled pattern's methods as its own attributes, so every later `.search` (and
the rest) is one attribute lookup, as on the pattern itself. `compile_all` compiles every
stand-in made so far: the tests call it, so a broken pattern still fails a test, not a user.

It is not a `re.Pattern`: `re.search(stand_in, text)` and `isinstance(…, re.Pattern)` do not
accept it (use its methods; nothing in the core does otherwise). A copy or a pickle of it is
the compiled pattern. Two threads using one for the first time may both compile it, which
only repeats the work.
"""
from __future__ import annotations

import re
from typing import Any, cast

# What a compiled pattern offers; each is copied onto the stand-in at its first use.
_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
              "scanner", "flags", "groups", "groupindex")

_MADE: list[LazyPattern] = []


class LazyPattern:
    """Stands in for `re.compile(pattern, flags)` until first used."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern  # readable without compiling: other patterns embed it
        self._asked_flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            real = re.compile(self.pattern, self._asked_flags)
            for name in _FORWARDED:
                setattr(self, name, getattr(real, name))
            self._compiled = real
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not yet copied: the first use, or an unusual one. Not
        # for private or special names: copy and pickle look those up on a bare instance,
        # before __init__ has run (forwarding them would recurse).
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        # Copied or pickled, it becomes the compiled pattern (re.compile caches it).
        return re.compile, (self.pattern, self._asked_flags)

    def __repr__(self) -> str:
        return f"lazy {self.compiled()!r}"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that compiles itself on first use (see the module docstring)."""
    stand_in = LazyPattern(pattern, flags)
    _MADE.append(stand_in)
    return cast("re.Pattern[str]", stand_in)


def compile_all() -> int:
    """Compile every pattern made with `lazy_compile` so far; returns how many there are.
    Raises re.error for the first that does not compile."""
    for stand_in in _MADE:
        stand_in.compiled()
    return len(_MADE)


__all__ = ["LazyPattern", "compile_all", "lazy_compile"]
