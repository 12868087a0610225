"""A named organisation that states a figure about the municipality: ``reports-on``.

A named organisation or body (or a generic function of it: "de directeur van X") that
opens its clause as the subject of a verb of saying, opinion or expectation with a
"dat"-clause that holds a figure is the source of that figure (gold README: "antwoordt
dat de corporatie … ruim 120 statushouders moet huisvesten", "geeft aan dat", "verwacht
dat de vraag … zal verdubbelen" give ``reports-on``):

- "De woningcorporatie X is van mening dat de wachttijd, inmiddels ruim vijf jaar, …";
- "De directeur van X antwoordt dat de corporatie in 2016 ruim 120 statushouders …".

A staff member named by a role ("een schuldhulpverlener van X meldt") speaks as that role
and gives none (guideline: a role never gives ``reports-on``); only the generic functions
that speak for the organisation itself (directeur, woordvoerder, bestuurder, voorzitter)
may stand before it. A negated clause gives none.

Examples
--------
>>> from kg.extract.model import SentenceMention
>>> text = "De corporatie X meldt dat 300 huurders een achterstand hebben."
>>> x = SentenceMention("o/x", "organisation", 14, 15, "X", 0)
>>> stated_figures(text, 0, len(text), [x], "m/x", [(26, 29)])
[('reports-on', 'o/x', 'm/x')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.jointwork import NEGATION
from kg.extract.model import SentenceMention
from kg.extract.numberwords import WORD_NUMBERS
from kg.extract.statedlinks import clause_around

__all__ = ["stated_figures"]

_F = re.IGNORECASE
#: A verb of saying, opinion or expectation with its "dat" right after the party
#: (general Dutch: the verbs that introduce indirect speech).
_SAYS = re.compile(
    r"\s+(?:(?:zelf|ook)\s+)?(?:antwoordt|antwoordde|meldt|meldde|stelt|stelde|zegt|zei"
    r"|verklaart|verklaarde|schrijft|schreef|waarschuwt|waarschuwde|verwacht|verwachtte"
    r"|is\s+van\s+mening|was\s+van\s+mening|geeft\s+aan|gaf\s+aan|laat\s+weten|liet\s+weten"
    # verbs of confirming what was said ("Een directeur van X beaamt dat")
    r"|beaamt|beaamde|bevestigt|bevestigde"
    # verbs of telling, explaining, remarking and noting ("De directeur van X vertelt dat",
    # "X legt uit dat", "X merkte op dat", "X constateert dat"), general Dutch for reporting
    r"|vertelt|vertelde|legt\s+uit|legde\s+uit|merkt\s+op|merkte\s+op|benadrukt|benadrukte"
    r"|constateert|constateerde|signaleert|signaleerde)"
    # the "dat" of indirect speech, or a quotation introduced with a colon ("beaamt dat: ‘…")
    r"\s+dat\b(?:\s*:)?",
    _F,
)
#: The generic functions that speak for an organisation itself (gold README, second batch and
#: eighth batch, decision 4: directeur, woonconsulent), not a role of their own.
_FUNCTIONS = (
    r"(?:directeur|woordvoerder|woordvoerster|bestuurder|voorzitter"
    r"|woonconsulent)"
)
#: What may open the clause before the party: an article, a describing noun
#: ("De woningcorporatie X") or a generic function that speaks for it ("De directeur van X").
_LEAD = re.compile(
    r"\W*(?:(?:de|het|een)\s+)?(?:" + _FUNCTIONS + r"\s+van\s+(?:de\s+|het\s+)?|[a-zà-ÿ-]+\s+)?",
    _F,
)
#: A quotation closed by its attribution to a generic function of the party ("‘…’, zegt een
#: woonconsulent van X"): the quotation before is what the party says.
_CLOSING = re.compile(
    r"[’'”\"]\s*,\s+(?:zegt|zei|vertelt|vertelde|stelt|stelde|meldt|meldde|aldus)\s+"
    r"(?:de|een)\s+" + _FUNCTIONS + r"\s+van\s+(?:de\s+|het\s+)?$",
    _F,
)
#: A figure stated with a number (a digit or a number word, not "een"), not a vague amount
#: ("veel inwoners"): a level or duration ("een wachttijd van ruim vijf jaar") counts too.
_NUMBER = re.compile(
    r"\d|\b(?:"
    + "|".join(sorted((re.escape(w) for w in WORD_NUMBERS if w != "een"), key=len, reverse=True))
    + r")\b",
    _F,
)
#: The end of the "dat"-clause: a figure after it ("…, maar de wachtlijst telt 90") is not
#: what the party says.
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:maar|terwijl|omdat|want|waardoor|zodat)\b", _F)
#: A figure about the party's own staff: a provider on its own staff gives none (gold
#: README, decision 5 of the second batch: "tot het ontslag van 35 medewerkers").
_OWN_STAFF = re.compile(
    r"\W*(?:(?:nieuwe|eigen|extra)\s+)?(?:medewerkers|werknemers|personeelsleden|fte)\b", _F
)
#: The start of the party's clause: the sentence start, or a clause boundary.
_CLAUSE_START = re.compile(r"[;:]\s*|\.\s+")


def stated_figures(
    text: str,
    start: int,
    end: int,
    parties: Sequence[SentenceMention],
    own: str,
    figures: Sequence[tuple[int, int]],
) -> list[tuple[str, str, str]]:
    """``reports-on`` from a named organisation that opens its clause and says that a figure.

    Parameters
    ----------
    text : str
        The document text.
    start, end : int
        The sentence's span.
    parties : sequence of SentenceMention
        The named parties of the sentence.
    own : str
        The IRI of the profile's municipality.
    figures : sequence of (int, int)
        The spans of the amounts the indicators read in the sentence (durations included);
        only those with a number count.

    Returns
    -------
    list of tuple
        ``(type, subject, object)`` triples.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> text = "De directeur van Y antwoordt dat de wachttijd drie jaar is."
    >>> y = SentenceMention("o/y", "organisation", 17, 18, "Y", 0)
    >>> stated_figures(text, 0, len(text), [y], "m/x", [(46, 55)])
    [('reports-on', 'o/y', 'm/x')]
    >>> text = "Een schuldhulpverlener van Y meldt dat 40 mensen wachten."
    >>> y = SentenceMention("o/y", "organisation", 27, 28, "Y", 0)
    >>> stated_figures(text, 0, len(text), [y], "m/x", [(39, 41)])
    []
    """
    found: list[tuple[str, str, str]] = []
    for p in parties:
        if p.kind not in ("body", "organisation") or p.entity == own:
            continue
        says = _SAYS.match(text, p.end)
        if says is None:
            if _quoted(text, start, p, figures):
                found.append(("reports-on", p.entity, own))
            continue
        stop = _CLAUSE_END.search(text, says.end(), end)
        said = stop.start() if stop else end
        if not _level_said(text, says.end(), end) and not any(
            says.end() <= a < said
            and _NUMBER.search(text, a, b)
            and not _OWN_STAFF.match(text, b)
            and not _OWN_STAFF.search(text, a, b)
            for a, b in figures
        ):
            continue
        cs = clause_around(text, start, p.start, p.start, _CLAUSE_START)[0]
        if not _LEAD.fullmatch(text, cs, p.start):
            continue
        if NEGATION.search(text, cs, end):
            continue
        found.append(("reports-on", p.entity, own))
    return found


#: A level set against a reference ("meer banen … dan elders in de regio", "lager dan
#: gemiddeld", "hoger dan landelijk") or a multiple in a verb ("verdubbelde", "is
#: gehalveerd"): a figure in words (gold README: "a figure or a level against a reference
#: that the text attributes to a named organisation gives reports-on").
_LEVEL = re.compile(
    r"\b(?:\w+er|meer|minder)\s+(?:[\w-]+\s+){0,4}?dan\s+(?:elders|gemiddeld|landelijk"
    r"|in|bij|het\s+landelijk\w*)\b"
    r"|\b(?:verdubbel\w*|verdrievoudig\w*|gehalveerd|halveerde\w*)",
    _F,
)
#: The end of what the party says for a level: a colon that elaborates does not end it.
_LEVEL_END = re.compile(r"[;]|,\s+(?:maar|terwijl|omdat|want|waardoor|zodat)\b", _F)


def _level_said(text: str, start: int, end: int) -> bool:
    """Whether the "dat"-clause from ``start`` sets a level against a reference or states a
    multiple ("dat werkgevers in A meer banen bieden dan elders in de regio", "…: het aantal
    vacatures verdubbelde").

    Examples
    --------
    >>> t = " werkgevers hier meer banen bieden dan elders in de regio."
    >>> _level_said(t, 0, len(t)), _level_said(" het gaat goed.", 0, 15)
    (True, False)
    """
    stop = _LEVEL_END.search(text, start, end)
    return _LEVEL.search(text, start, stop.start() if stop else end) is not None


def _quoted(text: str, start: int, party: SentenceMention, figures: Sequence) -> bool:
    """Whether ``party`` closes a quotation that holds a figure, named after a generic
    function of it ("‘… opgelopen tot vijf jaar’, zegt een woonconsulent van X").

    Examples
    --------
    >>> from kg.extract.model import SentenceMention
    >>> text = "‘De wachtlijst telt 90 namen’, zegt een woonconsulent van X."
    >>> x = SentenceMention("o/x", "organisation", 58, 59, "X", 0)
    >>> _quoted(text, 0, x, [(20, 22)])
    True
    >>> text = "‘De wachtlijst telt 90 namen’, zegt een schuldhulpverlener van X."
    >>> _quoted(text, 0, SentenceMention("o/x", "organisation", 63, 64, "X", 0), [(20, 22)])
    False
    """
    lo = max(start, party.start - 60)
    if party.start - start < 30 or text.find(",", lo, party.start) < 0:
        return False  # the cheap gate: a closing attribution needs a comma before the party
    closing = _CLOSING.search(text, lo, party.start)
    if closing is None:
        return False
    said = closing.start()
    return not NEGATION.search(text, start, said) and any(
        start <= a < said and _NUMBER.search(text, a, b) and not _OWN_STAFF.match(text, b)
        for a, b in figures
    )
