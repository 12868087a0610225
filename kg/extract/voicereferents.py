"""Groups a claim refers back to as its speakers: "Deze partijen geven aan …", "Beide zijn
positief", "De laatsten vinden …", "Zij geven aan …" after two groups named together.

A claim that opens with a phrase referring to groups named in the claim before it, and
goes on with a report or a stance, is those groups' report (general Dutch reference):

- a plural demonstrative with a noun for parties ("deze partijen", "deze organisaties",
  "die instanties") or "zij"/"ze": the groups named together as the subject of the claim
  before ("Huisartsen en wijkverpleegkundigen …"), else all the groups it names, when it
  names more than one;
- "beide" or "beiden" (with or without a noun): the two groups the claim before names;
- a singular demonstrative with a noun for one party ("deze partij", "die organisatie"):
  the one organisation or body the claim before names;
- "de laatsten", "laatstgenoemde(n)": the group named last; "de eersten",
  "eerstgenoemde(n)": the group named first.

The source may also be introduced by "volgens" ("Volgens beide partijen …"). A group of
the people served (:data:`kg.extract.speakerslots.PEOPLE_SERVED`) is no party that
reports for a profile's account and is left out. The single subject taken up by a
pronoun is read by :func:`kg.extract.voiceforms.pronoun_subject`; this module reads only
the references to more than one group, or to one of several.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from kg.extract.impliedspeakers import CIVIL_SERVANTS
from kg.extract.model import SentenceMention
from kg.extract.speakerslots import PEOPLE_SERVED
from kg.extract.speechcues import ANY_TENSE, ATTITUDE, NOT_REPORTING
from kg.extract.subjectreports import subject_reports
from kg.extract.voiceforms import SPEAKER_KINDS

__all__ = ["HEADS", "OPENERS", "both_parties", "plural_subject", "referred_groups"]

_PARTIES = (
    r"(?:partijen|organisaties|instanties|instellingen|partners|groepen|actoren|aanbieders"
    r"|diensten|teams|professionals|betrokkenen|spelers)"
)
#: A noun for one party ("deze partij", "die organisatie"): the one organisation or body the
#: claim before names.
_PARTY = r"(?:partij|organisatie|instantie|instelling|partner|stichting|corporatie|dienst)"
#: The referring phrase that opens the claim, named by the kind of reference it makes.
_REFERS = re.compile(
    r"^\W*(?:ook\s+|daarbij\s+|wel\s+|bovendien\s+|daarnaast\s+)?(?:volgens\s+(?P<by>))?"
    r"(?:(?P<these>(?:deze|die)\s+(?:\w+\s+)?" + _PARTIES + r"|zij|ze|(?<=volgens\s)hen)"
    r"|(?P<one>(?:deze|die)\s+(?:\w+\s+)?" + _PARTY + r")"
    r"|(?P<both>(?:beide|beiden|allebei)(?:\s+(?:\w+\s+)?" + _PARTIES + r")?)"
    r"|(?P<last>(?:de\s+)?(?:laatsten|laatstgenoemden?|laatste\s+" + _PARTIES + r"))"
    r"|(?P<first>(?:de\s+)?(?:eersten|eerstgenoemden?|eerste\s+" + _PARTIES + r")))\b",
    re.IGNORECASE,
)
#: What follows the referring phrase: a report or a stance ("geven aan", "zijn positief").
_REPORTS = re.compile(rf"\s+(?:\w+\s+)?(?:{ANY_TENSE}|{ATTITUDE})\b", re.IGNORECASE)
#: How such a claim may open, for a plain test before the pattern (a word's first letters,
#: in both cases).
OPENERS = tuple(
    form
    for word in ("ook ", "daarbij", "wel ", "bovendien", "daarnaast", "volgens", "deze ", "die ",
                 "zij ", "ze ", "beide", "allebei", "de laatst", "de eerst", "laatst", "eerst")
    for form in (word, word.capitalize())
)  # fmt: skip
#: The first two letters of :data:`OPENERS`, for a set lookup before the prefixes.
HEADS = frozenset(form[:2] for form in OPENERS)
#: What may stand between two groups named together: "A en B", "A, B en C", "zowel A als B".
_TOGETHER = re.compile(r"\s*(?:,|,?\s*en|én|als|,?\s*maar\s+ook)?\s*(?:de\s+|het\s+)?", re.I)


def referred_groups(
    text: str,
    before: str,
    mentions: list[SentenceMention],
    subject: str | None,
    authors: bool = False,
) -> tuple[str, ...]:
    """The groups of the claim before that the claim ``text`` refers to as its speakers.

    Parameters
    ----------
    text : str
        The claim.
    before : str
        The whole text the mentions' offsets point into (the document).
    mentions : list of SentenceMention
        The mentions of the claim before it.
    subject : str or None
        The group that opens the claim before as its subject.
    authors : bool, optional
        Whether the claim before is in the authors' voice.

    Returns
    -------
    tuple of str
        Sorted group IRIs; empty when the claim refers to no groups that report.

    Examples
    --------
    >>> t = "Huisartsen en wijkteams werken samen met de GGD."
    >>> ms = [SentenceMention("r/gp", "role", 0, 10, "Huisartsen", 0),
    ...       SentenceMention("r/team", "role", 14, 23, "wijkteams", 0),
    ...       SentenceMention("r/ggd", "role", 44, 47, "GGD", 0)]
    >>> referred_groups("Deze partijen geven aan dat het goed gaat.", t, ms, "r/gp")
    ('r/gp', 'r/team')
    >>> referred_groups("De laatsten zijn kritisch.", t, ms, "r/gp")
    ('r/ggd',)
    >>> referred_groups("Deze partijen werken hard.", t, ms, "r/gp")
    ()
    >>> t = "Huisartsen en jeugdartsen vinden dat de wijkteams werken."
    >>> ms = [SentenceMention("r/gp", "role", 0, 10, "Huisartsen", 0),
    ...       SentenceMention("r/yd", "role", 14, 25, "jeugdartsen", 0),
    ...       SentenceMention("r/team", "role", 40, 49, "wijkteams", 0)]
    >>> referred_groups("De laatsten zijn kritisch.", t, ms, "r/gp")  # of the holders
    ('r/yd',)
    >>> t = "Volgens Stichting X zijn de wachtlijsten lang."
    >>> ms = [SentenceMention("o/x", "organisation", 8, 18, "Stichting X", 0)]
    >>> referred_groups("Deze partij waarschuwt dat het erger wordt.", t, ms, None)
    ('o/x',)
    >>> t = "De gemeente werkt samen met de corporaties."
    >>> ms = [SentenceMention("r/corp", "role", 31, 42, "corporaties", 0)]
    >>> referred_groups("Zij geven aan dat het krap is.", t, ms, None, authors=True)
    ('r/corp',)
    """
    if text[:2] not in HEADS or not text.startswith(OPENERS):
        return ()  # most claims: a plain test of the opening
    refers = _REFERS.match(text)
    if refers is None or (refers.group("by") is None and not _reporting(text, refers.end())):
        return ()
    groups = _groups(mentions)
    if not groups:
        return ()
    if refers.group("last") or refers.group("first"):
        return _one_of(before, groups, subject, bool(refers.group("last")))
    if refers.group("one"):  # "Deze partij waarschuwt …": the one party named before
        bodies = {m.entity for m in groups if m.kind != "role"}
        return tuple(bodies) if len(bodies) == 1 else ()
    named = sorted({m.entity for m in groups})
    if refers.group("both"):
        return tuple(named) if len(named) == 2 else ()
    together = _named_with(before, groups, subject)
    if len(together) > 1:
        return together
    if refers.group("these")[:1] in "dD":  # "deze partijen": all the groups named
        return tuple(named) if len(named) > 1 else ()
    # "zij" after a single subject is read by pronoun_subject; after a claim in the authors'
    # voice whose subject is no group ("De gemeente werkt samen met de corporaties. Zij
    # geven aan …"), with a plural verb, the groups it names
    plural = refers.group("by") is not None or _plural_verb(text, refers.end())  # "Volgens hen"
    return tuple(named) if subject is None and authors and plural else ()


#: A sentence opening with a plural noun phrase as its subject ("De gemeenten …", "Alle
#: afspraken …"): "zij" in the next sentence may take that up.
_PLURAL_OPENS = re.compile(
    r"\W*(?:de|alle|veel|beide|deze|die|sommige|enkele)\s+(?:[a-zà-ÿ]+e\s+)?[a-zà-ÿ-]+(?:en|s)\b",
    re.IGNORECASE,
)


def plural_subject(text: str) -> bool:
    """Whether ``text`` opens with a plural noun phrase, its likely subject.

    Examples
    --------
    >>> plural_subject("De gemeenten werken samen."), plural_subject("De gemeente werkt samen.")
    (True, False)
    """
    return _PLURAL_OPENS.match(text) is not None


def _plural_verb(text: str, at: int) -> bool:
    """Whether the word after ``at`` is a plural finite verb ("geven", "zijn", "merkten").

    Examples
    --------
    >>> _plural_verb("Zij geven aan", 3), _plural_verb("Zij is tevreden", 3)
    (True, False)
    """
    word = text[at : at + 20].split(maxsplit=1)[:1]
    return bool(word) and (word[0].lower().endswith("en") or word[0].lower() == "zijn")


def _reporting(text: str, at: int) -> bool:
    """Whether a report or a stance follows the referring phrase ending at ``at``."""
    verb = _REPORTS.match(text, at)
    return verb is not None and not NOT_REPORTING.match(text, at)


def _groups(mentions: list[SentenceMention]) -> list[SentenceMention]:
    """The groups that can report among ``mentions``, in text order, each once."""
    seen: set[str] = set()
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        if (
            m.kind in SPEAKER_KINDS
            and m.entity not in seen
            and m.entity.rsplit("/", 1)[-1] not in PEOPLE_SERVED
        ):
            seen.add(m.entity)
            out.append(m)
    return out


def _named_with(text: str, groups: list[SentenceMention], subject: str | None) -> tuple[str, ...]:
    """The subject's group with the groups named together with it ("A en B"), sorted."""
    return tuple(sorted(set(_side_by_side(text, groups, subject))))


