"""People a report names without any title: "Vladimir Putin told reporters …", "…," said
Rafael Seguis".

The title-led recognisers in people.py need a title or an honorific next to the name. News
reports often give neither, so a run of two or more capitalised name words counts as a person
here only where the prose treats it as one:
- it is the subject of a reporting or stance verb right after it ("David Cameron held …");
- a reporting verb comes right before it ("…," said Rafael Seguis);
- the agent of a meeting's verb or a member of its company comes right after it ("led by
  Sergei Lavrov", "the delegation included Ana Lopez"), and so does the next name of a list
  that opens there ("represented by Ana Lopez and Tomas Reyes");
- a description of a person follows it: "Tomas Reyes, who heads …", "Ana Lopez, a senior
  trade official", "Sergei Lavrov, Russia's top diplomat", "Ana Lopez of the trade ministry".
Phrases that are places, bodies or documents rarely stand there, and the known-name and
word checks below drop most of those that do.

A third cue was tried and left out: the name's last word standing alone elsewhere, as a
surname does ("Ossufo Momade … Momade said"). On 21 annotated sets it found 6 parties and
14 phrases that were none ("the Duavata Partnership … under the Partnership").
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable

from reader.core.lazy_regex import lazy_compile
from reader.core.people import FULL_NAME, NAMED_PLACE_WORDS, PersonMention, valid_name
from reader.core.stance import FORMS, SPEECH_VERBS

# Verbs of saying and meeting that report what a person did; the stance verbs join them.
_REPORTING = {
    "said", "says", "told", "added", "held", "met", "spoke", "speaks", "stated", "announced",
    "explained", "wrote", "tweeted", "commented", "confirmed", "received", "visited",
    "arrived", "hosted", "chaired", "led", "opened", "signed", "replied", "responded",
    "asked", "insisted", "warned", "declared", "described", "thanked", "praised", "hailed",
    "lauded", "briefed", "presented", "proposed", "invited", "assured", "conveyed",
    "travelled", "traveled", "attended", "telephoned", "called",
}
# Helping words that may stand between the name and its verb ("Ana Lopez also said").
_BETWEEN = {"also", "then", "later", "again", "further", "firmly", "strongly", "repeatedly",
            "separately", "earlier"}
# Words that open a capitalised phrase but never a name ("Their Majesties invited …").
_NOT_FIRST = {"Their", "His", "Her", "Its", "Our", "Your", "My", "Besides", "Meanwhile",
              "However", "Moreover", "Furthermore", "Close", "Both", "Each", "Every", "Some",
              # the first words of places: "St Petersburg", "Rio de Janeiro", "Mount Kenya"
              "St", "Saint", "Sainte", "San", "Santa", "Santo", "Sao", "São", "Port", "Puerto",
              "Porto", "Fort", "Rio", "Mount", "Mont", "Cape", "Lake", "New", "Los", "Las",
              "Upper", "Lower", "Greater", "Der", "Die", "Le", "La", "El", "Al", "Camp"}

# Last words that make a capitalised phrase a place, an event, a document or an outlet
# ("the resource-rich Caspian Sea signed …", "the BRICS-BIMSTEC Outreach Summit").
_NOT_LAST = {"Sea", "Ocean", "Gulf", "Lake", "River", "Bay", "Strait", "Coast", "Island", "Strip",
             "Mountain", "Cathedral", "Square", "Abbey", "Castle", "Mosque", "Temple", "Church",
             "Islands", "Peninsula", "Valley", "Basin", "Mountains", "Desert", "Region",
             "Corridor", "Route", "Summit", "Dialogue", "Partnership", "Process", "Initiative",
             "Plan", "Strategy", "Vision", "Online", "News", "Times", "Post",
             "Radio", "Television", "Channel", "Network", "Daily", "Herald", "Tribune",
             "Gazette", "Journal", "Media", "Press", "Palace", "Company", "Corporation", "Group",
             "City", "Town", "Province", "State", "County", "District", "Village", "Shimbun",
             "Gazeta", "Zeitung", "Spiegel", "Ilbo", "Pravda", "Izvestia",
             "Agency", "Bank", "Holdings", "Airlines", "Motors", "Energy", "Oil", "Gas",
             # companies, by the trade in their names
             "Aviation", "Aerospace", "Airways", "Systems", "Technologies", "Industries",
             "Petroleum", "Steel", "Electric", "Electronics", "Mobile", "Telecom", "Pharma",
             "Capital", "Partners", "Investments", "Shipping", "Logistics", "Mining", "Foods",
             # places and bodies named after people ("Ratu Sukuna Park"), as people.py reads
             *NAMED_PLACE_WORDS}

# (The lookahead lets the engine skip to capitals; the name pattern is tried only there.)
_CANDIDATE = lazy_compile(rf"(?=[A-ZÀ-ÖØ-ÞĀ-Ž])(?<![\w.’'-]){FULL_NAME}(?![\w’'-])")
_NEXT_WORDS = lazy_compile(r"[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?")
_REPORTED_BEFORE = lazy_compile(rf"(?:\b(?:{SPEECH_VERBS}|told\s+reporters)|[”\"],)\s+$")
# An inverted attribution ends with the name: '"…," said Rafael Seguis, …' or '… said Ana
# Lopez.'; "The minister said Santa Cruz would hold …" opens a clause on its subject.
_CLAUSE_END_AFTER = lazy_compile(r"\s*(?:[,.;:)]|$)")
# Plural titles before a list of names ("Cabinet Secretaries Raychelle Omamo, Monica Juma").
_PLURAL_TITLES = ("Secretaries", "Ministers", "Ambassadors", "Senators", "Governors", "Envoys",
                  "Presidents")
# "led by …", "the delegation included …", "Also present were …".
_COMPANY_BEFORE = lazy_compile(
    # (a participle may open the sentence: "Chaired by Mohammad Javad Zarif and …, the
    # consultations …")
    r"\b(?:(?i:led|co-led|chaired|co-chaired|headed|represented|hosted|received|accompanied"
    r"|attended|joined|signed|welcomed|greeted|opened|moderated|facilitated|mediated)\s+by"
    r"|included|including|includes|comprised|comprising|among\s+them|(?i:present)"
    r"(?:\s+(?:at|in)\s+the\s+[a-z]+)?\s+were"
    r"|such\s+as"
    # a plural title before a list of names: "Cabinet Secretaries Raychelle Omamo, Monica Juma"
    rf"|(?:{'|'.join(_PLURAL_TITLES)}))\s+$")
# "a meeting of Presidents of Azerbaijan, Armenia and Russia – Ilham Aliyev, …": the names
# after a dash that follows a plural title and its countries (looked for only right after a
# dash, so the longer look back costs nothing elsewhere).
_DASH_JUST_BEFORE = lazy_compile(r"\s[–—-]\s+$")
_TITLES_OF_BEFORE_DASH = lazy_compile(
    rf"\b(?:{'|'.join(_PLURAL_TITLES)}|Prime\s+Ministers|Foreign\s+Ministers|leaders)\s+of\s+"
    r"[^–—.;:]{3,120}?\s[–—-]\s+$")
# Between two names of a list: a comma or "and", after the first one's country or body
# ("Manasseh Sogavare of Solomon Islands, James Marape of Papua New Guinea and …").
_LIST_AFTER_PERSON = lazy_compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|and|of|the)){0,4}?)?"
    r"(?:,|\s+and|,\s+and)\s+")
# What each name of such a list comes with: "… of Fiji", "…, spokesperson of the FLNKS".
_ITS_OWN_COUNTRY_OR_OFFICE = lazy_compile(
    r"\s+of\s+(?:the\s+)?[A-Z]|,\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:of|to|for)"
    r"\s+(?:the\s+)?[A-Z]")
# The list going on after a name: a comma, "and", or its end.
_LIST_GOES_ON = lazy_compile(r"\s*(?:,|;|\.(?:\s|$)|and\b|$)")
# Nouns that describe a person by office or trade, for the descriptions below.
_PERSON_NOUN = (r"(?:official|officials|diplomat|negotiator|envoy|adviser|advisor|minister"
                r"|secretary|spokesman|spokeswoman|spokesperson|ambassador|representative"
                r"|leader|head|chief|director|chairman|chairwoman|chair|president|premier"
                r"|delegate|undersecretary|under-secretary|commissioner|governor|mayor"
                r"|lawmaker|senator|general|commander|mediator|counterpart|aide)")
_DESCRIBED_AFTER = lazy_compile(
    r",\s+(?:who\s+(?:heads|headed|leads|led|chairs|chaired|is|was|serves|served|represents"
    r"|represented)\b"
    # (not "Puerto Montt, a leader in salmon farming": a field, which places lead too)
    rf"|(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?{_PERSON_NOUN}\b(?!\s+in\b)"
    rf"|[A-Z][\w-]+(?:[’']s)\s+(?:[\w-]+\s+){{0,3}}?{_PERSON_NOUN}\b)"
    r"|\s+of\s+the\s+(?:[a-z-]+\s+){0,3}?(?:ministry|delegation|government|department"
    r"|embassy|secretariat|commission|presidency)\b")
# A description of a person before the name, between commas: "the chief mediator, Riek
# Machar,", "a member of the rebel negotiating team, Krishna Bahadur Mahara,".
_DESCRIBED_BEFORE = lazy_compile(
    rf"\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?(?:{_PERSON_NOUN}|member|chief)"
    r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?[\w-]+)?,\s+$")
_APPOSITION_CLOSES = lazy_compile(r",\s")
_ARTICLE_BEFORE = lazy_compile(r"(?:\b(?:the|The|a|an|A|An)|\d)\s+$")


def untitled_people(text: str, taken: Iterable[tuple[int, int]],
                    is_known_name: Callable[[str], bool],
                    titled_ends: Iterable[int] = ()) -> list[PersonMention]:
    """Names without a title that the prose treats as a person's, outside `taken` spans.

    `is_known_name(phrase)` says whether a phrase holds a known place or body name (a country,
    a capital, an organisation), which no person's name here does. `titled_ends` are where
    the names of people found by their titles end: a list may go on from one of them
    ("President Ishmael Kalsakau of Vanuatu, Manasseh Sogavare of Fiji and …").
    """
    ends = sorted(titled_ends)
    occupied = bytearray(len(text) + 1)
    for start, end in taken:
        occupied[start:end] = b"\x01" * (end - start)
    out: list[PersonMention] = []
    for m in _CANDIDATE.finditer(text):
        start, end = m.span()
        name = m.group()
        words = name.split()
        # Title words the run opened with ("Cabinet Secretaries Raychelle Omamo"): the name
        # is what follows them.
        lead = next((k for k in range(1, len(words) - 1) if valid_name(" ".join(words[k:]))
                     and words[k - 1] in _PLURAL_TITLES and words[k][:1].isupper()
                     and not words[k].isupper()), None)
        if lead is not None and not valid_name(name):
            start = text.index(words[lead], start + len(" ".join(words[:lead])))
            name, words = text[start:end], words[lead:]
        if occupied.find(1, start, end) != -1 or words[0] in _NOT_FIRST or \
                words[-1] in _NOT_LAST or words[0] in _NOT_LAST:
            continue
        if not valid_name(name) or _ARTICLE_BEFORE.search(text, max(0, start - 6), start):
            continue  # "the Red Sea", "the 2016 Arbitral Award"
        before = max(0, start - 40)
        # The person this name may follow in a list: the last one found before it. Past the
        # last one's country the list is one of people with their countries or offices, and
        # this name must have its own: "President A of Vanuatu, B of Fiji". Right after a name
        # found by its title, the list must go on after it: "President Joe Biden, Jill Biden
        # and …", not "Prime Minister A and Gaza Strip residents", "… Table Mountain were".
        titled = bisect_right(ends, start)
        untitled_end = out[-1].end if out else -1
        previous = max(ends[titled - 1] if titled else -1, untitled_end)
        gap = _LIST_AFTER_PERSON.fullmatch(text, previous, start) if previous >= 0 else None
        listed = gap is not None and (
            _ITS_OWN_COUNTRY_OR_OFFICE.match(text, end) is not None
            or (" of " not in gap.group() and (
                previous == untitled_end or _LIST_GOES_ON.match(text, end) is not None)))
        if not (_subject_of_verb(text, end) or listed
                or (_REPORTED_BEFORE.search(text, before, start)
                    and _CLAUSE_END_AFTER.match(text, end))
                or _COMPANY_BEFORE.search(text, before, start)
                or (_DASH_JUST_BEFORE.search(text, max(0, start - 4), start)
                    and _TITLES_OF_BEFORE_DASH.search(text, max(0, start - 140), start))
                or _DESCRIBED_AFTER.match(text, end)
                or (_APPOSITION_CLOSES.match(text, end)
                    and _DESCRIBED_BEFORE.search(text, max(0, start - 100), start))):
            continue
        if is_known_name(name):
            continue  # "Addis Ababa", "Besides Beijing"
        out.append(PersonMention(name, start, end, None, start, start))
    return out


def _subject_of_verb(text: str, end: int) -> bool:
    after = _NEXT_WORDS.match(text, end)
    if after is None:
        return False
    verb = after.group(1)
    if verb in _BETWEEN and after.group(2):
        verb = after.group(2)
    return verb in _REPORTING or verb in FORMS or (
        verb == "had" and _HAD_MEETING.match(text, after.end(1)) is not None)


# "Vladimir Putin had a telephone conversation with …", "… had talks with …"
_HAD_MEETING = lazy_compile(r"[ \t]+(?:(?:a|an)[ \t]+)?(?:[a-z-]+[ \t]+){0,2}?(?:talks"
                            r"|conversation|meeting|call|discussions?|consultations"
                            r"|exchange|audience)\b")
