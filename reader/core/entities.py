"""Named entities of a statement and which of them took part (parties) or are only mentioned."""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.core.gazetteer import Gazetteer, Mention
from reader.core.lazy_regex import lazy_compile
from reader.core.people import (
    FAMILY_NAME_FIRST,
    FULL_NAME,
    NAME_WORD,
    OrgMention,
    PersonMention,
    find_organizations,
    find_people,
    valid_name,
)
from reader.core.records import Entity
from reader.core.scan import literal_matches
from reader.core.untitled import untitled_people


@dataclass(frozen=True)
class EntityMention:
    """One span of text that names an entity (for a person: the name, role_span its title)."""

    start: int
    end: int
    entity_id: str
    role_span: tuple[int, int] | None = None

    @property
    def opening(self) -> int:
        """Where the mention begins with its title ("Foreign Minister" of "Foreign Minister
        Ana Lopez"), or the name where no title comes before it."""
        return min(self.start, self.role_span[0]) if self.role_span else self.start

    @property
    def closing(self) -> int:
        """Where the mention ends with its title ("Ana Lopez, the Foreign Minister"), or the
        name where no title comes after it."""
        return max(self.end, self.role_span[1]) if self.role_span else self.end


class EntityIndex:
    """All entity mentions of a text in order, with lookups by position."""

    def __init__(self, mentions: Sequence[EntityMention], entities: dict[str, Entity]):
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        self.entities = entities
        self.roles = sorted(m.role_span for m in self.mentions if m.role_span)
        self.role_starts = [r[0] for r in self.roles]
        self._holders = {m.role_span: m for m in self.mentions if m.role_span}
        # Mentions by where they end, each list in text order: the walks back from a name
        # to the word governing it ask this at every step.
        self._ends: dict[int, list[EntityMention]] = {}
        for m in self.mentions:
            self._ends.setdefault(m.end, []).append(m)

    def within(self, start: int, end: int) -> list[EntityMention]:
        i = bisect_left(self.starts, start)
        j = bisect_right(self.starts, end)
        return [m for m in self.mentions[i:j] if m.end <= end]

    def ending_at(self, end: int, start: int) -> EntityMention | None:
        """The first mention (in text order) that ends at `end` and begins at or after
        `start`: the first of within(start, end) that ends there."""
        for m in self._ends.get(end, ()):
            if m.start >= start:
                return m
        return None

    def spans(self) -> list[tuple[int, int]]:
        """Mention spans for subject checking; a person's span covers the title too."""
        return [(m.opening, m.closing) for m in self.mentions]

    def in_title(self, m: EntityMention) -> bool:
        """Is this mention part of someone's title ("Special Envoy for Afghanistan")?"""
        return self.title_holder(m) is not None

    def title_holder(self, m: EntityMention) -> EntityMention | None:
        """The person whose title holds this mention ("Bulgaria" in "Boyko Borissov, the
        Prime Minister of Bulgaria"), if any."""
        i = bisect_right(self.role_starts, m.start) - 1
        while i >= 0 and i >= bisect_right(self.role_starts, m.start) - 3:
            r0, r1 = self.roles[i]
            if r0 <= m.start and m.end <= r1 and m.role_span is None:
                return self._holders[(r0, r1)]
            i -= 1
        return None


_GENERATION_AFTER = lazy_compile(r",?\s+(Jr\.|Sr\.)")
# (Royal and Gulf titles too: sources name "Prince Saud Al-Faisal" with his.)
_HONORIFIC_BEFORE = lazy_compile(r"\b(Mr\.|Mrs\.|Ms\.|Dr\.|Prince|Princess|Sheikh|Shaikh|Sheikha"
                                 r"|King|Queen|Emir|Sultan)\s+$")


def _trim_before_people(text: str, orgs: list[OrgMention],
                        people: list[PersonMention]) -> list[OrgMention]:
    """"… Ministry of Foreign Affairs of Kazakhstan Talgat Kaliev": the body ends before the
    person's name."""
    out = []
    # People come in text order: the first one starting inside the body is found by
    # bisection (a scan of all people for every body was quadratic in long texts).
    starts = [p.start for p in people]
    for org in orgs:
        k = bisect_right(starts, org.start)
        if k < len(people) and people[k].start < org.end:
            cut = text[org.start:people[k].start].rstrip()
            if len(cut.split()) >= 2:
                org = OrgMention(cut, org.start, org.start + len(cut), org.acronym)
        out.append(org)
    return out


_OF_BEFORE_END = re.compile(r"\s+of\s+(?:the\s+)?$")


def _cut_before_overlap(text: str, org: OrgMention, known: list[Mention],
                        known_starts: list[int]) -> OrgMention:
    """"State Council of the People" in "the State Council of the People's Republic of
    China": a known name that begins inside the body and runs past its end is not part of
    its name; the body ends before its "of"."""
    k = bisect_left(known_starts, org.end) - 1
    if k < 0 or not (org.start < known[k].start < org.end < known[k].end):
        return org
    head = text[org.start:known[k].start]
    of = _OF_BEFORE_END.search(head)
    name = head[:of.start()] if of else head.rstrip()
    if len(name.split()) < 2:
        return org
    return OrgMention(name, org.start, org.start + len(name), None)


