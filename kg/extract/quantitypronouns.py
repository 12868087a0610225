"""Pronouns of a quantity: "hij" and "zij" that take up a measured noun, no person.

Dutch refers to a noun of the common gender with "hij" or "zij" ("de werkloosheid … in 2015 liep
zij op tot 7,1%", "Het aantal … steeg; hij kwam uit op …"). A personal pronoun that is the
subject of a verb of change or amount ("stijgen", "dalen", "oplopen", "toenemen", "afnemen",
"bedragen", "groeien", "krimpen", "liggen op"), in either word order or the perfect, takes up
the quantity before it: no one is taken up who speaks or acts, so the sentence can still be
the authors' figures (:mod:`kg.extract.datasentences`); so is the writers' "wij" that frames
the figures they report ("Wij merken op dat …", "We hebben de cijfers bekeken: …").
"""

from __future__ import annotations

import re

__all__ = ["person_taken_up"]

#: A personal pronoun: someone the text took up acts or speaks ("Tegelijk wijzen zij op de
#: caseload, die opliep tot 55 huishoudens", "Daarvoor liet hij zes teams starten"): no
#: statistic the authors report.
_PERSON = re.compile(r"\b(?:hij|zij|ze|wij|we)\b", re.IGNORECASE)
#: The finite forms and participles of the verbs of change or amount.
_CHANGE = (
    r"(?:steeg|stegen|stijgt|stijgen|gestegen|daalde|daalden|daalt|dalen|gedaald|liep|liepen"
    r"|loopt|opgelopen|nam|namen|neemt|toegenomen|afgenomen|bedroeg|bedroegen|bedraagt|bedragen"
    r"|groeide|groeiden|groeit|gegroeid|kromp|krompen|krimpt|gekrompen|lag|lagen|ligt|liggen"
    r"|verdubbelde|verdubbelt|verdubbeld|halveerde|halveert|gehalveerd)"
)
#: The pronoun as the subject of such a verb: inverted after it ("liep zij op"), before it
#: ("zij steeg"), or with the auxiliary of the perfect ("zij is sindsdien gedaald").
_QUANTITY_SUBJECT = re.compile(
    rf"\b{_CHANGE}\s+(?:hij|zij|ze)\b"
    rf"|\b(?:hij|zij|ze)\s+(?:[a-zà-ÿ]+\s+)?{_CHANGE}\b"
    rf"|\b(?:hij|zij|ze)\s+(?:is|was|zijn|waren)\s+(?:\w+\s+){{0,3}}?{_CHANGE}\b",
    re.IGNORECASE,
)


#: The writers' own frame around the figures they report ("Wij merken op dat de reserve …
#: bedroeg", "We constateren dat …", "Wij hebben de adviezen bekeken: …"): "wij" or "we" is the
#: researchers' (or the letter writer's) first person, who looks at the figures and adds no
#: remark (gold README, sixteenth batch, decision 2): no one taken up who acts. Their other
#: acts ("Wij spraken met twaalf mensen": the set-up of the study) stay a person's, and so does
#: "we zien … stijgen" (a verb of perceiving a change attributes it: a speaker's words).
_FRAME = re.compile(
    r"\b(?:wij|we)\s+(?:(?:merken|merkten)\s+op|constateren|constateerden"
    r"|(?:stellen|stelden)\s+vast|(?:hebben|hadden)\s+(?:[\w-]+\s+){0,6}?(?:bekeken|vergeleken"
    r"|geteld|berekend|nagegaan|nagekeken|opgezocht|opgevraagd))\b",
    re.IGNORECASE,
)


def person_taken_up(text: str) -> bool:
    """Whether a personal pronoun of ``text`` takes up a person (someone who speaks or acts):
    one that is the subject of a verb of change or amount takes up a quantity instead.

    Examples
    --------
    >>> person_taken_up("In 2014 was de werkloosheid 6,6%; in 2015 liep zij op tot 7,1%.")
    False
    >>> person_taken_up("Daarvoor liet hij zes teams starten.")
    True
    >>> person_taken_up("De bijstand steeg; zij is sindsdien gedaald tot 30 per 1.000.")
    False
    >>> person_taken_up("De caseload steeg tot 55, zeggen zij.")
    True
    >>> person_taken_up("Wij merken op dat de reserve in 2016 € 4 miljoen bedroeg.")
    False
    >>> person_taken_up("Wij spraken in 2016 met twaalf mensen.")
    True
    """
    if _PERSON.search(text) is None:
        return False
    taken = [(m.start(), m.end()) for m in _QUANTITY_SUBJECT.finditer(text)]
    taken += [(m.start(), m.end()) for m in _FRAME.finditer(text)]
    return any(not any(a <= p.start() < b for a, b in taken) for p in _PERSON.finditer(text))
