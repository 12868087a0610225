"""Something said to work: the intransitive "werken" (to function) as a verdict.

Dutch "werken" has two readings: to labour or to work in a manner ("de consulent werkt
vanuit het stadhuis", "het team werkt wijkgericht", "de gemeente werkt met een
wachtlijst") and to function, to have the intended effect ("de aanpak werkt", "het
werkt"). The second is a verdict, positive, and it stands bare: the verb closes its
clause right after its subject, a thing named by a definite noun phrase, with at most
one inflected adjective before the noun and the noun's own "met"/"van"/"tussen" phrase
after it ("het overleg met de scholen werkt"). Any other word between subject and verb
(an adverb of manner, a complement, a place or a time) marks the other reading, and so
does a subject that is an agent (a person, a team or a body: "de gemeente", "het
wijkteam", "de consulent"), a relative or interrogative opening ("die", "wie", "waar"),
or a clause opened by "of" (it asks whether it works). A negated clause ("werkt niet") is
read by the negation rules before this one. Dutch grammar of one verb (Van Dale,
"werken" 3: "functioneren, het beoogde effect hebben"), not any profile's wording.
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
#: Prepositions a noun phrase keeps ("het overleg met de scholen", "de aanpak van de wijk").
_NOUN_PREPOSITIONS = frozenset({"met", "van", "tussen"})
#: Nouns of a relation, whose own phrase "met"/"tussen" names the other party ("de
#: samenwerking met de scholen", "het contact tussen team en school"); after other nouns
#: such a phrase is an instrument or a manner of labour.
_RELATIONS = ("samenwerking", "overleg", "contact", "contacten", "afstemming", "relatie",
              "verbinding", "aansluiting", "verhouding")  # fmt: skip
#: Endings of a noun that names an agent, who labours rather than functions: bodies and
#: teams, and the Dutch suffixes of persons (-er, -eur, -ent, -aar, -ist: "medewerker",
#: "consulent", "ambtenaar").
_AGENT_ENDINGS = (
    "team", "teams", "gemeente", "raad", "college", "organisatie", "dienst", "stichting",
    "afdeling", "bedrijf", "instelling", "corporatie", "wethouder", "er", "eur", "ent",
    "aar", "ist",
)  # fmt: skip


def _bare_subject(subject: list[str]) -> bool:
    """Whether ``subject`` (the words between determiner and verb) is a bare noun phrase
    of a thing: an optional inflected adjective, the noun, and the noun's own phrase.

    Examples
    --------
    >>> _bare_subject(["nieuwe", "aanpak"]), _bare_subject(["overleg", "met", "de", "scholen"])
    (True, True)
    >>> _bare_subject(["wijkteam"]), _bare_subject(["aanpak", "goed"])
    (False, False)
    >>> _bare_subject(["systeem", "met", "papieren", "dossiers"])
    False
    """
    if subject and subject[0].endswith("e") and len(subject) > 1:
        subject = subject[1:]  # one inflected adjective: "de nieuwe aanpak"
    if not subject or subject[0].endswith(_AGENT_ENDINGS):
        return False  # no noun, or an agent: "het wijkteam werkt (wijkgericht)"
    rest = subject[1:]
    if rest and rest[0] in ("met", "tussen") and not subject[0].endswith(_RELATIONS):
        return False  # an instrument or a manner: "het systeem met papieren dossiers werkt"
    return not rest or rest[0] in _NOUN_PREPOSITIONS and 2 <= len(rest) <= 4


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
    >>> s = "Omdat de gemeente met een wachtlijst werkt."
    >>> works(s, (0, len(s)))
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
        return False  # a relative clause ("mensen die in de wijk werken")
    return not found[k + 1 : -1] or _bare_subject(found[k + 1 : -1])
