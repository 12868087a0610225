"""A court's ruling is a fact: "De Centrale Raad van Beroep oordeelde in 2016 dat …".

A court or tribunal (``kg/data/courts.txt``) named in a speaker's slot ("De rechter
oordeelde dat …", "Volgens de Centrale Raad van Beroep …") gives its ruling, not a view:
the authors tell it, as they tell any fact about a third party (gold README, sixteenth
batch, decision 7), and it ends the account it interrupts. The court stays what the claim
is about.
"""

from __future__ import annotations

from dataclasses import replace

from kg.datafiles import word_list
from kg.extract.model import SentenceMention
from kg.extract.speakers import Speech

#: The names of courts and tribunals, in lower case.
COURTS = word_list("courts.txt")


def ruling(speech: Speech, mentions: list[SentenceMention]) -> Speech:
    """``speech`` without the courts among its speakers (``mentions``: the sentence's); a
    speech only courts held is a plain fact (``fact``), with no speaker.

    Examples
    --------
    >>> court = SentenceMention("organisation/crvb", "organisation", 3, 27,
    ...                         "Centrale Raad van Beroep", 0)
    >>> said = ruling(Speech(("organisation/crvb",), subject="organisation/crvb", at=3), [court])
    >>> said.speakers, said.fact, said.at
    ((), True, None)
    >>> alderman = SentenceMention("role/alderman", "role", 0, 9, "wethouder", 0)
    >>> ruling(Speech(("role/alderman",), at=0), [alderman, court]).speakers
    ('role/alderman',)
    """
    if not speech.speakers:
        return speech
    courts = {m.entity for m in mentions if m.text.lower() in COURTS}
    if not courts.intersection(speech.speakers):
        return speech
    left = tuple(sp for sp in speech.speakers if sp not in courts)
    if left:
        return replace(speech, speakers=left)
    return replace(speech, speakers=(), trailing=False, at=None, fact=True)
