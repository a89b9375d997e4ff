"""Headless command-line commands (analyze, annotate, notes, export) and their shared runner."""
from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from reader.core.errors import ParleyError


def run_command(name: str, module_name: str, argv: Sequence[str]) -> int:
    """Parse `argv` for command `name` and run it; user errors go to stderr, exit status 2."""
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(prog=f"parley {name}", description=module.__doc__)
    module.add_arguments(parser)
    args = parser.parse_args(list(argv))
    try:
        return int(module.run(args) or 0)
    except ParleyError as exc:
        print(f"parley {name}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `parley analyze ... | head` closing the pipe early is not an error.
        return 0


def add_data_dir_argument(parser: argparse.ArgumentParser) -> None:
    """The --data-dir option every command that touches the store accepts."""
    parser.add_argument("--data-dir", metavar="DIR",
                        help="user data folder (default: $PARLEY_DATA_DIR or the platform's)")
