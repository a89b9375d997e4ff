"""Known names of countries, organisations and formats, and finding them in text."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

# A dotted abbreviation ("U.S.", "U.N."), else a word that may hold apostrophes or a plus
# ("Da’esh", "C5+1"). Hyphens separate tokens, so "India-U.S." yields India and U.S.
_TOKEN = re.compile(r"[A-Za-z](?:\.[A-Za-z])+\.?|\w+(?:[’'+]\w+)*")
_SEPARATOR = re.compile(r"\s+|\s*-\s*|\s*\+\s*")
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
    return token.replace(".", "").replace("’", "'").lower()


def _words(form: str) -> list[str]:
    return [m.group() for m in _TOKEN.finditer(form)]


def _comma_name(name: str) -> str:
    """pycountry's "Korea, Republic of" -> "Republic of Korea" (only for "..., X of [the]")."""
    head, sep, tail = name.partition(", ")
    if sep and re.search(r"\bof( the)?$", tail):
        return f"{tail} {head}"
    return name


@dataclass
class Gazetteer:
    """Entities by id and a lookup from normalised word tuples to entity ids."""

    entities: dict[str, KnownEntity] = field(default_factory=dict)
    regions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _forms: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    _firsts: set[str] = field(default_factory=set)

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

    def find(self, text: str) -> list[Mention]:
        """Every longest, non-overlapping mention of a known name, in text order. Linear."""
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        out: list[Mention] = []
        i, n = 0, len(tokens)
        while i < n:
            start, _, word = tokens[i]
            norm = _norm(_strip_possessive(word))
            if norm not in self._firsts:
                i += 1
                continue
            match = self._longest(text, tokens, i)
            if match is None:
                i += 1
                continue
            j, entity_id, stop = match
            out.append(Mention(start, stop, entity_id, text[start:stop]))
            i = j
        return out

    def _longest(self, text: str, tokens: list[tuple[int, int, str]], i: int):
        key: list[str] = []
        originals: list[str] = []
        best = None
        for j in range(i, min(i + _MAX_WORDS, len(tokens))):
            s, _, word = tokens[j]
            if j > i and not _SEPARATOR.fullmatch(text[tokens[j - 1][1]:s]):
                break
            bare = _strip_possessive(word)
            key.append(_norm(bare))
            originals.append(bare)
            hit = self._forms.get(tuple(key))
            if hit and _case_fits(hit[1], originals):
                best = (j + 1, hit[0], s + len(bare))
            if bare != word:  # a possessive ends the name: "Afghanistan’s people"
                break
        return best


def _strip_possessive(word: str) -> str:
    if len(word) > 3 and word[-2:] in ("’s", "'s") and word[-3] not in "’'":
        return word[:-2]
    return word


def _case_fits(form_words: tuple[str, ...], text_words: list[str]) -> bool:
    """Capitals in the registered form must be capitals in the text ("US" is not "us")."""
    for form, seen in zip(form_words, text_words, strict=True):
        bare = form.replace(".", "")
        if len(bare) >= 2 and bare.isupper():
            if seen.replace(".", "") != bare:
                return False
        elif form[:1].isupper() and not seen[:1].isupper():
            return False
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
    # Demonyms are added last, so a name that is also a demonym ("New Zealand") stays a name.
    for code, forms in data.get("demonyms", {}).items():
        for form in forms:
            gaz.add_form(f"country:{code}", form)
    regions = data.get("regions", {})
    gaz.regions = {name: tuple(f"country:{c}" for c in codes) for name, codes in regions.items()}
    return gaz


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, built once per process."""
    return load_gazetteer()
