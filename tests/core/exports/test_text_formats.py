"""Markdown, HTML, JSON and CSV exports: completeness, colours, escaping, neutralising."""
from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

from reader.core.analysis import analyze
from reader.core.annotations import Highlight
from reader.core.article import Article
from reader.core.codebook import default_codebook
from reader.core.exports.bundle import ExportBundle, build_bundle
from reader.core.exports.csv_export import COLUMNS, neutralise, to_csv_bytes, to_csv_text
from reader.core.exports.formats import FORMATS, render
from reader.core.exports.html import to_html
from reader.core.exports.json_export import SCHEMA, export_dict, to_json_text
from reader.core.exports.markdown import md_cell, to_markdown

from .conftest import HOSTILE_NOTE, make_bundle

# --- Markdown -----------------------------------------------------------------------------


def test_markdown_lists_every_highlight_and_note(bundle: ExportBundle) -> None:
    md = to_markdown(bundle)
    for p in bundle.passages:
        for line in p.quote.split("\n"):
            assert f"> {line}".rstrip() in md
        for line in p.note.strip().split("\n"):
            assert line in md
    # One quote block per passage, under its theme's heading.
    assert md.count("\n> ") >= len(bundle.passages)
    assert bundle.memo.split("\n")[0] in md
    # Each passage says where it came from: the reader's own mark or Parley's, reviewed or not.
    assert md.count("*your highlight · ") == sum(1 for p in bundle.passages if not p.is_auto)
    assert md.count("*automatic, ") == sum(1 for p in bundle.passages if p.is_auto)


def test_markdown_legend_keeps_colour_meaning(bundle: ExportBundle) -> None:
    md = to_markdown(bundle)
    for theme in bundle.themes:
        assert re.search(rf"`{theme.color}` \w.*\| {re.escape(theme.name)} \| \d+ \| \d+ \|", md)
        assert f"(`{theme.color}`, " in md


def test_markdown_commitments_table_escapes_pipes(bundle: ExportBundle) -> None:
    md = to_markdown(bundle)
    row = next(line for line in md.splitlines() if line.startswith("| The C5+1"))
    # Five columns: the pipe inside the clause must not add a sixth.
    assert len(re.findall(r"(?<!\\)\|", row)) == 6
    assert "support for a \\| piped" in row
    assert "Rights, Security" in row
    assert "Thomas West" in md and "Special Representative" in md
    assert md_cell("a|b\nc") == "a\\|b c"


def test_markdown_raw_html_in_notes_is_escaped(hostile_bundle: ExportBundle) -> None:
    md = to_markdown(hostile_bundle)
    assert re.search(r"(?<!\\)<(script|img)", md) is None
    assert "\\<script>" in md


# --- HTML ---------------------------------------------------------------------------------


