"""Actor groups a claim concerns by the work they do ("vrijwilligerswerk": the volunteers).

A text often names the work instead of the group that does it: "vraag en
aanbod van vrijwilligerswerk wordt gematched" is about volunteers.
``kg/data/task-actors.toml`` lists the work's words and their groups; the
group is a concern of a claim that names no actor or organisation of its own
(:func:`task_actors`); the groups the work serves (residents, clients) do not
count as such an actor. The words are no mentions of the group.

Buying care is the work of the body that buys it for the municipality: a claim
on procurement ("de raamcontracten", "de inkoop") that names no body or region
concerns the municipality's purchasing bodies (:func:`purchasing_bodies`,
:func:`procured_by`). Not the adjective: "de regionale inkoop" names no body (the
regional purchasing as a cooperation, gold decision 6 of the thirty-ninth settlement),
and a body that carries out work and income ("Werkbedrijf X", "WerkWest") buys no care.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from kg.extract import prefixscan
from kg.extract.model import Extraction
from kg.extract.problemclauses import alternation
from kg.namespaces import CONCEPT

__all__ = [
    "PROCUREMENT",
    "load_task_actors",
    "procured_by",
    "purchasing_bodies",
    "served_roles",
    "staff_services",
    "staffed_service",
    "task_actors",
]

TASKS_FILE = Path(__file__).resolve().parent.parent / "data" / "task-actors.toml"
#: Kinds of mentions that name who does the work.
_ACTORS = frozenset({"role", "organisation", "body"})


@lru_cache(maxsize=4)
def _read(path: str | Path) -> dict:
    """The task-actors file, parsed once for :func:`load_task_actors` and :func:`served_roles`."""
    return tomllib.loads(Path(path).read_text(encoding="utf-8"))


@lru_cache(maxsize=4)
def served_roles(path: str | Path = TASKS_FILE) -> frozenset[str]:
    """The role IRIs of the groups the work serves, who do not do it (cached).

    Examples
    --------
    >>> sorted(r.rsplit("/", 1)[-1] for r in served_roles())
    ['benefit-recipients', 'care-recipients', 'residents']
    """
    return frozenset(CONCEPT + "role/" + key for key in _read(path)["served"]["roles"])


@lru_cache(maxsize=4)
def load_task_actors(path: str | Path = TASKS_FILE) -> tuple[dict[str, str], re.Pattern[str]]:
    """The work's words (lower case) → role IRIs, and one pattern of all the words (cached).

    Examples
    --------
    >>> table, pattern = load_task_actors()
    >>> table["vrijwilligerswerk"].rsplit("/", 1)[-1]
    'volunteers'
    """
    data = _read(path)
    table = {word.lower(): CONCEPT + "role/" + key for word, key in data["actors"].items()}
    return table, re.compile(rf"\b(?:{alternation(list(table))})\b", re.IGNORECASE)


@lru_cache(maxsize=4)
def _services(path: str | Path = TASKS_FILE) -> tuple[dict[str, str], re.Pattern[str]]:
    """The services of the ``[staff]`` table (lower case) → role IRIs, and a pattern that
    matches "van de" and one of them right where it is tried (cached)."""
    table = {w.lower(): CONCEPT + "role/" + key for w, key in _read(path)["staff"].items()}
    words = alternation(list(table))
    return table, re.compile(rf"\s+van\s+(?:de|het)\s+({words})\b", re.IGNORECASE)


def staff_services() -> dict[str, str]:
    """The services of the ``[staff]`` table (lower case) → the role IRI of their staff.

    >>> staff_services()["schuldhulpverlening"].rsplit("/", 1)[-1]
    'debt-counsellors'
    """
    return _services()[0]


def staffed_service(text: str, at: int) -> tuple[str, int] | None:
    """The group whose staff a staff noun ending at ``at`` names by the service it works in
    ("medewerkers van de opvang": the shelter organisations), and where the service's name
    ends; None when no service of the ``[staff]`` table follows.

    Examples
    --------
    >>> s = "Medewerkers van de nachtopvang zien meer jongeren."
    >>> role, end = staffed_service(s, 11)
    >>> role.rsplit("/", 1)[-1], s[:end]
    ('maatschappelijke-opvang', 'Medewerkers van de nachtopvang')
    >>> staffed_service("Medewerkers van de gemeente zien dat.", 11) is None
    True
    """
    table, pattern = _services()
    found = pattern.match(text, at)
    if found is None:
        return None
    return table[found.group(1).lower()], found.end()


def task_actors(text: str, start: int, end: int, mentions) -> set[str]:  # noqa: ANN001
    """The groups whose work ``text[start:end]`` names, when it names no actor itself.

    The groups the work serves (:func:`served_roles`: "inwoners", "cliënten")
    are no actor that does it.

    Examples
    --------
    >>> s = "Ook vraag en aanbod van vrijwilligerswerk wordt gematched."
    >>> sorted(r.rsplit("/", 1)[-1] for r in task_actors(s, 0, len(s), []))
    ['volunteers']
    >>> from kg.extract.model import SentenceMention
    >>> s = "De GGD voert de jeugdgezondheidszorg uit."
    >>> task_actors(s, 0, len(s), [SentenceMention("r/ggd", "role", 3, 6, "GGD", 0)])
    set()
    >>> s = "Vrijwilligerswerk brengt inwoners bij elkaar."
    >>> residents = SentenceMention(CONCEPT + "role/residents", "role", 25, 33, "inwoners", 0)
    >>> sorted(r.rsplit("/", 1)[-1] for r in task_actors(s, 0, len(s), [residents]))
    ['volunteers']
    """
    table, pattern = load_task_actors()
    # tried only where one of the words begins (looked up once per document)
    found = {table[m.group().lower()] for m in prefixscan.finditer(pattern, text, start, end)}
    served = served_roles()
    if found and any(m.kind in _ACTORS and m.entity not in served for m in mentions):
        return set()
    return found


#: The problem whose labels name the municipality's buying of care ("inkoop", "raamcontracten").
PROCUREMENT = CONCEPT + "problem/european-tendering"


def purchasing_bodies(extraction: Extraction, own: str) -> frozenset[str]:
    """The bodies that buy care for the municipality ``own``: those it purchases via,
    and the intermunicipal bodies that carry out its tasks (executes-for), unless they
    are a source of figures on it too (reports-on: a GGD, a monitor): such a body does
    the public-health or research work it carries out, and buys no care; nor does a
    body named for work (:data:`_WORK_BODY`: "Werkbedrijf X", "WerkWest", "Werkplein
    Y"), which carries out the Participatiewet.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> ents = {"b/buyer": N(kind="body", label="Buyer"), "o/welfare": N(kind="organisation"),
    ...         "b/ggd": N(kind="body", label="GGD")}
    >>> rels = [N(type="executes-for", subject="b/buyer", object="m"),
    ...         N(type="executes-for", subject="o/welfare", object="m"),
    ...         N(type="purchases-via", subject="m", object="r/region"),
    ...         N(type="executes-for", subject="b/ggd", object="m"),
    ...         N(type="reports-on", subject="b/ggd", object="m")]
    >>> sorted(purchasing_bodies(N(entities=ents, relations=rels), "m"))
    ['b/buyer', 'r/region']
    >>> ents = {"b/work": N(kind="body", label="Werkbedrijf Noord"),
    ...         "b/care": N(kind="body", label="Inkoopbureau Jeugd Noord")}
    >>> rels = [N(type="executes-for", subject=b, object="m") for b in sorted(ents)]
    >>> sorted(purchasing_bodies(N(entities=ents, relations=rels), "m"))
    ['b/care']
    """
    out = set()
    sources = {r.subject for r in extraction.relations if r.type == "reports-on"}
    for r in extraction.relations:
        if r.type == "purchases-via" and r.subject == own:
            out.add(r.object)
        elif r.type == "executes-for" and r.object == own and r.subject not in sources:
            entity = extraction.entities.get(r.subject)
            if entity is None or entity.kind != "body":
                continue
            if not _WORK_BODY.match(entity.label):
                out.add(r.subject)
    return frozenset(out)


#: A body whose name opens with the word "werk" ("Werkbedrijf X", "WerkWest", "Werkzaak
#: X", "Werkplein Y"; not "Werkgroep"): it carries out work and income for the
#: municipality (Participatiewet, Wsw) and buys no care.
_WORK_BODY = re.compile(r"(?i:werk)(?!(?i:groep))")
#: The adjective or adverb "regionaal" right before the buying word, also before a
#: compound ("de regionale inkoop", "de regionale Wmo-inkoop", "regionaal ingekocht"):
#: the regional purchasing as a cooperation, which names no body or region.
_REGIONAL = re.compile(r"\bregiona(?:al|le)\s+(?:[\w-]+-)?$", re.IGNORECASE)
#: "zelf" right before the buying verb or noun ("mensen die hun zorg zelf inkopen"): the
#: budget holders buy their own care (a pgb), not the municipality's buyer.
_SELF = re.compile(r"\bzelf\s+$", re.IGNORECASE)
#: Together with (a municipality named in the claim): "Met X werkt Y samen bij de inkoop",
#: "koopt samen met X in": the claim names the partner the municipality buys with.
_TOGETHER = re.compile(r"\bsamen", re.IGNORECASE)


def procured_by(  # noqa: ANN201
    mentions,  # noqa: ANN001
    buyers,  # noqa: ANN001
    text: str = "",
    start: int = 0,
    end: int | None = None,
):
    """The ``buyers`` (:func:`purchasing_bodies`) of a claim on the buying of care that
    names no body or region of its own: "de raamcontracten" are the ones the
    purchasing body made.

    Not when the claim names who buys otherwise: a body or a region, a municipality
    it buys together with ("Met X werkt Y samen bij de inkoop"), or people who buy
    their care themselves ("die hun zorg zelf inkopen": the budget holders). The claim
    is ``text[start:end]``; the mentions' offsets are in ``text``.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> buying = SentenceMention(PROCUREMENT, "problem", 3, 17, "raamcontracten", 0)
    >>> procured_by([buying], {"b/buyer"})
    {'b/buyer'}
    >>> region = SentenceMention("r/x", "region", 22, 28, "Regio X", 0)
    >>> procured_by([buying, region], {"b/buyer"})
    set()
    >>> s = "Met Lisse koopt Hillegom samen de thuiszorg in; de inkoop loopt goed."
    >>> ms = [SentenceMention("m/lisse", "municipality", 4, 9, "Lisse", 0),
    ...       SentenceMention(PROCUREMENT, "problem", 51, 57, "inkoop", 0)]
    >>> procured_by(ms, {"b/buyer"}, s)
    set()
    >>> s = "Budgethouders die hun hulp zelf inkopen wachten op geld."
    >>> procured_by([SentenceMention(PROCUREMENT, "problem", 32, 39, "inkopen", 0)], {"b/b"}, s)
    set()

    The adjective "regionaal" names no buyer ("de regionale inkoop"):

    >>> s = "Wethouders prijzen de regionale inkoop."
    >>> procured_by([SentenceMention(PROCUREMENT, "problem", 32, 38, "inkoop", 0)], {"b/b"}, s)
    set()
    """
    if not buyers:
        return set()
    buying = [m for m in mentions if m.entity == PROCUREMENT]
    if text:
        buying = [
            m
            for m in buying
            if not _SELF.search(text, max(0, m.start - 6), m.start)
            and not _REGIONAL.search(text, max(0, m.start - 30), m.start)
        ]
    if not buying:
        return set()
    if any(m.kind in ("body", "region") for m in mentions):
        return set()  # "de inkoop via Regio X": the claim names who buys
    if any(m.kind == "municipality" for m in mentions) and _TOGETHER.search(
        text, start, len(text) if end is None else end
    ):
        return set()  # "samen met X": the partner the municipality buys with
    return set(buyers)
