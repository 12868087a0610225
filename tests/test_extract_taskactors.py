"""Actor groups concerned by the work they do (kg/extract/taskactors.py), on invented sentences."""

from __future__ import annotations

from extract_helpers import extract_text, finding_for, key

from kg.extract.concerns import context
from kg.extract.model import SentenceMention
from kg.extract.taskactors import (
    PROCUREMENT,
    load_task_actors,
    procured_by,
    purchasing_bodies,
    served_roles,
    staffed_service,
    task_actors,
)
from kg.namespaces import CONCEPT


def _groups(text: str, mentions=()) -> list[str]:  # noqa: ANN001
    return sorted(key(r) for r in task_actors(text, 0, len(text), list(mentions)))


def test_the_work_names_the_group_that_does_it():
    assert _groups("Er is weinig animo voor vrijwilligerswerk in de kernen.") == ["role/volunteers"]
    assert _groups("De wachttijd in de pleegzorg loopt op.") == ["role/pleegouder"]
    assert _groups("Beschermingsbewind kost de gemeente veel geld.") == ["role/bewindvoerder"]


def test_a_claim_naming_who_does_the_work_keeps_that_actor_only():
    text = "Het GGD-team voert de jeugdgezondheidszorg uit."
    ggd = SentenceMention("role/ggd", "role", 4, 12, "GGD-team", 0)
    assert _groups(text, [ggd]) == []


def test_a_word_inside_another_word_is_no_work():
    assert _groups("De vrijwilligerswerkgroep vergadert.") == []


def test_every_group_is_a_role_of_the_vocabulary():
    from extract_helpers import ONTOLOGY

    roles = (ONTOLOGY / "roles.ttl").read_text(encoding="utf-8")
    table, _pattern = load_task_actors()
    for iri in table.values():
        assert f"role:{iri.rsplit('/', 1)[-1]} a kg:ActorRole" in roles


def test_the_group_is_a_concern_of_the_finding_but_no_mention():
    _doc, ex = extract_text("Vraag en aanbod van vrijwilligerswerk worden in de wijk gematched.")
    (finding,) = ex.findings
    assert "role/volunteers" in {key(c) for c in finding.concerns}
    assert "role/volunteers" not in {key(m.entity) for m in ex.mentions}


def test_the_group_is_registered_as_an_entity_for_the_graph():
    _doc, ex = extract_text("Vraag en aanbod van vrijwilligerswerk worden in de wijk gematched.")
    assert ex.entities["https://w3id.org/kg-decentralisatie/concept/role/volunteers"].kind == "role"


def test_the_groups_the_work_serves_do_not_say_who_does_it():
    text = "Door vrijwilligerswerk leren cliënten en inwoners elkaar kennen."
    clients = SentenceMention(CONCEPT + "role/care-recipients", "role", 29, 37, "cliënten", 0)
    residents = SentenceMention(CONCEPT + "role/residents", "role", 41, 49, "inwoners", 0)
    assert _groups(text, [clients, residents]) == ["role/volunteers"]
    ggd = SentenceMention(CONCEPT + "role/ggd", "role", 41, 49, "GGD-team", 0)
    assert _groups(text, [clients, ggd]) == []


def test_every_served_group_is_a_role_of_the_vocabulary():
    from extract_helpers import ONTOLOGY

    roles = (ONTOLOGY / "roles.ttl").read_text(encoding="utf-8")
    for iri in served_roles():
        assert f"role:{iri.rsplit('/', 1)[-1]} a kg:ActorRole" in roles


def test_a_served_group_in_a_finding_keeps_the_workers():
    doc, ex = extract_text("Vrijwilligerswerk brengt inwoners van de wijk samen.")
    finding = finding_for(doc, ex, "Vrijwilligerswerk")
    assert {"role/volunteers", "role/residents"} <= {key(c) for c in finding.concerns}


def _relations(*triples):  # noqa: ANN202
    from types import SimpleNamespace as N

    return [N(type=t, subject=s, object=o) for t, s, o in triples]


