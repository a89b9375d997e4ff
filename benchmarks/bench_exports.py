"""How long each export takes on a large article, as a ratio of the analysis of that article.

Run: python benchmarks/bench_exports.py [--mb 2] [--repeat 5]
The bundled statement is repeated to the given size, with one manual highlight (with a note)
every ~2 KB, overlapping the automatic passages. The floor is `analyze()` on the same text,
measured in the same run; each figure is the median of --repeat runs.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.analysis import analyze
from reader.core.annotations import Highlight
from reader.core.article import article_from_text, load_article
from reader.core.codebook import default_codebook
from reader.core.exports.bundle import build_bundle
from reader.core.exports.formats import FORMATS, render
from reader.paths import bundled_article


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    base = load_article(bundled_article()).text
    copies = max(1, int(args.mb * 1024 * 1024 / len(base.encode("utf-8"))))
    article = article_from_text("\n\n".join([base] * copies), "Benchmark")
    codebook = default_codebook()
    analysis = analyze(article, codebook)
    text = article.text
    highlights = [
        Highlight.anchored(article.content_id, text, "rights", i, min(len(text), i + 120),
                           note=f"note {i}")
        for i in range(0, len(text) - 1, 2048)
    ]
    floor = median_time(lambda: analyze(article, codebook), args.repeat)
    bundle = build_bundle(analysis, highlights, [], "memo", None)
    build = median_time(lambda: build_bundle(analysis, highlights, [], "memo", None),
                        args.repeat)
    size = len(text.encode("utf-8")) / 1024 / 1024
    print(f"article {size:.1f} MB, {len(analysis.sentences)} sentences, "
          f"{len(bundle.passages)} passages ({len(highlights)} manual)")
    print(f"floor  analyze()        {floor * 1000:9.1f} ms  1.00x")
    print(f"       build_bundle()   {build * 1000:9.1f} ms  {build / floor:5.2f}x")
    for key in FORMATS:
        out = render(bundle, key)
        t = median_time(lambda key=key: render(bundle, key), args.repeat)
        print(f"export {key:<17}{t * 1000:9.1f} ms  {t / floor:5.2f}x  "
              f"({len(out) / 1024 / 1024:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
