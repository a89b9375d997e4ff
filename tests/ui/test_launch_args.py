"""The window's argument reading: the fast path agrees with argparse, or hands over to it."""
from __future__ import annotations

import pytest

from reader.ui.launch import _parse_plain, _parser, parse_args

PLAIN = [
    [],
    ["statement.txt"],
    ["--smoke"],
    ["--smoke", "--data-dir", "/tmp/data", "a.txt"],
    ["a.txt", "--data-dir=/tmp/data", "--dark"],
    ["--no-dark", "--codebook", "cb.toml", "b.md"],
    ["--dark", "--no-dark"],  # the last one wins, as in argparse
    ["--codebook=cb.json", "--smoke", "c d.html"],
]

HANDED_OVER = [
    ["-h"],
    ["--help"],
    ["--data-dir"],  # missing value
    ["--data-dir", "--smoke"],  # the value looks like an option
    ["--smoke=yes"],
    ["a.txt", "b.txt"],  # two paths
    ["--", "-odd-name.txt"],
    ["--sm"],  # an abbreviation argparse accepts
    ["--unknown"],
    ["-"],
]


@pytest.mark.parametrize("argv", PLAIN)
def test_plain_arguments_give_what_argparse_gives(argv):
    fast = _parse_plain(list(argv))
    assert fast is not None
    assert fast == _parser().parse_args(argv)
    assert parse_args(argv) == fast


@pytest.mark.parametrize("argv", HANDED_OVER)
def test_anything_else_goes_to_argparse(argv):
    assert _parse_plain(list(argv)) is None


def test_argparse_still_explains_mistakes(capsys):
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--unknown"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --unknown" in capsys.readouterr().err


def test_abbreviations_and_odd_names_still_work():
    assert parse_args(["--sm"]).smoke is True
    assert parse_args(["--", "-odd-name.txt"]).path == "-odd-name.txt"
