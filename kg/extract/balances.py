"""A balance stated without its amount: a deficit or a surplus, and how it changes.

"De jeugdhulp kende een tekort", "het overschot op de Wmo" name a balance; "een tekort
aan personeel" is a shortage, "een democratisch tekort" no money, and "een tekort van 6
ton" is the figure's. When the balance is the subject of a verb of change in its own
clause ("het tekort neemt toe", "het tekort op de jeugdhulp loopt verder op", "het
overschot is gekrompen"), the change is its direction: a deficit that grows is a higher
deficit, as a count that grows is a higher count.

Source: general Dutch of municipal accounts (jaarrekening: "tekort", "overschot",
"overschrijding", "onderbesteding") and the verbs of change of
:mod:`kg.extract.changewords`; written without reading any profile. Every pattern is
bounded, so the work per sentence is linear.
"""

from __future__ import annotations

import re

from kg.extract.changewords import DOWN, FINITE, UP

__all__ = ["BALANCE", "balance_spans", "left_joined"]

#: A balance named without its amount (not a shortage, "een tekort aan"): also a compound
#: that names the budget it is on ("het jeugdtekort", "het Wmo-tekort"; not "woningtekort", a
#: shortage), the plural ("de tekorten op de jeugdhulp nemen af") and a bare balance opening
#: the value of a key-value line ("Vooruitblik: tekorten op jeugd in 2017 kleiner."): these
#: three only when a change follows (:func:`balance_spans`).
BALANCE = re.compile(
    r"(?:\b(?P<art>een|het|de)\s+|(?<=:\s))(?P<what>(?:(?:jeugd(?:hulp|zorg)?|wmo|bijstands?"
    r"|begrotings|budget)-?)?(?:tekort|overschot)(?:en|ten)?|overschrijding|onderbesteding)\b"
    r"(?!\s+(?:aan|van)\b)(?P<rest>(?:\s+op\s+(?:de\s+|het\s+)?[\w-]+)?)",
    re.IGNORECASE,
)
#: The budget a compound balance names before the balance noun ("jeugd" of "jeugdtekort").
_COMPOUND = re.compile(r"^[\w-]*?(?=(?:tekort|overschot))", re.IGNORECASE)
#: A balance denied: "(er is) geen sprake van een tekort".
_DENIED = re.compile(r"\bgeen\s+sprake\s+van\s+$", re.IGNORECASE)
#: Adverbs of degree and time between the balance and its verb of change.
_ADVERBS = r"(?:(?:nog|verder|sterk|fors|flink|licht|iets|wat|snel|steeds|ook|opnieuw)\s+)*"
#: A short adverbial phrase of time before the verb: "in 2016", "vanaf 2018", "de afgelopen jaren".
_PHRASE = (
    r"(?:(?:(?:in|vanaf|na|per)\s+(?:19|20)\d\d"
    r"|(?:de\s+)?(?:afgelopen|laatste|komende)\s+(?:\w+\s+)?jaren?)\s+)?"
)
#: A split verb of change put before the balance: "In 2016 neemt het tekort verder toe".
_VERB_FIRST = re.compile(r"\b(?P<split>neemt|nam|loopt|liep)\s+$", re.IGNORECASE)
_PARTICLE = re.compile(
    r"\s+" + _ADVERBS + r"(?P<particle>toe|af|op|terug)\b(?=\s*(?:[,.;:)]|$))", re.I
)
#: The balance's own change right after it: a split verb ("neemt (verder) toe", "loopt op",
#: "loopt terug"), or a finite verb or a perfect of change ("stijgt", "is gegroeid").
_CHANGED = re.compile(
    r"\s+(?:(?P<split>neemt|nam|loopt|liep)\s+" + _ADVERBS + r"(?P<particle>toe|af|op|terug)\b"
    r"|(?:(?:is|was|zal|gaat)\s+)?"
    + _ADVERBS
    + _PHRASE
    + _ADVERBS
    + r"(?:(?:zal|zullen|gaat|gaan)\s+)?"  # "de tekorten vanaf 2017 zullen afnemen"
    + r"(?:(?P<word>"
    + "|".join(UP + DOWN + FINITE)
    + r")|(?P<comparative>kleiner|groter)(?:\s+(?:wordt|worden|werd|werden|zal\s+zijn"
    + r"|zullen\s+zijn|geworden))?)\b)"
    + r"(?=\s*(?:[,.;:)]|$|en\b|maar\b|door\b|als\b))",
    re.IGNORECASE,
)
#: Finite verbs of change whose direction the lists of words of change give by form.
_FINITE_UP = frozenset(("stijgt", "stijgen", "steeg", "stegen", "groeiden", "verdubbelt"))
_FINITE_UP |= frozenset(("verdubbelen", "vooruit", "vooruitgegaan", "groeiend"))


