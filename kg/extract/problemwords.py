"""Problem words that name something other than a problem the claim raises.

Each reads the words around one problem mention (a
:class:`kg.extract.model.SentenceMention` of kind "problem") in the document text:
the verb of buying care before "via" and a named body (:func:`bought_via`: a channel,
no tendering question), one bare item of a list of fields that holds a law
(:func:`field_of_law`), the field after an organisational unit's type noun
(:func:`unit_name`: "het team schuldhulpverlening"), and one item of what a report lists
(:func:`listed_measure`). :func:`kg.extract.deniedproblems.denied` takes such problems
out of a claim's concerns.
"""

from __future__ import annotations

import re

from kg.extract.reportwords import REPORT_NOUNS, REPORT_PATTERN

__all__ = ["bought_via", "field_of_law", "listed_measure", "unit_name"]


#: A verb of buying care and "via" with an article: the channel follows ("wordt ingekocht
#: via het Inkoopbureau Jeugd X", "koopt de jeugdhulp in via Sociaal Domein X").
_VIA = re.compile(r"(?:\s+in)?\s+via\s+(?:het\s+|de\s+)?", re.IGNORECASE)
#: The buying words a channel sentence uses (lower case).
_BUYING = ("ingekocht", "inkopen", "inkoopt", "koopt", "kopen", "kocht", "kochten")
#: Kinds of mentions that name a buyer.
_BUYERS = frozenset({"body", "organisation", "municipality", "region"})


def bought_via(text: str, mention, mentions) -> bool:  # noqa: ANN001
    """Whether the problem word ``mention`` is the verb of buying care followed by "via" and
    a named body ("De jeugdhulp wordt ingekocht via het Inkoopbureau Jeugd X"): the claim
    names the channel through which care is bought, an arrangement, and discusses no
    question of tendering or procurement (gold decision 7 of the twenty-seventh session).
    Buying through something that is no body ("via de Twentse raamcontracten") stays.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> s = "De jeugdhulp wordt ingekocht via het Inkoopbureau Jeugd X."
    >>> buy = M("p/tender", "problem", s.index("ingekocht"), s.index(" via"), "ingekocht", 0)
    >>> body = M("b/x", "body", s.index("Inkoopbureau"), len(s) - 1, "Inkoopbureau Jeugd X", 0)
    >>> bought_via(s, buy, [buy, body])
    True
    >>> s = "De begeleiding wordt ingekocht via de raamcontracten van de regio."
    >>> buy = M("p/tender", "problem", s.index("ingekocht"), s.index(" via"), "ingekocht", 0)
    >>> bought_via(s, buy, [buy])
    False
    """
    if mention.text.lower() not in _BUYING:
        return False
    found = _VIA.match(text, mention.end)
    if found is None:
        return False
    return any(m.start == found.end() and m.kind in _BUYERS for m in mentions)


#: What joins two bare items of a list: a comma, "en" or "of" (no article after it).
_JOIN = re.compile(r",\s*|\s+(?:en|of)\s+")


def field_of_law(text: str, mention, mentions) -> bool:  # noqa: ANN001
    """Whether the problem word ``mention`` is one bare item of a list of fields that holds
    a law ("de toegang tot Wmo, jeugdhulp en schuldhulp", "zoals schuldhulpverlening,
    specialistische jeugdzorg en passend onderwijs"): the list names the fields of work
    the municipality organises, so the word names a service next to the laws' services,
    not the problem (debts, a gap) the claim discusses.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> s = "De toegang tot Wmo, jeugdhulp en schuldhulp loopt via de teams."
    >>> law = M("l/jeugdwet", "law", s.index("jeugdhulp"), s.index(" en "), "jeugdhulp", 0)
    >>> debt = M("p/debts", "problem", s.index("schuld"), s.index(" loopt"), "schuldhulp", 0)
    >>> field_of_law(s, debt, [law, debt])
    True
    >>> s = "De jeugdhulp en de schulden van gezinnen groeien."
    >>> law = M("l/jeugdwet", "law", 3, 12, "jeugdhulp", 0)
    >>> debt = M("p/debts", "problem", s.index("schulden"), s.index(" van"), "schulden", 0)
    >>> field_of_law(s, debt, [law, debt])
    False
    >>> s = "Gezinnen met schulden en jeugdhulp krijgen één regisseur."  # two of a family's
    >>> debt = M("p/debts", "problem", 13, 21, "schulden", 0)
    >>> field_of_law(s, debt, [M("l/jeugdwet", "law", 25, 34, "jeugdhulp", 0), debt])
    False
    """
    for other in mentions:
        if other.kind != "law":
            continue
        first, second = (other, mention) if other.end <= mention.start else (mention, other)
        if first.end > second.start:
            continue
        between = text[first.end : second.start]
        if len(between) <= 5 and _JOIN.fullmatch(between):
            # a list of three or more: a comma joins them or stands before the first
            # ("met schulden en jeugdhulp" may be two things a family has)
            return "," in between or text[max(0, first.start - 2) : first.start] == ", "
    return False