def _one_of(
    text: str, groups: list[SentenceMention], subject: str | None, last: bool
) -> tuple[str, ...]:
    """The group "de laatsten" (``last``) or "de eersten" refers to: the last or first of the
    groups set side by side as the subject that holds a view ("Huisartsen en jeugdartsen
    zijn het erover eens dat de wijkteams …": the youth doctors are "de laatsten"), else of
    all the groups named; none when fewer than two."""
    side = _side_by_side(text, groups, subject)
    ends = [m.end for m in groups if m.entity == side[-1]] if side else []
    holders = len(side) > 1 and subject_reports(text[ends[0] : ends[0] + 120], True)
    among = side if holders else [m.entity for m in groups]
    if len(among) < 2:
        return ()
    return (among[-1],) if last else (among[0],)


def _side_by_side(text: str, groups: list[SentenceMention], subject: str | None) -> list[str]:
    """The subject's group and the groups named together with it ("A en B"), in text order.

    Examples
    --------
    >>> t = "Huisartsen en jeugdartsen zijn het eens dat de wijkteams werken."
    >>> ms = [SentenceMention("r/gp", "role", 0, 10, "Huisartsen", 0),
    ...       SentenceMention("r/yd", "role", 14, 25, "jeugdartsen", 0),
    ...       SentenceMention("r/team", "role", 47, 56, "wijkteams", 0)]
    >>> _side_by_side(t, ms, "r/gp")
    ['r/gp', 'r/yd']
    """
    at = next((k for k, m in enumerate(groups) if m.entity == subject), None)
    if at is None:
        return []
    members = [groups[at].entity]
    for m, following in zip(groups[at:], groups[at + 1 :], strict=False):
        if following.start < m.end or not _TOGETHER.fullmatch(text, m.end, following.start):
            break
        if following.entity not in members:
            members.append(following.entity)
    return members


