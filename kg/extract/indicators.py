"""Indicators: every number in the text as a statistical observation.

Numbers are found as digits (``30.000``, ``4%``, ``€ 850,-``, ``8 ton``) or as
words (``twee maal``, ``twee inwoners``, ``een half jaar``). Around each number
the extractor reads the approximation before it ("ongeveer", "iets minder
dan", "ruim", "bijna"), the measure after it (the next noun phrase), and a
comparison ("meer dan gemiddeld", "onder het landelijk gemiddelde",
"tegenover 12% landelijk").
"""

from __future__ import annotations

import re
from decimal import Decimal

from kg.document import Document
from kg.extract.model import Extraction, Indicator
from kg.namespaces import slugify

WORD_NUMBERS = {
    "een": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "twintig": 20,
    "honderd": 100,
    "duizend": 1000,
    "duizenden": 1000,
}
QUALIFIERS = (
    "iets minder dan",
    "iets meer dan",
    "minder dan",
    "meer dan",
    "ongeveer",
    "circa",
    "ca.",
    "ruim",
    "bijna",
    "krap",
    "slechts",
    "zo'n",
    "rond de",
    "ten minste",
)
_APPROXIMATE = frozenset(QUALIFIERS) - {"slechts"}
_STOP = frozenset(
    {"de", "het", "een", "van", "in", "op", "voor", "uit", "en", "dat", "is", "zijn", "per", "met"}
)

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_NUMBER = re.compile(
    rf"(?P<euro>€\s?)?(?P<num>{_NUM})(?P<dash>,-)?\s*(?P<pct>%)?(?:\s*(?P<ton>ton)\b)?"
)
_WORD_NUMBER = re.compile(
    r"\b(?P<word>twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|één|duizenden)\s+"
    r"(?P<what>maal|keer|\w+)",
    re.IGNORECASE,
)
_HALF_YEAR = re.compile(r"\been\s+half\s+jaar\b", re.IGNORECASE)
_DATE_CONTEXT = re.compile(
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)",
    re.I,
)


