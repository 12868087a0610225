"""The interviewers in a relative clause of a cited group (kg/extract/interviewers.py)."""

from __future__ import annotations

from kg.extract.interviewers import interviewer_entities
from kg.extract.model import SentenceMention

AUTHORS = "role/authors"


def _left_out(text: str, names: dict[str, str]) -> list[str]:
    """The entities of ``names`` (key -> words) left out of ``text``'s concerns."""
    mentions = []
    for entity, words in names.items():
        at = text.index(words)
        mentions.append(SentenceMention(entity, "role", at, at + len(words), words, 0))
    return sorted(interviewer_entities(text, 0, len(text), mentions))


def test_the_interviewers_of_a_cited_group_are_no_concern():
    for text, who in (
        (
            "Volgens de wijkverpleegkundigen die de onderzoekers spraken, is de zorg goed.",
            "onderzoekers",
        ),
        ("De ouders met wie wij spraken, missen een vast aanspreekpunt.", "wij"),
        ("Iedereen die ik sprak, verwacht dat de tekorten groeien.", "ik"),
        ("De aanbieders die de onderzoeker interviewde, klagen over de tarieven.", "onderzoeker"),
        ("Volgens de jobcoaches die we hebben gesproken, willen werkgevers wel.", "we"),
        # the union of forms of kg/extract/spokento.py: two words between, more verbs
        ("De scholen die de onderzoekers vorig jaar bezochten, zijn tevreden.", "onderzoekers"),
        ("Volgens de artsen die de auteurs raadpleegden, is de druk hoog.", "auteurs"),
        ("De ouders die de interviewers hebben geïnterviewd, missen steun.", "interviewers"),
        ("De coaches met wie wij eerder spraken, zien meer schulden.", "wij"),
    ):
        assert _left_out(text, {AUTHORS: who}) == [AUTHORS], text


def test_the_cited_group_itself_stays():
    text = "Volgens de huisartsen die de onderzoekers spraken, is de wachttijd lang."
    names = {"role/general-practitioners": "huisartsen", AUTHORS: "onderzoekers"}
    assert _left_out(text, names) == [AUTHORS]


def test_researchers_outside_such_a_clause_stay():
    for text in (
        "De onderzoekers spraken met de wethouder over de wachtlijsten.",
        "Het rapport van de onderzoekers wordt door de raad besproken.",
        "De wethouder die de onderzoekers ontving, is positief.",
    ):
        assert _left_out(text, {AUTHORS: "onderzoekers"}) == [], text


def test_a_group_named_also_outside_the_clause_stays():
    text = "De onderzoekers vinden, net als de ouders die de onderzoekers spraken, de hulp goed."
    at = [i for i in range(len(text)) if text.startswith("onderzoekers", i)]
    mentions = [SentenceMention(AUTHORS, "role", a, a + 12, "onderzoekers", 0) for a in at]
    assert interviewer_entities(text, 0, len(text), mentions) == set()