#: Both parties closing a sentence as its source: "…, aldus beide partijen", "…, zo vertellen
#: beide partijen", "…, volgens beide organisaties".
_BOTH_CLOSE = re.compile(
    r"(?:\baldus|\bvolgens|,\s*zo\s+\w+)\s+(?:beide|allebei\s+de)\s+(?:\w+\s+)?"
    + _PARTIES
    + r"\W*$",
    re.IGNORECASE,
)
#: "volgens beide partijen" inside the sentence, not closing it: "Rivierzicht en de wijkteams
#: werken in een gezamenlijk team, dat volgens beide partijen de lijnen heeft verkort".
_BOTH_SOURCE = re.compile(
    r"\bvolgens\s+(?:beide|allebei\s+de)\s+(?:\w+\s+)?" + _PARTIES + r"\b", re.IGNORECASE
)
#: Where the parties meet, no party: "op het Werkplein X", "in het gemeentehuis".
_PLACE_OF = re.compile(r"\b(?:op|in)\s+(?:het\s+|de\s+)?$", re.IGNORECASE)
#: The municipality's own cooperation with the one party named: "De samenwerking met het UWV".
_WORK_WITH = re.compile(r"\bsamenwerking\s+met\b", re.IGNORECASE)


def both_parties(text: str, start: int, end: int, roles: list[SentenceMention]) -> tuple[str, ...]:
    """The two parties a sentence names when it closes with "aldus beide partijen", or has
    "volgens beide partijen" inside (general Dutch reference: "beide" takes up the two
    named): the two groups named before it; with
    one named as the partner of "de samenwerking met", the municipality is the other and
    speaks through its civil servants (an annotation guideline). A body named as the place
    ("op het Werkplein X") is where they meet, no party.

    Examples
    --------
    >>> s = "Corporatie en wijkteams overleggen elke maand, zo vertellen beide partijen."
    >>> c = SentenceMention("r/corp", "role", 0, 10, "Corporatie", 0)
    >>> t = SentenceMention("r/team", "role", 14, 23, "wijkteams", 0)
    >>> both_parties(s, 0, len(s), [c, t])
    ('r/corp', 'r/team')
    >>> s = "De samenwerking met het UWV verloopt goed, aldus beide partijen."
    >>> u = SentenceMention("o/uwv", "organisation", 24, 27, "UWV", 0)
    >>> both_parties(s, 0, len(s), [u])[0]
    'o/uwv'
    >>> both_parties("Het gaat goed met beide partijen.", 0, 33, [u])
    ()
    """
    if "beide" not in text[start:end] and "allebei" not in text[start:end]:
        return ()
    close = _BOTH_CLOSE.search(text, start, end) or _BOTH_SOURCE.search(text, start, end)
    if close is None:
        return ()
    named = sorted(
        {
            m.entity
            for m in roles
            if m.end <= close.start()
            and not _PLACE_OF.search(text, max(start, m.start - 8), m.start)
        }
    )
    if len(named) == 1 and _WORK_WITH.search(text, start, close.start()):
        named.append(CIVIL_SERVANTS)
    return tuple(named) if len(named) == 2 else ()


