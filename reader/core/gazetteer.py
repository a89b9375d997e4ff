"""Known names of countries, organisations and formats, and finding them in text."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reader.core.lazy_regex import lazy_compile

# A dotted abbreviation ("U.S.", "U.N."), else a word that may hold apostrophes or a plus
# ("Da’esh", "C5+1"). Hyphens separate tokens, so "India-U.S." yields India and U.S.
# "&" is a word too: "Saint Vincent & the Grenadines", "Trinidad & Tobago" (read as "and").
# "St." before a name is one word: "St. Kitts and Nevis" (registered as "St Kitts …").
_TOKEN = lazy_compile(r"[A-Za-z](?:\.[A-Za-z])+\.?|[A-Z]\.(?=\s+[A-Z])|St\.(?=\s+[A-Z])"
                      r"|\w+(?:[’'+]\w+)*|&")
_SEPARATOR = lazy_compile(r"\s*-\s*|\s*\+\s*|\s+")
_MAX_WORDS = 10


@dataclass(frozen=True)
class KnownEntity:
    """An entry of the gazetteer: a country, an organisation or a collective format."""

    id: str  # "country:US", "org:C5+1"
    name: str
    kind: str  # country | organization | format
    members: tuple[str, ...] = ()  # ids of member countries, for formats


@dataclass(frozen=True)
class Mention:
    """One occurrence of a known entity: [start, end) in the text and the words used."""

    start: int
    end: int
    entity_id: str
    surface: str


def _norm(token: str) -> str:
    return "and" if token == "&" else token.replace(".", "").replace("’", "'").lower()


def _words(form: str) -> list[str]:
    return [m.group() for m in _TOKEN.finditer(form)]


def _comma_name(name: str) -> str:
    """pycountry's "Korea, Republic of" -> "Republic of Korea" (only for "..., X of [the]")."""
    head, sep, tail = name.partition(", ")
    if sep and re.search(r"\bof( the)?$", tail):
        return f"{tail} {head}"
    return name


# "inter-Korean", "pan-African", "anti-American": a name joined to such a prefix describes
# a relation or a stance, and names no country.
_PREFIXED = lazy_compile(r"\b(?:inter|intra|pan|anti|pro|trans|non|post|pre)-$", re.IGNORECASE)
# "Latin American", "Central American", "Ibero-American": a region's people, not a country's.
# Only such adjectives ("…an"): "South Lebanon" and "North Syria" still name the countries,
# and names that begin with such a word ("South Africa", "North Korean") match whole first.
_REGION_BEFORE = lazy_compile(r"\b(?:Latin|Central|South|North)\s+$|\b(?:Ibero|Afro|Meso)-$")
# "Greek Cypriot", "Greek and Turkish Cypriot leaders", "Bosnian Serb": a community of one
# country named by another's adjective; neither adjective names its country.
_COMMUNITY_AFTER = lazy_compile(r"(?:\s+and\s+[A-Z][a-z]+)?\s+(?:Cypriots?|Serbs?|Croats?)\b")
_COMMUNITY_BEFORE = lazy_compile(r"\b(?:Bosnian|Kosovo|Montenegrin|Croatian)\s+$")
_COMMUNITY_WORDS = {"serb", "serbs", "croat", "croats", "albanian", "albanians", "bosniak",
                    "bosniaks"}


