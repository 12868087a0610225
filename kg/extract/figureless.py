"""Figure-less comparisons in forms the other readers of levels leave out.

A statistical profile compares a quantity with a reference in words in more
ways than the predicates of :mod:`kg.extract.changes`,
:mod:`kg.extract.standings` and :mod:`kg.extract.contrasts` read. The forms
here, each a :class:`~kg.extract.changes.Change`, are general Dutch of
statistics reports (CBS, waarstaatjegemeente.nl, Sociaal en Cultureel
Planbureau, the gemeentefonds' circulars), written without reading any
profile:

- an attributive comparative with its reference: ``de gemeente heeft een
  hogere bijstandsdichtheid dan de regio``, ``kent lagere inkomens dan
  gemiddeld``;
- a service used much or little, in the passive: ``huishoudelijke hulp wordt
  weinig gebruikt``, ``de jeugd-ggz wordt relatief vaak ingezet``;
- receiving or spending more or less than a reference: ``de gemeente ontvangt
  per inwoner minder dan het landelijk gemiddelde``, ``geeft minder uit aan de
  Wmo dan vergelijkbare gemeenten``;
- a score stated after its subject or as average: ``op gezondheid scoort de
  gemeente laag``, ``scoort gemiddeld op de indicatoren``, ``scoort op bijna
  alle indicatoren ongunstig``;
- differing from a reference without saying how much: ``de bijstandsdichtheid
  wijkt sterk af van het landelijk beeld`` (no direction);
- a municipality that gains or loses in the objective allocation model of the
  gemeentefonds: ``een nadeelgemeente``, ``het verdeelmodel pakt nadelig uit``;
- a bare comparative predicate, its reference left to the context: ``maar de
  jeugdwerkloosheid is hoger``;
- a level after an insertion between commas: ``ligt in Venlo, net als in de
  rest van Limburg, onder het landelijk gemiddelde``;
- a comparison put first, its subject after the verb (inversion): ``boven het
  landelijk gemiddelde ligt het gebruik van jeugdhulp``;
- a level against the reference of the clause before, named by a pronominal
  adverb: ``het aandeel ouderen ligt boven het gemiddelde; het aandeel jongeren
  ligt eronder``;
- a service made much or little use of: ``er wordt weinig gebruikgemaakt van
  de regeling``, ``inwoners maken relatief veel gebruik van de Wmo``.

Set phrases (a fronted degree, lagging behind on a domain, ageing as a state,
money left over) are in :mod:`kg.extract.figureidioms`, whose rules follow these.

Every pattern is bounded and tried only on sentences holding its key words.
"""

from __future__ import annotations

import re

from kg.extract.changes import Change, clause_start
from kg.extract.changewords import AVERAGE_OF, DIRECTION, compared_with
from kg.extract.figureidioms import RULES as IDIOM_RULES
from kg.extract.figureidioms import left_over as left_over
from kg.extract.prefixscan import finditer as prefixed_finditer
from kg.extract.subjects import names_quantity as _quantity

