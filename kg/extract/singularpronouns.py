"""A singular pronoun that reports takes up the last single speaker named before it.

Dutch reporting refers back to a speaker with a personal pronoun whose number agrees with
its antecedent: "De beleidsmedewerker vertelt dat … Volgens haar ontving Veilig Thuis …",
"Een huisarts is kritisch. Hij vindt dat …". A plural group named in between, often in a
relative clause or as a source inside the report ("de tarieven, die volgens de aanbieders
zijn verlaagd"), is no antecedent of "haar", "hem", "hij" or of "zij" with a singular verb:
the pronoun skips it to the last single speaker (a person named by function, or a body).

Read after the voices are assigned (:mod:`kg.extract.claims`): a claim whose pronoun reports
gets that single speaker as its voice (added to the speakers it names itself, which stand in
what the person reports). Only the claims of its paragraph are read back, at most
:data:`_BACK` claims. General Dutch grammar (number
agreement of the personal pronoun), not any profile's wording.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from kg.extract.prefixscan import may_hold_in, search_runs
from kg.extract.speechcues import STANCE

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kg.extract.model import SentenceMention

__all__ = ["singular_mention", "singular_pronoun", "singular_voices"]

#: How many claims back the antecedent is looked for.
_BACK = 4

#: Singular reporting verbs in the present and past tense.
_SAYS = (
    r"(?:zegt|zei|vertelt|vertelde|vindt|vond|stelt|stelde|meent|meende|merkt|merkte|ziet|zag"
    r"|denkt|dacht|verwacht|verwachtte|benadrukt|benadrukte|erkent|erkende|noemt|noemde"
    r"|constateert|constateerde|waarschuwt|waarschuwde|schat|schatte|wijst|wees|geeft|gaf"
    r"|signaleert|signaleerde|ervaart|ervoer|betreurt|betreurde|twijfelt|twijfelde)"
)
#: A singular personal pronoun that opens the sentence and reports: "Zij vindt …", "Hij is
#: tevreden …", "Ook zij ziet …" (the speakers the sentence names stand in the report).
_OPENING = re.compile(
    rf"^\W*(?:ook\s+)?(?:zij|ze|hij)\s+(?:{_SAYS}\b|(?:is|was|blijft|bleef|lijkt)\s+"
    rf"(?:\w+\s+){{0,2}}?{STANCE}\b)",
    re.IGNORECASE,
)
#: The same pronoun inside the sentence: "volgens haar", "aldus hem", "naar zijn mening",
#: a closing or inverted "…, vindt hij" (not "ze": "vinden ze" is plural, "vindt ze" is
#: singular). Read only in a claim that names no speaker of its own: one named in the same
#: sentence is the pronoun's antecedent ("De wijkagent ziet …; volgens hem …").
_INSIDE = re.compile(
    r"\b(?:volgens|aldus)\s+(?:haar|hem)\b"
    r"|\bnaar\s+(?:haar|zijn)\s+(?:mening|oordeel|inschatting|idee)\b"
    rf"|\b{_SAYS}\s+(?:zij|ze|hij)\b",
    re.IGNORECASE,
)
#: One of a plural group: "een van de huisartsen".
_ONE_OF = re.compile(r"\b(?:een|één)\s+van\s+(?:de|onze|hun|die)\s+$", re.IGNORECASE)
#: Words that open a plural noun phrase.
_PLURAL_OPENS = frozenset(
    [
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "alle",
        "veel",
        "vele",
        "enkele",
        "sommige",
        "beide",
        "meerdere",
        "diverse",
        "verschillende",
        "andere",
        "meeste",
        "weinig",
    ]
)
#: Words before the head noun that say nothing of its number.
_DETERMINERS = frozenset(["de", "het", "die", "deze", "dat", "onze", "hun", "haar", "zijn"])
#: Singular head nouns whose ending looks plural ("huisarts", "jeugdarts").
_SINGULAR_ENDINGS = ("arts", "ss", "us", "is", "heer")


#: What a singular personal pronoun holds, in lower case ("zijn" holds "zij"): the cheap gate.
_PRONOUNS = ("haar", "hem", "zij", "hij", "ze ")


def singular_pronoun(text: str, opening: bool = True, doc: str = "", at: int = 0) -> bool:
    """Whether the claim ``text`` reports through a singular personal pronoun that opens it
    (``opening``) or one inside it (not ``opening``).

    ``doc``, when given, is the document that holds ``text`` at ``at``: the pronoun inside
    is then searched only at the runs of the claim that begin as one of its opening words
    (:func:`kg.extract.prefixscan.search_runs`, which gives ``_INSIDE.search(text)``'s match
    by construction); tried at every position, its long alternation of reporting verbs
    cost about a microsecond per character of every claim. (Few claims are asked, after
    the plain test of the pronouns: finding the opening words in the whole document cost
    more than their searches.)

    Examples
    --------
    >>> singular_pronoun("Hij vindt dat de regio te groot is.")
    True
    >>> singular_pronoun("Zij is positief over de samenwerking met de scholen.")
    True
    >>> singular_pronoun("Volgens haar is de wachtlijst gegroeid.", opening=False)
    True
    >>> singular_pronoun("De kosten stijgen, verwacht hij.", opening=False)
    True
    >>> singular_pronoun("Zij vinden dat de regio te groot is.")
    False
    >>> singular_pronoun("Volgens hen is de wachtlijst gegroeid.", opening=False)
    False
    >>> singular_pronoun("Zij is sinds 2015 in dienst van de gemeente.")
    False
    >>> d = "Zo is het. De kosten stijgen, verwacht hij."
    >>> singular_pronoun(d[11:], False, d, 11), singular_pronoun(d[:10], False, d, 0)
    (True, False)
    """
    low = text.lower()
    if not any(word in low for word in _PRONOUNS):
        return False  # the cheap gate: none of the pronouns ("zijn" holds "zij")
    if opening:
        return _OPENING.search(text) is not None
    if doc:
        return search_runs(_INSIDE, text) is not None
    return _INSIDE.search(text) is not None


def singular_mention(mention: SentenceMention, text: str = "") -> bool:
    """Whether a speaker's ``mention`` (in the document ``text``) names one person or one
    body: a named organisation or body, "een …", "mevrouw …", one of a group ("een van de
    huisartsen"), or a head noun without a plural ending.

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> singular_mention(M("role/p", "role", 0, 0, "De beleidsmedewerker", 0))
    True
    >>> singular_mention(M("role/gp", "role", 0, 0, "een huisarts", 0))
    True
    >>> singular_mention(M("role/gp", "role", 0, 0, "huisarts", 0))
    True
    >>> singular_mention(M("role/gp", "role", 0, 0, "huisartsen", 0))
    False
    >>> singular_mention(M("role/c", "role", 0, 0, "de Wmo-consulenten", 0))
    False
    >>> singular_mention(M("role/p", "role", 0, 0, "twee aanbieders", 0))
    False
    >>> singular_mention(M("organisation/x", "organisation", 0, 0, "Stichting Welzijn", 0))
    True
    >>> t = "Een van de huisartsen is kritisch."
    >>> singular_mention(M("role/gp", "role", 11, 21, "huisartsen", 0), t)
    True
    """
    if mention.kind in ("organisation", "body"):
        return True
    if _ONE_OF.search(text, max(0, mention.start - 16), mention.start):
        return True
    words = mention.text.lower().split()
    if not words:
        return False
    if words[0] in ("een", "één", "mevrouw", "meneer"):
        return True
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    if not words or words[0] in _PLURAL_OPENS:
        return False
    head = words[0].strip(",.;:")
    if head.endswith(_SINGULAR_ENDINGS):
        return True
    return not (head.endswith("s") or (head.endswith("en") and len(head) > 4))


def _antecedent(text: str, claims: Sequence[Any], k: int) -> str | None:
    """The single speaker a singular pronoun in claim ``k`` takes up: the last speaker named
    by a singular mention in the claims before it in its paragraph, skipping plural groups;
    None if there is none, or a subject that names no speaker comes first (that subject is
    the pronoun's, :func:`kg.extract.voiceforms.pronoun_subject`)."""
    claim = claims[k]
    for j in range(k - 1, max(-1, k - 1 - _BACK), -1):
        before = claims[j]
        if before.section != claim.section or before.paragraph != claim.paragraph:
            return None
        speakers = before.speech.speakers
        if not speakers:
            if before.speech.subject:
                return None  # a subject before: "De medewerker doet X. Zij vertelt …"
            continue
        single = [
            m.entity for m in before.mentions if m.entity in speakers and singular_mention(m, text)
        ]
        if len(set(single)) == 1:
            return single[0]
        if single:
            return None  # two single speakers before: the pronoun is not read
    return None


def singular_voices(text: str, claims: Sequence[Any]) -> None:
    """Give a claim that reports through a singular pronoun (:func:`singular_pronoun`) the
    last single speaker named before it (kept with the speakers it names itself).

    Examples
    --------
    >>> from kg.document import Sentence
    >>> from kg.extract.claims import Claim
    >>> from kg.extract.model import SentenceMention as M
    >>> from kg.extract.speakers import Speech
    >>> t = "De beleidsmedewerker vertelt dat het druk is. Volgens haar is de wachtlijst lang."
    >>> m = M("role/p", "role", 0, 20, "De beleidsmedewerker", 0)
    >>> first = Claim([Sentence(0, 0, 45, 0, 0)], [m], Speech(("role/p",), at=0), True)
    >>> first.voice = ("role/p",)
    >>> second = Claim([Sentence(1, 46, len(t), 0, 0)])
    >>> second.voice = ("role/providers",)
    >>> singular_voices(t, [first, second])
    >>> second.voice
    ('role/p',)
    """
    for k, claim in enumerate(claims):
        if not k or not may_hold_in(text, claim.start, claim.end, _PRONOUNS):
            continue  # the gate of :func:`singular_pronoun` in the document's lower case
        said = text[claim.start : claim.end]
        if not (
            singular_pronoun(said)
            or (not claim.explicit and singular_pronoun(said, False, text, claim.start))
        ):
            continue
        who = _antecedent(text, claims, k)
        if who is None or who in claim.voice:
            continue
        if claim.explicit and claim.voice:
            claim.voice = tuple(sorted({*claim.voice, who}))
        else:
            claim.voice = (who,)
