"""Relations between organisations, from general Dutch phrasing.

Each rule is a phrase of Dutch public-administration prose, not of one profile:

- cooperates-with: "werkt samen met", "samenwerking met", "samengewerkt met",
  "trekt op met", "Met X wordt samengewerkt / is afgesproken", "Met X verloopt de
  samenwerking …", "Met A en B koopt X … in",
  "heeft met X afgesproken", "afspraken (gemaakt) met X", "een convenant met X", "samen met
  een medewerker van X" (staff stand for their organisation), "de gemeente" as
  the partner of a named subject, and support given by another party ("X heeft
  steun gegeven", "ondersteund door X"), "werkt met X samen", "een
  gezamenlijke … met X", "met X een convenant gesloten", "afgestemd met X",
  "partner van X", a team "gevormd door / bestaat uit medewerkers van X";
- member-of: "maakt (met A, B) deel uit van", "deel uitmaakt van", "neemt deel
  aan", "is aangesloten bij", "is lid van", "behoort tot", "valt onder",
  "participeert in", "De regio is X", "in de regio X" after a cooperation verb
  (the partners of "werkt samen met A en B in de regio X" too), "partner in X",
  and a body introduced as "X, de intergemeentelijke / gemeenschappelijke …";
- member-of also: "is onderdeel van", "hoort bij", "valt binnen", "een van de
  gemeenten van", "werken samen in X" (every coordinated party), "is met A en B
  aangesloten bij" (A and B too), "is bij X aangesloten", "is aandeelhouder
  van X", "participeert met A in X", "In X werken A en B samen", "Binnen X
  werkt A samen met B"; group-side phrasing ("X bestaat uit", "Tot X behoren",
  "A vormt samen met B X", "X, waartoe …") is in :mod:`kg.extract.grouplists`,
  as is lead-municipality;
- executes-for (subject: the executor): "voert … uit voor Y (, Z en de
  gemeente)", "voert … uit voor de gemeenten A en B", "(dat) voor Y …
  uitvoert", "uitvoert voor Y", "verzorgt … voor Y", "is belegd bij X", "bij X
  ondergebracht", "de uitvoering ligt bij / is in handen van X", "uitbesteed
  aan X", "verzorgd door X", "in opdracht van Y", "overgedragen / gedelegeerd
  aan X", "heeft X opdracht gegeven", "bij X neergelegd", "in handen gegeven
  van X", "laat … over aan X", "gegund aan X", "door X uitgevoerd", "X werkt
  voor (de gemeenten) A en B", "voor alle gemeenten in (de regio) X";
- purchases-via: "koopt … in via / bij X", "inkoop via X", "ingekocht via X",
  "Via X koopt …", "de inkoop loopt / gebeurt via X", "de inkoop …, die via X loopt",
  "de inkoop wordt gedaan door X", "X koopt … in voor Y" (Y via X);
- lead-municipality (subject: the region or body): "X is centrumgemeente voor
  R", "met X als centrumgemeente", "met centrumgemeente X";
- depends-on: "is afhankelijk van X", "is aangewezen op X", "leunt op X";
  borders-on: "grenst (in het oosten) aan X", "aan X grenst", "de grens met
  X", "(een) buurgemeente (van) X", "ligt / ingeklemd tussen A en B" (and "met haar twee
  buren" then works with both: :mod:`kg.extract.neighbourpartners`); compares-with (municipalities
  only): "gekeken naar", "kijkt naar", "vergeleken met", "in vergelijking met";
- related-organisation, as a fallback for an organisation that no other rule
  relates to the profile's municipality: named as the source of money
  ("uitkering uit", "bijdrage", "subsidie", "gesubsidieerd") or as an employer ("trekt … aan",
  "werkgever", "arbeidsplaatsen").

Relations stated around a group, a list or a relative clause ("X, waarmee de
gemeente samenwerkt") are in :mod:`kg.extract.jointwork`; forms whose parties do
not stand on the two sides of one cue ("In opdracht van de gemeente verzorgt X",
"X is een partner", "de samenwerking tussen A en B", "X voert de Wmo uit", an
ended relation) in :mod:`kg.extract.relationforms`.

A coordinated list gives one relation per member, on either side ("A, B en C
maken deel uit van X"), also when a colon opens it ("werkt samen met de volgende
partijen: A, B en C"). "de regio", "die gemeenschappelijke regeling" after a
cue is the group named last (in the paragraph, else the document; a region
named only by its adjective counts); "voor de hele regio" after an executor
is the region in the executor's own name when there is one ("de GGD X, die …
voor de hele regio uitvoert": region X). A negation in the clause
before the cue ("werkt niet samen met", "niet langer") gives no relation; a contrast
after it names the party that does ("maakt geen deel uit van G, maar van H":
:mod:`kg.extract.relationobjects`). The subject is the party named before the cue
outside a prepositional phrase ("Venlo voert …", "koopt Venray in via"), else
the profile's municipality ("de gemeente", "zij", a passive).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from kg.document import Document
from kg.document import Sentence as _DocSentence
from kg.extract.apposednames import without_descriptions
from kg.extract.apposedneighbours import apposed_neighbours
from kg.extract.apposedneighbours import gate as neighbour_in
from kg.extract.areamembers import area_groups
from kg.extract.areamembers import gate as area_groups_in
from kg.extract.bothserved import both_in, both_served
from kg.extract.consultingpartners import consultations
from kg.extract.coordinatedpartners import coordinated_partners
from kg.extract.cuerelations import Add, cue_relations
from kg.extract.groupedneighbours import grouped_neighbours
from kg.extract.grouplists import form_relations, lead_relations, membership_lists
from kg.extract.groupsubjects import joint_group_relations
from kg.extract.jointdesks import DESKS, desk_members
from kg.extract.jointwork import NEGATION as _NEGATION
from kg.extract.jointwork import anaphor_relations, relative_relations
from kg.extract.managedfacilities import gate as managing_in
from kg.extract.managedfacilities import managed_facilities
from kg.extract.model import Extraction, Relation, SentenceMention
from kg.extract.neighbourpartners import neighbour_partners
from kg.extract.prefixscan import search
from kg.extract.relationalone import alone_dependence
from kg.extract.relationareas import area_memberships
from kg.extract.relationduties import duty_holders, load_duties
from kg.extract.relationfallback import money_or_work, unrelated
from kg.extract.relationforms import adverb_relations, falls_under, group_anaphors
from kg.extract.relationfounding import founded_together
from kg.extract.relationfounding import gate as founding_in
from kg.extract.relationgaps import gapped_orientation, gapped_partners
from kg.extract.relationheadings import heading_sources
from kg.extract.relationlabels import label_relations
from kg.extract.relationlatedata import late_data
from kg.extract.relationleads import lead_for_area
from kg.extract.relationmembers import (
    bought_on_behalf,
    enclosed_members,
    listed_in,
    listed_members,
    named_members,
    on_behalf,
)
from kg.extract.relationobjects import bought_by_contract, kind_objects
from kg.extract.relationparties import attributive, mention_spans, parties_by_sentence
from kg.extract.relationpast import ended_in, past_clause
from kg.extract.relationpeople import (
    bought_together,
    clients_in,
    clients_of,
    judged_cooperation,
    together_in,
    together_they,
)
from kg.extract.relationsayings import stated_figures
from kg.extract.relationsentence import CLAUSE_OPEN as _CLAUSE_OPEN
from kg.extract.relationsentence import Sentence as _Sentence
from kg.extract.relationshelter import sheltered_by
from kg.extract.relationsources import (
    amounts_by_sentence,
    own_account,
    role_sources,
    source_roles,
)
from kg.extract.relationstaffing import staffed, staffing_verb
from kg.extract.relationwherein import gate as wherein_in
from kg.extract.relationwherein import wherein_partners
from kg.extract.sharedbodies import gate as sharing_in
from kg.extract.sharedbodies import shared_bodies
from kg.extract.shortlines import has_lines, short_line_partners
from kg.extract.shortlines import in_document as lines_in
from kg.extract.sourceheadings import gate as headings_in
from kg.extract.statedlinks import links as stated_links
from kg.extract.statedlinks import unnamed_parties
from kg.extract.teamstaff import gate as team_staff_in
from kg.extract.teamstaff import staffed_team
from kg.extract.wordtokens import lowered
from kg.vocab import as_relation_type

_F = re.IGNORECASE
_WITH_FRONT = re.compile(
    # "Met X verloopt / loopt / gaat de samenwerking goed": the cooperation is the subject
    r"^\s*Met\b(?P<obj>[^;.]+?)\b(?:(?:is|zijn|wordt|worden|werd|werden|heeft|hebben|had|hadden"
    r"|verloopt|verliep|loopt|liep|gaat|ging)"
    r"\b[^;.]*?\b(?:samengewerkt|afgesproken|\w*afspra\w*|\w*convenant\w*|\w*overeenkomst\w*"
    r"|\w*contract\w*|overleg\w*|samenwerking\w*)|(?:deelt|delen|deelde|deelden)"
    # "Met A en B trekt de gemeente op (in …)"
    r"|(?:trekt|trekken|trok|trokken)\b[^;.]*?\bop"
    # "Met A en B overlegt de gemeente (over …)": consulting is cooperation
    r"|(?:overlegt|overleggen|overlegde|overlegden)"
    # "Met A en B koopt de gemeente de jeugdhulp in": buying together is cooperation
    r"|(?:koopt|kopen|kocht|kochten)\b[^;.]*?\bin(?=\s*[,.;]|\s+(?:via|bij|in)\b))\b"
)
_REGION_IS = re.compile(r"\b(?:de|onze)\s+regio\s+(?:is|heet)\s+$", _F)
_SHARED_BODY = re.compile(
    r"^,\s+(?:de|het|onze|ons)\s+(?:intergemeentelijke?|gemeenschappelijke?)\b", _F
)
_SHARED_BEFORE = re.compile(r"\b(?:gemeenschappelijke\s+regeling|samenwerkingsverband)\s+$", _F)
_GROUP_WORD = re.compile(r"\b(?:regio|gemeenschappelijke\s+regeling|samenwerkingsverband)\b", _F)


def _group_relations(sen: _Sentence, add: Add) -> None:
    """member-of from "De regio is X", "met X wordt samengewerkt", "X, de intergemeentelijke …",
    "de gemeenschappelijke regeling / het samenwerkingsverband X"."""
    text = sen.text
    for p in sen.parties:
        if p.kind == "region" and _REGION_IS.search(text, sen.clause_start(p.start), p.start):
            add("member-of", sen.subject(sen.clause_start(p.start), p.start), p.entity)
        before = _SHARED_BEFORE.search(text, max(sen.start, p.start - 40), p.start)
        if p.kind == "body" and (before or _SHARED_BODY.match(text[p.end : p.end + 40])):
            add("member-of", sen.own, p.entity)
    front = _WITH_FRONT.match(text[sen.start : sen.end])
    if front and not _NEGATION.search(front.group(0)):
        a = sen.start + front.start("obj")
        kind = "purchases-via" if bought_by_contract(front.group(0)) else "cooperates-with"
        for p in kind_objects("cooperates-with", sen.between(a, sen.start + front.end("obj"))):
            add(kind, sen.own, p.entity)


def _sentence_rules(
    sen: _Sentence, add: Add, adjectival: list[SentenceMention], extra: list[Callable]
) -> None:
    """Every rule that reads one sentence; ``adjectival`` holds the regions it names by
    their adjective, ``extra`` the rules whose words the document holds (:func:`_extra`)."""
    cue_relations(sen, add)
    lead_relations(sen, add)
    _group_relations(sen, add)
    anaphor_relations(sen, add)
    relative_relations(sen, add)
    membership_lists(sen, add)
    form_relations(sen, add)
    adverb_relations(sen, add)
    lead_for_area(sen, add)
    falls_under(sen, add)
    joint_group_relations(sen, sen.parties + adjectival, add)
    label_relations(sen, add)  # "Jeugdgezondheidszorg: GGD X", "… 41% (GGD X, 2016)"
    gapped_partners(sen, add)  # "werkt voor A samen met B en voor C met D"
    if sen.text.find(", die van ", sen.start, sen.end) >= 0:  # "…, die van B op C"
        gapped_orientation(sen, add)
    if sen.parties and (
        sen.text.find("samenwerk", sen.start, sen.end) >= 0
        or sen.text.find("overleg", sen.start, sen.end) >= 0
    ):  # "dat A en B samenwerken", "De gemeente en X overleggen maandelijks"
        coordinated_partners(sen, add)
    if sen.text.find("alleen", sen.start, sen.end) >= 0:  # "had het nooit alleen kunnen doen"
        for link in alone_dependence(sen):
            add(*link)
    for rule in extra:
        rule(sen, add)


def _extra(text: str, extraction: Extraction) -> list[Callable]:
    """The rules of :mod:`kg.extract.relationmembers` and :mod:`kg.extract.relationpeople`
    a document may need, each chosen once by the words it must hold."""
    low = lowered(text) or text.lower()
    rules: list[Callable] = []
    if listed_in(low):  # "De deelnemende gemeenten zijn A, B en C"
        rules.append(listed_members)
    if any(e.kind == "body" for e in extraction.entities.values()) and " van " in text:
        rules.append(named_members)  # "de ISD van A en B"
    if "gemeenten" in low:  # "X, dat namens de acht gemeenten …", "voor de zes gemeenten"
        rules.append(on_behalf)
    if both_in(low):  # "Beverwijk, dat de contracten namens beide gemeenten beheert"
        rules.append(both_served)
    if area_groups_in(low):  # "ingekocht voor de negen gemeenten van de regio X"
        rules.append(area_groups)
    if wherein_in(low):  # "de regio X, waarin A, B en C samenwerken"
        rules.append(wherein_partners)
    if "omvat" in low:  # "dat de regeling A en B omvat"
        rules.append(enclosed_members)
    if founding_in(low):  # "richtte met A en B de G op"
        rules.append(founded_together)
    if team_staff_in(low):  # "een jeugdteam, met medewerkers van A en B"
        rules.append(staffed_team)
    if managing_in(low):  # "X, die het steunpunt mantelzorg beheert"
        rules.append(managed_facilities)
    if "samenwerking" in low:  # "X is over de samenwerking positief"
        rules.append(judged_cooperation)
    if together_in(text):  # "Samen kopen zij …"
        rules.append(together_they)
    if sharing_in(low):  # "Met A en B deelt X de Servicedienst Y"
        rules.append(_shared)
    if headings_in(low):  # "Uit de gesprekken met Stichting X:"

        def headings(sen: _Sentence, add: Add) -> None:
            for link in heading_sources(sen):
                add(*link)

        rules.append(headings)
    if neighbour_in(low):  # "Met A, de buurgemeente aan de overkant, …"

        def neighbours(sen: _Sentence, add: Add) -> None:
            for link in [*apposed_neighbours(sen), *grouped_neighbours(sen)]:
                add(*link)  # "A en B, onze buurgemeenten" too

        rules.append(neighbours)
    desk_ends = tuple(DESKS)
    desks = [m for m in extraction.mentions if m.entity.endswith(desk_ends)]
    if desks:  # "Met het UWV werkt X samen in het werkgeversservicepunt"

        def in_desk(sen: _Sentence, add: Add) -> None:
            here = [m for m in desks if sen.start <= m.start < sen.end]
            for link in desk_members(sen.text, (sen.start, sen.end), here, sen.parties, sen.own):
                add(*link)

        rules.append(in_desk)
    if clients_in(low):  # "de cliënten van X": X serves the municipality

        def serving(sen: _Sentence, add: Add) -> None:
            sen.implicit += clients_of(sen)

        rules.append(serving)
    return rules


def _shared(sen: _Sentence, add: Add) -> None:
    """member-of for each party sharing a named body ("A, B en C delen Y"); only a
    sentence naming a body is read."""
    if any(p.kind == "body" for p in sen.parties):
        for link in shared_bodies(sen):
            add(*link)


def extract_relations(doc: Document, extraction: Extraction) -> list[Relation]:
    """Return the typed relations between organisations stated in the text.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    extraction : Extraction
        Holds the mentions and the profile's municipality.

    Returns
    -------
    list of Relation
        Unique by (type, subject, object), first evidence kept, in text order.
    """
    own = extraction.municipality.iri
    labels = {iri: e.label for iri, e in extraction.entities.items()}
    extra = _extra(doc.text, extraction)  # the rules the document's words call for
    named = without_descriptions(doc.text, extraction.mentions)  # "X, de …": X is the party
    by_sentence, adjectival = parties_by_sentence(doc.text, named, labels)
    unnamed = unnamed_parties(doc, extraction.mentions)  # actor groups, rulings of no one
    figures_at = _figures_at(extraction)
    sourced = _source_groups(extraction)  # "volgens de GGD", "De GGD schat", "X meldt dat …"
    cities = _city_adjectives(doc.text, extraction.mentions)  # "in de Rotterdamse haven"
    covered = mention_spans(extraction.mentions)  # of any kind, for an acronym subject
    relations: dict[tuple[str, str, str], Relation] = {}
    fallback: list[tuple[str, tuple[int, int, int]]] = []
    implicit: list[tuple[str, tuple[int, int, int]]] = []
    earlier: list[SentenceMention] = []
    previous: list[SentenceMention] = []
    sheltered: list[tuple[str, str, int]] = []  # shelter elsewhere: no orientation
    low = lowered(doc.text) or doc.text.lower()  # the document's lower case, kept once
    lined = _by_sentence(extraction.mentions) if lines_in(low) else {}
    consulted = consultations(doc, extraction.mentions, own)  # "A en B overleggen wekelijks"
    loud = adjectival.keys() | unnamed.keys() | sourced[0].keys() | cities.keys() | consulted.keys()
    paragraph = None
    for sentence in doc.sentences:
        here = (sentence.section, sentence.paragraph)
        if here != paragraph:
            paragraph, previous, earlier = here, previous + earlier, []
        parties = by_sentence.get(sentence.index, [])
        refers_back = previous and search(_GROUP_WORD, doc.text, sentence.start, sentence.end)
        lines = sentence.index in lined and has_lines(doc.text, sentence.start, sentence.end)
        quiet = not lines and sentence.index not in loud
        if not parties and not earlier and not refers_back and quiet:
            continue  # nothing named, and no "de regio" that refers back
        span = (sentence.start, sentence.end, sentence.index)

        def add(kind: str, subject: str, obj: str, span: tuple[int, int, int] = span) -> None:
            if subject != obj and subject and obj:  # an unknown party ("") relates nothing
                relations.setdefault(
                    (kind, subject, obj), Relation(as_relation_type(kind), subject, obj, *span)
                )

        sen = _read(doc.text, sentence, parties, own, (earlier, previous), covered)
        past = past_clause(doc.text, sentence.start, sentence.end)  # "Tot 2015 voerde A …"
        known = set(relations) if past else ()
        _sentence_rules(sen, add, adjectival.get(sentence.index, []), extra)
        _office_members(doc.text, sen, relations, add)  # "via X, samen met B", "namens tien"
        sheltered += sheltered_by(sen, add, relations)  # and no lead borrowed for them
        for link in consulted.get(sentence.index, ()):
            add(*link)
        if lines:  # "korte lijnen met de huisartsen"
            _lines(doc.text, sentence, lined[sentence.index], own, add)
        roles = (unnamed.get(sentence.index, []), cities.get(sentence.index, []))  # and cities
        _stated(doc.text, sen, roles, figures_at.get(sentence.index, ()), add)
        _sourced(doc.text, sen, [one.get(sentence.index, ()) for one in sourced], add)
        if past:
            _drop_past(sen, past, relations, known)
        earlier = earlier + sorted(
            parties + adjectival.get(sentence.index, []), key=lambda p: p.start
        )
        fallback += [(org, span) for org in _money_or_work(sen, past)]
        implicit += [(org, span) for org in sen.implicit]
    neighbour_partners(doc.text, doc.sentences, relations, own)  # "met haar twee buren"
    unrelated(relations, own, implicit, fallback)
    kept = area_memberships(
        _bought(relations, set(sheltered), own), doc.text, extraction.entities, extraction.mentions
    )
    return sorted(kept, key=lambda r: (r.start, r.type, r.subject, r.object))


def _city_adjectives(text: str, mentions: Sequence[SentenceMention]) -> dict[int, list]:
    """The municipalities each sentence names by their adjective ("de Rotterdamse haven"): a
    place in that municipality, where inhabitants may work or go to school."""
    out: dict[int, list] = {}
    for m in mentions:
        if m.kind == "municipality" and m.sentence is not None and attributive(text, m):
            out.setdefault(m.sentence, []).append(m)
    return out


def _source_groups(extraction: Extraction) -> tuple[dict, dict, dict]:
    """The source groups by sentence (the GGD by its function: :mod:`kg.extract.relationsources`),
    the amounts the indicators read by sentence, and those amounts with durations included."""
    return (
        source_roles(extraction.mentions),
        amounts_by_sentence(extraction.indicators),
        _amount_spans(extraction),
    )


def _sourced(text: str, sen: _Sentence, sourced: list, add: Add) -> None:
    """reports-on from the sentence's source groups ("volgens de GGD" with a figure), from a
    party that gives a figure by its own account ("plaatste volgens eigen opgave 140 …") and
    from a party that says that a figure ("De corporatie X meldt dat 300 …"): ``sourced``
    holds the sentence's groups, its amounts and its amounts with durations."""
    groups, amounts, spans = sourced
    for link in role_sources(text, sen.start, sen.end, groups, sen.own, amounts):
        add(*link)
    piece = text[sen.start : sen.end]
    # "X meldt dat …", "X beaamt dat: ‘…", "‘…’, zegt een woonconsulent van X"
    if sen.parties and (" dat " in piece or " dat:" in piece or "’," in piece or "”," in piece):
        for link in stated_figures(text, sen.start, sen.end, sen.parties, sen.own, spans):
            add(*link)
    if sen.parties and "eigen " in text[sen.start : sen.end]:  # a duration too ("negen jaar")
        for link in own_account(text, sen.start, sen.end, sen.parties, sen.own, spans):
            add(*link)


