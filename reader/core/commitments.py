"""Commitments: who stated what (actor, stance verb, exact clause, themes, stance class)."""
from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader.core.entities import EntityIndex
from reader.core.lazy_regex import lazy_compile
from reader.core.people import UPPERCASE
from reader.core.records import Commitment, Entity
from reader.core.stance import (
    DECLARERS,
    DOCUMENT_SUBJECTS,
    FORMS,
    LEXICON,
    PARTICIPLES,
    PREAMBLE_CONVICTION,
    PREAMBLE_NEUTRAL,
    PREAMBLE_STANCES,
    SPEECH_VERBS,
    SUBORDINATORS,
    Head,
    SubjectChecker,
    Token,
    find_heads,
    may_hold_stance,
    negating_subject,
    obliges,
    preamble_word,
    tokens,
)

PARTICIPANTS = "participants"
_PLURAL_GROUP = lazy_compile(
    r"\b(?:sides|parties|participants|officials|leaders|ministers|delegations|countries"
    r"|governments|representatives|envoys|partners|members|states|we|they)\b", re.IGNORECASE)
# A paragraph opening on a stance verb in the past tense with no subject, perhaps after a
# linking phrase ("In this context, stressed …", "Noted with concern …", "Called on …");
# not a participle phrase ("Welcomed by …").
_SUBJECTLESS_OPENING = lazy_compile(
    r"(?:(?:In\s+this\s+(?:context|regard|respect)|In\s+addition|Furthermore|Moreover"
    r"|Further|Also|Finally|Lastly|Besides|Additionally|Likewise|Similarly),\s+)?"
    r"(?P<verb>[A-Z][a-z]+ed|[a-z]+ed)\b(?!\s+by\b)"
    # nor a signature line ("Signed in Baku on 5 May 2017", "Done at Lima on 1 May")
    r"(?!\s+(?:in|at)\s+(?:[A-Z]|\d)|\s+on\s+\d)")
# A lead-in that introduces documents signed or adopted, one title per item.
_SIGNING_LEMMAS = {"sign", "adopt", "conclude", "witness", "exchange", "oversee", "approve"}
# An item that states an action, not a title ("approved the following Action Plan:" then
# "• To expand trade in agriculture;").
_ACTION_ITEM = lazy_compile(r"\W*(?:[Tt]o\s+[a-z]|[A-Z][a-z]+(?:s|ing)\s+(?:the|a|an|to)\b)")
_DOCUMENTS = lazy_compile(r"\b(?i:agreements?|documents?|memorand(?:um|a)|mous?|instruments?"
                          r"|protocols?|treaties|treaty|accords?|conventions?|declarations?"
                          r"|programmes?|programs?|plans?|contracts?)\b")
# A lead-in that only announces ("We affirm that:", "… highlighted the following:").
_ANNOUNCE_ONLY = lazy_compile(
    r"^\W*(?:(?:on|to|upon|in)\s+)?(?:that|the\s+following(?:\s+\w+){0,2}|as\s+follows)\W*$",
    re.IGNORECASE)
# "… agreed on the following:", "To that end, we decided:" (nothing named after the verb).
_BARE_ANNOUNCE = lazy_compile(
    r"^\W*+(?:(?:(?:on|to|upon|in)\s+)?(?:that|the\s+following|as\s+follows)|to|on)?\W*+$",
    re.IGNORECASE)
# Numbered lists the segmenter reads as sentences: "… the following:\n1." then "To …", "2."
_TRAILING_MARKER = lazy_compile(r"\n\s*\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z])[.)]$")
_MARKER_ONLY = lazy_compile(r"^\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z])[.)]?$|^[-–—]$")
# "2.1     Strongly condemned …", "(b) Welcomed …", "-\nAcknowledged …"
_LEADING_MARKER = lazy_compile(
    r"^(?:\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z])[.)]|\d{1,2}\.\d{1,2})\s+(?=[A-Z“\"])|^[-–—]\s*\n\s*")


@dataclass(frozen=True)
class Unit:
    """A reading unit as the extraction sees it (a Sentence of the analysis)."""

    start: int
    end: int
    kind: str
    block: int


# Words in a lead-in that announce a list of shared positions, besides stance verbs.
_LIST_NOUNS = lazy_compile(
    r"\b(?:objectives|priorities|commitments|principles|goals|agreed|decided"
    r"|including to|steps|actions|measures)\b", re.IGNORECASE)
# A lead-in that introduces who took part, not what they said ("joined this statement:").
_PARTY_LIST = lazy_compile(
    r"\b(?:joined|signed|endorsed|endorse|join|sign|signatories|participants|participating"
    r"|attended|attendees|members|countries|delegations|co-sponsors|sponsors)\b[^:]*:\s*$",
    re.IGNORECASE)
_ING_STANCE = lazy_compile(r"\b\w+ing\b")
# "…,” the joint statement highlighted." after a quotation: the reporter's words.
# (Blanks are taken whole and words one at a time: four quantifiers that could all take the
# same blanks made 400 blanks after a quotation take 37 s.)
_REPORTING_TAIL = lazy_compile(
    r"(?<=[”\"])(?:\s*+,)?\s++(?:[\w-]+\s++){0,8}?(?:said|says|highlighted|noted"
    r"|stated|states|added|read|reads|emphasized|stressed|underlined|announced)\.?\s*+$")
_WORDS = lazy_compile(r"[A-Za-z]+")
# After a quotation, a speaker's verb and then where or when they spoke: no clause of its own.
_AFTER_QUOTE = lazy_compile(r"[”\"’],?\s*$")
_ATTRIBUTION_TAIL = lazy_compile(r"\s+(?:[A-Z][a-z]+day\s+)?(?:in|at|on|during|after|before|to"
                               r"|from|while|as|when)\b|\s*[.,;]")
_DANGLING = lazy_compile(r"(?<![\s,])(?:\s*,)?\s+(?:and|but|while|whereas|yet)\s*$")
_OWN_COMMITMENT = lazy_compile(
    r"(?:\b(?:our|their)|’s|'s|s’|s')\s+(?:[a-z-]+\s+){0,2}?(?:commitments?|determination"
    r"|resolve|pledges?)\b"
    # "The summit ended with a pledge to increase cooperation."
    r"|\b(?:ended|concluded|closed|wrapped\s+up)\b[^.;]{0,120}?\bwith\s+an?\s+(?:[a-z-]+\s+)?"
    r"(?:pledge|commitment|vow|call|appeal)\s+(?:to|for)\b")
_MEETING_NOUN = lazy_compile(r"\b(?:summit|meeting|talks|session|conference|visit|dialogue"
                           r"|consultations|forum)\b", re.IGNORECASE)
