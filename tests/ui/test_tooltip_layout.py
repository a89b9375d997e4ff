"""The hover tooltip keeps a theme's name and its matched words readable: on one line when
short, in lines of about TOOLTIP_LINE_CHARS characters when long (Qt alone squeezed even
two words over three lines)."""
from __future__ import annotations

import re

from reader.ui.article_view import TOOLTIP_LINE_CHARS, _word_lines


def test_short_lists_stay_on_one_line():
    assert _word_lines(["“security”"], "because of ") == ["because of “security”"]
    assert _word_lines(["“exchanged views”", "“cooperation”"], "because of ") == [
        "because of “exchanged views”, “cooperation”"]


def test_long_lists_break_between_words_and_keep_every_word():
    words = [f"“{w}”" for w in ("terrorism", "violent", "extremism", "attacks", "military",
                                "escalation", "weapons", "proliferation", "border security")]
    lines = _word_lines(words, "because of ")
    assert len(lines) == 3
    assert all(len(line) <= TOOLTIP_LINE_CHARS for line in lines)
    assert " ".join(lines) == "because of " + ", ".join(words)
    assert all(not line.startswith(",") and line == line.strip() for line in lines)


def test_a_word_longer_than_a_line_gets_its_own():
    long_word = "“" + "x" * (TOOLTIP_LINE_CHARS + 5) + "”"
    assert _word_lines(["“a”", long_word, "“b”"], "because of ") == [
        "because of “a”,", long_word + ",", "“b”"]


def test_the_tooltip_cells_do_not_wrap_and_long_lists_are_broken(qtbot, open_window, tmp_path):
    path = tmp_path / "threats.txt"
    path.write_text("Threats\n\nThe ministers condemned terrorism, violent extremism, armed "
                    "attacks, military escalation, weapons proliferation, border security "
                    "threats and drug trafficking networks.\n", encoding="utf-8")
    window = open_window(str(path))
    view = window.view
    sentence = next(s for s in view.sentences() if s.themes)
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(view.document())
    cursor.setPosition(view._map.to_doc(sentence.start) + 3)
    tip = view.tooltip_at(view.cursorRect(cursor).center())
    cells = re.findall(r"<td( style='[^']*')?>", tip)
    assert cells and all(c == " style='white-space:nowrap'" for c in cells)
    security = next(t for t in sentence.themes if t.id == "security")
    assert len(security.matched) >= 6
    assert tip.count("<br>") >= 1
    for word in security.matched:
        assert f"“{word}”" in tip
