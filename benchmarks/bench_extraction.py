"""How much participant/commitment extraction adds to analysing a ~1 MB statement.

Builds ~1 MB of text by repeating the bundled article, then prints the median time of
`analyze` with and without extraction (the floor, measured in the same run) and the ratio.
CPU time of this process (time.process_time), so other work on the machine skews less.
Run from the project root: python benchmarks/bench_extraction.py [--mb 1] [--runs 5]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.core.analysis import analyze
from reader.core.article import article_from_text, load_article
from reader.core.codebook import default_codebook
from reader.core.gazetteer import default_gazetteer
from reader.core.themes import ThemeFinder
from reader.paths import bundled_article


def median_seconds(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=1.0, help="size of the built text in MB")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    base = load_article(bundled_article())
    copies = max(1, int(args.mb * 1024 * 1024 / len(base.text.encode("utf-8"))))
    body = "\n\n".join([base.text] * copies)
    article = article_from_text(body, "benchmark", meta={"date": "2023-08-11"})
    codebook = default_codebook()
    finder = ThemeFinder(codebook)
    default_gazetteer()  # built once per process; not part of each analysis

    def without() -> None:
        analyze(article, codebook, finder, extract_entities=False)

    def with_extraction() -> object:
        return analyze(article, codebook, finder)

    result = with_extraction()  # warm-up, and a sanity check of what was found
    # Interleaved runs: load on the machine drifts, and both series should see the same.
    floors, fulls = [], []
    for _ in range(args.runs):
        floors.append(median_seconds(without, 1))
        fulls.append(median_seconds(with_extraction, 1))
    floor, full = statistics.median(floors), statistics.median(fulls)
    size = len(body.encode("utf-8")) / 1024 / 1024
    print(f"text: {size:.2f} MB ({copies} copies of the bundled article), runs: {args.runs}")
    print(f"found: {len(result.participants)} parties, {len(result.mentioned)} mentioned, "
          f"{len(result.commitments)} commitments, {len(result.dates)} dates")
    print(f"analysis without extraction (floor): median {floor:.3f} s")
    print(f"analysis with extraction:            median {full:.3f} s")
    print(f"extraction adds {full - floor:.3f} s = {full / floor:.2f}x the floor "
          f"(fastest runs: {min(floors):.3f} s vs {min(fulls):.3f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
