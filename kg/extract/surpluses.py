"""Money left over on a budget, said with the verbs "overblijven" and "overhouden".

"Terwijl op de Wmo 6 ton overbleef", "de Wmo hield anderhalf miljoen over": money
left on a budget is a surplus stated, good news for that budget, as "een overschot"
and "geld over" are (tone cues in ``ontology/tone.ttl``). The verbs are separable, so
every form counts: joined (``SURPLUS_VERBS``: "overblijft", "overbleef", "overgebleven",
"overhoudt", "overhield", "overgehouden" …; a subordinate clause and the participle
join them) and split in a main clause ("bleef … over", "houdt … over"). Only a clause
that names money (an amount in euros, "miljoen", "ton", "geld", "budget") counts: "de
groep die overblijft" is people left, not money. The surplus counts in a clause that
follows another in its sentence ("…, terwijl op de Wmo 6 ton overbleef"), or that a
clause of contrast follows ("op de Wmo bleef 6 ton over, terwijl …"), or that sets itself
against the sentence before ("daarentegen"), where it is set against what the other
clause says; reported alone ("Op de Wmo bleef 4 ton over.") it is a
figure, recorded as an indicator, as the gold of most profiles reads it. Closed-class
Dutch grammar (the conjugation of two separable verbs).
"""

from __future__ import annotations

import re

from kg.extract.wordtokens import words

#: Every joined form of "overblijven" and "overhouden" (present, past, participle).
SURPLUS_VERBS = frozenset(
    {"overblijft", "overblijven", "overbleef", "overbleven", "overgebleven",
     "overhoudt", "overhouden", "overhield", "overhielden", "overgehouden", "overhoud"}
)  # fmt: skip
#: The finite forms of "blijven" and "houden" whose particle "over" stands apart.
_SPLIT_VERBS = frozenset(
    {"blijft", "blijven", "bleef", "bleven", "houdt", "houden", "hield", "hielden", "hou"}
)
#: Words that name money in a clause ("€" is read apart).
_MONEY = frozenset(
    {"euro", "miljoen", "mln", "ton", "geld", "budget", "budgetten", "middelen", "duizend"}
)
#: A contrasting clause right after the clause ("…, terwijl de jeugd een tekort had"): it
#: sets the surplus before it against what it says, as a clause before does.
_CONTRAST_NEXT = re.compile(r"\s*[,;]\s*(?:terwijl|maar|doch)\b", re.IGNORECASE)
#: The words one of which a clause of a surplus holds (for a word gate): the verbs, not
#: "over" (a frequent preposition).
SURPLUS_WORDS = SURPLUS_VERBS | _SPLIT_VERBS


#: Adverbs that set a clause against the sentence before ("op de Wmo hield de gemeente
#: daarentegen 4 ton over").
_SET_AGAINST = frozenset({"daarentegen", "echter"})


def surplus(text: str, clause: tuple[int, int]) -> bool:
    """Whether the clause says money was left over ("terwijl op de Wmo 6 ton overbleef").

    Examples
    --------
    >>> s = "Een tekort op jeugd, terwijl op de Wmo bijna 8 ton overbleef."
    >>> surplus(s, (s.index("terwijl"), len(s)))
    True
    >>> s = "Een tekort op jeugd, maar op de Wmo hield de gemeente € 600.000 over."
    >>> surplus(s, (s.index("maar"), len(s)))
    True
    >>> s = "Op de Wmo hield de gemeente € 600.000 over."
    >>> surplus(s, (0, len(s)))
    False
    >>> s = "Op de Wmo hield de gemeente daarentegen 4 ton over."
    >>> surplus(s, (0, len(s)))
    True
    >>> s = "Op de Wmo bleef 4 ton over, terwijl de jeugd een tekort had."
    >>> surplus(s, (0, s.index(",")))
    True
    >>> s = "Zij zegt, dat de groep die overblijft een grote afstand tot werk heeft."
    >>> surplus(s, (s.index("dat"), len(s)))
    False
    >>> s = "Het college, naar eigen zeggen, bleef over de begroting van € 2 miljoen zwijgen."
    >>> surplus(s, (s.index("bleef"), len(s)))
    False
    """
    found = [w[2] for w in words(text, *clause)]
    if (
        text[max(0, clause[0] - 3) : clause[0]].rstrip()[-1:] not in (",", ";")
        and not _CONTRAST_NEXT.match(text, clause[1])
        and _SET_AGAINST.isdisjoint(found)
    ):
        return False  # a surplus reported alone is a figure (an indicator), not set against
    if not (_MONEY.intersection(found) or text.find("€", *clause) >= 0):
        return False
    if not SURPLUS_VERBS.isdisjoint(found):
        return True
    if "over" not in found or _SPLIT_VERBS.isdisjoint(found):
        return False
    at = len(found) - 1 - found[::-1].index("over")
    return at == len(found) - 1 or found[at + 1] in ("dan", "en", "op", "voor")
