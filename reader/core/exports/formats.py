"""The export formats by name: what each is called, its file suffix, and how it renders."""
from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import ExportError
from reader.core.exports.atomic import write_export
from reader.core.exports.bundle import ExportBundle
from reader.core.exports.csv_export import to_csv_bytes
from reader.core.exports.html import to_html
from reader.core.exports.json_export import to_json_text
from reader.core.exports.markdown import to_markdown
from reader.core.exports.refi import qdc_from_bundle, to_qdpx


@dataclass(frozen=True)
class ExportFormat:
    """One export format as the command line and the Export dialog offer it."""

    key: str
    label: str
    suffix: str
    render: Callable[[ExportBundle], bytes]


FORMATS: dict[str, ExportFormat] = {f.key: f for f in (
    ExportFormat("md", "Markdown brief", ".md", lambda b: to_markdown(b).encode("utf-8")),
    ExportFormat("html", "HTML page (self-contained)", ".html",
                 lambda b: to_html(b).encode("utf-8")),
    ExportFormat("json", "JSON (parley.export/1)", ".json",
                 lambda b: to_json_text(b).encode("utf-8")),
    ExportFormat("csv", "CSV table (UTF-8 with BOM)", ".csv", to_csv_bytes),
    ExportFormat("qdpx", "REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)", ".qdpx",
                 to_qdpx),
    ExportFormat("qdc", "REFI-QDA codebook", ".qdc", qdc_from_bundle),
)}


def render(bundle: ExportBundle, key: str) -> bytes:
    """The bytes of `bundle` in format `key` (md, html, json, csv, qdpx, qdc)."""
    try:
        fmt = FORMATS[key]
    except KeyError:
        raise ExportError(
            f"Unknown export format '{key}'; choose one of {', '.join(FORMATS)}."
        ) from None
    return fmt.render(bundle)


def export_file(bundle: ExportBundle, key: str, path: str | os.PathLike[str]) -> Path:
    """Render `bundle` as format `key` and write it atomically to `path` (the dialog's call).

    Rendering happens before anything touches the disk, so a rendering error cannot harm
    an existing file either.
    """
    return write_export(path, render(bundle, key))


def suggested_name(title: str, key: str) -> str:
    """A file name for the save dialog: the title made safe for every file system."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")
    stem = re.sub(r"\s+", " ", stem)[:80].rstrip(" .") or "parley-export"
    return stem + FORMATS[key].suffix