# Whose "…’ pledge" names the parties: "the leaders’ pledge", "the ministers’ commitment".
_GROUP_POSSESSIVE = lazy_compile(
    r"\b(?:leaders|ministers|countries|states|nations|participants|parties|sides|governments"
    r"|delegations|presidents)[’']\s")


# Single curly quotes quote too (British usage): "‘" opens; "’" closes only after
# punctuation (",’") or before it ("talks’."): an apostrophe ("Poland’s", "parties’
# positions", "l’Élysée") has a letter or a space after it.
_QUOTE_MARK = lazy_compile(r"[“”\"‘]|(?<=[,.!?…])’|’(?=[,.;:!?)]|$)")
_OPENING_QUOTE = lazy_compile(r"[“\"]\s*$")


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside quotation marks (curly or straight) in [start, end)."""
    spans = []
    curly: int | None = None
    single: int | None = None
    straight: int | None = None
    for m in _QUOTE_MARK.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if ch == "“" and curly is None:
            curly = i
        elif ch == "”" and curly is not None:
            spans.append((curly, i + 1))
            curly = None
        elif ch == "”" and straight is not None:  # a source that mixes its marks: "…”
            spans.append((straight, i + 1))
            straight = None
        elif ch == "‘" and single is None and curly is None:
            single = i
        elif ch == "’" and single is not None:
            spans.append((single, i + 1))
            single = None
        elif ch == '"':
            if curly is not None and straight is None and text.find("”", i, end) == -1:
                # “…" (mixed marks) closes it; with a ” still to come it is a quotation
                # inside the quotation ('“A "green" railway,”') or an inch mark
                spans.append((curly, i + 1))
                curly = None
            elif straight is None:
                straight = i
            else:
                spans.append((straight, i + 1))
                straight = None
    if curly is not None:  # a quotation left open runs to the end of the paragraph
        spans.append((curly, end))
    if single is not None:
        spans.append((single, end))
    return spans


def _qualifies_as_list_intro(text: str, unit: Unit, heads: list[Head]) -> bool:
    if not text[unit.start:unit.end].rstrip().endswith(":"):
        return False
    if introduces_parties(text, unit) and not any(h.subject for h in heads):
        return False
    if heads:
        return True
    body = text[unit.start:unit.end]
    if _LIST_NOUNS.search(body):
        return True
    # "Considering that:", "Bearing in mind:": the premises of a declaration, no position
    ing = _ing_stance(body)
    return ing is not None and ing not in PREAMBLE_NEUTRAL


def _numbered_lists(text: str, units: Sequence[Unit]) -> list[Unit]:
    """Read numbered and dashed lists the segmenter returns as sentences as a lead-in and
    its items: "…:\n1." / "To …;\n2." / "To …", "…:" / "1." / "Noted …", "2.1 Condemned …",
    "-\nAcknowledged …". A marker glued to the end of a unit opens the next item."""
    units = _split_at_line_markers(text, units)
    out: list[Unit] = []
    in_list = pending = False
    block = -1  # negative: blocks made here never collide with the segmenter's
    for n, u in enumerate(units):
        start, end = u.start, u.end
        trailing = _TRAILING_MARKER.search(text, start, end)
        if trailing:
            end = start + len(text[start:trailing.start()].rstrip())
        body = text[start:end]
        following = text[units[n + 1].start:units[n + 1].end] if n + 1 < len(units) else ""
        prefix = _LEADING_MARKER.match(body)
        opens = trailing is not None or bool(_MARKER_ONLY.match(following)
                                             or _LEADING_MARKER.match(following))
        if body.endswith(":") and u.kind in ("sentence", "lead-in") and opens:
            out.append(Unit(start, end, "lead-in", u.block))
            in_list, pending = True, trailing is not None
            block -= 1
            continue
        if not body or _MARKER_ONLY.match(body):
            if in_list or opens:
                in_list, pending, block = True, True, block - 1
            continue
        if prefix and prefix.end() < len(body):
            block -= 1
            out.append(Unit(start + prefix.end(), end, "item", block))
            in_list, pending = True, trailing is not None
            if pending:
                block -= 1
            continue
        if in_list and (pending or "\n" not in text[out[-1].end:start] if out else False):
            out.append(Unit(start, end, "item", block))  # a new item, or its next sentence
            pending = trailing is not None
            if pending:
                block -= 1
            continue
        in_list = pending = False
        out.append(Unit(start, end, u.kind, u.block) if trailing else u)
    return out


_LINE_MARKER = lazy_compile(r"\n[ \t]*(?=\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z])[.)]\s+\S)")


def _split_at_line_markers(text: str, units: Sequence[Unit]) -> list[Unit]:
    """A unit holding several "\n(b) …" lines (no full stops between them) is several items."""
    out: list[Unit] = []
    for u in units:
        cuts = [m.end() for m in _LINE_MARKER.finditer(text, u.start, u.end)]
        if not cuts:
            out.append(u)
            continue
        bounds = [u.start, *cuts, u.end]
        for a, b in itertools.pairwise(bounds):
            piece = text[a:b].rstrip()
            if piece.strip():
                out.append(Unit(a, a + len(piece), u.kind, u.block))
    return out


def introduces_parties(text: str, unit: Unit) -> bool:
    """Is this lead-in the start of a list of parties ("The following countries joined:")?"""
    return unit.kind == "lead-in" and bool(_PARTY_LIST.search(text, unit.start, unit.end))


# "Emanating from the conviction of the Arab countries that …": the stance is the noun.
_CONVICTION = lazy_compile(r"\s+(?:from|by|upon)\s+(?:the|their|our)\s+(?:firm\s+|deep\s+)?"
                         r"(?P<noun>conviction|belief|determination|commitment)\b")


# A sentence whose subject is the parties' own text: "The statement, read by …, stressed".
_TEXT_SUBJECT = lazy_compile(r"\s*(?:The|Their|Its)\s+(?:\w+\s+){0,2}?(?:statement|declaration"
                           r"|communiqu[eé]|resolution|document)\b")
# (The blank before it is read from its start only: a long run of blanks was read again
# from each of its characters.)
_OWN_SUBORDINATE = lazy_compile(
    r"(?<!\s)\s+(?:as|while|when|after)\s+(?:they|we|the\s+two\s+(?:sides|leaders|ministers|countries)"
    r"|both\s+sides)\s+(?:also\s+)?[a-z]+ed\b")
# The gathering as a subject inside the previous sentence: "Regarding counterterrorism, the
# Council reiterated …. It condemned …".
_GATHERING_SUBJECT = lazy_compile(
    r"\b(?:[Tt]he)\s+(?:Ministerial\s+|Supreme\s+|Summit\s+)?(?:Council|Summit|Meeting"
    r"|Conference|Committee|Forum|Assembly)\s+(?:also\s+|further\s+)?[a-z]+ed\b")
_PREVIOUS_REACH = 600  # characters back where the sentence before an "It …" is looked for
# "It …", or "Finally, it …" after a sentence adverb.
_IT_OPENS = lazy_compile(r"(?:(?:Finally|Moreover|Furthermore|Additionally|Also|Further|"
                         r"Meanwhile|Lastly),\s+it|It)\s")


# Reported speech. The speaker is a name (with its title), "he"/"she", or the parties as a
# group; "an official", "a spokesman", "analysts" are no party and are checked later.
_REPORTING = lazy_compile(rf"\b(?:{SPEECH_VERBS})\b")
_UP = UPPERCASE  # capitals, accented ones too ("Šimonytė")
# ("The Vietnamese and Nepalese leaders said …": a group with its peoples' names; "The
# German president said …": a people's leader in lower case.)
_SPEAKER = (rf"(?P<who>(?:[{_UP}][\w’'.-]*|of|the|de|da|bin|al)(?:\s+(?:[{_UP}][\w’'.-]*|of"
            r"|the|de|da|bin|al))*|[Hh]e|[Ss]he|both\s+of\s+whom|(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?"
            rf"(?:[{_UP}][a-z]+\s+and\s+[{_UP}][a-z]+\s+)?"
            r"(?:leaders|sides|presidents|ministers|heads\s+of\s+state)"
            rf"|[Tt]he\s+[{_UP}][a-z]+\s+(?:president|prime\s+minister|foreign\s+minister"
            r"|chancellor|premier|leader))")
_REPORTED_CLAUSE = lazy_compile(
    # "Russian leader Vladimir Putin, whose country …, said": an appositive may come between
    # ("Merkel, under pressure at home for …, said", "Mr Turnbull, too, said")
    rf"(?:^|(?<=[\s,]))(?<!’s\s){_SPEAKER}(?:,\s+(?:(?:who|whose|the|a|an|under|in|after|at"
    r"|with|for|as)\s[^,;:“”\"\n]{1,90}|too|also),)?"
    r"\s+"
    r"(?P<verb>said|says|stated|added|declared|mentioned"
    r"|told\s+(?:reporters|journalists|the\s+press|an?\s+(?:news|press)\s+conference))\b"
    r"(?:\s+(?:on\s+[A-Z][a-z]+day|today|yesterday"
    # "told journalists after the talks that …"
    r"|(?:after|before|at|during|following)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?(?=\s+that)))?"
    # "Xi said, as cited by the Vietnam News Agency, that …"
    r"(?:,\s+(?:as|according)\s[^,;:“”\"\n]{1,60},)?"
    # "… said, that the two states …" (a translation's comma); "Vale said: “We share …”"
    r"(?:(?:,?\s+that)?\s+(?=[\w“\"])|:\s*(?=[“\"‘']))")
# After a closing quotation mark: ", Magufuli said." / ", said President Kenyatta".
_QUOTE_ATTRIBUTION = lazy_compile(
    rf"\s*+,?\s*+(?:{_SPEAKER}\s+(?:(?:has|had)\s+)?(?:said|says|added|stated|told\s+\w+"
    r"|stressed|emphasi[sz]ed|noted|underlined|underscored)"
    # inverted: "…,’ said Šimonytė", "…,’ has stressed the Lithuanian Prime Minister"
    r"|(?:(?:has|had)\s+)?(?:said|added|says|stressed|emphasi[sz]ed|noted|underlined)\s+"
    rf"(?P<who2>(?:the\s+)?[{_UP}][\w’'.-]*(?:\s+[{_UP}][\w’'.-]*)*))")
_GROUP_SPEAKER = lazy_compile(r"\b(?:both|leaders|sides|presidents|ministers|heads)\b", re.I)
_SENTENCE_END = lazy_compile(r"[.!?](?:\s|$)")


_JOINED_SPAN = 120


def _joined(text: str, first: Head, second: Head) -> Head:
    """One head for two verbs that share an object ("noted and strongly condemned")."""
    stance = second.stance if first.stance == "other" else first.stance
    # The words between, as written; a chain of joins ("agreed and … and …") keeps its ends
    # only, or each join re-reads all the text before it (quadratic: 3.4 s at 100 KB).
    if second.verb_end - first.verb_start <= _JOINED_SPAN:
        verb = " ".join(text[first.verb_start:second.verb_end].lower().split())
    else:
        verb = f"{first.verb.split(' … ', 1)[0]} … {second.verb}"
    return Head(first.verb_start, second.verb_end, verb, first.lemma, stance,
                first.negated or second.negated, first.subject, first.clause_start, first.tense)


_PREAMBLE_END = lazy_compile(r"[;,:](?:\s+(?:and|or))?\s*$")


def _preamble_stance(text: str, unit: Unit, any_case: bool = False) -> tuple[str, str] | None:
    """(verb, stance class) of a preambular paragraph, or None ("Having listened to …"
    reports; a paragraph ending in a full stop is a sentence of its own). `any_case`: it
    follows a line naming who declares, so it may open in lower case ("greatly welcoming")."""
    # "…, the Council:" closes the preamble with its subject; "…, and" the next paragraph.
    if not _PREAMBLE_END.search(text, unit.start, unit.end):
        return None
    found = preamble_word(text, unit.start, any_case)
    if found is None or found[0] in PREAMBLE_NEUTRAL:
        return None
    word, word_end = found
    if word in PREAMBLE_CONVICTION:
        conviction = _CONVICTION.match(text, word_end)
        return (conviction.group("noun"), "support") if conviction else None
    lemma = PARTICIPLES.get(word)
    return word, LEXICON.get(lemma, "other") if lemma else PREAMBLE_STANCES[word]


def _ing_stance(body: str) -> str | None:
    """The stance verb in -ing form of a lead-in ("… objectives highlighting:"), if any."""
    for m in _ING_STANCE.finditer(body):
        if m.group().lower() in PARTICIPLES:
            return m.group().lower()
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n,":
        start += 1
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    # A reporting tail follows a closing quotation mark (its lookbehind may see the
    # character before `start`): without one, the scan of every position is skipped.
    quoted = text.find("”", max(0, start - 1), end) >= 0 or \
        text.find('"', max(0, start - 1), end) >= 0
    tail = _REPORTING_TAIL.search(text, start, end) if quoted else None
    if tail and tail.start() > start:
        end = tail.start()
    return start, end


# What _plain_commitment reads: "agreed" as a verb of its clause (not "agreed upon by", "the
# agreed plan", "as agreed"), or a modal of obligation or promise before a verb other than
# "be" ("A joint commission will be set up" describes; "will examine" promises), nor a hedged
# forecast ("Prices will likely rise"); a verb that only describes ("The visit will last
# three days", "… will depend on Congress") is left out after the match (_DESCRIBING_FUTURE).
_PLAIN_STANCE = lazy_compile(
    r"\b(?P<verb>(?:(?:have|has|had)\s+)?(?:not\s+|never\s+)?agreed(?=\s+(?:to|that|on|with"
    r"|in\s+principle|upon\s+(?!by\b)))"
    r"|(?:will|shall|must|should)\s+(?:not\s+|never\s+)?(?:(?:(?!likely\b)[a-z]+ly|also|further"
    r"|still|soon|then|now|next\s+\w+)\s+)*"
    r"(?!(?:be|have|the|a|an|this|that|these|those|its|their|his|her|our|all|both|each|any"
    r"|some|probably|possibly|perhaps|likely)\b)[a-z]{3,}"
    # a signing told in the passive: "key pacts … were also signed", "an agreement to
    # enhance rail connectivity was also inked" (9 of 11 such clauses on the opened sets
    # were gold commitments; the other two were lead-ins ending in a colon)
    r"|(?P<signed>(?:was|were|(?:have|has|had)\s+been)\s+(?:also\s+|then\s+|formally\s+"
    r"|successfully\s+)?(?:signed|inked)))"
    r"\b")
# A signing in a subordinate clause is the setting of something else ("after the agreement
# was signed", "where the accord was signed"); one with its date or its signers ("signed in
# 1972", "signed by 35 states") tells history; one in a relative clause or reported by others
# ("which Peru later abandoned", "…, Israel and Hamas each said") is no one's act here.
_SETTING_BEFORE = lazy_compile(rf"\b(?:{'|'.join(sorted(SUBORDINATORS))})\b[^,;]{{0,60}}$")
_YEAR = r"\b(?:1[89]|20)\d\d\b"
_SIGNING_TOLD = lazy_compile(r"\s+(?:[a-z]+\s+){0,3}?(?:by\b|in\s+(?:(?:[A-Z][a-z]+|\d{1,2})\s+)*"
                             rf"{_YEAR})")
_RELATIVE_OR_PAST = lazy_compile(r",\s+(?:which|who|whom|that)\b|\b(?:previous|earlier|former"
                                 rf"|original|old)\b|{_YEAR}")
# Someone's words before it: "Analysts said investors must wait", "Critics warn the deal
# will hurt farmers" (the parties' own, "The minister said the two sides will …", stay).
_SAID_BEFORE = lazy_compile(rf"\b(?:{SPEECH_VERBS}|say|explained|believes?|believed|expects?"
                            r"|expected|warns?|warned|vow(?:s|ed)?|argues?|argued|predicts?"
                            r"|predicted|fears?|feared)\b")
# Not after an article or a copula ("the agreed plan", "was agreed upon"), nor in a relative
# or conditional clause ("accords that will release …", "on whether Germany should …").
_NOT_PLAIN_BEFORE = lazy_compile(
    r"\b(?:the|as|was|were|been|be|is|are|mutually|previously|what|who|which|that)\s+"
    r"(?:[a-z]+ly\s+)?$|\b(?:if|unless|whether|when|once)\b[^,;]{0,40}$|\?")
# A sentence that opens with a condition ("If the talks fail, the region will suffer").
_NOT_PLAIN_UNIT = lazy_compile(
    r"\s*(?:[“\"‘']\s*)?(?:If|Unless|Should|Were|Whether|Whatever|Even\s+if)\b")
_ACCORDING_TO = lazy_compile(r"\b(?i:according)\s+to\b")


# Someone reporting after the clause: "…, Israel and Hamas each said".
_REPORTING_AFTER = lazy_compile(rf",\s+(?:[A-Z][\w’'.-]*\s+|and\s+|the\s+|each\s+|both\s+)*"
                                rf"(?:{SPEECH_VERBS})\b")
# The subject of a plain clause is only the event or text itself: "The upcoming summit",
# "The visit" (not "Ministers meeting in Brussels for the forum").
_PLAN_SUBJECT = lazy_compile(r"\s*(?:The|the|This|this|That|that|Its|its|Their|their|A|a|An|an)"
                             r"\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+")


# Verbs after "will" that describe what is to come and promise nothing: "The war will
# dominate the agenda", "The visit will last three days", "… will depend on Congress" (for
# the plain commitments, whose subjects the stance rules did not read as the parties'). The
# stance rules' own modal heads keep them: after "we" or "the two sides" annotators count
# "We will also mark the 60th anniversary" and "The joint meeting will take place".
_DESCRIBING_FUTURE = lazy_compile(r"(?:take\s+place|depend|last|cost|mark|comprise|feature"
                                  r"|coincide|dominate|become|consist|span|run\s+until)\b")


def _describes(text: str, m: re.Match[str]) -> bool:
    """Is the plain match's verb one that only describes ("will dominate the agenda")?"""
    verb = m.group("verb")
    return _DESCRIBING_FUTURE.match(text, m.end("verb") - len(verb.split()[-1])) is not None


