"""Codes introduced once in running text (kg/extract/codealiases.py): "Respondent 2,
huisarts in X," then "R2 vindt …"; invented Dutch profiles, none of any profile's wording."""

from __future__ import annotations

from functools import lru_cache

import pytest
from extract_helpers import extract_profile, finding_for, key

from kg.extract.codealiases import AliasTable, group_view, subject_codes

_PARAGRAPHS = (
    "In de zomer van 2016 spraken de onderzoekers met zeven mensen uit de stad. "
    "Respondent 1 (wethouder Zorg) opende het gesprek met een terugblik. "
    "Respondent 2, huisarts in het centrum, was minder tevreden over de wachttijden. "
    "Gesprekspartner 3 – beleidsmedewerker Jeugd, sloot zich daarbij aan. "
    "Respondent 4, moeder van een dochter met jeugdhulp, was uitgesproken kritisch. "
    "Een wijkverpleegkundige uit het noorden (W5) vertelde over de wachtlijsten.",
    "R2 vindt dat de wachttijden voor de jeugd-ggz veel te lang zijn. "
    "Volgens G3 is het budget voor jeugdhulp in 2017 te krap. "
    "R1 en R2 verwachten dat de kosten van de zorg verder stijgen. "
    "R4: “Ik moest zelf drie keer bellen voordat iemand terugbelde.” "
    "R1 was het daarmee niet eens, maar R4 hield vol dat de gemeente te traag is. "
    "Het nieuwe loket heeft een ruimere openingstijd dan vroeger. "
    "W5 merkt dat de vraag naar thuiszorg in de dorpen snel stijgt.",
    "De groep was het er roerend over eens dat de wachtlijsten te lang zijn. "
    "De groep kwam over de eigen bijdrage niet tot overeenstemming.",
)


def _profile() -> str:
    body = "\n\n".join(_PARAGRAPHS)
    return f"Teststad\n\nEen motto\n\nZorggebruik\n\n{body}\n"


@lru_cache(maxsize=1)
def _extracted():
    return extract_profile(_profile())


def _speakers(fragment: str) -> list[str]:
    doc, ex = _extracted()
    return sorted(key(s) for s in finding_for(doc, ex, fragment).speakers)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("R2 vindt dat de wachttijden", ["role/general-practitioners"]),
        ("Volgens G3 is het budget", ["role/policy-officers"]),
        ("R1 en R2 verwachten", ["role/alderman", "role/general-practitioners"]),
        ("R4: “Ik moest zelf", ["role/care-recipients"]),
        ("R1 was het daarmee niet eens", ["role/alderman", "role/care-recipients"]),
        ("Respondent 2, huisarts in het centrum", ["role/general-practitioners"]),
        ("W5 merkt dat de vraag", ["role/district-nurses"]),
    ],
)
def test_a_code_speaks_as_the_role_of_its_introduction(fragment, expected):
    assert _speakers(fragment) == expected


def test_a_code_is_no_mention():
    doc, ex = _extracted()
    codes = {"R1", "R2", "R4", "G3", "W5", "Respondent 1", "Respondent 2", "Gesprekspartner 3"}
    assert not [m.text for m in ex.mentions if m.text in codes]


def test_the_group_view_is_the_participants_and_the_course_of_the_talk_the_authors():
    assert _speakers("De groep was het er roerend") == ["role/interviewees"]
    assert _speakers("De groep kwam over de eigen") == ["role/authors"]


def test_a_sentence_without_a_code_is_not_carried_by_one():
    assert _speakers("Het nieuwe loket heeft") != ["role/care-recipients"]


