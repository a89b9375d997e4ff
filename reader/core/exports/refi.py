"""REFI-QDA exchange files: a .qdpx project and a .qdc codebook out, a .qdc codebook in.

Written to what QualCoder, NVivo, ATLAS.ti and MAXQDA actually read (see
shared/refi-qda/PROFILE.md): default namespace, `origin`, Users first, the source text as
`sources/<guid>.txt` (UTF-8, no BOM, LF only) with code-point offsets, lowercase uuid4 GUIDs
used as identical strings, dated named Notes, no uncoded selections.
"""
from __future__ import annotations

import io
import re
import unicodedata
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reader import __version__
from reader.core.annotations import REVIEW_ACCEPTED, now_iso
from reader.core.codebook import Codebook, Theme, codebook_from_dict
from reader.core.errors import CodebookError
from reader.core.exports.bundle import ExportBundle, ExportPassage, safe_color

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_PROJECT_XSD = "http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"
_CODEBOOK_XSD = "http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd"
ORIGIN = f"Parley {__version__}"

# Characters XML 1.0 cannot carry at all; lone surrogates cannot be encoded as UTF-8.
_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")
_SHORT_HEX = re.compile(r"^#([0-9a-fA-F]{3})$")
# Colours for imported codes that have none: the Okabe-Ito palette of the default codebook.
_FALLBACK_COLORS = ("#d55e00", "#cc79a7", "#009e73", "#e69f00", "#0072b2", "#b8a000",
                    "#56b4e9", "#000000")


def new_guid() -> str:
    """Lowercase uuid4 without braces: tools compare GUIDs as strings."""
    return str(uuid.uuid4())


