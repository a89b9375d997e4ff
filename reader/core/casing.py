"""Read a text set in capitals as if it were in ordinary case.

Some communiqués are published all in capitals ("THE EAST AFRICAN COMMUNITY HEADS OF STATE,
THEIR EXCELLENCIES PRESIDENT UHURU MUIGAI KENYATTA OF THE REPUBLIC OF KENYA; …"). The
extractors find names by their capitals, so in such a text every word looks like a name.
`reading_case` gives a copy in which each line set in capitals is recased the way a person
would write it: the words of known names (countries, bodies), titles and honorifics, and the
names that follow a title or honorific, capitalised; short acronyms kept; every other word in
lower case. The copy is recased letter for letter, so every offset in it is the same offset in
the original and spans found in the copy are spans of the original text.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from reader.core.lazy_regex import lazy_compile
from reader.core.stance import FORMS

# Verb forms of the stance lexicon ("welcomed", "expressed"): never part of a name.
_VERB_FORMS = frozenset(FORMS)

# A line counts as set in capitals when this share of its letters are capitals and it has
# enough of them to tell (a heading "UN" or "G7" is not a text in capitals).
_CAPITALS_SHARE = 0.8
_MIN_LETTERS = 20
# Title words and honorifics: capitalised, and the words after them are a name.
_TITLE_WORDS = {
    "president", "vice", "minister", "prime", "secretary", "general", "deputy", "ambassador",
    "king", "queen", "prince", "emir", "sheikh", "sultan", "chairman", "chairperson", "chair",
    "commissioner", "envoy", "representative", "governor", "senator", "premier", "chancellor",
    "director", "excellency", "excellencies", "highness", "majesty", "speaker",
}
_HONORIFICS = {"mr", "mrs", "ms", "dr", "hon", "prof", "sir", "he", "hm", "hrh", "rt"}
# The words of a title's portfolio ("FOR FOREIGN AFFAIRS", "OF STATE FOR TRADE"): capitalised
# after a title word, as titles are written.
_PORTFOLIO_WORDS = {
    "foreign", "affairs", "defence", "defense", "trade", "finance", "interior", "state",
    "international", "cooperation", "community", "economic", "development", "security",
    "justice", "health", "education", "energy", "environment", "industry", "commerce",
    "investment", "relations", "integration", "planning", "external", "home", "national",
    "regional", "african", "european", "american", "asian", "east", "west", "north", "south",
    "central", "general", "political", "public", "legal", "peace", "humanitarian",
}
# Particles inside a name ("AL", "BIN", "DE"): lower case, but the name goes on.
_PARTICLES = {"de", "la", "du", "des", "da", "do", "dos", "das", "del", "van", "von", "bin",
              "al"}
# Joining words of names and titles, and the particles: lower case.
_LINKING = {"of", "the", "and", "for", "on", "in", "at", "to", "by", "with", "from", "a", "an",
            "or", "as"} | _PARTICLES
_MONTHS_AND_DAYS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
}
# Common words of up to three letters, which are not acronyms.
_SHORT_WORDS = {
    "was", "met", "his", "her", "who", "has", "had", "are", "its", "all", "new", "one", "two",
    "six", "ten", "may", "can", "per", "not", "but", "our", "out", "own", "off", "any", "few",
    "far", "yet", "nor", "via", "due", "key", "top", "end", "is", "it", "be", "we", "us", "he",
    "she", "him", "set", "see", "saw", "put", "let", "got", "age", "way", "day", "law", "war",
    "aid", "sea", "air", "oil", "gas", "job", "low", "old", "big", "ago", "now", "too", "how",
    "why", "so", "no", "if", "up", "ask", "use", "say", "run", "led", "won", "lay",
}
# A word: letters and the combining marks that belong to them ("E\u0301MILE").
_WORD = lazy_compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
# Six words in capitals in a row: a line set in capitals has them, ordinary text rarely. A
# quick filter: letters outside the common lower-case ranges count as capitals ("İ", "Ğ");
# each candidate line is then tested exactly (_in_capitals).
_UPPER = r"[^\W\d_a-zß-öø-ÿ]"
# (Tried only where a run of capitals begins, and never given back: a word of thousands of
# capitals was tried from each of its letters, back over the rest of it, 22 s at 30 KB.)
_CAPITALS_RUN = lazy_compile(rf"(?={_UPPER})(?<!{_UPPER}){_UPPER}{{2,}}+"
                           rf"(?:[^\w\n]++{_UPPER}(?:{_UPPER}|\d)++){{5}}")
_NAME_BREAK = lazy_compile(r"[,;:()]|\.\s")
# A full stop after an initial or an honorific ("H.E. ", "HON. ", "DR. ") ends no name.
_AFTER_INITIAL = lazy_compile(r"(?:\b[A-Za-z]|\b(?i:mr|mrs|ms|dr|hon|prof|rt))\.\s+$")
_THE_BEFORE = lazy_compile(r"\b(?i:the)\s+$")
_SENTENCE_OPENING = lazy_compile(r"(?:^|[.!?]\s+|\n)(?:\d+\.\s+)?\W*$")
_NAME_LENGTH = 5  # words of a name after a title or honorific
# Both tests look back a few characters only (a whole line each time was quadratic).
_LOOK_BACK = 24


def reading_case(text: str, find_names: Callable[[str], Iterable[tuple[int, int]]] | None = None,
                 ) -> str:
    """`text` with each line set in capitals (and holding a run of six words in capitals)
    recased; the same length, offset for offset.
    `find_names` gives the spans of known names (countries, bodies) in a line written with
    every word capitalised; their words keep their capitals."""
    # A quick scan first: most texts have no run of words in capitals at all (a regex over
    # 1 MB costs a few milliseconds; counting the letters of every line, ~80 ms).
    if _CAPITALS_RUN.search(text) is None:
        return text
    lines = text.split("\n")
    if not any(_in_capitals(line) for line in lines):
        return text
    return "\n".join(_recased(line, find_names) if _in_capitals(line) else line
                     for line in lines)


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return False
    return sum(c.isupper() for c in letters) >= _CAPITALS_SHARE * len(letters)


def _recased(line: str, find_names: Callable[[str], Iterable[tuple[int, int]]] | None) -> str:
    words = list(_WORD.finditer(line))
    # Which words belong to a known name: look for names in the line written in title case.
    titled = _with_words(line, words, lambda w, _: w if len(w) == 1 else capitalised(w))
    in_name = bytearray(len(line))
    for start, end in find_names(titled) if find_names else ():
        in_name[start:end] = b"\x01" * (end - start)
    name_left = 0  # words still to capitalise as a person's name after a title or honorific
    in_title = False  # inside a title's portfolio: "MINISTER FOR FOREIGN AFFAIRS"

    def recase(word: str, m: re.Match[str]) -> str:
        nonlocal name_left, in_title
        low = word.lower()
        start = m.start()
        before = line[max(0, start - 3):start]
        if _NAME_BREAK.search(before) and \
                not _AFTER_INITIAL.search(line, max(0, start - _LOOK_BACK), start):
            name_left = 0
            in_title = False
        if in_title and word.isupper() and low in _PORTFOLIO_WORDS:
            return capitalised(word)  # "Minister for Foreign Affairs"
        if low not in _LINKING:
            in_title = low in _TITLE_WORDS
        if not word.isupper():
            return word  # mixed case already
        if start and line[start - 1].isdigit():
            return _lowered(word)  # "18TH", "22ND"
        opening = start == 0 or \
            _SENTENCE_OPENING.search(line, max(0, start - _LOOK_BACK), start) is not None
        if low in _LINKING:
            if low not in _PARTICLES:
                name_left = 0  # "PRESIDENT X OF Y": the name ends before "of"
            return capitalised(word) if opening else _lowered(word)
        if low in _TITLE_WORDS or low in _HONORIFICS or len(word) == 1:
            # "PRESIDENT", "HON.", "H.E.": a name follows; not after "THE" ("THE PRESIDENT
            # WELCOMED …": a title standing alone).
            bare = low in _TITLE_WORDS and _THE_BEFORE.search(line, max(0, start - 5), start)
            name_left = 0 if bare else _NAME_LENGTH
            return word if len(word) == 1 else capitalised(word)
        if name_left and (low in _SHORT_WORDS or low in _VERB_FORMS):
            name_left = 0  # "… HASSAN WHO WAS …", "… KENYATTA WELCOMED …": the name has ended
        if name_left or in_name[m.start()] or opening or low in _MONTHS_AND_DAYS:
            name_left = max(0, name_left - 1)
            return capitalised(word)
        if len(word) <= 3 and low not in _SHORT_WORDS:
            return word  # "EAC", "UN", "DRC": an acronym, as written
        return _lowered(word)

    return _with_words(line, words, recase)


def _with_words(line: str, words: list[re.Match[str]],
                change: Callable[[str, re.Match[str]], str]) -> str:
    out: list[str] = []
    cursor = 0
    for m in words:
        out.append(line[cursor:m.start()])
        out.append(change(m.group(), m))
        cursor = m.end()
    out.append(line[cursor:])
    return "".join(out)


def capitalised(word: str) -> str:
    """First letter kept, the rest in lower case, letter for letter (lengths unchanged; also
    used by people.py for names written in capitals)."""
    return word[0] + _lowered(word[1:])


def _lowered(word: str) -> str:
    """In lower case letter for letter: a letter whose lower case is longer ("İ") stays."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)
