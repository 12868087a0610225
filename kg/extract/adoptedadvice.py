"""Advice adopted: the body that decides takes over what its advisers advised.

An advisory council's advice that the college or council takes over ("het advies is
grotendeels overgenomen", "het college neemt de adviezen van de raad meestal over") is the
advisers' voice heard, good news for the advisory role, as "serieus genomen" is
(``ontology/tone.ttl``); one not taken over ("nam het advies niet over") is the opposite,
which the negation rules of :mod:`kg.extract.tone` read from the cue as usual.

The form is general Dutch: "overnemen" (Van Dale: "van een ander aannemen, zich eigen
maken") with an advice ("advies", "adviezen", or a compound ending in them) as its object
in one clause, the particle "over" closing the clause when the verb is split ("neemt … over"),
so that the preposition "over" ("het advies over het minimabeleid") is not read as one. A
relative clause takes its advice from the clause before it ("bracht elf adviezen uit, waarvan
er acht zijn overgenomen", "…, die het college overnam"). Only a few taken over ("werden er
slechts vier overgenomen", "nam er maar twee over": a word of "only" before a count) is the
advice mostly set aside, negative. A count with "er" takes its advice from the clause before
as a relative clause does ("gaf elf adviezen en het college nam er acht over"); an advice
taken over in part ("geheel of gedeeltelijk", "deels") is granted and set aside at once, a
divided judgement (mixed).
"""

from __future__ import annotations

from kg.extract import negation as neg
from kg.extract.numberwords import WORD_NUMBERS
from kg.extract.toneframes import Cue

#: The forms of "overnemen" in one word.
_JOINED = frozenset({"overgenomen", "overneemt", "overnemen", "overnam", "overnamen"})
#: The finite forms of "nemen" whose particle "over" may close the clause.
_SPLIT = frozenset({"neemt", "nemen", "nam", "namen"})
#: The words that open a relative clause whose antecedent ends the clause before it.
_RELATIVES = frozenset({"waarvan", "die", "dat", "welke"})
#: Words of "only" that make the count after them few ("slechts vier", "maar twee"; "maar"
#: not as the clause's first word, where it is the conjunction). "amper" and "nauwelijks"
#: are negators, which turn the cue by the tone's negation rules already.
_ONLY = frozenset({"slechts", "maar"})
#: Words of "in part": an advice taken over in part is granted and set aside (divided).
_PARTLY = frozenset({"gedeeltelijk", "deels", "dele"})


def _advice(word: str) -> bool:
    """Whether ``word`` names an advice ("advies", "adviezen", "wmo-advies")."""
    return word.endswith(("advies", "adviezen"))


def adopted(text: str, start: int, end: int) -> list[Cue]:
    """A positive cue at the verb of each clause of ``text[start:end]`` that says an advice
    was taken over.

    Examples
    --------
    >>> s = "De voorzitter merkt op dat het advies over het minimabeleid is overgenomen."
    >>> [s[c.start : c.end] for c in adopted(s, 0, len(s))]
    ['overgenomen']
    >>> s = "Het college neemt de adviezen van de raad meestal over: in 2016 vier van de vijf."
    >>> [s[c.start : c.end] for c in adopted(s, 0, len(s))]
    ['neemt']
    >>> s = "Het college nam het advies over de jeugdhulp mee in de nota."
    >>> adopted(s, 0, len(s))
    []
    >>> s = "De raad gaf negen adviezen, waarvan er zes zijn overgenomen."
    >>> [s[c.start : c.end] for c in adopted(s, 0, len(s))]
    ['overgenomen']
    >>> s = "Van de negen adviezen werden er slechts twee overgenomen."
    >>> [(s[c.start : c.end], c.sign) for c in adopted(s, 0, len(s))]
    [('overgenomen', -1)]
    """
    if text.find("advie", start, end) < 0 or text.find("over", start, end) < 0:
        return []  # most claims: two string finds
    found = []
    before = False  # the clause before names an advice (a relative clause's antecedent)
    spans = neg.clauses(text, start, end)
    for k, clause in enumerate(spans):
        words = neg.words(text, *clause)
        if k + 1 < len(spans) and text.startswith("of ", spans[k + 1][0]):
            words += neg.words(text, *spans[k + 1])  # "er zes geheel of gedeeltelijk over"
        named = any(_advice(w) for _a, _b, w in words)
        relative = before and bool(words) and (words[0][2] in _RELATIVES or _partitive(words))
        before = before or named  # an advice named earlier in the claim
        if not (named or relative):
            continue
        for i, (a, b, w) in enumerate(words):
            if w in _JOINED or w in _SPLIT and words[-1][2] == "over" and i < len(words) - 1:
                found.append(Cue(a, b, -1 if _few(words) else 0 if _partly(words) else 1))
                break
    return found


def _partitive(words: tuple[tuple[int, int, str], ...]) -> bool:
    """Whether the clause's ``words`` count part of something named before with "er" and a
    count ("dat het college er acht overnam", "nam het college er zes over").

    Examples
    --------
    >>> _partitive(tuple((0, 0, w) for w in "en dat het college er acht overnam".split()))
    True
    >>> _partitive(tuple((0, 0, w) for w in "er werd veel overgenomen".split()))
    False
    """
    return any(
        w == "er" and i + 1 < len(words) and _count(words[i + 1][2])
        for i, (_a, _b, w) in enumerate(words)
    )


def _partly(words: tuple[tuple[int, int, str], ...]) -> bool:
    """Whether the clause's ``words`` say the advice was taken over only in part
    ("gedeeltelijk", "deels", "ten dele"): granted and set aside, a divided judgement.

    Examples
    --------
    >>> _partly(tuple((0, 0, w) for w in "nam er zes geheel of gedeeltelijk over".split()))
    True
    """
    return any(w in _PARTLY for _a, _b, w in words)


def _few(words: tuple[tuple[int, int, str], ...]) -> bool:
    """Whether a word of "only" stands before a count in the clause's ``words`` ("slechts
    vier", "maar twee"), not as its first word.

    Examples
    --------
    >>> _few(tuple((0, 0, w) for w in "er werden slechts vier overgenomen".split()))
    True
    >>> _few(tuple((0, 0, w) for w in "maar twee werden overgenomen".split()))
    False
    """
    return any(
        w in _ONLY and i + 1 < len(words) and _count(words[i + 1][2])
        for i, (_a, _b, w) in enumerate(words)
        if i
    )


def _count(word: str) -> bool:
    """Whether ``word`` opens a count ("4", "vier", "een", "de")."""
    return word.isdigit() or word in WORD_NUMBERS or word in ("de", "enkele")
