"""Turn the bytes of an article file into text: BOMs, UTF-8, a legacy fallback, newlines."""
from __future__ import annotations

import codecs

from reader.core.errors import ArticleError

# Signatures of formats people drop on a reader by mistake; named so the error can say
# what the file is instead of "binary".
_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx, .epub or .qdpx?)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
]


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    # Text never holds NUL bytes once UTF-16 (which has a BOM here) is set aside.
    if b"\x00" in data[:65536]:
        return "binary data"
    return None


def decode_bytes(data: bytes, name: str) -> str:
    """Decode article bytes; raise ArticleError with a specific reason when they are not text.

    Order: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8; otherwise
    Windows-1252, the legacy single-byte encoding most such files use. Bytes that none of
    these can read are reported with their position.
    """
    if data.startswith(codecs.BOM_UTF8):
        encoding, payload = "utf-8", data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, payload = "utf-16", data
    else:
        kind = _binary_kind(data)
        if kind:
            raise ArticleError(
                f"{name} is {kind}, not text. Parley opens .txt, .md and .html files."
            )
        encoding, payload = "utf-8", data
    try:
        text = payload.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding != "utf-8" or data.startswith(codecs.BOM_UTF8):
            raise ArticleError(
                f"{name} says it is {encoding.upper()} but byte {exc.start} cannot be read as such."
            ) from None
        try:
            text = payload.decode("cp1252")
        except UnicodeDecodeError as exc2:
            raise ArticleError(
                f"{name} is neither UTF-8 nor Windows-1252 text: byte 0x{payload[exc2.start]:02x} "
                f"at position {exc2.start} cannot be decoded. Save it as UTF-8 and open it again."
            ) from None
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so every offset counts one character per line break."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_like_text(text: str) -> bool:
    """False when decoded text is mostly control characters (binary that slipped through)."""
    sample = text[:65536]
    if not sample:
        return True
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\t\f\v")
    return controls / len(sample) < 0.05