@dataclass
class Gazetteer:
    """Entities by id and a lookup from normalised word tuples to entity ids."""

    entities: dict[str, KnownEntity] = field(default_factory=dict)
    regions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)  # city -> its country's id
    _forms: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    _firsts: set[str] = field(default_factory=set)
    _prefixes: set[tuple[str, ...]] = field(default_factory=set)
    _lower_firsts: set[str] = field(default_factory=set)
    _starts: re.Pattern[str] | None = None  # where a name can begin; built on first use
    _capital_subject: re.Pattern[str] | None = None  # see capital_subjects; built on first use
    # Forms that are another name before "of": "the Commonwealth" is the Commonwealth of
    # Nations, "the Commonwealth of Virginia" is not (entity id, normalised form).
    _not_before_of: set[tuple[str, str]] = field(default_factory=set)
    # Normalised demonyms ("greek", "turkish"): only an adjective names a community of
    # another country ("Greek Cypriot"), not the country's own name ("Turkey and …").
    _demonyms: set[str] = field(default_factory=set)

    def add_form(self, entity_id: str, form: str) -> None:
        """Make `form` (as written, e.g. "U.S.") a name of the entity."""
        form = re.sub(r"^[Tt]he\s+", "", form.strip())
        words = _words(form)
        if not words or len(words) > _MAX_WORDS:
            return
        key = tuple(_norm(w) for w in words)
        # The first spelling registered wins: curated entries are added before pycountry.
        self._forms.setdefault(key, (entity_id, tuple(words)))
        self._firsts.add(key[0])
        for n in range(1, len(key)):
            self._prefixes.add(key[:n])
        if not words[0][:1].isupper() and not words[0][:1].isdigit():
            self._lower_firsts.add(words[0])
            self._starts = None

    def capital_subjects(self, text: str) -> list[Mention]:
        """Capitals standing for their governments: each that opens a clause right before
        its verb (a past or third-person form, perhaps after "has", "also" or a weekday), or
        before "and" another capital that does ("Kigali denied …", "Ankara and Yerevan
        signed …"). Elsewhere a capital is a place, and no mention."""
        if not self.capitals:
            return []
        if self._capital_subject is None:
            names = "|".join(re.escape(c) for c in sorted(self.capitals, key=len, reverse=True))
            self._capital_subject = re.compile(
                rf"(?:^|(?<=[.;:!?]\s)|(?<=\n)|(?<=,\s)|(?<=\band\s)|(?<=\bboth\s))(?:{names})"
                rf"(?=(?:\s+and\s+(?:{names}))?\s+(?:also\s+|has\s+|have\s+|had\s+|"
                # a verb of its own, not a copula ("Lima was chosen as the venue")
                r"(?:on\s+)?[A-Z][a-z]+day\s+)?(?!(?:is|was|has|remains|seems|looks)\b)"
                r"[a-z]+(?:ed|s)\b)", re.MULTILINE)
        return [Mention(m.start(), m.end(), self.capitals[m.group()], m.group())
                for m in self._capital_subject.finditer(text)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The [start, end) spans of the known names in `text`."""
        return [(m.start, m.end) for m in self.find(text)]

    def find(self, text: str) -> list[Mention]:
        """Every longest, non-overlapping mention of a known name, in text order. Linear.

        Only words that can start a name (capitalised, digits, or a listed lower-case first
        word such as "al") are looked at; the rest of the text is skipped by the regex.
        """
        out: list[Mention] = []
        skip_to = 0
        if self._starts is None:
            lower = "|".join(re.escape(w) for w in sorted(self._lower_firsts))
            # The candidate's first word is captured by the same scan (one regex call each).
            # The leading class of possible first characters lets the engine skip to them;
            # a pattern that opens with the lookbehind is tried at every position.
            firsts = "".join(sorted({re.escape(w[0]) for w in self._lower_firsts}))
            self._starts = re.compile(rf"(?=[A-Z0-9{firsts}])(?<![\w’'+.])"
                                      rf"(?:(?=[A-Z0-9])|(?=(?:{lower})\b))"
                                      rf"(?:{_TOKEN.pattern})" if lower else
                                      rf"(?<![\w’'+.])(?=[A-Z0-9])(?:{_TOKEN.pattern})")
        firsts: dict[str, bool] = {}  # capitalised words repeat ("The", "U.S."): test once
        # Names repeat too: each word's bare and normalised forms, and each case test of a
        # registered form against the words as written, are worked out once per call.
        words: dict[str, tuple[str, str]] = {}
        fits: dict[tuple[tuple[str, ...], tuple[str, ...]], bool] = {}
        for m in self._starts.finditer(text):
            start = m.start()
            if start < skip_to:
                continue
            word = m.group()
            known = firsts.get(word)
            if known is None:
                known = firsts[word] = (_norm(_strip_possessive(word)) in self._firsts
                                        or _norm(word) in self._firsts)
            if not known:
                continue
            match = self._longest(text, m, words, fits)
            if match is not None and not (text[start - 1:start] == "-" and
                                          _PREFIXED.search(text, max(0, start - 8), start)) \
                    and not (text[start - 1:start] in (" ", "-") and
                             text.startswith("an", match[1] - 2) and
                             _REGION_BEFORE.search(text, max(0, start - 9), start)):
                entity_id, stop = match
                surface = _norm(text[start:stop])
                if (surface in self._demonyms and _COMMUNITY_AFTER.match(text, stop)) or (
                        surface in _COMMUNITY_WORDS and text[start - 1:start] == " " and
                        _COMMUNITY_BEFORE.search(text, max(0, start - 12), start)):
                    continue
                if self._not_before_of and text.startswith(" of ", stop) and \
                        (entity_id, surface) in self._not_before_of:
                    continue
                out.append(Mention(start, stop, entity_id, text[start:stop]))
                skip_to = stop
        return out

    def _longest(self, text: str, m: re.Match[str], words: dict[str, tuple[str, str]],
                 fits: dict[tuple[tuple[str, ...], tuple[str, ...]], bool],
                 ) -> tuple[str, int] | None:
        key: list[str] = []
        originals: list[str] = []
        best = None
        current: re.Match[str] | None = m
        for count in range(_MAX_WORDS):
            if current is None:
                break
            word = current.group()
            forms = words.get(word)
            if forms is None:
                bare = _strip_possessive(word)
                forms = words[word] = (bare, _norm(bare))
            bare = forms[0]
            if bare != word and (*key, _norm(word)) in self._prefixes:
                # "'s" inside a name is no possessive: "People's Republic of China".
                bare = word
                forms = (word, _norm(word))
            key.append(forms[1])
            originals.append(bare)
            probe = tuple(key)
            hit = self._forms.get(probe)
            if hit:
                case_key = (hit[1], tuple(originals))
                fit = fits.get(case_key)
                if fit is None:
                    fit = fits[case_key] = _case_fits(hit[1], originals)
                if fit:
                    best = (hit[0], current.start() + len(bare))
            if bare != word or probe not in self._prefixes:
                break  # a possessive ends the name; or no longer name starts this way
            sep = _SEPARATOR.match(text, current.end())
            if sep is None or count + 1 >= _MAX_WORDS:
                break
            current = _TOKEN.match(text, sep.end())
        return best


def _strip_possessive(word: str) -> str:
    if len(word) > 3 and word[-2:] in ("’s", "'s") and word[-3] not in "’'":
        return word[:-2]
    return word


def _case_fits(form_words: tuple[str, ...], text_words: list[str]) -> bool:
    """Capitals in the registered form must be capitals in the text ("US" is not "us")."""
    for n, (form, seen) in enumerate(zip(form_words, text_words, strict=True)):
        bare = form.replace(".", "")
        if len(bare) >= 2 and bare.isupper():
            # Some style guides write long acronyms as words ("Nato", "Unasur", "Asean");
            # short ones must stay in capitals ("US" is not "Us", "UN" not "Un").
            if seen.replace(".", "") != bare and not (len(bare) >= 4
                                                       and seen == bare.capitalize()):
                return False
        elif n == 0 and form[:1].isupper() and not seen[:1].isupper():
            return False  # later words may vary: "the Moscow format", "Moscow Format"
    return True


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Build the gazetteer from the curated table and pycountry."""
    import pycountry

    from reader.paths import resource

    data = tomllib.loads((path or resource("gazetteer.toml")).read_text(encoding="utf-8"))
    gaz = Gazetteer()
    curated = data.get("countries", {})
    for org in data.get("organizations", []):
        name = org["name"]
        entity_id = f"org:{name}"
        kind = "format" if org.get("kind") == "format" else "organization"
        members = tuple(f"country:{code}" for code in org.get("members", []))
        gaz.entities[entity_id] = KnownEntity(entity_id, name, kind, members)
        for form in [name, *org.get("aliases", [])]:
            gaz.add_form(entity_id, form)
        for form in org.get("not_before_of", []):
            gaz._not_before_of.add((entity_id, _norm(form)))
    for code, extra in curated.items():
        for form in extra.get("extra", []):
            gaz.add_form(f"country:{code}", form)
    for country in pycountry.countries:
        code = country.alpha_2
        entity_id = f"country:{code}"
        forms = [getattr(country, a, None) for a in ("common_name", "name", "official_name")]
        forms = [_comma_name(f) for f in forms if f]
        display = curated.get(code, {}).get("display") or forms[0]
        gaz.entities[entity_id] = KnownEntity(entity_id, display, "country")
        for form in [display, *forms]:
            gaz.add_form(entity_id, form)
            if form.startswith("Saint "):  # "St. Kitts and Nevis", "St Lucia"
                gaz.add_form(entity_id, "St " + form.removeprefix("Saint "))
    # Countries pycountry does not list (Kosovo, and the Soviet Union of older statements):
    # the curated table names them itself.
    for code, extra in curated.items():
        entity_id = f"country:{code}"
        if entity_id not in gaz.entities and extra.get("display"):
            gaz.entities[entity_id] = KnownEntity(entity_id, extra["display"], "country")
            gaz.add_form(entity_id, extra["display"])
    # Demonyms are added last, so a name that is also a demonym ("New Zealand") stays a name.
    for code, forms in data.get("demonyms", {}).items():
        for form in forms:
            gaz.add_form(f"country:{code}", form)
            gaz._demonyms.add(_norm(form))
    regions = data.get("regions", {})
    gaz.regions = {name: tuple(f"country:{c}" for c in codes) for name, codes in regions.items()}
    gaz.capitals = {city: f"country:{code}" for code, cities in data.get("capitals", {}).items()
                    for city in cities if f"country:{code}" in gaz.entities}
    return gaz


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, built once per process."""
    return load_gazetteer()