#: Degree words before a level or a quantifier.
_DEGREE = (
    r"(?:(?:erg|zeer|vrij|heel|relatief|opvallend|naar\s+verhouding|verhoudingsgewijs|iets|wat"
    r"|veel|fors|flink|duidelijk|aanzienlijk|beduidend|sterk|juist|ook|nog|wel|daarentegen"
    r"|bovengemiddeld)\s+)*"
)
#: What a comparison is set against, up to the clause's end.
_REF = r"(?P<ref>[^,;:.()]{1,60})"
_ATTRIBUTIVE_WORDS = {
    "hogere": "higher",
    "lagere": "lower",
    "grotere": "higher",
    "kleinere": "lower",
    "betere": "better",
    "gunstigere": "better",
    "slechtere": "worse",
    "ongunstigere": "worse",
    "sterkere": "higher",
    # the bare form before a neuter noun after "een": "een hoger aandeel 65-plussers dan …"
    "hoger": "higher",
    "lager": "lower",
    "groter": "higher",
    "kleiner": "lower",
}
#: "een hogere bijstandsdichtheid dan de regio": a comparative before its noun, then "dan".
_ATTRIBUTIVE_THAN = re.compile(
    r"\b(?:(?:een|de)\s+)?"
    + _DEGREE
    + r"(?P<cmp>"
    + "|".join(_ATTRIBUTIVE_WORDS)
    + r")\s+(?P<what>(?:aandeel|percentage|aantal)\s+[\w’'+-]+|[^\W\d][\w’'-]*(?:\s+(?:van|voor"
    r"|onder|in|aan|op)\s+(?:de\s+|het\s+)?[^\W\d][\w’'-]*)?)\s+dan\s+" + _REF,
    re.IGNORECASE,
)
#: "wordt weinig gebruikt": how much a service is used, in the passive.
_USED = re.compile(
    r"\s(?:wordt|worden|werd|werden)\s+(?:(?:er|in\s+\w+|daar|hier)\s+)?"
    + _DEGREE
    + r"(?P<cmp>veel|weinig|vaak|vaker|zelden|nauwelijks|meer|minder\s+vaak|minder)\s+"
    r"(?:(?:dan\s+(?P<ref0>[^,;:.()]{1,40}?)\s+)?)"
    r"(?P<verb>gebruikt|ingezet|aangevraagd|voorgeschreven|verstrekt|toegekend|geïndiceerd"
    r"|aangeboden|ingeschakeld|benut)\b(?:\s+dan\s+" + _REF + ")?",
    re.IGNORECASE,
)
#: Subjects that only point elsewhere: no quantity of their own.
_PRONOUN = re.compile(r"(?:het|dit|dat|die|deze|er|zij|ze|hij|wat|wie|men)?", re.IGNORECASE)
#: "ontvangt per inwoner minder dan gemiddeld", "geeft meer uit aan jeugdhulp dan …".
_RECEIVES = re.compile(
    r"\b(?P<verb>ontvangt|ontvangen|ontving|ontvingen|krijgt|krijgen|kreeg|kregen|geeft|geven"
    r"|gaf|gaven|besteedt|besteden|besteedde|besteedden)\s+(?P<mid>(?:[^\W\d][\w-]*\s+){0,5}?)"
    + _DEGREE
    + r"(?P<cmp>meer|minder)\s+(?:(?:uit|geld|middelen|budget)\s+)?(?:(?:aan|voor)\s+"
    r"(?:de\s+|het\s+)?[^\W\d][\w-]*\s+)?dan\s+" + _REF,
    re.IGNORECASE,
)
#: Verbs of spending (the others receive).
_SPENDS = ("geeft", "geven", "gaf", "gaven", "besteedt", "besteden", "besteedde", "besteedden")
_SCORE_WORDS = {
    "hoog": "higher",
    "goed": "higher",
    "gunstig": "higher",
    "laag": "lower",
    "slecht": "lower",
    "ongunstig": "lower",
    "gemiddeld": "equal",
    "bovengemiddeld": "higher",
    "ondergemiddeld": "lower",
}
_SCORE = r"(?P<cmp>hoog|laag|goed|slecht|gunstig|ongunstig|gemiddeld|bovengemiddeld|ondergemiddeld)"
_SCORE_VERB = r"(?:scoort|scoren|scoorde|scoorden)"
#: "Op gezondheid scoort de gemeente laag": the subject after the verb.
_SCORED_ON = re.compile(
    r"\b[Oo]p\s+(?P<what>[^,;:.()]{1,60}?)\s+"
    + _SCORE_VERB
    + r"\s+(?:(?:de|het|deze)\s+)?(?:[^\W\d][\w-]*\s+){0,2}?"
    + _DEGREE
    + _SCORE
    + r"\b(?!\s+(?:op|dan)\b)",
)
#: "scoort gemiddeld op X", "scoort op bijna alle indicatoren ongunstig".
_SCORES_ON_ALL = re.compile(
    r"\b"
    + _SCORE_VERB
    + r"\s+(?:op\s+(?P<what>(?:(?:bijna|vrijwel|nagenoeg)\s+)?(?:alle|de\s+meeste|veel"
    r"|meerdere|verschillende)\s+[^,;:.()]{1,40}?)\s+"
    + _DEGREE
    + _SCORE
    + r"\b|"
    + _DEGREE
    + r"(?P<avg>gemiddeld|bovengemiddeld|ondergemiddeld)\s+op\s+(?P<what2>[^,;:.()]{1,60}))",
    re.IGNORECASE,
)
_HOW = {"positief": "better", "gunstig": "better", "negatief": "worse", "ongunstig": "worse"}
#: "wijkt sterk af van het landelijk beeld": a difference without its direction (or with
#: its judgement: "wijkt gunstig af").
_DIFFERS = re.compile(
    r"\b(?:wijkt|wijken|week|weken)\s+(?P<mid>(?:[^\W\d][\w-]*\s+){0,4}?)"
    r"(?:(?:sterk|fors|duidelijk|enigszins|iets|wat|licht|aanzienlijk|flink|behoorlijk)\s+)?"
    r"(?:(?P<how>positief|negatief|gunstig|ongunstig)\s+)?af\s+van\s+" + _REF,
    re.IGNORECASE,
)
#: Words that make a difference none ("wijkt nauwelijks af", read as equal elsewhere).
_HARDLY = re.compile(r"\b(?:niet|nauwelijks|amper|weinig|nagenoeg|vrijwel|bijna)\b", re.I)
#: The objective allocation model of the gemeentefonds: a municipality gains or loses.
_ALLOCATION = re.compile(r"\b(?P<cmp>nadeel|voordeel)gemeente\b", re.IGNORECASE)
#: "het nieuwe verdeelmodel pakt nadelig uit": a model or allocation turning out for or
#: against the municipality.
_TURNS_OUT = re.compile(
    r"\b(?P<what>(?:[\w-]*(?:verdeelmodel|verdeling|model|uitkering|herverdeling))\b[^,;:.()]{0,60}?)"
    r"\s+(?:pakt|pakken|pakte|pakten|valt|vallen|viel|vielen)\s+(?:[^\W\d][\w-]*\s+){0,4}?"
    r"(?:(?:licht|iets|fors|flink|wat|sterk)\s+)?(?P<cmp>nadelig|negatief|ongunstig|voordelig"
    r"|positief|gunstig)\s+uit\b",
    re.IGNORECASE,
)
_FAVOURABLE = ("voordelig", "positief", "gunstig")
_COPULAS = r"(?:is|zijn|was|waren|ligt|liggen|lag|lagen|blijft|blijven|bleef|bleven)"
#: A bare comparative as the predicate: "maar de jeugdwerkloosheid is hoger".
_BARE = re.compile(
    r"\s" + _COPULAS + r"\s+" + _DEGREE + r"(?P<cmp>hoger|lager|groter|kleiner)"
    r"(?=\s*(?:[.;:)]|$|,\s|\s+(?:en|maar)\b))",
    re.IGNORECASE,
)
#: A level after an insertion between commas: "ligt in Venlo, net als in de rest van
#: Limburg, onder het landelijk gemiddelde".
_AFTER_INSERTION = re.compile(
    r"\s"
    + _COPULAS
    + r"(?:\s+(?P<pre>[^,;:.()]{1,40}?))?\s*,\s*(?P<ins>[^,;:.()]{1,80}),\s*"
    + _DEGREE
    + r"(?P<cmp>boven|onder|rond|hoger|lager|hoog|laag|groter|kleiner)\b"
    r"(?P<rest>\s+(?:het|dan|de)\s+[^,;:.()]{1,60})?",
    re.IGNORECASE,
)


