"""Find codebook terms in text in one linear pass over its words.

Term syntax (documented for users in resources/codebook.toml):
- words separated by spaces; in the text, words may be joined by spaces, line breaks or
  hyphens ("counter terrorism" finds "counter-terrorism");
- a word ending in `*` matches every word that starts with it ("terroris*");
- any other word matches itself and its regular plural ("drug" finds "drugs", "party"
  finds "parties");
- matching ignores case, except for words written in capitals ("UN", "NATO"), which must
  appear in capitals, so "US" never matches "us".

Speed: the text is scanned once with a word regex, and each distinct word is looked up
once (cached), so the cost grows linearly with the text, not with the number of terms.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reader.core.lazy_regex import lazy_compile

_WORD = lazy_compile(r"\w+")
# What may stand between two words of a phrase: blanks or a hyphen, nothing else.
_JOINER = lazy_compile(r"[\s\-‐‑–]*")


@dataclass(frozen=True, slots=True)
class TermMatch:
    """One occurrence of a term: the span it covers and the term (as written in the rules)."""

    start: int
    end: int
    key: object  # what the caller attached to the term (e.g. theme id)
    term: str


@dataclass(frozen=True)
class _WordRule:
    text: str
    prefix: bool
    case_sensitive: bool
    forms: frozenset[str] = frozenset()  # the word and its plurals, computed once

    def matches(self, word: str, lower: str) -> bool:
        candidate = word if self.case_sensitive else lower
        if self.prefix:
            return candidate.startswith(self.text)
        return candidate in self.forms


def _forms(word: str) -> set[str]:
    forms = {word, word + "s"}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    if len(word) > 2 and word.endswith("y") and word[-2] not in "aeiou":
        forms.add(word[:-1] + "ies")
    return forms


@dataclass(frozen=True)
class _Phrase:
    words: tuple[_WordRule, ...]
    key: object
    term: str


def _parse_term(term: str) -> tuple[_WordRule, ...]:
    rules = []
    for raw in re.split(r"[\s\-]+", term.strip()):
        prefix = raw.endswith("*")
        word = raw.rstrip("*")
        if not word:
            continue
        # Acronyms and capitalised short forms keep their case: "US" is not "us".
        sensitive = sum(ch.isupper() for ch in word) >= 2 and word == word.upper()
        text = word if sensitive else word.lower()
        rules.append(_WordRule(text, prefix, sensitive, frozenset(_forms(text))))
    return tuple(rules)


class TermMatcher:
    """Matches many (key, term) pairs in a text at once."""

    def __init__(self, terms: Iterable[tuple[object, str]]):
        self._exact: dict[str, list[_Phrase]] = {}
        self._prefix: dict[str, list[_Phrase]] = {}
        self._prefix_lengths: set[int] = set()
        for key, term in terms:
            words = _parse_term(term)
            if not words:
                continue
            phrase = _Phrase(words, key, term)
            first = words[0]
            lookup = first.text if first.case_sensitive else first.text.lower()
            if first.prefix:
                self._prefix.setdefault(lookup, []).append(phrase)
                self._prefix_lengths.add(len(lookup))
            else:
                for form in _forms(lookup):
                    self._exact.setdefault(form, []).append(phrase)
        self._lengths = sorted(self._prefix_lengths)

    def _candidates(self, word: str, lower: str, cache: dict[str, list[_Phrase]]) -> list[_Phrase]:
        hit = cache.get(word)
        if hit is not None:
            return hit
        found: list[_Phrase] = []
        for form in {word, lower}:
            for phrase in self._exact.get(form, ()):
                if phrase.words[0].matches(word, lower) and phrase not in found:
                    found.append(phrase)
            for length in self._lengths:
                if length > len(form):
                    break
                for phrase in self._prefix.get(form[:length], ()):
                    if phrase.words[0].matches(word, lower) and phrase not in found:
                        found.append(phrase)
        cache[word] = found
        return found

    def find(self, text: str) -> list[TermMatch]:
        """Every occurrence of every term, in text order (overlaps allowed)."""
        cache: dict[str, list[_Phrase]] = {}
        matches: list[TermMatch] = []
        candidates = self._candidates
        for m in _WORD.finditer(text):
            word = m.group()
            phrases = cache.get(word)
            if phrases is None:
                phrases = candidates(word, word.lower(), cache)
            for phrase in phrases:
                stop = self._match_rest(text, m.end(), phrase)
                if stop is not None:
                    matches.append(TermMatch(m.start(), stop, phrase.key, phrase.term))
        return matches

    @staticmethod
    def _match_rest(text: str, end: int, phrase: _Phrase) -> int | None:
        """Where the phrase ends if its other words follow `end`, joined only by blanks or
        hyphens; None if they do not."""
        for rule in phrase.words[1:]:
            gap = _JOINER.match(text, end)
            end = gap.end() if gap else end
            nxt = _WORD.match(text, end)
            if nxt is None or not rule.matches(nxt.group(), nxt.group().lower()):
                return None
            end = nxt.end()
        return end