_TABLE = AliasTable({"P1": "r/a", "P2": "r/b", "DEELNEMER1": "r/a"})


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("P1 stelt dat het loket te ver weg is.", ["r/a"]),
        ("Deelnemer 1 herkende dat niet.", ["r/a"]),
        ("Daarover was men het oneens: P2 en P1 zagen het anders.", ["r/b", "r/a"]),
        ("Volgens P2 gaat het goed.", ["r/b"]),
        ("“Niemand belde terug.” P1: “Dat klopt.”", ["r/a"]),
        # not subjects: a code compared, a code after a preposition, a code never introduced
        ("De raad was positiever dan P1 over de wijkteams.", []),
        ("De wethouder sprak met P2 over de kosten.", []),
        ("P7 vindt dat het loket te ver weg is.", []),
    ],
)
def test_subject_codes(quote, expected):
    assert subject_codes(quote, _TABLE) == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("Iedereen in de groep vond de wachttijd te lang.", True),
        ("In beide groepen was men kritisch over de regio.", True),
        ("De deelnemers waren het erover eens dat het loket goed werkt.", True),
        ("Over de huisartsen was de hele groep tevreden.", True),
        ("De groep bleef verdeeld over de eigen bijdrage.", False),
        ("De onderzoekers stellen vast dat de groep positief was.", False),
        ("De groep jongeren groeit.", False),
    ],
)
def test_group_view(quote, expected):
    assert group_view(quote) is expected


def test_an_introduction_without_a_group_makes_no_alias():
    from kg.document import parse_profile
    from kg.extract.codealiases import alias_table

    text = "Stad\n\nVerkeer\n\nDe A2, de snelweg naar het zuiden, is druk. De A2 is breed.\n"
    assert alias_table(parse_profile(text, "s"), []).voices == {}


# A list of codes with their roles after colons, in running text, then citations by code
# ("Respondent K stelt …", "volgens respondent M", "…, aldus respondent L").
_LISTED = (
    "Voor dit onderzoek zijn vier mensen gesproken: Respondent K: huisarts; "
    "Respondent L: wijkverpleegkundige; Respondent M: wethouder Zorg; Respondent N: raadslid.",
    "Respondent K stelt dat de wachttijden bij de jeugd-ggz te lang zijn. "
    "De kosten stijgen volgens respondent M sneller dan het budget. "
    "Respondent N vindt dat de raad te weinig hoort over de resultaten.",
    "De gemeente heeft in 2016 een nieuw loket geopend. "
    "Het aantal aanmeldingen bij het loket neemt toe, aldus respondent L.",
    "Alle respondenten vinden de samenwerking met de huisartsen goed.",
)


@lru_cache(maxsize=1)
def _listed():
    body = "\n\n".join(_LISTED)
    return extract_profile(f"Teststad\n\nEen motto\n\nZorggebruik\n\n{body}\n")


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("Respondent K stelt dat", ["role/general-practitioners"]),
        ("De kosten stijgen volgens respondent M", ["role/alderman"]),
        ("Het aantal aanmeldingen bij het loket", ["role/district-nurses"]),
        ("Respondent N vindt dat de raad", ["role/council-members"]),
        # a sentence naming no code is not carried by the code before it
        ("De gemeente heeft in 2016", ["role/authors"]),
        # the participants as a group are still their own speaker
        ("Alle respondenten vinden", ["role/interviewees"]),
    ],
)
def test_a_code_listed_with_its_role_after_a_colon_speaks_as_that_role(fragment, expected):
    doc, ex = _listed()
    assert sorted(key(s) for s in finding_for(doc, ex, fragment).speakers) == expected


def test_the_noun_of_a_code_is_no_mention_but_the_group_noun_is():
    doc, ex = _listed()
    cited = [m for m in ex.mentions if m.text.lower() == "respondent"]
    assert cited == []
    assert any(m.text == "respondenten" for m in ex.mentions)


def test_a_colon_after_a_single_code_is_a_turn_not_an_introduction():
    from kg.document import parse_profile
    from kg.extract.codealiases import alias_table
    from kg.extract.model import SentenceMention

    text = "Stad\n\nZorg\n\nRespondent P: de huisarts is te laat. Respondent P vond dat ook.\n"
    doc = parse_profile(text, "s")
    at = doc.text.index("huisarts")
    gp = SentenceMention("role/gp", "role", at, at + 8, "huisarts", 0)
    assert alias_table(doc, [gp]).voices == {}


# Codes cited by their bare letter after a list introduced them ("T: …", "T en V zien …").
_LETTERS = (
    "We spraken met drie mensen. Respondent T: wethouder Jeugd; Respondent V: huisarts; "
    "Respondent W: raadslid.",
    "T: De kosten voor jeugdhulp lopen elk jaar verder op.",
    "V en W wijzen erop dat de wachtlijsten voor de jeugd-ggz te lang zijn.",
    "Volgens W leest de raad de rapportages nauwelijks.",
)


