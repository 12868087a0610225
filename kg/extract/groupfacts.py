"""Facts about an actor group: what it is or what it decided, told in the authors' voice.

A sentence whose subject is an actor group, a named organisation or the
municipality and whose predicate describes that subject or reports an act of it
says nothing the group itself says (an annotation guideline: the voice is not
carried over plain facts about third parties). Two predicates are read, from
general Dutch grammar:

- a description: a copula or a verb of composition with a noun phrase ("Het
  wijkteam is het eerste aanspreekpunt voor inwoners", "Huisartsen vormen een
  belangrijke schakel", "Het team bestaat uit generalisten");
- a decision or an act of administration: "De gemeenteraad stelde in 2014 het
  beleidsplan vast", "De raad heeft besloten …", "Het college stemde in met …", "Het
  college verhoogde het compliment tot € 200,-",
  "De gemeente is in 2016 gestart met …", "In 2014 stelde de raad het plan vast"
  (the verb fronted).

A reporting use of the same verbs ("stelt vast dat", "neemt aan dat") is speech,
not an act; a passive ("De teams zijn aanbesteed") is not read: its subject is
what was acted on, and the account it stands in goes on.

Examples
--------
>>> states_fact(" stelde in 2014 het beleidsplan vast.")
True
>>> states_fact(" is het eerste aanspreekpunt voor inwoners.")
True
>>> states_fact(" stelde vast dat het plan werkt.")
False
>>> states_fact(" zijn per gebied aanbesteed.")
False
"""

from __future__ import annotations

import re

from kg.extract.model import SentenceMention
from kg.extract.speechcues import by_first_letter

__all__ = ["fronted_act", "sentence_fact", "states_fact", "town_fact", "town_opens"]

#: A prepositional phrase of the subject before its verb ("Huisartsen in Zaandam …").
_PP = r"(?:\s+(?:van|in|uit|bij|binnen|op|met|voor)(?:\s+[^\s,;:.]+){1,4}?)?"
#: Adverbs between a subject and its verb ("De gemeente zelf …", "De raad heeft ook …").
_ADVERBS = r"(?:\s+(?:zelf|ook|toen|daarom|vervolgens|inmiddels|al|nu|onlangs|eerder|in\s+\d{4}))*"