def _to_decimal(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def _qualifier(doc: Document, start: int, floor: int) -> tuple[str | None, int]:
    before = doc.text[floor:start].rstrip()
    lowered = before.lower()
    for q in QUALIFIERS:
        if lowered.endswith(q):
            return before[len(before) - len(q) :], floor + len(before) - len(q)
    return None, start


def _measure_after(doc: Document, pos: int, end: int) -> tuple[str, int]:
    """The noun phrase after a number: up to the first stop at a clause break."""
    window = doc.text[pos:end]
    m = re.match(
        r"\s*(?:(?:meer|minder|hoger|lager|per)\s+)?((?:van\s+de\s+)?[\wÀ-ÿ’'+-]+(?:\s+[\wÀ-ÿ’'+-]+){0,3})",
        window,
    )
    if not m:
        return "", pos
    words = m.group(1).split()
    kept: list[str] = []
    for w in words:
        if w.lower() in {"dan", "als", "en", "is", "zit", "ligt", "heeft", "telt", "tegenover"}:
            break
        kept.append(w)
        if len(kept) >= 1 and w.lower() not in _STOP and w.lower() not in {"meer", "minder"}:
            break
    phrase = " ".join(kept).strip(" ,.;:()")
    stop = pos + window.find(kept[-1]) + len(kept[-1]) if kept else pos
    return phrase, stop


def _comparison(sentence_text: str, rel: int) -> tuple[str | None, str | None, Decimal | None]:
    tail = sentence_text[rel : rel + 90].lower()
    comparison = reference = None
    national: Decimal | None = None
    m = re.match(r"[^.;]*?\b(meer|minder|hoger|lager|onder|boven)\b", tail)
    if m:
        comparison = {"onder": "less", "boven": "more", "meer": "more", "minder": "less"}.get(
            m.group(1), m.group(1).replace("hoger", "higher").replace("lager", "lower")
        )
    if re.search(r"\b(?:gemiddeld|landelijk|gemiddelde)\b", tail[:70]):
        reference = "national average"
    elif "grootteklasse" in tail:
        reference = "size class"
    elif "andere" in tail and "gemeenten" in tail:
        reference = "other municipalities"
    t = re.search(rf"tegenover\s+({_NUM})\s*%?\s*landelijk", tail)
    if t:
        national = _to_decimal(t.group(1))
        reference = "national average"
        comparison = comparison or None
    if comparison and reference is None:
        comparison = None if not re.search(r"\bdan\b", tail[:60]) else comparison
    return comparison, reference, national


def extract_indicators(doc: Document, extraction: Extraction) -> list[Indicator]:
    """Return every quantitative statement of the document.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    extraction : Extraction
        The extraction so far (unused fields are left alone).

    Returns
    -------
    list of Indicator
        In text order.
    """
    found: list[Indicator] = []
    for sentence in doc.sentences:
        s_text = doc.text[sentence.start : sentence.end]
        taken: list[tuple[int, int]] = []
        for m in _NUMBER.finditer(doc.text, sentence.start, sentence.end):
            num_text = m.group("num")
            if _DATE_CONTEXT.match(doc.text[m.end() : m.end() + 12].strip()) or re.search(
                r"(?:januari|juni|voor)\s*$", doc.text[max(0, m.start() - 10) : m.start()]
            ):
                continue
            if re.match(r"^\s*(?:jaar\b|\+)", doc.text[m.end() : m.end() + 6]) and not m.group(
                "pct"
            ):
                # ages ("65 jaar", "65+") describe a measure, they are not values
                continue
            if re.search(r"onder\s+de\s*$", doc.text[max(0, m.start() - 10) : m.start()]):
                continue
            if re.fullmatch(r"\d", num_text) and re.match(r"^,\s*\d", doc.text[m.end() : m.end() + 3]):
                continue
            value = _to_decimal(num_text)
            unit = "count"
            if m.group("pct"):
                unit = "percent"
            elif m.group("euro"):
                unit = "EUR"
            elif m.group("ton"):
                unit = "EUR"
                value = value * 100_000
            qualifier, q_start = _qualifier(doc, m.start(), sentence.start)
            measure, m_end = _measure_after(doc, m.end(), sentence.end)
            if unit == "EUR" and re.match(r"\s*per\s+inwoner", doc.text[m.end() : m.end() + 15]):
                unit = "EUR per inhabitant"
                m_end = m.end() + doc.text[m.end() :].find("inwoner") + len("inwoner")
                measure = "per inwoner"
            if unit == "percent" and re.match(r"\s*per\s+inwoner", doc.text[m.end() : m.end() + 15]):
                measure = "per inwoner"
            comparison, reference, national = _comparison(s_text, m.end() - sentence.start)
            start, end = min(q_start, m.start()), max(m_end, m.end())
            taken.append((m.start(), m.end()))
            found.append(
                Indicator(
                    start=start,
                    end=end,
                    sentence=sentence.index,
                    measure=slugify(measure) if measure else "value",
                    measure_label=measure,
                    value=value,
                    unit=unit,
                    approximate=bool(qualifier and qualifier.lower() in _APPROXIMATE),
                    qualifier=qualifier,
                    comparison=comparison,
                    reference=reference,
                    national_value=national,
                )
            )
        for m in _WORD_NUMBER.finditer(doc.text, sentence.start, sentence.end):
            word, what = m.group("word").lower(), m.group("what").lower()
            if what in _STOP or what in {"redenen"} and False:
                continue
            value = Decimal(WORD_NUMBERS[word])
            unit = "ratio" if what in {"maal", "keer"} else "count"
            if word == "duizenden":
                pass
            measure, m_end = (what, m.end()) if unit == "count" else _measure_after(
                doc, m.end(), sentence.end
            )
            comparison, reference, national = _comparison(s_text, m.end() - sentence.start)
            found.append(
                Indicator(
                    start=m.start(),
                    end=m.end() if unit == "count" else max(m.end(), m_end),
                    sentence=sentence.index,
                    measure=slugify(measure),
                    measure_label=measure,
                    value=value,
                    unit=unit,
                    approximate=word == "duizenden",
                    qualifier=None,
                    comparison=comparison,
                    reference=reference,
                    national_value=national,
                )
            )
        for m in _HALF_YEAR.finditer(doc.text, sentence.start, sentence.end):
            found.append(
                Indicator(m.start(), m.end(), sentence.index, "duration", "jaar", Decimal(6), "months",
                          approximate=True, qualifier="een half")
            )
    found.sort(key=lambda i: (i.start, i.end, i.measure))
    return found
