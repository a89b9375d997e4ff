"""Analyse the article a starting window shows in a helper process, on another core, while
the window builds its panels and loads its chart; the window then reads the saved analysis.

On a first launch nothing is saved yet, and analysing the bundled statement costs the
window ~0.2 s after its first paint (most of it loading the analysers' tables). The chart's
import (pyqtgraph, ~0.3 s) cannot be avoided and runs meanwhile in the window, so a helper
started at the first paint has the analysis saved before the window asks for it.

A helper is started only when it can help: a second core, a data folder that can be written,
an article read from a file, and nothing saved for it yet. The helper writes nothing but the
saved analysis; if it fails or finds the file changed, the window analyses as usual.

    python -m reader.prefetch DATA_DIR ARTICLE_PATH KEY    (the codebook as JSON on stdin)
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.article import Article
    from reader.core.codebook import Codebook
    from reader.store import Store

# PARLEY_PREFETCH=0 turns the helper off (to compare, or on a machine where it does not pay).
ENV_SWITCH = "PARLEY_PREFETCH"
_PROJECT_ROOT = Path(__file__).resolve().parents[1]


def usable_cores() -> int:
    """Cores this process may run on (its affinity where the platform says)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # macOS, Windows
        return os.cpu_count() or 1


def start(article: Article, codebook: Codebook, store: Store,
          key: str) -> subprocess.Popen[bytes] | None:
    """Start a helper analysing `article` with `codebook` into the store's saved analyses
    under `key`; None when no helper is worth starting (see the module docstring)."""
    if (os.environ.get(ENV_SWITCH) == "0" or store.read_only or not article.path
            or usable_cores() < 2 or store.saved_analyses.has(key)):
        return None
    env = dict(os.environ)
    # The helper imports `reader` as this process does, whether installed or a checkout.
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(_PROJECT_ROOT), env.get("PYTHONPATH", "")) if p)
    try:
        helper = subprocess.Popen(
            [sys.executable, "-m", "reader.prefetch", str(store.path.parent), article.path,
             key],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=env, close_fds=True)
    except OSError:
        return None
    try:
        assert helper.stdin is not None
        helper.stdin.write(json.dumps(codebook.to_dict()).encode("utf-8"))
        helper.stdin.close()
    except OSError:  # it died at once: the window analyses itself
        helper.kill()
        return None
    return helper


def main(argv: list[str]) -> int:
    """The helper: analyse and save; exit 0 when saved, 1 when there was nothing to save."""
    data_dir, path, key = argv
    from reader.core.analysis import analyze
    from reader.core.analysis_cache import cache_key, pack
    from reader.core.article import load_article
    from reader.core.codebook import codebook_from_dict
    from reader.store import SavedAnalyses

    codebook = codebook_from_dict(json.loads(sys.stdin.buffer.read()), origin="window")
    article = load_article(path)
    if cache_key(article, codebook) != key:
        return 1  # the file changed since the window read it: its analysis is the window's
    SavedAnalyses(Path(data_dir)).write(key, pack(analyze(article, codebook)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