#: A copula or a verb of composition with a noun phrase: the subject described.
_DESCRIBED = (
    r"(?:is|zijn|was|waren|vormt|vormen|vormde|vormden|blijft|blijven|bleef|bleven)\s+(?:(?:nog|ook|dus|daarmee|daarbij|hier|daar|eigenlijk)\s+)?"
    r"(?:een|geen|het\s+eerste|de\s+eerste|het\s+centrale|de\s+centrale|het\s+aanspreekpunt"
    r"|de\s+spil|de\s+schakel)\b(?!\s+(?:\w+\s+)?(?:indruk|idee|gevoel|beeld|ervaring|mening"
    r"|zorg|zorgen|vraag|vragen|moeite|hekel|voorkeur|wens|behoefte|twijfel|twijfels)\b)"
    # an identity: "De regio is Eemland met centrumgemeente Amersfoort"
    r"|(?:is|zijn|was|waren)\s+(?-i:[A-Z])"
    r"|(?:bestaat|bestaan|bestond|bestonden)\s+uit|(?:fungeert|fungeren|fungeerde|fungeerden"
    r"|functioneert|functioneren)\s+als"
    # its part: "Dorpsbelangen spelen een belangrijke rol in …", "vervult een spilfunctie"
    r"|(?:speelt|spelen|speelde|speelden|vervult|vervullen|vervulde|vervulden)\s+"
    r"(?:(?:nog|ook|dus|daarbij|hier|daar)\s+)?(?:een|de)\s+(?:[a-zà-ÿ]+e\s+){0,2}?"
    r"(?:rol|functie|spilfunctie|signaalfunctie|taak)\b"
)
#: Finite forms of verbs of decision and administration (no particle).
_ACT_FINITE = (
    r"besl(?:uit|oot|oten)|(?:kiest|kiezen|koos|kozen)\s+(?:\w+\s+){0,2}?voor"
    r"|(?:start|starten|startte|startten|begint|beginnen|begon|begonnen)\s+(?:\w+\s+){0,4}?met"
    r"|(?:stemt|stemmen|stemde|stemden)\s+(?:\w+\s+){0,3}?in\s+met"
    r"|verv(?:angt|angen|ing|ingen)"
    # an amount set by a decision: "verhoogde het compliment in 2016 tot € 200,-"
    r"|(?:verhoog|verlaag)(?:t|en|de|den)\s(?![^,;:.]*\bdat\b)[^,;:.]{0,60}?\b(?:tot|naar)\s"
)
#: Verbs of decision and administration with a particle that closes the clause
#: ("stelde … vast", "voerde … in", "keurde … goed"); "stelt vast dat" reports.
_ACT_PARTICLE = (
    r"(?:stel(?:t|len|de|den)|keur(?:t|en|de|den)|voer(?:t|en|de|den)|richt(?:en|te|ten)?"
    r"|zet(?:ten|te)?|schaf(?:t|fen|te|ten)|neem(?:t)?|nemen|nam(?:en)?)"
    r"\b(?![^,;:.]*\bdat\b)[^,;:.]{0,80}?\s(?:vast|goed|in|op|af|aan)"
    r"(?=\s*(?:[.,;:]|$)|\s+(?:en|maar|om|omdat|zodat|waardoor|waarbij|waarmee)\b)"
)
#: Participles of the perfect of those verbs ("heeft … besloten", "is … gestart").
_ACT_DONE = (
    r"(?:heeft|hebben|had|hadden)\s+(?:[^\s,;:.]+\s+){0,8}?(?:besloten|vastgesteld|goedgekeurd"
    r"|ingestemd|ingevoerd|opgericht|opgezet|gekozen|vervangen|afgeschaft|ingesteld"
    r"|aangenomen(?![^,;:.]*\bdat\b))\b"
    r"|(?:is|zijn|was|waren)\s+(?:[^\s,;:.]+\s+){0,6}?(?:gestart|begonnen|overgegaan|gestopt"
    r"|overgestapt|toegetreden|akkoord\s+gegaan)\b"
)
#: The predicates gathered by their first letter (:func:`kg.extract.speechcues.by_first_letter`):
#: at each position only those that begin with its letter are tried.
_PREDICATES = by_first_letter(f"{_DESCRIBED}|{_ACT_FINITE}|{_ACT_PARTICLE}|{_ACT_DONE}")
_FACT = re.compile(rf"^{_PP}{_ADVERBS}\s+(?:{_PREDICATES})", re.IGNORECASE)


def states_fact(after: str) -> bool:
    """Whether what follows a clause-initial subject describes it or reports an act of it.

    Parameters
    ----------
    after : str
        The sentence after the subject's name, up to its end.

    Returns
    -------
    bool

    Examples
    --------
    >>> states_fact(" vormen een belangrijke, maar nog lastige schakel.")
    True
    >>> states_fact(" hebben het gevoel dat niemand luistert.")
    False
    >>> states_fact(" heeft besloten de overschotten in een reserve te storten.")
    True
    >>> states_fact(" voerde in 2015 een eigen bijdrage in.")
    True
    >>> states_fact(" voeren in de wijk gesprekken met ouders.")
    False
    >>> states_fact(" spelen een belangrijke rol in de dorpen.")
    True
    >>> states_fact(" verhoogde de bijdrage daarom in 2016 tot € 150,-."), states_fact(
    ...     " verhoogde de druk op de teams.")
    (True, False)
    """
    return _FACT.match(after) is not None


#: "De gemeente …" or the municipality's name opening the sentence as its subject; "De regio".
_TOWN = re.compile(r"\W*(?:ook\s+)?de\s+(?:gemeente|regio)\b", re.IGNORECASE)


def town_fact(sentence: str, town_end: int | None = None) -> bool:
    """Whether a sentence opens with the municipality as the subject of a fact.

    ``town_end`` is where the municipality's name ends when the sentence opens with it
    (None: the sentence is tried for "de gemeente").

    Examples
    --------
    >>> town_fact("De gemeente is in 2016 gestart met een pilot.")
    True
    >>> town_fact("De gemeente ontvangt minder geld.")
    False
    >>> s = "Teststad heeft het plan vastgesteld."
    >>> town_fact(s, len("Teststad"))
    True
    """
    if town_end is None:
        opens = _TOWN.match(sentence)
        if opens is None:
            return False
        town_end = opens.end()
    return states_fact(sentence[town_end:])


