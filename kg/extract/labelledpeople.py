"""People labelled once with a title, a surname and a party, and cited by surname or party.

A report of a council debate (a live blog, minutes, a newspaper account) names each
speaker once with a function title and a surname, often with the party in brackets
("Raadslid Van Dijk (CDA): …", "Wethouder Kuipers meldt …"), and afterwards by the surname
alone ("Kuipers wijst erop …", "…, aldus Van Dijk") or by the party ("De VVD vindt …",
"…, vindt D66"). The title is the person's role (``kg/data/name-titles.txt``); the surname
is no role of its own, and a party in brackets speaks as the council members (gold README,
seventeenth batch, decision 2). :func:`titled_people` reads the labels once per document,
after a plain search for the titles; :mod:`kg.extract.codealiases` puts the surnames and
parties in its table of aliases.

A surname counts only where the text cites it again, or gives a party or a colon after it:
"wethouder Zorg en Welzijn" names a portfolio, not a person.
"""

from __future__ import annotations

import re

from kg.datafiles import word_list
from kg.extract.model import SentenceMention
from kg.extract.problemclauses import alternation
from kg.extract.sentencecache import memo
from kg.extract.titlednames import COUNCIL, party
from kg.extract.wordtokens import lowered

__all__ = ["TITLES", "labelled_names", "party_keys", "titled_people"]

#: The function titles before a surname, lower case.
TITLES = tuple(sorted(word_list("name-titles.txt")))
#: The forms of address before a surname (ANS 5.2): they give no role, so the person's role is
#: the one the brackets after the name give ("Mevrouw Hermans (CDA)": the council members).
_ADDRESS = ("mevrouw", "meneer", "de heer")
_OPENERS = (*TITLES, *_ADDRESS)
_PARTICLES = r"(?:(?:van|de|der|den|ter|ten|te|op|in\s+'t)\s+)*"
#: A title, a surname (its particles in either case, its head capitalised), and an
#: optional bracket after it.
_TITLED = re.compile(
    rf"(?<![\w-])(?P<title>{alternation(list(_OPENERS))})\s+"
    rf"(?P<name>{_PARTICLES}(?-i:[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?))(?![\w'’-])"
    r"(?:\s*\(\s*(?P<bracket>[^()]{1,40}?)\s*\))?",
    re.IGNORECASE,
)
#: A name followed by "en" and a capital is the head of a field ("wethouder Zorg en Welzijn").
_FIELD_AFTER = re.compile(r"\s+(?:en|&)\s+[A-Z]")
#: What may follow a labelled name for it to count without being cited again.
_LABEL_AFTER = re.compile(r"\s*[:(]")


def _surname_key(name: str) -> str:
    """A surname's key: capitals, no spaces ("Van Dijk" → "VANDIJK").

    Examples
    --------
    >>> _surname_key("Van  Dijk"), _surname_key("de Groot")
    ('VANDIJK', 'DEGROOT')
    """
    return re.sub(r"\s+", "", name).upper()