# A spaced dash between the two countries: "Vietnam – Thailand" (not unspaced: a dateline's
# "KUWAIT—Kuwait Fund …" would join).
_SPACED_DASH_BEFORE = lazy_compile(r"[ \t][–—-][ \t]$")


def _joined_by_dash(text: str, orgs: list[OrgMention], known: list[Mention],
                    gaz: Gazetteer) -> list[OrgMention]:
    """"Vietnam – Thailand Joint Commission": a body of two countries whose names a spaced
    dash joins. Only where both sides are countries: "Nairobi — African Union Commission"
    is a dateline."""
    countries = {m.start: m for m in known if gaz.entities[m.entity_id].kind == "country"}
    ends = {m.end: m for m in countries.values()}
    out = []
    for org in orgs:
        dash = _SPACED_DASH_BEFORE.search(text, max(0, org.start - 3), org.start)
        first = ends.get(dash.start()) if dash else None
        if first is not None and org.start in countries:
            name = text[first.start:org.end]
            org = OrgMention(name, first.start, org.end, org.acronym)
        out.append(org)
    return out


def _cut_country_series(org: OrgMention, known: list[Mention],
                        known_starts: list[int]) -> OrgMention:
    """"Ministry of Foreign Affairs of Kazakhstan, Kyrgyzstan and Tajikistan" is a list of
    bodies, not one: a comma series that holds a known name ends the body at its first comma."""
    comma = org.name.find(",")
    if comma < 0:
        return org
    k = bisect_left(known_starts, org.start + comma)
    if k < len(known) and known[k].start < org.end:
        name = org.name[:comma]
        return OrgMention(name, org.start, org.start + len(name), None)
    return org


def _person_id(name: str) -> str:
    return f"person:{name}"


