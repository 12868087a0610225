"""The cue table of kg.extract.relationcues: types, directions and what a cue matches."""

from __future__ import annotations

import pytest

from kg.extract.relationcues import CUES, TRIGGERS
from kg.rdf import RELATION_TYPE


def kinds_of(phrase):
    return {(kind, direction) for pattern, kind, direction in CUES if pattern.search(phrase)}


def test_every_cue_has_a_known_type_and_direction():
    assert {kind for _, kind, _ in CUES} <= set(RELATION_TYPE)
    directions = {"forward", "reverse", "giver", "agent", "between"}
    assert {direction for _, _, direction in CUES} <= directions


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("heeft met de corporatie afgesproken", ("cooperates-with", "forward")),
        ("afspraken gemaakt met", ("cooperates-with", "forward")),
        ("een convenant gesloten met", ("cooperates-with", "forward")),
        ("in opdracht van de gemeente", ("executes-for", "forward")),
        ("De uitvoering ligt bij", ("executes-for", "reverse")),
        ("uitbesteed aan", ("executes-for", "reverse")),
        ("Via de regio kopen zij", ("purchases-via", "forward")),
        ("de inkoop loopt via", ("purchases-via", "forward")),
        ("is aangewezen op", ("depends-on", "forward")),
        ("hoort bij de regio", ("member-of", "forward")),
        ("kunnen inwoners terecht bij", ("executes-for", "reverse")),
        ("sluit aan bij de inkoop van", ("purchases-via", "forward")),
        ("sluit voor de inkoop aan bij", ("purchases-via", "forward")),
        ("maakt gebruik van de crisisdienst van", ("depends-on", "forward")),
        ("valt onder het werkgebied van", ("member-of", "forward")),
        ("bedient de gemeenten", ("executes-for", "forward")),
    ],
)
def test_a_cue_matches_its_phrase(phrase, expected):
    assert expected in kinds_of(phrase)


@pytest.mark.parametrize("phrase", ["De gemeente werkt hard.", "Zij kopen brood."])
def test_ordinary_sentences_match_no_cue(phrase):
    assert kinds_of(phrase) == set()


def _texts():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    files = sorted((root / "seeds").glob("*.txt")) + sorted((root / "tests/devset").glob("*.txt"))
    tests = [
        root / "tests" / "test_extract_relations.py",
        root / "tests/test_extract_grouplists.py",
    ]
    return [f.read_text(encoding="utf-8") for f in files + tests]


def test_every_match_of_a_cue_holds_one_of_its_triggers():
    """The triggers let a sentence skip a cue: they must be in every match."""
    assert set(TRIGGERS) == {pattern for pattern, _, _ in CUES}
    matched = 0
    for text in _texts():
        for pattern, _, _ in CUES:
            for m in pattern.finditer(text):
                matched += 1
                assert any(t in m.group(0).lower() for t in TRIGGERS[pattern]), m.group(0)
    assert matched > 100  # the corpus exercises the cues


def _admitted(sentence: str) -> list:
    """The cues whose triggers ``sentence`` holds, by the plain definition (table order)."""
    return [cue for cue in CUES if any(t in sentence for t in TRIGGERS[cue[0]])]


def test_a_sentence_without_a_trigger_skips_the_cue():
    from kg.extract.relationcues import cues_in

    grens = next(p for p, kind, _ in CUES if kind == "borders-on")
    assert grens in [p for p, _, _ in cues_in("de gemeente grenst aan duitsland")]
    assert grens not in [p for p, _, _ in cues_in("de gemeente werkt samen met leusden")]


def test_cues_in_gives_the_cues_the_triggers_admit_in_table_order():
    from kg.extract.relationcues import cues_in

    for text in _texts():
        for sentence in text.lower().split(". ")[:400]:
            assert cues_in(sentence) == _admitted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "de gemeente is aangesloten bij de regio en koopt de zorg in via de centrumgemeente.",
        "de uitvoering van de wmo is ondergebracht bij het sociaal team.",
        "medewerkers stemmen af met de buurgemeenten over de inkoop.",
        "het weer was goed.",
    ],
)
def test_the_trigger_forest_looks_for_each_trigger(sentence):
    """The trigger forest finds exactly the cues whose triggers the sentence holds."""
    from kg.extract.relationcues import cues_in
    from kg.extract.sentencecache import clear

    clear()
    assert cues_in(sentence) == _admitted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De inkoop van de jeugdhulp is regionaal georganiseerd in de Regio Dalland.",
        "De inkoop van de Wmo is ondergebracht in de Regio Dalland.",
        "De inkoop is belegd binnen de Regio Dalland.",
    ],
)
def test_purchasing_organised_within_a_group_is_buying_via_it(sentence):
    from tests.test_extract_relations import OWN, relations

    assert relations(sentence) == {("purchases-via", OWN, "body/regio-dalland")}


