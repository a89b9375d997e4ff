"""Where Parley finds its shipped data (codebook, gazetteer, bundled articles) and the user's."""
from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR_ENV = "PARLEY_DATA_DIR"


def _shipped(name: str) -> Path:
    # A checkout (or an editable install) keeps resources/ and articles/ beside reader/;
    # a wheel carries them as reader/_data/<name> (see [tool.setuptools.package-dir]).
    checkout = _PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    return _PACKAGE_DIR / "_data" / name


def resources_dir() -> Path:
    """The folder with the default codebook, the gazetteer and the icons."""
    return _shipped("resources")


def resource(name: str) -> Path:
    """One shipped resource file by name."""
    return resources_dir() / name


def articles_dir() -> Path:
    """The folder of bundled statements."""
    return _shipped("articles")


def bundled_article() -> Path:
    """The statement Parley opens on first launch."""
    return articles_dir() / "c5plus1-special-session-afghanistan-2023.txt"


def user_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user data folder: --data-dir, else $PARLEY_DATA_DIR, else the platform's.

    Nothing is created here; the store creates what it needs when it opens, so merely
    importing or asking never touches the disk.
    """
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    # Imported lazily: platformdirs is only needed when no override is given.
    from platformdirs import user_data_dir as platform_user_data_dir

    return Path(platform_user_data_dir("Parley", appauthor=False))
