"""Losses: a clause that denies a loss ("er gingen geen banen verloren"), states one, cuts back.

A negation with no judgement word reads as a shortfall ("werd niet gehonoreerd",
:func:`kg.extract.negation.bare_negation`). When what it negates is a loss,
something missing or something that failed to come (:data:`kg.extract.implied._LOSS`:
"verloren", "kwijt", "ontbreekt", "bleef uit"), the clause denies a bad thing:
"er gingen geen banen verloren", "niemand raakte zijn uitkering kwijt", "het
ontbreekt niet aan vrijwilligers" state no shortfall. A loss stated with no
judgement word ("er gingen banen verloren", "veel kennis is verdwenen") is
negative (:func:`kg.extract.cueless.cueless`, by :func:`kg.extract.implied.lost`).
"""

from __future__ import annotations

from kg.extract import implied
from kg.extract import negation as neg
from kg.extract.prefixscan import finditer

#: The negators that deny a loss after them ("zonder" names a cause instead).
_DENYING = neg.NEGATORS - {"zonder", "onvoldoende"}


def loss_denied(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause negates a loss it states ("er gingen geen banen verloren").

    Examples
    --------
    >>> s = "Er gingen geen banen verloren."
    >>> loss_denied(s, (0, len(s)))
    True
    >>> s = "Niemand raakte zijn uitkering kwijt."
    >>> loss_denied(s, (0, len(s)))
    True
    >>> s = "Het overzicht raakte verloren."
    >>> loss_denied(s, (0, len(s)))
    False
    >>> s = "De aanvraag werd niet gehonoreerd."
    >>> loss_denied(s, (0, len(s)))
    False
    """
    if not finditer(implied._LOSS, text, *clause):
        return False
    return not _DENYING.isdisjoint(w for _, _, w in neg.words(text, *clause))


#: Participles and finite forms of cutting back a service or a budget ("is afgebouwd",
#: "teruggebracht naar twee uur"): general Dutch verbs of reducing and ending ("verlaagd" is
#: left out: a lowered price or tariff is no cut of the service; "kort" is also "short").
CUT_BACK = frozenset(
    {"teruggebracht", "terugbrengen", "brengt", "verminderd", "afgebouwd", "afbouwen",
     "bouwt", "ingeperkt", "inperken", "gekort", "korten", "geschrapt",
     "schrappen", "wegbezuinigd", "versoberd", "versoberen", "stopgezet", "beëindigd",
     "afgeschaft", "afschaffen", "afgeschaald", "afschalen", "schaalt", "uitgekleed",
     "verschraald", "ingekrompen",
     # shortened (Van Dale "inkorten": korter, kleiner maken): "de hulp werd met een kwart ingekort"
     "ingekort", "inkorten"}
)  # fmt: skip
#: Particles of the split finite forms ("brengt … terug", "bouwt … af", "schaalt … af").
_PARTICLES = {"brengt": "terug", "bouwt": "af", "schaalt": "af"}


def cut_back(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says something is cut back ("de hulp is teruggebracht").

    Said of a service named as the subject of a problem ("huishoudelijke hulp"),
    a cut is a lack of it, as "weinig" or "geen" before it is. A negated cut
    ("is niet gekort") is none.

    Examples
    --------
    >>> s = "De huishoudelijke hulp is teruggebracht naar twee uur."
    >>> cut_back(s, (0, len(s)))
    True
    >>> s = "De gemeente bouwt de dagbesteding af."
    >>> cut_back(s, (0, len(s)))
    True
    >>> s = "De huishoudelijke hulp is niet gekort."
    >>> cut_back(s, (0, len(s)))
    False
    >>> s = "De gemeente brengt de hulp naar de wijk."
    >>> cut_back(s, (0, len(s)))
    False
    """
    found = [w for _, _, w in neg.words(text, *clause)]
    hits = [i for i, w in enumerate(found) if w in CUT_BACK]
    if not hits or not _DENYING.isdisjoint(found[: hits[0]]):
        return False
    w = found[hits[0]]
    return w not in _PARTICLES or _PARTICLES[w] in found[hits[0] + 1 :]


def cut_denied(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause negates a cut it names ("besloten de hulp niet te schrappen").

    Like a loss denied, a cut denied is no shortfall: the negation keeps a service.

    Examples
    --------
    >>> s = "De gemeente heeft besloten de huishoudelijke hulp niet te schrappen."
    >>> cut_denied(s, (0, len(s)))
    True
    >>> s = "De huishoudelijke hulp is teruggebracht naar twee uur."
    >>> cut_denied(s, (0, len(s)))
    False
    """
    found = [w for _, _, w in neg.words(text, *clause)]
    hits = [i for i, w in enumerate(found) if w in CUT_BACK]
    return bool(hits) and not _DENYING.isdisjoint(found[: hits[0]])


#: Nouns of care and support, and the heads of their compounds ("jeugdzorg",
#: "mantelzorgondersteuning", "zorgaanbod"): what the social domain provides to
#: people. General domain language (the services the Wmo 2015, the Jeugdwet and the
#: Participatiewet name), not a list of any profile's services.
CARE_HEADS = ("zorg", "hulp", "ondersteuning", "begeleiding", "dagbesteding", "voorziening",
              "voorzieningen", "dienstverlening", "opvang", "zorgaanbod", "hulpaanbod")  # fmt: skip
#: Words that open a noun's complement: a care noun after one is not what is cut
#: ("de wachttijd voor schuldhulp is teruggebracht").
_OPENING = frozenset({"voor", "van", "op", "in", "naar", "bij", "met", "tot", "uit", "om", "over"})
#: Articles and quantifiers that may stand between a preposition and its noun.
_ARTICLES = frozenset({"de", "het", "een", "alle", "deze", "die", "hun", "haar", "zijn"})


def care_cut(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause cuts back care or support ("de dagbesteding wordt afgeschaald").

    Care that is cut back, scaled down or ended is less of what people need: bad news,
    with no judgement word. The care noun is a subject or an object of the cut, not the
    complement of another noun ("de wachttijd voor schuldhulp is teruggebracht" is good
    news, read by the problem it names); a negated cut is none (:func:`cut_back`).

    Examples
    --------
    >>> s = "De dagbesteding voor ouderen wordt afgeschaald."
    >>> care_cut(s, (0, len(s)))
    True
    >>> s = "De gemeente schaalt de jeugdhulp af."
    >>> care_cut(s, (0, len(s)))
    True
    >>> s = "De wachttijd voor schuldhulp is teruggebracht."
    >>> care_cut(s, (0, len(s)))
    False
    >>> s = "De kosten worden teruggebracht."
    >>> care_cut(s, (0, len(s)))
    False
    """
    if not cut_back(text, clause):
        return False
    found = [w for _, _, w in neg.words(text, *clause)]
    for i, w in enumerate(found):
        if w.endswith(CARE_HEADS):
            k = i - 1
            while k >= 0 and found[k] in _ARTICLES:
                k -= 1
            if k < 0 or found[k] not in _OPENING:
                return True
    return False