#: A comparison put first, its subject after the verb (Dutch inversion): "Boven het
#: landelijk gemiddelde ligt het gebruik van jeugdhulp", "Opvallend hoog is het aandeel X".
_FRONTED = re.compile(
    r"\b(?P<level>(?P<pos>boven|onder|rond)\s+het\s+(?:"
    + AVERAGE_OF
    + r"\s+)?(?:gemiddelde|niveau)|"
    + _DEGREE
    + r"(?P<cmp>hoger|lager|groter|kleiner|hoog|laag|groot|klein)"
    r"(?:\s+dan\s+(?P<ref>[^,;:.()]{1,40}?))?)"
    r"\s+(?:ligt|liggen|lag|lagen|is|zijn|was|waren)\s+(?:(?:ook|vooral|daarnaast|verder)\s+)?"
    r"(?P<subject>(?:de|het)\s+[^,;:.()]{1,80}?)(?=\s*(?:[,.;:)]|$))",
    re.IGNORECASE,
)


#: A level against the reference of the clause before: "het aandeel jongeren ligt eronder".
_THERE = re.compile(
    r"\s(?:ligt|liggen|lag|lagen|zit|zitten|zat|zaten|is|zijn|was|waren|blijft|blijven)\s+"
    + _DEGREE
    + r"(?:net\s+|ruim\s+|ver\s+)?(?P<cmp>eronder|daaronder|erboven|daarboven)"
    r"(?=\s*(?:[.;:)]|$|,\s|\s+(?:en|maar)\b))",
    re.IGNORECASE,
)
_THERE_WORDS = {
    "eronder": "lower",
    "daaronder": "lower",
    "erboven": "higher",
    "daarboven": "higher",
}
#: The reference a clause before names: "boven het landelijk gemiddelde", "dan in de regio".
_PRIOR_REFERENCE = re.compile(
    r"\b(?:boven|onder|rond)\s+(?P<level>(?:het|dat|die)\s+[^,;:.()]{1,60})"
    r"|\bdan\s+(?P<than>[^,;:.()]{1,60})",
    re.IGNORECASE,
)
_USE_CMP = {"veel": "more", "vaak": "more", "weinig": "lower", "nauwelijks": "lower"}
_USE_CMP.update(meer="more", vaker="more", minder="less", zelden="lower")
#: Use made of a service: "er wordt weinig gebruikgemaakt van X", "maken veel gebruik van X".
_USE_MADE = re.compile(
    r"\b(?P<verb>wordt|worden|werd|werden|maakt|maken|maakte|maakten)\s+"
    r"(?P<mid>(?:[^\W\d][\w-]*\s+){0,4}?)"
    + _DEGREE
    + r"(?P<cmp>veel|vaak|weinig|nauwelijks|meer|vaker|minder|zelden)\s+"
    # the group that uses it may stand between: "maken meer inwoners gebruik van"
    r"(?P<who>(?:[^\W\d][\w-]*e\s+)?(?:\d+-)?[^\W\d][\w-]*(?:en|s)\s+)?"
    r"(?:gebruik\s*gemaakt|gebruik)\s+van\s+(?P<what>(?:de\s+|het\s+)?[^\W\d][^,;:.()]{0,50}?)"
    r"(?:\s+dan\s+(?P<ref>[^,;:.()]{1,40}))?(?=\s*(?:[,.;:)]|$|en\b|maar\b))",
    re.IGNORECASE,
)


