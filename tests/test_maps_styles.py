"""kg.maps.styles: one look per node style, a fallback, and labels in both languages."""

from __future__ import annotations

from kg.maps.styles import FALLBACK, STYLES, style_of
from kg.vocab import ENTITY_KINDS, POLARITIES


def test_every_polarity_has_a_finding_style():
    assert {f"finding-{p}" for p in POLARITIES} <= set(STYLES)


def test_entity_kinds_have_styles_except_the_speaking_role():
    missing = {kind for kind in ENTITY_KINDS if kind not in STYLES}
    assert missing == {"role"}  # roles are drawn as "actor" (who speaks)
    assert "actor" in STYLES


def test_unknown_names_fall_back_to_grey():
    assert style_of("no-such-style") is FALLBACK
    assert style_of("law") is STYLES["law"]


def test_labels_are_given_in_both_languages_and_colours_are_distinct():
    for style in STYLES.values():
        assert style.label("en") and style.label("nl")
    assert style_of("law").label("nl") == "wet"
    findings = [s.colour for n, s in STYLES.items() if n.startswith("finding-")]
    assert len(set(findings)) == len(findings)