def _cited_again(text: str, name: str, after: int) -> bool:
    """Whether ``name`` stands in ``text`` as a word elsewhere than in its label ending at
    ``after`` (plain search).

    Examples
    --------
    >>> _cited_again("Wethouder Kuipers zegt. Kuipers wijst.", "Kuipers", 17)
    True
    >>> _cited_again("Wethouder Zorg en Welzijn. De zorg is goed.", "Zorg", 14)
    False
    """
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        alone = (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum()
        if end != after and alone:
            return True
        at = text.find(name, end)
    return False


def _labelled(text: str, found: re.Match[str], name: str) -> bool:
    """Whether the titled ``name`` of ``found`` is a person's label: no field follows it
    ("wethouder Zorg en Welzijn"), and a bracket, a colon or a later citation marks it.

    Examples
    --------
    >>> t = "Wethouder Kuipers: ja. Wethouder Zorg en Welzijn. Wethouder Bos knikt."
    >>> [m.group("name") for m in _titled(t, t.lower()) if _labelled(t, m, m.group("name"))]
    ['Kuipers']
    """
    end = found.end("name")
    if _FIELD_AFTER.match(text, end):
        return False
    return (
        found.group("bracket") is not None
        or _LABEL_AFTER.match(text, end) is not None
        or _cited_again(text, name, end)
    )


def _titled(text: str, low: str) -> list[re.Match[str]]:
    """The titled names of ``text``, the pattern run only from each title found by plain
    search in ``low`` (the text in lower case).

    Examples
    --------
    >>> t = "Raadslid Van Dijk (CDA) vraagt het. De wethouder Kuipers: ja. Geen titel hier."
    >>> [m.group("name") for m in _titled(t, t.lower())]
    ['Van Dijk', 'Kuipers']
    """
    starts: set[int] = set()
    for title in _OPENERS:
        at = low.find(title + " ")
        while at >= 0:
            starts.add(at)
            at = low.find(title + " ", at + 1)
    found = (_TITLED.match(text, at) for at in sorted(starts))
    return [m for m in found if m is not None]


@memo
def _labels(text: str) -> list[tuple[re.Match[str], str, bool]]:
    """The titled names of ``text`` (:func:`_titled`), each with its name (spaces made
    single) and whether it is a person's label (:func:`_labelled`): read once per document
    for :func:`titled_people` and :func:`labelled_names`, which both read all of them.

    Examples
    --------
    >>> t = "Wethouder Kuipers: ja. Wethouder Zorg en Welzijn."
    >>> [(name, labelled) for _, name, labelled in _labels(t)]
    [('Kuipers', True), ('Zorg', False)]
    """
    kept = []
    for found in _titled(text, lowered(text) or text.lower()):
        name = " ".join(found.group("name").split())
        kept.append((found, name, _labelled(text, found, name)))
    return kept


def titled_people(
    text: str, mentions: list[SentenceMention]
) -> tuple[dict[str, str], dict[str, str]]:
    """The surnames (keys in capitals) labelled with a title, each with the role the title's
    mention names, and the parties in brackets after them (their keys, also with "de" and
    "het" before them) with the council members. A surname given two roles is left out.

    Examples
    --------
    >>> t = ("Raadslid Van Dijk (CDA): het is te laat. Wethouder Kuipers knikt. "
    ...      "Kuipers zegt dat toe. Het CDA is boos, aldus Van Dijk.")
    >>> ms = [SentenceMention("role/council", "role", 0, 8, "Raadslid", 0),
    ...       SentenceMention("role/alderman", "role", 41, 50, "Wethouder", 0)]
    >>> people, parties = titled_people(t, ms)
    >>> sorted(people.items())
    [('KUIPERS', 'role/alderman'), ('VANDIJK', 'role/council')]
    >>> sorted(parties)[:3], parties["HETCDA"].rsplit("/", 1)[-1]
    (['CDA', 'DECDA', 'HETCDA'], 'council-members')
    >>> titled_people("De wethouder Zorg en Welzijn schrijft.", [])
    ({}, {})
    >>> t = "Mevrouw Ter Haar (VVD) vraagt het. Ter Haar vindt het te duur."
    >>> people, _ = titled_people(t, [])
    >>> people["TERHAAR"].rsplit("/", 1)[-1]
    'council-members'

    """
    labels = _labels(text)  # (read once per document: no plain test of each title first)
    if not labels:
        return {}, {}
    roles = {m.start: m.entity for m in mentions if m.kind == "role"}
    people: dict[str, str] = {}
    shared: set[str] = set()
    parties: dict[str, str] = {}
    for found, name, labelled in labels:
        role = roles.get(found.start("title"))
        bracket = found.group("bracket")
        if bracket is not None and party(bracket):
            for key in party_keys(bracket):
                parties[key] = COUNCIL
            role = role or COUNCIL  # "Mevrouw Hermans (CDA)": a council member
        elif role is None and bracket is not None:  # "De heer Smit (wethouder)"
            a, b = found.span("bracket")
            role = next((e for at, e in roles.items() if a <= at < b), None)
        if role is None or not labelled:
            continue
        key = _surname_key(name)
        if people.get(key, role) != role:
            shared.add(key)
        people.setdefault(key, role)
    for key in shared:
        people.pop(key, None)
    return people, parties


def party_keys(name: str) -> list[str]:
    """The keys a party is cited by: its name, and with "de" or "het" before it.

    Examples
    --------
    >>> party_keys("GroenLinks")
    ['GROENLINKS', 'DEGROENLINKS', 'HETGROENLINKS']
    """
    key = _surname_key(name)
    return [key, "DE" + key, "HET" + key]


def labelled_names(text: str) -> frozenset[str]:
    """The surnames labelled with a title in ``text`` and cited again or labelled with a
    bracket or a colon (no role is needed): words a group must not be minted from.

    Examples
    --------
    >>> sorted(labelled_names("Wethouder Kuipers: ja. Kuipers knikt. Raadslid Bos (SP) ook."))
    ['Bos', 'Kuipers']
    >>> labelled_names("Geen namen hier, alleen de wethouder.")
    frozenset()
    """
    return frozenset(name for _, name, labelled in _labels(text) if labelled)