_CLAUSE_BREAK = lazy_compile(r"[,;:]|\band\b|\bbut\b")


def _clause_opening(text: str, start: int, verb_start: int) -> int:
    """Where the clause of the verb at verb_start opens, within [start, verb_start): after
    the last comma, semicolon, "and" or "but" ("… to Ukraine and our support will …")."""
    opening = start
    for m in _CLAUSE_BREAK.finditer(text, max(start, verb_start - 200), verb_start):
        opening = m.end()
    return opening


# Texts and events, whose "will" describes them: "The convention will provide a legal
# framework", "The visit will reinforce the treaty", "The upcoming Summit will lay the path".
# (Not the parties' works: annotators count "The program will support key infrastructure" and
# a pipeline's "will secure" as the parties' promise.)
_PLANS = {"convention", "charter", "protocol", "memorandum", "visit", "meeting", "summit",
          "talks", "conference", "session", "event", "forum", "exercise", "exercises"}
# Reports and pages, which say what they will do next ("This story will continue to develop").
_REPORT_SUBJECTS = {"story", "article", "report", "page", "video", "piece", "analysis",
                    "newsletter", "website", "site", "blog", "column", "feature"}


class CommitmentFinder:
    """Turns the reading units of a text into commitments."""

    def __init__(self, text: str, index: EntityIndex, party_ids: set[str] | None = None,
                 themes_of: Callable[[int, int], list[str]] | None = None,
                 subjects: SubjectChecker | None = None):
        self.text = text
        self.index = index
        self.subjects = subjects or SubjectChecker(index.spans())
        self.party_ids = party_ids or set()
        self.themes_of = themes_of or (lambda s, e: [])
        # Who "I" is when the text is one party's own statement ("Media Statement by
        # External Affairs Minister …"): set from the title by the caller; None otherwise.
        self.first_person: str | None = None
        self._quote_cache: dict[int, list[tuple[int, int]]] = {}
        self._quote_starts: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
        self._heads: dict[tuple[int, bool], list[Head]] = {}
        self._tokens: dict[int, list[Token]] = {}

    def _quotes_near(self, start: int, end: int) -> list[tuple[int, int]]:
        """The quotation spans of `start`'s paragraph that overlap [start, end): found by
        bisection, since a paragraph of thousands of quotations is otherwise walked whole
        for each clause in it."""
        para = self.text.rfind("\n", 0, start) + 1
        if para not in self._quote_starts:
            ordered = sorted(self._quotes(start))
            self._quote_starts[para] = ([qs for qs, _ in ordered], ordered)
        starts, spans = self._quote_starts[para]
        k = max(0, bisect_right(starts, start) - 1)
        while k > 0 and spans[k - 1][1] > start:
            k -= 1  # an outer quotation that opened earlier still runs over `start`
        out = []
        while k < len(spans) and spans[k][0] < end:
            if spans[k][1] > start:
                out.append(spans[k])
            k += 1
        return out

    def _quotes(self, pos: int) -> list[tuple[int, int]]:
        """Quotation spans of the paragraph holding `pos` (a quote may open in an earlier
        clause of the paragraph), computed once per paragraph."""
        para = self.text.rfind("\n", 0, pos) + 1
        if para not in self._quote_cache:
            stop = self.text.find("\n", pos)
            self._quote_cache[para] = _quote_spans(self.text, para,
                                                   len(self.text) if stop < 0 else stop)
        return self._quote_cache[para]

    def heads(self, unit: Unit, implicit: bool = False) -> list[Head]:
        key = (unit.start, implicit)
        if key not in self._heads:
            toks = self._tokens.pop(unit.start, None)
            if toks is None:
                if not may_hold_stance(self.text, unit.start, unit.end):
                    self._heads[key] = []
                    return []
                toks = tokens(self.text, unit.start, unit.end)
            if not implicit and unit.kind == "item":  # read again with its implicit subject
                self._tokens[unit.start] = toks
            self.subjects.it_names_parties = self._it_is_the_text(unit.start)
            try:
                self._heads[key] = find_heads(self.text, unit.start, unit.end, self.subjects,
                                              implicit, toks)
            finally:
                self.subjects.it_names_parties = False
        return self._heads[key]

    def _it_is_the_text(self, start: int, depth: int = 0) -> bool:
        """Does a sentence opening with "It" follow one whose subject is the parties' text
        ("The statement … stressed …. It voiced rejection of …. It demanded …") or their
        gathering ("… the Council reiterated …. It condemned …")?"""
        if start < 2 or not _IT_OPENS.match(self.text, start):
            return False
        # The previous sentence, looked for a bounded way back: a text whose sentences end
        # otherwise than with ". " (".” ", a non-breaking space) was scanned to its start
        # once per "It" (quadratic: 27 s at 200 KB).
        floor = max(0, start - _PREVIOUS_REACH)
        # An "It" that opens a paragraph follows the last sentence of the one before.
        cut = start
        while cut > floor and self.text[cut - 1].isspace():
            cut -= 1
        before = self.text.rfind("\n", floor, cut)
        stop = self.text.rfind(". ", floor, cut - 1)
        previous = max(before + 1, stop + 2 if stop >= 0 else floor)
        while previous < start and self.text[previous].isspace():
            previous += 1
        if _TEXT_SUBJECT.match(self.text, previous) is not None or \
                _GATHERING_SUBJECT.search(self.text, previous, start) is not None:
            return True
        # A run of "It …" sentences about the same text, a few at most.
        return depth < 4 and self._it_is_the_text(previous, depth + 1)

    def actor(self, head: Head | None, previous: str) -> str:
        if head is None or head.subject is None:
            return previous
        s, e = head.subject
        if obliges(head) and not self._all_parties(s, e):
            return PARTICIPANTS  # "All sides must abide …": the statement calls on them
        if self.text[s:e].lower() in ("he", "she"):
            return self._last_person(s) or previous
        if self.text[s:e] == "I" and self.first_person is not None:
            return self.first_person
        ids = {m.entity_id for m in self.index.within(s, e) if not self.index.in_title(m)}
        # "The Central Asian leaders and the U.S. officials": a group, not the U.S. alone.
        words = self.text[s:e]
        for m in sorted(self.index.within(s, e), key=lambda m: -m.start):
            words = words[:m.start - s] + " " + words[m.end - s:]
        plural_group = _PLURAL_GROUP.search(words)
        people = [i for i in ids if self.index.entities[i].kind == "person"]
        if len(people) == 1 and len(ids) == 2 and not plural_group and \
                self.index.entities[(ids - {people[0]}).pop()].name == \
                self.index.entities[people[0]].represents:
            # "Chilean President Marta Rojas": the person; the country is whom she represents.
            ids = {people[0]}
        if len(ids) == 1 and not plural_group:
            ent = self.index.entities[ids.pop()]
            # A format ("The C5+1 recognizes") speaks for all the participants.
            if ent.kind != "format" and not ent.members:
                return ent.name
        return PARTICIPANTS

    def _all_parties(self, start: int, end: int) -> bool:
        """Does [start, end) name parties only ("We" and "the two sides" name none)?"""
        ids = {m.entity_id for m in self.index.within(start, end)}
        return bool(ids) and ids <= self.party_ids

    def speaks_for_parties(self, head: Head) -> bool:
        """A subject made only of names that are not parties ("The Taliban rejected …",
        "The United Nations called for …") reports someone else's stance; but "The Taliban
        must respect …" is the parties' call on them, when the text has parties."""
        if head.subject is None:
            return True
        if obliges(head):
            return bool(self.party_ids)
        s, e = head.subject
        if self.text[s:e] == "I" and not any(qs <= s < qe for qs, qe in self._quotes(s)):
            # "I believe my translation is accurate": the writer, not a party; unless the
            # text is a party's own statement ("I stressed the need to …").
            return self.first_person is not None
        if not self.party_ids:
            return True
        ids = {m.entity_id for m in self.index.within(s, e) if not self.index.in_title(m)}
        if not ids or ids & self.party_ids:
            return True
        return bool(_PLURAL_GROUP.search(self.text[s:e])) and not all(
            self.index.entities[i].kind == "country" for i in ids)

    def _last_person(self, pos: int) -> str | None:
        """The person a "he"/"she" most likely refers to: the first one named earlier in its
        own sentence ("Prime Minister Dung said that he endorsed …"), else the first one
        named in the previous sentence (its subject, usually), else the last one before."""
        people = [m for m in self.index.within(max(0, pos - 600), pos)
                  if self.index.entities[m.entity_id].kind == "person"]
        if not people:
            return None
        stop = max(self.text.rfind(". ", 0, pos), self.text.rfind("\n", 0, pos))
        previous = max(self.text.rfind(". ", 0, max(0, stop)), self.text.rfind("\n", 0, stop))
        in_own = [m for m in people if m.start > stop]
        in_previous = [m for m in people if previous < m.start < stop]
        chosen = in_own[0] if in_own else in_previous[0] if in_previous else people[-1]
        return self.index.entities[chosen.entity_id].name

    def from_heads(self, unit: Unit, heads: list[Head], actor: str = PARTICIPANTS,
                   clause_from: int | None = None) -> list[Commitment]:
        heads = self._own(heads)
        out: list[Commitment] = []
        starts = []
        for k, h in enumerate(heads):
            if k == 0 and h.subject is not None:
                starts.append(unit.start if clause_from is None else clause_from)
            else:
                starts.append(h.clause_start)
        # 'The four leaders pointed out that "they will support …"': a clause whose object
        # opens a quotation runs on into it; the quoted verb does not start a new one.
        k = 0
        while k + 1 < len(heads):
            between = self.text[heads[k].verb_end:starts[k + 1]]
            words = _WORDS.findall(between)
            # '… recognized "the right of … to consult and cooperate … and support their
            # engagement …"': a bare verb inside the quotation the clause's object opened is
            # part of that object ('agreed to … "the work … and welcomed the efforts"' is not:
            # a second past verb is a second clause).
            inside = heads[k].tense == "past" and heads[k + 1].tense == "base" and any(
                heads[k].verb_end <= qs < heads[k + 1].verb_start < qe
                for qs, qe in self._quotes(heads[k + 1].verb_start))
            if (_OPENING_QUOTE.search(between) and len(words) < 2) or inside:
                del heads[k + 1], starts[k + 1]
            elif not set(words) - {"and", "or"} and "," not in between:
                # Two verbs share one object: "Leaders noted and strongly condemned the
                # attacks" is one clause; it keeps both verbs and the stronger stance. (Not
                # after a comma: "came to a mutual understanding, and reached agreements".)
                heads[k] = _joined(self.text, heads[k], heads[k + 1])
                del heads[k + 1], starts[k + 1]
            else:
                k += 1
        for k, h in enumerate(heads):
            end = starts[k + 1] if k + 1 < len(heads) else unit.end
            if k + 1 < len(heads):  # "…, but" / "… and" belong to the next clause
                tail = _DANGLING.search(self.text, starts[k], end)
                end = tail.start() if tail else end
            # "… decided to step up military ties as they discussed issues of …": a clause
            # of its own subject and past verb ends the commitment's clause.
            tail = _OWN_SUBORDINATE.search(self.text, h.verb_end, end)
            end = tail.start() if tail else end
            if self.text[starts[k]:end].rstrip().endswith(":") and \
                    _BARE_ANNOUNCE.match(self.text[h.verb_end:end]):
                continue  # "… have agreed the following:" only announces what comes next
            # The word count last: it is the one test that reads the text.
            if k + 1 == len(heads) and k > 0 and h.subject is not None and (
                    len(_WORDS.findall(self.text, h.verb_end, end)) < 2
                    or (_ATTRIBUTION_TAIL.match(self.text, h.verb_end)
                        and _AFTER_QUOTE.search(self.text, max(0, h.subject[0] - 4),
                                                h.subject[0]))):
                # "…,” the joint statement highlighted" and "…,” Abbas declared in a
                # statement made after the meetings": a reporting tail, no clause
                continue
            actor = self.actor(h, actor)
            # A negated stance ("did not agree") keeps its words in `verb`; its class is
            # not that of the bare verb.
            stance = "other" if h.negated else h.stance
            out.append(self._make(actor, h.verb, starts[k], end, stance, h.negated))
        return out

    def _own(self, heads: list[Head]) -> list[Head]:
        """Drop a third party's stance and the clauses joined to it."""
        kept: list[Head] = []
        dropping = False
        for h in heads:
            if h.subject is not None:
                dropping = not self.speaks_for_parties(h)
            if not dropping:
                kept.append(h)
        return kept

    def _make(self, actor: str, verb: str, start: int, end: int, stance: str,
              negated: bool = False, from_list: bool = False) -> Commitment:
        start, end = _trim(self.text, start, end)
        quoted = sum(min(e, end) - max(s, start) for s, e in self._quotes_near(start, end)
                     if min(e, end) > max(s, start))
        return Commitment(actor, verb, start, end, self.text[start:end], stance,
                          self.themes_of(start, end), quoted * 2 > (end - start),
                          negated, from_list)

    def find(self, units: Sequence[Unit]) -> list[Commitment]:
        units = _numbered_lists(self.text, units)
        out: list[Commitment] = []
        i = 0
        in_preamble = False
        while i < len(units):
            unit = units[i]
            if unit.kind == "heading":
                # A short line naming who declares reads as a heading; its preamble follows.
                in_preamble = bool(DECLARERS.fullmatch(self.text, unit.start, unit.end))
                i += 1
                continue
            heads = self.heads(unit)
            if unit.kind == "lead-in" and _qualifies_as_list_intro(self.text, unit, heads):
                out += self._lead_in(unit, heads)
                i = self._items(units, i + 1, heads, out)
                continue
            if unit.kind == "item":
                # An item under a lead-in that states no shared position: only items that
                # open with a stance verb ("• Called on all parties …", "2. Support …") are
                # commitments. One that reads as a sentence of its own keeps that reading
                # (a communiqué's numbered paragraph "3. They reviewed …, and expressed
                # satisfaction with …").
                # (Bullets and numbers alike: both make a unit an item.)
                implicit = self.heads(unit, implicit=True)
                opens_with_verb = bool(implicit) and implicit[0].clause_start == unit.start
                if opens_with_verb or not heads:
                    heads = implicit if opens_with_verb or any(h.subject for h in implicit) \
                        else []
            elif not any(h.subject for h in heads) and \
                    (opening := _SUBJECTLESS_OPENING.match(self.text, unit.start)) and \
                    FORMS.get(opening.group("verb").lower(), ("", ""))[1] == "past":
                # A communiqué's paragraphs that go on from "The Ministers" with no subject
                # and no bullet: "Reiterated their mutual respect …", "In this context,
                # stressed the importance of …". The parties' stance, as a list item's is.
                implicit = self.heads(unit, implicit=True)
                if implicit and implicit[0].verb_start == opening.start("verb"):
                    heads = implicit
            # A head with its own subject ("Regarding Syria, Kenya condemned …;") is the
            # sentence's stance; otherwise an opening participle may make a preamble.
            preamble = None if any(h.subject for h in heads) or (
                heads and heads[0].clause_start == unit.start) else \
                _preamble_stance(self.text, unit, in_preamble)
            # "The Heads of State or Government of …" with no comma opens a preamble whose
            # paragraphs may start in lower case; it runs while they keep coming.
            in_preamble = preamble is not None or bool(
                DECLARERS.fullmatch(self.text, unit.start, unit.end)) or (
                in_preamble and _PREAMBLE_END.search(self.text, unit.start, unit.end)
                and not self.text[unit.start:unit.end].rstrip().endswith(":"))
            if preamble is not None:
                # The paragraph is the declaring parties' stance; verbs inside it are part.
                out.append(self._make(PARTICIPANTS, preamble[0], unit.start, unit.end,
                                      preamble[1]))
            elif heads and (found := (self._said_then(unit, heads)
                                      or self.from_heads(unit, heads))):
                out += found
            elif self._states_own_commitment(unit):
                out.append(self._make(PARTICIPANTS, "commitment", unit.start, unit.end, "commit"))
            else:
                # Also when the unit's only stance verb reported a quotation ("…,’ has
                # stressed the Lithuanian Prime Minister"), which no subject precedes.
                found = self._reported_speech(unit)
                out += found or self._plain_commitment(unit)
            i += 1
        return [c for c in out if c.end > c.start]

    def _lead_in(self, unit: Unit, heads: list[Head]) -> list[Commitment]:
        # "We affirm that:" only introduces; "The C5+1 endeavors to build …, including to:"
        # states something itself.
        if not heads:
            return []
        rest = self.text[heads[0].verb_end:unit.end]
        # "The Working Group agreed on the following actions:" names what was decided and is
        # a decision itself; "We affirm that:", "… agreed on the following:" only announce.
        if heads[0].stance == "commit" and not heads[0].negated:
            if _BARE_ANNOUNCE.match(rest):
                return []
        elif len(re.findall(r"[A-Za-z]+", rest)) < 3 or _ANNOUNCE_ONLY.match(rest):
            return []
        return self.from_heads(unit, heads)

    def _items(self, units: Sequence[Unit], i: int, intro: list[Head],
               out: list[Commitment]) -> int:
        verb = intro[0].verb if intro else _ing_stance(self.text[units[i - 1].start:
                                                                 units[i - 1].end])
        stance = intro[0].stance if intro else "other"
        # Whose the items are: the lead-in's subject ("Wang urged the US side to:" makes each
        # item Wang's), or the participants.
        owner = self.actor(intro[0], PARTICIPANTS) if intro else PARTICIPANTS
        # "… signed the following Agreements:" then the documents' titles: the signing is
        # the lead-in's commitment, a title is no position of its own.
        titles_only = bool(intro) and intro[0].lemma in _SIGNING_LEMMAS and \
            _DOCUMENTS.search(self.text, intro[0].verb_end, units[i - 1].end) is not None
        block = None
        while i < len(units) and units[i].kind == "item":
            unit = units[i]
            heads = self.heads(unit, implicit=True)
            if unit.block != block:  # the first unit of a list item
                block = unit.block
                first_own = heads and heads[0].subject is not None
                if first_own or (titles_only and not heads
                                 and not _ACTION_ITEM.match(self.text, unit.start)):
                    out += self.from_heads(unit, heads)
                else:
                    cut = heads[0].clause_start if heads else unit.end
                    word = re.match(r"\W*(\w+)", self.text[unit.start:unit.end])
                    item_verb = verb or (word.group(1).lower() if word else "")
                    out.append(self._make(owner, item_verb, unit.start, cut, stance,
                                          from_list=True))
                    out += self.from_heads(unit, heads)
            elif heads:
                out += self.from_heads(unit, heads)
            i += 1
        return i

    def _said_then(self, unit: Unit, heads: list[Head]) -> list[Commitment]:
        """"Putin said the convention had “epoch-making significance” and called for more
        cooperation": what the speaker said, then the stances that follow with no subject of
        their own, all the speaker's. Empty when the unit does not open that way."""
        first = heads[0]
        if first.subject is not None:
            return []
        m = _REPORTED_CLAUSE.search(self.text, unit.start, min(first.clause_start,
                                                               unit.start + 160))
        if m is None or m.end() > first.clause_start or \
                len(_WORDS.findall(self.text, m.end(), first.clause_start)) < 3:
            return []
        actor = self._speaker(m)
        if actor is None:
            return []
        end = first.clause_start
        tail = _DANGLING.search(self.text, unit.start, end)
        said = self._make(actor, m.group("verb"), unit.start, tail.start() if tail else end,
                          "other")
        return [said, *self.from_heads(unit, heads, actor=actor)]

    def _plain_commitment(self, unit: Unit) -> list[Commitment]:
        """A sentence that agrees, obliges or promises with a subject the stance rules could
        not read as the parties' ("The government and rebel negotiating panels also agreed
        to …", "A joint commission will examine …", "All sides must respect …"). Of the
        sentences no rule had made a commitment, one in seven was a gold commitment (246 of
        1,739 on the 36 opened sets); with one of these verbs, more than half were (see
        _PLAIN_STANCE). Its actor is the one party named before the verb, if one is."""
        # Not in a lead-in that only announces ("They have agreed to:"), nor in a question.
        body = self.text[unit.start:unit.end].rstrip()
        if body.endswith((":", "?")) or _NOT_PLAIN_UNIT.match(body):
            return []
        # (the first that promises: "The visit will last three days" describes)
        m = next((m for m in _PLAIN_STANCE.finditer(self.text, unit.start, unit.end)
                  if not _describes(self.text, m)), None)
        if m is None or _NOT_PLAIN_BEFORE.search(self.text, max(unit.start, m.start() - 50),
                                                  m.start()):
            return []
        named = self.index.within(unit.start, m.start())
        attributed = _ACCORDING_TO.search(self.text, unit.start, m.start())
        if attributed is not None and not any(
                x.entity_id in self.party_ids for x in self.index.within(attributed.end(),
                                                                         m.start())):
            return []  # "According to analysts, the ceasefire will collapse …"
        if not self.party_ids and named:
            # "The Taliban must respect …" is the parties' call on someone they name; with no
            # party found, it is no one's.
            return []
        verb = " ".join(m.group("verb").split())
        obliges = verb.split()[0].lower() in ("must", "should")
        # "Bolivia will not give up its claim": a promise of the one named in its clause, when
        # that is not a party, is that one's own, not the participants'.
        clause = (_clause_opening(self.text, unit.start, m.start()), m.start())
        subject = {x.entity_id for x in self.index.within(*clause) if not self.index.in_title(x)}
        own = None
        if len(subject) == 1 and verb.split()[0].lower() in ("will", "shall") and \
                not subject & self.party_ids:
            own = self.index.entities[subject.pop()].name
        before = self.text[unit.start:m.start()].split()
        signed = m.group("signed") is not None
        told = _SIGNING_TOLD.match(self.text, m.end()) if signed else None
        if told and told.group().rstrip().endswith("by") and any(
                x.entity_id in self.party_ids for x in self.index.within(told.end(), unit.end)):
            told = None  # "This Agreement was signed by Mr Lekota, Minister of Defence of …"
        if signed and (_SETTING_BEFORE.search(self.text, max(unit.start, m.start() - 70),
                                              m.start())
                       or told
                       or _RELATIVE_OR_PAST.search(self.text, unit.start, m.start())
                       or _REPORTING_AFTER.search(self.text, m.end(), unit.end)):
            return []
        if not signed and before and before[-1].lower() in DOCUMENT_SUBJECTS | _REPORT_SUBJECTS:
            return []  # "This Agreement will contribute …": a document pledges nothing
        if not signed and before and before[-1].lower() in _PLANS and \
                _PLAN_SUBJECT.fullmatch(self.text, clause[0], m.start()):
            return []  # "The visit will reinforce …": an event describes itself
        said = _SAID_BEFORE.search(self.text, unit.start, m.start())
        if said is not None and not any(
                x.entity_id in self.party_ids for x in self.index.within(unit.start, said.start())):
            return []  # "Analysts said investors must wait": someone else's words
        parties = {x.entity_id for x in named
                   if x.entity_id in self.party_ids and not self.index.in_title(x)}
        actor = own or (self.index.entities[parties.pop()].name
                        if len(parties) == 1 and not signed else PARTICIPANTS)
        negated = bool({"not", "never"} & set(verb.lower().split())) or \
            negating_subject(self.text, clause)
        return [self._make(actor, verb, unit.start, unit.end, "call" if obliges else "commit",
                           negated=negated)]

    def _reported_speech(self, unit: Unit) -> list[Commitment]:
        """What a party is reported to have said, when it names no stance verb: news
        reports carry positions this way ("Chavez said the countries are starting down a new
        road", '"We have no problems at all," President Magufuli said.'). Someone else's
        words (an official, a spokesman, analysts) are not the parties' position."""
        if _REPORTING.search(self.text, unit.start, unit.end) is None:
            return []
        # A quotation the unit is in (or opens with), attributed after it closes.
        for qs, qe in self._quotes(unit.start):
            if qs <= unit.start + 1 and qe > unit.start:
                stop = _SENTENCE_END.search(self.text, qe)
                tail_end = stop.end() if stop else len(self.text)
                actor = self._speaker(_QUOTE_ATTRIBUTION.match(self.text, qe, tail_end))
                if actor is None:
                    return []
                return [self._make(actor, "said", unit.start, min(unit.end, qe), "other")]
        # "Chavez said the countries …", "both of whom said they …": a speaker, then a
        # clause of at least three words.
        m = _REPORTED_CLAUSE.search(self.text, unit.start, min(unit.end, unit.start + 160))
        if m is None or len(_WORDS.findall(self.text, m.end(), unit.end)) < 3:
            return []
        actor = self._speaker(m)
        if actor is None:
            return []
        return [self._make(actor, m.group("verb"), unit.start, unit.end, "other")]

    def _speaker(self, m: re.Match[str] | None) -> str | None:
        """The party a reporting phrase names as its speaker (its `who` or `who2` group)."""
        if m is None:
            return None
        group = "who" if m.group("who") is not None else "who2"
        s, e = m.span(group)
        who = self.text[s:e].strip()
        if who.lower() in ("he", "she"):
            name = self._last_person(s)
            person = next((x for x in self.index.entities.values() if x.name == name), None)
            return name if person is not None and person.id in self.party_ids else None
        if _GROUP_SPEAKER.search(who):
            return PARTICIPANTS
        ids = [self._holder(x.entity_id) for x in self.index.within(s, e)
               if not self.index.in_title(x)]
        if not ids and who.lower().startswith("the "):
            # "the Prime Minister has emphasised": the party whose title that is.
            title = who[4:].lower()
            # "the Lithuanian Prime Minister" holds the role "Prime Minister".
            holders = self._party_role_holders(
                lambda x: title in x.role.lower() or x.role.lower() in title)
            return holders[0].name if len(holders) == 1 else PARTICIPANTS if holders else None
        if not ids or not all(i in self.party_ids for i in ids):
            return None
        # "the Lithuanian Prime Minister": the person, not also the country of the title.
        people = {i for i in ids if self.index.entities[i].kind == "person"}
        chosen = people if people else set(ids)
        return self.index.entities[chosen.pop()].name if len(chosen) == 1 else PARTICIPANTS

    def _holder(self, entity_id: str) -> str:
        """A titled office ("the Lithuanian Prime Minister") as the party who holds it, when
        one party person has that role for that country; else the entity itself."""
        ent = self.index.entities[entity_id]
        if entity_id in self.party_ids or ent.kind != "person" or not ent.role:
            return entity_id
        holders = self._party_role_holders(
            lambda x: x.role == ent.role
            and (ent.represents is None or x.represents in (None, ent.represents)))
        return holders[0].id if len(holders) == 1 else entity_id

    def _party_role_holders(self, fits: Callable[[Entity], bool]) -> list[Entity]:
        """The party people with a role that `fits`."""
        return [x for x in self.index.entities.values()
                if x.kind == "person" and x.id in self.party_ids and x.role and fits(x)]

    def _states_own_commitment(self, unit: Unit) -> bool:
        """"… also reinforce the C5+1’s commitment to …": a party's stated commitment."""
        body = self.text[unit.start:unit.end]
        for m in _OWN_COMMITMENT.finditer(body):
            if m.group().startswith(("our", "their")):
                return True
            if m.group().startswith(("ended", "concluded", "closed", "wrapped")):
                # The meeting's end, not a strike's: "The summit ended with a pledge to …"
                if _MEETING_NOUN.search(body, max(0, m.start() - 80), m.end()):
                    return True
                continue
            if _GROUP_POSSESSIVE.search(body, max(0, m.start() - 14), m.start() + 3):
                return True
            before = self.index.within(unit.start, unit.start + m.start())
            if before and before[-1].end == unit.start + m.start() and \
                    before[-1].entity_id in self.party_ids:
                return True
        return False
