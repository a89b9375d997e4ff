"""The `analyze` command as a user runs it: summary, JSON, and clear errors on bad input."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import BUNDLED, REPO


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=120)


def test_json_output():
    proc = run("analyze", str(BUNDLED), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["schema"] == "parley.analysis/1"
    assert data["article"]["date"] == "2023-08-11"
    assert data["article"]["path"] == str(BUNDLED)


def test_readable_summary():
    proc = run("analyze", str(BUNDLED))
    assert proc.returncode == 0
    assert proc.stdout.startswith("Central Asian states and US hold C5+1")
    assert "Narcotics" in proc.stdout and "Themes" in proc.stdout
    # Both dates the text gives, so the reader sees that they differ.
    assert "released: 2023-08-11" in proc.stdout
    assert "meeting: 2023-07-27 (year inferred)" in proc.stdout


def test_python_dash_m_is_the_same_entry_point():
    proc = subprocess.run([sys.executable, "-m", "reader", "analyze", str(BUNDLED), "--json"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and json.loads(proc.stdout)["schema"] == "parley.analysis/1"


def test_missing_file_is_a_clear_error_without_traceback(tmp_path):
    proc = run("analyze", str(tmp_path / "missing.txt"), "--json")
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "No such file" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_codebook_is_a_clear_error(tmp_path):
    bad = tmp_path / "cb.json"
    bad.write_text('{"themes": [{"id": "x", "name": "X", "color": "blue"}]}')
    proc = run("analyze", str(BUNDLED), "--codebook", str(bad))
    assert proc.returncode == 2
    assert "color 'blue' is not a colour" in proc.stderr and "Traceback" not in proc.stderr


def test_user_codebook_is_used(tmp_path):
    cb = tmp_path / "cb.toml"
    cb.write_text('[[themes]]\nid = "place"\nname = "Place"\ncolor = "#112233"\n'
                  'terms = ["Astana"]\n')
    data = json.loads(run("analyze", str(BUNDLED), "--codebook", str(cb), "--json").stdout)
    assert [t["id"] for t in data["themes"]] == ["place"]
    assert data["themes"][0]["count"] == 3  # the two opening sentences and the caption