def _office_members(text: str, sen: _Sentence, relations: dict, add: Add) -> None:
    """member-of an office the sentence buys through or does a task via, for the buyer and
    its partners ("Via X koopt A in, samen met B en C", "A voert … uit via X, samen met B")
    and for the municipality where the office acts for a number of municipalities ("ingekocht
    via X, die namens tien gemeenten …")."""
    piece = text[sen.start : sen.end]
    together, behalf = "samen met" in piece, "gemeenten" in piece
    if not (together or behalf):
        return  # most sentences: the relations found so far are not read
    here = [(kind, s, o) for (kind, s, o), r in relations.items() if r.start == sen.start]
    if together:
        bought = [(s, o) for kind, s, o in here if kind == "purchases-via"]
        bought += [
            (o, s)
            for kind, s, o in here
            if kind == "executes-for" and _via(text, sen.start, sen.parties, s)
        ]
        bought_together(sen, bought, add)
    offices = [o for kind, s, o in here if kind == "purchases-via" and s == sen.own]
    if offices and behalf:
        bought_on_behalf(sen, offices, add)


#: "via" right before a party: the office a task is done through.
_VIA = re.compile(r"\bvia\s+(?:de\s+|het\s+)?$", re.IGNORECASE)


def _via(text: str, start: int, parties: list[SentenceMention], entity: str) -> bool:
    """Whether the party ``entity`` of the sentence at ``start`` stands right after "via".

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> text = "A voert het uit via het Werkplein B."
    >>> _via(text, 0, [M("b/w", "body", 24, 35, "Werkplein B", 0)], "b/w")
    True
    """
    return any(
        p.entity == entity and _VIA.search(text, max(start, p.start - 12), p.start) for p in parties
    )


