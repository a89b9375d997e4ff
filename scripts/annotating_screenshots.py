"""Render the window with highlights, notes and a rejected passage: light and dark PNGs."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from shot_window import ROOT, application, ready_window
from shot_window import settle as _settle


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    from reader.core.annotations import REVIEW_REJECTED, Review
    from reader.core.commands import SetReviews

    application()

    def settle(ms: int = 200) -> None:
        _settle(ms)

    with tempfile.TemporaryDirectory() as data:
        for dark, name in ((False, "annotating-light.png"), (True, "annotating-dark.png")):
            window, store = ready_window(data, dark)
            annotator = window.annotator
            text = window.article.text
            if not annotator.highlights:  # the first pass annotates; the dark one reloads
                body = [s for s in window.analysis.sentences if s.end - s.start > 60]
                a, b = body[1], body[3]
                window.view.select_span(a.start, a.end)
                annotator.highlight_selection("cooperation")
                mid = (b.start + b.end) // 2
                window.view.select_span(b.start, mid + 20)
                annotator.highlight_selection("security")
                window.view.select_span(mid, b.end)
                annotator.highlight_selection("rights")
                first = annotator.highlights[0]
                annotator.notes.card(first.id).note.setPlainText(
                    "Check against the Tashkent communiqué <b>before</b> the brief.")
                annotator.notes.memo.setPlainText("Security and aid framed together; "
                                                  "no new money announced.")
                rights = window.raw_analysis.passages("economy")
                if rights:
                    p = rights[0]
                    annotator.history.push(SetReviews([Review(
                        window.article.content_id, "economy", p.start, p.end,
                        text[p.start:p.end], REVIEW_REJECTED)]))
            window.view.select_span(0, 0)
            annotator.show_card(annotator.highlights[0].id)
            settle()
            path = out / name
            window.grab().save(str(path))
            print(path)
            if not dark:  # the Review tab and the codebook editor, light mode
                window.sidebar.setCurrentWidget(annotator.review)
                annotator.review.select_theme("economy")
                annotator.review.show_rejected.setChecked(True)
                settle()
                window.sidebar.grab().save(str(out / "annotating-review.png"))
                dialog = annotator.open_codebook_editor()
                dialog.editor.select("security")
                settle()
                dialog.grab().save(str(out / "annotating-codebook.png"))
                dialog.close()
                annotator.open_export_dialog()
                settle()
                annotator.export_dialog.grab().save(str(out / "annotating-export.png"))
                annotator.export_dialog.reject()
            window.close()
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