def collect_entities(text: str, gaz: Gazetteer) -> EntityIndex:
    """Find every entity mention: gazetteer names, people, organisations by shape."""
    entities: dict[str, Entity] = {}
    known = gaz.find(text)
    orgs = find_organizations(text)
    people = find_people(text, {m.end for m in known
                                if gaz.entities[m.entity_id].kind == "country"})

    def entity_for(entity_id: str) -> Entity:
        if entity_id not in entities:
            k = gaz.entities[entity_id]
            entities[entity_id] = Entity(
                entity_id, k.name, k.kind,
                members=[gaz.entities[m].name for m in k.members if m in gaz.entities])
        return entities[entity_id]

    # Organisations found by shape replace the known names nested in them
    # ("India-U.S. Counternarcotics Working Group" is one body, not India and the U.S.).
    taken: list[tuple[int, int]] = []
    mentions: list[EntityMention] = []
    acronyms: dict[str, str] = {}
    known_by_start = {m.start: m for m in known}
    known_starts = [m.start for m in known]
    orgs = _trim_before_people(text, orgs, people)
    orgs = [_cut_country_series(_cut_before_overlap(text, org, known, known_starts), known,
                                known_starts) for org in orgs]
    orgs = _joined_by_dash(text, orgs, known, gaz)
    for org in orgs:
        # "Union of Myanmar" inside "Republic of the Union of Myanmar": the known name.
        k = bisect_left(known_starts, org.start + 1) - 1
        if k >= 0 and known[k].start <= org.start and org.end <= known[k].end and \
                (known[k].start, known[k].end) != (org.start, org.end):
            continue
        same = known_by_start.get(org.start)
        if same is not None and same.end >= org.end:
            if org.acronym:
                acronyms.setdefault(org.acronym, same.entity_id)
            continue
        k = bisect_left(known_starts, org.start)
        inside = []
        while k < len(known) and known[k].start < org.end:
            if known[k].end <= org.end:
                inside.append(known[k])
            k += 1
        if inside and any(m.start == org.start and m.end == org.end for m in inside):
            continue
        # "Ministry of Foreign Affairs of Uzbekistan" also names Uzbekistan, whose body it is.
        last = inside[-1] if inside else None
        if last is not None and last.end == org.end and \
                re.search(r"\bof\s+(?:the\s+)?$", text[org.start:last.start]):
            entity_for(last.entity_id).add(last.start, last.end, last.surface)
            mentions.append(EntityMention(last.start, last.end, last.entity_id))
        entity_id = f"org:{org.name}"
        entities.setdefault(entity_id, Entity(entity_id, org.name, "organization"))
        entities[entity_id].add(org.start, org.end, text[org.start:org.end])
        mentions.append(EntityMention(org.start, org.end, entity_id))
        taken.append((org.start, org.end))
        if org.acronym:
            acronyms.setdefault(org.acronym, entity_id)
    people = _with_introduced_people(text, known, gaz, people)
    # Names with no title at all, where the prose treats them as a person's (untitled.py).
    occupied = [*taken, *((p.role_start, p.end) for p in people),
                *((m.start, m.end) for m in known)]
    people = sorted([*people, *untitled_people(text, occupied, lambda phrase: bool(
        gaz.find(phrase)) or any(word in gaz.capitals for word in [phrase, *phrase.split()]),
        titled_ends=[p.end for p in people])],
        key=lambda p: p.start)
    # A one-word "name" that is a known name ("President Kazakhstan") is no person.
    known_spans = _Spans((m.start, m.end) for m in known)
    people = [p for p in people if " " in p.name or not _overlaps(p.start, p.end, known_spans)]
    # Nor is a whole known name ("Cook Islands, the Vice-President of Palau …" read as a
    # name and its title).
    exact = {(m.start, m.end) for m in known}
    people = [p for p in people if (p.start, p.end) not in exact]
    people = [_after_known_name(text, p, known_by_start) for p in people]
    person_spans = _Spans((p.start, p.end) for p in people)
    taken_spans = _Spans(taken)
    for m in known:
        if _overlaps(m.start, m.end, taken_spans) or _overlaps(m.start, m.end, person_spans):
            continue
        entity_for(m.entity_id).add(m.start, m.end, m.surface)
        mentions.append(EntityMention(m.start, m.end, m.entity_id))
    # A capital standing for its government as a clause's subject ("Kinshasa accused
    # Rwanda", "Ankara and Yerevan signed …"); elsewhere a capital is a place, no mention.
    if gaz.capitals:
        occupied = _Spans((m.start, m.end) for m in mentions)
        # A capital that is also a word of someone's name is that person ("Foreign Minister
        # Ana Lima … Lima welcomed the agreement").
        name_words = {w for p in people for w in p.name.split()}
        for cm in gaz.capital_subjects(text):
            if cm.surface not in name_words and not _overlaps(cm.start, cm.end, occupied):
                entity_for(cm.entity_id).add(cm.start, cm.end, cm.surface)
                mentions.append(EntityMention(cm.start, cm.end, cm.entity_id))
    # A defined acronym ("(NCB)") names its organisation wherever it appears.
    used = {(m.start, m.end) for m in mentions} if acronyms else set()
    for acr, entity_id in acronyms.items():
        ent = entities.get(entity_id) or entity_for(entity_id)
        pattern = re.compile(rf"(?<![\w.]){re.escape(acr)}(?!\w)")
        for am in literal_matches(pattern, text, acr):
            if (am.start(), am.end()) in used:
                continue
            ent.add(am.start(), am.end(), acr)
            mentions.append(EntityMention(am.start(), am.end(), entity_id))
    # "Secretary Blinken" is "Antony J. Blinken" when the full name appears too; and
    # "Minister Çavuşoğlu" is "Mevlut Cavusoglu" (sources drop or keep the accents).
    full = _full_names(people)
    for p in people:
        named = full.get((fold_accents(p.name), p.role), p.name)
        pid = _person_id(named)
        ent = entities.setdefault(pid, Entity(pid, named, "person"))
        ent.add(p.start, p.end, p.name)
        written = " ".join(text[p.start:p.end].split())
        if written != p.name and written not in ent.aliases:
            ent.aliases.append(written)  # "MOTEGI Toshimitsu", named "Toshimitsu Motegi"
        # The titled form as written ("President Biden", "Mr. Satya Narayan Pradhan") is an
        # alias: it is how other sources often name the person.
        if p.role_end == p.start or text[p.role_end:p.start].strip() == "":
            titled = " ".join(text[p.role_start:p.end].split())
            if p.role_start < p.start and len(titled.split()) <= 5 and titled not in ent.aliases:
                ent.aliases.append(titled)
        suffix = _GENERATION_AFTER.match(text, p.end)
        if suffix and f"{p.name}, {suffix.group(1)}" not in ent.aliases:
            ent.aliases.append(f"{p.name}, {suffix.group(1)}")  # "Joseph R. Biden, Jr."
        honour = _HONORIFIC_BEFORE.search(text, max(0, p.start - 20), p.start)
        if honour and written == p.name and f"{honour.group(1)} {p.name}" not in ent.aliases:
            ent.aliases.append(f"{honour.group(1)} {p.name}")
        if p.role and not ent.role:
            ent.role = p.role
        mentions.append(EntityMention(p.start, p.end, pid, (p.role_start, p.role_end)))
    offices = _titled_offices(text, known, entities, gaz, people)
    mentions += offices
    mentions += _surnames(text, people, entities, _Spans((m.start, m.end) for m in mentions),
                          full)
    mentions = _fold_short_org_names(mentions, entities)
    index = EntityIndex(mentions, entities)
    for p in people:
        ent = entities[_person_id(full.get((fold_accents(p.name), p.role), p.name))]
        if ent.represents is None:
            ent.represents = _represented(text, p, index)
    holders = _office_holders({m.entity_id for m in offices}, entities)
    if holders:
        for office_id, person_id in holders.items():
            for span in entities.pop(office_id).spans:
                entities[person_id].add(*span, text[span[0]:span[1]])
        mentions = [m if m.entity_id not in holders else
                    EntityMention(m.start, m.end, holders[m.entity_id]) for m in mentions]
        index = EntityIndex(mentions, entities)
    return index


