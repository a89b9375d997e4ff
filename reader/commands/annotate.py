"""Add a manual highlight to a statement, anchored by its exact quote (saved in the store)."""
from __future__ import annotations

import argparse
import json
import sys

from reader.commands import add_data_dir_argument
from reader.core.anchoring import Anchorer
from reader.core.annotations import Highlight
from reader.core.article import Article, load_article
from reader.core.codebook import default_codebook
from reader.core.commands import AddHighlight, UndoStack
from reader.core.errors import ParleyError
from reader.store import Store


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a .txt, .md or .html statement")
    parser.add_argument("--theme", required=True, metavar="ID", help="theme id from the codebook")
    parser.add_argument("--quote", required=True, help="the exact text to highlight")
    parser.add_argument("--occurrence", type=int, default=None, metavar="N",
                        help="which occurrence of the quote to mark, from 1 (default: the first)")
    parser.add_argument("--note", default="", help="a note to attach to the highlight")
    parser.add_argument("--json", action="store_true", help="print the new highlight as JSON")
    add_data_dir_argument(parser)


def open_store_for_writing(data_dir: str | None) -> Store:
    """The store, or a clear error when it could only keep the work in memory."""
    store = Store.open(data_dir)
    for warning in store.warnings:
        print(f"parley: {warning}", file=sys.stderr)
    if store.read_only:
        store.close()
        raise ParleyError("nothing was saved: the data folder cannot be written (see above).")
    return store


def find_quote(article: Article, quote: str, occurrence: int | None) -> tuple[int, int]:
    """The [start, end) of the chosen occurrence of `quote`, or a ParleyError saying why not."""
    if not quote:
        raise ParleyError("--quote is empty: give the exact text to highlight.")
    text = article.text
    starts: list[int] = []
    i = text.find(quote)
    while i >= 0:
        starts.append(i)
        i = text.find(quote, i + 1)
    if not starts:
        hint = ""
        near = Anchorer(text).find(quote)
        if near is not None and near.method == "normalised":
            hint = (f" A close match differs in case, spacing or quote marks: "
                    f"{text[near.start:near.end]!r}.")
        elif near is not None:
            hint = f" A similar passage: {text[near.start:near.end]!r}."
        raise ParleyError(f"the quote {quote!r} was not found in {article.path}.{hint}")
    if occurrence is None:
        if len(starts) > 1:
            print(f"parley annotate: the quote occurs {len(starts)} times; marking the first "
                  "(use --occurrence N to choose).", file=sys.stderr)
        occurrence = 1
    if not 1 <= occurrence <= len(starts):
        times = "once" if len(starts) == 1 else f"{len(starts)} times"
        raise ParleyError(f"--occurrence {occurrence} is out of range: the quote occurs {times} "
                          f"(use 1..{len(starts)}).")
    start = starts[occurrence - 1]
    return start, start + len(quote)


def run(args: argparse.Namespace) -> int:
    article = load_article(args.path)
    store = open_store_for_writing(args.data_dir)
    try:
        codebook = store.user_codebook() or default_codebook()
        if args.theme not in codebook:
            raise ParleyError(f"unknown theme id {args.theme!r}. Valid ids: "
                              f"{', '.join(codebook.ids)}.")
        start, end = find_quote(article, args.quote, args.occurrence)
        report = store.remember_article(article)
        if report is not None:
            print(f"parley annotate: the text changed since last time; {report.anchored} "
                  f"highlight(s) re-anchored, {report.orphaned} kept as orphans.",
                  file=sys.stderr)
        h = Highlight.anchored(article.content_id, article.text, args.theme, start, end,
                               note=args.note)
        UndoStack(store).push(AddHighlight(h))
    finally:
        store.close()
    if args.json:
        json.dump(highlight_json(h, codebook.theme(h.theme_id).name), sys.stdout,
                  ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(f"Added highlight {h.id}: {h.theme_id} at {h.start}-{h.end}")
    return 0


def highlight_json(h: Highlight, theme_name: str | None) -> dict[str, object]:
    """A highlight as plain JSON data (shared with `parley notes --json`)."""
    return {
        "id": h.id, "theme_id": h.theme_id, "theme_name": theme_name,
        "start": h.start, "end": h.end, "quote": h.quote, "note": h.note,
        "origin": h.origin, "orphan": h.orphan, "created": h.created, "modified": h.modified,
    }
