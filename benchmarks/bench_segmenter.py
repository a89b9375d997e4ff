"""Compare Parley's sentence segmenter with maintained ones on the development set.

For each gold sentence of ../shared/eval-dev (every body sentence, exact text), count it as
found when a segmenter produces a unit with exactly that text (whitespace-insensitive).
Also times each segmenter on 1 MB. The others are optional: install them to compare
(`pip install pysbd syntok`); they are not dependencies of Parley.

    python benchmarks/bench_segmenter.py
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.article import load_article  # noqa: E402
from reader.core.segment import segment  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval-dev"


def parley(text: str) -> list[str]:
    return [text[s.start:s.end] for s in segment(text)]


def pysbd_segmenter() -> Callable[[str], list[str]] | None:
    try:
        import pysbd
    except ImportError:
        return None
    seg = pysbd.Segmenter(language="en", clean=False)
    # pysbd works on running text: give it one paragraph / list item at a time, as Parley does.
    return lambda text: [s for block in text.split("\n") for s in seg.segment(block.strip(" •"))
                         if s.strip()]


def syntok_segmenter() -> Callable[[str], list[str]] | None:
    try:
        from syntok import segmenter
    except ImportError:
        return None

    def run(text: str) -> list[str]:
        out = []
        for block in text.split("\n"):
            block = block.strip(" •")
            for paragraph in segmenter.analyze(block):
                for sentence in paragraph:
                    out.append(block[sentence[0].offset - len(sentence[0].spacing):
                                     sentence[-1].offset + len(sentence[-1].value)])
        return out

    return run


# Hard cases of diplomatic prose, with the units a reader expects.
HARD_CASES = [
    ("The U.S. and the U.N. met on No. 5 Street. Mr. Smith and J. R. Doe spoke.",
     ["The U.S. and the U.N. met on No. 5 Street.", "Mr. Smith and J. R. Doe spoke."]),
    ("They expressed concern about “drug production.” The officials agreed.",
     ["They expressed concern about “drug production.”", "The officials agreed."]),
    ("The conference “Regional Connectivity. Challenges and Opportunities” was held. It ended.",
     ["The conference “Regional Connectivity. Challenges and Opportunities” was held.",
      "It ended."]),
    ("The India-U.S. Counternarcotics Working Group met. The U.S. delegation agreed.",
     ["The India-U.S. Counternarcotics Working Group met.", "The U.S. delegation agreed."]),
    ("Gen. Austin and Amb. Thomas-Greenfield spoke on Jan. 5. They agreed.",
     ["Gen. Austin and Amb. Thomas-Greenfield spoke on Jan. 5.", "They agreed."]),
]


def norm(s: str) -> str:
    return " ".join(s.split()).strip(" •")


def main() -> None:
    if not EVAL.is_dir():
        sys.exit(f"needs the development set at {EVAL}")
    segmenters = {"parley": parley, "pysbd": pysbd_segmenter(), "syntok": syntok_segmenter()}
    articles = []
    for gold_path in sorted((EVAL / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = load_article(EVAL / "articles" / f"{gold_path.stem}.txt").text
        articles.append((text, [norm(s["text"]) for s in gold["sentence_themes"]]))
    big = (articles[0][0] + "\n\n") * 260
    for name, fn in segmenters.items():
        if fn is None:
            print(f"{name:>7}: not installed")
            continue
        found = total = 0
        for text, gold in articles:
            produced = {norm(s) for s in fn(text)}
            found += sum(1 for g in gold if g in produced)
            total += len(gold)
        hard = sum(1 for text, expected in HARD_CASES
                   if [norm(s) for s in fn(text)] == [norm(s) for s in expected])
        times = []
        for _ in range(3):
            start = time.perf_counter()
            fn(big)
            times.append(time.perf_counter() - start)
        print(f"{name:>7}: {found}/{total} gold sentences exactly ({found / total:.1%}); "
              f"hard cases {hard}/{len(HARD_CASES)}; "
              f"{statistics.median(times):.3f} s per {len(big.encode()) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
