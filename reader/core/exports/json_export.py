"""JSON export: the `parley.analysis/1` object plus the analyst's work (`parley.export/1`)."""
from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from reader import __version__
from reader.core.exports.bundle import ExportBundle

SCHEMA = "parley.export/1"


def export_dict(bundle: ExportBundle) -> dict[str, Any]:
    """Everything the analysis JSON has, then highlights, notes, reviews and the memo.

    The analysis keeps its own schema name under `analysis_schema`; `schema` names this
    export format so readers can tell the two apart.
    """
    data = bundle.analysis.to_json()
    analysis_schema = data.pop("schema", None)
    wanted = bundle.options.theme_ids
    return {
        "schema": SCHEMA,
        "analysis_schema": analysis_schema,
        "generator": f"Parley {__version__}",
        "exported": bundle.exported,
        "options": {
            "themes": list(wanted) if wanted is not None else None,
            "manual_only": bundle.options.manual_only,
        },
        **data,
        "highlights": [p.to_json() for p in bundle.passages],
        "notes": [
            {"highlight": p.id, "theme": p.theme_id, "start": p.start, "end": p.end,
             "quote": p.quote, "note": p.note}
            for p in bundle.passages if p.note.strip()
        ],
        "reviews": [asdict(r) for r in bundle.reviews
                    if wanted is None or r.theme_id in wanted],
        "memo": bundle.memo,
    }


def to_json_text(bundle: ExportBundle) -> str:
    """Pretty-printed UTF-8 JSON (non-ASCII kept as is: it is meant to be read too)."""
    return json.dumps(export_dict(bundle), ensure_ascii=False, indent=2) + "\n"
