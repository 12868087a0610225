"""Actor groups concerned by the work they do (kg/extract/taskactors.py), on invented sentences."""

from __future__ import annotations

from extract_helpers import extract_text, finding_for, key

from kg.extract.model import SentenceMention
from kg.extract.taskactors import load_task_actors, served_roles, task_actors
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