@lru_cache(maxsize=1)
def _letters():
    body = "\n\n".join(_LETTERS)
    return extract_profile(f"Teststad\n\nEen motto\n\nZorggebruik\n\n{body}\n")


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("T: De kosten voor jeugdhulp", ["role/alderman"]),
        ("V en W wijzen erop", ["role/council-members", "role/general-practitioners"]),
        ("Volgens W leest de raad", ["role/council-members"]),
    ],
)
def test_a_code_cited_by_its_bare_letter(fragment, expected):
    doc, ex = _letters()
    assert sorted(key(s) for s in finding_for(doc, ex, fragment).speakers) == expected
    assert not [m.text for m in ex.mentions if m.text in {"T", "V", "W"}]


# A list of codes after colons whose function noun stands before a named team or body.
_LISTED_FUNCTIONS = (
    "We spraken met: Gesprekspartner P: teamleider van het Wijkteam Oost; Gesprekspartner Q: "
    "coördinator van Stichting Samen Sterk; Gesprekspartner R: projectleider bij het "
    "Jongerenloket.",
    "Gesprekspartner P stelt dat de caseload van het team te hoog is.",
    "Volgens gesprekspartner R komen jongeren te laat in beeld.",
    "Het wijkteam heeft sinds 2016 een eigen budget, aldus gesprekspartner P.",
    "Gesprekspartner R vertelt dat de scholen beter samenwerken.",
)


@lru_cache(maxsize=1)
def _listed_functions():
    body = "\n\n".join(_LISTED_FUNCTIONS)
    return extract_profile(f"Teststad\n\nEen motto\n\nWerkwijze\n\n{body}\n")


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("Gesprekspartner P stelt", ["role/teamleider"]),
        ("Volgens gesprekspartner R", ["role/projectleider"]),
        ("Het wijkteam heeft sinds 2016", ["role/teamleider"]),
        ("Gesprekspartner R vertelt", ["role/projectleider"]),
    ],
)
def test_a_listed_codes_function_noun_before_a_name_is_its_role(fragment, expected):
    doc, ex = _listed_functions()
    assert sorted(key(s) for s in finding_for(doc, ex, fragment).speakers) == expected


def test_listed_functions_need_a_list_and_no_generic_noun():
    from kg.extract.codealiases import listed_functions

    assert listed_functions("Respondent K: teamleider van Team Zuid. Zij is nieuw.") == []
    text = "Respondent K: medewerker van Team Zuid; Respondent L: wijkagent in Noord."
    assert [noun for noun, _, _ in listed_functions(text)] == ["wijkagent"]


_PEOPLE = AliasTable(
    {
        "VANDERMEER": "r/council",
        "SMITS": "r/alderman",
        "PVDA": "r/council",
        "DEPVDA": "r/council",
        "CDA": "r/council",
        "HETCDA": "r/council",
    }
)


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("Van der Meer wil weten wat het kost.", ["r/council"]),
        ("14.05 uur – Raadslid Van der Meer (PvdA): “Dat is te duur.”", ["r/council"]),
        ("Smits zegt dat toe.", ["r/alderman"]),
        ("De PvdA vindt dat het anders moet.", ["r/council"]),
        ("Het CDA wil meer geld voor mantelzorgers.", ["r/council"]),
        ("Dat gaat te ver, vindt het CDA.", ["r/council"]),
        ("Het kost te veel, aldus Van der Meer.", ["r/council"]),
        ("Wethouder Smits meldt een tekort.", ["r/alderman"]),
    ],
)
def test_subject_codes_reads_labelled_surnames_and_parties(quote, expected):
    assert subject_codes(quote, _PEOPLE) == expected


@pytest.mark.parametrize(
    "quote",
    [
        "Het plan van Van der Meer kost te veel.",
        "De wethouder sprak met Smits over de kosten.",
        "De raad stemde met de PvdA tegen de motie.",
        "De GGD meldt dat de wachttijd oploopt.",
    ],
)
def test_a_surname_or_party_that_is_no_subject_names_no_speaker(quote):
    assert subject_codes(quote, _PEOPLE) == []
