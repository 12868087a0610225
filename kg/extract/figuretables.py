"""A small table in running text whose columns are years: each row is one change.

Profiles written by data-minded authors set figures out as a plain-text table under a
header of years::

                                   2014      2015
    Wmo-maatwerkvoorzieningen      2.050     2.260
    Bijstandsuitkeringen           1.880     2.030

The document model makes each line a sentence. A row (a label, then as many figures as
the header has years, nothing else) states how its quantity went from the first year to
the last: as "van 2.050 in 2014 naar 2.260" it is one observation, the last figure its
value, ``increase`` or ``decrease`` its comparison, the first year its reference (the
guideline on changes over time). The measure is the label's, else the caption's before the
header ("aantal cliënten op 31 december").

Source: the layout of statistical tables (a stub column and year columns); written from
the general form, checked on the invented tuning profile that uses it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.document import Document
from kg.extract.measures import MeasureVocabulary
from kg.extract.model import Indicator

__all__ = ["table_rows"]

#: A header of years: "2014 2015", "Voorziening 2014 2015 2016".
_HEADER = re.compile(r"\s*(?:[^\W\d][^\d]{0,40}\s)?((?:19|20)\d\d)(?:\s+(?:19|20)\d\d)+\s*")
_YEARS = re.compile(r"(?:19|20)\d\d")
#: How many rows a table may have before its header is too far back.
_ROWS = 12


def table_rows(doc: Document, found: list[Indicator], vocab: MeasureVocabulary) -> list:
    """``found`` with each row of a table of years read as one change.

    Examples
    --------
    >>> from decimal import Decimal
    >>> from types import SimpleNamespace as N
    >>> from kg.extract.measures import load_measures
    >>> s = "Aantal cliënten: 2014 2015 Bijstandsuitkeringen 1.880 2.030"
    >>> doc = N(text=s, sentences=[N(start=0, end=16), N(start=17, end=26),
    ...                            N(start=27, end=len(s))])
    >>> a = Indicator(48, 53, 3, None, "", Decimal(1880), "count")
    >>> b = Indicator(54, 59, 3, None, "", Decimal(2030), "count")
    >>> [(s[i.start : i.end], i.value, i.comparison, i.reference)
    ...  for i in table_rows(doc, [a, b], load_measures())]
    [('Bijstandsuitkeringen 1.880 2.030', Decimal('2030'), 'increase', '2014')]
    """
    rows: dict[int, list[int]] = {}
    for i, ind in enumerate(found):
        if ind.value is not None:
            rows.setdefault(ind.sentence, []).append(i)
    dropped: set[int] = set()
    out = list(found)
    for number, members in rows.items():
        if len(members) < 2 or not 0 < number <= len(doc.sentences):
            continue
        figures = [found[i] for i in members]
        sentence = doc.sentences[number - 1]  # counted from one
        if not _row(doc.text, sentence.start, sentence.end, figures):
            continue
        header = _header(doc, number, len(figures), rows)
        if header is None:
            continue
        first, last = figures[0], figures[-1]
        was, now = first.value, last.value
        if was is None or now is None or was == now or first.unit != last.unit:
            continue
        years, caption = header
        out[members[-1]] = replace(
            last,
            start=sentence.start,
            end=last.end,
            comparison="increase" if now > was else "decrease",
            reference=years,
            measure=last.measure or first.measure or _measure(doc, sentence, caption, last, vocab),
        )
        dropped.update(members[:-1])
    return [ind for i, ind in enumerate(out) if i not in dropped]


def _row(text: str, start: int, end: int, figures: list[Indicator]) -> bool:
    """Whether the sentence is a label and then only its figures."""
    label = text[start : figures[0].start]
    if not label.strip() or any(c.isdigit() for c in label) or len(label) > 60:
        return False
    gaps = (text[a.end : b.start] for a, b in zip(figures, figures[1:], strict=False))
    return all(not gap.strip() for gap in gaps) and not text[figures[-1].end : end].strip(" .")


def _header(
    doc: Document, number: int, columns: int, rows: dict[int, list[int]]
) -> tuple[str, int] | None:
    """The first year of the header of years above row ``number`` and the sentence before
    the header (its caption), when the rows between are rows too; None for none."""
    for back in range(number - 1, max(0, number - _ROWS), -1):
        sentence = doc.sentences[back - 1]
        m = _HEADER.fullmatch(doc.text, sentence.start, sentence.end)
        if m is not None:
            years = _YEARS.findall(doc.text, m.start(1), sentence.end)
            return (m.group(1), back - 1) if len(years) == columns else None
        if len(rows.get(back, ())) != columns:
            return None
    return None


def _measure(
    doc: Document, sentence, caption: int, figure: Indicator, vocab: MeasureVocabulary
) -> str | None:
    """The measure the row's label names, else the table's caption."""
    cues = [c for _, _, c in vocab.cues_in(doc.text, sentence.start, figure.start)]
    if 0 < caption <= len(doc.sentences):
        above = doc.sentences[caption - 1]
        cues += [c for _, _, c in vocab.cues_in(doc.text, above.start, above.end)]
    chosen = vocab.choose(cues, figure.unit, figure.value)
    return chosen.key if chosen else None