#: What stands before a clause that opens with its comparison.
_OPENINGS = (", ", ". ", "; ", ": ", "(")


def direction_of(word: str) -> str:
    """The comparison a level word states (``hoger``, ``gunstig``, ``gemiddeld``, …).

    Examples
    --------
    >>> direction_of("lager"), direction_of("ongunstig"), direction_of("gemiddeld")
    ('lower', 'worse', 'equal')
    """
    return _HOW.get(word) or DIRECTION.get(word) or _SCORE_WORDS[word]


def _reference(words: str | None) -> str | None:
    return compared_with(words) if words else None


def attributive_comparatives(text: str, start: int, end: int) -> list[Change]:
    """A comparative before a quantity noun, then its reference.

    Examples
    --------
    >>> s = "De gemeente heeft een hogere bijstandsdichtheid dan de regio."
    >>> [(c.subject, c.comparison, c.reference) for c in attributive_comparatives(s, 0, len(s))]
    [('bijstandsdichtheid', 'higher', 'region')]
    >>> attributive_comparatives("Zij wil een betere samenwerking dan vroeger.", 0, 43)
    []
    """
    out: list[Change] = []
    for m in prefixed_finditer(_ATTRIBUTIVE_THAN, text, start, end):
        word = m.group("cmp").lower()
        if not word.endswith("e") and not m.group().lower().startswith("een"):
            continue  # "ligt hoger uit dan": the bare form is attributive only after "een"
        ref = _reference(m.group("ref"))
        if ref is None or not _quantity(m.group("what")):
            continue
        cmp = _ATTRIBUTIVE_WORDS[word]
        out.append(Change(m.start(), m.end(), m.group("what"), cmp, ref))
    return out