def surname_keys(name: str) -> list[str]:
    """The words a person may be called by alone: the last, and in a name of three words or
    more the one before it too (Spanish usage puts the father's surname there: "José
    Antonio Meade Kuribreña" is "Secretary Meade"), and a Chinese or Korean family name
    written first ("Xi Jinping" is "President Xi")."""
    words = name.split()
    keys = words[-1:] + (words[-2:-1] if len(words) >= 3 and words[-2][:1].isupper() else [])
    if len(words) >= 2 and words[0] in FAMILY_NAME_FIRST:
        keys.append(words[0])  # "Xi Jinping" is "Xi" alone (see people.FAMILY_NAME_FIRST)
    return keys


def _title_words(role: str) -> set[str]:
    """A title's own words, lower case: "President of Kenya" -> {"president", "kenya"}."""
    return {w.lower() for w in role.split() if w[:1].isupper()}


def _full_names(people: Sequence[PersonMention]) -> dict[tuple[str, str | None], str]:
    """The full name a bare surname stands for, keyed by (surname, role as written there).

    One full name with that surname: it, whatever the role. Several ("Mahinda Rajapaksa"
    and "Shiranthi Rajapaksa"): the one whose title the bare mention shares ("President
    Rajapaksa"), and no guess when none or both do. With no surname to fit, the one full
    name that opens with the word ("President Samia", "Dr. Workneh")."""
    by_surname: dict[str, dict[str, set[str | None]]] = {}
    for p in people:
        if " " in p.name:
            for surname in surname_keys(p.name):
                roles = by_surname.setdefault(fold_accents(surname), {})
                roles.setdefault(p.name, set()).add(p.role)
    # Given names, for usages that call a person by theirs ("President Samia" for Samia
    # Suluhu Hassan, "Dr. Workneh" for Workneh Gebeyehu): read only where no surname fits.
    # (A titled bare name not where the full name has another title: "King Abdullah" is
    # not "Foreign Minister Abdullah bin Zayed"; "President Samia" is "President … Samia
    # Suluhu Hassan of Tanzania".)
    by_given: dict[str, dict[str, set[str | None]]] = {}
    for p in people:
        words = p.name.split()
        if len(words) >= 2 and words[0] not in FAMILY_NAME_FIRST:
            by_given.setdefault(fold_accents(words[0]), {}).setdefault(p.name, set()).add(
                p.role)
    out: dict[tuple[str, str | None], str] = {}
    # A name written short elsewhere, its middle names left out ("President Ismail Guelleh"
    # for Ismail Omar Guelleh): the one longer name with the same first and last words.
    longer = _longer_names(people)
    for p in people:
        surname = fold_accents(p.name)
        if " " in p.name and surname in longer:
            out[(surname, p.role)] = longer[surname]
            continue
        holders = by_surname.get(surname) if " " not in p.name else None
        if not holders:
            given = by_given.get(surname, {}) if " " not in p.name else {}
            if len(given) == 1:
                name, roles = next(iter(given.items()))
                if p.role is None or any(r is None or _title_words(r) & _title_words(p.role)
                                         for r in roles):
                    out[(surname, p.role)] = name
            continue
        if len(holders) == 1:
            out[(surname, p.role)] = next(iter(holders))
            continue
        fitting = [name for name, roles in holders.items() if p.role and p.role in roles]
        if len(fitting) == 1:
            out[(surname, p.role)] = fitting[0]
    return out


# Beyond this many names with the same first and last word, no short one is folded (the
# comparisons grow with the square of their number, and so many names fit no single one).
_MAX_NAMESAKES = 12


def _longer_names(people: Sequence[PersonMention]) -> dict[str, str]:
    """Folded two-word names -> the one longer name they shorten: same first and last word,
    the longer's other words in between ("Ismail Guelleh" -> "Ismail Omar Guelleh"; not
    "George Walker Bush" -> "George Herbert Walker Bush", his father), with titles that agree
    where both have one ("President …" and "President of Djibouti …"; not "Prime Minister
    Ferdinand Marcos" and "Former President Ferdinand Edralin Marcos"). None where two
    longer names would fit."""
    names: dict[str, str] = {}
    roles: dict[str, set[str]] = {}
    for p in people:
        if len(p.name.split()) >= 2:
            folded = fold_accents(p.name)
            names[folded] = p.name
            if p.role:
                roles.setdefault(folded, set()).update(_title_words(p.role))
    by_ends: dict[tuple[str, str], list[str]] = {}
    for folded in names:
        words = folded.split()
        by_ends.setdefault((words[0], words[-1]), []).append(folded)
    out: dict[str, str] = {}
    for group in by_ends.values():
        if len(group) < 2 or len(group) > _MAX_NAMESAKES:
            continue
        for short in group:
            if len(short.split()) != 2:
                continue  # a name with a middle name of its own is no short form of another
            fits = [full for full in group if len(full.split()) > 2
                    and _in_order(short.split(), full.split())
                    and (short not in roles or full not in roles
                         or roles[short] & roles[full])]
            if len(fits) == 1:
                out[short] = names[fits[0]]
    return out


