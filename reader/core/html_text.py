"""Extract the readable text and metadata of an HTML page (scripts, styles and chrome dropped)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Elements whose content is never article text.
_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
         "form", "button", "select", "iframe", "object", "canvas", "head"}
# Elements that end a paragraph: their text becomes its own block.
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
          "blockquote", "figure", "figcaption", "table", "tr", "ul", "ol", "dl", "dt", "dd",
          "pre", "address", "li", "br", "hr"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source",
         "track", "wbr", "param"}


@dataclass
class HtmlDocument:
    """What an HTML page yields: the title, metadata from <meta>, and the body text."""

    title: str | None = None
    text: str = ""
    meta: dict[str, str] = field(default_factory=dict)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.stack: list[str] = []
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.title_parts: list[str] = []
        self.in_title = False
        self.h1: str | None = None
        self.in_h1 = False
        self.h1_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.main_blocks: list[str] | None = None
        self.main_depth: int | None = None

    def _flush(self) -> None:
        line = re.sub(r"[ \t\r\n\f\v]+", " ", "".join(self.current)).strip()
        if line:
            self.blocks.append(line)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"].strip())
            return
        if tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
            return
        if tag == "title":
            self.in_title = True
        if tag in _SKIP and tag != "head":
            self.skip_depth += 1
        if tag not in _VOID:
            self.stack.append(tag)
        if tag in ("article", "main") and self.main_depth is None:
            self._flush()
            self.main_depth = len(self.stack)
            self.main_start = len(self.blocks)
        if tag in _BLOCK:
            self._flush()
        if tag == "li" and not self.skip_depth:
            self.current.append("• ")
        if tag == "h1" and self.h1 is None:
            self.in_h1 = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "h1" and self.in_h1:
            self.in_h1 = False
            self.h1 = " ".join("".join(self.h1_parts).split()) or None
        if tag in _BLOCK:
            self._flush()
        if tag in self.stack:
            # Close up to the matching tag: browsers forgive unclosed tags and so do we.
            while self.stack:
                closed = self.stack.pop()
                if closed in _SKIP and closed != "head":
                    self.skip_depth = max(0, self.skip_depth - 1)
                if closed in ("article", "main") and self.main_depth == len(self.stack) + 1:
                    self._flush()
                    if self.main_blocks is None:
                        self.main_blocks = self.blocks[self.main_start:]
                if closed == tag:
                    break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1_parts.append(data)
        self.current.append(data)


def extract_html(source: str) -> HtmlDocument:
    """Parse HTML source into title, metadata and paragraph text separated by blank lines.

    When the page marks its content with <article> or <main>, only that is kept; otherwise
    every block outside the page chrome is.
    """
    parser = _Extractor()
    parser.feed(source)
    parser.close()
    parser._flush()
    blocks = parser.main_blocks if parser.main_blocks else parser.blocks
    title = (
        parser.meta.get("og:title")
        or " ".join("".join(parser.title_parts).split())
        or parser.h1
    )
    # The page title usually repeats as the first heading of the body: drop the duplicate.
    if blocks and title and blocks[0] == (parser.h1 or title):
        blocks = blocks[1:]
    return HtmlDocument(title=title or None, text="\n\n".join(blocks), meta=parser.meta)
