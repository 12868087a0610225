"""Indicators: every quantitative statement in the text as a statistical observation.

Numbers are found as digits (``30.000``, ``4%``, ``€ 850,-``, ``8 ton``) or as
words (``twee maal``, ``twee inwoners``, ``veertig jaar``, ``een half jaar``,
``duizenden``). Around each number the extractor reads the approximation before
it ("ongeveer", "iets minder dan", "ruim", "bijna"), the measure after it (the
next noun phrase) and a comparison ("meer dan gemiddeld", "onder het landelijk
gemiddelde", "tegenover 12% landelijk").

Numbers that are not values are skipped: dates, years, ages ("65 jaar",
"onder de 25"), labels ("prioriteit 1, 2 en 3"), the words of a slogan ("één
gezin, één plan") and the pronoun "de één". National reference values ("12%
landelijk", "(ruim € 475,- per inwoner)" after "het landelijk gemiddelde", a
sentence "De landelijke percentages zijn 29% en 18%") become the
``national_value`` of the observation they belong to, not observations of
their own. Comparisons without a number ("is lager", "ligt veel hoger dan het
landelijk gemiddelde") come from :mod:`kg.extract.comparisons`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from kg.document import Document
from kg.extract.model import Extraction, Indicator
from kg.namespaces import slugify

WORD_NUMBERS = {
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
    "elf": 11,
    "twaalf": 12,
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
    "honderd": 100,
    "duizend": 1000,
}
#: Words for an unspecified large number: a count without a value.
VAGUE_NUMBERS = frozenset({"tientallen", "honderden", "duizenden", "tienduizenden"})
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
_MONTHS = r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_NUMBER = re.compile(
    rf"(?P<euro>€\s?)?(?P<num>{_NUM})(?P<dash>,-)?\s*(?P<pct>%)?(?:\s*(?P<ton>ton)\b)?"
)
_WORD_NUMBER = re.compile(
    r"\b(?P<word>" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")\s+"
    r"(?P<what>maal|keer|[\w’'+-]+)",
    re.IGNORECASE,
)
_VAGUE = re.compile(r"\b(?P<word>" + "|".join(sorted(VAGUE_NUMBERS)) + r")\s+(?P<what>\w+)", re.I)
_HALF_YEAR = re.compile(r"\been\s+half\s+jaar\b", re.IGNORECASE)
_LABEL_RUN = re.compile(
    r"\b(?:prioriteit|nummer|nr\.?|fase|stap|artikel|hoofdstuk|paragraaf|niveau)\s+"
    r"\d+(?:(?:\s*(?:,|en|t/m|-))+\s*\d+)*",
    re.IGNORECASE,
)
NATIONAL_SENTENCE = re.compile(
    r"^\W*(?:de\s+|het\s+)?landelijke?\s+(?:percentages?|cijfers?|gemiddelden?|waarden?|aandelen?)"
    r"\s+(?:zijn|is|bedraagt|bedragen|liggen\s+op|ligt\s+op)\b",
    re.IGNORECASE,
)
_NATIONAL_PAREN = re.compile(r"landelijke?\s+(?:gemiddelde|niveau|cijfer)\s*\(\s*[^()]*$", re.I)


def to_decimal(text: str) -> Decimal:
    """Parse a Dutch number (``30.000``, ``2,5``) into a Decimal."""
    return Decimal(text.replace(".", "").replace(",", "."))


def _qualifier(doc: Document, start: int, floor: int) -> tuple[str | None, int]:
    before = doc.text[floor:start].rstrip()
    lowered = before.lower()
    for q in QUALIFIERS:
        if lowered.endswith(q) and (len(lowered) == len(q) or not lowered[-len(q) - 1].isalnum()):
            return before[len(before) - len(q) :], floor + len(before) - len(q)
    return None, start


def _measure_after(doc: Document, pos: int, end: int) -> tuple[str, int]:
    """The noun phrase after a number: up to the first content word."""
    window = doc.text[pos:end]
    m = re.match(
        r"\s*(?:(?:meer|minder|hoger|lager|per)\s+)?"
        r"((?:van\s+de\s+)?[\wÀ-ÿ’'+-]+(?:\s+[\wÀ-ÿ’'+-]+){0,3})",
        window,
    )
    if not m:
        return "", pos
    kept: list[str] = []
    for w in m.group(1).split():
        low = w.lower()
        if low in {"dan", "als", "en", "is", "zit", "ligt", "heeft", "telt", "tegenover", "ruim"}:
            break
        kept.append(w)
        if low not in _STOP and low not in {"meer", "minder"}:
            break
    phrase = " ".join(kept).strip(" ,.;:()")
    stop = pos + window.find(kept[-1]) + len(kept[-1]) if kept else pos
    return phrase, stop


_COMPARISON_WORDS = {
    "meer": "more",
    "minder": "less",
    "hoger": "higher",
    "lager": "lower",
    "onder": "lower",
    "beneden": "lower",
    "boven": "higher",
    "zo hoog": "higher",
    "zo laag": "lower",
}


def _comparison(tail: str) -> tuple[str | None, str | None, Decimal | None]:
    """Comparison, reference and national value in the clause after a number."""
    tail = tail.lower()
    clause = re.split(r"[;(]|\s(?:namelijk|maar)\s|\d", tail, maxsplit=1)[0]
    comparison = reference = None
    national: Decimal | None = None
    m = re.search(r"\b(zo hoog|zo laag|meer|minder|hoger|lager|onder|beneden|boven)\b", clause)
    if m:
        comparison = _COMPARISON_WORDS[m.group(1)]
    if re.search(r"\b(?:gemiddeld|landelijk|gemiddelde)\b", clause):
        reference = "national average"
    elif "grootteklasse" in clause or re.search(r"\b(?:kleine|vergelijkbare)\s+gemeenten", clause):
        reference = "size class"
    elif re.search(r"\bandere\s+gemeenten\b", clause):
        reference = "other municipalities"
    t = re.search(rf"tegenover\s+(?:ruim\s+|ongeveer\s+)?({_NUM})\s*%?\s*landelijk", tail)
    if t:
        national = to_decimal(t.group(1))
        reference = "national average"
    if comparison and reference is None and not re.search(r"\b(?:dan|als)\b", clause):
        comparison = None
    return comparison, reference, national


def _skip_number(doc: Document, start: int, end: int, labels: list[tuple[int, int]]) -> bool:
    text = doc.text
    after = text[end : end + 14]
    before = text[max(0, start - 12) : start]
    num = text[start:end]
    if any(s <= start < e for s, e in labels):
        return True
    if re.match(rf"\s*(?:{_MONTHS})\b", after, re.I):
        return True  # a day of a date
    if re.fullmatch(r"(?:19|20)\d\d", num.strip()):
        return True  # a year
    if re.match(r"\s*(?:jaar\b(?!\s+lang)|\+)", after):
        return True  # an age ("65 jaar", "65+") describes a measure
    if re.search(r"\bonder\s+de\s*$", before):
        return True  # an age bound ("jongeren onder de 25")
    return bool(re.fullmatch(r"\d", num) and re.match(r"^,\s*\d", after))


def _numbers(doc: Document, sentence, labels: list[tuple[int, int]]) -> list[Indicator]:  # noqa: ANN001
    found: list[Indicator] = []
    for m in _NUMBER.finditer(doc.text, sentence.start, sentence.end):
        if _skip_number(doc, m.start("num"), m.end("num"), labels):
            continue
        value = to_decimal(m.group("num"))
        unit = "count"
        if m.group("pct"):
            unit = "percent"
        elif m.group("euro"):
            unit = "EUR"
        elif m.group("ton"):
            unit, value = "EUR", value * 100_000
        elif re.match(r"\s*jaar\s+lang\b", doc.text[m.end() : m.end() + 12]):
            unit = "years"
        qualifier, q_start = _qualifier(doc, m.start(), sentence.start)
        measure, m_end = _measure_after(doc, m.end(), sentence.end)
        per = re.match(r"\s*per\s+inwoner\b", doc.text[m.end() : m.end() + 15])
        if per:
            measure, m_end = "per inwoner", m.end() + per.end()
            if unit == "EUR":
                unit = "EUR per inhabitant"
        found.append(
            _observation(
                doc,
                sentence,
                (min(q_start, m.start()), max(m_end, m.end())),
                m.end(),
                measure,
                value,
                unit,
                qualifier,
            )
        )
    return found


def _observation(
    doc: Document,
    sentence,  # noqa: ANN001
    span: tuple[int, int],
    after: int,
    measure: str,
    value: Decimal,
    unit: str,
    qualifier: str | None,
) -> Indicator:
    """An observation of a number found at ``span``; its comparison is read from ``after`` on."""
    comparison, reference, national = _comparison(doc.text[after : sentence.end])
    return Indicator(
        start=span[0],
        end=span[1],
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


def _word_numbers(doc: Document, sentence) -> list[Indicator]:  # noqa: ANN001
    text = doc.text
    found: list[Indicator] = []
    for m in _WORD_NUMBER.finditer(text, sentence.start, sentence.end):
        word, what = m.group("word").lower(), m.group("what").lower()
        if what in _STOP:
            continue
        if word == "één":
            if re.search(r"\b(?:de|het)\s+$", text[max(0, m.start() - 8) : m.start()]):
                continue  # "de één": a pronoun
            near = text[max(sentence.start, m.start() - 40) : min(sentence.end, m.end() + 40)]
            if len(re.findall(r"\bé[ée]n\b", near, re.I)) > 1:
                continue  # "één gezin, één plan, één regisseur": a slogan
        value = Decimal(WORD_NUMBERS[word])
        unit = "count"
        if what in {"maal", "keer"}:
            unit = "ratio"
        elif what == "jaar":
            unit = "years"
        if unit == "ratio":
            measure, m_end = _measure_after(doc, m.end(), sentence.end)
        else:
            measure, m_end = what, m.end()
        qualifier, q_start = _qualifier(doc, m.start(), sentence.start)
        found.append(
            _observation(
                doc,
                sentence,
                (min(q_start, m.start()), max(m.end(), m_end)),
                m.end(),
                measure,
                value,
                unit,
                qualifier,
            )
        )
    for m in _VAGUE.finditer(text, sentence.start, sentence.end):
        found.append(
            Indicator(
                m.start(),
                m.end(),
                sentence.index,
                slugify(m.group("what")),
                m.group("what"),
                None,
                "count",
                approximate=True,
                qualifier=m.group("word"),
            )
        )
    for m in _HALF_YEAR.finditer(text, sentence.start, sentence.end):
        found.append(
            Indicator(
                m.start(),
                m.end(),
                sentence.index,
                "duration",
                "jaar",
                Decimal(6),
                "months",
                approximate=True,
            )
        )
    return found


def _unit_family(unit: str | None) -> str | None:
    return "EUR" if unit and unit.startswith("EUR") else unit


def _with_national(ind: Indicator, national: Indicator) -> Indicator:
    """``ind`` with ``national``'s value as its national reference."""
    assert ind.value is not None and national.value is not None
    unit = national.unit if _unit_family(national.unit) == _unit_family(ind.unit) else ind.unit
    comparison = ind.comparison
    if ind.value != national.value:
        comparison = "higher" if ind.value > national.value else "lower"
    return replace(
        ind,
        unit=unit,
        national_value=national.value,
        reference="national average",
        comparison=comparison,
    )