def _in_order(words: list[str], within: list[str]) -> bool:
    """Are `words` a subsequence of `within`?"""
    rest = iter(within)
    return all(word in rest for word in words)


def _office_holders(office_ids: Iterable[str], entities: dict[str, Entity]) -> dict[str, str]:
    """An office named without a person whose holder the text names: "the Latvian Foreign
    Minister, Edgars Rinkēvičs, met …" then "The Latvian Foreign Minister noted …" is one
    person. Only when exactly one named person has that title for that country."""
    keys: dict[str, str] = {}

    def key(person: Entity) -> str:
        if person.id in keys:
            return keys[person.id]
        words = " ".join((person.role or "").lower().replace("-", " ").split())
        if person.represents:
            # "President of the Republic of Ghana" holds the office "the Ghanaian President";
            # only the last "of …" names the country ("Minister of Foreign Affairs of Ghana").
            words = re.sub(rf"\s+of\s+(?:the\s+)?(?:(?!of\s)[\w’'-]+\s+){{0,3}}?"
                           rf"{_STATE_OF}{re.escape(person.represents.lower())}$", "", words)
        keys[person.id] = _SAME_OFFICE.get(words, words)
        return keys[person.id]

    out: dict[str, str] = {}
    offices = set(office_ids)
    # (An office is held by a named person, not by another wording of the office: "UN
    # Secretary-General" and "United Nations Secretary-General" stay two offices here.)
    named = [e for e in entities.values() if e.kind == "person" and e.role
             and e.id not in offices]
    for office_id in offices:
        office = entities.get(office_id)
        if office is None:
            continue
        holding = [e for e in named if key(e) == key(office)]
        same = [e.id for e in holding if e.represents == office.represents]
        # A holder whose country the text does not say ("the Minister of Foreign Affairs,
        # Edgars Rinkēvičs, met the Minister … of Belarus") when no other may be meant.
        unsaid = [e.id for e in holding if e.represents is None]
        if len(same) == 1:
            out[office_id] = same[0]
        elif not same and len(unsaid) == 1:
            out[office_id] = unsaid[0]
    return out


# The official form of a country's name in a title: "of the Republic of Ghana".
_STATE_OF = (r"(?:(?:republic|kingdom|state|states|federation|sultanate|commonwealth|union"
             r"|emirate|emirates|principality|islands)\s+of\s+(?:the\s+)?)?")


# One office, several wordings: "the Latvian Foreign Minister" is "the Minister of Foreign
# Affairs, Edgars Rinkēvičs".
_SAME_OFFICE = {name: "foreign minister" for name in (
    "minister of foreign affairs", "minister for foreign affairs", "foreign affairs minister",
    "minister of external affairs", "external affairs minister")}


def _after_known_name(text: str, p: PersonMention,
                      known_by_start: dict[int, Mention]) -> PersonMention:
    """A name that opens with a country's ("the Republic Türkiye Mevlüt Çavuşoğlu") starts
    after it, when two or more words are left."""
    known = known_by_start.get(p.start)
    role, role_end = p.role, p.role_end
    if known is None and p.role and p.start - 1 <= p.role_end <= p.start:
        # A country's name whose first word the title took: "Minister of Foreign Affairs
        # of the Russian Federation I. Ivanov" (the title ends at "Russian"); the title
        # then runs to the country's end. (Looked up by its start, in the few characters a
        # country's first word spans.)
        known = next((k for pos in range(p.start - 2, max(p.role_start, p.start - 30) - 1, -1)
                      if (k := known_by_start.get(pos)) is not None and k.end > p.start),
                     None)
        if known is not None:
            role, role_end = " ".join(text[p.role_start:known.end].split()), known.end
    if known is None or known.end >= p.end:
        return p
    start = known.end
    while start < p.end and text[start].isspace():
        start += 1
    rest = text[start:p.end]
    if len(rest.split()) < 2:
        return p
    return PersonMention(" ".join(rest.split()), start, p.end, role, p.role_start, role_end)


# Letters NFKD does not take apart: Turkish dotless i, Polish ł, Nordic ø, South Slavic đ.
_PLAIN_LETTERS = str.maketrans("ıłøđĐŁØ", "ilodDLO")


def fold_accents(word: str) -> str:
    """`word` without its accents: "Çavuşoğlu" -> "Cavusoglu", "Šimonytė" -> "Simonyte"."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _Spans:
    """Sorted, non-overlapping spans with a logarithmic overlap test."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1
        # Spans may nest (a person inside a longer title); look back a few.
        return any(self.spans[k][1] > start for k in range(i, max(-1, i - 4), -1))