#: A verb of decision fronted before its subject ("In 2014 stelde de raad …", "Daarom heeft
#: het college …"): the words before the subject, which follows right after the verb.
_FRONTED = re.compile(
    r"^\W*\w[^,;:]{0,50}?\s(?P<verb>besloot|besloten|stelde|stelden|keurde|keurden|stemde"
    r"|stemden|voerde|voerden|startte|startten|begon|begonnen|richtte|richtten|zette|zetten"
    r"|koos|kozen|verving|vervingen|schafte|schaften|heeft|hebben|had|hadden|is|zijn|was|waren)"
    r"\s+(?:de\s+|het\s+)?$",
    re.IGNORECASE,
)


def fronted_act(before: str, after: str) -> bool:
    """Whether a subject named after a fronted phrase and its verb is the subject of an act.

    ``before`` is the sentence up to the subject's name, ``after`` the rest.

    Examples
    --------
    >>> fronted_act("In 2014 stelde de ", " het beleidsplan vast.")
    True
    >>> fronted_act("In 2015 heeft de ", " besloten een reserve te vormen.")
    True
    >>> fronted_act("In 2015 heeft de ", " veel gesprekken gevoerd.")
    False
    >>> fronted_act("Daarom vinden de ", " het plan goed.")
    False
    """
    fronted = _FRONTED.match(before)
    if fronted is None:
        return False
    return states_fact(" " + fronted.group("verb") + after)


#: What may stand before a municipality's or region's name that opens a sentence as its
#: subject ("De gemeente Teststad", "De regio Twente").
_TOWN_OPENS = re.compile(r"\W*(?:ook\s+)?(?:de\s+(?:gemeente|regio)\s+)?", re.IGNORECASE)
#: Kinds of mentions of a municipality, a region or a place.
_PLACES = frozenset({"municipality", "region", "place"})


#: "De gemeente …" or "De regio …" opening a sentence as its subject (not "Ook de gemeente").
_TOWN_SUBJECT = re.compile(r"\W*de\s+(?:gemeente|regio)\b(?!\s+zelf\b)", re.IGNORECASE)


#: An adverb that takes up what was said before ("De gemeente zet daarom in op …").
_FROM_BEFORE = re.compile(
    r"[^,;:.]*?\b(?:daarom|daarvoor|daardoor|daarmee|daarop|hierom|hiervoor|hierdoor|dus)\b",
    re.IGNORECASE,
)


#: A fronted phrase and the finite verb before the municipality as the subject: "Voor de
#: Participatiewet voert de gemeente …", "In 2016 startte Teststad …" (the verb: a word
#: that is no preposition, article or conjunction).
_FRONTED_TOWN = re.compile(
    r"\W*(?:voor|in|op|bij|binnen|sinds|vanaf|met|na|naast)\s[^,;:.]{0,60}?\s"
    r"(?!(?:van|voor|in|op|bij|met|door|aan|naar|uit|over|en|of|dat|die|de|het|een|binnen"
    r"|tussen|onder|tot|als)\s)[a-zà-ÿ]+\s+(?:de\s+gemeente\s*)?$",
    re.IGNORECASE,
)


