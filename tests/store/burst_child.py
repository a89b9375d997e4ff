"""Child process for the fault tests: writes annotations in a burst, printing each saved id."""
from __future__ import annotations

import sys
from pathlib import Path

# Run as a script from the tests: make the worktree's `reader` importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reader.core.annotations import REVIEW_REJECTED, Highlight, Review
from reader.store import Store

BODY = "The ministers agreed to expand humanitarian aid to Afghanistan. " * 20


def main() -> int:
    data_dir, label, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    store = Store.open(data_dir)
    if store.warnings:
        print("WARN", *store.warnings, flush=True)
    i = 0
    # count <= 0: write until killed.
    while count <= 0 or i < count:
        start = i % 500
        h = Highlight.anchored(f"article-{label}", BODY, "aid", start, start + 30,
                               note=f"{label} note {i}")
        store.add_highlight(h)
        # A few more kinds of action per round, so the kill lands in all of them.
        store.update_highlight(h.with_changes(note=f"{label} edited {i}"))
        store.set_review(Review("shared", "aid", i, i + 5, BODY[i % 500: i % 500 + 5],
                                REVIEW_REJECTED))
        store.set_state(f"last-{label}", i)
        # Only now has every action of this round returned: report the id.
        print(h.id, flush=True)
        i += 1
    store.close()
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