def passive_use(text: str, start: int, end: int) -> list[Change]:
    """A service used much or little: "huishoudelijke hulp wordt weinig gebruikt".

    Examples
    --------
    >>> s = "Huishoudelijke hulp wordt relatief weinig gebruikt."
    >>> [(s[c.start : c.end], c.comparison) for c in passive_use(s, 0, len(s))]
    [('Huishoudelijke hulp wordt relatief weinig gebruikt', 'lower')]
    >>> s = "Ook de Wmo wordt meer dan gemiddeld gebruikt."
    >>> [(c.subject, c.comparison, c.reference) for c in passive_use(s, 0, len(s))]
    [('gebruik van de Wmo', 'higher', 'national average')]
    >>> passive_use("Dat wordt veel gebruikt.", 0, 24)
    []
    """
    out: list[Change] = []
    for m in _USED.finditer(text, start, end):
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()].strip()
        if not subject or _PRONOUN.fullmatch(subject):
            continue
        words = m.group("ref0") or m.group("ref")
        ref = _reference(words)
        if words and ref is None:
            continue  # "vaker gebruikt dan X": compares two services
        cmp = DIRECTION[" ".join(m.group("cmp").lower().split())]
        if ref is not None and m.group("cmp").lower() in ("meer", "minder"):
            cmp = _AS_LEVEL.get(cmp, cmp)  # "wordt meer dan gemiddeld gebruikt": a level of use
        subject = _LEADING.sub("", subject)  # "Ook de Wmo": the use of the Wmo
        out.append(Change(c0, m.end(), "gebruik van " + subject, cmp, ref))
    return out


#: A direction of amount as the level it states ("meer dan gemiddeld gebruikt": higher; "vaker
#: ingezet dan landelijk" stays more often).
_AS_LEVEL = {"more": "higher", "less": "lower"}
#: Adverbs before a subject that are not part of it.
_LEADING = re.compile(
    r"^(?:(?:ook|daarnaast|verder|bovendien|evenzo|eveneens|zelfs)\s+)+", re.IGNORECASE
)


def received_or_spent(text: str, start: int, end: int) -> list[Change]:
    """More or less money received or spent than a reference.

    Examples
    --------
    >>> s = "De gemeente ontvangt per inwoner minder dan het landelijk gemiddelde."
    >>> [(c.subject, c.comparison, c.reference) for c in received_or_spent(s, 0, len(s))]
    [('bedrag per inwoner', 'less', 'national average')]
    >>> received_or_spent("Zij krijgt meer vragen dan antwoorden.", 0, 37)
    []
    """
    out: list[Change] = []
    if text.find(" dan ", start, end) < 0:
        return out  # every match compares with "dan"
    for m in prefixed_finditer(_RECEIVES, text, start, end):
        ref = _reference(m.group("ref"))
        if ref is None:
            continue
        if re.search(r"\bper\s+inwoner\b", m.group("mid"), re.IGNORECASE):
            subject = "bedrag per inwoner"
        else:
            subject = "uitgaven" if m.group("verb").lower() in _SPENDS else "middelen"
        c0 = clause_start(text, start, m.start())
        out.append(Change(c0, m.end(), subject, DIRECTION[m.group("cmp").lower()], ref))
    return out


def scores(text: str, start: int, end: int) -> list[Change]:
    """A score after its subject, on many indicators, or as average.

    Examples
    --------
    >>> s = "Op gezondheid scoort de gemeente laag."
    >>> [(c.subject, c.comparison) for c in scores(s, 0, len(s))]
    [('gezondheid', 'lower')]
    >>> s = "De gemeente scoort gemiddeld op de indicatoren voor zorggebruik."
    >>> [(c.comparison, c.reference) for c in scores(s, 0, len(s))]
    [('equal', 'national average')]
    """
    out: list[Change] = []
    for m in prefixed_finditer(_SCORED_ON, text, start, end):
        word = m.group("cmp").lower()
        ref = "national average" if "gemiddeld" in word else None
        out.append(Change(m.start(), m.end(), m.group("what"), _SCORE_WORDS[word], ref))
    for m in prefixed_finditer(_SCORES_ON_ALL, text, start, end):
        word = (m.group("cmp") or m.group("avg")).lower()
        ref = "national average" if "gemiddeld" in word else None
        c0 = clause_start(text, start, m.start())
        what = m.group("what") or m.group("what2")
        out.append(Change(c0, m.end(), what, _SCORE_WORDS[word], ref))
    return out


