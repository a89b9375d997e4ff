"""The Article model and loading of .txt, .md and .html statements from disk."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from reader.core.boilerplate import find_boilerplate
from reader.core.decoding import decode_bytes, looks_like_text, normalise_newlines
from reader.core.errors import ArticleError

# 100 MB: ten times the largest statement collection we benchmark (10 MB analyses in a
# few seconds), comfortably above the 50 MB that must load, and small enough that a
# mistaken drop of a disk image fails at once instead of filling memory.
MAX_ARTICLE_BYTES = 100 * 1024 * 1024

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES


def is_iso_date(value: str) -> bool:
    """True for a date written YYYY-MM-DD in ASCII digits. (String methods, not a regular
    expression: this runs before the window's first paint, where compiling one costs ~1 ms.)"""
    return (len(value) == 10 and value[4] == value[7] == "-"
            and all("0" <= c <= "9" for c in value[:4] + value[5:7] + value[8:]))


@dataclass(frozen=True)
class Article:
    """A statement as the reader shows it. Every offset in Parley refers to `text`."""

    text: str
    title: str
    path: str | None = None
    date: str | None = None  # ISO date the statement was released, when known
    source: str | None = None
    url: str | None = None
    place: str | None = None
    meta: dict[str, str] = field(default_factory=dict, compare=False)
    boilerplate: tuple[tuple[int, int], ...] = ()

    @cached_property
    def content_id(self) -> str:
        """Identity by content, so notes follow a file that was moved or renamed. Worked out
        once per article: the store, the session and the saved analyses all ask for it, and
        hashing a 1 MB text takes milliseconds."""
        import hashlib  # here: the window shows the text before it needs the id

        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def is_boilerplate(self, start: int, end: int) -> bool:
        """True when [start, end) lies wholly inside page furniture."""
        return any(b0 <= start and end <= b1 for b0, b1 in self.boilerplate)


def article_from_text(
    body: str,
    title: str,
    *,
    path: str | None = None,
    meta: dict[str, str] | None = None,
) -> Article:
    """Build an Article from already-decoded body text and metadata."""
    meta = {k: v for k, v in (meta or {}).items() if v}
    body = normalise_newlines(body).strip("\n")
    date = meta.get("date")
    if date and not is_iso_date(date):
        date = None  # A free-form date stays in meta; the contract's `date` is ISO or null.
    return Article(
        text=body,
        title=meta.get("title") or title or (Path(path).stem if path else "Untitled"),
        path=path,
        date=date,
        source=meta.get("source"),
        url=meta.get("url"),
        place=meta.get("place"),
        meta=meta,
        boilerplate=tuple(find_boilerplate(body)),
    )


def _split_title(text: str) -> tuple[str, str]:
    """First non-empty line is the title of a .txt statement; the rest is its body."""
    stripped = text.lstrip("\n")
    first, _, rest = stripped.partition("\n")
    return first.strip(), rest


def _sidecar_meta(path: Path) -> dict[str, str]:
    """Metadata from `<stem>.meta.json` beside the file, if any (how bundled articles ship)."""
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ArticleError(f"The metadata file {sidecar.name} cannot be read: {exc}") from None
    if not isinstance(data, dict):
        raise ArticleError(f"The metadata file {sidecar.name} must hold a JSON object.")
    return {str(k).lower(): str(v) for k, v in data.items() if v is not None}


def _read_bytes(path: Path) -> bytes:
    name = str(path)
    if not path.exists():
        raise ArticleError(f"No such file: {name}")
    if path.is_dir():
        raise ArticleError(f"{name} is a folder, not a file. Choose a .txt, .md or .html file.")
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"{name} is {size / 1024 / 1024:.1f} MB; Parley opens articles up to "
                f"{MAX_ARTICLE_BYTES // 1024 // 1024} MB."
            )
        return path.read_bytes()
    except PermissionError:
        raise ArticleError(f"Permission denied: {name} cannot be read.") from None
    except OSError as exc:
        raise ArticleError(f"{name} cannot be read: {exc.strerror or exc}") from None


def load_article(path: str | Path) -> Article:
    """Load a statement file, or raise ArticleError with a message for the user."""
    path = Path(path)
    data = _read_bytes(path)
    name = path.name
    if not data.strip():
        raise ArticleError(f"{name} is empty.")
    suffix = path.suffix.lower()
    text = decode_bytes(data, name)
    if not looks_like_text(text):
        raise ArticleError(
            f"{name} is binary data, not text. Parley opens .txt, .md and .html files."
        )
    meta = _sidecar_meta(path)
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _looks_like_html(text)):
        # Imported here: html.parser and friends cost ~8 ms that a .txt never needs.
        from reader.core.html_text import extract_html

        doc = extract_html(text)
        page_meta = {
            "date": _iso_prefix(doc.meta.get("article:published_time") or doc.meta.get("date")),
            "source": doc.meta.get("og:site_name"),
            "url": doc.meta.get("og:url") or doc.meta.get("canonical"),
        }
        body, title = doc.text, doc.title or ""
        meta = {**{k: v for k, v in page_meta.items() if v}, **meta}
    elif suffix in MARKDOWN_SUFFIXES:
        from reader.core.markdown_text import read_markdown

        doc_md = read_markdown(text)
        body, title = doc_md.text, doc_md.title or ""
        meta = {**doc_md.meta, **meta}
    else:
        title, body = _split_title(text)
    if not body.strip():
        raise ArticleError(f"{name} has a title but no text to read.")
    return article_from_text(body, title, path=str(path), meta=meta)


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def _iso_prefix(value: str | None) -> str | None:
    if value and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    return None
