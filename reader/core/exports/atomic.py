"""Atomic writing of an export: a temp file in the target folder, then os.replace."""
from __future__ import annotations

import errno
import os
import uuid
from pathlib import Path

from reader.core.errors import ExportError


def write_export(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write `data` to `path` so that readers see the old file or the new one, never half.

    The temp file lives in the same folder (os.replace is atomic only within one file
    system); it is removed on any failure, and the failure becomes an ExportError that
    says what went wrong in words a user can act on.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(f"{target} is a folder; choose a file name to export to.")
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist.")
    tmp = folder / f".{target.name}.{uuid.uuid4().hex[:12]}.tmp"
    try:
        # 0o666 filtered by the umask: the mode a plain new file would get.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o666)
    except OSError as exc:
        raise ExportError(_explain(exc, f"Cannot write in the folder {folder}")) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            # Replacing a file keeps its permissions, as saving over it in place would.
            os.chmod(tmp, target.stat().st_mode & 0o777)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(_explain(exc, f"Cannot write {target}")) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _explain(exc: OSError, what: str) -> str:
    if exc.errno == errno.ENOSPC:
        return f"{what}: the disk is full. Nothing was changed; free some space and try again."
    if exc.errno == errno.EDQUOT:
        return f"{what}: the disk quota is exceeded. Nothing was changed."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{what}: permission denied. Choose another folder."
    return f"{what}: {exc.strerror or exc}."
