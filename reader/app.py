"""Parley's entry point: dispatch to a headless command or start the reading window."""
from __future__ import annotations

import sys
import time
from collections.abc import Sequence

# Taken before anything heavy is imported, so --smoke can report time from process start.
PROCESS_START = time.perf_counter()

# Each headless command lives in its own module with `add_arguments(parser)` and
# `run(args) -> int`; they are imported only when asked for, so the window pays nothing.
COMMANDS = {
    "analyze": "reader.commands.analyze",
    "annotate": "reader.commands.annotate",
    "notes": "reader.commands.notes",
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command (`analyze`, ...) or open the window on an article."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        from reader.commands import run_command

        return run_command(args[0], COMMANDS[args[0]], args[1:])
    from reader.ui.launch import launch

    return launch(args, process_start=PROCESS_START)
