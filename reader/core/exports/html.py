"""HTML export: one self-contained page (inline CSS, no scripts) with the highlighted article."""
from __future__ import annotations

import bisect
import re
from html import escape
from typing import Any

from reader import __version__
from reader.core.exports.bundle import (
    ExportBundle,
    ExportPassage,
    item_json,
    safe_color,
    stance_words,
)
from reader.core.exports.colors import color_name, tint

_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
# Highlight tints: the analyst's own highlights are stronger than automatic passages.
_MANUAL_TINT = 0.42
_AUTO_TINT = 0.22
_UNDERLINE_PX = 2

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 68rem; padding: 2rem 2.5rem 3rem;
  font: 16px/1.6 Georgia, "Times New Roman", serif; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .4rem; }
h2 { font: 600 1.05rem/1.3 system-ui, sans-serif; margin: 2rem 0 .6rem; padding-bottom: .2rem;
  border-bottom: 1px solid #ddd; text-transform: uppercase; letter-spacing: .04em; color: #444; }
.facts, .legend, table, .meta, footer, .count { font-family: system-ui, sans-serif; }
.facts { color: #555; margin: 0; font-size: .92rem; }
.legend ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap;
  gap: .35rem 1.4rem; }
.legend li { display: flex; align-items: center; gap: .45rem; font-size: .95rem; }
.swatch { display: inline-block; width: 1.1rem; height: 1.1rem; border-radius: 3px;
  border: 1px solid rgba(0,0,0,.25); }
.count { color: #666; font-size: .82rem; }
.key { color: #555; font: .85rem/1.4 system-ui, sans-serif; margin: .6rem 0 0; }
/* Tufte-style margin notes: the article leaves a right margin and each note floats into
   it beside the passage it belongs to, without opening gaps in the text. */
.article { padding-right: 19rem; }
.article p { margin: 0 0 1rem; line-height: 1.85; }
.article p.furniture { color: #888; font-size: .9rem; }
mark { color: inherit; padding: 0 0 var(--bands, 2px); border-radius: 2px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
sup.ref { font: 700 .7rem system-ui, sans-serif; margin-left: 1px; }
.note { float: right; clear: right; width: 17rem; margin: .2rem -19rem .8rem 0;
  border-left: 4px solid #888; padding: .15rem 0 .15rem .6rem; break-inside: avoid;
  font: .85rem/1.45 system-ui, sans-serif; color: #1d1d1f; }
.note > span { display: inline; }
.note .n { font-weight: 700; }
.note .theme { font-weight: 600; }
.note .quote, .orphan .quote { color: #555; font-style: italic; display: block;
  margin: .1rem 0; }
.note .text, .orphan .text { display: block; white-space: pre-wrap; margin: .2rem 0 0; }
table { border-collapse: collapse; width: 100%; font-size: .88rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem;
  border-bottom: 1px solid #e3e3e3; }
th { background: #f4f4f4; }
.people { padding-left: 1.2rem; font-family: system-ui, sans-serif; font-size: .92rem; }
.memo { white-space: pre-wrap; background: #fafaf5; border: 1px solid #e6e4d8; padding: .8rem 1rem;
  border-radius: 4px; }
.orphan { border-left: 4px solid #888; padding-left: .6rem; margin-bottom: .8rem;
  font: .9rem/1.45 system-ui, sans-serif; }
footer { margin-top: 2.5rem; color: #777; font-size: .8rem; border-top: 1px solid #ddd;
  padding-top: .5rem; }
@media (max-width: 760px) {
  body { padding: 1rem; }
  .article { padding-right: 0; }
  .note { float: none; display: block; width: auto; margin: .4rem 0 .6rem; }
}
@media print {
  /* Keep the theme colours on paper: browsers drop backgrounds by default. */
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .article { padding-right: 6cm; }
  .note { width: 5.4cm; margin-right: -6cm; }
  h2 { break-after: avoid; }
  tr, .note, .orphan { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
@page { margin: 1.6cm; }
"""


def _e(text: Any) -> str:
    return escape("" if text is None else str(text), quote=True)


def _text_html(text: str) -> str:
    return _e(text).replace("\n", "<br>\n")



def to_html(bundle: ExportBundle) -> str:
    """The whole export as one HTML document string."""
    article = bundle.article
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="Parley {_e(__version__)}">',
        f"<title>{_e(article.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{_e(article.title)}</h1>",
        _facts(bundle),
        "</header>",
        _legend(bundle),
        *_summary(bundle),
        '<section class="article">',
        "<h2>Article</h2>",
        _article_body(bundle),
        "</section>",
        _orphans(bundle),
        '<section><h2>Memo</h2>',
        f'<div class="memo">{_e(bundle.memo.strip())}</div>' if bundle.memo.strip()
        else '<p class="meta">No memo.</p>',
        "</section>",
        f"<footer>Exported {_e(bundle.exported)} with Parley {_e(__version__)}.</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def _facts(bundle: ExportBundle) -> str:
    article = bundle.article
    facts = [f"{_e(label.capitalize())}: {_e(value)}" for label, value in bundle.dates]
    facts += [_e(v) for v in (article.place, article.source) if v]
    if article.url and re.match(r"^https?://", article.url):
        facts.append(f'<a href="{_e(article.url)}">{_e(article.url)}</a>')
    return f'<p class="facts">{" · ".join(facts)}</p>' if facts else ""


def _legend(bundle: ExportBundle) -> str:
    counts = bundle.analysis.theme_counts
    items = []
    for theme in bundle.themes:
        color = safe_color(theme.color)
        exported = len(bundle.passages_for(theme.id))
        items.append(
            f'<li><span class="swatch" style="background:{color}"></span>'
            f"<span>{_e(theme.name)}</span>"
            f'<span class="count">{_e(color)} {_e(color_name(color))} · '
            f"{counts.get(theme.id, 0)} found · {exported} in this export</span></li>"
        )
    scope = "Only your own highlights are shown." if bundle.options.manual_only else (
        "Strong tint: your highlights; light tint: passages Parley found (rejected ones are "
        "left out).")
    return (
        '<section class="legend"><h2>Themes</h2><ul>' + "".join(items) + "</ul>"
        f'<p class="key">{scope} A passage with several themes shows stacked underlines '
        "and striped background, one band per theme; numbers lead to the notes in the "
        "margin.</p></section>"
    )


def _summary(bundle: ExportBundle) -> list[str]:
    out: list[str] = []
    analysis = bundle.analysis
    for title, items in (("Participants", analysis.participants),
                         ("Also mentioned", analysis.mentioned)):
        if not items:
            continue
        rows = []
        for item in items:
            data = item_json(item)
            bits = [f"<strong>{_e(data.get('name'))}</strong>"]
            if data.get("kind"):
                bits.append(f" ({_e(data['kind'])})")
            if data.get("role"):
                bits.append(f" — {_e(data['role'])}")
            aliases = [a for a in data.get("aliases") or [] if a]
            if aliases:
                bits.append(f"; also: {_e(', '.join(aliases))}")
            if data.get("mentions"):
                bits.append(f"; {_e(data['mentions'])}×")
            rows.append(f"<li>{''.join(bits)}</li>")
        out.append(f'<section><h2>{_e(title)}</h2>'
                   f'<ul class="people">{"".join(rows)}</ul></section>')
    if analysis.commitments:
        rows = []
        for item in analysis.commitments:
            data = item_json(item)
            themes = "".join(
                f'<span class="swatch" style="background:{safe_color(bundle.theme(t).color)};'
                f'width:.7rem;height:.7rem"></span> {_e(bundle.theme(t).name)} '
                for t in data.get("themes") or []
            )
            stance = _e(stance_words(data))
            rows.append(
                f"<tr><td>{_e(data.get('actor'))}</td><td>{_e(data.get('verb'))}</td>"
                f"<td>{stance}</td><td>{_e(data.get('text'))}</td><td>{themes}</td></tr>"
            )
        out.append(
            "<section><h2>Commitments</h2><table><thead><tr><th>Actor</th><th>Verb</th>"
            "<th>Stance</th><th>Clause</th><th>Themes</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table></section>"
        )
    return out


def _mark_style(bundle: ExportBundle, active: list[ExportPassage],
                order: dict[str, int]) -> str:
    """Background bands and stacked underlines, one per theme, so overlaps stay visible."""
    strongest: dict[str, bool] = {}  # theme -> has a manual highlight here
    for p in sorted(active, key=lambda p: order.get(p.theme_id, 999)):
        strongest[p.theme_id] = strongest.get(p.theme_id, False) or not p.is_auto
    colors = [(safe_color(bundle.theme(t).color), manual) for t, manual in strongest.items()]
    tints = [tint(c, _MANUAL_TINT if manual else _AUTO_TINT) for c, manual in colors]
    if len(tints) == 1:
        background = tints[0]
    else:
        step = 100 / len(tints)
        stops = ", ".join(
            f"{t} {n * step:.2f}% {(n + 1) * step:.2f}%" for n, t in enumerate(tints)
        )
        background = f"linear-gradient(to bottom, {stops})"
    shadows = ", ".join(
        f"inset 0 -{_UNDERLINE_PX * (n + 1)}px 0 {c}" for n, (c, _) in enumerate(colors)
    )
    return f"background:{background};box-shadow:{shadows};--bands:{_UNDERLINE_PX * len(colors)}px"


def _mark_title(bundle: ExportBundle, active: list[ExportPassage]) -> str:
    return "; ".join(f"{bundle.theme(p.theme_id).name} ({p.origin_words})" for p in active)


def _note_html(bundle: ExportBundle, number: int, passage: ExportPassage) -> str:
    theme = bundle.theme(passage.theme_id)
    color = safe_color(theme.color)
    quote = passage.quote.strip()
    quote = quote if len(quote) <= 90 else quote[:87].rstrip() + "…"
    return (
        f'<span class="note" style="border-left-color:{color}">'
        f'<span class="n" style="color:{color}">{number}</span> '
        f'<span class="theme">{_e(theme.name)}</span> '
        f'<span class="count">{_e(passage.origin_words)}</span>'
        f'<span class="quote">“{_e(quote)}”</span>'
        f'<span class="text">{_e(passage.note.strip())}</span></span>'
    )


def _article_body(bundle: ExportBundle) -> str:
    """The article, paragraph by paragraph, cut where any highlight begins or ends."""
    text = bundle.text
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    placed = [p for p in bundle.passages if p.placed]
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for n, p in enumerate(placed):
        starting.setdefault(p.start, []).append(n)
        ending.setdefault(p.end, []).append(n)
    bounds = [b for span in paragraphs for b in span]
    cuts = sorted({0, len(text), *bounds, *starting, *ending})
    para_starts = [s for s, _ in paragraphs]
    numbers: dict[int, int] = {}  # passage index -> note number, in reading order
    order = {t.id: n for n, t in enumerate(bundle.themes)}  # once: it walks every passage

    rows: list[str] = []
    current = -1
    body: list[str] = []
    active: dict[int, ExportPassage] = {}

    def flush() -> None:
        if current < 0:
            return
        start, end = paragraphs[current]
        furniture = ' class="furniture"' if bundle.article.is_boilerplate(start, end) else ""
        rows.append(f'<p{furniture}>{"".join(body)}</p>')

    for i, x in enumerate(cuts):
        for n in ending.get(x, []):
            passage = active.pop(n, None)
            if passage is not None and passage.note.strip():
                numbers[n] = len(numbers) + 1
                color = safe_color(bundle.theme(passage.theme_id).color)
                body.append(f'<sup class="ref" style="color:{color}">{numbers[n]}</sup>')
                body.append(_note_html(bundle, numbers[n], passage))
        for n in starting.get(x, []):
            active[n] = placed[n]
        if i + 1 == len(cuts):
            break
        nxt = cuts[i + 1]
        k = bisect.bisect_right(para_starts, x) - 1
        if k < 0 or x >= paragraphs[k][1]:
            continue  # the blank lines between paragraphs
        if k != current:
            flush()
            current, body = k, []
        piece = _text_html(text[x:nxt])
        if active:
            passages = list(active.values())
            body.append(f'<mark style="{_mark_style(bundle, passages, order)}" '
                        f'title="{_e(_mark_title(bundle, passages))}">{piece}</mark>')
        else:
            body.append(piece)
    flush()
    return "\n".join(rows)


def _orphans(bundle: ExportBundle) -> str:
    lost = [p for p in bundle.passages if not p.placed]
    if not lost:
        return ""
    items = []
    for p in lost:
        theme = bundle.theme(p.theme_id)
        color = safe_color(theme.color)
        note = f'<span class="text">{_e(p.note.strip())}</span>' if p.note.strip() else ""
        items.append(
            f'<div class="orphan" style="border-left-color:{color}">'
            f'<span class="theme">{_e(theme.name)}</span> '
            f'<span class="quote">“{_e(p.quote)}”</span>{note}</div>'
        )
    return ("<section><h2>Highlights no longer found in the text</h2>"
            '<p class="meta">The article changed since these were made; they are kept '
            "with their quote.</p>" + "".join(items) + "</section>")
