"""REFI-QDA: schema validity, exact offsets in the zipped source, PROFILE rules, .qdc round trip."""
from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile

import pytest

from reader.core.analysis import analyze
from reader.core.annotations import Highlight
from reader.core.article import Article
from reader.core.codebook import Codebook, Theme, default_codebook
from reader.core.errors import CodebookError
from reader.core.exports.bundle import ExportBundle, ExportOptions, build_bundle
from reader.core.exports.refi import (
    clean_source,
    codebook_from_qdc,
    codebook_to_qdc,
    load_qdc,
    to_qdpx,
)

from .conftest import REFI, make_bundle, span

NS = {"p": "urn:QDA-XML:project:1.0", "c": "urn:QDA-XML:codebook:1.0"}
GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")

needs_schemas = pytest.mark.skipif(not REFI.is_dir(), reason="shared/refi-qda is not here")


def _schema(name: str):
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema10(str(REFI / name))


def _open(data: bytes) -> tuple[ET.Element, dict[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    return ET.fromstring(files["project.qde"]), files


def _source_text(root: ET.Element, files: dict[str, bytes]) -> str:
    source = root.find("p:Sources/p:TextSource", NS)
    assert source is not None
    path = source.get("plainTextPath")
    assert path is not None and path.startswith("internal://")
    raw = files["sources/" + path.removeprefix("internal://")]
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM: it would shift every selection"
    assert b"\r" not in raw, "LF only: CR makes selections drift"
    return raw.decode("utf-8")


def _check_selections_cut_quotes(bundle: ExportBundle, data: bytes) -> int:
    root, files = _open(data)
    text = _source_text(root, files)
    selections = root.findall("p:Sources/p:TextSource/p:PlainTextSelection", NS)
    placed = {(p.start, p.end): p.quote for p in bundle.passages if p.placed}
    assert len(selections) == len(placed)
    for sel in selections:
        start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
        assert text[start:end] == placed[(start, end)]
    return len(selections)


@needs_schemas
def test_qdpx_validates_against_project_xsd(bundle: ExportBundle) -> None:
    _root, files = _open(to_qdpx(bundle))
    _schema("Project.xsd").validate(files["project.qde"].decode("utf-8"))


@needs_schemas
def test_unicode_qdpx_validates(unicode_article: Article) -> None:
    _, bundle, _ = make_bundle(unicode_article, hostile=True)
    _, files = _open(to_qdpx(bundle))
    _schema("Project.xsd").validate(files["project.qde"].decode("utf-8"))


def test_offsets_cut_the_quotes_bundled(bundle: ExportBundle) -> None:
    assert _check_selections_cut_quotes(bundle, to_qdpx(bundle)) > 10


def test_offsets_cut_the_quotes_with_accents_emoji_curly_quotes(unicode_article: Article) -> None:
    text = unicode_article.text
    aid = unicode_article.content_id
    analysis = analyze(unicode_article, default_codebook())
    marks = []
    for needle, theme in (("« coopération » régionale 🤝", "cooperation"),
                          ("“security and stability”", "security"),
                          ("café owners 😀 agreed", "economy"),
                          ("Tōkyō and Zürich", "humanitarian"),
                          ("cafe\u0301 exports", "economy")):
        start, end = span(text, needle)
        marks.append(Highlight.anchored(aid, text, theme, start, end, note=f"on {needle}"))
    bundle = build_bundle(analysis, marks, [], "mémo 😀", None)
    data = to_qdpx(bundle)
    assert _check_selections_cut_quotes(bundle, data) >= len(marks)
    root, files = _open(data)
    source = _source_text(root, files)
    # UTF-16 or byte offsets would differ from code points after the first emoji.
    sel = [s for s in root.iter(f"{{{NS['p']}}}PlainTextSelection")
           if source[int(s.get("startPosition")):int(s.get("endPosition"))] == "Tōkyō and Zürich"]
    assert len(sel) == 1
    assert int(sel[0].get("startPosition")) == text.index("Tōkyō")


def test_crlf_and_bom_in_text_are_cleaned_and_offsets_follow() -> None:
    text = "\ufeffFirst line\r\nsecond “quoted” line\rthird 😀 line\r\n"
    clean, mapping = clean_source(text)
    assert clean == "First line\nsecond “quoted” line\nthird 😀 line\n"
    start = text.index("“quoted”")
    end = start + len("“quoted”")
    assert clean[mapping[start]:mapping[end]] == "“quoted”"
    start = text.index("😀 line")
    assert clean[mapping[start]:mapping[start + 6]] == "😀 line"

    article = Article(text=text, title="CRLF")
    analysis = analyze(article, default_codebook())
    h = Highlight.anchored(article.content_id, text, "rights", start, start + 6, note="n")
    root, files = _open(to_qdpx(build_bundle(analysis, [h], [], "", None)))
    source = _source_text(root, files)
    sel = root.find("p:Sources/p:TextSource/p:PlainTextSelection", NS)
    assert source[int(sel.get("startPosition")):int(sel.get("endPosition"))] == "😀 line"


def test_profile_rules(bundle: ExportBundle) -> None:
    data = to_qdpx(bundle)
    root, files = _open(data)
    raw = files["project.qde"]
    assert raw.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    assert root.tag == f"{{{NS['p']}}}Project", "default namespace"
    assert root.get("origin", "").startswith("Parley")
    assert next(iter(root)).tag.endswith("Users"), "Users first"
    user = root.find("p:Users/p:User", NS).get("guid")
    codes = {c.get("guid"): c for c in root.iter(f"{{{NS['p']}}}Code")}
    assert len({c.get("name").casefold() for c in codes.values()}) == len(codes)
    assert all(c.get("isCodable") == "true" and re.match(r"^#[0-9a-f]{6}$", c.get("color"))
               for c in codes.values())
    guids = [e.get("guid") for e in root.iter() if e.get("guid")]
    assert all(GUID.match(g) for g in guids), "lowercase uuid4, no braces"
    assert len(guids) == len(set(guids))
    spans = []
    for sel in root.iter(f"{{{NS['p']}}}PlainTextSelection"):
        assert sel.get("creatingUser") == user and sel.get("creationDateTime")
        refs = [r.get("targetGUID") for r in sel.iter(f"{{{NS['p']}}}CodeRef")]
        assert refs, "no uncoded selections"
        assert all(ref in codes for ref in refs), "CodeRef is the identical code guid string"
        spans.append((sel.get("startPosition"), sel.get("endPosition")))
    assert len(spans) == len(set(spans)), "one selection per span"
    notes = root.findall("p:Notes/p:Note", NS)
    assert notes and all(n.get("name") and n.get("creationDateTime") for n in notes)
    memo_path = notes[0].get("plainTextPath").removeprefix("internal://")
    assert files["sources/" + memo_path].decode("utf-8") == bundle.memo.strip()
    assert root.find("p:Sources/p:TextSource/p:PlainTextContent", NS) is None


def test_notes_become_descriptions_and_overlaps_share_a_selection(bundle: ExportBundle) -> None:
    root, _ = _open(to_qdpx(bundle))
    descriptions = [d.text or "" for d in
                    root.findall("p:Sources/p:TextSource/p:PlainTextSelection/p:Description", NS)]
    for p in bundle.passages:
        if p.note.strip():
            assert any(p.note.strip() in d for d in descriptions)
    multi = [s for s in root.iter(f"{{{NS['p']}}}PlainTextSelection")
             if len(s.findall("p:Coding", NS)) > 1]
    assert multi, "a sentence with several themes is one selection with several codings"


def test_orphans_go_to_a_note_not_a_selection(bundled_article: Article) -> None:
    analysis = analyze(bundled_article, default_codebook())
    orphan = Highlight(bundled_article.content_id, "rights", 3, 9, "vanished words",
                       note="orphan note", orphan=True)
    bundle = build_bundle(analysis, [orphan], [], "", ExportOptions(manual_only=True))
    root, files = _open(to_qdpx(bundle))
    assert root.find("p:Sources/p:TextSource/p:PlainTextSelection", NS) is None
    note = root.find("p:Notes/p:Note", NS)
    body = files["sources/" + note.get("plainTextPath").removeprefix("internal://")]
    assert "vanished words" in body.decode() and "orphan note" in body.decode()


@needs_schemas
def test_qdc_validates_against_codebook_xsd(bundle: ExportBundle) -> None:
    _schema("Codebook.xsd").validate(codebook_to_qdc(bundle.codebook).decode("utf-8"))


def test_qdc_round_trip_keeps_themes_and_rules() -> None:
    original = default_codebook()
    again = codebook_from_qdc(codebook_to_qdc(original), base=original)
    assert again == original  # ids, names, colours, descriptions, terms and order


def test_qdc_round_trip_without_base_keeps_names_colours_descriptions() -> None:
    original = Codebook((
        Theme("a", "Peace & security", "#112233", "#112233", "Desc <with> markup & “quotes”"),
        Theme("b", "Économie 😀", "#abcdef", "#abcdef"),
        Theme("c", "Peace & Security", "#000000", "#000000"),  # same name but for case
    ))
    again = codebook_from_qdc(codebook_to_qdc(original))
    assert [t.color for t in again.themes] == ["#112233", "#abcdef", "#000000"]
    assert [t.name for t in again.themes][:2] == ["Peace & security", "Économie 😀"]
    assert again.themes[0].description == "Desc <with> markup & “quotes”"
    assert len({t.id for t in again.themes}) == 3
    assert all(re.match(r"^[a-z][a-z0-9_-]{0,39}$", t.id) for t in again.themes)


@needs_schemas
def test_import_the_known_good_samples() -> None:
    book = load_qdc(REFI / "samples" / "tiny.qdc")
    # The folder is not codable: its code and sub-code become themes.
    assert [(t.name, t.color) for t in book.themes] == [("Economy", "#ffff00"),
                                                        ("Rent", "#33cc33")]
    assert book.themes[0].description == "Anything about jobs or taxes"
    project = load_qdc(REFI / "samples" / "tiny.qdpx")
    assert [t.name for t in project.themes] == ["Cost pressure", "Quality"]


@pytest.mark.parametrize("data, message", [
    (b"not xml at all", "not well-formed"),
    (b'<!DOCTYPE x [<!ENTITY a "aaaa">]><CodeBook/>', "document type"),
    (b'<Foo xmlns="urn:QDA-XML:codebook:1.0"/>', "expected a REFI-QDA CodeBook"),
    (b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="x" name="F" '
     b'isCodable="false"/></Codes></CodeBook>', "no codable codes"),
    (b"PK\x03\x04garbage", "not a readable REFI-QDA project"),
])
def test_bad_qdc_is_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(CodebookError, match=message):
        codebook_from_qdc(data, origin="bad.qdc")


def test_missing_qdc_file(tmp_path) -> None:
    with pytest.raises(CodebookError, match="cannot be read"):
        load_qdc(tmp_path / "missing.qdc")


def test_own_qdpx_codebook_imports_back(bundle: ExportBundle) -> None:
    again = codebook_from_qdc(to_qdpx(bundle), base=bundle.codebook, origin="own.qdpx")
    assert again == bundle.codebook
