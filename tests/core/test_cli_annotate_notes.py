"""`parley annotate` and `parley notes`: the command-line round trip through the store."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.app import main
from reader.core.article import load_article
from reader.store import Store

REPO = Path(__file__).resolve().parents[2]
TEXT = ("Joint statement\n\nThe ministers agreed to expand aid. The ministers met in May.\n"
        "They discussed “border security” and trade.")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "statement.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_annotate_then_notes_round_trip(article: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "d")
    code, out, err = run(capsys, "annotate", str(article), "--theme", "humanitarian",
                         "--quote", "expand aid", "--note", "<i>why</i>\x1b[31m",
                         "--data-dir", data)
    assert code == 0, err
    assert out.startswith("Added highlight ")
    code, out, err = run(capsys, "annotate", str(article), "--theme", "governance",
                         "--quote", "The ministers", "--occurrence", "2", "--json",
                         "--data-dir", data)
    assert code == 0, err
    second = json.loads(out)
    text = load_article(article).text
    assert second["start"] == text.index("The ministers", text.index("The ministers") + 1)

    code, out, err = run(capsys, "notes", str(article), "--json", "--data-dir", data)
    assert code == 0, err
    notes = json.loads(out)
    assert notes["schema"] == "parley.notes/1"
    assert notes["article"]["content_id"] == load_article(article).content_id
    assert [(h["theme_id"], h["quote"], h["note"]) for h in notes["highlights"]] == [
        ("humanitarian", "expand aid", "<i>why</i>\x1b[31m"),
        ("governance", "The ministers", ""),
    ]
    assert notes["highlights"][0]["theme_name"] == "Humanitarian"
    assert notes["memo"] == "" and notes["reviews"] == []

    code, out, _ = run(capsys, "notes", str(article), "--data-dir", data)
    assert code == 0
    assert "“expand aid”" in out and "[Humanitarian]" in out
    # Markup is shown as text; the escape sequence cannot recolour the terminal.
    assert "<i>why</i>\\x1b[31m" in out and "\x1b" not in out


def test_notes_follow_the_file_and_report_orphans(article: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "d")
    assert run(capsys, "annotate", str(article), "--theme", "security", "--quote",
               "border security", "--data-dir", data)[0] == 0
    assert run(capsys, "annotate", str(article), "--theme", "economy", "--quote",
               "They discussed", "--data-dir", data)[0] == 0
    article.write_text(TEXT.replace("They discussed ", "Also: "), encoding="utf-8")
    code, out, err = run(capsys, "notes", str(article), "--json", "--data-dir", data)
    assert code == 0
    assert "1 highlight(s) re-anchored, 1 kept as orphans" in err
    got = {h["quote"]: h for h in json.loads(out)["highlights"]}
    assert got["They discussed"]["orphan"] is True
    assert got["border security"]["orphan"] is False
    code, out, _ = run(capsys, "notes", str(article), "--data-dir", data)
    assert "orphan, no longer in the text" in out


@pytest.mark.parametrize(("args", "message"), [
    (["--theme", "nope", "--quote", "aid"], "unknown theme id 'nope'. Valid ids: security"),
    (["--theme", "security", "--quote", "not in there"], "was not found"),
    (["--theme", "security", "--quote", "the MINISTERS  agreed"], "close match"),
    (["--theme", "security", "--quote", "aid", "--occurrence", "2"],
     "out of range: the quote occurs once (use 1..1)"),
    (["--theme", "security", "--quote", "The ministers", "--occurrence", "0"], "use 1..2"),
    (["--theme", "security", "--quote", ""], "--quote is empty"),
])
def test_annotate_errors_are_clear_and_save_nothing(article: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str],
                                                    args: list[str], message: str) -> None:
    data = tmp_path / "d"
    code, out, err = run(capsys, "annotate", str(article), *args, "--data-dir", str(data))
    assert code == 2 and out == ""
    assert message in err
    with Store.open(data) as store:
        assert store.highlights(load_article(article).content_id) == []


def test_annotate_uses_the_users_codebook(article: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    from reader.core.codebook import Theme
    from reader.core.commands import UndoStack, add_theme

    data = tmp_path / "d"
    with Store.open(data) as store:
        UndoStack(store).push(add_theme(Theme("climate", "Climate", "#22aa55", "#118833")))
    code, _, err = run(capsys, "annotate", str(article), "--theme", "climate", "--quote", "aid",
                       "--data-dir", str(data))
    assert code == 0, err


def test_annotate_refuses_when_nothing_can_be_saved(article: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "annotate", str(article), "--theme", "security", "--quote", "aid",
                       "--data-dir", str(blocker / "sub"))
    assert code == 2
    assert "cannot create its data folder" in err and "nothing was saved" in err


def test_missing_article_is_a_clear_error(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "notes", str(tmp_path / "missing.txt"))
    assert code == 2 and "missing.txt" in err


def test_cli_in_a_real_process_uses_parley_data_dir(article: Path,
                                                    private_data_dir: Path) -> None:
    cmd = [sys.executable, "main.py"]
    done = subprocess.run([*cmd, "annotate", str(article), "--theme", "security", "--quote",
                           "border security", "--note", "n"], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([*cmd, "notes", str(article), "--json"], cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["highlights"][0]["note"] == "n"
    assert (private_data_dir / "parley.sqlite3").is_file()
