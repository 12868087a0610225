"""Posts of a forum thread under headers that name the writer's function
(kg/extract/postheaders.py, read through kg/extract/speakerturns.py); an invented Dutch
thread, none of any profile's wording."""

from __future__ import annotations

from functools import lru_cache

from extract_helpers import extract_profile, finding_for, key

from kg.document import parse_profile
from kg.extract.postheaders import header_functions, post_header

_THREAD = (
    "#1 beheer_zorg — moderator namens de onderzoekers",
    "In 2015 telde de gemeente ruim 30.000 inwoners en 600 cliënten met een Wmo-voorziening.",
    "Re: Wachttijden (#2)",
    "#2 dokter.jansen — huisarts, Gezondheidscentrum Noord",
    "Ouders melden zich vaak pas laat. Dan is het probleem al groot geworden.",
    "#3 lotte_k — teamleider, Team Zorg Dichtbij",
    "De wachttijd voor een eerste gesprek is gegroeid naar vier weken.",
    "#4 beheer_zorg — moderator namens de onderzoekers",
    "De gemeente sloot 2015 af met een tekort op de jeugdhulp.",
)


@lru_cache(maxsize=1)
def _extracted():
    body = "\n\n".join(_THREAD)
    return extract_profile(f"Teststad\n\nEen motto\n\nZorggebruik\n\n{body}\n")


def _speakers(fragment: str) -> list[str]:
    doc, ex = _extracted()
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


def test_a_post_speaks_as_its_writers_function():
    assert _speakers("Ouders melden zich") == ["role/general-practitioners"]
    assert _speakers("Dan is het probleem") == ["role/general-practitioners"]


def test_an_unknown_function_opening_a_header_is_minted_as_a_group():
    assert _speakers("De wachttijd voor een eerste gesprek") == ["role/teamleider"]


def test_the_moderators_posts_stay_the_authors():
    assert _speakers("De gemeente sloot 2015 af") == ["role/authors"]


def test_a_header_is_one_line_with_a_dash_and_no_sentence():
    line = "#7 piet_b — wijkverpleegkundige, Thuiszorg Oost"
    span = post_header(line, 0, len(line))
    assert span is not None and line[span[0] : span[1]] == "wijkverpleegkundige, Thuiszorg Oost"
    for near in (
        "De wachtlijst groeit — zegt de huisarts. Het is te veel.",  # a sentence with a dash
        "#7 piet_b, wijkverpleegkundige",  # no dash
    ):
        assert post_header(near, 0, len(near)) is None


def test_a_lone_header_shaped_line_opens_no_thread():
    text = "Stad\n\nZorg\n\nJeugd — teamleider, Team Oost\n\nDe wachttijd groeit.\n"
    assert header_functions(parse_profile(text, "s")) == []
    doc, ex = extract_profile(f"Teststad\n\nEen motto\n\nZorggebruik\n\n{text}")
    assert _lone_speakers(doc, ex) == ["role/authors"]


def _lone_speakers(doc, ex) -> list[str]:
    return sorted(key(s) for s in finding_for(doc, ex, "De wachttijd groeit").speakers)