def test_an_accord_in_a_compound_is_cooperation_agreeing_is_not():
    from tests.test_extract_relations import OWN, relations

    assert relations("De gemeente sloot een samenwerkingsakkoord met Heerlen.") == {
        ("cooperates-with", OWN, "municipality/heerlen")
    }
    assert relations("De gemeente is akkoord met Heerlen.") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Voor werk hoort Heerlen bij de arbeidsmarktregio Dalland.",
            {("member-of", "municipality/heerlen", "region/arbeidsmarktregio-dalland")},
        ),
        (
            "Sinds 2015 behoort de gemeente tot de jeugdregio Dalland.",
            {("member-of", "municipality/teststad", "region/jeugdregio-dalland")},
        ),
        ("Voor werk hoort de gemeente niet bij de arbeidsmarktregio Dalland.", set()),
    ],
)
def test_belonging_with_the_subject_after_the_verb(sentence, expected):
    from tests.test_extract_relations import relations

    assert relations(sentence) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "De wijkteams bestaan uit medewerkers van",
        "De sociale teams worden gevormd door",
        "In elk team werken",
        "In ieder wijkteam zitten",
    ],
)
def test_plural_teams_and_every_team_are_made_of_their_partners(phrase):
    # a make-up with no word of cooperation: the partners do the team's work for the
    # municipality (tests/gold/README.md, thirty-ninth session, decision 1)
    assert ("executes-for", "reverse") in kinds_of(phrase)
    assert ("cooperates-with", "forward") in kinds_of(f"{phrase} A en B samen")


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        (
            "Inkoop: via de Serviceorganisatie Jeugd Midden.",
            "organisation/serviceorganisatie-jeugd-midden",
        ),
        (
            "Inkoop jeugdhulp: via de Stichting Zorginkoop Oost.",
            "organisation/stichting-zorginkoop-oost",
        ),
        ("Inkoop: door Regio Vallei.", "body/regio-vallei"),
        ("Inkoop Wmo: bij de Regio Vallei, samen met Leusden.", "body/regio-vallei"),
    ],
)
def test_a_purchase_label_of_a_key_value_line_buys_via_its_value(sentence, other):
    from tests.test_extract_relations import OWN, relations

    assert ("purchases-via", OWN, other) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Inkoop: eigen beheer, geen rol voor Stichting Zorginkoop Oost.",
        "Over de inkoop van jeugdhulp: de Regio Vallei is kritisch.",
    ],
)
def test_a_purchase_label_without_via_buys_via_no_one(sentence):
    from tests.test_extract_relations import relations

    assert not any(kind == "purchases-via" for kind, _, _ in relations(sentence))


@pytest.mark.parametrize(
    ("sentence", "neighbours"),
    [
        (
            "Teststad is een kleine stad aan de rivier, ingeklemd tussen Epe en Heerde.",
            {"municipality/epe", "municipality/heerde"},
        ),
        (
            "De gemeente ligt ingeklemd tussen Leusden en Woudenberg en heeft weinig ruimte.",
            {"municipality/leusden", "municipality/woudenberg"},
        ),
        (
            "Ingesloten tussen Oldebroek en Epe telt Teststad ruim 20.000 inwoners.",
            {"municipality/oldebroek", "municipality/epe"},
        ),
        (
            "Teststad, ingeklemd tussen Leusden en Amersfoort, deelt veel voorzieningen.",
            {"municipality/leusden", "municipality/amersfoort"},
        ),
    ],
)
def test_hemmed_in_between_two_places_borders_on_both(sentence, neighbours):
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(sentence)
    got = {key(r.object) for r in ex.relations if r.type == "borders-on"}
    assert neighbours <= got


@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente zit ingeklemd tussen hoge kosten en lage inkomsten.",
        "Cliënten zitten ingeklemd tussen de regels van Epe en die van Heerde.",
    ],
)
def test_hemmed_in_between_no_places_borders_on_nothing(sentence):
    from tests.extract_helpers import extract_text

    _, ex = extract_text(sentence)
    assert not [r for r in ex.relations if r.type == "borders-on"]


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        (
            "De raad heeft weinig grip op de inkoop van jeugdhulp, die via de Gemeenschappelijke"
            " Regeling Jeugdhulp Noord loopt.",
            "body/gemeenschappelijke-regeling-jeugdhulp-noord",
        ),
        (
            "Ambtenaren noemen de inkoop, die via het Inkoopbureau Jeugd Noord gaat, te log.",
            "body/inkoopbureau-jeugd-noord",
        ),
        (
            "Over de inkoop van specialistische zorg, die sinds 2015 via de Jeugdregio Noord"
            " verloopt, is de raad kritisch.",
            "region/jeugdregio-noord",
        ),
        (
            "Aanbieders klagen over de inkoop van begeleiding, die via het Inkoopbureau Jeugd Noord"
            " loopt.",
            "body/inkoopbureau-jeugd-noord",
        ),
    ],
)
def test_buying_in_a_relative_clause_through_an_office(sentence, office):
    from tests.extract_helpers import extract_text, key

    _, ex = extract_text(sentence)
    got = {(key(r.subject), key(r.object)) for r in ex.relations if r.type == "purchases-via"}
    assert ("municipality/teststad", office) in got


