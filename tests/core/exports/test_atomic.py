"""Atomic export writing: a failure never leaves half a file over a good one."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from reader.core.errors import ExportError, ParleyError
from reader.core.exports import atomic
from reader.core.exports.atomic import write_export


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    write_export(target, "first")
    write_export(target, "second ✓".encode())
    assert target.read_text(encoding="utf-8") == "second ✓"
    assert _leftovers(tmp_path) == []


def test_replacing_keeps_the_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old")
    target.chmod(0o640)
    write_export(target, "new")
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "disk is full"),
                                         (errno.EIO, "Cannot write")])
def test_failure_while_writing_keeps_the_old_file(tmp_path: Path, monkeypatch, code, words):
    target = tmp_path / "brief.md"
    target.write_text("the good old export")

    def failing_fsync(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.os, "fsync", failing_fsync)
    with pytest.raises(ExportError, match=words) as info:
        write_export(target, "x" * 100_000)
    assert isinstance(info.value, ParleyError)
    assert target.read_text() == "the good old export"
    assert _leftovers(tmp_path) == []


def test_failure_at_rename_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "brief.md"
    target.write_text("the good old export")

    def failing_replace(src, dst) -> None:
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    with pytest.raises(ExportError, match="permission denied"):
        write_export(target, "new")
    assert target.read_text() == "the good old export"
    assert _leftovers(tmp_path) == []


def test_interrupt_cleans_up(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_export(target, "new")
    assert target.read_text() == "old"
    assert _leftovers(tmp_path) == []


def test_unwritable_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere (root)")
        with pytest.raises(ExportError, match="permission denied"):
            write_export(folder / "brief.md", "x")
    finally:
        folder.chmod(0o700)


def test_unwritable_folder_reported_when_creating_the_temp_file(tmp_path, monkeypatch):
    real_open = os.open

    def refusing_open(path, flags, mode=0o777):
        if str(path).endswith(".tmp"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, mode)

    monkeypatch.setattr(atomic.os, "open", refusing_open)
    with pytest.raises(ExportError, match=r"Cannot write in the folder .*permission denied"):
        write_export(tmp_path / "brief.md", "x")


def test_missing_folder_and_folder_as_target(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_export(tmp_path / "nowhere" / "brief.md", "x")
    with pytest.raises(ExportError, match="is a folder"):
        write_export(tmp_path, "x")
    file = tmp_path / "plain"
    file.write_text("")
    with pytest.raises(ExportError, match="does not exist"):
        write_export(file / "brief.md", "x")
