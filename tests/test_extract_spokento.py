"""The clause of the interviewers speaking to a group (kg/extract/spokento.py)."""

from __future__ import annotations

from kg.extract.spokento import KEYS, may_hold, spoken_to, spoken_to_spans


def _clauses(text: str) -> list[str]:
    return [text[a:b] for a, b in spoken_to_spans(text, 0, len(text))]


def test_each_subject_of_the_interviewers():
    for text, clause in (
        ("De mantelzorgers die ik sprak, zijn moe.", "die ik sprak"),
        ("De buurtcoaches met wie we spraken, willen meer uren.", "met wie we spraken"),
        ("Alle scholen die wij bezochten, kennen de consulent.", "die wij bezochten"),
        ("De boeren die de onderzoeker sprak, vrezen de regels.", "die de onderzoeker sprak"),
        ("Ouders die de auteurs interviewden, missen overzicht.", "die de auteurs interviewden"),
        ("De artsen met wie de interviewers spraken, zien meer druk.", None),
    ):
        expected = clause or "met wie de interviewers spraken"
        assert _clauses(text) == [expected], text


def test_each_verb_of_hearing_people():
    for text in (
        "De vrijwilligers die wij spreken, zijn trouw.",
        "Elke werkgever die ik spreek, noemt de regels.",
        "De sporters die de onderzoeker spreekt, trainen graag.",
        "Bewoners met wie ik heb gesproken, waarderen het plein.",
        "De gezinnen die de onderzoekers hebben geïnterviewd, zijn tevreden.",
        "De kerken die we raadpleegden, bieden hulp.",
        "De verenigingen die ik raadpleegde, zoeken bestuurders.",
        "De dorpshuizen die de auteurs bezocht hebben, zijn oud.",
    ):
        assert len(_clauses(text)) == 1, text


def test_at_most_two_words_between_subject_and_verb():
    for text in (
        "De leraren die we eerder spraken, zien het ook.",
        "De imams met wie ik die week sprak, zijn het eens.",
        "De coaches die wij hebben gesproken, zijn enthousiast.",
        "De bakkers die ik vorig jaar interviewde, stoppen ermee.",
    ):
        assert len(_clauses(text)) == 1, text
    assert _clauses("De kappers die ik in de oude binnenstad sprak, zijn somber.") == []


def test_no_clause_of_the_interviewers():
    for text in (
        # the researchers as the subject of a main clause
        "De onderzoekers spraken met de wethouder over de jeugdzorg.",
        # another subject of the relative clause
        "De ouders die de consulent sprak, waren boos.",
        "De cliënten met wie de coach spreekt, krijgen een plan.",
        # another verb
        "Iedereen die ik ken, woont in het dorp.",
        "De wijken die wij schoonmaken, zijn groot.",
        # no relative pronoun
        "Ik sprak de directeur van de school.",
        "Wij spraken af dat de raad beslist.",
    ):
        assert _clauses(text) == [], text


def test_a_clause_begins_where_it_is_asked():
    text = "Iedereen met wie wij hebben gesproken, is positief."
    clause = spoken_to(text, len("Iedereen "), len(text))
    assert clause is not None
    assert (clause.group("pronoun"), clause.group("subject")) == ("met wie", "wij")
    assert (clause.group("gap"), clause.group("verb")) == ("hebben ", "gesproken")
    assert spoken_to(text, 0, len(text)) is None  # "Iedereen" is no relative pronoun


def test_the_cheap_test_holds_for_every_clause():
    for text in (
        "de ouders die we spraken",
        "de scholen die wij bezochten",
        "de kerken die ik raadpleegde",
        "de artsen die ik interviewde",
    ):
        assert may_hold(text) and _clauses(text), text
    assert not may_hold("de ouders die we kennen")
    assert all(may_hold(key) for key in KEYS)