def _apply_national(doc: Document, by_sentence: dict[int, list[Indicator]]) -> None:
    """Turn national reference values into ``national_value`` of their observations."""
    previous: list[Indicator] = []
    for sentence in doc.sentences:
        current = by_sentence.get(sentence.index, [])
        text = doc.text[sentence.start : sentence.end]
        if current and NATIONAL_SENTENCE.match(text) and previous:
            # "De landelijke percentages zijn 29% en 18%": in order, per unit.
            pool = [p for p in previous if p.value is not None]
            for ref in current:
                same = [p for p in pool if _unit_family(p.unit) == _unit_family(ref.unit)]
                if same:
                    target = same[0]
                    pool.remove(target)
                    idx = previous.index(target)
                    previous[idx] = _with_national(target, ref)
            by_sentence[previous[0].sentence] = previous
            by_sentence[sentence.index] = []
            continue
        kept: list[Indicator] = []
        for ind in current:
            before = doc.text[sentence.start : ind.start]
            is_national = bool(
                re.search(r"tegenover\s*$", before)
                and "landelijk" in doc.text[ind.start : ind.end + 12].lower()
            )
            if not is_national and ind.value is not None:
                is_national = bool(_NATIONAL_PAREN.search(before))
            targets = [
                k
                for k in kept
                if k.value is not None and _unit_family(k.unit) == _unit_family(ind.unit)
            ]
            if is_national and targets:
                kept[kept.index(targets[-1])] = _with_national(targets[-1], ind)
                continue
            kept.append(ind)
        by_sentence[sentence.index] = kept
        if kept:
            previous = kept


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
        In text order; qualitative comparisons have ``value`` None.
    """
    from kg.extract.comparisons import qualitative_comparisons, trimmed

    by_sentence: dict[int, list[Indicator]] = {}
    for sentence in doc.sentences:
        labels = [
            (m.start(), m.end())
            for m in _LABEL_RUN.finditer(doc.text, sentence.start, sentence.end)
        ]
        numeric = _numbers(doc, sentence, labels) + _word_numbers(doc, sentence)
        numeric.sort(key=lambda i: (i.start, i.end))
        by_sentence[sentence.index] = numeric
    _apply_national(doc, by_sentence)
    found = [trimmed(doc.text, i) for inds in by_sentence.values() for i in inds]
    found += qualitative_comparisons(doc, found)
    found.sort(key=lambda i: (i.start, i.end, i.measure))
    return found