def _direction(m: re.Match) -> str:
    """``higher`` or ``lower``: the direction a change after a balance states."""
    if m.group("split"):
        return "higher" if m.group("particle").lower() in {"toe", "op"} else "lower"
    if m.group("comparative"):
        # "dat het tekort kleiner wordt", verbless "tekorten in 2017 kleiner": with no "dan",
        # a comparative of the balance says it changes (gold README: a comparative with
        # "worden" is a change)
        return "increase" if m.group("comparative").lower() == "groter" else "decrease"
    word = m.group("word").lower()
    return "higher" if word in UP or word in _FINITE_UP else "lower"


def balance_spans(text: str, s0: int, s1: int) -> list[tuple[int, int, str, str | None]]:
    """Start, end, the words naming the balance, and its direction (None when no change
    follows it) of every balance in ``text[s0:s1]``.

    Examples
    --------
    >>> s = "De jeugdhulp kende een tekort, en het overschot is gekrompen."
    >>> [(s[a:b], cmp) for a, b, _w, cmp in balance_spans(s, 0, len(s))]
    [('een tekort', None), ('het overschot is gekrompen', 'lower')]
    >>> s = "In 2016 neemt het tekort verder toe."
    >>> [(s[a:b], cmp) for a, b, _w, cmp in balance_spans(s, 0, len(s))]
    [('neemt het tekort verder toe', 'higher')]
    >>> balance_spans("Er is geen sprake van een tekort.", 0, 33)
    []
    >>> s = "Het college verwacht dat het jeugdtekort vanaf 2018 kleiner wordt."
    >>> [(s[a:b], cmp) for a, b, _w, cmp in balance_spans(s, 0, len(s))]
    [('het jeugdtekort vanaf 2018 kleiner wordt', 'decrease')]
    >>> s = "Vooruitblik: tekorten op de Wmo in 2017 groter."
    >>> [(s[a:b], cmp) for a, b, _w, cmp in balance_spans(s, 0, len(s))]
    [('tekorten op de Wmo in 2017 groter', 'increase')]
    >>> balance_spans("Zij storten de overschotten in een reserve.", 0, 43)
    []
    >>> s = "Er is een tekort aan personeel."
    >>> balance_spans(s, 0, len(s))
    []
    """
    out = []
    for m in BALANCE.finditer(text, s0, s1):
        if _DENIED.search(text, max(s0, m.start() - 25), m.start()):
            continue  # "er is geen sprake van een tekort": no deficit
        start, end, cmp = m.start(), m.end(), None
        changed = _CHANGED.match(text, m.end(), s1)
        verb = _VERB_FIRST.search(text, max(s0, start - 8), start)
        particle = _PARTICLE.match(text, m.end(), s1) if verb else None
        if changed:
            end, cmp = changed.end(), _direction(changed)
        elif verb and particle:
            start, end = verb.start(), particle.end()
            cmp = "higher" if particle.group("particle").lower() in {"toe", "op"} else "lower"
        what = m.group("what").lower()
        plain = (m.group("art") or "").lower() in {"een", "het"} and not what.endswith("en")
        if cmp is None and not (plain and _COMPOUND.sub("", what) == what):
            continue  # "de overschotten in een reserve storten", "het Wmo-overschot benutten"
        # "het jeugdtekort": the balance is what the vocabulary names, its budget the rest
        what = _COMPOUND.sub("", m.group("what"))
        out.append((start, end, what + m.group("rest"), cmp))
    return out


#: The separable verbs of a balance written as one word, as a subordinate clause puts them
#: after their amount ("terwijl op de Wmo 6 ton overbleef", "dat de Wmo anderhalf miljoen
#: overhield"): every finite form of "overhouden", "overblijven" and "tekortkomen".
_JOINED = re.compile(
    r"\s+(?:[^\W\d][\w-]*\s+){0,2}?(?P<what>over(?:houdt|houden|hield|hielden|blijft|blijven"
    r"|bleef|bleven)|tekort(?:komt|komen|kwam|kwamen))\b",
    re.IGNORECASE,
)


def left_joined(text: str, end: int, ceiling: int) -> str | None:
    """``surplus`` or ``deficit`` when a joined separable verb after an amount ending at
    ``end`` (before ``ceiling``) says it was left over or short; None otherwise.

    Examples
    --------
    >>> s = "terwijl op de Wmo 6 ton overbleef."
    >>> left_joined(s, s.index("ton") + 3, len(s)), left_joined(s, 0, 5)
    ('surplus', None)
    >>> s = "omdat de gemeente € 2 miljoen tekortkwam"
    >>> left_joined(s, s.index("miljoen") + 7, len(s))
    'deficit'
    """
    m = _JOINED.match(text, end, ceiling)
    if m is None:
        return None
    return "deficit" if m.group("what").lower().startswith("tekort") else "surplus"
