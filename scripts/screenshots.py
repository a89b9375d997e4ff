"""Render the reading window to PNG, light and dark: python scripts/screenshots.py [OUTDIR]."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from shot_window import ROOT, application, ready_window, settle


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory() as data:
        for dark, name, focus in ((False, "screenshot-light.png", None),
                                  (True, "screenshot-dark.png", "rights")):
            window, store = ready_window(data, dark)
            if focus:  # the dark shot also shows a focused theme and the commitments
                window.focus_theme(focus)
                window.step_passage(1)
                window.sidebar.setCurrentIndex(1)
            settle()
            path = out / name
            window.grab().save(str(path))
            print(path)
            window.close()
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
