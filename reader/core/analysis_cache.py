"""Saved analyses: an Analysis packed as compressed JSON, and the key that says when it may
be reused instead of analysing again.

Analysing costs ~0.2 s for a short statement at launch (most of it loading the analysers'
tables) and a few seconds for a 1 MB article. The result depends only on the text and its
title, date and page furniture, on the codebook, and on Parley's analysing code and data;
`cache_key` hashes all of them, so a saved analysis is used exactly when analysing again
would give the same one. Reading it back imports only `reader.core.records`.
"""
from __future__ import annotations

import hashlib
import json
import sys
import zlib
from functools import cache
from pathlib import Path
from typing import Any

from reader.core.article import Article
from reader.core.codebook import Codebook
from reader.core.records import (
    Analysis,
    Commitment,
    DateMention,
    Entity,
    Sentence,
    SentenceTheme,
    ThemeHit,
)

# Bump when the packed layout below changes (the key changes with it).
FORMAT = 1
_CORE_DIR = Path(__file__).resolve().parent


class SavedAnalysisError(ValueError):
    """A saved analysis that cannot be read back (damaged, or of another layout)."""


def cache_key(article: Article, codebook: Codebook) -> str:
    """The hex key of `article` analysed with `codebook` by this version of Parley."""
    parts = [FORMAT, engine_fingerprint(), article.content_id, article.title, article.date,
             [list(span) for span in article.boilerplate], codebook_fingerprint(codebook)]
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()


def codebook_fingerprint(codebook: Codebook) -> str:
    """A hash of everything in the codebook (terms, exclusions, patterns, names, colours)."""
    data = json.dumps(codebook.to_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


@cache
def engine_fingerprint() -> str:
    """A hash of what the analysis is computed by: the core modules' source, the shipped
    gazetteer, pycountry's version and Python's (its Unicode tables decide what a letter
    is). Any edit to the analysing code therefore retires every saved analysis."""
    from reader.paths import resource

    digest = hashlib.sha256(sys.version.encode("utf-8"))
    for path in sorted(_CORE_DIR.glob("*.py")):
        digest.update(path.name.encode("utf-8"))
        digest.update(path.read_bytes())
    gazetteer = resource("gazetteer.toml")
    digest.update(gazetteer.read_bytes() if gazetteer.is_file() else b"")
    digest.update(_pycountry_version().encode("utf-8"))
    return digest.hexdigest()


def _pycountry_version() -> str:
    """pycountry's installed version, from its dist-info folder's name: asking
    importlib.metadata costs ~50 ms, finding the folder well under 1 ms."""
    import importlib.util

    spec = importlib.util.find_spec("pycountry")
    if spec is None or spec.origin is None:
        return "no pycountry"
    package = Path(spec.origin).parent
    infos = sorted(p.name for p in package.parent.glob("pycountry-*.dist-info"))
    if infos:
        return infos[-1]
    stat = (package / "__init__.py").stat()  # no metadata folder: the package's own file
    return f"{stat.st_size}:{stat.st_mtime_ns}"


# ------------------------------------------------------------------------------ packing

def pack(analysis: Analysis) -> bytes:
    """`analysis` (without its article and codebook, which the key stands for) as bytes."""
    data = {
        "format": FORMAT,
        "sentences": [[s.start, s.end, s.kind, s.block,
                       [[t.id, list(t.matched), [list(span) for span in t.spans]]
                        for t in s.themes]]
                      for s in analysis.sentences],
        "hits": [[h.theme_id, h.start, h.end, h.term] for h in analysis.hits],
        "participants": [_entity(e) for e in analysis.participants],
        "mentioned": [_entity(e) for e in analysis.mentioned],
        "commitments": [[c.actor, c.verb, c.start, c.end, c.text, c.stance, list(c.themes),
                         c.quoted, c.negated, c.from_list] for c in analysis.commitments],
        "dates": [[d.date, d.end_date, d.text, d.start, d.end, d.role, d.year_inferred]
                  for d in analysis.dates],
    }
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return zlib.compress(raw, 1)  # level 1: 6x smaller, and fast enough to pack per open


def unpack(blob: bytes, article: Article, codebook: Codebook) -> Analysis:
    """The Analysis packed in `blob`, for `article` and `codebook` (those its key was made
    of). Raises SavedAnalysisError when the bytes are not a sound saved analysis."""
    try:
        data = json.loads(zlib.decompress(blob))
        if data.get("format") != FORMAT:
            raise SavedAnalysisError(f"saved in layout {data.get('format')!r}, not {FORMAT}")
        size = len(article.text)
        sentences = []
        for start, end, kind, block, themes in data["sentences"]:
            if not 0 <= start <= end <= size:
                raise SavedAnalysisError(f"a passage [{start}, {end}) lies outside the text")
            sentences.append(Sentence(start, end, kind, block, tuple(
                SentenceTheme(tid, tuple(matched), tuple((a, b) for a, b in spans))
                for tid, matched, spans in themes)))
        return Analysis(
            article=article,
            codebook=codebook,
            sentences=sentences,
            hits=[ThemeHit(tid, start, end, term) for tid, start, end, term in data["hits"]],
            participants=[_entity_from(e) for e in data["participants"]],
            mentioned=[_entity_from(e) for e in data["mentioned"]],
            commitments=[Commitment(a, v, s, e, t, st, list(th), bool(q), bool(n), bool(li))
                         for a, v, s, e, t, st, th, q, n, li in data["commitments"]],
            dates=[DateMention(*d) for d in data["dates"]],
        )
    except SavedAnalysisError:
        raise
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError, AttributeError, KeyError,
            TypeError, ValueError) as exc:
        raise SavedAnalysisError(f"damaged saved analysis ({exc})") from exc


def _entity(e: Entity) -> list[Any]:
    return [e.id, e.name, e.kind, list(e.aliases), e.role, e.represents,
            [list(s) for s in e.spans], list(e.members), [list(s) for s in e.references],
            e.party]


def _entity_from(values: list[Any]) -> Entity:
    (id_, name, kind, aliases, role, represents, spans, members, references, party) = values
    return Entity(id_, name, kind, list(aliases), role, represents,
                  [(a, b) for a, b in spans], list(members), [(a, b) for a, b in references],
                  bool(party))