def _surnames(text: str, people: list[PersonMention], entities: dict[str, Entity],
              taken: _Spans,
              full_names: dict[tuple[str, str | None], str] | None = None,
              ) -> list[EntityMention]:
    """Later mentions of a person by surname alone: "Saidov noted", "while West thanked".
    `full_names` maps a short name with its title to the full name its entity has ("Prime
    Minister Srettha" is the entity "Srettha Thavisin")."""
    full_names = full_names or {}
    holders: dict[str, set[str]] = {}
    for p in people:
        if " " in p.name:
            for surname in surname_keys(p.name):
                holders.setdefault(surname, set()).add(p.name)
    # A surname two named people share ("Mahinda" and "Shiranthi Rajapaksa") names neither.
    full = {surname: names.pop() for surname, names in holders.items() if len(names) == 1}
    by_surname = {p.name: full_names.get((fold_accents(p.name), p.role), p.name)
                  for p in people if " " not in p.name and p.name not in holders} | full
    if not by_surname:
        return []
    # One word at a time, looked up: an alternation of the names would be tried name by name
    # at each candidate, which grows with the text when the names do (a roster of thousands).
    # The lookahead on the names' first letters lets the engine skip to candidates; the
    # lookbehinds alone make it try every position (twice the time on 1 MB).
    firsts = "".join(sorted({re.escape(s[0]) for s in by_surname}))
    pattern = re.compile(rf"(?=[{firsts}])(?<![\w.’'-])(?<!the )(?<!The )([^\W\d_][\w’'-]*)"
                         r"(?![\w’'-])(?!\s+[A-Z][a-z])")
    out = []
    for m in pattern.finditer(text):
        if m.group(1) not in by_surname or taken.overlaps(m.start(), m.end()):
            continue
        pid = _person_id(by_surname[m.group(1)])
        if pid not in entities:
            continue  # (a name folded into another entity under a title not seen here)
        entities[pid].add(m.start(), m.end(), m.group(1))
        out.append(EntityMention(m.start(), m.end(), pid))
    return out


def _overlaps(start: int, end: int, spans: _Spans) -> bool:
    return spans.overlaps(start, end)


# An office named without a person: "the UN Secretary General", "the EU High Representative".
_OFFICE = lazy_compile(
    r"\s+(?P<title>Secretary[- ]General|High Representative|High Commissioner|Special Envoy"
    r"|Special Representative|Secretary of State|Foreign Minister|Prime Minister|President"
    r"|Director[- ]General)\b(?!\s+(?:for|of)\s)(?!\s+[A-Z][a-z]+\s+[A-Z])"
    # (nor the first of a holder's two offices: "Qatar Prime Minister and Minister of
    # Foreign Affairs Sheikh Mohammed …")
    r"(?!\s+and\s+(?:Minister|Foreign|Secretary|President|Chairman|Chair|Commander)\b)")


