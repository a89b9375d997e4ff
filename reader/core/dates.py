"""Dates a statement gives and what they are: when it was released, when the meeting was held."""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from reader.core.lazy_regex import lazy_compile
from reader.core.records import DateMention
from reader.core.scan import matches_at, starts_of

_MONTHS = {m: n for n, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_SHORT = {m[:3]: n for m, n in _MONTHS.items()} | {"sept": 9}
_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October"
          r"|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?"
          r"|Nov\.?|Dec\.?)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_RANGE = r"(?:\s*(?:-|–|—|to|and)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    # July 15-16, 2021 / August 11, 2023 / July 27
    # The leading lookaheads let the engine skip to candidate characters (faster scans).
    lazy_compile(rf"(?=[ADFJMNOS])\b{_MONTH}\s+{_DAY}{_RANGE}(?:,?\s+{_YEAR})?\b(?!\s*(?:%|percent))"),
    # 22 July 2021 / 7-8 July, 2022
    lazy_compile(rf"(?=\d)\b{_DAY}{_RANGE}\s+{_MONTH}(?:,?\s+{_YEAR})?\b"),
    # 2023-08-11
    lazy_compile(r"(?=[12])\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b"),
]
# Where the patterns can begin: a month name opens with one of these, a day or an ISO date
# at the start of a run of digits. The patterns open with a lookahead, which makes the
# regex engine try every position of the text; these open with what it skips to directly.
_MONTH_START = lazy_compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_DIGIT_RUN = lazy_compile(r"\d+")
_RELEASED = lazy_compile(
    r"\b(?:released|issued|published|dated|posted|announced|statement|communiqu[eé]|said"
    r"|adopted)\b", re.IGNORECASE)
_MEETING = lazy_compile(
    r"\b(?:met|meet|meeting|held|hold|holding|holds|convened|session|conference|talks"
    r"|summit|visit|visited|gathered|took place|dialogue|consultations|round)\b",
    re.IGNORECASE)


def _month(word: str) -> int:
    w = word.lower().rstrip(".")
    return _MONTHS.get(w) or _SHORT[w[:4] if w.startswith("sept") else w[:3]]


def _role(text: str, start: int, end: int) -> str:
    """Released (the statement's own date), meeting (when they met) or other, from the
    words nearest the date within its paragraph."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    before = text[max(para_start, start - 250):start]
    after = text[end:min(para_end, end + 60)]
    if re.search(r"(?:released|issued|published|dated|posted)\s+(?:on\s+)?$", before,
                 re.IGNORECASE):
        return "released"
    if _MEETING.search(before) or _MEETING.search(after):
        return "meeting"
    if _RELEASED.search(before) or _RELEASED.search(after):
        return "released"
    return "other"


def find_dates(text: str, default_year: int | None = None) -> list[DateMention]:
    """Every date in text order; a date without a year takes the year of the nearest one."""
    raw = []
    taken = bytearray(len(text))  # 1 where an earlier pattern already found a date
    digit_runs = starts_of(_DIGIT_RUN, text)
    starts = [starts_of(_MONTH_START, text), digit_runs, digit_runs]
    for pattern, candidates in zip(_PATTERNS, starts, strict=True):
        for m in matches_at(pattern, text, candidates):
            if any(taken[m.start():m.end()]):
                continue
            gd = m.groupdict()
            try:
                if gd.get("iso"):
                    y, mo, d = (int(x) for x in gd["iso"].split("-"))
                    value = date(y, mo, d)
                    raw.append((m.start(), m.end(), y, mo, d, None))
                else:
                    mo, d = _month(gd["month"]), int(gd["day"])
                    y = int(gd["year"]) if gd.get("year") else None
                    d2 = int(gd["day2"]) if gd.get("day2") else None
                    date(y or 2000, mo, d)  # validates day and month
                    raw.append((m.start(), m.end(), y, mo, d, d2))
            except (ValueError, KeyError):
                continue
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    raw.sort()
    years = [(s, y) for s, _, y, *_ in raw if y]
    year_starts = [s for s, _ in years]
    out = []
    for s, e, y, mo, d, d2 in raw:
        inferred = y is None
        if inferred:
            if years:
                # The nearest dated mention, before or after (bisect keeps this linear).
                k = bisect_left(year_starts, s)
                near = [years[x] for x in (k - 1, k) if 0 <= x < len(years)]
                y = min(near, key=lambda sy, s=s: abs(sy[0] - s))[1]
            elif default_year:
                y = default_year
            else:
                continue
        try:
            value = date(y, mo, d)
            end_value = date(y, mo, d2).isoformat() if d2 and d2 > d else None
        except ValueError:
            continue
        out.append(DateMention(value.isoformat(), end_value, text[s:e], s, e,
                               _role(text, s, e), inferred))
    return out
