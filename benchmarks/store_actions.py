"""How long one saved user action takes in the store (median ms), against an in-memory floor."""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.core.annotations import REVIEW_REJECTED, Highlight, Review
from reader.core.article import Article
from reader.core.commands import AddHighlight, EditNote, SetReviews, UndoStack
from reader.store import Store, _memory_copy

BODY = "The ministers agreed to expand humanitarian aid to Afghanistan. " * 50
ROUNDS = 300


def _median_ms(action: Callable[[int], object], rounds: int = ROUNDS) -> float:
    times = []
    for i in range(rounds):
        t0 = time.perf_counter()
        action(i)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def _actions(store: Store) -> dict[str, float]:
    stack = UndoStack(store)
    h = Highlight.anchored("art", BODY, "aid", 0, 30)
    stack.push(AddHighlight(h))
    return {
        "set_state": _median_ms(lambda i: store.set_state("scroll", i)),
        "add highlight (command)": _median_ms(lambda i: stack.push(AddHighlight(
            Highlight.anchored("art", BODY, "aid", i, i + 30)))),
        "edit note (command)": _median_ms(lambda i: stack.push(EditNote(h.id, f"note {i}"))),
        "undo + redo": _median_ms(lambda i: (stack.undo(), stack.redo())),
        "reject 50 passages (one step)": _median_ms(lambda i: stack.push(SetReviews([
            Review("art", "aid", j, j + 10, BODY[j:j + 10], REVIEW_REJECTED)
            for j in range(i * 50, i * 50 + 50)])), rounds=60),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        disk = Store.open(tmp)
        floor = Store(_memory_copy(None), Path(tmp) / "mem", read_only=True)
        on_disk, in_memory = _actions(disk), _actions(floor)
        print(f"{'action':32} {'disk ms':>9} {'memory ms':>10} {'ratio':>7}")
        for name, ms in on_disk.items():
            print(f"{name:32} {ms:9.3f} {in_memory[name]:10.3f} {ms / in_memory[name]:7.1f}")
        disk.close()

        # Opening a well-used store (10,000 highlights): the integrity check runs each time.
        with Store.open(tmp) as s, s.transaction():
            for i in range(10_000):
                s.add_highlight(Highlight.anchored(f"a{i % 50}", BODY, "aid", i % 3000,
                                                   i % 3000 + 40, note="n" * 200))
        t_open = _median_ms(lambda i: Store.open(tmp).close(), rounds=15)
        print(f"\nStore.open with 10,000 highlights: {t_open:.1f} ms (median of 15)")

        # Re-anchoring 300 highlights after a 1 MB article gained a preface.
        text = "".join(f"Paragraph {i}: the ministers discussed item {i} at length.\n"
                       for i in range(18_000))
        old = Article(text=text, title="big", path=str(Path(tmp) / "big.txt"))
        with Store.open(tmp) as s:
            s.remember_article(old)
            with s.transaction():
                for i in range(300):
                    start = text.index(f"Paragraph {i * 60}:")
                    s.add_highlight(Highlight.anchored(old.content_id, text, "aid", start,
                                                       start + 40))
            new = Article(text="Preface.\n" + text.replace("item 9000 ", "point 9000 "),
                          title="big", path=old.path)
            t0 = time.perf_counter()
            report = s.remember_article(new)
            elapsed = (time.perf_counter() - t0) * 1000
        assert report is not None
        print(f"Re-anchor 300 highlights into a {len(text) / 1e6:.1f} MB changed text: "
              f"{elapsed:.0f} ms ({report.anchored} anchored, {report.orphaned} orphans)")


if __name__ == "__main__":
    main()
