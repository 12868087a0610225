"""Replies in a debate or a talk: agreeing with or objecting to what was said just before.

In a council debate, a panel or an interview a speaker often answers the one before with no
judgement of his own: a guest says "Dat klopt." or "Dat herken ik", a respondent "bevestigt
het beeld" or "bevestigt dat …", a remark "strookt met" what one hears. Such a reply takes
the tone of the claim it agrees with (:func:`agrees`); one that agrees with a mixed claim is
cited for the shortcoming that claim grants, negative. A reply that objects ("spreekt dat
tegen", "is het daar niet mee eens", "denkt daar anders over", "dat klopt niet") sets itself
against the claim before: when that claim judged one way and the objection adds no judgement
of its own, the objection reads the other way: the rebuttal of a complaint defends,
positive; of praise it criticises, negative (:func:`reply`). General Dutch verbs of agreeing
and contradicting; the claim before is the last finding read
(:func:`kg.extract.findings.extract_findings`).
"""

from __future__ import annotations

import re

from kg.extract import dissents
from kg.extract.contrastedclaims import OPPOSITE
from kg.extract.implied import echoes, follows
from kg.extract.tone import polarity as tone_polarity
from kg.extract.toneframes import Cue
from kg.extract.wordtokens import lower_span
from kg.vocab import Polarity

#: Agreeing with the claim before: "(dat|dit) klopt", a fronted "Dat herken ik", a verb of
#: recognising or confirming with a bare pronoun before a colon, semicolon or "voor"
#: ("herkennen dat: …", "herkent dit voor de jeugd"), "bevestigt dat …" (a fact confirmed),
#: "het beeld" confirmed, and "strookt met" / "komt overeen met" what was said.
_AGREE = re.compile(
    r"(?:^|[:“\"‘'(]\s*)(?:dat|dit|het)\s+klopt\s*(?:[.!,]|$)"
    r"|(?:^|[:“\"‘']\s*)(?:dat|dit)\s+(?:herken|herkennen|herkent|beaam|beamen|beaamt"
    r"|onderschrijf|onderschrijven|onderschrijft|bevestig|bevestigen|bevestigt)"
    r"\s+(?:ik|wij|we|hij|zij|ze|u|jij|je)\b(?!\s+niet\b)"
    r"|\b(?:herkent|herkennen|herkende|herkenden|beaamt|beamen|beaamde|beaamden|bevestigt"
    r"|bevestigen|bevestigde|bevestigden|onderschrijft|onderschrijven)\s+(?:dat|dit)"
    r"\s*(?:[:;]|voor\b)"
    r"|\b(?:bevestigt|bevestigen|bevestigde|bevestigden)\s+(?:(?!niet\b|nooit\b)\w+\s+){0,2}?dat\s+(?!niet\b)"
    r"|\b(?:bevestigt|bevestigen|bevestigde|bevestigden|herkent|herkennen|herkende|herkenden"
    r"|onderschrijft|onderschrijven)\s+(?:\w+\s+){0,8}?het\s+beeld\s*(?:[.:;]|$)"
    r"|\b(?:dat|dit)\s+(?:strookt|stroken|strookte|komt|kwam)\s+(?:\w+\s+){0,2}?"
    r"(?:met|overeen\s+met)\s+wat\b",
    re.IGNORECASE,
)
#: Strings one of which every match of :data:`_AGREE` holds (lower case): a cheap gate.
_AGREE_GATE = ("klopt", "herken", "beaam", "beam", "onderschrij", "bevestig", "strook",
               "overeen")  # fmt: skip

#: Objecting to the claim before besides :data:`kg.extract.dissents.DISSENT`: "is het daar
#: niet mee eens", "zijn het er niet mee eens", "is het hier niet helemaal mee eens", and
#: "dat klopt niet".
_OBJECT = re.compile(
    r"\bhet\s+(?:daar|hier|er|daarmee|hiermee|ermee)?\s*(?:\w+\s+){0,1}?niet\s+"
    r"(?:\w+\s+){0,1}?(?:mee\s+)?eens\b(?!\s+(?:over|dat|om)\b)"
    r"|(?:^|[:“\"‘']\s*)(?:dat|dit|het)\s+klopt\s+(?:gewoon\s+)?niet\b",
    re.IGNORECASE,
)
#: Strings one of which every objection holds (lower case): a cheap gate.
_OBJECT_GATE = ("eens", "klopt", "tegen", "anders")
#: The words that make "het … niet mee eens" a claim about the claim before ("daar", "er", …):
#: "zij zijn het niet eens over de kosten" is a split between parties, not a reply.
_BACK = re.compile(r"\b(?:daar|hier|er|daarmee|hiermee|ermee|mee)\b", re.IGNORECASE)


