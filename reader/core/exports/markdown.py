"""Markdown export: a brief that reads well as plain text and renders well."""
from __future__ import annotations

import re
from typing import Any

from reader import __version__
from reader.core.exports.bundle import ExportBundle, item_json, stance_words
from reader.core.exports.colors import color_name, color_square


def md_text(text: str) -> str:
    """Escape what would turn article or note text into markup: backslashes and raw HTML."""
    return text.replace("\\", "\\\\").replace("<", "\\<")


def md_cell(value: Any) -> str:
    """A table cell: one line, pipes escaped so they cannot split the row."""
    text = "" if value is None else str(value)
    return md_text(" ".join(text.split())).replace("|", "\\|")


def _quote_block(text: str) -> list[str]:
    return [f"> {md_text(line)}".rstrip() for line in text.split("\n")]


def legend_label(bundle: ExportBundle, theme_id: str) -> str:
    theme = bundle.theme(theme_id)
    return (f"{color_square(theme.color)} {md_text(theme.name)} "
            f"(`{theme.color}`, {color_name(theme.color)})")



def to_markdown(bundle: ExportBundle) -> str:
    """The whole brief as one Markdown document."""
    article = bundle.article
    out: list[str] = [f"# {md_text(article.title)}", ""]
    facts = [f"**{label.capitalize()}:** {md_text(value)}" for label, value in bundle.dates]
    for label, value in (("Place", article.place), ("Source", article.source)):
        if value:
            facts.append(f"**{label}:** {md_text(value)}")
    if article.url and re.match(r"^https?://", article.url):
        facts.append(f"**URL:** <{article.url.replace('>', '%3E').replace(' ', '%20')}>")
    elif article.url:
        facts.append(f"**URL:** {md_text(article.url)}")  # not a link: no javascript: etc.
    scope = "manual highlights only" if bundle.options.manual_only else \
        "your highlights and Parley's automatic passages (rejected ones left out)"
    facts.append(f"**Exported:** {bundle.exported} with Parley {__version__}; {scope}")
    out += [f"- {fact}" for fact in facts] + [""]

    out += ["## Themes", "", "| Colour | Theme | Found by Parley | In this export |",
            "| --- | --- | ---: | ---: |"]
    counts = bundle.analysis.theme_counts
    for theme in bundle.themes:
        out.append(
            f"| {color_square(theme.color)} `{theme.color}` {color_name(theme.color)} "
            f"| {md_cell(theme.name)} | {counts.get(theme.id, 0)} "
            f"| {len(bundle.passages_for(theme.id))} |"
        )
    out.append("")

    out += _people(bundle)
    out += _commitments(bundle)

    out += ["## Passages by theme", ""]
    if not bundle.passages:
        out += ["_No highlighted passages._", ""]
    for theme in bundle.themes:
        passages = bundle.passages_for(theme.id)
        if not passages:
            continue
        count = f"{len(passages)} passage{'s' if len(passages) != 1 else ''}"
        out += [f"### {legend_label(bundle, theme.id)} — {count}", ""]
        for passage in passages:
            out += _quote_block(passage.quote)
            where = f"characters {passage.start}–{passage.end}" if passage.placed \
                else "no longer found at its place in the text"
            out += ["", f"*{passage.origin_words} · {where}*", ""]
            if passage.note.strip():
                lines = md_text(passage.note.strip()).split("\n")
                out += [f"**Note:** {lines[0]}", *lines[1:], ""]

    out += ["## Memo", ""]
    out += [md_text(bundle.memo.strip()) if bundle.memo.strip() else "_No memo._", ""]
    return "\n".join(out)


def _people(bundle: ExportBundle) -> list[str]:
    out: list[str] = []
    for title, items in (("Participants", bundle.analysis.participants),
                         ("Also mentioned", bundle.analysis.mentioned)):
        if not items:
            continue
        out += [f"## {title}", ""]
        for item in items:
            data = item_json(item)
            line = f"- **{md_cell(data.get('name'))}**"
            if data.get("kind"):
                line += f" ({md_cell(data['kind'])})"
            if data.get("role"):
                line += f" — {md_cell(data['role'])}"
            aliases = [a for a in data.get("aliases") or [] if a]
            if aliases:
                line += f"; also: {md_cell(', '.join(aliases))}"
            if data.get("mentions"):
                line += f"; {data['mentions']}×"
            out.append(line)
        out.append("")
    return out


def _commitments(bundle: ExportBundle) -> list[str]:
    items = bundle.analysis.commitments
    if not items:
        return []
    out = ["## Commitments", "", "| Actor | Verb | Stance | Clause | Themes |",
           "| --- | --- | --- | --- | --- |"]
    for item in items:
        data = item_json(item)
        themes = ", ".join(bundle.theme(t).name for t in data.get("themes") or [])
        stance = stance_words(data)
        out.append(
            f"| {md_cell(data.get('actor'))} | {md_cell(data.get('verb'))} | {md_cell(stance)} "
            f"| {md_cell(data.get('text'))} | {md_cell(themes)} |"
        )
    out.append("")
    return out
