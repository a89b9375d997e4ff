"""Patterns compiled on first use behave as compiled ones, and all of them compile."""
from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import reader.core
from reader.core import lazy_regex
from reader.core.lazy_regex import LazyPattern, lazy_compile


def test_a_lazy_pattern_answers_as_the_compiled_one():
    source = r"(?P<title>Minister|President)\s+(?P<name>[A-Z]\w+)"
    lazy, real = lazy_compile(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    text = "the minister Lavrov met President Xi; MINISTER Wang"
    assert lazy.pattern == real.pattern
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.search(text, 5).groupdict() == real.search(text, 5).groupdict()
    assert lazy.sub(r"\g<name>", text) == real.sub(r"\g<name>", text)
    assert lazy.findall(text) == real.findall(text)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (real.flags, real.groups,
                                                         real.groupindex)
    assert lazy.fullmatch("President Xi") and not lazy.match("x President Xi")


def test_it_compiles_once_at_first_use_and_keeps_the_methods():
    lazy = LazyPattern(r"\bnoted\b")
    assert lazy.pattern == r"\bnoted\b"  # readable before any compiling
    assert lazy._compiled is None
    assert lazy.search("They noted it").start() == 5
    compiled = lazy._compiled
    assert compiled is not None
    # The methods are now the lazy pattern's own: no further forwarding or compiling.
    assert "search" in vars(lazy) and lazy.search.__self__ is compiled
    lazy.match("noted")
    assert lazy._compiled is compiled


def test_a_broken_pattern_fails_at_compile_all(monkeypatch):
    monkeypatch.setattr(lazy_regex, "_MADE", [])
    lazy_compile(r"fine")
    broken = lazy_compile(r"(unclosed")
    with pytest.raises(re.error):
        lazy_regex.compile_all()
    with pytest.raises(re.error):
        broken.search("x")


def test_every_pattern_of_the_core_compiles():
    for module in pkgutil.walk_packages(reader.core.__path__, "reader.core."):
        importlib.import_module(module.name)
    assert lazy_regex.compile_all() > 200


def test_a_copy_or_a_pickle_is_the_compiled_pattern():
    import copy
    import pickle

    lazy = lazy_compile(r"\bagreed\b", re.IGNORECASE)
    for made in (copy.copy(lazy), copy.deepcopy(lazy), pickle.loads(pickle.dumps(lazy))):
        assert isinstance(made, re.Pattern)
        assert made.pattern == lazy.pattern and made.flags == lazy.flags
