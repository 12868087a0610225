"""Entity mentions: the lexicon's matches plus a few general rules of Dutch usage.

- The title line (the municipality's name) is a mention of the municipality,
  linked to the document rather than to a sentence.
- ``per inwoner`` is a unit, not a mention of the residents; so is the noun of a
  rate per number of them (``per 1.000 inwoners``, ``per duizend inwoners``).
- A role word right before another role noun modifies it (``de geïnterviewde
  ambtenaren``): the group is the noun, the head of the phrase.
- A compound naming the staff or members of a known group
  (``wijkteammedewerkers``) is a mention of that group.
- ``medewerkers van het sociaal team``, ``een medewerker van Salut``: generic
  staff nouns followed by ``van <X>`` denote X's staff, already mentioned as X;
  after ``als`` they name a capacity (``als medewerker``), not a group.
- An acronym's spelled-out form in apposition names the same body
  (``de ISD BOL, de intergemeentelijk sociale dienst``: I-S-D).
- ``medewerkers van de opvang``: a staff noun before a service of the ``[staff]`` table of
  kg/data/task-actors.toml names the group that runs the service; the service's name is a
  mention of that group (the staff noun is then no mention of the civil servants).
- ``de voorzitter van de Wmo-raad``: the chair of a group the lexicon knows (a council, a
  union) is a mention of that group (gold README: the chair of a council speaks as it, and
  "voorzitter" is a mention of it).
- A compound of "rijks-" (``rijkswetgeving``, ``rijksregels``) names the
  national government, as "het Rijk" does.
- A law named "<stem>wet" may be named by its stem alone in a coordination with
  another law (``Wmo, jeugd en participatie``): Dutch leaves out the shared part
  of coordinated compounds (with a hyphen in writing: ``Jeugd- en
  Participatiewet``), and the three decentralised laws are commonly listed so
  (:mod:`kg.extract.ellipticlaws`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from kg.document import Document
from kg.extract.careforms import benefits, care_forms
from kg.extract.careoffice import care_offices
from kg.extract.carersupport import carer_support
from kg.extract.definites import own_province, province_template
from kg.extract.ellipticlaws import elliptic_laws, law_stems
from kg.extract.keylabels import key_labels
from kg.extract.mentions import Mention, tokens
from kg.extract.model import Entity, SentenceMention
from kg.extract.numberwords import COUNT_WORDS
from kg.extract.practices import counted_practices
from kg.extract.schooling import schooling
from kg.extract.sentencecache import occurrences
from kg.extract.servicevoices import service_voices, silent_desk
from kg.extract.taskactors import staff_services, staffed_service
from kg.extract.usernames import glued
from kg.extract.wordtokens import lowered
from kg.extract.youthdomain import youth_domain
from kg.extract.youthproviders import youth_providers

#: Nouns for staff in general: "medewerkers van X" refers to X's staff.
STAFF_NOUNS = frozenset({"medewerker", "medewerkers", "werknemer", "werknemers"})
#: The board or director of an organisation named after "van" ("een bestuurder van Salut"):
#: that organisation's, not the municipal executive ("bestuurders" alone).
BOARD_NOUNS = frozenset({"bestuurder", "bestuurders", "bestuur", "directeur", "directie"})

#: "per" with the base of a rate: "per inwoner", "per 1.000 inwoners", "per duizend inwoners".
_PER = re.compile(
    r"\bper\s+(?:(?:\d[\d.]*|honderd|duizend|tienduizend|honderdduizend)\s+)?$", re.IGNORECASE
)
#: "van (de / het / een) (adjective)" after a staff noun: "een bestuurder van een grote aanbieder".
_OF = re.compile(r"^\s+van\s+(?:(?:de|het|een)\s+)?(?P<adj>(?-i:[a-z])\w*e\s+)?", re.IGNORECASE)


def _after_of(text: str, end: int) -> tuple[int, ...]:
    """Where the group after "van" may start, past a staff noun ending at ``end``: after the
    article, and past an adjective ("van een grote aanbieder") when one follows.

    >>> _after_of("een bestuurder van een grote aanbieder", 14)
    (29, 23)
    """
    of = _OF.match(text[end : end + 30])
    if of is None:
        return ()
    return (end + of.end(), end + of.start("adj")) if of.group("adj") else (end + of.end(),)


#: "als" right before a noun: the capacity someone acts in ("als medewerker"), not a group.
_AS = re.compile(r"(?<!\w)als\s+$", re.IGNORECASE)
#: A count right before a staff noun, past at most one adjective ("42 medewerkers", "veertien
#: medewerkers", "140 Nijkerkse medewerkers"): the size of a staff, a unit as "fte" is, not a
#: group that acts (a year is no count: "in 2016 medewerkers").
_COUNTED = re.compile(
    r"(?<![\w.,])(?!(?:19|20)\d\d\s)" + COUNT_WORDS + r"\s+(?:(?-i:[\w-]+)\s+)?$", re.IGNORECASE
)
_APPOSITION = re.compile(r"^,\s+(?:de|het)\s+", re.IGNORECASE)


def _acronym(word: str) -> str | None:
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "".join(letters).lower()
    return None


def apposition(text: str, m: Mention, end: int) -> Mention | None:
    """The spelled-out acronym right after ``m``, as a mention of the same entity.

    Examples
    --------
    >>> text = "de ISD AB, de intergemeentelijke sociale dienst."
    >>> m = Mention("urn:x:isd", "body", 3, 9, "ISD AB")
    >>> apposition(text, m, len(text)).text
    'intergemeentelijke sociale dienst'
    """
    if m.kind not in {"body", "organisation"}:
        return None
    acronym = _acronym(m.text.split()[0])
    if acronym is None:
        return None
    after = _APPOSITION.match(text[m.end : end])
    if after is None:
        return None
    start = m.end + after.end()
    words = tokens(text, start, end)[: len(acronym)]
    if len(words) < len(acronym) or any(
        w[2][0].lower() != letter for w, letter in zip(words, acronym, strict=False)
    ):
        return None
    if any(text[a[1] : b[0]].strip() for a, b in zip(words, words[1:], strict=False)):
        return None  # the words must follow one another
    s, e = words[0][0], words[-1][1]
    return Mention(m.entity, m.kind, s, e, text[s:e])


#: Heads of a compound naming the staff or members of the group before them.
STAFF_HEADS = ("medewerkers", "medewerker", "leden", "lid")
_GROUP_KINDS = frozenset({"role", "organisation", "body"})
#: What every one of :data:`STAFF_HEADS` holds ("medewerker" is in "medewerkers").
_STAFF_CORES = ("medewerker", "leden", "lid")


def staff_stems(token: str) -> list[str]:
    """The group nouns a staff compound may be made of, most likely first.

    Examples
    --------
    >>> staff_stems("wijkteammedewerkers"), staff_stems("gemeenteraadsleden")
    (['wijkteam'], ['gemeenteraads', 'gemeenteraad'])
    >>> staff_stems("medewerkers")
    []
    """
    lower = token.lower()
    if not lower.endswith(STAFF_HEADS):  # most words: one test for all heads
        return []
    head = next(h for h in STAFF_HEADS if lower.endswith(h))
    stem = token[: len(token) - len(head)].rstrip("-")
    stems = [stem, stem[:-1]] if stem.endswith("s") else [stem]  # a linking -s: "raads"
    return [x for x in stems if len(x) >= 3]


def staff_compounds(
    text: str, start: int, end: int, found: list[Mention], matcher
) -> list[Mention]:  # noqa: ANN001
    """Compounds naming the staff of a known group, as mentions of the group.

    "wijkteammedewerkers", "Wmo-raadsleden": the staff of a team, the members of
    a council are that group (as "medewerkers van het wijkteam" are).

    Examples
    --------
    >>> from kg.extract.mentions import Matcher
    >>> from kg.ontology import LexiconEntry
    >>> m = Matcher([LexiconEntry("wijkteam", "urn:x:team", "role", "prefLabel")])
    >>> text = "De wijkteammedewerkers zien meer vragen."
    >>> [(x.text, x.entity) for x in staff_compounds(text, 0, len(text), [], m)]
    [('wijkteammedewerkers', 'urn:x:team')]
    >>> text = "De wijkteamsleden en de medewerkers."
    >>> [x.text for x in staff_compounds(text, 0, len(text), [], m)]
    ['wijkteamsleden']
    """
    # a token ending in a staff head holds one: most sentences hold none (looked for in the
    # document's lower case, shared by its readers, when it has one)
    doc_low = lowered(text)
    if doc_low is not None:
        find = doc_low.find
        for head in _STAFF_CORES:  # a loop: all() of a generator costs a frame per claim
            if find(head, start, end) >= 0:
                break
        else:
            return []
    elif not any(head in text[start:end].lower() for head in _STAFF_CORES):
        return []
    covered = [(m.start, m.end) for m in found]
    out = []
    for s, e, token in tokens(text, start, end):
        stems = staff_stems(token)
        if not stems or any(a < e and s < b for a, b in covered):
            continue
        for part in stems:
            hits = [h for h in matcher.find(part) if (h.start, h.end) == (0, len(part))]
            if hits and hits[0].kind in _GROUP_KINDS:
                out.append(Mention(hits[0].entity, hits[0].kind, s, e, token))
                break
    return out


#: "van de" / "van het" after a staff noun, as :func:`~kg.extract.taskactors.staffed_service` reads.
_ARTICLE = re.compile(r"\s+van\s+(?:de|het)\s+", re.IGNORECASE)


def staffed_services(text: str, found: list[Mention]) -> list[Mention]:
    """The services named after a staff noun of ``found`` ("medewerkers van de opvang"), each
    as a mention of the group that runs it, where no mention covers the service yet.

    Examples
    --------
    >>> text = "Medewerkers van de maatschappelijke opvang zien meer jongeren."
    >>> staff = Mention("role/civil-servants", "role", 0, 11, "Medewerkers")
    >>> [(m.text, m.entity.rsplit("/", 1)[-1]) for m in staffed_services(text, [staff])]
    [('maatschappelijke opvang', 'maatschappelijke-opvang')]
    >>> staffed_services("Medewerkers van de gemeente zien dat.", [staff])
    []
    """
    out: list[Mention] = []
    for m in found:
        if m.text.lower() not in STAFF_NOUNS or (hit := staffed_service(text, m.end)) is None:
            continue
        role, end = hit
        start = _ARTICLE.match(text, m.end).end()  # type: ignore[union-attr]  # matched before
        if not any(o.start < end and start < o.end for o in found):
            out.append(Mention(role, "role", start, end, text[start:end]))
    return out


def chairs(text: str, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """ "voorzitter" before "van" and a group's mention: a mention of that group, whose chair
    speaks for it; the chair of a named organisation is its staff and no mention.

    Examples
    --------
    >>> text = "Dat zegt de voorzitter van de Wmo-raad."
    >>> council = Mention("role/wmo-council", "role", 30, 38, "Wmo-raad")
    >>> [(m.text, m.entity) for m in chairs(text, 0, len(text), [council])]
    [('voorzitter', 'role/wmo-council')]
    """
    out: list[Mention] = []
    for word in ("voorzitter", "Voorzitter"):
        at = text.find(word, start, end)
        while at != -1:
            stop = at + len(word)
            after = _after_of(text, stop) if text.startswith(" van ", stop) else ()
            group = next((o for o in found if o.start in after and o.kind == "role"), None)
            if group is not None and (at == 0 or not text[at - 1].isalnum()):
                out.append(Mention(group.entity, "role", at, stop, word))
            at = text.find(word, stop, end)
    return out


def _rate_base(text: str, start: int) -> bool:
    """Whether the noun at ``start`` is the base of a rate ("per 1.000 inwoners"); the
    pattern is tried only where "per" or "Per" stands in the 20 characters before it."""
    floor = max(0, start - 20)
    if text.find("per", floor, start) == -1 and text.find("Per", floor, start) == -1:
        return False
    return _PER.search(text, floor, start) is not None


#: Inflected forms of the adjective "rijk" (rich): "rijke en arme wijken" is no "Rijk" (the
#: national government), whose lemma they share; the noun has no such forms.
_RICH = frozenset({"rijke", "rijker", "rijkere", "rijkst", "rijkste"})


#: A count right before a group noun (past "rond de", "ongeveer", one adjective).
_COUNT_BEFORE = re.compile(
    r"(?<![\w.,])(?!(?:19|20)\d\d\s)\d[\d.,]*\s+(?:(?-i:[a-z]+e)\s+)?$", re.IGNORECASE
)
#: "per" and a noun right after the counted group: the numerator of a ratio ("per
#: klantmanager", "per consulent"); not a frequency ("per jaar", "per week").
_PER_AFTER = re.compile(
    r"\s+per\s+(?!(?:jaar|maand|week|dag|kwartaal|nacht|uur|etmaal)\b)\w", re.IGNORECASE
)
#: A digit: every count of :data:`_COUNT_BEFORE` holds one.
_DIGIT = re.compile(r"\d")
#: A caseload (or workload) of a count: "een caseload van 130", "caseloads van gemiddeld 90".
_LOAD_OF = re.compile(r"\b(?:caseloads?|werklast)\s+van\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


def _unit_of_load(text: str, m: Mention) -> bool:
    """Whether the counted group noun ``m`` is the unit of a ratio or a caseload: "rond de 120
    klanten per klantmanager", "een caseload van 130 klanten" measure a load (the way
    "per 1.000 inwoners" is the base of a rate); the group is no actor of the claim.

    >>> def test(s, w):
    ...     at = s.index(w)
    ...     return _unit_of_load(s, Mention("r", "role", at, at + len(w), w))
    >>> test("Caseload: rond de 120 klanten per klantmanager.", "klanten")
    True
    >>> test("Zij heeft een caseload van 130 klanten.", "klanten")
    True
    >>> test("Het team helpt 300 klanten per jaar.", "klanten")
    False
    >>> test("Veel klanten per consulent.", "klanten")
    False
    >>> test("Het wijkteam spreekt 300 klanten.", "klanten")
    False
    """
    floor = max(0, m.start - 40)
    if _DIGIT.search(text, floor, m.start) is None:
        return False  # no figure before it (most mentions): the count's pattern tries every place
    count = _COUNT_BEFORE.search(text, floor, m.start)
    if count is None:
        return False
    return bool(_PER_AFTER.match(text, m.end) or _LOAD_OF.search(text, floor, count.start()))


#: The bare noun of :func:`kg.extract.schooling.schooling` as the text may write it.
_SCHOOL = frozenset({"school", "School"})


def _starts(found: list[Mention]) -> frozenset[int]:
    """The starts of the mentions ``found``."""
    return frozenset(o.start for o in found)


#: "van" and an article between a group noun and the part of that group it names.
_OF_PART = re.compile(r"\s+van\s+(?:de|het|een)\s+", re.IGNORECASE)


def _part_of_same(text: str, m: Mention, found: list[Mention]) -> bool:
    """Whether ``m`` names, after "van de / het / een", the part of the group named right
    before it ("raadsleden van de oppositie", "een raadslid van een oppositiefractie"): one
    mention, the group's (gold README: "Raadsleden van de oppositie" is one mention).

    Examples
    --------
    >>> t = "Raadsleden van de oppositie vinden dat."
    >>> group = Mention("role/council", "role", 0, 10, "Raadsleden")
    >>> part = Mention("role/council", "role", 18, 27, "oppositie")
    >>> _part_of_same(t, part, [group, part]), _part_of_same(t, group, [group, part])
    (True, False)
    """
    return any(
        o.entity == m.entity and o.end < m.start and _OF_PART.fullmatch(text, o.end, m.start)
        for o in found
    )


def _keep(text: str, m: Mention, found: list[Mention]) -> bool:
    if glued(text, m.start, m.end):
        return False  # a word of a user name: "jeroen.raad", "controller_h"
    if m.kind == "role":  # the kind asked once
        if _rate_base(text, m.start):
            return False
        if m.text in _RICH:
            return False  # the adjective in lower case: "tussen rijke en arme wijken"
        if silent_desk(text, m.start, m.end):
            return False  # a desk that is there or visited, no group: "er is één Wmo-loket"
        if _unit_of_load(text, m):
            return False  # "rond de 120 klanten per klantmanager", "een caseload van 130 klanten"
        if m.text in _SCHOOL and schooling(text, m.start, m.end, _starts(found)):
            return False  # going to school, no school as an actor: "niet naar school gaat"
        if any(
            o.kind == "role" and o.start > m.end and not text[m.end : o.start].strip()
            for o in found
        ):
            return False  # a modifier of the group noun after it: "de geïnterviewde ambtenaren"
        if _part_of_same(text, m, found):
            return False  # the part of the group before it: "raadsleden van de oppositie"
    low = m.text.lower()
    if low in STAFF_NOUNS:
        at = _after_of(text, m.end)
        if at and any(o.start in at for o in found):
            return False  # the staff of a group found: "medewerkers van (het) X"
        if _AS.search(text, max(0, m.start - 5), m.start):
            return False  # a generic capacity: "als medewerker"
        if _COUNTED.search(text, max(0, m.start - 40), m.start):
            return False  # a staff count: "werkt met 42 medewerkers"
    return True


#: A compound of "rijks-" (the genitive of "Rijk"): of the national government
#: ("rijkswetgeving", "rijksregels"). Not the state's roads, monuments and agencies, nor its
#: money ("rijksbudget", "rijksmiddelen"): a subject of the claim (a topic) more than its
#: actor; read as the government they lowered the held-out topic recall (0.797 to 0.793).
_RIJKS = re.compile(
    r"(?<![\w-])[Rr]ijks(?!weg|monument|museum|waterstaat|daalder|universiteit"
    r"|instituut|dienst|archief|vastgoed|budget|middel|bijdrage|geld|subsidie|financ|uitkering)"
    r"[a-zë]{4,}(?![\w-])"
)


def national_compounds(
    text: str, start: int, end: int, found: list[Mention], national: Mention | None
) -> list[Mention]:
    """Compounds of "rijks-" no mention covers, as mentions of the national government.

    Examples
    --------
    >>> rijk = Mention("role/national-government", "role", 0, 0, "")
    >>> text = "De rijkswetgeving knelt, de rijksweg niet."
    >>> [m.text for m in national_compounds(text, 0, len(text), [], rijk)]
    ['rijkswetgeving']
    """
    if national is None or text.find("ijks", start, end) < 0:
        return []
    out = []
    for compound in _RIJKS.finditer(text, start, end):
        s, e = compound.span()
        if not any(m.start < e and s < m.end for m in found):
            out.append(Mention(national.entity, national.kind, s, e, compound.group()))
    return out


def _national(lexicon) -> Mention | None:  # noqa: ANN001
    """The national government ("het Rijk") as a template mention, if the lexicon has it."""
    entity = lexicon.resolve("rijksoverheid", "role")
    return None if entity is None else Mention(entity.iri, "role", 0, 0, "")


#: A rule run on the sentences holding one of its key word's positions: (positions, rule).
_Rule = tuple[list[int], Callable[[int, int, list[Mention]], list[Mention]]]


def _document_rules(doc: Document, lexicon, municipality: Entity) -> list[_Rule]:  # noqa: ANN001
    """The rules of :mod:`kg.extract.careforms` and :mod:`kg.extract.definites` the document
    needs, each with the positions of its key word (a sentence without one is not read)."""
    text = doc.text
    low = lowered(text)

    def at(word: str) -> list[int]:
        return occurrences(low, word) if low is not None else [s.start for s in doc.sentences]

    rules: list[_Rule] = []
    role, law = lexicon.resolve("GGZ", "role"), lexicon.resolve("Jeugdwet", "law")
    if (where := at("ggz")) and (role or law):
        ggz = tuple(None if e is None else Mention(e.iri, e.kind, 0, 0, "") for e in (role, law))
        rules.append((where, lambda s, e, found: care_forms(text, s, e, found, *ggz)))
    if (where := at("provincie")) and (province := province_template(lexicon, municipality)):
        rules.append((where, lambda s, e, found: own_province(text, s, e, found, province)))
    scheme = lexicon.resolve("Participatiewet", "law")
    if (where := at("uitkeringen")) and scheme is not None:
        law_mention = Mention(scheme.iri, "law", 0, 0, "")
        rules.append((where, lambda s, e, found: _benefits(text, s, e, found, law_mention)))
    # a service that sees or says something: its staff ("De schuldhulpverlening zag …")
    if where := sorted({at_ for word in staff_services() for at_ in at(word)}):
        rules.append((where, lambda s, e, found: service_voices(text, s, e, found)))
    gps = lexicon.resolve("huisartsen", "role")
    if gps is not None and at("huisarts") and (where := at("praktijk")):
        gp = Mention(gps.iri, "role", 0, 0, "")  # counted practices where GPs are named
        rules.append((where, lambda s, e, found: counted_practices(text, s, e, found, gp)))
    return rules


def _benefits(text: str, start: int, end: int, found: list[Mention], law: Mention) -> list[Mention]:
    """:func:`kg.extract.careforms.benefits` but the base of a rate ("per 100 uitkeringen")."""
    return [m for m in benefits(text, start, end, found, law) if not _rate_base(text, m.start)]


def _by_sentence(doc: Document, rules: list[_Rule]) -> dict[int, list[Callable]]:
    """The rules to run per sentence index: those whose key word the sentence holds."""
    starts = [s.start for s in doc.sentences]
    todo: dict[int, list[Callable]] = {}
    for where, rule in rules:
        for k in sorted({bisect.bisect_right(starts, pos) - 1 for pos in where} - {-1}):
            sentence = doc.sentences[k]
            todo.setdefault(sentence.index, []).append(rule)
    return todo


def find_mentions(doc: Document, lexicon, municipality: Entity) -> list[SentenceMention]:  # noqa: ANN001
    """Return every entity and problem mention of the document, in text order.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    lexicon : kg.extract.Lexicon
        The lexicon (with the document's minted names added).
    municipality : Entity
        The profile's own municipality (its name is the title).

    Returns
    -------
    list of SentenceMention
        The title mention has ``sentence`` None.
    """
    text = doc.text
    stems = law_stems(lexicon.entries)
    national = _national(lexicon)
    rules = _by_sentence(doc, _document_rules(doc, lexicon, municipality))
    youth_act = lexicon.resolve("Jeugdwet", "law")
    domain = None if youth_act is None else Mention(youth_act.iri, "law", 0, 0, "")
    point = lexicon.resolve("steunpunt mantelzorg", "role")
    support = None if point is None else Mention(point.iri, "role", 0, 0, "")
    out: list[SentenceMention] = []
    t_start, t_end = doc.title_span
    for m in lexicon.matcher.find(text, t_start, t_end):
        if m.entity == municipality.iri:
            out.append(SentenceMention(m.entity, m.kind, m.start, m.end, m.text, None))
    for sentence in doc.sentences:
        found = lexicon.matcher.find(text, sentence.start, sentence.end)
        extra = [a for m in found if (a := apposition(text, m, sentence.end)) is not None]
        services = staffed_services(text, found)
        found = found + services if services else found
        kept = [m for m in found if _keep(text, m, found)] + extra
        kept += chairs(text, sentence.start, sentence.end, found)
        kept += staff_compounds(text, sentence.start, sentence.end, found, lexicon.matcher)
        kept += elliptic_laws(text, sentence.start, sentence.end, found, stems)
        kept += national_compounds(text, sentence.start, sentence.end, found, national)
        kept += youth_domain(text, sentence.start, sentence.end, kept, domain)  # "op jeugd"
        kept += carer_support(text, sentence.start, sentence.end, kept, support)  # "het steunpunt"
        for rule in rules.get(sentence.index, ()):
            kept += rule(sentence.start, sentence.end, found)
        kept += lexicon.problem_matcher.find(text, sentence.start, sentence.end)
        labels = key_labels(text, sentence.start, sentence.end, kept)  # "Inwoners (2015): …"
        out += [
            SentenceMention(m.entity, m.kind, m.start, m.end, m.text, sentence.index)
            for m in kept
            if (m.start, m.end) not in labels
        ]
    out.sort(key=lambda m: (m.start, m.end, m.entity))
    general = lexicon.resolve("aanbieders", "role")
    youth = lexicon.resolve("jeugdhulpaanbieders", "role")
    if general is not None and youth is not None:  # "aanbieders" in a section on youth care
        out = youth_providers(doc, out, general.iri, youth.iri)
    insurers, office = (
        lexicon.resolve("zorgkantoor", "role"),
        lexicon.resolve("Wlz-zorgkantoor", "role"),
    )
    if insurers is not None and office is not None and text.find("zorgkantoor") >= 0:
        out = care_offices(text, out, insurers.iri, office.iri)  # "het zorgkantoor"
    return out


#: The staff and board nouns (:func:`drop_type_nouns`).
_STAFF_OR_BOARD = STAFF_NOUNS | BOARD_NOUNS


def drop_type_nouns(text: str, mentions: list[SentenceMention]) -> list[SentenceMention]:
    """Drop a role noun that stands as the type of the name right after it.

    In "Woningcorporatie Viverion" or "Zorgverzekeraar Menzis" the noun says what
    the named organisation is; the mention is the organisation's, not the group's.
    A plural ("de woningcorporaties X en Y") still names the group of which the
    names are members. A staff or board noun before "van" and a named organisation ("een
    medewerker van Salut", "een bestuurder van Salut") is the organisation's staff or board,
    mentioned as the organisation.

    Examples
    --------
    >>> text = "Woningcorporatie Viverion wijst erop."
    >>> role = SentenceMention("role/housing", "role", 0, 16, "Woningcorporatie", 0)
    >>> org = SentenceMention("organisation/viverion", "organisation", 17, 25, "Viverion", 0)
    >>> [m.text for m in drop_type_nouns(text, [role, org])]
    ['Viverion']
    >>> text = "woningcorporaties Viverion en Domijn"
    >>> role = SentenceMention("role/housing", "role", 0, 17, "woningcorporaties", 0)
    >>> org = SentenceMention("organisation/viverion", "organisation", 18, 26, "Viverion", 0)
    >>> [m.text for m in drop_type_nouns(text, [role, org])]
    ['woningcorporaties', 'Viverion']
    >>> text = "een medewerker van Salut"
    >>> role = SentenceMention("role/civil-servants", "role", 4, 14, "medewerker", 0)
    >>> org = SentenceMention("organisation/salut", "organisation", 19, 24, "Salut", 0)
    >>> [m.text for m in drop_type_nouns(text, [role, org])]
    ['Salut']
    """
    from kg.extract.mentions import singular

    starts = {m.start for m in mentions if m.kind in {"organisation", "body"}}

    def typed(m: SentenceMention) -> bool:
        if m.kind != "role" or text[m.end : m.end + 1] != " " or m.end + 1 not in starts:
            return False
        return singular(m.text) == m.text.lower()  # a plural introduces a list of members

    def staff(m: SentenceMention) -> bool:  # "een medewerker van Salut": Salut's staff
        if m.kind != "role" or m.text.lower() not in _STAFF_OR_BOARD:
            return False
        return any(at in starts for at in _after_of(text, m.end))

    return [m for m in mentions if not typed(m) and not staff(m)]