def _lines(text: str, sentence, mentions: list[SentenceMention], own: str, add: Callable) -> None:
    """cooperates-with the partners of short lines (:mod:`kg.extract.shortlines`)."""
    for partner in short_line_partners(text, sentence.start, sentence.end, mentions, own):
        add("cooperates-with", own, partner)


def _by_sentence(mentions: Sequence[SentenceMention]) -> dict[int, list[SentenceMention]]:
    """The mentions of each sentence, in text order."""
    out: dict[int, list[SentenceMention]] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if m.sentence is not None:
            out.setdefault(m.sentence, []).append(m)
    return out


def _amount_spans(extraction: Extraction) -> dict[int, list[tuple[int, int]]]:
    """The spans of all amounts the indicators read, durations included, by sentence."""
    out: dict[int, list[tuple[int, int]]] = {}
    for ind in extraction.indicators:
        if ind.sentence is not None:
            out.setdefault(ind.sentence, []).append((ind.start, ind.end))
    return out


def _figures_at(extraction: Extraction) -> dict[int, list[tuple[int, int]]]:
    """The spans of the figures the indicators read (of a measure, or a level or change),
    by sentence."""
    figures_at: dict[int, list[tuple[int, int]]] = {}
    for ind in extraction.indicators:
        if ind.measure is not None or ind.comparison is not None:
            figures_at.setdefault(ind.sentence, []).append((ind.start, ind.end))
    return figures_at