def test_the_bodies_buying_for_the_municipality_are_its_purchasing_bodies():
    from types import SimpleNamespace as N

    entities = {
        "b/inkoopbureau": N(kind="body", label="Inkoopbureau"),
        "o/welzijn": N(kind="organisation"),
    }
    relations = _relations(
        ("executes-for", "b/inkoopbureau", "m/own"),
        ("executes-for", "o/welzijn", "m/own"),  # an organisation doing welfare work buys nothing
        ("purchases-via", "m/own", "r/jeugdregio"),
        ("purchases-via", "m/other", "r/elders"),  # another municipality's
    )
    extraction = N(entities=entities, relations=relations)
    assert purchasing_bodies(extraction, "m/own") == {"b/inkoopbureau", "r/jeugdregio"}


def test_a_claim_on_buying_care_concerns_the_buyer_unless_it_names_one():
    text = "De raamcontracten met aanbieders lopen tot 2018."
    buying = SentenceMention(PROCUREMENT, "problem", 3, 17, "raamcontracten", 0)
    assert procured_by([buying], {"b/inkoopbureau"}) == {"b/inkoopbureau"}
    assert procured_by([], {"b/inkoopbureau"}) == set()  # no buying named
    named = SentenceMention("b/other", "body", 40, 47, "Regio X", 0)
    assert procured_by([buying, named], {"b/inkoopbureau"}) == set()
    # through the claim's context, and not when the claim speaks of the home region
    assert context(text, 0, len(text), [buying], [], set(), None, {"b/x"}) == {"b/x"}
    regional = "De inkoop in de regio loopt tot 2018."
    mention = SentenceMention(PROCUREMENT, "problem", 3, 9, "inkoop", 0)
    assert context(regional, 0, len(regional), [mention], ["r/home"], set(), None, {"b/x"}) == {
        "r/home"
    }
    # "de regionale inkoop": the adjective names neither the area nor the buyer (gold
    # README, thirty-ninth session's settlement, decision 6)
    regional = "De regionale inkoop loopt tot 2018."
    mention = SentenceMention(PROCUREMENT, "problem", 13, 19, "inkoop", 0)
    assert context(regional, 0, len(regional), [mention], ["r/home"], set(), None, {"b/x"}) == set()


def test_a_body_that_reports_figures_buys_no_care():
    from types import SimpleNamespace as N

    from kg.extract.taskactors import purchasing_bodies

    ents = {"b/ggd": N(kind="body", label="GGD"), "b/inkoop": N(kind="body", label="Inkoop")}
    rels = [
        N(type="executes-for", subject="b/ggd", object="m"),
        N(type="reports-on", subject="b/ggd", object="m"),
        N(type="executes-for", subject="b/inkoop", object="m"),
    ]
    assert purchasing_bodies(N(entities=ents, relations=rels), "m") == {"b/inkoop"}


def test_a_service_after_a_staff_noun_names_the_group_that_runs_it():
    s = "De consulenten van de schuldhulpverlening zien meer zzp'ers."
    role, end = staffed_service(s, s.index(" van"))
    assert key(role) == "role/debt-counsellors"
    assert s[:end].endswith("schuldhulpverlening")
    assert staffed_service("Medewerkers van de bibliotheek", 11) is None


def test_the_staff_of_a_wmo_service_a_provider_runs_speak_as_providers():
    s = "Medewerkers van het beschermd wonen zeggen dat cliënten lang op een woning wachten."
    role, end = staffed_service(s, 11)
    assert key(role) == "role/care-providers"
    assert s[:end].endswith("beschermd wonen")
    role, _ = staffed_service("Medewerkers van de thuiszorg merken het.", 11)
    assert key(role) == "role/home-care-organisations"


def test_every_service_group_is_a_role_of_the_vocabulary():
    from extract_helpers import ONTOLOGY

    from kg.extract.taskactors import _services

    roles = (ONTOLOGY / "roles.ttl").read_text(encoding="utf-8")
    for iri in _services()[0].values():
        assert f"role:{iri.rsplit('/', 1)[-1]} a kg:ActorRole" in roles


