"""kg.maps.assets: inlined scripts and styles cannot close their element early."""

from __future__ import annotations

import re

import pytest

from kg.errors import DataError
from kg.maps import assets


def test_vis_network_is_inlined_without_source_maps_or_closing_tags():
    code = assets.vis_js()
    assert "vis" in code and len(code) > 10_000
    assert not re.search(r"</script", code, re.IGNORECASE)
    assert "sourceMappingURL" not in code
    assert not re.search(r"</style", assets.vis_css(), re.IGNORECASE)


def test_the_package_files_are_guarded_by_their_tag():
    assert not re.search(r"</script", assets.static("map.js"), re.IGNORECASE)
    assert not re.search(r"</style", assets.static("map.css"), re.IGNORECASE)


def test_a_missing_asset_is_a_data_error():
    with pytest.raises(DataError, match="missing page asset"):
        assets.static("no-such-file.js")
