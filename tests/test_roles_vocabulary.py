"""The actor-role vocabulary (ontology/roles.ttl) and the data files keyed by its roles.

Checks that hold for every role, old or new: each role has a Dutch and an English
preferred label, no Dutch label names two roles or is a tone cue, the keys of
``kg/data/topic-actor-roles.txt`` and ``kg/data/task-actors.toml`` are roles of the
list, a role of the "other actors" sections is keyed as the extractor mints a group
(the slug of its Dutch singular), and invented sentences that use a label of the
public lists of social-domain roles find that role.
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from pathlib import Path

import pytest
from extract_helpers import extract_text, key
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from kg.extract.taskactors import task_actors
from kg.namespaces import CONCEPT, slugify

ROOT = Path(__file__).resolve().parent.parent
ROLE = CONCEPT + "role/"
POLARITY = CONCEPT + "polarity/"


@pytest.fixture(scope="module")
def roles() -> Graph:
    graph = Graph()
    graph.parse(ROOT / "ontology" / "roles.ttl")
    return graph


def _dutch_labels(graph: Graph) -> dict[str, set[str]]:
    """Casefolded Dutch label → the concepts that carry it."""
    out: dict[str, set[str]] = defaultdict(set)
    for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
        for subject, label in graph.subject_objects(prop):
            if getattr(label, "language", None) == "nl":
                out[str(label).casefold()].add(str(subject))
    return out


def _iri(role: str) -> URIRef:
    return URIRef(ROLE + role)


def _role_keys(graph: Graph) -> set[str]:
    return {
        str(s)[len(ROLE) :] for s in graph.subjects(SKOS.inScheme, None) if str(s).startswith(ROLE)
    }


def test_every_role_has_a_dutch_and_an_english_preferred_label(roles):
    for role in _role_keys(roles):
        langs = {label.language for label in roles.objects(_iri(role), SKOS.prefLabel)}
        assert {"nl", "en"} <= langs, role


def test_no_dutch_label_names_two_roles(roles):
    shared = {label: sorted(s) for label, s in _dutch_labels(roles).items() if len(s) > 1}
    assert shared == {}


def test_no_role_label_is_a_tone_cue(roles):
    tone = Graph()
    tone.parse(ROOT / "ontology" / "tone.ttl")
    cues = {
        label
        for label, subjects in _dutch_labels(tone).items()
        if any(s.startswith(POLARITY) for s in subjects)
    }
    assert cues, "the tone file gives cues"
    assert sorted(set(_dutch_labels(roles)) & cues) == []


def test_no_role_label_names_a_problem(roles):
    # a problem's names (preferred and alternative labels) are no group; its hidden
    # labels may be (the accountants and bailiffs are cues of their problems)
    problems = Graph()
    problems.parse(ROOT / "ontology" / "problems.ttl")
    names = {
        str(label).casefold()
        for prop in (SKOS.prefLabel, SKOS.altLabel)
        for label in problems.objects(None, prop)
        if getattr(label, "language", None) == "nl"
    }
    assert names, "the problem file gives names"
    assert sorted(set(_dutch_labels(roles)) & names) == []


def test_the_keys_of_the_role_data_files_are_roles(roles):
    keys = _role_keys(roles)
    lines = (
        (ROOT / "kg" / "data" / "topic-actor-roles.txt").read_text(encoding="utf-8").splitlines()
    )
    topic_roles = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    assert topic_roles and topic_roles <= keys
    tasks = tomllib.loads((ROOT / "kg" / "data" / "task-actors.toml").read_text(encoding="utf-8"))
    assert set(tasks["actors"].values()) <= keys
    assert set(tasks["served"]["roles"]) <= keys


def test_a_role_of_the_other_actors_is_keyed_as_a_minted_group(roles):
    # the roles below the "other actors" headings are keyed by the slug of one of their
    # Dutch labels (the singular), so a group minted from a speaker phrase is the same role
    text = (ROOT / "ontology" / "roles.ttl").read_text(encoding="utf-8")
    section = text[text.index("# --- other actors") : text.index("# --- national level")]
    keys = [
        line.split()[0][len("role:") :] for line in section.splitlines() if line.startswith("role:")
    ]
    assert len(keys) > 20
    for role in keys:
        labels = {slugify(str(label)) for label in roles.objects(_iri(role), SKOS.altLabel)}
        labels |= {slugify(str(label)) for label in roles.objects(_iri(role), SKOS.prefLabel)}
        assert role in labels, role


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Inwoners kunnen voor advies terecht bij de cliëntondersteuners.",
            "role/clientondersteuner",
        ),
        ("Volgens de sociaal makelaars is de buurt actief.", "role/sociaal-makelaar"),
        ("De gemeenteraadsleden vertellen dat de informatie laat komt.", "role/council-members"),
        ("De wooncorporaties zeggen dat de huren stijgen.", "role/housing-corporations"),
        (
            "De intern begeleiders vertellen dat de wachtlijsten lang zijn.",
            "role/intern-begeleider",
        ),
        # residents' associations of a village or neighbourhood, also where they do not speak
        ("De gemeente overlegt elk jaar met de dorpsraden.", "role/dorpsraad"),
        ("Het gebiedsteam schuift aan bij de vergadering van dorpsbelang.", "role/dorpsbelang"),
        ("De wijkraden krijgen een eigen budget.", "role/wijkraad"),
        (
            "Het plaatselijk belang vindt dat de dorpen te weinig gehoord worden.",
            "role/plaatselijk-belang",
        ),
        ("De zorgcoöperatie regelt vervoer naar de dagbesteding.", "role/zorgcooperatie"),
        ("Volgens de ouderenbond is het loket ver weg.", "role/ouderenbond"),
        ("De buurtsportcoach werkt samen met de sportverenigingen.", "role/sportvereniging"),
        ("'s Avonds kunnen inwoners terecht bij de huisartsenpost.", "role/general-practitioners"),
        ("De diaconie helpt gezinnen met schulden.", "role/social-organisations"),
        # the organisations of the shelters (maatschappelijke opvang), named by the compound
        (
            "Volgens de opvangorganisaties slapen er meer mensen buiten.",
            "role/maatschappelijke-opvang",
        ),
        ("Een opvanginstelling meldt dat de nachtopvang vol zit.", "role/maatschappelijke-opvang"),
        ("De gemeente subsidieert twee opvangorganisaties.", "role/maatschappelijke-opvang"),
        ("Bij de opvanginstellingen is de wachtlijst gegroeid.", "role/maatschappelijke-opvang"),
        # the region's care office for the Wlz, by its own name
        ("Het Wlz-zorgkantoor leverde de gegevens laat.", "role/zorgkantoor"),
        # a hospital without a name (gold README, twenty-ninth session, decision 5)
        ("Voor het ziekenhuis zijn inwoners op de stad aangewezen.", "role/ziekenhuis"),
        # a social worker by the profession's older name is a person, no organisation
        ("Een maatschappelijk werker ziet de schulden oplopen.", "role/sociaal-werker"),
        ("Volgens maatschappelijk werkers is de drempel hoog.", "role/sociaal-werker"),
        ("‘Het loket is dicht’, zegt een maatschappelijk werker.", "role/sociaal-werker"),
        ("De maatschappelijk werkers van de stichting draaien overuren.", "role/sociaal-werker"),
        # the service itself stays with the social organisations
        ("Het maatschappelijk werk heeft een wachtlijst.", "role/social-organisations"),
    ],
)
def test_a_label_of_the_public_lists_finds_its_role(sentence, role):
    _doc, extraction = extract_text(sentence)
    assert role in {key(m.entity) for m in extraction.mentions}


def test_a_hospital_without_a_name_is_a_concern_of_its_own_not_of_the_providers():
    _doc, extraction = extract_text(
        "Ouderen klagen dat de reistijd naar het ziekenhuis in de stad veel te lang is."
    )
    concerns = {key(c) for f in extraction.findings for c in f.concerns}
    assert "role/ziekenhuis" in concerns
    assert "role/care-providers" not in concerns


def test_a_named_association_speaks_as_the_organisation_it_names():
    # The role stands for an association the text does not name; a named one
    # ("Plaatselijk Belang Westerbeek") is an organisation and speaks as itself.
    _doc, extraction = extract_text(
        "Plaatselijk Belang Westerbeek vindt dat de dorpen te weinig gehoord worden."
    )
    assert [key(s) for f in extraction.findings for s in f.speakers] == [
        "organisation/plaatselijk-belang-westerbeek"
    ]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("De onafhankelijke cliëntondersteuning is nog weinig bekend.", "role/clientondersteuner"),
        ("Het opbouwwerk in de wijken is afgebouwd.", "role/opbouwwerker"),
        ("De JGZ ziet alle kinderen op het consultatiebureau.", "role/youth-doctors"),
    ],
)
def test_the_work_of_a_listed_role_concerns_that_role(sentence, role):
    found = task_actors(sentence, 0, len(sentence), [])
    assert [key(r) for r in found] == [role]


def test_the_groups_of_the_coalition_and_the_opposition_are_council_members():
    from tests.extract_helpers import extract_text, key

    doc, ex = extract_text("Oppositiefracties vinden de tarieven te hoog.")
    assert [key(s) for s in ex.findings[0].speakers] == ["role/council-members"]


def test_a_firm_named_by_its_trade_is_an_employer():
    doc, ex = extract_text("Een metaalbedrijf op het industrieterrein nam twee mensen in dienst.")
    assert "role/employers" in {key(m.entity) for m in ex.mentions}
    doc, ex = extract_text("Het sociaal werkbedrijf biedt twaalf beschutte plekken.")
    assert "role/employers" not in {key(m.entity) for m in ex.mentions}


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("De onderzoeker licht toe dat de wachtlijst korter is.", "onderzoeker"),
        ("Volgens de ouders die de onderzoekers spraken, is de hulp snel.", "onderzoekers"),
        ("De onderzoekers zagen dat de teams het druk hebben.", "onderzoekers"),
        ("De voorzitter geeft het woord aan de onderzoeker.", "onderzoeker"),
    ],
)
def test_the_researchers_of_the_study_are_the_authors(sentence, word):
    _, ex = extract_text(sentence)
    assert (word, "role/authors") in {(m.text, key(m.entity)) for m in ex.mentions}