class _Tags(HTMLParser):
    """Tags, all text, and the text outside margin notes and <style> (the article prose)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.prose: list[str] = []
        self._skip: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if self._skip or tag == "style" or dict(attrs).get("class") in ("note", "ref"):
            self._skip.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skip and self._skip[-1] == tag:
            self._skip.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if not self._skip:
            self.prose.append(data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_html_escapes_hostile_notes_and_is_self_contained(hostile_bundle: ExportBundle) -> None:
    html = to_html(hostile_bundle)
    parsed = _parse(html)
    names = {tag for tag, _ in parsed.tags}
    assert not names & {"script", "img", "iframe", "link", "object", "embed"}
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    # No external requests: nothing that loads a URL.
    assert not any(k in ("src", "srcset") for _, attrs in parsed.tags for k in attrs)
    assert "@import" not in html and "url(" not in html
    # The hostile note is shown, as text.
    assert HOSTILE_NOTE in "".join(parsed.text)
    assert "&lt;script&gt;" in html


def test_html_shows_every_placed_highlight_in_its_colour(bundle: ExportBundle) -> None:
    html = to_html(bundle)
    parsed = _parse(html)
    marks = [attrs for tag, attrs in parsed.tags if tag == "mark"]
    assert marks
    for theme in bundle.themes:
        if bundle.passages_for(theme.id):
            assert any(theme.color in (m.get("style") or "") for m in marks), theme.id
    # Overlapping highlights: some piece of text carries two or more theme underlines.
    assert any((m.get("style") or "").count("inset 0 -") >= 2 for m in marks)
    for p in bundle.passages:
        if p.note.strip():
            assert p.note.strip() in "".join(parsed.text)
    # The whole article is there (markup aside).
    flat = re.sub(r"\s+", " ", "".join(parsed.prose))
    for line in bundle.text.split("\n"):
        if line.strip():
            assert re.sub(r"\s+", " ", line.strip()) in flat


def test_html_legend_summary_memo_and_print_css(bundle: ExportBundle) -> None:
    html = to_html(bundle)
    text = "".join(_parse(html).text)
    for theme in bundle.themes:
        assert f'class="swatch" style="background:{theme.color}"' in html
        assert theme.name in text
    assert "Thomas West" in text and "reaffirmed" in text
    assert "<b>bold?</b>" in text  # the memo, escaped
    assert "@media print" in html and "print-color-adjust: exact" in html


def test_html_orphans_listed_separately(bundled_article: Article) -> None:
    analysis = analyze(bundled_article, default_codebook())
    orphan = Highlight(bundled_article.content_id, "rights", 3, 9, "words that left",
                       note="still mine", orphan=True)
    html = to_html(build_bundle(analysis, [orphan], [], "", None))
    assert "no longer found in the text" in html
    assert "words that left" in html and "still mine" in html


# --- JSON ---------------------------------------------------------------------------------


def test_json_has_the_analysis_and_the_users_work(bundle: ExportBundle) -> None:
    data = json.loads(to_json_text(bundle))
    assert data["schema"] == SCHEMA == "parley.export/1"
    assert data["analysis_schema"] == "parley.analysis/1"
    analysis = bundle.analysis.to_json()
    for key in analysis.keys() - {"schema"}:
        assert data[key] == analysis[key], key
    assert len(data["highlights"]) == len(bundle.passages)
    assert {h["origin"] for h in data["highlights"]} == {"manual", "auto"}
    assert len(data["notes"]) == sum(1 for p in bundle.passages if p.note.strip())
    assert {r["decision"] for r in data["reviews"]} == {"accepted", "rejected"}
    assert data["memo"] == bundle.memo
    assert data["participants"][0]["name"] == "Thomas West"
    assert data["commitments"][0]["verb"] == "reaffirmed"
    assert export_dict(bundle)["options"] == {"themes": None, "manual_only": False}


# --- CSV ----------------------------------------------------------------------------------


def test_csv_one_row_per_highlight_and_bom(bundle: ExportBundle) -> None:
    raw = to_csv_bytes(bundle)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(bundle.passages)
    assert tuple(rows[0]) == COLUMNS
    for row, p in zip(rows, bundle.passages, strict=True):
        assert (row["theme_id"], int(row["start"]), int(row["end"])) == (p.theme_id, p.start,
                                                                          p.end)
        assert row["quote"] in (p.quote, "'" + p.quote)
        assert row["origin"] == p.origin
        assert row["color"] == bundle.theme(p.theme_id).color
    assert not to_csv_bytes(bundle, bom=False).startswith(b"\xef\xbb\xbf")


def test_csv_neutralises_formulas(bundled_article: Article) -> None:
    analysis = analyze(bundled_article, default_codebook())
    text = bundled_article.text
    aid = bundled_article.content_id
    hostile = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR",
               "safe = note"]
    marks = [Highlight.anchored(aid, text, "rights", n, n + 5, note=note)
             for n, note in enumerate(hostile)]
    rows = list(csv.DictReader(io.StringIO(
        to_csv_text(build_bundle(analysis, marks, [], "", None)))))
    notes = [r["note"] for r in rows if r["origin"] == "manual"]
    assert notes == ["'" + h for h in hostile[:-1]] + ["safe = note"]
    assert neutralise(-5) == -5  # numbers are numbers, not formulas
    assert neutralise("") == ""


def test_every_format_renders(bundle: ExportBundle) -> None:
    for key in FORMATS:
        assert render(bundle, key)


def test_unicode_article_exports_in_every_format(unicode_article: Article) -> None:
    _, bundle, _ = make_bundle(unicode_article, hostile=True)
    assert "🤝" in to_markdown(bundle) and "🤝" in to_html(bundle)
    assert "Tōkyō" in json.loads(to_json_text(bundle))["text"]


def test_hostile_title_theme_names_and_url_are_escaped() -> None:
    from reader.core.article import Article
    from reader.core.codebook import Codebook, Theme

    article = Article(text="Evil words here. More evil words.",
                      title="</title><script>alert(1)</script>",
                      url="javascript:alert(1)", source="<i>src</i>")
    book = Codebook((Theme("evil", "<b onmouseover=x>Evil</b>", "#123456", "#123456",
                           terms=("evil",)),))
    analysis = analyze(article, book)
    h = Highlight.anchored(article.content_id, article.text, "evil", 0, 4, note="n")
    bundle = build_bundle(analysis, [h], [], "", None)
    html = to_html(bundle)
    parsed = _parse(html)
    assert not {tag for tag, _ in parsed.tags} & {"script", "b", "i"}
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    assert "javascript:" not in " ".join(str(a.get("href")) for _, a in parsed.tags)
    assert "</title><script>alert(1)</script>" in "".join(parsed.text)
    md = to_markdown(bundle)
    assert re.search(r"(?<!\\)<(script|b |i>|javascript)", md) is None


def test_dates_found_in_the_text_and_negated_commitments(bundled_article: Article) -> None:
    from .conftest import Item

    analysis, _, _ = make_bundle(bundled_article)
    analysis.dates = [
        Item({"date": "2023-08-11", "role": "released", "text": "August 11, 2023"}),  # known
        Item({"date": "2023-07-20", "role": "meeting", "text": "July 20"}),
        Item({"date": "2024-01-01", "role": "other", "text": "next year"}),
    ]
    analysis.commitments = [Item({"actor": "They", "verb": "will not", "text": "do it",
                                  "themes": [], "stance": "oppose", "negated": True,
                                  "quoted": True})]
    bundle = build_bundle(analysis, [], [], "", None)
    assert bundle.dates == [("date", "2023-08-11"), ("meeting date", "2023-07-27"),
                            ("meeting date (from the text)", "2023-07-20")]
    md = to_markdown(bundle)
    assert "**Meeting date (from the text):** 2023-07-20" in md
    assert "| oppose (negated, quoted) |" in md
    assert "oppose (negated, quoted)" in to_html(bundle)


def test_export_file_and_suggested_name(bundle: ExportBundle, tmp_path) -> None:
    from reader.core.exports.formats import export_file, suggested_name

    target = export_file(bundle, "md", tmp_path / "brief.md")
    assert target.read_text(encoding="utf-8") == to_markdown(bundle)
    assert suggested_name('A/B: "C" <d>?', "qdpx") == "A B C d.qdpx"
    assert suggested_name("...", "csv") == "parley-export.csv"
