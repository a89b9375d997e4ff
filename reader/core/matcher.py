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

_WORD = re.compile(r"\w+")
# What may stand between two words of a phrase: blanks or a hyphen, nothing else.
_JOINER = re.compile(r"[\s\-‐‑–]*")


@dataclass(frozen=True)
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

    def matches(self, word: str, lower: str) -> bool:
        candidate = word if self.case_sensitive else lower
        if self.prefix:
            return candidate.startswith(self.text)
        return candidate in _forms(self.text)


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
        rules.append(_WordRule(word if sensitive else word.lower(), prefix, sensitive))
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
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        cache: dict[str, list[_Phrase]] = {}
        matches: list[TermMatch] = []
        for i, (start, _end, word) in enumerate(words):
            lower = word.lower()
            for phrase in self._candidates(word, lower, cache):
                stop = self._match_rest(text, words, i, phrase)
                if stop is not None:
                    matches.append(TermMatch(start, stop, phrase.key, phrase.term))
        return matches

    @staticmethod
    def _match_rest(
        text: str, words: list[tuple[int, int, str]], i: int, phrase: _Phrase
    ) -> int | None:
        end = words[i][1]
        for offset, rule in enumerate(phrase.words[1:], 1):
            j = i + offset
            if j >= len(words):
                return None
            start_j, end_j, word_j = words[j]
            gap = _JOINER.fullmatch(text, end, start_j)
            if gap is None:
                return None
            if not rule.matches(word_j, word_j.lower()):
                return None
            end = end_j
        return end