def town_opens(text: str, start: int, mentions: list[SentenceMention]) -> bool:
    """Whether the sentence at ``start`` opens with a municipality or region as its subject:
    "De gemeente werkt met …", "De regio koopt …", "Teststad heeft …" (not when its first
    clause takes up what was said before: "De gemeente zet daarom in op …").

    Examples
    --------
    >>> town_opens("De gemeente werkt met een monitor.", 0, [])
    True
    >>> town_opens("Ook de gemeente werkt met een monitor.", 0, [])
    False
    >>> town_opens("De gemeente zet daarom in op preventie.", 0, [])
    False
    >>> s = "Teststad werkt met een monitor."
    >>> town_opens(s, 0, [SentenceMention("m/t", "municipality", 0, 8, "Teststad", 0)])
    True
    >>> town_opens("Voor de Participatiewet voert de gemeente de taken zelf uit.", 0, [])
    True
    >>> town_opens("Voor de inwoners van de gemeente is dat lastig.", 0, [])
    False
    """
    if _FROM_BEFORE.match(text, start):
        return False
    if _TOWN_SUBJECT.match(text, start):
        return True
    at = text.find("de gemeente", start, start + 90)
    if at < 0:
        at = text.find("De gemeente", start, start + 90)
    if at > start and _FRONTED_TOWN.fullmatch(text, start, at) and _TOWN_SUBJECT.match(text, at):
        return True
    return any(
        m.kind in _PLACES
        and (
            _TOWN_OPENS.fullmatch(text, start, m.start)
            or (m.start > start and _FRONTED_TOWN.fullmatch(text, start, m.start))
        )
        for m in mentions[:2]
    )


def sentence_fact(  # noqa: PLR0913
    text: str,
    start: int,
    end: int,
    roles: list[SentenceMention],
    mentions: list[SentenceMention],
    subject: str | None,
    subject_after: str,
) -> bool:
    """Whether a sentence no group speaks in states a fact about its subject.

    The subject is a group opening the sentence (``subject``, followed by
    ``subject_after``), a group after a fronted phrase and its verb ("In 2014 stelde de
    raad … vast"), or the municipality opening it ("De gemeente is … gestart",
    "Teststad heeft … vastgesteld").

    Parameters
    ----------
    text : str
        The cleaned text; the sentence is ``text[start:end]``.
    start, end : int
        The sentence.
    roles : list of SentenceMention
        The sentence's mentions that can speak, in text order.
    mentions : list of SentenceMention
        All its mentions.
    subject : str or None
        The group that opens the sentence as its subject.
    subject_after : str
        What follows that group.

    Returns
    -------
    bool

    Examples
    --------
    >>> s = "In 2014 stelde de raad het plan vast."
    >>> raad = SentenceMention("role/council", "role", 18, 22, "raad", 0)
    >>> sentence_fact(s, 0, len(s), [raad], [raad], None, "")
    True
    >>> s = "De gemeente is in 2016 gestart met een pilot."
    >>> sentence_fact(s, 0, len(s), [], [], None, "")
    True
    """
    if subject is not None:
        return states_fact(subject_after)
    if roles and _verb_before(text, start, roles[0].start):
        return fronted_act(text[start : roles[0].start], text[roles[0].end : end])
    for m in mentions:
        if (
            m.kind in _PLACES
            and m.start - start < 40
            and _TOWN_OPENS.fullmatch(text, start, m.start)
        ):
            return states_fact(text[m.end : end])
    # "De gemeente …", "Ook de gemeente …" (a plain test of the first letters first)
    if text[start : start + 3].lower() in ("de ", "ook") and (
        opens := _TOWN.match(text, start, end)
    ):
        return states_fact(text[opens.end() : end])
    return False


#: The finite verbs :data:`_FRONTED` reads before a subject, in lower case.
_FRONTED_VERBS = frozenset(
    [
        "besloot",
        "besloten",
        "stelde",
        "stelden",
        "keurde",
        "keurden",
        "stemde",
        "stemden",
        "voerde",
        "voerden",
        "startte",
        "startten",
        "begon",
        "begonnen",
        "richtte",
        "richtten",
        "zette",
        "zetten",
        "koos",
        "kozen",
        "verving",
        "vervingen",
        "schafte",
        "schaften",
        "heeft",
        "hebben",
        "had",
        "hadden",
        "is",
        "zijn",
        "was",
        "waren",
    ]
)


def _verb_before(text: str, start: int, at: int) -> bool:
    """Whether the word before the group at ``at`` (its article aside) is a verb
    :func:`fronted_act` reads (a plain test before the pattern).

    Examples
    --------
    >>> s = "In 2014 stelde de raad het plan vast."
    >>> _verb_before(s, 0, s.index("raad")), _verb_before(s, 0, 0)
    (True, False)
    """
    words = text[max(start, at - 24) : at].split()
    if words and words[-1].lower() in ("de", "het"):
        words.pop()
    return bool(words) and words[-1].lower() in _FRONTED_VERBS
