"""The subject of a paragraph: the problem most of its claims are about.

A paragraph of a profile usually discusses one difficulty: some of its
claims name it ("de lage animo voor mantelzorg", "het zelforganiserend
vermogen is beperkt"), others go on about it without naming it again
("Mensen zijn niet gewend elkaar te helpen."; "Opgelegde participatie is een
kwestie van lange adem."). A claim that names nothing at all (no entity, no
problem, nothing denied) is about the paragraph's subject: the one problem
named by more of the paragraph's claims than any other, by at least three of
them and by more than half of them (a paragraph that names several problems
about as often has no one subject).
The topic sentence rule of :mod:`kg.extract.findings` only looks back at the
paragraph's first claim; this rule reads the whole paragraph, so a subject
named after the claim that goes on about it counts too. A claim that names
actors or bodies but no problem ("De wijkteams zien het elke week.") in
such a paragraph is about that problem as well as what it names.

A paragraph may also build up to its point and state it last, as a
conclusion ("… Veel ouderen wonen alleen en hun kinderen ver weg. Eenzaamheid
komt dan ook veel voor."): when no problem leads, the one problem of a closing claim
marked as a conclusion ("dan ook", "kortom", "al met al", "samenvattend",
"concluderend": Dutch conclusive connectives) is the paragraph's subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace

from kg.document import Document
from kg.extract.discourse import is_problem
from kg.extract.impersonalmen import taken_up_by_men
from kg.extract.keptreserves import kept_reserve
from kg.extract.model import Extraction, Finding
from kg.extract.praiseddistance import DISTANCE, without_praised_distance
from kg.extract.quotedleadins import lead_in_voices
from kg.namespaces import CONCEPT

#: The authors' role, the voice of a claim that names no speaker.
AUTHORS = CONCEPT + "role/authors"

#: Claims of a paragraph that must name its subject before it carries over.
MIN_CLAIMS = 3


#: A claim that closes by calling its subject a point of concern ("De wachttijd voor
#: beschermd wonen is een lastig punt.", "… vormt een knelpunt."): the copula's
#: predicate noun says the subject is what the text turns to next (the same nouns as
#: :data:`kg.extract.claims.POINT` opening a claim, "Een knelpunt is …").
_RAISES_POINT = re.compile(
    r"\b(?:is|zijn|was|waren|vormt|vormen|blijft|blijven)\s+(?:een|het)\s+"
    r"(?:[a-zà-ÿ]+\s+){0,2}?(?:punt|zorgpunt|aandachtspunt|knelpunt|pijnpunt|punt\s+van\s+zorg"
    r"|probleem|struikelblok|uitdaging|risico)\W*$",
    re.IGNORECASE,
)


def raises_point(text: str) -> bool:
    """Whether a claim closes by calling its subject a point of concern.

    Such a claim opens a new subject in its paragraph, as one that opens with
    "Een knelpunt is …" does.

    Examples
    --------
    >>> raises_point("De wachttijd voor beschermd wonen is een lastig punt.")
    True
    >>> raises_point("Het vervoer vormt een groot probleem.")
    True
    >>> raises_point("Het is een probleem dat de wachttijd oploopt.")
    False
    """
    end = len(text)
    while end and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1  # the noun must end the claim's last word: only non-word characters follow
    if _POINT_TAIL.search(text, max(0, end - _LONGEST_TAIL), end) is None:
        return False  # a plain test on the last word first: most claims end otherwise
    return _RAISES_POINT.search(text) is not None


#: How each noun of :data:`_RAISES_POINT` ends (the last word of a match), and the
#: longest of those endings.
_POINT_TAIL = re.compile(r"(?:punt|zorg|probleem|struikelblok|uitdaging|risico)$", re.IGNORECASE)
_LONGEST_TAIL = len("struikelblok")


#: A conclusive connective: "dan ook" anywhere, the others opening the claim.
_CONCLUSION = re.compile(
    r"\bdan\s+ook\b|^\W*(?:kortom|al\s+met\s+al|samenvattend|concluderend)\b",
    re.IGNORECASE,
)


def concluded_problem(text: str, concerns: tuple[str, ...]) -> str | None:
    """The one problem a paragraph's closing claim states as its conclusion, if any.

    Examples
    --------
    >>> concluded_problem("Er is dan ook weinig animo.", ("c/problem/a", "c/role/x"))
    'c/problem/a'
    >>> concluded_problem("Kortom: armoede en schulden.", ("c/problem/a", "c/problem/b")) is None
    True
    >>> concluded_problem("Er is ook weinig animo.", ("c/problem/a",)) is None
    True
    """
    problems = [c for c in concerns if is_problem(c)]
    if len(problems) != 1 or not _CONCLUSION.search(text):
        return None
    return problems[0]


def dominant_problem(concerns: list[tuple[str, ...]]) -> str | None:
    """The problem named by the most claims of a paragraph (at least three, no tie).

    Parameters
    ----------
    concerns : list of tuple of str
        The concerns of each claim of one paragraph.

    Returns
    -------
    str or None
        The problem's IRI, or None when no problem leads.

    Examples
    --------
    >>> a, b = ("p/problem/a",), ("p/problem/b",)
    >>> dominant_problem([a, a + b, a, ()])
    'p/problem/a'
    >>> dominant_problem([a, a, a, b, b, b]) is None  # a tie
    True
    >>> dominant_problem([a + ("p/role/x",), a, ()]) is None  # named twice only
    True
    """
    counts = Counter(c for claim in concerns for c in set(claim) if is_problem(c))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or ranked[0][1] < MIN_CLAIMS:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _majority(findings: list[Finding], members: list[int]) -> str | None:
    """The :func:`dominant_problem` of a paragraph, when more than half its claims name it."""
    subject = dominant_problem([findings[k].concerns for k in members])
    if subject is None or 2 * sum(subject in findings[k].concerns for k in members) <= len(members):
        return None
    return subject


def carry_subjects(
    findings: list[Finding],
    paragraph_of: dict[int, int],
    silent: set[int],
    text: str = "",
    plain: set[int] | frozenset[int] = frozenset(),
) -> list[Finding]:
    """Give each claim that names nothing the subject of its paragraph.

    The subject is the :func:`dominant_problem` of the paragraph's claims, when
    more than half of them name it; else the :func:`concluded_problem` of its
    last claim. A claim that names actors or bodies but no problem (``plain``)
    is about the majority subject too: it is added to what the claim names.

    Parameters
    ----------
    findings : list of Finding
        The document's findings, in text order.
    paragraph_of : dict of int to int
        The paragraph index of each sentence index.
    silent : set of int
        Positions (in ``findings``) of the claims that name nothing and deny
        nothing: only those take the subject.
    text : str, optional
        The document's text the findings quote (without it, no concluding
        claim is read).
    plain : set of int, optional
        Positions of the claims that name something but no problem, and deny
        none: those add a majority subject to their concerns.

    Returns
    -------
    list of Finding
        The findings, those in ``silent`` with their paragraph's subject as
        concern when the paragraph has one.

    Examples
    --------
    >>> f = lambda s, *c: Finding(s, s + 1, (s,), ("r/authors",), c, "neutral", 0)
    >>> care = "c/problem/care"
    >>> fs = [f(0, care), f(1), f(2, care), f(3, care), f(4)]
    >>> out = carry_subjects(fs, {0: 0, 1: 0, 2: 0, 3: 0, 4: 1}, {1, 4})
    >>> [x.concerns for x in out]
    [('c/problem/care',), ('c/problem/care',), ('c/problem/care',), ('c/problem/care',), ()]
    >>> fs[1] = f(1, "c/role/x")
    >>> carry_subjects(fs, {0: 0, 1: 0, 2: 0, 3: 0, 4: 1}, {4}, plain={1})[1].concerns
    ('c/problem/care', 'c/role/x')
    """
    if not silent and not plain:
        return findings
    groups: dict[int, list[int]] = {}
    for k, finding in enumerate(findings):
        groups.setdefault(paragraph_of.get(finding.sentences[0], -1), []).append(k)
    out = list(findings)
    for members in groups.values():
        quiet = [k for k in members if k in silent]
        naming = [k for k in members if k in plain]
        if not quiet and not naming:
            continue
        subject = _majority(findings, members)
        if subject is not None:
            for k in naming:  # names actors or bodies only: about the subject as well
                out[k] = replace(
                    findings[k], concerns=tuple(sorted({*findings[k].concerns, subject}))
                )
        if subject is None and text:
            last = findings[members[-1]]
            subject = concluded_problem(text[last.start : last.end], last.concerns)
        if subject is None:
            continue
        for k in quiet:
            out[k] = replace(findings[k], concerns=(subject,))
    return out


def paragraph_subjects(doc: Document, extraction: Extraction, findings: list[Finding]):  # noqa: ANN202
    """The findings, those that name no problem with their paragraph's subject.

    See :mod:`kg.extract.paragraphsubject`; a claim with a problem mention of its own
    that is not among its concerns denies it, and keeps no subject, nor does a claim about
    a reserve kept or counted on (:func:`kg.extract.keptreserves.kept_reserve`). A judgement
    that leads into a quotation named after it is first given to the quotation's speaker
    (:func:`kg.extract.quotedleadins.lead_in_voices`: read once the polarity is known), and
    "men" after a fronted topic to those spoken with when the paragraph opened in their voice
    (:func:`kg.extract.impersonalmen.taken_up_by_men`). Last, a positive claim loses the
    regional distance (:func:`kg.extract.praiseddistance.without_praised_distance`).
    """
    findings = taken_up_by_men(doc, lead_in_voices(doc, findings, AUTHORS))
    problems = sorted(m.start for m in extraction.mentions if m.kind == "problem")
    silent: set[int] = set()
    plain: set[int] = set()
    for k, f in enumerate(findings):
        if bisect_left(problems, f.start) != bisect_left(problems, f.end):
            continue  # a problem mention of its own: named or denied
        if not f.concerns:
            if not kept_reserve(doc.text[f.start : f.end]):
                silent.add(k)  # a reserve kept or counted on is its own subject
        elif not any(map(is_problem, f.concerns)):
            plain.add(k)
    paragraph_of = {s.index: s.paragraph for s in doc.sentences}
    findings = carry_subjects(findings, paragraph_of, silent, doc.text, plain)
    named = sorted(m.start for m in extraction.mentions if m.entity == DISTANCE)
    return without_praised_distance(findings, named)  # praise of the region: no distance
