"""A clause whose subject, a party named by a plain noun phrase, reports what follows: "De
organisatie wijst erop dat het aantal 75-plussers verdubbelt", "de provincie verwacht voor 2030
nog 29.500 inwoners", "Deze instelling signaleert dat …".

The annotation guideline makes a figure sentence attributed to someone a finding; a verb of
saying, reporting or perceiving right after its subject (:func:`kg.extract.sayingverbs.
said_after`) attributes the clause, whether or not the voices could tell who the noun phrase
stands for ("De organisatie" for the body named before it). What is not a party reports no
one's claim: figures and their carriers ("De cijfers laten zien …", "Het overzicht meldt …"), a
share or count of a group ("Een derde verwacht …", "Het aantal …"), and "we", "je", "men" after
a verb of perceiving ("Dat beeld zien we ook bij …": the verb's subject is the pronoun).

Examples
--------
>>> party_reports("De organisatie wijst erop dat het aantal 75-plussers verdubbelt.")
True
>>> party_reports("Het aantal meldingen steeg met 20%.")
False
"""

from __future__ import annotations

import re

from kg.extract.sayingverbs import said_after

__all__ = ["party_reports"]

#: The start of a clause and the determiner of its subject: the sentence's start, or after a
#: semicolon ("…; de provincie verwacht …").
_SUBJECT = re.compile(r"(?:^|;)\W*(?:de|het|deze|dit|die|dat)\s+", re.IGNORECASE)
#: A word of the noun phrase (no figure).
_WORD = re.compile(r"[^\W\d_][\w'-]*")
#: How many words the noun phrase after its determiner may have ("provincie Groningen",
#: "lokale welzijnsorganisatie", "Stichting Welzijn Noord").
_REACH = 3
#: Heads that name no party: the figures, what carries them, a measure or share of a group.
_NO_PARTY = frozenset(
    {"cijfers", "cijfer", "gegevens", "data", "tabel", "tabellen", "grafiek", "figuur",
     "getallen", "overzicht", "beeld", "trend", "ontwikkeling", "aantal", "aandeel",
     "percentage", "helft", "meerderheid", "minderheid", "derde", "kwart", "rest", "groei",
     "stijging", "daling"}
)  # fmt: skip
#: A pronoun subject after a verb of perceiving: the noun phrase before it is its object.
_PRONOUN_AFTER = re.compile(r"\s+(?:we|wij|je|men|ik|u)\b", re.IGNORECASE)


def party_reports(text: str) -> bool:
    """Whether a clause of ``text`` opens on a party named by a noun phrase that reports,
    states or perceives what follows (see the module docstring).

    Parameters
    ----------
    text : str
        One sentence.

    Returns
    -------
    bool

    Examples
    --------
    >>> party_reports("Sinds 2000 daalde het inwonertal; de provincie Groningen verwacht "
    ...     "voor 2030 nog 29.500 inwoners.")
    True
    >>> party_reports("Deze stichting signaleert dat een op de vijf mantelzorgers overbelast is.")
    True
    >>> party_reports("De cijfers laten zien dat 9% van de jongeren jeugdhulp krijgt.")
    False
    >>> party_reports("Dat beeld zien we ook in de buurgemeenten: 12% krijgt hulp.")
    False
    >>> party_reports("De gemeente telde 420 aanmeldingen.")
    False
    """
    for opening in _SUBJECT.finditer(text):
        at = opening.end()
        for n, word in enumerate(_WORD.finditer(text, at)):
            if n == _REACH or text[at : word.start()].strip():
                break  # past the noun phrase, or a comma, figure or bracket inside it
            if n == 0 and word.group(0).lower() in _NO_PARTY:
                break
            said = said_after(text, word.end())
            if said is not None and not _PRONOUN_AFTER.match(text, said.end()):
                return True
            at = word.end()
    return False