def agrees(text: str, start: int, end: int) -> bool:
    """Whether the claim ``text[start:end]`` agrees with the claim before it.

    Examples
    --------
    >>> s = "Mirjam: Dat klopt."
    >>> agrees(s, 0, len(s))
    True
    >>> s = "Dat herken ik wel."
    >>> agrees(s, 0, len(s))
    True
    >>> s = "Een huisarts in de wijk bevestigt het beeld."
    >>> agrees(s, 0, len(s))
    True
    >>> s = "Het valt bij de jongeren op dat zij het loket weten te vinden."
    >>> agrees(s, 0, len(s))
    False
    >>> s = "Dat herken ik niet."
    >>> agrees(s, 0, len(s))
    False
    """
    low = lower_span(text, start, end)
    for word in _AGREE_GATE:
        if word in low:
            break
    else:
        return False  # almost every claim
    return _AGREE.search(text[start:end]) is not None


def objects(text: str, start: int, end: int) -> tuple[bool, int]:
    """(whether the claim objects to the claim before, the end of the objection).

    Examples
    --------
    >>> s = "Een raadslid is het daar niet mee eens; zij wijst op de cijfers."
    >>> objects(s, 0, len(s))
    (True, 38)
    >>> s = "De aanbieders zijn het niet eens over de tarieven."
    >>> objects(s, 0, len(s))[0]
    False
    >>> s = "Kees: Dat klopt niet."
    >>> objects(s, 0, len(s))[0]
    True
    """
    low = lower_span(text, start, end)
    for word in _OBJECT_GATE:
        if word in low:
            break
    else:
        return False, start  # almost every claim
    body = text[start:end]
    found = _OBJECT.search(body)
    if found is not None and ("klopt" in found.group(0).lower() or _BACK.search(found.group(0))):
        return True, start + found.end()
    found = dissents.DISSENT.search(body)
    if found is not None:
        return True, start + found.end()
    return False, start


def reply(
    text: str,
    start: int,
    end: int,
    polarity: Polarity,
    before: Polarity,
    cues: list[Cue],
    voiced: bool = False,
) -> Polarity:
    """The polarity of a claim read as a reply to the claim before (of tone ``before``).

    A claim with no judgement of its own that agrees (:func:`agrees`) or echoes
    (:func:`kg.extract.implied.follows`) takes ``before``, and agreement with a mixed claim
    is cited for the shortcoming it grants, negative (a confirmation in an evaluation
    confirms the point at issue); an objection (:func:`objects`) to a
    claim judged one way reads the other way unless what follows the objection judges
    (read with ``cues``, the claim's tone cues, and ``voiced``, as
    :func:`kg.extract.tone.polarity`); any other claim keeps ``polarity``.

    Examples
    --------
    >>> s = "Wim: Dat klopt."
    >>> reply(s, 0, len(s), "neutral", "positive", [])
    'positive'
    >>> reply(s, 0, len(s), "neutral", "mixed", [])
    'negative'
    >>> s = "De wethouder spreekt dat tegen: elke gemeente heeft een stem."
    >>> reply(s, 0, len(s), "negative", "negative", [])
    'positive'
    >>> reply(s, 0, len(s), "negative", "mixed", [])
    'negative'
    """
    if before in OPPOSITE:
        objection, until = objects(text, start, end)
        if objection:
            rest = until
            while rest < end and not text[rest].isalnum():
                rest += 1  # past the colon or semicolon
            inside = [c for c in cues if rest <= c.start < end]
            told = tone_polarity(text, rest, end, inside, voiced) if rest < end - 1 else "neutral"
            return told if told != "neutral" else OPPOSITE[before]
    if polarity != "neutral":
        return polarity
    if agrees(text, start, end) or echoes(text, start, end):
        return "negative" if before == "mixed" else before
    return follows(text, start, end, before)