def test_a_relative_clause_without_via_buys_through_no_one():
    from tests.extract_helpers import extract_text

    _, ex = extract_text("De inkoop van jeugdhulp, die de Jeugdregio Noord regelt, is duur.")
    assert not [r for r in ex.relations if r.type == "purchases-via"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ambtenaren zeggen dat Teststad formeel bij de jeugdregio Dalland hoort, maar"
            " vooral op Heerlen let.",
            {("member-of", "municipality/teststad", "region/jeugdregio-dalland")},
        ),
        (
            "Omdat Heerlen sinds 2015 bij de arbeidsmarktregio Dalland behoort, gaat het werk"
            " via Maastricht.",
            {("member-of", "municipality/heerlen", "region/arbeidsmarktregio-dalland")},
        ),
        (
            "De wethouder vertelt dat de gemeente voor werk bij de arbeidsmarktregio Dalland"
            " hoorde.",
            {("member-of", "municipality/teststad", "region/arbeidsmarktregio-dalland")},
        ),
        (
            "Het is bekend dat Heerlen en Teststad bij de Regio Vallei horen.",
            {("member-of", "municipality/heerlen", "body/regio-vallei")},
        ),
    ],
)
def test_belonging_with_the_verb_last(sentence, expected):
    from tests.test_extract_relations import relations

    assert expected <= relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # hearing, not belonging: an amount or a negation between the party and the verb
        "Zij zegt dat zij bij de Regio Vallei weinig hoort.",
        "De wethouder vertelt dat hij bij de GGD Middenland niets hoort over de cijfers.",
    ],
)
def test_hearing_from_a_party_is_no_membership(sentence):
    from tests.test_extract_relations import relations

    assert not {r for r in relations(sentence) if r[0] == "member-of"}


@pytest.mark.parametrize(
    ("sentence", "executor"),
    [
        (
            "Jeugd is ondergebracht in een apart Centrum voor Jeugd en Gezin.",
            "organisation/centrum-voor-jeugd-en-gezin",
        ),
        (
            "De Participatiewet is ondergebracht in een eigen Werkbedrijf Randmeer.",
            "body/werkbedrijf-randmeer",
        ),
        (
            "De jeugdhulp is sinds 2015 ondergebracht in een aparte Stichting Jeugdteams Teststad.",
            "organisation/stichting-jeugdteams-teststad",
        ),
        (
            "Het maatschappelijk werk is belegd in een nieuwe Stichting Welzijn Oost.",
            "organisation/stichting-welzijn-oost",
        ),
    ],
)
def test_a_task_housed_in_a_named_organisation_after_an_adjective(sentence, executor):
    from tests.test_extract_relations import OWN, relations

    assert ("executes-for", executor, OWN) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De schuldhulp is ondergebracht in een apart team.",
        "Het archief is ondergebracht in een oud pand.",
    ],
)
def test_housed_in_an_unnamed_unit_gives_no_executor(sentence):
    from tests.test_extract_relations import relations

    assert not {r for r in relations(sentence) if r[0] == "executes-for"}


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        (
            "Voor het armoedebeleid kijkt Teststad, aldus de wethouder, vooral naar Deventer.",
            "municipality/deventer",
        ),
        (
            "De gemeente werkt samen met Leusden en kijkt voor de inrichting van de "
            "wijkteams naar Zeist.",
            "municipality/zeist",
        ),
        (
            "Bij de inkoop van jeugdhulp kijkt de gemeente graag naar Amersfoort.",
            "municipality/amersfoort",
        ),
        (
            "Teststad kijkt bij het leerlingenvervoer vooral naar het naburige Baarn.",
            "municipality/baarn",
        ),
    ],
)
def test_looking_at_another_municipality_with_an_adverbial_between_compares(sentence, other):
    from tests.test_extract_relations import OWN, relations

    assert ("compares-with", OWN, other) in relations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Teststad kijkt uit naar de fusie met Leusden.",
        "Volgens de wethouder kijken inwoners van Teststad vooral naar Zwolle voor hun werk.",
        "De gemeente kijkt terug naar 2015, toen Zwolle nog hielp met de inkoop.",
        "De wethouder kijkt niet naar Deventer.",
    ],
)
def test_looking_forward_back_or_as_inhabitants_is_no_comparison(sentence):
    from tests.test_extract_relations import relations

    assert not {r for r in relations(sentence) if r[0] == "compares-with"}
