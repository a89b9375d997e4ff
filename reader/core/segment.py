"""Split an article's text into reading units: sentences, list items, lead-ins and headings.

Rules written for diplomatic prose: abbreviations with inner periods ("U.S.", "U.N."),
titles ("Mr.", "No."), initials, curly quotes closing a sentence (`drugs.”`), a quoted
speech of several sentences split at each (not at "Mr." or a lone word inside it), a
paragraph that ends without a full stop, "• " list items each
their own unit, and short unpunctuated lines as headings.
"""
from __future__ import annotations

from dataclasses import dataclass

from reader.core.lazy_regex import lazy_compile

BULLETS = "•·▪‣◦●○■□–—*-"
# A list item starts a line with a bullet, a dash, or a number or letter: "1." "2)" "(a)"
# "b)" "(iv)". One or two digits only, so a year opening a line is not taken for one.
_BULLET_LINE = lazy_compile(
    r"^[ \t]*([•·▪‣◦●○■□]|[-*–—](?=[ \t])|\(?\d{1,2}[.)](?=[ \t])|\(?[a-z][.)](?=[ \t])"
    r"|\([a-z]\)(?=[ \t])|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)(?=[ \t]))[ \t]*"
)
_SPACE_OR_TAB = " \t"


def _inline_bullets(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of " • " (spaces or tabs on both sides) in text[start:end], in order. Found
    from each "•" outwards: a pattern [ \t]+•[ \t]+ tried at every blank of a long run of
    them with no bullet was quadratic (7 s on 50 KB of tabs)."""
    spans: list[tuple[int, int]] = []
    floor = start
    pos = text.find("•", start, end)
    while pos != -1:
        before = pos
        while before > floor and text[before - 1] in _SPACE_OR_TAB:
            before -= 1
        after = pos + 1
        while after < end and text[after] in _SPACE_OR_TAB:
            after += 1
        if before < pos and after > pos + 1:
            spans.append((before, after))
            floor = after
        pos = text.find("•", pos + 1, end)
    return spans
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "gen", "lt", "col", "maj", "capt",
    "sen", "rep", "amb", "gov", "pres", "hon", "rev", "jr", "sr", "inc", "ltd", "co", "corp",
    "vs", "e.g", "i.e", "cf", "approx", "art", "para", "vol", "pp", "p", "fig", "dept",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "est", "ca", "ed", "eds", "al", "h.e", "excl", "incl", "min", "shri", "smt", "rt",
}
_OPENING_QUOTES = "“‘"
_CLOSING_QUOTES = "”’"


@dataclass(frozen=True)
class Segment:
    """A reading unit: [start, end) in the article text; kind says what it is."""

    start: int
    end: int
    kind: str  # "sentence" | "item" | "lead-in" | "heading"
    block: int = 0  # index of the paragraph or list item the unit belongs to


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """Paragraphs and list items as (start, end, is_item); blank lines separate paragraphs."""
    blocks: list[tuple[int, int, bool]] = []
    start: int | None = None
    is_item = False
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start, pos = pos, pos + len(line)
        content = line.rstrip("\n")
        if not content.strip():
            if start is not None:
                blocks.append((start, line_start, is_item))
                start = None
            continue
        bullet = _BULLET_LINE.match(content)
        if bullet:
            if start is not None:
                blocks.append((start, line_start, is_item))
            start, is_item = line_start + bullet.end(), True
        elif start is None:
            start, is_item = line_start, False
    if start is not None:
        blocks.append((start, len(text), is_item))
    blocks = _unmarked_items(text, blocks)
    # A bullet written inline ("… including to: • Modernize …") also starts an item.
    out: list[tuple[int, int, bool]] = []
    for b_start, b_end, item in blocks:
        cursor = b_start
        for bullet_start, bullet_end in _inline_bullets(text, b_start, b_end):
            out.append((cursor, bullet_start, item))
            cursor, item = bullet_end, True
        out.append((cursor, b_end, item))
    return out


# A clause of a list written one per line with no bullet: it ends as a list item does.
# Each clause but the last ends with a semicolon (or "; and"); the last may end the sentence.
_CLAUSE_END = lazy_compile(r"(?:;|[;,][ \t]+(?:and|or))[ \t]*$")
_LAST_CLAUSE_END = lazy_compile(r"[;.][ \t]*$")


def _clause_lines(lines: list[str]) -> bool:
    return all(len(line.split()) >= 4 for line in lines) and \
        all(_CLAUSE_END.search(line) for line in lines[:-1]) and \
        _LAST_CLAUSE_END.search(lines[-1]) is not None


def _unmarked_items(text: str,
                    blocks: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Lines after a lead-in that end as a list's clauses do, with no bullet: "… declare
    their commitment to:" then "Improve mutually beneficial cooperation …;" on one line,
    "Enhance a favorable business climate …;" on the next. Each line is an item (text
    pasted from a PDF or a web page loses its bullets). The lead-in may end the block before
    or the line before, in the same block; the items may be one block or one block each."""
    out: list[tuple[int, int, bool]] = []
    block_lines = [_lines(text, a, b) for a, b, _ in blocks]
    n = 0
    while n < len(blocks):
        b_start, b_end, item = blocks[n]
        after_colon = n > 0 and text[blocks[n - 1][0]:blocks[n - 1][1]].rstrip().endswith(":")
        lines = block_lines[n]
        if not item and after_colon and len(lines) == 1:
            # one clause per block: the run of one-line blocks that follows the lead-in
            run = n
            while run < len(blocks) and not blocks[run][2] and len(block_lines[run]) == 1:
                run += 1
            spans = [block_lines[k][0] for k in range(n, run)]
            if len(spans) >= 2 and _clause_lines([text[a:b] for a, b in spans]):
                out += [(a, b, True) for a, b in spans]
                n = run
                continue
        # where the items begin: the block's start after a lead-in block, or after a line
        # of the block that ends with a colon
        first = 0 if after_colon else next(
            (k + 1 for k, (a, b) in enumerate(lines[:-2]) if text[a:b].rstrip().endswith(":")),
            None)
        items = lines[first:] if first is not None else []
        if not item and len(items) >= 2 and _clause_lines([text[a:b] for a, b in items]):
            if first:
                out.append((b_start, items[0][0], False))
            out += [(a, b, True) for a, b in items]
        else:
            out.append((b_start, b_end, item))
        n += 1
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-blank lines of text[start:end], as spans without their line breaks."""
    out, pos = [], start
    for line in text[start:end].splitlines(keepends=True):
        stripped = line.rstrip("\n")
        if stripped.strip():
            out.append((pos, pos + len(stripped)))
        pos += len(line)
    return out


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the period at `dot` part of an abbreviation rather than the end of a sentence?"""
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    if not word:
        return False
    if "." in word:  # U.S, U.N, e.g: letters with inner periods
        return True
    if len(word) == 1 and word.isupper():  # an initial: "George W. Bush"
        return True
    return word.lower() in _ABBREVIATIONS


def _next_starts_sentence(text: str, pos: int, end: int) -> bool:
    while pos < end and text[pos].isspace():
        pos += 1
    if pos >= end:
        return False
    ch = text[pos]
    return ch.isupper() or ch.isdigit() or ch in "“‘\"'(•[" or not ch.isalpha()


# The only characters that change the splitter's state: quotes and terminal punctuation
# (with the closing marks that may follow it). Scanning for them alone keeps the loop in C.
_EVENT = lazy_compile(r"[“‘”’\"]|[.!?…]+[”\"’')\]]*")


def _straight_quote(depth: int, straight_open: bool) -> tuple[int, bool]:
    """The state after a straight double quote. Inside a curly quotation it closes that
    one: news copy mixes the two ('“We will continue …," he added'), and read as opening
    a new quotation it would keep the rest of the paragraph from ever ending a sentence."""
    if depth and not straight_open:
        return depth - 1, False
    return depth, not straight_open


# The next sentence in sentence case: a capitalised word, then two in lower case (a quoted
# title in title case, "“Regional Connectivity. Challenges and Opportunities”", goes on).
_QUOTED_NEXT = lazy_compile(r"\s+[A-Z][a-z’']*\s+[a-z][a-z’']*[ \t]+[a-z]")


def _quoted_sentence_ends(text: str, token: str, stop: int, end: int) -> bool:
    """Inside a quotation, does a sentence end here? A full stop, "!" or "?" then a
    capitalised word and a lower-case one ('"We expressed our concern. The rise in violence
    must stop. We called on …"'), as a quoted speech of several sentences has. Each is a
    sentence of its own for the reader, as for annotators; a quoted title is not split."""
    return token[0] in ".!?" and len(token) == 1 and _QUOTED_NEXT.match(text, stop, end) is not None


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    depth = 0  # open curly quotations; no sentence ends inside one
    straight_open = False
    for m in _EVENT.finditer(text, start, end):
        token = m.group()
        ch = token[0]
        if ch in _OPENING_QUOTES:
            depth += 1
            continue
        if ch == "’":
            # An apostrophe inside a word ("Afghanistan’s") is not a closing quote.
            if depth and not (text[m.start() - 1 : m.start()].isalpha()
                              and text[m.end() : m.end() + 1].isalpha()):
                depth -= 1
            continue
        if ch == "”":
            depth = max(0, depth - 1)
            continue
        if ch == '"':
            depth, straight_open = _straight_quote(depth, straight_open)
            continue
        # Terminal punctuation; quotes it carries close before we judge the boundary.
        depth = max(0, depth - token.count("”"))
        if token.count('"') % 2:
            depth, straight_open = _straight_quote(depth, straight_open)
        stop = m.end()
        quoted = depth > 0 or straight_open
        if (
            stop < end
            and text[stop].isspace()
            and (not quoted or _quoted_sentence_ends(text, token, stop, end))
            and not (ch == "." and len(token.rstrip("”\"’')]")) == 1
                     and _is_abbreviation(text, m.start()))
            and _next_starts_sentence(text, stop, end)
        ):
            spans.append((cursor, stop))
            cursor = stop
    spans.append((cursor, end))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(text: str) -> list[Segment]:
    """Reading units of `text` in order; offsets are code-point indices, end exclusive."""
    segments: list[Segment] = []
    blocks = _blocks(text)
    for index, (b_start, b_end, is_item) in enumerate(blocks):
        b_start, b_end = _trim(text, b_start, b_end)
        if b_start == b_end:
            continue
        block = text[b_start:b_end]
        next_is_item = index + 1 < len(blocks) and blocks[index + 1][2]
        pieces = [_trim(text, s, e) for s, e in _split_block(text, b_start, b_end)]
        pieces = [(s, e) for s, e in pieces if s < e]
        for n, (s, e) in enumerate(pieces):
            last = n == len(pieces) - 1
            kind = "item" if is_item else "sentence"
            if last and text[e - 1] == ":" and next_is_item:
                kind = "lead-in"
            elif not is_item and len(pieces) == 1 and _looks_like_heading(block):
                kind = "heading"
            segments.append(Segment(s, e, kind, index))
    return segments


def _looks_like_heading(block: str) -> bool:
    """A short single line with no closing punctuation reads as a heading."""
    if "\n" in block.strip():
        return False
    words = block.split()
    return 0 < len(words) <= 12 and block.rstrip()[-1] not in ".!?;:,”\"’)"