def test_a_claim_naming_a_partner_or_own_buyers_is_not_the_buyers():
    buyers = {"b/inkoopbureau"}
    together = "Met Lisse koopt Hillegom de thuiszorg samen in; de inkoop loopt."
    partner = SentenceMention("m/lisse", "municipality", 4, 9, "Lisse", 0)
    buying = SentenceMention(PROCUREMENT, "problem", 52, 58, "inkoop", 0)
    assert procured_by([partner, buying], buyers, together, 0, len(together)) == set()
    # a municipality named without "samen" leaves the buyer
    alone = "Voor Lisse loopt de inkoop goed."
    ms = [
        SentenceMention("m/lisse", "municipality", 5, 10, "Lisse", 0),
        SentenceMention(PROCUREMENT, "problem", 20, 26, "inkoop", 0),
    ]
    assert procured_by(ms, buyers, alone, 0, len(alone)) == buyers
    # budget holders who buy their own care
    for text in (
        "Budgethouders die hun hulp zelf inkopen, wachten op geld.",
        "Voor wie de zorg zelf inkoopt, is dat lastig.",
        "Ouders die de begeleiding zelf inkopen, klagen.",
        "Wie zijn hulp zelf inkoopt, krijgt een pgb.",
    ):
        word = "inkopen" if "inkopen" in text else "inkoopt"
        at = text.index(word)
        m = SentenceMention(PROCUREMENT, "problem", at, at + len(word), word, 0)
        assert procured_by([m], buyers, text, 0, len(text)) == set()
    plain = "De gemeente wil de inkoop van de hulp verbeteren."
    at = plain.index("inkoop")
    m = SentenceMention(PROCUREMENT, "problem", at, at + 6, "inkoop", 0)
    assert procured_by([m], buyers, plain, 0, len(plain)) == buyers


def _buying(text: str, word: str) -> SentenceMention:
    at = text.index(word)
    return SentenceMention(PROCUREMENT, "problem", at, at + len(word), word, 0)


def test_the_regional_purchasing_names_no_buyer():
    buyers = {"b/inkoopbureau"}
    for text, word in (
        ("Wethouders zijn te spreken over de regionale inkoop.", "inkoop"),
        ("Over de regionale inkoop van begeleiding denken de aanbieders anders.", "inkoop"),
        ("Aan de regionale Wmo-inkoop doet de stad niet mee.", "inkoop"),
        ("De jeugd-ggz wordt regionaal ingekocht, tot tevredenheid van de raad.", "ingekocht"),
        ("Raadsleden missen grip op de regionale jeugdinkoop.", "jeugdinkoop"),
    ):
        assert procured_by([_buying(text, word)], buyers, text, 0, len(text)) == set(), text
    # not the adjective before the buying word: the buyer stays
    for text, word in (
        ("De inkoop van de regionale jeugdhulp loopt stroef.", "inkoop"),
        ("Regionale aanbieders klagen over de inkoop.", "inkoop"),
        ("De gedeelde raamcontracten bevallen de ambtenaren.", "raamcontracten"),
        ("De inkoop is volgens de consulenten te bureaucratisch.", "inkoop"),
    ):
        assert procured_by([_buying(text, word)], buyers, text, 0, len(text)) == buyers, text


def test_a_body_named_for_work_buys_no_care():
    from types import SimpleNamespace as N

    labels = {
        "b/werkbedrijf": "Werkbedrijf Zuidoever",
        "b/werkwest": "WerkOost",
        "b/werkzaak": "Werkzaak Heuvelland",
        "b/werkplein": "Werkplein Kanaalzone",
        "b/werkgroep": "Werkgroep Jeugd Kanaalzone",  # a working group, not a work company
        "b/inkoop": "Inkoopbureau Jeugd Zuidoever",
        "b/dienst": "Serviceorganisatie Jeugd Zuidoever",
    }
    ents = {iri: N(kind="body", label=label) for iri, label in labels.items()}
    rels = [N(type="executes-for", subject=iri, object="m") for iri in sorted(ents)]
    bought = purchasing_bodies(N(entities=ents, relations=rels), "m")
    assert bought == {"b/werkgroep", "b/inkoop", "b/dienst"}
    # bought through explicitly: kept, whatever its name
    rels.append(N(type="purchases-via", subject="m", object="b/werkbedrijf"))
    assert "b/werkbedrijf" in purchasing_bodies(N(entities=ents, relations=rels), "m")
