"""Export a statement with your highlights, notes and memo: md, html, json, csv, qdpx or qdc."""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from reader.commands import add_data_dir_argument
from reader.core.analysis import analyze
from reader.core.annotations import Highlight, Review
from reader.core.article import Article, load_article
from reader.core.codebook import Codebook, default_codebook, load_codebook
from reader.core.exports.atomic import write_export
from reader.core.exports.bundle import ExportOptions, build_bundle
from reader.core.exports.formats import FORMATS, render
from reader.core.exports.refi import load_qdc

REFI_SUFFIXES = {".qdc", ".qdpx"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a .txt, .md or .html statement")
    parser.add_argument("--format", required=True, choices=list(FORMATS),
                        help="md, html, json, csv (UTF-8 with BOM, for Excel), qdpx or qdc")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="the file to write (replaced atomically if it exists)")
    parser.add_argument("--themes", metavar="ID,...",
                        help="only these theme ids (default: every theme)")
    parser.add_argument("--manual-only", action="store_true",
                        help="only your own highlights, no automatic passages")
    parser.add_argument("--codebook", metavar="FILE",
                        help="a codebook .toml, .json or REFI-QDA .qdc "
                             "(default: your edited codebook, else the shipped one)")
    add_data_dir_argument(parser)


@dataclass
class UserWork:
    """What the analyst saved for one article, and the codebook they use."""

    highlights: list[Highlight]
    reviews: list[Review]
    memo: str
    codebook: Codebook | None
    warnings: list[str]


def read_user_work(article: Article, data_dir: str | None) -> UserWork:
    """The saved highlights, reviews, memo and codebook for `article` from the store.

    The article is remembered first, as opening it in the window does, so work made on
    an earlier version of the same file follows it (re-anchored, or kept as orphans).
    """
    from reader.store import Store  # the store is needed only here; keep --help light

    store = Store.open(data_dir)
    try:
        store.remember_article(article)
        article_id = article.content_id
        return UserWork(
            highlights=store.highlights(article_id),
            reviews=store.reviews(article_id),
            memo=store.get_memo(article_id),
            codebook=store.user_codebook(),
            warnings=list(store.warnings),
        )
    finally:
        store.close()


def choose_codebook(option: str | None, user: Codebook | None) -> Codebook:
    """--codebook if given (a .qdc keeps the rules of same-named themes), else the user's."""
    base = user or default_codebook()
    if not option:
        return base
    if Path(option).suffix.lower() in REFI_SUFFIXES:
        return load_qdc(option, base=base)
    return load_codebook(option)


def parse_themes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(t.strip() for t in value.split(",") if t.strip())


def run(args: argparse.Namespace) -> int:
    article = load_article(args.path)
    work = read_user_work(article, args.data_dir)
    for warning in work.warnings:
        print(f"parley export: {warning}", file=sys.stderr)
    codebook = choose_codebook(args.codebook, work.codebook)
    options = ExportOptions(theme_ids=parse_themes(args.themes), manual_only=args.manual_only)
    bundle = build_bundle(analyze(article, codebook), work.highlights, work.reviews,
                          work.memo, options)
    target = write_export(args.output, render(bundle, args.format))
    notes = sum(1 for p in bundle.passages if p.note.strip())
    what = f"{len(bundle.themes)} themes" if args.format == "qdc" else (
        f"{len(bundle.passages)} highlighted passages, {notes} notes, "
        f"{len(bundle.themes)} themes")
    print(f"Wrote {target} ({FORMATS[args.format].label}): {what}.")
    return 0