# A person news reports introduce by their country instead of a title: "Australia’s Penny
# Wong", "Antony Blinken from the US". Two to four name words, not followed by another.
_NAME_RUN = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}(?![\w’'-]|\s+[A-Z])"
_POSSESSED = lazy_compile(rf"[’']s\s+(?P<name>{_NAME_RUN})")
_FROM_BEFORE = lazy_compile(r"\sfrom\s+(?:the\s+)?$")
_FROM_COUNTRY = lazy_compile(rf"(?P<name>{_NAME_RUN})\s+from\s+(?:the\s+)?$")
# "Presidents Vladimir Putin of Russia, Emmanuel Macron of France and …": a plural title
# shared by a list of people, each given with their country.
_OF_COUNTRY = lazy_compile(rf"(?P<name>{_NAME_RUN})\s+of\s+(?:the\s+)?$")
_PLURAL_TITLE = (r"(?:Presidents|Prime\s+Ministers|Foreign\s+Ministers|Ministers|Chancellors"
                 r"|Premiers|Kings|Leaders|Heads\s+of\s+State|Ambassadors|Envoys|Co-Chairs)")
_SHARED_TITLE = lazy_compile(rf"\b{_PLURAL_TITLE}\s[^.;:!?]{{0,200}}$")
_LEADING_TITLE = lazy_compile(rf"{_PLURAL_TITLE}\s+")
# "The presidents of Brazil, Luiz Inácio Lula da Silva; Argentina, Alberto Fernández; and
# Paraguay, Mario Abdo Benítez, signed …": each country followed by its holder's name.
_COMMA_NAME = lazy_compile(rf",\s+(?P<name>{FULL_NAME})(?=\s*[;,]|\s+and\b)")
# Plural titles in any case ("the presidents of …", "Heads of State, …").
_PLURAL_TITLE_ANY_CASE = (r"(?i:presidents|leaders|prime\s+ministers|foreign\s+ministers"
                          r"|ministers|heads\s+of\s+state)")
_TITLES_OF = lazy_compile(rf"\b{_PLURAL_TITLE_ANY_CASE}\s+of\s[^.!?]{{0,250}}$")


# "The Colombian and Ecuadorean presidents, Juan Manuel Santos and Rafael Correa, …" and
# "Ministers Rimbink Pato and Justin Tkatchenko": the names a plural title introduces.
_PLURAL_APPOSITION = lazy_compile(
    rf"(?=[PpLlMmHhFf])\b{_PLURAL_TITLE_ANY_CASE},?\s+(?P<names>{FULL_NAME}(?:,\s+{FULL_NAME})*"
    rf",?\s+and\s+"
    rf"{FULL_NAME})(?=\s*[,.;)]|\s+[a-z])")
# "Foreign Ministers of Georgia, Ukraine and Moldova, A B, C D and E F, respectively": the
# names after the countries, tried only where "respectively" follows closely (each comma of a
# long list would otherwise open a new try at the names).
_PLURAL_TITLE_OF = lazy_compile(rf"(?=[PpLlMmHhFf])\b{_PLURAL_TITLE_ANY_CASE}\s+of\s+(?:the\s+)?")
_RESPECTIVE_NAMES = lazy_compile(
    rf"[A-Z][^.;:]{{0,200}}?,\s+(?P<names>{FULL_NAME}(?:,\s+{FULL_NAME}){{0,12}},?\s+and\s+"
    rf"{FULL_NAME}),?\s+respectively\b")
_ONE_NAME = lazy_compile(FULL_NAME)


def _with_introduced_people(text: str, known: list[Mention], gaz: Gazetteer,
                            people: list[PersonMention]) -> list[PersonMention]:
    """`people` plus those named right after a country's possessive, before "from" it, or
    before "of" it in a list under a plural title, or listed after a plural title."""
    taken = _Spans([(p.role_start, p.end) for p in people] + [(m.start, m.end) for m in known])
    extra: dict[int, PersonMention] = {}
    lists = list(_PLURAL_APPOSITION.finditer(text))
    for t in _PLURAL_TITLE_OF.finditer(text) if "respectively" in text else ():
        if "respectively" in text[t.end():t.end() + 400]:
            found = _RESPECTIVE_NAMES.match(text, t.end())
            if found is not None:
                lists.append(found)
    for m in lists:
        for n in _ONE_NAME.finditer(text, m.start("names"), m.end("names")):
            name = n.group()
            if valid_name(name) and not _overlaps(n.start(), n.end(), taken):
                extra[n.start()] = PersonMention(name, n.start(), n.end(), None, n.start(),
                                                 n.start())
    for m in known:
        if gaz.entities[m.entity_id].kind != "country":
            continue
        # Substring tests first: most country names are neither possessed nor "from" ones.
        found = _POSSESSED.match(text, m.end) if text.startswith(("’s ", "'s "), m.end) else None
        if found is None and _FROM_BEFORE.search(text, max(0, m.start - 10), m.start):
            found = _FROM_COUNTRY.search(text, max(0, m.start - 80), m.start)
        if found is None and text.startswith(",", m.end) and _TITLES_OF.search(
                text, max(0, m.start - 260), m.start):
            found = _COMMA_NAME.match(text, m.end)
        if found is None and OF_BEFORE.search(text, max(0, m.start - 10), m.start):
            found = _OF_COUNTRY.search(text, max(0, m.start - 80), m.start)
            if found is not None and not _LEADING_TITLE.match(found.group("name")) and \
                    not _SHARED_TITLE.search(text, max(0, found.start() - 220), found.start()):
                found = None
        if found is None:
            continue
        start, end = found.span("name")
        name = found.group("name")
        title = _LEADING_TITLE.match(name)
        if title is not None:  # "Presidents Vladimir Putin": the title opens the list
            start, name = start + title.end(), name[title.end():]
        if valid_name(name) and not _overlaps(start, end, taken) and start not in extra:
            extra[start] = PersonMention(name, start, end, None, start, start)
    if not extra:
        return people
    return sorted([*people, *extra.values()], key=lambda p: p.start)


def _fold_short_org_names(mentions: list[EntityMention],
                          entities: dict[str, Entity]) -> list[EntityMention]:
    """"the Ministerial Council" after "the Ministerial Council of the Gulf Cooperation
    Council": an organisation's name cut before its " of …" is the same body; so is a
    format's generic name inside a group's ("the Contact Group" after "the International
    Contact Group on Liberia" or "the Libya Contact Group")."""
    orgs = [e for e in entities.values()
            if e.kind in ("organization", "format") and e.id.startswith("org:")]
    if len(orgs) < 2:
        return mentions
    # Each organisation under the words before each " of " in its name: one lookup per
    # short name, where comparing every pair was quadratic in the number of bodies.
    by_prefix: dict[str, list[Entity]] = {}
    for o in orgs:
        if o.kind != "organization":
            continue
        pos = o.name.find(" of ")
        while pos != -1:
            by_prefix.setdefault(o.name[:pos], []).append(o)
            pos = o.name.find(" of ", pos + 1)
    longer: dict[str, Entity] = {}
    for short in orgs:
        if short.kind == "organization":
            matches = [o for o in by_prefix.get(short.name, []) if o is not short]
        elif not short.members:  # a generic format ("Contact Group"); such are few
            matches = [o for o in orgs if o is not short and generic_name_in(short.name, o.name)]
        else:
            matches = []
        if len(matches) == 1:  # one body it can stand for, or it stays itself
            longer[short.id] = matches[0]
    if not longer:
        return mentions
    out = []
    for m in mentions:
        target = longer.get(m.entity_id)
        if target is None:
            out.append(m)
            continue
        short = entities[m.entity_id]
        target.spans.append((m.start, m.end))
        for alias in short.aliases or [short.name]:
            if alias not in target.aliases:
                target.aliases.append(alias)
        out.append(EntityMention(m.start, m.end, target.id, m.role_span))
    for entity_id, target in longer.items():
        entities.pop(entity_id, None)
        target.spans.sort()
    return out


def generic_name_in(short: str, name: str) -> bool:
    """Is `short` (a format's generic name, "Contact Group") the head of the longer `name`:
    "International Contact Group on Liberia", "Libya Contact Group", "Contact Group on
    Piracy off the Coast of Somalia"?"""
    # (not the body a longer name is "of": "Ministerial Council of the Gulf Cooperation
    # Council" is no Gulf Cooperation Council)
    return name != short and ((name.endswith(" " + short) and not _OF_HOLDER.search(
        name, 0, len(name) - len(short))) or f" {short} on " in f" {name}")


_OF_HOLDER = lazy_compile(r"\bof\s+(?:the\s+)?$")


def _titled_offices(text: str, known: list[Mention], entities: dict[str, Entity],
                    gaz: Gazetteer, people: list[PersonMention]) -> list[EntityMention]:
    out = []
    roles = _Spans((p.role_start, p.role_end) for p in people)
    for m in known:
        om = _OFFICE.match(text, m.end)
        if not om or _overlaps(m.start, om.end(), roles):
            continue
        owner = gaz.entities[m.entity_id].name
        title = " ".join(om.group("title").replace("-", " ").split())
        name = f"{m.surface} {title}" if m.surface.isupper() else f"{owner} {title}"
        pid = _person_id(name)
        ent = entities.setdefault(pid, Entity(pid, name, "person", role=title, represents=owner))
        ent.add(m.start, om.end(), text[m.start:om.end()])
        out.append(EntityMention(m.start, om.end(), pid))
    return out


# Between a country and a title: nothing, a possessive, or up to two portfolio words the
# title pattern does not know ("Brazilian Justice Minister", "Ghana’s Health Minister").
_ROLE_GAP = lazy_compile(r"(?:[’']s)?(?:\s+[A-Z][a-z]+){0,2}\s*")
# "… of (the)" right before a name, and between a name and the next (shared with
# extraction.py and participation.py).
OF_BEFORE = lazy_compile(r"\bof\s+(?:the\s+)?$")
_DELEGATION = lazy_compile(r"\bled\s+the\s+(?P<who>[A-Z][\w.]*)\s+delegation")


OF_GAP = lazy_compile(r"\s+of\s+(?:the\s+)?")
_TOPIC_TITLE = lazy_compile(r"(?i:\b(?:envoy|representative|advis[eo]r|coordinator|affairs"
                            r"|desk|expert|correspondent)\b)")


def _represented(text: str, p: PersonMention, index: EntityIndex) -> str | None:
    """Whom a person speaks for: the country before the title, in it, or after it."""
    before = [m for m in index.within(max(0, p.role_start - 120), p.role_start)
              if _ROLE_GAP.fullmatch(text, m.end, p.role_start)
              and index.entities[m.entity_id].kind != "person"]
    if before:
        return index.entities[before[-1].entity_id].name
    after = [m for m in index.within(p.role_end, p.role_end + 40)
             if index.entities[m.entity_id].kind != "person"]
    if after and re.fullmatch(r",\s*|\s+from\s+(?:the\s+)?", text[p.role_end:after[0].start]):
        return index.entities[after[0].entity_id].name
    # "Ambassador Igor Popov of the Russian Federation", "King Felipe VI of Spain"
    of = next(iter(index.within(p.end, p.end + 40)), None)
    if of is not None and index.entities[of.entity_id].kind == "country" and \
            OF_GAP.fullmatch(text, p.end, of.start):
        return index.entities[of.entity_id].name
    # "Robert Fico, the Slovak Prime Minister": a demonym that opens the title.
    # (Not a posting or a topic: "Robert Malley, the Iran envoy", "the Sudan Special Envoy".)
    opening = next(iter(index.within(p.role_start, p.role_end)), None)
    if opening is not None and opening.start == p.role_start and \
            index.entities[opening.entity_id].kind == "country" and \
            not text.startswith(" of", opening.end) and \
            not _TOPIC_TITLE.search(text, opening.end, p.role_end):
        return index.entities[opening.entity_id].name
    # "Foreign Minister of Japan" represents Japan; "Special Envoy for Afghanistan" or
    # "Ambassador to Japan" names a topic or a posting, not whom they speak for.
    inner = [m for m in index.within(p.role_start, p.role_end)
             if index.entities[m.entity_id].kind == "country"
             and OF_BEFORE.search(text, max(p.role_start, m.start - 12), m.start)]
    if inner:
        return index.entities[inner[-1].entity_id].name  # the title nearest the name
    lead = _DELEGATION.search(text, p.end, min(len(text), p.role_end + 200))
    if lead:
        who = lead.group("who").replace(".", "")
        for ent in index.entities.values():
            forms = {a.replace(".", "") for a in [ent.name, *ent.aliases]}
            if ent.kind == "country" and (who.startswith(ent.name[:4]) or who in forms):
                return ent.name
    return None
