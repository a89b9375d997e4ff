"""CSV export: one row per highlight, safe to open in a spreadsheet."""
from __future__ import annotations

import csv
import io

from reader.core.exports.bundle import ExportBundle

COLUMNS = ("article", "article_id", "theme_id", "theme", "color", "start", "end",
           "quote", "note", "origin", "review")

# A cell starting with one of these is run as a formula by Excel, LibreOffice and Google
# Sheets ("CSV injection"); tab and carriage return start one in some of them too.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Prefix a text cell that a spreadsheet would read as a formula with a single quote."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv_text(bundle: ExportBundle) -> str:
    """The CSV as text: RFC 4180 quoting, CRLF line ends, a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    title = bundle.article.title
    article_id = bundle.article.content_id  # a sha256 of the text: computed once, not per row
    for p in bundle.passages:
        theme = bundle.theme(p.theme_id)
        row = (title, article_id, p.theme_id, theme.name, theme.color,
               p.start, p.end, p.quote, p.note, p.origin, p.review)
        writer.writerow([neutralise(cell) for cell in row])
    return out.getvalue()


def to_csv_bytes(bundle: ExportBundle, bom: bool = True) -> bytes:
    """UTF-8 bytes; with a BOM by default, which is how Excel knows the file is UTF-8."""
    return to_csv_text(bundle).encode("utf-8-sig" if bom else "utf-8")
