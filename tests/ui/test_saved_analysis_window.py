"""The window reuses a saved analysis on the next launch, exactly as a fresh one would show,
and falls back to analysing when the saved one is damaged or no longer fits."""
from __future__ import annotations

from pathlib import Path

from reader.core.analysis_cache import cache_key
from reader.store import ANALYSIS_CACHE_DIR
from reader.ui import analysis_runner


def saved_files(data: Path) -> list[Path]:
    folder = data / ANALYSIS_CACHE_DIR
    return sorted(folder.glob("*.bin")) if folder.is_dir() else []


def shown(window) -> tuple:
    """What the reader sees of an analysis: highlights, counts, sidebar rows."""
    analysis = window.analysis
    return (analysis.to_json(), dict(window.theme_counts),
            window.participant_model.rowCount(), window.commitment_model.rowCount())


def test_the_next_launch_shows_the_saved_analysis(qtbot, open_window, private_data_dir,
                                                 monkeypatch):
    first = open_window()
    assert first.runner.from_saved is False
    qtbot.waitUntil(lambda: len(saved_files(private_data_dir)) == 1, timeout=5000)
    assert saved_files(private_data_dir)[0].stem == cache_key(first.article, first.codebook)
    before = shown(first)
    first.close()

    def must_not_run(article, codebook):
        raise AssertionError("analysed again although a saved analysis fits")

    monkeypatch.setattr(analysis_runner, "analyze", must_not_run)
    second = open_window()
    assert second.runner.from_saved is True
    assert shown(second) == before
    # Everything that reads the analysis works on the saved one: focus and walk a theme.
    theme = next(t for t, n in second.theme_counts.items() if n)
    second.focus_theme(theme)
    assert second.walk is not None and len(second.walk.passages) == second.theme_counts[theme]


def test_a_damaged_saved_analysis_is_replaced_by_a_fresh_one(qtbot, open_window,
                                                            private_data_dir):
    first = open_window()
    qtbot.waitUntil(lambda: len(saved_files(private_data_dir)) == 1, timeout=5000)
    before = shown(first)
    first.close()
    path = saved_files(private_data_dir)[0]
    path.write_bytes(b"\x78\x01garbage after a zlib header")

    second = open_window()
    assert second.runner.from_saved is False
    assert shown(second) == before
    assert second.banner.isHidden()  # derived data: nothing to tell the reader
    # Removed when it failed to read, then saved again from the fresh analysis.
    qtbot.waitUntil(lambda: path.is_file() and path.stat().st_size > 100, timeout=5000)
    third = open_window()
    assert third.runner.from_saved is True and shown(third) == before


def test_an_edited_codebook_is_analysed_afresh(qtbot, open_window, private_data_dir):
    window = open_window()
    qtbot.waitUntil(lambda: len(saved_files(private_data_dir)) == 1, timeout=5000)
    codebook = window.codebook
    data = codebook.to_dict()
    data["themes"][0]["terms"] = [*data["themes"][0]["terms"], "special session"]
    from reader.core.codebook import codebook_from_dict

    edited = codebook_from_dict(data, origin="test")
    with qtbot.waitSignal(window.runner.finished, timeout=10_000):
        window.set_codebook(edited)
    assert window.runner.from_saved is False
    qtbot.waitUntil(lambda: len(saved_files(private_data_dir)) == 2, timeout=5000)


def test_a_large_article_is_saved_from_the_worker_and_reused(qtbot, open_window, tmp_path,
                                                            private_data_dir):
    paragraph = ("The Ministers of Kazakhstan and the United States met in Astana and "
                 "reaffirmed their commitment to counter-narcotics cooperation and to "
                 "humanitarian aid for the people of Afghanistan.\n\n")
    big = tmp_path / "long-statement.txt"
    big.write_text("A long joint statement\n\n" + paragraph * 1100, encoding="utf-8")
    assert big.stat().st_size > analysis_runner.THREAD_THRESHOLD
    first = open_window(str(big))
    assert first.runner.from_saved is False
    qtbot.waitUntil(lambda: len(saved_files(private_data_dir)) == 1, timeout=10_000)
    before = shown(first)
    first.close()
    second = open_window(str(big))
    assert second.runner.from_saved is True
    assert shown(second) == before


def test_the_window_icon_follows_ready(qtbot, open_window):
    window = open_window()
    qtbot.waitUntil(lambda: not window.windowIcon().isNull(), timeout=5000)
