"""`parley export`: the user's saved work from the store, every format, clear errors."""
from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from reader.app import main
from reader.core.annotations import Highlight, Review
from reader.core.article import load_article
from reader.core.codebook import default_codebook
from reader.core.exports.refi import codebook_to_qdc
from reader.store import Store

BUNDLED = Path(__file__).resolve().parents[2] / "articles" / \
    "c5plus1-special-session-afghanistan-2023.txt"


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, Path, Highlight]:
    """A copy of the bundled article with a highlight, a rejected passage and a memo saved."""
    article_path = tmp_path / "statement.txt"
    shutil.copy(BUNDLED, article_path)
    shutil.copy(BUNDLED.with_name(BUNDLED.stem + ".meta.json"),
                tmp_path / "statement.meta.json")
    article = load_article(article_path)
    text = article.text
    start = text.index("freedom of movement")
    highlight = Highlight.anchored(article.content_id, text, "rights", start, start + 19,
                                   note="=HYPERLINK(\"x\") <script>")
    data = tmp_path / "data"
    store = Store.open(data)
    store.remember_article(article)
    store.add_highlight(highlight)
    start = text.index("The officials exchanged")
    end = text.index("wider region.") + len("wider region.")
    store.set_review(Review(article.content_id, "security", start, end, text[start:end],
                            "rejected"))
    store.set_memo(article.content_id, "The memo of the session.")
    store.close()
    return article_path, data, highlight


def _export(article: Path, data: Path, fmt: str, out: Path, *extra: str) -> int:
    return main(["export", str(article), "--format", fmt, "-o", str(out),
                 "--data-dir", str(data), *extra])


def test_every_format_carries_the_saved_work(saved, tmp_path: Path, capsys) -> None:
    article, data, highlight = saved
    for fmt in ("md", "html", "json", "csv", "qdpx", "qdc"):
        assert _export(article, data, fmt, tmp_path / f"out.{fmt}") == 0
    assert "Wrote" in capsys.readouterr().out
    md = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "freedom of movement" in md and "The memo of the session." in md
    assert "=HYPERLINK" in md
    html = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in html and "<script>" not in html
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert exported["memo"] == "The memo of the session."
    assert [h["id"] for h in exported["highlights"] if h["origin"] == "manual"] == [highlight.id]
    # The rejected automatic passage is left out everywhere.
    assert not any(h["theme"] == "security" and h["quote"].startswith("The officials exchanged")
                   for h in exported["highlights"])
    rows = list(csv.DictReader(io.StringIO(
        (tmp_path / "out.csv").read_bytes().decode("utf-8-sig"))))
    manual = [r for r in rows if r["origin"] == "manual"]
    assert manual[0]["note"].startswith("'=HYPERLINK")
    assert zipfile.ZipFile(tmp_path / "out.qdpx").read("project.qde").startswith(b"<?xml")
    assert b"CodeBook" in (tmp_path / "out.qdc").read_bytes()


def test_manual_only_and_theme_filter(saved, tmp_path: Path) -> None:
    article, data, highlight = saved
    out = tmp_path / "out.json"
    assert _export(article, data, "json", out, "--manual-only") == 0
    assert [h["id"] for h in json.loads(out.read_text())["highlights"]] == [highlight.id]
    assert _export(article, data, "json", out, "--themes", "economy,narcotics") == 0
    themes = {h["theme"] for h in json.loads(out.read_text())["highlights"]}
    assert themes == {"economy", "narcotics"}


def test_qdc_codebook_option_keeps_the_rules(saved, tmp_path: Path) -> None:
    article, data, _ = saved
    qdc = tmp_path / "book.qdc"
    qdc.write_bytes(codebook_to_qdc(default_codebook()))
    out = tmp_path / "out.json"
    assert _export(article, data, "json", out, "--codebook", str(qdc)) == 0
    counts = {t["id"]: t["count"] for t in json.loads(out.read_text())["themes"]}
    assert counts["cooperation"] > 0  # terms came back from the matching default themes


def test_errors_are_clear_and_leave_the_old_file(saved, tmp_path: Path, capsys) -> None:
    article, data, _ = saved
    out = tmp_path / "out.md"
    out.write_text("previous export")
    assert _export(article, data, "md", out, "--themes", "nope") == 2
    assert "Unknown theme id(s): nope" in capsys.readouterr().err
    assert out.read_text() == "previous export"
    assert _export(article, data, "md", tmp_path / "missing" / "out.md") == 2
    assert "does not exist" in capsys.readouterr().err
    assert _export(tmp_path / "absent.txt", data, "md", out) == 2
    assert "No such file" in capsys.readouterr().err
    assert out.read_text() == "previous export"
