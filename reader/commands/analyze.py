"""Analyse a statement: themes per sentence, participants and commitments (JSON with --json)."""
from __future__ import annotations

import argparse
import json
import sys

from reader.core.analysis import Analysis, analyze
from reader.core.article import load_article
from reader.core.codebook import default_codebook, load_codebook


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a .txt, .md or .html statement")
    parser.add_argument("--codebook", metavar="FILE", help="a codebook .toml or .json")
    parser.add_argument("--json", action="store_true",
                        help="print the parley.analysis/1 JSON object instead of a summary")


def run(args: argparse.Namespace) -> int:
    codebook = load_codebook(args.codebook) if args.codebook else default_codebook()
    article = load_article(args.path)
    result = analyze(article, codebook)
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(summary(result))
    return 0


def summary(result: Analysis) -> str:
    """A readable overview: title, dates, theme counts, participants, commitments."""
    a = result.article
    lines = [a.title, "=" * min(len(a.title), 78)]
    facts = [f"date {a.date}" if a.date else None, a.place, a.source]
    lines.append(" · ".join(f for f in facts if f) or "(no date or source)")
    for date in result.dates:
        data = date.to_json() if hasattr(date, "to_json") else date
        if data.get("role") in ("released", "meeting"):
            guessed = " (year inferred)" if data.get("year_inferred") else ""
            lines.append(f"{data['role']}: {data['date']}{guessed}, from “{data['text']}”")
    lines.append(f"{len(result.sentences)} passages, {len(a.text.split())} words")
    lines.append("")
    lines.append("Themes")
    counts = result.theme_counts
    width = max((len(t.name) for t in result.codebook.themes), default=10)
    top = max(counts.values(), default=0) or 1
    for theme in result.codebook.themes:
        n = counts[theme.id]
        bar = "█" * round(20 * n / top)
        lines.append(f"  {theme.name:<{width}}  {n:>4}  {bar}")
    for title, items in (("Participants", result.participants), ("Mentioned", result.mentioned)):
        if items:
            lines.append("")
            lines.append(title)
            for p in items:
                data = p.to_json() if hasattr(p, "to_json") else p
                role = f" ({data['role']})" if data.get("role") else ""
                lines.append(f"  {data['name']} [{data['kind']}]{role}, {data['mentions']}×")
    if result.commitments:
        lines.append("")
        lines.append("Commitments")
        for c in result.commitments:
            data = c.to_json() if hasattr(c, "to_json") else c
            lines.append(f"  {data['actor']} · {data['verb']} · {data['text'][:90]}")
    return "\n".join(lines) + "\n"