#: Type nouns of an organisational unit named by its field, the field right after it
#: without an article or preposition ("het team schuldhulpverlening", "de afdeling
#: inkoop", "het loket armoedebestrijding", "consulenten schuldhulp"); also the points of
#: support and report a service is named after ("het Steunpunt Mantelzorg", "meldpunt
#: schulden": Van Dale steunpunt, "centrum van hulp en informatie").
_UNIT = re.compile(
    r"\b(?:team|teams|afdeling|afdelingen|loket|unit|bureau|cluster|sector|vakteam|"
    r"consulent|consulenten|medewerker|medewerkers|coördinator|regisseur|steunpunt|"
    r"meldpunt|servicepunt|informatiepunt)\s+$",
    re.IGNORECASE,
)


def unit_name(text: str, start: int) -> bool:
    """Whether the problem word at ``start`` names a unit after its type noun.

    Examples
    --------
    >>> s = "Het team schuldhulpverlening zit in het gemeentehuis."
    >>> unit_name(s, s.index("schuld"))
    True
    >>> s = "Het team heeft veel schulden gezien."
    >>> unit_name(s, s.index("schulden"))
    False
    """
    return _UNIT.search(text, max(0, start - 16), start) is not None


#: A report, monitor or overview, then what it holds up to the problem word, within one
#: sentence part (no full stop or semicolon between).
_REPORT = re.compile(REPORT_PATTERN + r"\b([^.;]*)$", re.IGNORECASE)
#: The report words of :data:`_REPORT` as plain text, asked first (one substring test
#: each is cheaper than the pattern's search).
_REPORT_WORDS = REPORT_NOUNS
#: Words after the report that open what it shows or states ("uit de monitor blijkt
#: dat de wachttijden oplopen"): the problem is then stated, not listed.
_SHOWS = re.compile(
    r"\b(?:dat|blijkt|blijken|bleek|toont|tonen|laat|laten|liet|wijst|wijzen|signaleert|"
    r"signaleren|waaruit|hoe|of)\b",
    re.IGNORECASE,
)


#: What opens the report's contents: "met", a colon or a verb of holding ("bevat",
#: "staan", "omvat", "geeft inzicht in"); "volgens de monitor zijn er …" names a source.
_HOLDS = re.compile(
    r"\s*(?::|met\b|\w+\s+(?:met|over)\b)|.*\b(?:bevat|bevatten|omvat|omvatten|staan|staat|"
    r"geeft|geven|toont\s+onder\s+meer)\b",
    re.IGNORECASE,
)


def listed_measure(text: str, start: int, at: int, end: int) -> bool:
    """Whether the problem word ``text[at:end]`` is one item of an enumeration of what a
    report holds, in the claim that starts at ``start``: a measure the report lists, not
    a problem the claim raises.

    Examples
    --------
    >>> s = "De raad ontvangt een monitor met het aantal cliënten, de wachttijden en de kosten."
    >>> listed_measure(s, 0, s.index("wachttijden"), s.index("wachttijden") + 11)
    True
    >>> s = "Uit de monitor blijkt dat de wachttijden en de kosten oplopen."
    >>> listed_measure(s, 0, s.index("wachttijden"), s.index("wachttijden") + 11)
    False
    >>> s = "Volgens de monitor zijn er 300 cliënten met een pgb, een derde minder."
    >>> listed_measure(s, 0, s.index("pgb"), s.index("pgb") + 3)
    False
    >>> s = "Zij klagen over de registratie: een bezoek levert een uur administratie op."
    >>> listed_measure(s, 0, s.index("administratie"), s.index("administratie") + 12)
    False
    >>> s = "De monitor met de wachttijden wordt elk kwartaal besproken."
    >>> listed_measure(s, 0, s.index("wachttijden"), s.index("wachttijden") + 11)
    False
    """
    window = max(start, at - 200)
    piece = text[window:at].lower()
    if not any(w in piece for w in _REPORT_WORDS):
        return False
    found = _REPORT.search(text, window, at)
    if found is None or _SHOWS.search(found.group(1)) or not _HOLDS.match(found.group(1)):
        return False
    if not _ITEM.search(text, window, at):
        return False  # "… levert al gauw een half uur administratie op": a clause, no item
    after = text[end : end + 30]
    return "," in found.group(1) or after.lstrip(" ")[:1] == "," or after.startswith(" en ")


#: An item of a list that ends right before a problem word: a separator (comma, colon,
#: "en", "of", or "met", "over" that open the list) and at most three words ("met het
#: aantal cliënten, de wachttijden"); a longer stretch is a clause of its own ("klagen
#: over de registratie: … een huisbezoek levert al gauw een half uur administratie op"),
#: not one item of what a report holds.
_ITEM = re.compile(r"(?:[,:]|\s(?:en|of|met|over))\s+(?:[^\s,:;.]+\s+){0,3}$", re.IGNORECASE)