def _read(
    text: str,
    sentence: _DocSentence,
    parties: list[SentenceMention],
    own: str,
    before: tuple[list[SentenceMention], list[SentenceMention]],
    covered: dict[int, list[tuple[int, int]]],
) -> _Sentence:
    """The sentence as the rules read it, with the parties named ``before`` it (earlier in
    its paragraph, in the paragraphs before) and the group its "die regio" refers to."""
    sen = _Sentence(text, sentence.start, sentence.end, parties, own, before[0])
    sen.previous, sen.covered = before[1], covered.get(sentence.index, [])
    back = group_anaphors(sen)  # "die regio": the group named last, as a party here
    if back:
        sen.parties = sorted(parties + back, key=lambda p: (p.start, p.end))
    return sen


def _stated(
    text: str,
    sen: _Sentence,
    groups: tuple[Sequence[SentenceMention], Sequence[SentenceMention]],
    figures: Sequence[tuple[int, int]],
    add: Add,
) -> None:
    """The relations a sentence states outside the cue phrases: its stated links
    (:mod:`kg.extract.statedlinks`; ``groups`` holds its actor groups and the municipalities
    it names by their adjective, read for orientation only), the tasks its parties do by law,
    a desk's staff."""
    own = sen.own
    roles, cities = groups  # actor groups: a source, an orientation, a court's rulings
    for kind, subject, obj in stated_links(
        text, sen.start, sen.end, sen.parties, own, roles, figures
    ):
        if kind != "reports-on" or not late_data(text[sen.start : sen.end]):
            add(kind, subject, obj)  # data named only as late report nothing
    for kind, subject, obj in stated_links(text, sen.start, sen.end, cities, own) if cities else ():
        if kind == "oriented-towards":  # "Veel inwoners werken in de Rotterdamse haven"
            add(kind, subject, obj)
    # "de uitbetaling via de SVB", also judged ("kreeg de betalingen niet op orde"): a
    # task the party does for every municipality by law
    for holder in duty_holders(
        text, sen.start, sen.end, [p.entity for p in sen.parties], load_duties()
    ):
        add("executes-for", holder, own)
    verb = staffing_verb(text, sen.start, sen.end)
    if verb >= 0:  # "het Werkplein X wordt met het UWV bemand", "het UWV, dat … bemant"
        cs = sen.clause_start(verb)  # "het UWV, dat …": the antecedent staffs it
        subject = sen.relative_antecedent(cs) or sen.subject(cs, verb)
        staffers = staffed(text, sen.start, sen.end, sen.parties, own, subject)
        for member, desk in staffers:
            add("member-of", member, desk)
        for member, _ in staffers[1:]:  # who staffs it with whom works with them
            if staffers[0][0] != own:
                add("cooperates-with", staffers[0][0], member)