def _xml_text(text: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def _datetime(value: str, fallback: str) -> str:
    return value if value and _DATETIME.match(value) else fallback


_NEEDS_CLEANING = re.compile("[\r\ud800-\udfff]|^\ufeff")


def clean_source(text: str) -> tuple[str, Sequence[int]]:
    """The source text as REFI tools need it, and where each old offset lands in it.

    Drops a leading BOM and the CR of CRLF, turns a lone CR into LF and lone surrogates
    into U+FFFD (one code point for one, so nothing shifts there). `mapping[i]` is the new
    offset of old offset i, for i in 0..len(text).
    """
    out: list[str] = []
    mapping: list[int] = []
    n = len(text)
    for i, ch in enumerate(text):
        mapping.append(len(out))
        if (i == 0 and ch == "\ufeff") or (ch == "\r" and i + 1 < n and text[i + 1] == "\n"):
            continue
        if ch == "\r":
            ch = "\n"
        elif "\ud800" <= ch <= "\udfff":
            ch = "\ufffd"
        out.append(ch)
    mapping.append(len(out))
    return "".join(out), mapping


def _unique_names(themes: Sequence[Theme]) -> dict[str, str]:
    """Theme id -> a code name unique across the codebook (tools match codes by name)."""
    names: dict[str, str] = {}
    seen: set[str] = set()
    for theme in themes:
        name = _xml_text(theme.name.strip()) or theme.id
        if name.casefold() in seen:
            name = f"{name} ({theme.id})"
        n = 2
        base = name
        while name.casefold() in seen:
            name, n = f"{base} {n}", n + 1
        seen.add(name.casefold())
        names[theme.id] = name
    return names


def _codes(parent: ET.Element, themes: Sequence[Theme], guids: dict[str, str]) -> None:
    names = _unique_names(themes)
    codes = ET.SubElement(parent, "Codes")
    for theme in themes:
        code = ET.SubElement(codes, "Code", {
            "guid": guids[theme.id], "name": names[theme.id], "isCodable": "true",
            "color": safe_color(theme.color),
        })
        if theme.description.strip():
            ET.SubElement(code, "Description").text = _xml_text(theme.description.strip())


def _serialise(root: ET.Element) -> bytes:
    ET.indent(root, space="  ")
    # Written by hand: ElementTree's declaration uses single quotes, which some importers'
    # hand-rolled readers do not expect.
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")


def codebook_to_qdc(themes: Sequence[Theme] | Codebook) -> bytes:
    """A .qdc codebook: one codable code per theme, with its colour and description."""
    if isinstance(themes, Codebook):
        themes = themes.themes
    if not themes:
        raise CodebookError("A .qdc codebook needs at least one theme.")
    root = ET.Element("CodeBook", {
        "xmlns": CODEBOOK_NS, "xmlns:xsi": _XSI,
        "xsi:schemaLocation": f"{CODEBOOK_NS} {_CODEBOOK_XSD}", "origin": ORIGIN,
    })
    _codes(root, themes, {t.id: new_guid() for t in themes})
    return _serialise(root)


def qdc_from_bundle(bundle: ExportBundle) -> bytes:
    """The exported themes alone as a .qdc (the --themes choice applies)."""
    return codebook_to_qdc(bundle.themes)


@dataclass
class _Selection:
    start: int
    end: int
    passages: list[ExportPassage]


def _description(bundle: ExportBundle, passages: list[ExportPassage]) -> str:
    """The selection's memo: the notes (named by theme when several), then how it was found."""
    several = len({p.theme_id for p in passages}) > 1
    lines: list[str] = []
    for p in passages:
        if p.note.strip():
            prefix = f"{bundle.theme(p.theme_id).name}: " if several else ""
            lines.append(prefix + p.note.strip())
    for p in passages:
        if p.is_auto:
            state = "accepted" if p.review == REVIEW_ACCEPTED else "not reviewed"
            lines.append(f"[Parley: {bundle.theme(p.theme_id).name} found automatically, {state}]")
    return _xml_text("\n".join(lines))


def _selections(bundle: ExportBundle, mapping: Sequence[int]) -> list[_Selection]:
    """Placed passages grouped by span: one selection, one coding per theme."""
    groups: dict[tuple[int, int], _Selection] = {}
    for p in bundle.passages:
        if not p.placed:
            continue
        start, end = mapping[p.start], mapping[p.end]
        if start >= end:
            continue
        group = groups.setdefault((start, end), _Selection(start, end, []))
        group.passages.append(p)
    return sorted(groups.values(), key=lambda s: (s.start, s.end))


def _orphan_note(bundle: ExportBundle) -> str:
    lost = [p for p in bundle.passages if not p.placed]
    parts = []
    for p in lost:
        part = f"{bundle.theme(p.theme_id).name}: “{p.quote}”"
        if p.note.strip():
            part += f"\n{p.note.strip()}"
        parts.append(part)
    return "\n\n".join(parts)


def to_qdpx(bundle: ExportBundle) -> bytes:
    """The .qdpx zip: project.qde plus the article (and memo) as internal text files."""
    now = bundle.exported if _DATETIME.match(bundle.exported) else now_iso()
    user = new_guid()
    article = bundle.article
    title = _xml_text(article.title) or "Untitled"
    themes = bundle.themes
    code_guids = {t.id: new_guid() for t in themes}
    text, mapping = clean_source(article.text)
    files: dict[str, str] = {}

    root = ET.Element("Project", {
        "xmlns": PROJECT_NS, "xmlns:xsi": _XSI,
        "xsi:schemaLocation": f"{PROJECT_NS} {_PROJECT_XSD}",
        "name": title, "origin": ORIGIN, "creatingUserGUID": user, "creationDateTime": now,
    })
    users = ET.SubElement(root, "Users")
    ET.SubElement(users, "User", {"guid": user, "name": _xml_text(bundle.options.author)})
    if themes:
        _codes(ET.SubElement(root, "CodeBook"), themes, code_guids)

    source_guid = new_guid()
    files[f"sources/{source_guid}.txt"] = text
    sources = ET.SubElement(root, "Sources")
    source = ET.SubElement(sources, "TextSource", {
        "guid": new_guid(), "name": title,
        "plainTextPath": f"internal://{source_guid}.txt",
        "creatingUser": user, "creationDateTime": now,
    })
    facts = [f"{label.capitalize()}: {value}" for label, value in bundle.dates]
    facts += [v for v in (article.place, article.source, article.url) if v]
    if facts:
        ET.SubElement(source, "Description").text = _xml_text("\n".join(facts))
    for sel in _selections(bundle, mapping):
        created = min((_datetime(p.created, now) for p in sel.passages), default=now)
        quote = text[sel.start:sel.end].strip()
        element = ET.SubElement(source, "PlainTextSelection", {
            "guid": new_guid(),
            "name": _xml_text(quote if len(quote) <= 80 else quote[:79].rstrip() + "…"),
            "startPosition": str(sel.start), "endPosition": str(sel.end),
            "creatingUser": user, "creationDateTime": created,
        })
        description = _description(bundle, sel.passages)
        if description:
            ET.SubElement(element, "Description").text = description
        for theme_id in dict.fromkeys(p.theme_id for p in sel.passages):
            coding = ET.SubElement(element, "Coding", {
                "guid": new_guid(), "creatingUser": user, "creationDateTime": created,
            })
            ET.SubElement(coding, "CodeRef", {"targetGUID": code_guids[theme_id]})

    notes: list[tuple[str, str]] = []
    if bundle.memo.strip():
        notes.append((f"Memo: {title}", bundle.memo.strip()))
    orphans = _orphan_note(bundle)
    if orphans:
        notes.append((f"Highlights no longer found in the text: {title}", orphans))
    note_guids = []
    if notes:
        notes_element = ET.Element("Notes")
        for name, body in notes:
            note_guid, file_guid = new_guid(), new_guid()
            note_guids.append(note_guid)
            files[f"sources/{file_guid}.txt"] = clean_source(body)[0]
            ET.SubElement(notes_element, "Note", {
                "guid": note_guid, "name": _xml_text(name),
                "plainTextPath": f"internal://{file_guid}.txt",
                "creatingUser": user, "creationDateTime": now,
            })
        for note_guid in note_guids:
            # Ties the memo to the article for tools that read NoteRef (QualCoder does not).
            ET.SubElement(source, "NoteRef", {"targetGUID": note_guid})
        root.append(notes_element)
    ET.SubElement(root, "Description").text = _xml_text(
        f"Exported from Parley {__version__} on {now}: the article “{article.title}” "
        "with its theme highlights and notes."
    )

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", _serialise(root))
        for name, body in files.items():
            # UTF-8 without BOM, LF only: the offsets count code points of exactly this text.
            archive.writestr(name, body.encode("utf-8"))
    return buffer.getvalue()


# --- import -------------------------------------------------------------------------------

def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if not slug or not slug[0].isalpha():
        slug = f"theme-{slug}" if slug else "theme"
    return slug[:40].rstrip("-")


def _unique_id(wanted: str, taken: set[str]) -> str:
    candidate, n = wanted, 2
    while candidate in taken:
        suffix = f"-{n}"
        candidate, n = wanted[:40 - len(suffix)] + suffix, n + 1
    taken.add(candidate)
    return candidate


def _color(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    short = _SHORT_HEX.match(value)
    if short:
        value = "#" + "".join(c * 2 for c in short.group(1))
    return value.lower() if re.match(r"^#[0-9a-fA-F]{6}$", value) else None


def _codable(code: ET.Element) -> Iterable[ET.Element]:
    """Codable codes depth first; folders (isCodable=false) only group their children."""
    for child in code:
        if _local(child.tag) != "Code":
            continue
        if child.get("isCodable", "true").strip().lower() in ("true", "1"):
            yield child
        yield from _codable(child)


def _read_xml(data: bytes, origin: str) -> ET.Element:
    if data[:4] == b"PK\x03\x04":  # a .qdpx: take the codebook of its project
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                data = archive.read("project.qde")
        except (zipfile.BadZipFile, KeyError) as exc:
            raise CodebookError(f"{origin} is not a readable REFI-QDA project: {exc}") from None
    # No DTDs: a codebook needs none, and refusing them rules out entity-expansion bombs.
    if b"<!DOCTYPE" in data[:4096].upper():
        raise CodebookError(f"{origin}: document type declarations are not accepted.")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise CodebookError(f"{origin} is not well-formed XML: {exc}") from None


def codebook_from_qdc(data: bytes, base: Codebook | None = None,
                      origin: str = "codebook") -> Codebook:
    """A Codebook from .qdc bytes (or a .qdpx project's codebook).

    REFI codes carry a name, colour and description but no matching rules: a code whose
    name matches a theme of `base` keeps that theme's id and rules, so a codebook that went
    out to another tool and came back still finds what it found before. Other codes become
    themes for manual highlighting.
    """
    root = _read_xml(data, origin)
    if _local(root.tag) == "Project":
        root = next((c for c in root if _local(c.tag) == "CodeBook"), ET.Element("CodeBook"))
    if _local(root.tag) != "CodeBook":
        raise CodebookError(f"{origin}: expected a REFI-QDA CodeBook, found <{_local(root.tag)}>.")
    codes = next((c for c in root if _local(c.tag) == "Codes"), None)
    found = list(_codable(codes)) if codes is not None else []
    if not found:
        raise CodebookError(f"{origin} has no codable codes to turn into themes.")
    by_name = {t.name.casefold(): t for t in (base.themes if base else ())}
    names = [(code.get("name") or "").strip() or f"Code {n + 1}" for n, code in enumerate(found)]
    # Ids of matched themes are reserved first, so a new code's slug never takes one.
    matched: dict[int, Theme] = {}
    for n, name in enumerate(names):
        known = by_name.get(name.casefold())
        if known is not None and known.id not in {t.id for t in matched.values()}:
            matched[n] = known
    taken = {t.id for t in matched.values()}
    themes = []
    for n, code in enumerate(found):
        name = names[n]
        description = next((c.text or "" for c in code if _local(c.tag) == "Description"), "")
        color = _color(code.get("color"))
        known = matched.get(n)
        if known is not None:
            theme = {
                "id": known.id, "name": name, "description": description.strip(),
                "color": color or known.color, "terms": list(known.terms),
                "exclude": list(known.exclude), "patterns": list(known.patterns),
                # The dark-mode colour follows only if the colour was not changed elsewhere.
                "color_dark": known.color_dark if (color or known.color) == known.color
                else (color or known.color),
            }
        else:
            theme = {
                "id": _unique_id(_slug(name), taken), "name": name,
                "description": description.strip(),
                "color": color or _FALLBACK_COLORS[n % len(_FALLBACK_COLORS)],
            }
        themes.append(theme)
    name = base.name if base else f"Imported from {origin}"
    return codebook_from_dict({"name": name, "version": 1, "themes": themes}, origin=origin)


def load_qdc(path: str | Path, base: Codebook | None = None) -> Codebook:
    """Read a .qdc (or .qdpx) file as a Codebook; CodebookError says what is wrong."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CodebookError(f"{path.name} cannot be read: {exc.strerror or exc}") from None
    return codebook_from_qdc(data, base=base, origin=path.name)

