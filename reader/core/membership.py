"""Members a statement itself lists for a body that took part.

"The premier will chair the 16-member Forum (PIF), which groups Australia, Fiji, Samoa …" or
"Member states include Canada, Denmark, …" in a report of a council's ministers' meeting:
when the body met, the countries the text names as its members were at the table. The
gazetteer's own membership lists are not used for organisations (a statement of ASEAN names
its members as topics too); a list the text gives in so many words is the writer saying who
the body is. Members the text says stayed away ("Fiji announced to pull out") are left out.
"""
from __future__ import annotations

from collections.abc import Iterator

from reader.core.entities import EntityIndex, EntityMention
from reader.core.lazy_regex import lazy_compile

# How far after the body's name its membership may begin ("… Forum (PIF), which is made up
# of"), and how far a list of members may run.
_LEAD_REACH = 80
_LIST_REACH = 900

# "…, which groups / comprises / brings together …", "…, made up of …", "…, whose members
# are …", "… groups …" right after the body's name.
_AFTER_BODY = lazy_compile(
    r"(?:\s*\([^()]{1,20}\))?,?\s+(?:which|that)\s+(?:now\s+)?(?:groups|comprises|includes"
    r"|brings\s+together|unites|gathers|consists\s+of|is\s+made\s+up\s+of"
    r"|is\s+composed\s+of)\s+"
    r"|(?:\s*\([^()]{1,20}\))?,\s+(?:comprising|grouping|made\s+up\s+of|composed\s+of"
    r"|bringing\s+together)\s+"
    r"|(?:\s*\([^()]{1,20}\))?,?\s+whose\s+(?:\w+\s+)?members\s+(?:are|include)\s+"
    r"|(?:’s|'s)\s+(?:\w+\s+)?members\s+(?:are|include)\s+")

# A sentence that opens on the body's members: "Member states include …", "Its members are".
_MEMBERS_SENTENCE = lazy_compile(
    r"(?:(?:Its|Their|The(?:\s+\w+)?)\s+)?[Mm]ember(?:s|\s+(?:states|countries|nations))?"
    r"(?:\s+of\s+the\s+\w+(?:\s+\w+){0,4})?\s+(?:include|includes|are|comprise)\s+")
# Where a sentence may open: after a full stop and a space, or a line break.
_SENTENCE_BREAK = lazy_compile(r"\.\s+|\n\s*")
# Between the countries of a list of members: commas, "and", an article.
_MEMBER_JOINER = lazy_compile(r"\s*,?\s*(?:and\s+)?(?:the\s+)?")

# Said of a member that was not at the meeting.
_ABSENT = lazy_compile(
    r"\b(?:pull(?:ed|s)?\s+out|withdr[ae]w|did\s+not\s+(?:attend|take\s+part|participate)"
    r"|(?:was|were)\s+absent|absent\s+from|boycott(?:ed|s)?|stayed\s+away|skipped"
    r"|(?:was|were)\s+not\s+represented|declined\s+to\s+attend|suspended)\b")

_BODY_KINDS = ("organization", "format")


def listed_members(text: str, index: EntityIndex, parties: set[str]) -> set[str]:
    """Country ids the text lists as members of a body in `parties` and does not say were
    absent."""
    found: set[str] = set()
    for body in index.mentions:
        if body.entity_id not in parties or \
                index.entities[body.entity_id].kind not in _BODY_KINDS:
            continue
        lead = _AFTER_BODY.match(text, body.end, body.end + _LEAD_REACH)
        if lead is not None:
            found.update(m.entity_id for m in _countries_listed(text, lead.end(), index))
    for start in _sentence_starts(text):
        opening = _MEMBERS_SENTENCE.match(text, start)
        if opening is None:
            continue
        body = _last_body_before(index, start, parties)
        if body is not None:
            found.update(m.entity_id for m in _countries_listed(text, opening.end(), index))
    if not found:
        return found
    # Each listed country's mentions, gathered in one pass (not one pass per country).
    mentions: dict[str, list[EntityMention]] = {}
    for m in index.mentions:
        if m.entity_id in found:
            mentions.setdefault(m.entity_id, []).append(m)
    return {c for c in found if not any(_said_absent(text, index, m) for m in mentions[c])}


def _countries_listed(text: str, begin: int, index: EntityIndex) -> Iterator[EntityMention]:
    """The countries of the list that begins at `begin`: names joined by commas and "and",
    to the first word that is neither ("The SCO, which groups Russia, China and Kazakhstan,
    condemned the attack on Ukraine" lists three)."""
    end = _sentence_end(text, begin)
    cursor = begin
    for m in index.within(begin, end):
        if not _MEMBER_JOINER.fullmatch(text, cursor, m.start):
            return
        if index.entities[m.entity_id].kind != "country" or index.in_title(m):
            return
        yield m
        cursor = m.end


def _sentence_end(text: str, begin: int) -> int:
    limit = min(len(text), begin + _LIST_REACH)
    stops = [i for i in (text.find(". ", begin, limit), text.find(".\n", begin, limit),
                         text.find(";", begin, limit), text.find("\n", begin, limit))
             if i != -1]
    return min(stops, default=limit)


def _sentence_starts(text: str) -> Iterator[int]:
    """Where a sentence may open: the text's start, after a full stop or a line break (one
    scan of the text)."""
    yield 0
    for m in _SENTENCE_BREAK.finditer(text):
        if m.end() < len(text):
            yield m.end()


def _last_body_before(index: EntityIndex, pos: int, parties: set[str]) -> EntityMention | None:
    """The party body named last in the 2,000 characters before `pos`."""
    for m in reversed(index.within(max(0, pos - 2000), pos)):
        if m.entity_id in parties and index.entities[m.entity_id].kind in _BODY_KINDS:
            return m
    return None


def _said_absent(text: str, index: EntityIndex, mention: EntityMention) -> bool:
    """Whether the sentence of `mention` says its country stayed away: "Fiji announced to
    pull out of the summit" (the country the subject, no other name between it and the
    words)."""
    absent = _ABSENT.search(text, mention.end, _sentence_end(text, mention.end))
    return absent is not None and not index.within(mention.end, absent.start())