def _money_or_work(sen: _Sentence, past: tuple[int, int] | None) -> list[str]:
    """The organisations named as a source of money or as an employer, for the fallback,
    without those named only in the sentence's clause about the past."""
    return [
        org
        for org in money_or_work(sen, _CLAUSE_OPEN)
        if not (past and ended_in(past, sen.parties, (org,)))
    ]


def _drop_past(sen: _Sentence, past: tuple[int, int], relations: dict, known: set | tuple) -> None:
    """Drop the relations this sentence added whose parties it names only in its clause
    about the past (:func:`kg.extract.relationpast.past_clause`), and the parties of that
    clause from the ones done for the municipality when nothing else relates them. A
    membership stays: the findings read the municipality's own bodies from it, and a body it
    belonged to is still one its profile speaks about."""
    for key in [k for k in relations if k not in known]:
        if key[0] != "member-of" and ended_in(past, sen.parties, key[1:]):
            del relations[key]
    sen.implicit = [o for o in sen.implicit if not ended_in(past, sen.parties, (o,))]


def _bought(
    relations: dict[tuple[str, str, str], Relation],
    sheltered: set[tuple[str, str, int]],
    own: str = "",
) -> list[Relation]:
    """The relations, without X executing for A where the same sentence says A buys via
    X ("De inkoop is belegd bij X", "A voert de inkoop uit via X"): purchasing is the
    relation the sentence states; nor A depending on a place its inhabitants turn to.
    ``cooperates-with`` is symmetric: with the profile's municipality ``own`` as a party,
    it is the subject, whichever party the sentence makes its grammatical subject ("De
    corporatie heeft met de gemeente afgesproken"; tests/gold/README.md, thirty-fourth
    session, decision 9)."""
    for kind, s, o in [k for k in relations if k[0] == "cooperates-with" and k[2] == own]:
        r = relations.pop((kind, s, o))
        relations.setdefault((kind, own, s), replace(r, subject=own, object=s))
    bought = {(s, o, r.start) for (kind, s, o), r in relations.items() if kind == "purchases-via"}
    # inhabitants relying on a place for care ("zijn aangewezen op X") turn to it: the
    # orientation is what the sentence states, not a dependence of the municipality
    turned = {
        (s, o, r.start) for (kind, s, o), r in relations.items() if kind == "oriented-towards"
    } - sheltered  # shelter elsewhere is a dependence (:mod:`kg.extract.relationshelter`)
    return [
        r
        for (kind, s, o), r in relations.items()
        if not (kind == "executes-for" and (o, s, r.start) in bought)
        and not (kind == "depends-on" and (s, o, r.start) in turned)
        and not (kind == "oriented-towards" and (s, o, r.start) in sheltered)
    ]
