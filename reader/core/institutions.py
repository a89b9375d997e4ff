"""Find names of institutions ("Narcotics Control Bureau", "UN Security Council").

A theme word inside such a name names the body, not the topic: "Security" in "UN Security
Council" does not make a sentence about security. The theme analysis uses the spans found
here to discount those words, while the head noun itself ("Council", "Working Group") may
still count for a theme such as cooperation.
"""
from __future__ import annotations

import re

from reader.core.lazy_regex import lazy_compile

_HEADS = (
    "Bureau|Working Group|Council|Department|Ministry|Agency|Office|Commission|Committee|"
    "Administration|Organi[sz]ation|Conference|Forum|Institute|Fund|Programme|Program|"
    "Initiative|Court|Tribunal|Mission|Centre|Center|Group|Service|Directorate|Authority|"
    "Coalition|Board|Task Force|Secretariat|Parliament|Assembly|Bank|Union|Alliance|Policy|"
    "Minister|Ministers|Administration"
)
_HEAD = lazy_compile(rf"\b(?:{_HEADS})\b")
# Words that may sit inside a name without capitals: "Department of Homeland Security".
_CONNECTORS = {"of", "for", "on", "the", "de", "to", "against"}
_WORD_BEFORE = lazy_compile(r"([\w.’'+\-]+)[ \t]+$")
# "of/for/on ..." with capitalised words, which may be listed: "Bureau of Alcohol, Tobacco,
# Firearms and Explosives".
_TAIL = lazy_compile(
    r"[ \t]+(?:of|for|on|against)(?:[ \t]+the)?"
    r"(?:[ \t]+[A-Z][\w’'\-]*(?!\w)(?!\.[A-Za-z]))+"
    r"(?:(?:,|[ \t]+and)(?:[ \t]+[A-Z][\w’'\-]*(?![.\w]))+)*"
)
_MAX_WORDS = 8


def _is_name_word(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def institution_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(name_start, head_start, head_end, name_end) for each institution name in `text`.

    A name is a head noun from the list above with at least one capitalised word before
    it ("Narcotics Control Bureau") or a capitalised "of ..." tail after it ("Department of
    Homeland Security").
    """
    spans: list[tuple[int, int, int, int]] = []
    for head in _HEAD.finditer(text):
        start = head.start()
        words = 0
        cursor = start
        while words < _MAX_WORDS:
            m = _WORD_BEFORE.search(text, max(0, cursor - 40), cursor)
            if not m:
                break
            word = m.group(1)
            if _HEAD.fullmatch(word):
                break  # another institution's head: "… Security and U.S. Department"
            if word.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", word):
                break  # the end of the previous sentence, not an abbreviation like "U.S."
            if _is_name_word(word) and word.lower() not in _CONNECTORS:
                start = cursor = m.start(1)
                words += 1
            elif (word.lower() in _CONNECTORS or word == "and") and words:
                # A lowercase connector only counts if a capitalised word precedes it.
                prev = _WORD_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1))
                if prev and _is_name_word(prev.group(1)):
                    cursor = m.start(1)
                    continue
                break
            else:
                break
        tail = _TAIL.match(text, head.end())
        end = tail.end() if tail else head.end()
        if start < head.start() or end > head.end():
            spans.append((start, head.start(), head.end(), end))
    return spans


_QUOTED = lazy_compile(r"[“\"]([^”\"\n]{8,200})[”\"]")
_MINOR = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def quoted_title_spans(text: str) -> list[tuple[int, int, int, int]]:
    """Quoted titles of events and documents (“Regional Connectivity. Challenges and …”).

    A quotation whose words are nearly all capitalised is a title, not a statement; the
    theme words in it name the event. Same tuple shape as institution_spans, with an
    empty head.
    """
    spans = []
    for m in _QUOTED.finditer(text):
        words = [w for w in re.findall(r"[^\W\d_][\w’'\-]*", m.group(1)) if w.lower() not in _MINOR]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            spans.append((m.start(), m.end(), m.end(), m.end()))
    return spans
