"""How much participant/commitment extraction adds to analysing a ~1 MB statement.

Builds ~1 MB of text two ways: by repeating the bundled article ("repeated"), and by
joining every distinct statement found under articles/, tests/data/statements/articles/ and,
when present, ../shared/eval-dev/articles/ in turn until the size is reached ("mixed":
different names, people and sentences, so nothing can profit from repetition). For each it
prints the median time of `analyze` with and without extraction (the floor, measured in the
same run) and the ratio of what extraction adds to the floor. CPU time of this process
(time.process_time), so other work on the machine skews less.
Run from the project root: python benchmarks/bench_extraction.py [--mb 1] [--runs 5]
[--repeated | --mixed] [--stages] [--adversarial] (both inputs by default; --stages also
prints the median CPU time of each extraction step, to show where the time goes;
--adversarial times inputs built to make a scan backtrack or walk back quadratically: runs
of honorifics, lists of thousands of names; each against the themes-only floor on it).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's reader/

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


ROOT = Path(__file__).resolve().parents[1]
# Where statements live; the shared development set is read in place, never copied here.
STATEMENT_DIRS = (ROOT / "articles", ROOT / "tests" / "data" / "statements" / "articles",
                  ROOT.parent / "shared" / "eval-dev" / "articles")


def statements() -> list[str]:
    """The body of every distinct statement in STATEMENT_DIRS (the bundled article is also
    in the development set: once is enough)."""
    bodies: list[str] = []
    for folder in STATEMENT_DIRS:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            text = load_article(path).text
            if text not in bodies:
                bodies.append(text)
    return bodies


def build(bodies: list[str], mb: float) -> tuple[str, int]:
    """`bodies` joined in turn, paragraph-separated, until about `mb` MB; and how many."""
    target = mb * 1024 * 1024
    parts: list[str] = []
    size = 0
    while size < target or not parts:
        body = bodies[len(parts) % len(bodies)]
        parts.append(body)
        size += len(body.encode("utf-8")) + 2
    return "\n\n".join(parts), len(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=1.0, help="size of the built text in MB")
    ap.add_argument("--runs", type=int, default=5)
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--repeated", action="store_true", help="only the repeated article")
    which.add_argument("--mixed", action="store_true", help="only the mixed statements")
    ap.add_argument("--stages", action="store_true", help="also time each extraction step")
    ap.add_argument("--adversarial", action="store_true",
                    help="time pathological inputs (honorific runs, long name lists)")
    args = ap.parse_args()
    if args.adversarial:
        return adversarial(args.runs)
    codebook = default_codebook()
    finder = ThemeFinder(codebook)
    default_gazetteer()  # built once per process; not part of each analysis
    inputs = []
    if not args.mixed:
        bundled = load_article(bundled_article()).text
        copies = max(1, int(args.mb * 1024 * 1024 / len(bundled.encode("utf-8"))))
        inputs.append(("repeated", "\n\n".join([bundled] * copies),
                       f"{copies} copies of the bundled article"))
    if not args.repeated:
        bodies = statements()
        body, count = build(bodies, args.mb)
        inputs.append(("mixed", body, f"{count} statements, {len(bodies)} distinct, in turn"))
    for n, (name, body, how) in enumerate(inputs):
        if n:
            print()
        article = article_from_text(body, "benchmark", meta={"date": "2023-08-11"})
        measure(name, how, article, codebook, finder, args.runs)
        if args.stages:
            print_stages(article, codebook, finder, args.runs)
    return 0


def measure(name: str, how: str, article, codebook, finder, runs: int) -> None:
    """Print the floor (themes only), the full analysis, and what extraction adds."""

    def without() -> None:
        analyze(article, codebook, finder, extract_entities=False)

    def with_extraction() -> object:
        return analyze(article, codebook, finder)

    result = with_extraction()  # warm-up, and a sanity check of what was found
    # Interleaved runs: load on the machine drifts, and both series should see the same.
    floors, fulls = [], []
    for _ in range(runs):
        floors.append(median_seconds(without, 1))
        fulls.append(median_seconds(with_extraction, 1))
    floor, full = statistics.median(floors), statistics.median(fulls)
    size = len(article.text.encode("utf-8")) / 1024 / 1024
    print(f"[{name}] text: {size:.2f} MB ({how}), runs: {runs}")
    print(f"found: {len(result.participants)} parties, {len(result.mentioned)} mentioned, "
          f"{len(result.commitments)} commitments, {len(result.dates)} dates")
    print(f"analysis without extraction (floor): median {floor:.3f} s")
    print(f"analysis with extraction:            median {full:.3f} s")
    print(f"extraction adds {full - floor:.3f} s = {(full - floor) / floor:.2f}x the floor "
          f"(full/floor {full / floor:.2f}; fastest runs: {min(floors):.3f} s vs "
          f"{min(fulls):.3f} s)")


# Inputs a regex or a walk-back once took seconds to minutes on (quadratic cost).
def _names(count: int) -> list[str]:
    """`count` distinct made-up name words ("Bacedi", "Bacedo", …): a roster with no repeats,
    which a scan keyed on each name would grow with."""
    syllables = [c + v for c in "bcdfgklmnprstvz" for v in "aeiou"]
    out = []
    for n in range(count):
        a, b, c = n % 75, n // 75 % 75, n // 5625 % 75
        out.append((syllables[a] + syllables[b] + syllables[c]).capitalize())
    return out


_ROSTER = _names(24000)

ADVERSARIAL = {
    "'HE ' x 10,000": "HE " * 10000 + "met.",
    "'the Hon ' x 5,000": "the Hon " * 5000 + "met.",
    "'H.E. ' x 10,000": "H.E. " * 10000 + "met.",
    "5,000 names after 'The presidents,'": "The presidents, " + "Juan Santos, " * 5000
    + "and Rafael Correa, met.",
    "3,000 people in 'The summit of'": "The summit of " + "President Aaa Bbb and " * 3000 + ".",
    "1,000 mediators": "The mediators were " + "President Aaa Bbb, " * 1000 + "and Norway.",
    # A line set in capitals is recased word by word; each word once looked back to the
    # line's start.
    "230 KB line in capitals": ", ".join(["PRESIDENT KENYATTA OF KENYA"] * 8300) + ".",
    "100 KB of words in capitals": "AAA BBB CCC DDD EEE FFF GGG " * 3600,
    "200 KB 'counterpart Sheikh Hasina'": "his Bangladesh counterpart Sheikh Hasina " * 4900,
    "100 KB of title words": "Minister for Foreign Affairs for Trade for Defence to " * 1850,
    # The twelfth run's rules, as a review timed them (each was quadratic or slow per MB):
    # a run of lower-case title words, a lead of visits, names after "Ministers of …",
    # "met his colleague …" in one sentence, and courtesy calls in one sentence.
    "240 KB of 'deputy foreign '": "deputy foreign " * 16000 + "minister Sergei Lavrov met.",
    "200 KB lead of visits": "President Ivan Petrov of Russia visited Chile, arrived in Peru, "
    "trip to Cuba, " * 2700 + "and left.",
    "250 KB after 'Foreign Ministers of'": ("Foreign Ministers of Georgia, Ukraine and Moldova, "
                                            + "Ilia Darchi, Dmytro Kule, " * 9000 + "met."),
    "50 KB 'met his colleague'": "He met his Finnish colleague Timo Soini and " * 1150 + "left.",
    "50 KB 'called on'": "Minister Ana Vale called on President Luis Paz and " * 1000 + "left.",
    # One paragraph of quotations, each clause once summed over every quotation in it.
    "200 KB paragraph of quotations": ('The leaders of Peru and Chile met. "We agree to '
                                       'trade more," President Ana Vale said. ') * 2500,
    # The thirteenth run's: a sentence of hosts with no word that ends a list (each "welcomed
    # by" read the rest of the sentence: 90 s at 166 KB before the lists were bounded), and
    # the new name and list shapes at length.
    "166 KB 'welcomed by King Charles,'": ("Minister Ana Vale of Peru met Chile. "
                                           + "She was welcomed by King Charles, " * 5000),
    "117 KB of 'de la '": "President Juan " + "de la " * 20000 + "Cruz met.",
    "140 KB of 'participants ('": ("The conference participants ("
                                   + "Bahrain, Belgium, " * 8000 + ") met."),
    "117 KB of 'Dr KJ '": "Dr KJ " * 20000 + "Srinivasa met.",
    "210 KB of 'Theresa May'": "Prime Minister Theresa May " * 8000,
    # The review's: "It …" sentences not ended by ". " (the sentence before each was looked
    # for back to the text's start: 27 s at 200 KB), one bracket of "participants (" read
    # once per match, and "welcomed by" whose clause start was looked for back to the start.
    "195 KB of 'It condemned the attack! '": ("France and Germany met in Paris. "
                                              + "It condemned the attack! " * 8000),
    "203 KB of 'It condemned the attack.” '": ("France and Germany met in Paris. "
                                               + "It condemned the attack.” " * 8000),
    "195 KB of 'The participants (France, '": "The participants (France, " * 7700 + ") met.",
    "190 KB of 'was welcomed by Germany and '": "was welcomed by Germany and France and "
                                                * 5000,
    # The fourteenth run's members listed for a body that met: every listed country's
    # mentions are read for an absence, and each "Member states include" looks back.
    "200 KB of 'the PIF, which groups'": ("Leaders of the Pacific Islands Forum (PIF) met. "
                                          + "the PIF, which groups Fiji, Samoa and Tonga. "
                                          * 4500),
    "180 KB of 'Member states include'": ("Ministers of the Arctic Council met. "
                                          + "Member states include Canada and Norway. "
                                          * 4500),
    # The fifteenth run's review: a delegation's named members, each "included" looked back
    # from the unit's start (quadratic: 153 s at 200 KB before it was bounded), and one
    # delegate clause read again from every "represented by".
    "200 KB of 'the team included Peru and '": ("Chile and Peru met. "
                                                + "the team included Peru and " * 7500),
    "200 KB of 'Peru was represented by the new '": ("Chile and Peru met. "
                                                     + "Peru was represented by the new "
                                                     * 6300),
    # The sixteenth run's: a list of untitled names that opens after "represented by" (each
    # name read as the list's next), an appositive title before every stance verb, and
    # sentences that agree or promise with no subject the stance rules read.
    "200 KB of 'Ana Lopez and Tomas Reyes, '": ("Chile was represented by "
                                                + "Ana Lopez and Tomas Reyes, " * 7500),
    "200 KB of ', Deputy Minister, Ana Lopez, welcomed'": (
        "Chile and Peru met. For his part" + ", Deputy Minister, Ana Lopez, welcomed" * 5300),
    "200 KB of 'The panels will examine it. '": ("Chile and Peru met. "
                                                 + "The panels will examine it. " * 7300),
    # The sixteenth run's review: thousands of distinct untitled names (each surname was
    # tried in turn at every capitalised word: 4.9 s at 400 KB before a lookup replaced
    # the alternation), and thousands of names sharing a first and last word.
    "200 KB of 'led by A B and C D, '": "Chile and Peru met. " + "".join(
        f"led by {_ROSTER[4 * n]} {_ROSTER[4 * n + 1]} and {_ROSTER[4 * n + 2]} "
        f"{_ROSTER[4 * n + 3]}, " for n in range(5100)),
    "200 KB of 'Ana X Lopez said …'": "Chile and Peru met. " + "".join(
        f"Ana {_ROSTER[n]} Lopez said the talks were useful. " for n in range(4400)),
    # A fuzz run's: title modifiers in two unbounded runs (cubic: 13 s at 3.5 KB before
    # they were bounded), and a long run of tabs before an inline bullet (quadratic: 7 s).
    "35 KB of 'Foreign '": "Foreign " * 4400,
    "45 KB of 'Minister '": "Minister " * 5000,
    "50 KB of tabs before a bullet": "x" + "\t" * 49890 + "•x",
    # A second fuzz run's: a word of capitals (22 s at 30 KB), blanks after "The", after a
    # stance verb, after "Having thanked" and after "was represented" (each read again from
    # every blank), and photo credits (a long run of blanks, thousands on one line).
    "30 KB word of capitals": "A" * 30000,
    "12 KB of blanks after 'The'": "The" + " " * 12000 + "disagreements were noted.",
    "12 KB of blanks after 'I stressed'": "I stressed" + " " * 12000 + "the need to act.",
    "12 KB of tabs after 'Having thanked'": "Having thanked" + "\t" * 12000
    + "his counterpart, the head of state accepted and expressed his conviction, and",
    "12 KB of blanks after 'was represented'": "The Cook Islands was represented"
    + " " * 12000 + "by Special Envoy.",
    "48 KB of '(photo:'": "(photo:" * 7000,
    # A review's: verbs joined over a whole paragraph ("agreed and … and …"), each join
    # re-read the text before it (3.4 s at 100 KB).
    "200 KB of 'we agreed and we stressed and'": ("Chile and Peru met. "
                                                  + "we agreed and we stressed and " * 6800),
    # A third fuzz run's: blanks after a quotation (400 took 37 s: cubic), after a closing
    # quotation before its speaker, before a lead-in's colon, and after "Theresa May".
    "12 KB of blanks after a quotation": ("Chile and Peru met. Vale agreed to trade\""
                                          + " " * 12000 + "x."),
    "12 KB of blanks before a speaker": ("Chile and Peru met. “We raised all the issues,”"
                                         + " " * 12000 + "the Turkish side."),
    "12 KB of blanks before a lead-in": ("Chile and Peru met. The two presidents agreed"
                                         + " " * 12000 + "trade:\n\n• To expand trade."),
    "12 KB of blanks after 'Theresa May'": "Prime Minister Theresa May" + " " * 12000 + "met.",
    # The eighteenth run's review: thousands of distinct bodies, short names of which were
    # once compared with every other body (11.5 s at 200 KB before a lookup replaced it).
    "200 KB of 2,900 bodies": "".join(f"The Council on Topic{n} met. The Council{n} "
                                      f"Commission on Topic{n} met. " for n in range(2900)),
}


def adversarial(runs: int) -> int:
    """Median CPU seconds of the full analysis and of the themes-only floor per input."""
    codebook = default_codebook()
    finder = ThemeFinder(codebook)
    default_gazetteer()
    print(f"pathological inputs, {runs} runs, CPU-time medians")
    for name, body in ADVERSARIAL.items():
        article = article_from_text(body, "benchmark")
        floor = median_seconds(lambda a=article: analyze(a, codebook, finder,
                                                         extract_entities=False), runs)
        full = median_seconds(lambda a=article: analyze(a, codebook, finder), runs)
        print(f"  {name:38s} {len(body) / 1024:6.0f} KB  full {full:6.3f} s  "
              f"floor {floor:6.3f} s  ({full / floor:4.1f}x)")
    return 0


class _Lap:
    """Records the CPU time since the previous mark under a step's name."""

    def __init__(self, times: dict[str, list[float]]):
        self.times = times
        self.last = time.process_time()

    def mark(self, name: str) -> None:
        now = time.process_time()
        self.times.setdefault(name, []).append(now - self.last)
        self.last = now


def print_stages(article, codebook, finder, runs: int) -> None:
    """Median CPU seconds of each step of `extract` (timed by its own `lap` marks, so the
    steps are the real ones), then the clause themes `analyze` adds."""
    from reader.core.analysis import _clause_themes
    from reader.core.commitments import Unit
    from reader.core.extraction import extract

    gaz = default_gazetteer()
    times: dict[str, list[float]] = {}
    for _ in range(runs):
        analysis = analyze(article, codebook, finder, extract_entities=False)
        units = [Unit(s.start, s.end, s.kind, s.block) for s in analysis.sentences]
        clock = _Lap(times)
        found = extract(article.text, units, [s.theme_ids for s in analysis.sentences], gaz,
                        default_year=2023, title=article.title, lap=clock.mark)
        analysis.commitments = found.commitments
        _clause_themes(analysis)
        clock.mark("clause themes")
    for name, values in times.items():
        print(f"  {name:45s} median {statistics.median(values):.3f} s")


if __name__ == "__main__":
    raise SystemExit(main())