def differences(text: str, start: int, end: int) -> list[Change]:
    """Differing from a reference without saying how much (no direction).

    Examples
    --------
    >>> s = "De bijstandsdichtheid wijkt sterk af van het landelijk beeld."
    >>> [(c.comparison, c.reference) for c in differences(s, 0, len(s))]
    [(None, 'national average')]
    >>> differences("Het beleid wijkt af van de regio.", 0, 32)
    []
    """
    out: list[Change] = []
    for m in prefixed_finditer(_DIFFERS, text, start, end):
        if _HARDLY.search(m.group("mid")):
            continue
        ref = _reference(m.group("ref"))
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()] + " " + m.group("mid")
        if ref is None or not (_quantity(subject) or ref == "national average"):
            continue
        how = m.group("how")
        out.append(Change(c0, m.end(), subject, _HOW[how.lower()] if how else None, ref))
    return out


def allocation_results(text: str, start: int, end: int) -> list[Change]:
    """A municipality that loses or gains in the allocation model of the gemeentefonds.

    Examples
    --------
    >>> s = "Met het nieuwe model is de gemeente een nadeelgemeente."
    >>> [(c.subject, c.comparison) for c in allocation_results(s, 0, len(s))]
    [('budget', 'lower')]
    """
    out: list[Change] = []
    for m in prefixed_finditer(_ALLOCATION, text, start, end):
        cmp = "lower" if m.group("cmp").lower() == "nadeel" else "higher"
        c0 = clause_start(text, start, m.start())
        out.append(Change(c0, m.end(), "budget", cmp))
    return out


def turned_out(text: str, start: int, end: int) -> list[Change]:
    """An allocation model that turns out for or against the municipality.

    Examples
    --------
    >>> s = "Het objectieve verdeelmodel pakt voor de gemeente nadelig uit."
    >>> [(c.subject, c.comparison) for c in turned_out(s, 0, len(s))]
    [('budget', 'lower')]
    """
    out: list[Change] = []
    for m in _TURNS_OUT.finditer(text, start, end):
        cmp = "higher" if m.group("cmp").lower() in _FAVOURABLE else "lower"
        out.append(Change(m.start(), m.end(), "budget", cmp))
    return out


def bare_predicates(text: str, start: int, end: int) -> list[Change]:
    """A comparative predicate of a quantity, its reference left to the context.

    Examples
    --------
    >>> s = "De werkloosheid is laag, maar de jeugdwerkloosheid is hoger."
    >>> [(s[c.start : c.end], c.comparison) for c in bare_predicates(s, 0, len(s))]
    [('de jeugdwerkloosheid is hoger', 'higher')]
    >>> bare_predicates("Dat is hoger.", 0, 13)
    []
    """
    out: list[Change] = []
    for m in _BARE.finditer(text, start, end):
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()]
        if _quantity(subject):
            out.append(Change(c0, m.end(), subject, DIRECTION[m.group("cmp").lower()]))
    return out


def after_insertions(text: str, start: int, end: int) -> list[Change]:
    """A level after an insertion between commas.

    Examples
    --------
    >>> s = "Het gebruik ligt in Venlo, net als in Limburg, onder het landelijk gemiddelde."
    >>> [(c.comparison, c.reference) for c in after_insertions(s, 0, len(s))]
    [('lower', 'national average')]
    """
    out: list[Change] = []
    if text.count(",", start, end) < 2:
        return out  # an insertion stands between two commas
    for m in _AFTER_INSERTION.finditer(text, start, end):
        word = m.group("cmp").lower()
        rest = m.group("rest") or ""
        if word in ("boven", "onder", "rond") and not re.search(r"gemiddeld|niveau", rest, re.I):
            continue
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()]
        if not _quantity(subject):
            continue
        ref = compared_with(re.sub(r"^\s*dan\s+", "", rest)) if rest.strip() else None
        out.append(Change(c0, m.end(), subject, DIRECTION[word], ref))
    return out


def fronted(text: str, start: int, end: int) -> list[Change]:
    """A comparison put first, its subject after the verb.

    Examples
    --------
    >>> s = "Boven het landelijk gemiddelde ligt het gebruik van jeugdhulp."
    >>> [(c.subject, c.comparison, c.reference) for c in fronted(s, 0, len(s))]
    [('het gebruik van jeugdhulp', 'higher', 'national average')]
    >>> s = "Opvallend hoog is het aandeel ouderen."
    >>> [(c.subject, c.comparison) for c in fronted(s, 0, len(s))]
    [('het aandeel ouderen', 'higher')]
    """
    out: list[Change] = []
    for m in prefixed_finditer(_FRONTED, text, start, end):
        subject = m.group("subject")
        opening = m.start() == start or text[max(start, m.start() - 2) : m.start()] in _OPENINGS
        if not opening or not _quantity(subject):
            continue  # first in its sentence or clause, or the words belong to a clause before
        ref: str | None
        if m.group("pos"):
            cmp = DIRECTION[m.group("pos").lower()]
            ref = compared_with(m.group("level")) or "national average"
        else:
            cmp = DIRECTION[m.group("cmp").lower()]
            ref = _reference(m.group("ref"))
        out.append(Change(m.start(), m.end(), subject, cmp, ref))
    return out


