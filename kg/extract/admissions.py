"""Admissions: a claim that admits a point ("het college erkent dat.") concedes a shortcoming.

General Dutch "erkennen dat …", "toegeven dat …" and "herkennen" with a bare pronoun
object ("de Wmo-raad herkent dat.") grant a point made against the speaker or its side;
in evaluative prose what is admitted is a difficulty ("beleidsmedewerkers erkennen dat de
voorbereiding gehaast was"). A claim that judges nothing else but admits something is
therefore negative (:func:`kg.extract.tone.polarity` asks this last, of a claim with no
judgement). The verbs are data (``kg/data/admission-verbs.toml``, with its source). An
admission denied ("erkent niet dat …", "herkent dat niet") or asked ("Erkent zij dat?")
admits nothing.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from kg.extract.negation import NEGATORS
from kg.extract.wordtokens import lower_span, words

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "admission-verbs.toml"
#: The pronouns and the conjunction that take what is admitted ("erkent dat", "erkent dit").
_OBJECTS = frozenset({"dat", "dit", "het"})
#: Adverbs that may stand between the verb and its object ("erkent wel dat", "erkent
#: ruiterlijk dat", "erkennen ook dat"): general Dutch sentence adverbs of manner and focus.
_BETWEEN = frozenset(
    {"wel", "ook", "eerlijk", "ruiterlijk", "openlijk", "volmondig", "daarbij", "echter",
     "zelf", "inmiddels", "nu", "zonder", "meer", "grif", "eveneens"}
)  # fmt: skip
#: Words after a bare pronoun object that still close the claim ("erkent dat ruiterlijk");
#: not "ook", "eveneens": "erkent dat ook" echoes the claim before and takes its tone
#: (:func:`kg.extract.implied.echoes`).
_CLOSING = frozenset({"wel", "volledig", "zeker", "ruiterlijk", "volmondig", "grif"})
#: Words after a bare object that make it an echo ("erkent dat ook").
_ECHO = frozenset({"ook", "eveneens", "evenzeer"})
#: Strings one of which every admission holds (lower case): a cheap gate.
_GATE = ("erken", "toe", "beken")


@lru_cache(maxsize=1)
def verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(admitting forms, forms of "geven" with "toe", forms of "herkennen") from the data file.

    Examples
    --------
    >>> admit, give_in, recognise = verbs()
    >>> "erkent" in admit, "geeft" in give_in, "herkent" in recognise
    (True, True, True)
    """
    data = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))
    return (
        frozenset(data["admit"]),
        frozenset(data["give_in"]),
        frozenset(data["recognise"]),
    )


def _object_after(found: list[str], i: int) -> int:
    """The index of the object word ("dat", "dit", "het") after the verb at ``i``, past
    adverbs only; -1 when none follows or a negator comes between."""
    k = i + 1
    while k < len(found) and found[k] in _BETWEEN:
        k += 1
    if k < len(found) and found[k] in _OBJECTS:
        return k
    return -1


def _bare(found: list[str], k: int) -> bool:
    """Whether the object at ``k`` closes the claim (only closing adverbs after it)."""
    return all(w in _CLOSING for w in found[k + 1 :])


def _fronted(text: str, start: int, end: int, i: int) -> bool:
    """Whether the word ``i`` of the claim stands after the comma that closes a fronted
    dat-clause ("Dat …, erkent hij"), not inside it ("Dat de gemeente hen erkent, …")."""
    tokens = words(text, start, end)
    return text.find(",", start, tokens[i][0]) >= 0


def admits(text: str, start: int, end: int) -> bool:
    """Whether the claim ``text[start:end]`` admits a point.

    Examples
    --------
    >>> s = "Het college erkent dat."
    >>> admits(s, 0, len(s))
    True
    >>> s = "Beleidsmedewerkers erkennen wel dat de voorbereiding gehaast was."
    >>> admits(s, 0, len(s))
    True
    >>> s = "Dat de teams vooral dossiers overnamen, erkent de wethouder ruiterlijk."
    >>> admits(s, 0, len(s))
    True
    >>> s = "Zij geven toe dat de aanvragen blijven liggen."
    >>> admits(s, 0, len(s))
    True
    >>> s = "De Wmo-raad herkent dat."
    >>> admits(s, 0, len(s))
    True

    A recognised fact, an adjective, a denial and a question admit nothing:

    >>> s = "Aanbieders herkennen dat de gemeente hun vakmanschap ziet."
    >>> admits(s, 0, len(s))
    False
    >>> s = "De gemeente werkt met erkende aanbieders."
    >>> admits(s, 0, len(s))
    False
    >>> s = "Dat de gemeente mantelzorgers erkent, blijkt uit het compliment."
    >>> admits(s, 0, len(s))
    False
    >>> s = "De wethouder erkent dat ook."
    >>> admits(s, 0, len(s))
    False
    >>> s = "Het college erkent niet dat er een probleem is."
    >>> admits(s, 0, len(s))
    False
    >>> s = "Erkent het college dat?"
    >>> admits(s, 0, len(s))
    False
    """
    span = text[start:end]
    low = lower_span(text, start, end)
    if not any(g in low for g in _GATE) or span.rstrip(" \"'”’)").endswith("?"):
        return False  # most claims: no verb of admitting; a question asks
    found = [w.lower() for _, _, w in words(text, start, end)]
    admit, give_in, recognise = verbs()
    for i, w in enumerate(found):
        if w in admit:
            k = _object_after(found, i)
            if k >= 0 and found[k + 1 :] and _ECHO.issuperset(found[k + 1 :]):
                continue  # "erkent dat ook": an echo of the claim before
            if k >= 0:
                bare = _bare(found, k)
                if bare or found[k] == "dat":  # "erkent dat." or "erkent dat …"
                    return True
            elif (
                found[0] == "dat"
                and _fronted(text, start, end, i)
                and NEGATORS.isdisjoint(found[max(0, i - 2) : i + 3])
            ):
                return True  # "Dat …, erkent hij ruiterlijk."
        elif w in recognise:
            k = _object_after(found, i)
            if k >= 0 and _bare(found, k):
                return True  # "herkent dat." (not "herkent dat de …", a fact recognised)
        elif w in give_in:
            after = found[i + 1 : i + 6]
            t = after.index("toe") if "toe" in after else -1
            if t >= 0 and after[t + 1 : t + 2] == ["dat"] and NEGATORS.isdisjoint(after[:t]):
                return True  # "geven toe dat …", "geeft de wethouder toe dat …"
    return False
