"""Every icon name the window uses resolves to a real icon."""
from __future__ import annotations

import pytest

from reader.ui.actions import SPECS
from reader.ui.icons import ACTION_ICONS, ICON_NAMES, app_icon, themed_icon


@pytest.mark.parametrize("purpose", sorted(ICON_NAMES))
def test_icon_resolves(qapp, purpose):
    icon = themed_icon(purpose, "#202020")
    assert not icon.isNull()
    assert not icon.pixmap(24, 24).isNull()


def test_every_action_icon_is_known():
    for spec in SPECS:
        assert ACTION_ICONS.get(spec.key, spec.key) in ICON_NAMES


def test_app_icon(qapp):
    assert not app_icon().isNull()
