"""A figure and the figure-less level next to it that states its comparison: one observation.

Dutch statistics prose often gives a figure and, in the same clause, says how it
compares without repeating its subject:

- the level first, then the figure: ``het aandeel ouderen is hoger dan
  gemiddeld: 22%``, ``…, namelijk 22%``, ``ligt boven het landelijk gemiddelde
  met 22%``;
- the figure first, then the level of the same subject: ``de werkloosheid
  bedraagt 6% en is hoger dan in de regio``, ``het aantal
  bijstandsontvangers (1.200) is relatief hoog``, ``1.200
  bijstandsontvangers, relatief veel voor een gemeente van deze omvang``,
  ``21% is ouder dan 65 jaar, wat boven het landelijk gemiddelde ligt``.

- the level in the next sentence, its subject a pronoun pointing back: ``het
  aandeel ouderen is 22%. Dat is meer dan het landelijk gemiddelde``.

Either way the figure gets the level's comparison and reference (or keeps its
own when it states the same), and the figure-less level is dropped. A level
with a subject of its own (``…, het aandeel jongeren is lager``), of another
measure, or in a clause set against the figure (``maar``) stays an observation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.document import Document
from kg.extract.changewords import reference_in
from kg.extract.model import Indicator
from kg.extract.placereferences import places_after

#: Between a level and the figure that states it: "hoger dan gemiddeld: 22%", "…, namelijk
#: 22%", "… boven het landelijk gemiddelde met 22%", "is hoog, 9%".
_LEVEL_THEN_FIGURE = re.compile(
    r"\s*(?::|,\s*(?:namelijk|te\s+weten)?|\s+met)\s*"
    # a qualifier outside the figure's quote: "de caseload is hoog: gemiddeld 45 gezinnen"
    r"(?P<q>(?:gemiddeld|gemiddelde|ongeveer|circa|ruim|bijna|zo['’]n|naar\s+schatting)\s+)?",
    re.I,
)
#: A clause of its own after a figure that follows a level: "Het gebruik ligt hoger dan in
#: vergelijkbare gemeenten: 1 op de 9 jongeren kreeg jeugdhulp" (two statements; "de caseload
#: is hoog: gemiddeld 45 gezinnen per medewerker" is one).
_OWN_VERB = re.compile(
    r"[^,;:.()]{0,30}?\b(?:kreeg|kregen|krijgt|krijgen|ontving|ontvingen|ontvangt|ontvangen"
    r"|heeft|hebben|had|hadden|is|zijn|was|waren|woont|wonen|woonde|woonden|maakt|maken"
    r"|maakte|maakten|gebruikt|gebruiken|leeft|leven|staat|staan|stond|stonden|komt|komen"
    r"|kwam|kwamen|zit|zitten|zat|zaten)\b",
    re.IGNORECASE,
)
#: Between a figure and the level of its subject after it: "6% en is hoger", "(1.200) is
#: relatief hoog", "1.200 bijstandsontvangers, relatief veel", "65 jaar, wat boven".
_FIGURE_THEN_LEVEL = re.compile(r"\s*\)?\s*(?:jaar\b\s*)?(?:,\s*(?:en\s+)?|en\s+)?", re.I)
#: How a level without a subject of its own begins: a verb, a relative pronoun or a degree.
_SUBJECTLESS = re.compile(
    r"(?:is|zijn|ligt|liggen|lag|lagen|was|waren|blijft|wat|dat|daarmee|relatief"
    r"|naar\s+verhouding|verhoudingsgewijs|hoger|lager|boven|onder|beneden|meer|minder|veel"
    r"|weinig|fors|iets|ruim|flink|duidelijk|aanzienlijk)\b",
    re.IGNORECASE,
)
#: The sense of a comparison: "meer" (more) says what a higher level says.
_SENSE = {"more": "higher", "less": "lower"}


def _figure_before(
    text: str, level: Indicator, figures: list[Indicator], ends: dict[int, list[int]]
) -> int:
    """The index of the figure whose clause ``level`` continues (-1 for none)."""
    if not level.comparison or not _SUBJECTLESS.match(text, level.start):
        return -1
    for i in ends.get(level.sentence, ()):
        figure = figures[i]
        if figure.end > level.start or level.start - figure.end > 12:
            continue
        if not _FIGURE_THEN_LEVEL.fullmatch(text, figure.end, level.start):
            continue
        if level.measure in (None, figure.measure):
            return i
    return -1


def _figures_then_levels(text: str, figures: list[Indicator], levels: list[Indicator]) -> list:
    """``levels`` less those that state the comparison of the figure right before them.

    Examples
    --------
    >>> from decimal import Decimal
    >>> s = "De werkloosheid bedraagt 6% en is hoger dan in de regio."
    >>> f = Indicator(25, 27, 0, "unemployment-rate", "werkloosheid", Decimal(6), "percent")
    >>> lv = Indicator(31, 55, 0, None, "", None, None, comparison="higher", reference="region")
    >>> _figures_then_levels(s, [f], [lv]), (f.comparison, f.reference)
    ([], (None, None))
    """
    ends: dict[int, list[int]] = {}
    for i, figure in enumerate(figures):
        if figure.value is not None:
            ends.setdefault(figure.sentence, []).append(i)
    kept: list[Indicator] = []
    for level in levels:
        i = _figure_before(text, level, figures, ends)
        before = figures[i] if i >= 0 else None
        if before is None:
            kept.append(level)
            continue
        figure = before
        if figure.comparison is None:
            figures[i] = replace(figure, comparison=level.comparison, reference=level.reference)
        elif _SENSE.get(figure.comparison, figure.comparison) == _SENSE.get(
            level.comparison or "", level.comparison
        ):
            if figure.reference is None and level.reference is not None:
                figures[i] = replace(figure, reference=level.reference)
        else:
            kept.append(level)  # "6% is hoger dan in de regio, maar lager dan landelijk"
    return kept


def levels_with_figure(text: str, figures: list[Indicator], levels: list[Indicator]) -> list:
    """``figures`` and ``levels``, a level stated next to its figure as one observation.

    "Het aandeel ouderen is hoger dan gemiddeld: 22%", "De werkloosheid bedraagt
    6% en is hoger dan in de regio": the figure gets the level's comparison and
    reference, and the figure-less level is dropped.

    Parameters
    ----------
    text : str
        The document's text.
    figures : list of Indicator
        The observations with a figure (changed in place where a level states theirs).
    levels : list of Indicator
        The observations without a figure.

    Returns
    -------
    list of Indicator
        The figures, then the levels kept.
    """
    starts = {f.start: i for i, f in enumerate(figures) if f.value is not None}
    kept: list[Indicator] = []
    for level in levels:
        gap = _LEVEL_THEN_FIGURE.match(text, level.end)
        i = -1
        if gap and level.comparison:  # the figure's quote holds its qualifier or not
            i = starts.get(gap.end(), starts.get(gap.start("q"), -1) if gap.group("q") else -1)
        figure = figures[i] if i >= 0 else None
        if (
            figure is None
            or _OWN_VERB.match(text, figure.end)  # "…: 1 op de 9 jongeren kreeg jeugdhulp"
            or figure.comparison is not None
            or figure.sentence != level.sentence
            or figure.measure not in (None, level.measure)
        ):
            kept.append(level)
            continue
        figures[i] = replace(figure, comparison=level.comparison, reference=level.reference)
    return figures + _figures_then_levels(text, figures, kept)


#: A sentence that states the level of the figure before it: "Dat is meer dan het landelijk
#: gemiddelde", "Dit percentage ligt boven het gemiddelde", "Dat is relatief veel".
_POINTER_LEVEL = re.compile(
    r"\W*(?:dat|dit)(?:\s+(?:cijfer|percentage|aantal|aandeel|bedrag))?\s+(?:is|ligt|was|lag)\s+"
    r"(?:daarmee\s+)?(?:(?:iets|wat|ruim|fors|veel|flink|duidelijk|aanzienlijk|relatief|opvallend"
    r"|erg|zeer)\s+)*(?P<cmp>meer|minder|hoger|lager|boven|onder|rond|hoog|laag|veel|weinig)\b"
    r"(?P<rest>[^.;:]{0,80})",
    re.IGNORECASE,
)
_POINTED = {"meer": "higher", "hoger": "higher", "boven": "higher", "hoog": "higher"}
_POINTED.update(veel="higher", minder="lower", lager="lower", onder="lower", laag="lower")
_POINTED.update(weinig="lower", rond="equal")


def pointed_levels(doc: Document, found: list[Indicator]) -> list[Indicator]:
    """``found`` with the level a pronoun sentence states given to the one figure before it.

    "Het aandeel ouderen is 22%. Dat is meer dan het landelijk gemiddelde.": the
    22% is higher than the national average; a figure-less observation of "Dat"
    is dropped. Only a figure alone in its sentence, without a comparison of its
    own, takes the level.
    """
    text = doc.text
    by_sentence: dict[int, list[int]] = {}
    for i, ind in enumerate(found):
        by_sentence.setdefault(ind.sentence, []).append(i)
    dropped: set[int] = set()
    for sentence in doc.sentences[1:]:
        m = _POINTER_LEVEL.match(text, sentence.start, sentence.end)
        before = by_sentence.get(sentence.index - 1, [])
        if m is None or len(before) != 1 or found[before[0]].value is None:
            continue
        own = by_sentence.get(sentence.index, [])
        if any(found[i].value is not None for i in own):
            continue  # "Dat is 4% meer dan …": the sentence's own figure
        word = m.group("cmp").lower()
        reference = reference_in(m.group("rest"))
        if word in {"boven", "onder", "rond"} and reference is None:
            continue  # "Dat is onder meer …"
        figure = found[before[0]]
        if figure.comparison is not None:
            continue
        # a municipality named as the compared term, each of a coordination its own indicator
        # ("Dat is meer dan in Borsele en Kapelle")
        places = [] if reference else places_after(text, m.start("rest"), m.end("rest"))
        found[before[0]] = replace(figure, comparison=_POINTED[word], reference=reference)
        if places:
            found[before[0]] = replace(found[before[0]], reference=places[0])
            found.extend(replace(found[before[0]], reference=place) for place in places[1:])
        dropped.update(i for i in own if found[i].measure is None and found[i].start < m.end())
    return [ind for i, ind in enumerate(found) if i not in dropped]
