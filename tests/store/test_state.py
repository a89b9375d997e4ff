"""Session state and preferences: saved at once, kept apart, survive a reopen."""
from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import DB_NAME, Store


def test_nothing_is_created_until_open(private_data_dir: Path) -> None:
    import reader.store  # noqa: F401  (import alone must not touch the disk)

    assert not private_data_dir.exists()
    store = Store.open()
    assert store.path == private_data_dir / DB_NAME
    assert store.path.is_file()
    assert not store.read_only and store.warnings == []
    store.close()


def test_state_and_prefs_round_trip_through_reopen(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = Store.open(folder)
    assert store.get_state("zoom") is None
    assert store.get_state("zoom", 0) == 0
    store.set_state("geometry", "AdnQywADAAAAAAA=")
    store.set_state("splitter", [300, 900])
    store.set_state("dark", True)
    store.set_state("scroll", {"path": "/x/a.txt", "value": 412})
    store.set_pref("font_size", 13)
    store.close()

    again = Store.open(str(folder))
    assert again.get_state("geometry") == "AdnQywADAAAAAAA="
    assert again.get_state("splitter") == [300, 900]
    assert again.get_state("dark") is True
    assert again.get_state("scroll") == {"path": "/x/a.txt", "value": 412}
    assert again.get_pref("font_size") == 13
    # Preferences and session state are separate namespaces.
    assert again.get_state("font_size") is None
    assert again.get_pref("dark") is None
    again.set_state("dark", False)
    assert again.get_state("dark") is False
    again.close()


def test_env_var_chooses_the_folder(private_data_dir: Path) -> None:
    with Store.open() as store:
        store.set_state("zoom", 2)
    with Store.open(private_data_dir) as store:
        assert store.get_state("zoom") == 2


def test_unserialisable_value_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.set_state("k", 1)
        with pytest.raises(TypeError):
            store.set_state("k", object())
        assert store.get_state("k") == 1
