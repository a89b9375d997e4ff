"""List the highlights, notes, review decisions and memo stored for a statement."""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata

from reader.commands import add_data_dir_argument
from reader.commands.annotate import highlight_json
from reader.core.article import load_article
from reader.core.codebook import default_codebook
from reader.store import Store

SCHEMA = "parley.notes/1"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a .txt, .md or .html statement")
    parser.add_argument("--json", action="store_true", help=f"print a {SCHEMA} JSON object")
    add_data_dir_argument(parser)


def printable(text: str) -> str:
    """Text safe for a terminal: control and bidi-override characters shown as escapes.

    The stored text is unchanged (and exact in --json); this only stops a note from moving
    the cursor, recolouring the terminal or reversing the line it is printed on.
    """
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs") and ch not in "\u200d":
            out.append(ch.encode("unicode_escape").decode("ascii"))
        else:
            out.append(ch)
    return "".join(out)


def run(args: argparse.Namespace) -> int:
    article = load_article(args.path)
    store = Store.open(args.data_dir)
    try:
        for warning in store.warnings:
            print(f"parley: {warning}", file=sys.stderr)
        report = store.remember_article(article)
        codebook = store.user_codebook() or default_codebook()
        highlights = store.highlights(article.content_id)
        reviews = store.reviews(article.content_id)
        memo = store.get_memo(article.content_id)
    finally:
        store.close()
    if report is not None:
        print(f"parley notes: the text changed since last time; {report.anchored} highlight(s) "
              f"re-anchored, {report.orphaned} kept as orphans.", file=sys.stderr)

    def name(theme_id: str) -> str | None:
        return codebook.theme(theme_id).name if theme_id in codebook else None

    if args.json:
        data = {
            "schema": SCHEMA,
            "article": {"title": article.title, "path": article.path,
                        "content_id": article.content_id},
            "highlights": [highlight_json(h, name(h.theme_id)) for h in highlights],
            "reviews": [{"theme_id": r.theme_id, "start": r.start, "end": r.end,
                         "quote": r.quote, "decision": r.decision, "modified": r.modified}
                        for r in reviews],
            "memo": memo,
        }
        json.dump(data, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    lines = [printable(article.title), ""]
    if not highlights:
        lines.append("No highlights yet.")
    for h in highlights:
        where = "orphan, no longer in the text" if h.orphan else f"{h.start}-{h.end}"
        theme = name(h.theme_id) or f"{h.theme_id} (not in the codebook)"
        quote = h.quote if len(h.quote) <= 200 else h.quote[:199] + "…"
        lines.append(f"[{printable(theme)}] {where}  ({h.origin})")
        lines.append(f"  “{printable(quote)}”")
        if h.note:
            lines.append("  Note: " + printable(h.note).replace("\n", "\n        "))
    if reviews:
        accepted = sum(r.decision == "accepted" for r in reviews)
        lines.append("")
        lines.append(f"Reviewed automatic passages: {accepted} accepted, "
                     f"{len(reviews) - accepted} rejected.")
    if memo:
        lines += ["", "Memo:", printable(memo)]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