def there_levels(text: str, start: int, end: int) -> list[Change]:
    """A level against the reference of the clause before ("ligt eronder").

    Examples
    --------
    >>> s = "Het aandeel ouderen ligt boven het gemiddelde; het aandeel jongeren ligt eronder."
    >>> [(c.subject, c.comparison, c.reference) for c in there_levels(s, 0, len(s))]
    [('het aandeel jongeren', 'lower', 'national average')]
    >>> there_levels("Het huis ligt eronder.", 0, 22)
    []
    """
    out: list[Change] = []
    for m in _THERE.finditer(text, start, end):
        c0 = clause_start(text, start, m.start())
        subject = text[c0 : m.start()].strip()
        if not _quantity(subject):
            continue
        ref = None
        for prior in _PRIOR_REFERENCE.finditer(text, start, c0):
            words = prior.group("level") or prior.group("than")
            ref = compared_with(words) or ref
        cmp = _THERE_WORDS[m.group("cmp").lower()]
        out.append(Change(c0, m.end(), subject, cmp, ref or "national average"))
    return out


def use_made(text: str, start: int, end: int) -> list[Change]:
    """A service made much or little use of: "er wordt weinig gebruikgemaakt van X".

    Examples
    --------
    >>> s = "Er wordt relatief weinig gebruikgemaakt van de regeling."
    >>> [(c.subject, c.comparison) for c in use_made(s, 0, len(s))]
    [('gebruik van de regeling', 'lower')]
    >>> s = "Inwoners maken vaker gebruik van de Wmo dan gemiddeld."
    >>> [(c.subject, c.comparison, c.reference) for c in use_made(s, 0, len(s))]
    [('gebruik van de Wmo', 'more', 'national average')]
    """
    out: list[Change] = []
    for m in prefixed_finditer(_USE_MADE, text, start, end):
        if m.group("verb").lower().startswith("maak") and re.search(
            r"\b(?:er|het|dat|dit|die)\b", m.group("mid"), re.IGNORECASE
        ):
            continue  # "maakt het veel minder …": not a use of a service
        ref = _reference(m.group("ref"))
        if m.group("ref") and ref is None:
            continue  # "meer gebruik van X dan van Y": compares two services
        if m.group("who") and ref is None:
            continue  # "maken weinig jongeren gebruik van": the quantified group's level
        c0 = clause_start(text, start, m.start())
        what = "gebruik van " + m.group("what")
        out.append(Change(c0, m.end(), what, _USE_CMP[m.group("cmp").lower()], ref))
    return out


#: Each rule with the key words one of which its every match holds.
RULES = (
    (tuple(_ATTRIBUTIVE_WORDS), attributive_comparatives),
    (
        ("gebruikt", "ingezet", "aangevraagd", "voorgeschreven", "verstrekt", "toegekend")
        + ("geïndiceerd", "aangeboden", "ingeschakeld", "benut"),
        passive_use,
    ),
    (("ontv", "krijg", "kreeg", "geeft", "geven", "gaf", "besteed", "besteden"), received_or_spent),
    (("scoort", "scoren", "scoorde"), scores),
    (("af van",), differences),
    (("nadeelgemeente", "voordeelgemeente"), allocation_results),
    (("nadelig", "voordelig", "negatief", "positief", "gunstig"), turned_out),
    (("hoger", "lager", "groter", "kleiner"), bare_predicates),
    (("boven", "onder", "rond", "hoger", "lager", "groter", "kleiner", "hoog", "laag"), fronted),
    (
        ("boven", "onder", "rond", "hoger", "lager", "hoog", "laag", "groter", "kleiner"),
        after_insertions,
    ),
    (("eronder", "erboven", "daaronder", "daarboven"), there_levels),
    (("gebruik",), use_made),
    *IDIOM_RULES,
)
