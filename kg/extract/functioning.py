"""Something said to work: the intransitive "werken" (to function) as a verdict.

Dutch "werken" has two readings: to labour ("de consulent werkt vanuit Goor", "wie voor
meerdere regio's werkt") and to function, to have the intended effect ("de aanpak
werkt", "het werkt"). The second is a verdict, positive, and it stands without a
complement: the verb closes its clause right after its subject, a thing named by a
definite noun phrase (which may carry its own "met"/"van"/"tussen" phrase: "de
samenwerking met Breda werkt"). A preposition of place, time or role between subject
and verb ("die sinds 2016 in zes praktijken werkt") marks the labour reading; so does a
relative or interrogative opening ("die", "wie", "waar"), and a clause opened by "of"
asks whether it works rather than saying so. A negated clause ("werkt niet") is read by
the negation rules before this one. Dutch grammar of one verb (Van Dale, "werken" 3:
"functioneren, het beoogde effect hebben"), not any profile's wording.
"""

from __future__ import annotations

from kg.extract.wordtokens import words

#: The finite forms of "werken" that may close a clause of its functioning reading: third
#: person singular, a thing ("de aanpak werkt"); a plural subject in this prose is mostly
#: a group of people or teams, where "werken" is labour ("de consulenten werken").
WORKS_WORDS = frozenset({"werkt", "werkte"})
#: Words that may open the clause before the subject: a conjunction of a stated clause.
_OPENERS = frozenset({"dat", "maar", "en", "want", "omdat", "ook", "toch", "nu"})
#: Determiners that open a definite subject ("het" and "dat" also stand alone: "het werkt").
_DETERMINERS = frozenset({"de", "het", "dit", "deze", "dat", "die"})
#: Prepositions a noun phrase keeps ("de samenwerking met Breda", "de aanpak van de wijk").
_NOUN_PREPOSITIONS = frozenset({"met", "van", "tussen", "rond", "rondom", "tegen"})
#: Words that are no part of a subject's noun phrase: prepositions of place, time or role,
#: adverbs of place or time, and the particles of other verbs ("samen", "mee").
_LABOUR_MARKS = frozenset(
    {"in", "vanuit", "sinds", "voor", "bij", "op", "als", "aan", "onder", "binnen", "buiten",
     "naar", "uit", "door", "per", "hier", "daar", "er", "nu", "al", "nog", "samen", "mee",
     "thuis", "zelf", "graag", "hard", "veel", "niet", "geen", "nooit"}
)  # fmt: skip


def works(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says its subject works (functions): a verdict, positive.

    Examples
    --------
    >>> s = "De nieuwe aanpak werkt, maar niet overal."
    >>> works(s, (0, s.index(",")))
    True
    >>> s = "Wij denken dat het werkt."
    >>> works(s, (s.index("dat"), len(s)))
    True
    >>> s = "Het team, dat vanuit het gemeentehuis werkt, is klein."
    >>> works(s, (s.index("dat"), s.index("werkt") + 5))
    False
    >>> s = "Niemand weet of het werkt."
    >>> works(s, (s.index("of"), len(s)))
    False
    """
    found = [w for _a, _b, w in words(text, *clause)]
    if len(found) < 2 or found[-1] not in WORKS_WORDS:
        return False
    if text[clause[1] : clause[1] + 1] == "?" or text.find("?", *clause) >= 0:
        return False  # "weten we of het werkt?": a question
    k = 1 if found[0] in _OPENERS and len(found) > 2 else 0
    if found[k] not in _DETERMINERS:
        return False  # no definite subject
    if found[k] == "die" and text[: clause[0]].rstrip()[-1:] not in ("", ".", ":", ";"):
        return False  # a relative clause ("mensen die in Breda werken")
    subject = found[k + 1 : -1]
    if len(subject) > 5 or not _LABOUR_MARKS.isdisjoint(subject):
        return False  # "het team dat vanuit Goor werkt": a place of labour
    # a preposition the subject keeps must follow a noun of its own ("de samenwerking met")
    return not subject or subject[0] not in _NOUN_PREPOSITIONS
