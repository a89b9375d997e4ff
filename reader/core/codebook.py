"""The codebook: themes with their names, colours and matching rules; loading and validation."""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from reader.core.errors import CodebookError

# Checked with string methods, not regular expressions: the window validates its codebook
# before the first paint, where compiling two patterns cost ~1 ms.
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-")
_ID_MAX = 40
_THEME_KEYS = {"id", "name", "description", "color", "color_dark", "terms", "exclude", "patterns"}
_REQUIRED = ("id", "name", "color")
_TOP_KEYS = {"name", "version", "themes"}


def is_hex_colour(value: str) -> bool:
    """True for a colour written like '#1f77b4' (six hex digits, either case)."""
    return len(value) == 7 and value[0] == "#" and all(c in _HEX_DIGITS for c in value[1:])


def _is_theme_id(value: str) -> bool:
    """Lowercase ASCII letters, digits, '-' and '_', starting with a letter, at most 40."""
    return (0 < len(value) <= _ID_MAX and "a" <= value[0] <= "z"
            and all(c in _ID_CHARS for c in value))


@dataclass(frozen=True)
class Theme:
    """One theme: how it is shown (name, colours) and how it is found (terms, patterns)."""

    id: str
    name: str
    color: str
    color_dark: str
    description: str = ""
    terms: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Codebook:
    """An ordered set of themes; the order is the order of keys 1-9 and of the chart."""

    themes: tuple[Theme, ...]
    name: str = "Parley codebook"
    version: int = 1
    _by_id: dict[str, Theme] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({t.id: t for t in self.themes})

    def theme(self, theme_id: str) -> Theme:
        return self._by_id[theme_id]

    def __contains__(self, theme_id: object) -> bool:
        return theme_id in self._by_id

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.themes]

    def to_dict(self) -> dict:
        """Plain data for JSON (the user's edited codebook is stored this way)."""
        return {
            "name": self.name,
            "version": self.version,
            "themes": [
                {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(t).items()}
                for t in self.themes
            ],
        }

    def replace_theme(self, theme: Theme) -> Codebook:
        """A copy with `theme` replacing the theme of the same id (or appended)."""
        themes = [theme if t.id == theme.id else t for t in self.themes]
        if theme.id not in self:
            themes.append(theme)
        return Codebook(tuple(themes), self.name, self.version)


def _string_list(value: object, where: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(f"{where} must be a list of strings")
        return ()
    return tuple(v.strip() for v in value if v.strip())


def codebook_from_dict(data: object, origin: str = "codebook") -> Codebook:
    """Validate plain data and build a Codebook; CodebookError lists every problem found."""
    problems: list[str] = []
    if not isinstance(data, dict):
        raise CodebookError(f"{origin}: the top level must be a table/object with 'themes'.")
    for key in sorted(set(data) - _TOP_KEYS):
        problems.append(f"unknown top-level key '{key}' (allowed: {', '.join(sorted(_TOP_KEYS))})")
    raw_themes = data.get("themes")
    if not isinstance(raw_themes, list) or not raw_themes:
        problems.append("'themes' must be a non-empty list")
        raw_themes = []
    themes: list[Theme] = []
    seen: set[str] = set()
    for n, raw in enumerate(raw_themes, 1):
        where = f"theme {n}"
        if not isinstance(raw, dict):
            problems.append(f"{where} must be a table/object")
            continue
        if isinstance(raw.get("id"), str):
            where = f"theme '{raw['id']}'"
        for key in sorted(set(raw) - _THEME_KEYS):
            allowed = ", ".join(sorted(_THEME_KEYS))
            problems.append(f"{where}: unknown key '{key}' (allowed: {allowed})")
        missing = [k for k in _REQUIRED if not isinstance(raw.get(k), str) or not raw[k].strip()]
        for key in missing:
            problems.append(f"{where}: '{key}' is required and must be a non-empty string")
        theme_id = str(raw.get("id", "")).strip()
        if theme_id and "id" not in missing:
            if not _is_theme_id(theme_id):
                problems.append(f"{where}: id must be lowercase letters, digits, '-' or '_' "
                                "starting with a letter")
            if theme_id in seen:
                problems.append(f"{where}: duplicate id '{theme_id}'")
            seen.add(theme_id)
        for key in ("color", "color_dark"):
            value = raw.get(key)
            if value is not None and (not isinstance(value, str) or not is_hex_colour(value)):
                problems.append(f"{where}: {key} {value!r} is not a colour like '#1f77b4'")
        terms = _string_list(raw.get("terms"), f"{where}: terms", problems)
        exclude = _string_list(raw.get("exclude"), f"{where}: exclude", problems)
        patterns = _string_list(raw.get("patterns"), f"{where}: patterns", problems)
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                problems.append(f"{where}: pattern {pattern!r} does not compile ({exc})")
        for term in terms + exclude:
            if not re.search(r"\w", term):
                problems.append(f"{where}: term {term!r} has no letters or digits")
        if missing:
            continue
        color = raw["color"]
        themes.append(
            Theme(
                id=theme_id,
                name=raw["name"].strip(),
                color=color.lower() if isinstance(color, str) else "#888888",
                color_dark=str(raw.get("color_dark") or color).lower(),
                description=str(raw.get("description") or "").strip(),
                terms=terms,
                exclude=exclude,
                patterns=patterns,
            )
        )
    if problems:
        raise CodebookError(f"{origin} is not a valid codebook:", problems)
    name = data.get("name")
    version = data.get("version", 1)
    return Codebook(
        tuple(themes),
        name=name if isinstance(name, str) and name.strip() else "Parley codebook",
        version=version if isinstance(version, int) else 1,
    )


def load_codebook(path: str | Path) -> Codebook:
    """Load a codebook from a .toml, .json or REFI-QDA .qdc/.qdpx file, validated.

    REFI codes carry no matching rules: a code named like a theme of the default codebook
    keeps that theme's id and rules, any other becomes a theme highlighted by hand.
    """
    path = Path(path)
    if not path.is_file():
        raise CodebookError(f"Codebook file not found: {path}")
    if path.suffix.lower() in (".qdc", ".qdpx"):
        from reader.core.exports.refi import load_qdc  # the REFI reader lives with the writer

        return load_qdc(path, base=default_codebook())
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise CodebookError(f"{path.name} cannot be read as UTF-8 text: {exc}") from None
    import tomllib  # here: ~5 ms to import, and the window's start reads a cached copy

    try:
        data = json.loads(raw) if path.suffix.lower() == ".json" else tomllib.loads(raw)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        kind = "JSON" if path.suffix.lower() == ".json" else "TOML"
        raise CodebookError(f"{path.name} is not valid {kind}: {exc}") from None
    return codebook_from_dict(data, origin=path.name)


def default_codebook_path() -> Path:
    # Imported here so the core has one path helper and no import-time disk access.
    from reader.paths import resource

    return resource("codebook.toml")


def default_codebook() -> Codebook:
    """The codebook shipped in resources/codebook.toml."""
    return load_codebook(default_codebook_path())
