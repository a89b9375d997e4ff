"""Time the theme analysis on 1 MB and 10 MB built from the bundled article.

Prints, per size: the median of several runs of the theme analysis (segmentation and
themes, load excluded) and of the full analysis (with participants, commitments and dates),
the median of a plain `re.finditer(r"\\w+")` scan of the same text (the floor: what reading
every word once costs), the ratios, and seconds per MB.
Run by hand: python benchmarks/bench_analysis.py
"""
from __future__ import annotations

import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.analysis import analyze
from reader.core.article import article_from_text, load_article
from reader.core.codebook import default_codebook
from reader.core.themes import ThemeFinder
from reader.paths import bundled_article


def build_text(megabytes: float) -> str:
    """Repeat the bundled article's body, numbering the copies so words are not all alike."""
    body = load_article(bundled_article()).text
    target = int(megabytes * 1024 * 1024)
    parts, size, n = [], 0, 0
    while size < target:
        chunk = f"Report {n}\n\n{body}\n\n"
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
        n += 1
    return "".join(parts)


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    codebook = default_codebook()
    finder = ThemeFinder(codebook)
    word = re.compile(r"\w+")
    results = {}
    for mb, runs in ((1, 7), (10, 3)):
        text = build_text(mb)
        article = article_from_text(text, "bench")
        floor = median_time(lambda t=text: sum(1 for _ in word.finditer(t)), runs)
        themes = median_time(
            lambda a=article: analyze(a, codebook, finder, extract_entities=False), runs)
        full = median_time(lambda a=article: analyze(a, codebook, finder), runs)
        analysis = analyze(article, codebook, finder, extract_entities=False)
        results[mb] = (themes, full)
        print(f"{mb:>2} MB ({len(analysis.sentences)} sentences, {len(text.split())} words), "
              f"median of {runs}: regex floor {floor:.3f} s; themes {themes:.3f} s "
              f"({themes / floor:.1f}x floor, {themes / mb:.3f} s/MB); full analysis "
              f"{full:.3f} s ({full / floor:.1f}x floor, extraction adds {full - themes:.3f} s)")
    print(f"10 MB / 1 MB time: themes {results[10][0] / results[1][0]:.1f}x, "
          f"full {results[10][1] / results[1][1]:.1f}x (linear would be 10x)")


if __name__ == "__main__":
    main()