#: "beide partijen" or "beiden" naming who holds the claim: "wordt door beide partijen als
#: een verbetering gezien", "wordt door beiden gewaardeerd", "Beide partijen vinden …".
_BOTH_HOLD = re.compile(
    r"\bdoor\s+(?:beide\s+(?:\w+\s+)?(?:partijen|groepen)|beiden)\b"
    r"|^\W*(?:beide\s+(?:partijen|groepen)|beiden)\s",
    re.IGNORECASE,
)


def both_named(text: str, claims: Sequence[Any], k: int) -> tuple[str, ...]:
    """The two groups "beide partijen" / "beiden" in the claim ``claims[k]`` (``text``) take
    up: the speakers the claims of its paragraph before it name, when they are two groups
    (general Dutch reference: "beide" takes up the two named); for a closing "…, zeggen
    beide partijen" that names neither, else the two actors the paragraph named before it
    ("De wijkagenten schuiven aan bij het buurtteam. … Privacyregels maken het lastig,
    zeggen beide partijen."); else none.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> said = [N(paragraph=1, speech=N(speakers=sp)) for sp in [("r/a", "r/c"), ("r/a",), ()]]
    >>> both_named("De steun wordt door beiden gewaardeerd.", said, 2)
    ('r/a', 'r/c')
    >>> both_named("Het gaat goed.", said, 2)
    ()
    >>> m = [N(entity=e, kind="role") for e in ("r/p", "r/t", "r/p")]
    >>> told = [N(paragraph=1, speech=N(speakers=()), mentions=m[:2]),
    ...         N(paragraph=1, speech=N(speakers=("r/p",)), mentions=m[2:]), N(paragraph=1)]
    >>> both_named("Dat is lastig, zeggen beide partijen.", told, 2)
    ('r/p', 'r/t')
    """
    if "beide" not in text:
        return ()
    said = _BOTH_SAY.search(text)
    if said is None and _BOTH_HOLD.search(text) is None:
        return ()
    here = claims[k].paragraph
    groups: set[str] = set()
    actors: set[str] = set()
    j = k - 1
    while j >= 0 and claims[j].paragraph == here:
        groups.update(claims[j].speech.speakers)
        if said is not None:
            actors.update(m.entity for m in claims[j].mentions if m.kind in _ACTORS)
        j -= 1
    if len(groups) != 2 and len(actors) == 2:
        groups = actors  # the two parties the paragraph named
    return tuple(sorted(groups)) if len(groups) == 2 else ()


#: "…, zeggen beide partijen." closing a sentence that names neither party.
_BOTH_SAY = re.compile(
    r",\s*(?:zo\s+)?[a-z]+\s+(?:beide|allebei\s+de)\s+(?:partijen|groepen|organisaties)\W*$",
    re.IGNORECASE,
)
#: The kinds of mention that name a party.
_ACTORS = frozenset({"role", "organisation", "body"})
