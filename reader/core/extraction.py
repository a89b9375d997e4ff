"""Participants, mentioned entities, commitments and dates of one article, in one call."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from reader.core.casing import reading_case
from reader.core.commitments import Commitment, CommitmentFinder, Unit
from reader.core.dates import DateMention, find_dates
from reader.core.entities import (
    OF_BEFORE,
    Entity,
    EntityIndex,
    collect_entities,
    generic_name_in,
    surname_keys,
)
from reader.core.gazetteer import Gazetteer, KnownEntity, Mention, default_gazetteer
from reader.core.lazy_regex import lazy_compile
from reader.core.membership import listed_members
from reader.core.participation import (
    find_parties,
    late_only_people,
    lead_people,
    recurring_people,
    sentence_start,
    working_officials,
)
from reader.core.people import OTHER_SIDE
from reader.core.stance import Head, SubjectChecker

# "the officials", "Both sides", "the C5+1 countries", "The Ministers", "We": the parties.
_GROUP_REF = lazy_compile(
    r"\b(?:[Tt]he|[Bb]oth|[Aa]ll|[Oo]ur)\s+(?:(?:two|both|three|participating|respective|"
    r"[A-Z][\w.+’'-]*)\s+){0,3}(?:sides|parties|participants|officials|leaders|[Mm]inisters"
    r"|delegations|countries|governments|representatives|envoys|partners|co-chairs)\b"
    r"|\b(?:We|we)\b")


@dataclass
class Extraction:
    """What `analyze` adds to the sentences: who took part, who is named, what they said."""

    participants: list[Entity] = field(default_factory=list)
    mentioned: list[Entity] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)


def extract(text: str, units: Sequence[Unit], themes: Sequence[Sequence[str]] = (),
            gazetteer: Gazetteer | None = None, default_year: int | None = None,
            title: str | None = None,
            lap: Callable[[str], None] | None = None) -> Extraction:
    """Run every extractor over `text`, whose reading units (and their theme ids) are given.

    Each step is a pass over the text or its units, with every look back bounded; together
    they cost three to five times the theme analysis of a 1 MB document (2.9-4.9x in the
    runs of benchmarks/bench_extraction.py on 2026-11-29, medians that move with the
    machine's load; its --adversarial inputs time the patterns that once grew faster than
    the text). `lap`, when given, is called with each step's
    name as it ends (the benchmark's stage times).
    """
    mark = lap or (lambda name: None)
    gaz = gazetteer or default_gazetteer()
    # A communiqué set in capitals is read recased (same offsets); clauses keep its letters.
    original = text
    text = reading_case(text, gaz.spans)
    title = reading_case(title, gaz.spans) if title else title
    mark("capitals recased")
    index = collect_entities(text, gaz)
    mark("entities (gazetteer, people, organisations)")
    subjects = SubjectChecker(index.spans())
    finder = CommitmentFinder(text, index, None, _theme_lookup(units, themes), subjects)
    lead_unit = next((u for u in units if u.kind != "heading"), None)
    finder.first_person = first_person_speaker(title or "") or (
        first_person_writer(text[lead_unit.start:lead_unit.end]) if lead_unit else None)
    # Stance subjects are parties too; the heads are computed once and reused below.
    heads = [h for u in units if u.kind != "heading" for h in finder.heads(u)]
    mark("stance heads (tokens, verbs, subjects)")
    # The headline's parties first: a body's stance rules build on who is known to be there.
    headline = _title_parties(title or "", gaz, index) | _title_meeting_people(title or "",
                                                                               index)
    lead = lead_unit
    parties = find_parties(text, [(u.start, u.end) for u in units], index, heads, headline,
                           lead.end if lead else 0)
    lead_span = _lead_paragraph(units, lead)
    if lead_span is not None:
        parties |= lead_people(text, lead_span, index, parties)
    parties |= recurring_people(text, index, parties)
    parties |= working_officials(text, index, parties)
    # The dead take part in nothing; taken out before whom they would bring (their country).
    parties -= late_only_people(text, index, parties)
    parties |= _counterparts(text, index, parties)
    parties |= _represented_parties(text, index, parties, heads, gaz)
    parties |= _leaders_of_parties(index, parties)
    parties |= _format_members(index, parties)
    parties |= listed_members(text, index, parties)
    parties |= _complete_formats(index, parties)
    parties |= _other_side(text, index, parties)
    parties -= _organs(index, parties)
    parties -= _news_media(index, parties)
    # Again: the steps since seat a party country's leader by office ("the late President
    # of Venezuela, Hugo Chavez" once Venezuela is a party).
    parties -= late_only_people(text, index, parties)
    mark("parties")
    finder.party_ids = parties
    commitments = finder.find(units)
    if text is not original:
        # The clause as the statement writes it; verbs (lower case) and entity names come
        # from the recased reading.
        for c in commitments:
            c.text = original[c.start:c.end]
    mark("commitment clauses")
    _resolve_group_references(text, units, index, parties)
    mark("group references")
    ordered = sorted(index.entities.values(), key=lambda e: min(e.spans, default=(0, 0)))
    for ent in ordered:
        ent.party = ent.id in parties
    dates = find_dates(text, default_year)
    mark("dates")
    return Extraction(
        participants=[e for e in ordered if e.party],
        mentioned=[e for e in ordered if not e.party],
        commitments=commitments,
        dates=dates,
    )


# A lead is a report's opening: its first paragraph, read for this many sentences at most
# (a body pasted without paragraph breaks would otherwise be all lead).
_LEAD_SENTENCES = 3


def _lead_paragraph(units: Sequence[Unit], lead: Unit | None) -> tuple[int, int] | None:
    """[start, end) of the lead: the first sentences of the first sentence's block, when
    another paragraph of the body follows it; else None."""
    if lead is None:
        return None
    block = [u for u in units if u.block == lead.block and u.kind != "heading"]
    later = any(u.block != lead.block and u.kind != "heading" and u.start > lead.start
                for u in units)
    if not later:
        return None
    return block[0].start, block[:_LEAD_SENTENCES][-1].end


# A text that is one speaker's own words: "Media Statement by External Affairs Minister at …",
# "Foreign minister Soini's opening address in …", "Remarks by the President on …".
_OWN_WORDS_TITLE = lazy_compile(
    r"^(?P<owner>[A-Z][^’'.:]{2,60}?)[’']s\s+(?:opening\s+|closing\s+|keynote\s+|press\s+)?"
    r"(?:address|remarks|statement|speech)\b"
    r"|\b(?:statement|remarks|address|speech)\s+by\s+(?:the\s+)?(?P<by>[A-Z][^,:;()]{2,60}?)"
    r"(?=\s+(?:at|on|in|during|to|before|after|following)\b|[,:;(]|$)", re.IGNORECASE)


# A release in its writer's voice: "My first visit to Papua New Guinea as Foreign Minister
# reaffirmed …", "I met today with …" opening the text.
_WRITER_LEAD = lazy_compile(r"(?:My|I)\s")
_WRITER_OFFICE = lazy_compile(r"\bas\s+(?:the\s+)?(?P<office>(?:[A-Z][a-z]+\s+){0,3}(?:Minister"
                              r"|Secretary|President|Chancellor|Ambassador|Envoy)"
                              r"(?:\s+(?:of|for)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)?)")


def first_person_writer(lead: str) -> str | None:
    """Who "I" is in a text that opens in the first person: the office its lead names ("as
    Foreign Minister"), else "the writer"; None when the lead is not in the first person."""
    if not _WRITER_LEAD.match(lead):
        return None
    office = _WRITER_OFFICE.search(lead)
    return office.group("office") if office else "the writer"


_JOINT_TITLE = lazy_compile(r"\b(?:joint|leaders[’']|ministers[’'])\s+(?:\w+\s+)?"
                         r"(?:statement|declaration|communiqu)", re.IGNORECASE)


def first_person_speaker(title: str) -> str | None:
    """Who "I" is in a text whose title says it is one speaker's statement, remarks or
    address; None for a joint statement, a communiqué or a report."""
    if _JOINT_TITLE.search(title):
        return None  # "Joint Statement by …", "Leaders’ Statement": a group speaks
    m = _OWN_WORDS_TITLE.search(title)
    if m is None:
        return None
    return " ".join((m.group("owner") or m.group("by")).split())


# "Joint Statement by the United States and Japan", "Communiqué of the C5+1"
_TITLE_ISSUERS = lazy_compile(
    r"\b(?:Joint\s+Statement|Statement|Communiqu[eé]|Declaration|Readout|Meeting|Summit"
    r"|Consultations)\s+"
    r"(?:of|by|from|between)\s+(?:the\s+)?"
    # "Declaration of the Presidents of the V4 States"
    r"(?:(?:Heads\s+of\s+State(?:\s+and\s+Government)?|Presidents|Leaders|Prime\s+Ministers"
    r"|(?:Foreign\s+)?Ministers|Governments?)\s+of\s+(?:the\s+)?)?", re.IGNORECASE)
_TITLE_MEETING = lazy_compile(
    r"\s+(?:Leaders|Ministerial|Ministers|Foreign\s+Ministers|Summit|Meeting|Session|Special"
    r"|Format|format"
    r"\s+Session|Dialogue|Joint\s+Statement|Communiqu[eé]|Declaration|Statement)\b")
_TITLE_GATHERING = lazy_compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:Summit|Ministerial|Council\s+of"
                                r"\s+Ministers)\b")
_TITLE_JOIN = lazy_compile(r"\s*(?:,|and|&)?\s*(?:the\s+)?$")
# Headlines are often in title case ("Colombia, Venezuela Restore Ties").
_TITLE_VERB = lazy_compile(
    r"\b(?:meet|meets|met|hold\s+talks|holds\s+talks|held\s+talks|sign|signs|signed|agree"
    r"|agrees|agreed|restore|restores|restored|seal|seals|sealed|pledge|pledges|pledged"
    r"|discuss|discusses|discussed|chair|chairs|chaired|host|hosts|hosted"
    # "Peru, Ecuador reach 26 agreements at Binational Cabinet meeting", "… hold a meeting"
    # (not "Death toll in Syria, Iraq reaches 500")
    r"|(?:reach|reaches|reached)(?=\s+(?:an?\s+|\d+\s+|new\s+|\w+\s+)?(?:agreements?|deal"
    r"|accords?|consensus|understanding)\b)"
    r"|(?:hold|holds|held)(?=\s+(?:an?\s+|\w+\s+){0,2}(?:talks|meeting|consultations|summit"
    r"|dialogue|discussions)\b)"
    r"|vow|vows|vowed"
    r"|(?P<visit>visit|visits|visited))\b",
    re.IGNORECASE)
_MINISTRY = lazy_compile(r"\b(?:Ministry|Office|Department)\b")
# Between a headline's names and its verb: other names, joiners and who met ("foreign
# ministers", "leaders").
_TITLE_SUBJECT_GAP = lazy_compile(
    r"\s*(?:[’']s?\s+)?(?:(?:foreign|prime|defen[cs]e|trade)\s+)?"
    r"(?:ministers?|leaders?|presidents?|premiers?|officials|envoys|delegations?)?\s*",
    re.IGNORECASE)


def _as_longer_body(title: str, mention: Mention, index: EntityIndex) -> Mention:
    """A known name ending a longer name whose body the text names in full: "Contact Group"
    in "International Contact Group Meeting on Somalia" is the International Contact Group
    on Somalia of the body text; a format's generic name ("Libya Contact Group Meeting")
    is the one group the text names with it."""
    bodies = [e for e in index.entities.values()
              if e.kind in ("organization", "format") and e.id != mention.entity_id]
    run = _CAPITALISED_RUN.search(title, 0, mention.start)
    if run is not None:
        form = title[run.start():mention.end]
        for entity in bodies:
            if any(f.startswith(form + " ") for f in (entity.name, *entity.aliases)):
                return Mention(run.start(), mention.end, entity.id, form)
    holders = [e for e in bodies if generic_name_in(mention.surface, e.name)]
    if len(holders) == 1 and mention.entity_id not in index.entities:
        return Mention(mention.start, mention.end, holders[0].id, mention.surface)
    return mention


# Capitalised words right before a position: "International " before "Contact Group".
_CAPITALISED_RUN = lazy_compile(r"(?:[A-Z][\w’'-]*\s+)+$")


def _title_parties(title: str, gaz: Gazetteer, index: EntityIndex) -> set[str]:
    """Parties a headline names: issuers after "Joint Statement by", and pairs like
    "U.S.-Japan" (both names joined by a hyphen). Their spans stay in the body text."""
    if not title:
        return set()
    found = [_as_longer_body(title, m, index) for m in gaz.find(title)]

    def entity_of(entity_id: str) -> KnownEntity | Entity:
        # (a body the text defines is in the index only)
        return gaz.entities.get(entity_id) or index.entities[entity_id]
    # In the order the title names them: a party named only there has no span in the body,
    # and its place among the participants is where it is added (a set's order would vary
    # from run to run with string hashing).
    ids: dict[str, None] = {}
    for m in _TITLE_ISSUERS.finditer(title):
        cursor = m.end()
        for mention in found:
            if mention.start < cursor:
                continue
            if not _TITLE_JOIN.fullmatch(title[cursor:mention.start]):
                break
            ids[mention.entity_id] = None
            cursor = mention.end
    for mention in found:
        # "Quad Leaders’ Joint Statement", "Joint Statement on the C5+1 Ministerial Meeting";
        # an organisation's own gathering: "U.N. Summit Ends With a Declaration"
        kind = entity_of(mention.entity_id).kind
        if (kind == "format" and _TITLE_MEETING.match(title, mention.end)) or (
                kind == "organization" and _TITLE_GATHERING.match(title, mention.end)):
            ids[mention.entity_id] = None
    for a, b in pairwise(found):
        if re.fullmatch(r"\s*[-–]\s*", title[a.end:b.start]):
            ids.update(dict.fromkeys((a.entity_id, b.entity_id)))
    # A headline's meeting: "S. Korea, Japan foreign ministers meet on G20 sidelines",
    # "Colombia, Venezuela restore diplomatic ties": the names before the verb.
    verb = _TITLE_VERB.search(title)
    before = [m for m in found if verb is not None and m.end <= verb.start()]
    if before and _TITLE_SUBJECT_GAP.fullmatch(title, before[-1].end, verb.start()):
        # Back from the verb over the names joined to the last one.
        chain = [before[-1]]
        for a, b in pairwise(reversed(before)):
            # (a country right before its ministry is whose ministry it is: "UK Foreign and
            # Commonwealth Office Minister visits …")
            own_ministry = title[b.end:a.start].isspace() and \
                _MINISTRY.search(entity_of(a.entity_id).name) is not None
            if not own_ministry and \
                    not re.fullmatch(r"\s*(?:,|and|&|-|–)\s*", title[b.end:a.start]):
                break
            chain.append(b)
        # (A ministry before its minister is no party itself: in "UK Foreign and
        # Commonwealth Office Minister visits Barbados" the office only says whose minister.)
        ids.update(dict.fromkeys(m.entity_id for m in reversed(chain)
                                 if not _MINISTRY.search(entity_of(m.entity_id).name)))
        # "President of Kazakhstan visits Poland": the host, named right after the verb.
        host = next((m for m in found if verb is not None and m.start >= verb.end()), None)
        if verb is not None and verb.group("visit") and host is not None and \
                re.fullmatch(r"\s+(?:the\s+)?", title[verb.end():host.start]) and \
                entity_of(host.entity_id).kind == "country":
            ids[host.entity_id] = None
    for entity_id in ids:
        if entity_id not in index.entities:
            known = gaz.entities[entity_id]
            index.entities[entity_id] = Entity(
                entity_id, known.name, known.kind,
                members=[gaz.entities[x].name for x in known.members if x in gaz.entities])
    return set(ids)


# "underscored the United States’ appreciation", "reaffirmed U.S. support": a speaker voicing
# a country's own stance speaks for it.
_VOICING = {"express", "convey", "underscore", "reaffirm", "reiterate", "emphasize",
            "emphasise", "affirm", "stress", "extend", "offer", "pledge", "highlight"}
_VOICED = lazy_compile(
    # "the United States' ironclad commitment", "China's firm and unwavering support"; not
    # "Norway's long history of support" (a preposition or an article between)
    r"(?:[’']s?)?\s+(?:(?!(?:of|in|for|to|as|with|on|at|by|the|a|an|its|their|his|her|our)\b)"
    r"[a-z][\w-]*(?:\s+and)?\s+){0,3}?"
    r"(?:appreciation|support|commitment|intention|interest|determination|readiness"
    r"|willingness|gratitude|condolences|solidarity|position|concern|resolve|desire|hope)\b")


# "… and his Kenyan counterpart Uhuru Kenyatta": the person a party's counterpart is named.
_COUNTERPART_BEFORE = lazy_compile(rf"{OTHER_SIDE},?\s+$")
# A headline meeting of two people named by surname: "Magufuli meets Kenyatta to discuss …".
_TITLE_PEOPLE_MEET = lazy_compile(
    r"(?P<a>[A-Z][\w’'-]+)\s+(?:meets|met|hosts|hosted|receives|received|calls|called"
    r"|(?:holds|held)\s+talks\s+with|talks\s+with|speaks\s+with|speaks\s+to)"
    r"\s+(?P<b>[A-Z][\w’'-]+)"
    # "Bush, Putin Vow Cooperation After Summit": two surnames, then what they did together
    r"|(?P<a2>[A-Z][\w’'-]+)(?:,|\s+and|\s*&)\s+(?P<b2>[A-Z][\w’'-]+)\s+(?i:vow|pledge|agree"
    r"|sign|hold\s+talks|meet|hail|discuss|seal|back|urge|call)\b")


def _counterparts(text: str, index: EntityIndex, parties: set[str]) -> set[str]:
    """People named as a party's counterpart in the same sentence ("President John Magufuli
    and his Kenyan counterpart Uhuru Kenyatta"): the two sides of a meeting or call."""
    found: set[str] = set()
    countries = {e.name: e.id for e in index.entities.values() if e.kind == "country"}
    for m in index.mentions:
        if index.entities[m.entity_id].kind != "person" or m.entity_id in parties:
            continue
        # Before the name or its honorific ("his Bangladesh counterpart Sheikh Hasina").
        opening = m.opening
        if not any(_COUNTERPART_BEFORE.search(text, max(0, at - 30), at)
                   for at in {m.start, opening}):
            continue
        # Back to the sentence's start, a few hundred characters at most (a page of
        # "… counterpart …" would otherwise be walked once per name).
        floor = max(sentence_start(text, m.start), m.start - 400)
        people = [x.entity_id for x in index.within(floor, m.start)
                  if index.entities[x.entity_id].kind == "person"]
        # "Foreign Minister Cho Tae-yul and his Japanese counterpart Yoko Kamikawa", Japan
        # a party: the two of them met.
        represented = countries.get(index.entities[m.entity_id].represents or "")
        if any(p in parties for p in people) or (people and represented in parties):
            found.add(m.entity_id)
            found.add(people[-1])
    return found


def _title_meeting_people(title: str, index: EntityIndex) -> set[str]:
    """Both people of a headline meeting, when the body names them ("Magufuli meets
    Kenyatta …" and "President John Magufuli", "Uhuru Kenyatta" in the text)."""
    m = _TITLE_PEOPLE_MEET.search(title)
    if m is None:
        return set()
    by_surname = {key: e.id for e in index.entities.values() if e.kind == "person" and e.spans
                  for key in surname_keys(e.name)}
    a = by_surname.get(m.group("a") or m.group("a2"))
    b = by_surname.get(m.group("b") or m.group("b2"))
    return {a, b} if a is not None and b is not None else set()


# The offices that speak for a state at a meeting: "The President of the Argentine Republic,
# His Excellency Mr. Raúl Alfonsín and the President of … Brazil, … Mr. José Sarney". (Not a
# foreign minister: reports quote those of party states commenting from afar.)
_LEADING_OFFICE = lazy_compile(r"(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir"
                               r"|Sultan)\s+of\s+")


def _leaders_of_parties(index: EntityIndex, parties: set[str]) -> set[str]:
    """The head of state or government of a party state named by that office ("the
    President of the Argentine Republic, … Raúl Alfonsín"): they speak for it here. Only the
    office "of" the state, which names whom they represent."""
    party_names = {index.entities[p].name for p in parties
                   if index.entities[p].kind == "country"}
    return {e.id for e in index.entities.values()
            if e.kind == "person" and e.represents in party_names and e.role
            and _LEADING_OFFICE.match(e.role)}


def _represented_parties(text: str, index: EntityIndex, parties: set[str],
                         heads: Sequence[Head], gaz: Gazetteer) -> set[str]:
    """Countries that take part through their people: whom a party person represents
    ("Foreign Minister of Japan Hiroshi Tanabe", "Ghanaian Foreign Minister …") or the body
    in their title ("President of the European Council"), and a country whose own stance a
    party voices ("the Secretary underscored the United States’
    appreciation")."""
    by_name = {e.name: e.id for e in index.entities.values() if e.kind == "country"}
    found = {by_name[e.represents] for p in parties for e in (index.entities.get(p),)
             if e is not None and e.kind == "person" and e.represents in by_name}
    # The international body a party official heads or serves: "the President of the
    # European Council, HE Mr Charles Michel", "the Executive Secretary of SADC" (not the
    # topic of "Special Envoy for Afghanistan"). Only bodies the gazetteer knows: a national
    # one ("Premier of the State Council", "president of the Council of Ministers") is the
    # official's own government.
    # The same body named before the title: "United Nations Secretary-General Ban Ki-moon".
    for m in index.mentions:
        if m.role_span is None or m.entity_id not in parties:
            continue
        r0, r1 = m.role_span
        for inner in index.within(max(0, r0 - 80), r1):
            if inner.entity_id in gaz.entities and \
                    index.entities[inner.entity_id].kind in ("organization", "format") and (
                    (inner.start >= r0
                     and OF_BEFORE.search(text, max(0, inner.start - 8), inner.start))
                    or (inner.end < r0 and text[inner.end:r0].strip(" ’'s") == "")):
                found.add(inner.entity_id)
    for head in heads:
        if head.subject is None or head.negated or head.lemma not in _VOICING:
            continue
        pos = head.verb_end
        while text.startswith((" ", "\n"), pos):
            pos += 1
        if text.startswith("the ", pos):
            pos += 4
        mention = next(iter(index.within(pos, pos + 60)), None)
        if mention is None or mention.start != pos or \
                index.entities[mention.entity_id].kind != "country":
            continue
        if _VOICED.match(text, mention.end):
            found.add(mention.entity_id)
    return found


# A text about two sides: "the two sides agreed", "both countries", "bilateral trade".
_TWO_SIDES = lazy_compile(r"\b(?:[Tt]he\s+two|[Bb]oth)\s+(?:sides|countries|nations|leaders"
                          r"|governments|presidents|delegations|states)\b|\b[Bb]ilateral\b")
# What two sides share: "friendship and cooperation between Vietnam and Mongolia", "a
# bilateral arrangement between the UK and Canada" (not "the rivalry between India and
# Pakistan", a topic of the meeting).
# What two countries have with each other ("relations", "partnership"), for the patterns below.
_RELATION = r"(?:relations|ties|relationship|partnership|cooperation|friendship)"
_SHARED_BETWEEN = lazy_compile(
    rf"\b(?:{_RELATION}|trade|exchanges|dialogue|talks|consultations|agreements?|arrangements?"
    r"|links|connectivity|mobility|collaboration|investment)(?:\s+[\w-]+){0,3}?\s+between\s+"
    r"(?:the\s+)?$")
_PAIR_JOIN = lazy_compile(r"\s+and\s+(?:the\s+)?")
# "China and Russia are each other's major partner", "… are close partners"
_EACH_OTHER = lazy_compile(r"\s+(?:are|were|remain|have\s+been)\s+(?:each\s+other[’']s"
                           r"|(?:close\s+|good\s+|strategic\s+)?(?:neighbou?rs|partners|friends"
                           r"|allies)\b)")
_RELATION_AFTER = lazy_compile(rf"\s+{_RELATION}\b")
# "our two countries, Indonesia and Australia"
_TWO_NAMED = lazy_compile(r"\btwo\s+(?:countries|nations|sides|states)\s*[,:]?\s+$")
# "Australia's chilly relations with Indonesia", "the U.S. partnership with India"
_SHARED_WITH = lazy_compile(rf"(?:[’']s)?\s+(?:[\w-]+\s+){{0,2}}?{_RELATION}\s+with\s+(?:the\s+)?")


def _other_side(text: str, index: EntityIndex, parties: set[str]) -> set[str]:
    """The second country of a two-sided meeting that names only one as a party: the
    report that speaks of "the two sides" names both in what they share ("cooperation
    between Vietnam and Mongolia", "Australia's relations with Indonesia", "our two
    countries, Indonesia and Australia"), or a hyphened pair's relations ("China-U.S.
    relations"). Only when exactly one country is a party, so a pair the two sides discussed
    ("relations between Israel and Palestine") stays a topic."""
    countries = {e.id for e in index.entities.values() if e.kind == "country"}
    party_countries = countries & parties
    if len(party_countries) != 1:
        return set()
    two_sides = _TWO_SIDES.search(text) is not None
    (party,) = party_countries
    mentions = [m for m in index.mentions if m.entity_id in countries]
    for first, second in pairwise(mentions):
        if party not in (first.entity_id, second.entity_id) or \
                first.entity_id == second.entity_id:
            continue
        paired = two_sides and _PAIR_JOIN.fullmatch(text, first.end, second.start) and (
            _SHARED_BETWEEN.search(text, max(0, first.start - 80), first.start)
            or _TWO_NAMED.search(text, max(0, first.start - 30), first.start)
            or _EACH_OTHER.match(text, second.end))
        # "exchanged views on China-U.S. relations": two-sided by its very shape
        hyphened = text[first.end:second.start] in ("-", "–") and \
            _RELATION_AFTER.match(text, second.end)
        if paired or hyphened or (two_sides and
                                  _SHARED_WITH.fullmatch(text, first.end, second.start)):
            return {first.entity_id, second.entity_id} - {party}
    return set()


# An organisation's organ, named by who sits in it: "the ECOWAS Council of Ministers", "the
# Assembly of Heads of State and Government of the IGAD Plus", "the Council of the SCO
# Foreign Ministers".
_ORGAN_SEATS = lazy_compile(r"\b(?:Heads?\s+of\s+(?:State|Government)|Ministers)\b")
_ORGAN_BODY = lazy_compile(r"\b(?:Council|Assembly|Authority|Conference|Committee|Meeting)\b")


def _organs(index: EntityIndex, parties: set[str]) -> set[str]:
    """Organs of an organisation among the parties: the organisation, or its members, take
    part; the organ is where they met (no annotated statement lists one as a party). The
    organisation is not added for it: an organ read as a party is as often one that was
    only named ("ahead of the Council of the SCO Foreign Ministers")."""
    return {p for p in parties for ent in (index.entities[p],)
            if ent.kind == "organization" and _ORGAN_SEATS.search(ent.name)
            and _ORGAN_BODY.search(ent.name)}


# A news agency, broadcaster or paper reports a meeting; it never sits at one ("The
# Ethiopian News Agency (ENA) said …").
# (Not a ministry, commission or union of broadcasters: "Ministry of Information and
# Broadcasting", "National Radio and Television Administration", "European Broadcasting
# Union".)
_MEDIA_NAME = lazy_compile(r"^(?!.*\b(?:Ministry|Commission|Administration|Union|Authority"
                           r"|Council|Department)\b).*(?:\b(?:News|Press)\s+Agency\b"
                           r"|\bNews\s+Service\b|\bBroadcasting\s+(?:Corporation|Company"
                           r"|Service|System|Network)\b|\bTelevision\b|\bRadio\b|\bNewspaper\b)")


def _news_media(index: EntityIndex, parties: set[str]) -> set[str]:
    """News media among the parties (see _MEDIA_NAME)."""
    return {p for p in parties for ent in (index.entities[p],)
            if ent.kind == "organization" and _MEDIA_NAME.search(ent.name)}


def _complete_formats(index: EntityIndex, parties: set[str]) -> set[str]:
    """A format the text names whose every member is a party met as that format: "presidents
    from China, Tajikistan, Russia, Kazakhstan and Kyrgyzstan pledged …" at "the 'Shanghai
    Five' summit". (An organisation's full membership may gather under another name.)"""
    party_names = {index.entities[p].name for p in parties}
    return {e.id for e in index.entities.values()
            if e.kind == "format" and e.spans and len(e.members) >= 2
            and set(e.members) <= party_names}


def _format_members(index: EntityIndex, parties: set[str]) -> set[str]:
    """The named members of a format that took part: a format is a handful of countries
    that meet as one ("the 14th Meeting of RIC Foreign Ministers" seats Russia, India and
    China). An organisation's members are not: a statement of ASEAN names members as topics
    too."""
    members = {name for p in parties for ent in (index.entities[p],)
               if ent.kind == "format" for name in ent.members}
    return {e.id for e in index.entities.values()
            if e.kind == "country" and e.name in members and e.spans}


def _theme_lookup(units: Sequence[Unit], themes: Sequence[Sequence[str]]):
    """Theme ids for a clause: those of the units it overlaps, in codebook order."""
    starts = [u.start for u in units]

    def lookup(start: int, end: int) -> list[str]:
        from bisect import bisect_right

        i = max(0, bisect_right(starts, start) - 1)
        out: list[str] = []
        while i < len(units) and units[i].start < end:
            if units[i].end > start and i < len(themes):
                out += [t for t in themes[i] if t not in out]
            i += 1
        return out

    return lookup


def _resolve_group_references(text: str, units: Sequence[Unit], index: EntityIndex,
                              parties: set[str]) -> None:
    """Attach "the officials", "both sides", "We" … to every party they stand for."""
    if not parties:
        return
    members = [index.entities[p] for p in parties]
    # A reference that names no party stands for all of them: it is kept once, in `shared`,
    # and merged into each party's list at the end, rather than appended to every list
    # when it is found (many parties times many "We" made that the bulk of the work).
    # Each list holds (n, span), n counting references in text order, for the merge.
    shared: list[tuple[int, tuple[int, int]]] = []
    own: dict[str, list[tuple[int, tuple[int, int]]]] = {}
    n = 0
    for u in units:
        for m in _GROUP_REF.finditer(text, u.start, u.end):
            span = (m.start(), m.end())
            targets = [x.entity_id for x in index.within(*span) if x.entity_id in parties]
            for entity_id in targets:
                own.setdefault(entity_id, []).append((n, span))
            if not targets:
                shared.append((n, span))
            n += 1
    for entity_id, ent in zip(parties, members, strict=True):
        # Both lists are in text order: sorting their concatenation is a linear merge.
        ent.references += [span for _, span in sorted(shared + own.get(entity_id, []))]
