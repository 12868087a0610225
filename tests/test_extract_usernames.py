"""A word glued into a user name is no mention (kg.extract.usernames): invented lines."""

from __future__ import annotations

from kg.extract.usernames import glued


def _mentions(text):
    import tempfile
    from pathlib import Path

    from kg.build import build_graph

    root = Path(tempfile.mkdtemp())
    (root / "teststad.txt").write_text(f"Teststad\n\nForum\n\n{text}\n")
    result = build_graph(root, None)
    return [(m.entity.rsplit("/", 2)[-2], m.text) for m in result.documents[0][2].mentions]


def test_a_role_word_in_a_user_name_is_no_mention_but_the_role_after_the_dash_is():
    found = _mentions("#4 petra.raad — raadslid, Teststad\n\nDe zorg is goed geregeld.")
    texts = [text for _, text in found]
    assert "raadslid" in texts and "raad" not in texts


def test_an_underscore_joins_a_user_name():
    text = "#3 wijkverpleging_ria — wijkverpleegkundige"
    start = text.index("wijkverpleging")
    assert glued(text, start, start + len("wijkverpleging"))


def test_a_sentence_end_an_abbreviation_or_a_hyphen_is_no_joint():
    text = "Het gaat om de raad. De Wmo-raad adviseert o.a. de raad.Daarna"
    for word_start in (text.index("raad"), text.index("raad", 30), text.rindex("raad")):
        assert not glued(text, word_start, word_start + 4)
