"""What a claim carries over from the claim before it and from its paragraph.

A claim that names nothing of its own and refers back ("Dat …", "Daardoor …", "Ze …",
"Deze groep …"), or takes up a noun of the claim before with a definite article ("… de
samenwerking met de scholen stokt. Een vast overleg moet de samenwerking verbeteren."),
is about what the claim before it was about; a claim that refers back inside ("Voor die
groep ouderen …", "Voor hen …") continues its paragraph's subject; any other claim of the
paragraph may continue the state of affairs before it
(:func:`kg.extract.discourse.continued`). :class:`Thread` is what a paragraph carries
from claim to claim; :func:`carried_over` reads one claim against it. Split out of
:mod:`kg.extract.findings`, which describes the rules as a whole.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from kg.datafiles import word_list
from kg.extract import prefixscan
from kg.extract.discourse import BACK_ADVERBS as _BACK_ADVERBS
from kg.extract.discourse import about_them, continued, is_problem, summed_up, taken_over
from kg.extract.topics import function_words, stoplist

__all__ = ["Thread", "carried_over", "may_refer_back", "one_body"]

#: A claim that refers back: a pronoun or pronominal adverb that opens it ("Dat …",
#: "Daardoor …"), or one of its first words ("De gemeente heeft hierin …", "Het beste
#: is als zij …": a personal pronoun stands for an actor named before). A causal
#: adverb after the first words ("Het aantal bezwaren is daarom …") follows a subject
#: of the claim's own: the claim is a consequence, not about the claim before. Both
#: alternatives open at the start, so the pattern is matched (a search tries every offset).
_ANAPHOR = re.compile(
    r"^\W*(?:dat|dit|die|deze|daardoor|daarom|daarbij|daarmee|hierdoor|hierbij|ze|zij)\b"
    rf"|^\W*(?:\S+\s+){{0,5}}?(?:deze\s+\w+|dit\s+beeld|die|zij|ze|{_BACK_ADVERBS})\b",
    re.IGNORECASE,
)
#: A reference back inside a claim that names things of its own: a demonstrative after a
#: preposition or at the start ("Voor die groep ouderen …": after a preposition a
#: relative pronoun is "wie" or "waar-", so "die" is a demonstrative), a pronominal
#: adverb ("werken daaraan mee"), or the object pronoun "hen" after a preposition
#: ("Voor hen is het aanbod mager": the people the claim before spoke of).
_REFERS_BACK = re.compile(
    r"(?:^\W*|\b(?:voor|van|met|in|op|bij|aan|door|over|uit|naar|om|tot|na)\s+)"
    r"(?:(?:die|deze)\s+[a-zà-ÿ]{3,}|hen\b)"
    rf"|\b(?:daarmee|{_BACK_ADVERBS})\b",
    re.IGNORECASE,
)
#: Words one of which every match of :data:`_REFERS_BACK` holds (lower case): the
#: demonstratives, "hen", and the start of every pronominal adverb.
_REFERS_BACK_KEYS = ("die", "deze", "hen", "daar", "hier")


def may_refer_back(text: str) -> bool:
    """Whether ``text`` holds a word :data:`_REFERS_BACK` needs (a plain test before it).

    Examples
    --------
    >>> [may_refer_back(t) for t in ("Voor Hen is het zwaar.", "Het aanbod is mager.")]
    [True, False]
    """
    return prefixscan.may_hold(text, _REFERS_BACK_KEYS)


@dataclass
class Thread:
    """What a paragraph carries from claim to claim."""

    previous: tuple[str, ...] = ()  # the concerns of the claim before
    paragraph: int | None = None  # the paragraph of the claim before
    theme: set[str] = field(default_factory=set)  # the problem of the topic sentence
    text: str = ""  # the claim before
    named: Counter[str] = field(default_factory=Counter)  # claims of the paragraph per problem
    body: set[str] = field(default_factory=set)  # the one body the topic sentence names

    def back_subject(self, text: str) -> set[str]:
        """What a reference back inside a claim ("Voor die groep …") stands for.

        The problem of the paragraph's topic sentence; without one, for "hen"
        after a preposition, the problems of the claim before
        (:func:`kg.extract.discourse.about_them`).

        Examples
        --------
        >>> Thread(previous=("c/problem/a", "c/role/b")).back_subject("Voor hen is dat zwaar.")
        {'c/problem/a'}
        >>> sorted(Thread(previous=("c/problem/a", "c/role/b")).back_subject("Deze groep groeit."))
        []
        >>> Thread(previous=("c/problem/a",), theme={"c/problem/t"}).back_subject("Voor hen.")
        {'c/problem/t'}
        """
        return set(self.theme or about_them(text, self.previous))


def one_body(concerns: set[str]) -> set[str]:
    """The intermunicipal body a topic sentence names, when it names one ("Over de
    samenwerking in OZJT zijn de oordelen niet eenduidig."): its paragraph's subject
    is that body's problem, and the claims that go on about it are about the body too.

    Examples
    --------
    >>> one_body({"c/problem/p", "c/body/b"}), one_body({"c/body/a", "c/body/b"})
    ({'c/body/b'}, set())
    """
    bodies = {c for c in concerns if "/body/" in c}
    return bodies if len(bodies) == 1 else set()


_DEFINITE_NOUN = re.compile(r"\b(?:de|het)\s+([a-zà-ÿ]{5,})\b", re.IGNORECASE)
#: A definite noun after one or two inflected adjectives ("de juridische en financiële
#: kaders"): its head noun is the last word; a word in -e before a finite verb ("de
#: bijdrage is …") or a generic one ("de gemeente werkt") is a noun, not an adjective.
_DEFINITE_HEAD = re.compile(
    r"\b(?:de|het)\s+(?!(?:[a-zà-ÿ]+e)\s+(?:is|was|zijn|waren|wordt|worden|heeft|hebben)\b)"
    r"([a-zà-ÿ]+e)\s+(?:en\s+[a-zà-ÿ]+e\s+)?([a-zà-ÿ]{5,})\b",
    re.IGNORECASE,
)


def _taken_up_nouns(text: str) -> list[str]:
    """The head nouns of a claim's definite noun phrases, lower case, generic ones left out.

    Examples
    --------
    >>> _taken_up_nouns("Het zoeken gaat om de juridische en financiële kaders.")
    ['zoeken', 'juridische', 'kaders']
    >>> _taken_up_nouns("Toch helpt de gemeente mensen.")
    []
    """
    heads = [m.group(1) for m in _DEFINITE_NOUN.finditer(text)]
    heads += [
        m.group(2) for m in _DEFINITE_HEAD.finditer(text) if m.group(1).lower() not in stoplist()
    ]
    return [
        h.lower()
        for h in heads
        if h.lower() not in function_words() and h.lower() not in stoplist()
    ]


#: A demonstrative and a noun among a claim's first words ("Of die splitsing …",
#: "Deze groep …"), not a demonstrative pronoun before a verb ("Die is …").
_TAKES_UP = re.compile(
    r"^\W*(?:\S+\s+){0,2}?(?:die|deze)\s+"
    r"(?!is\b|was\b|zijn\b|waren\b|wordt\b|worden\b)[a-zà-ÿ]{4,}\b",
    re.IGNORECASE,
)


#: A personal pronoun that opens a claim ("Ze merken dat ook bij …"): it stands for the
#: speakers, so a later mention of their group names others of that group, nothing new.
_THEY = re.compile(r"^\W*(?:ze|zij)\b", re.IGNORECASE)


#: What a claim's speaker takes up from the claim before: a demonstrative before a noun
#: ("bevestigen dat beeld", "onderschrijft dit punt"; a neuter noun, or "dat" is the
#: conjunction; not after a preposition: "op dit moment" is a time). ("dat" as the object
#: closing a claim, "De Wmo-raad herkent dat.", was measured and left out: it cost the
#: held-out halves.)
_SPEAKER_TAKES_UP = re.compile(r"\b(?:dat|dit)\s+([a-zà-ÿ]{4,})\b", re.IGNORECASE)
#: Prepositions before which "dat"/"dit" and a noun name a time or a place, not what was said.
_BEFORE_TIME = frozenset({"op", "in", "na", "tot", "van", "voor", "met", "bij", "sinds"})


@lru_cache(maxsize=1)
def _neuter_nouns() -> frozenset[str]:
    """The common neuter nouns (``kg/data/het-nouns.txt``), read once."""
    return word_list("het-nouns.txt")


def _speaker_takes_up(text: str) -> bool:
    """Whether a claim refers back by a demonstrative before a neuter noun, so that its
    speaker's mention names nothing new ("Beleidsmedewerkers bevestigen dat beeld.").

    Examples
    --------
    >>> _speaker_takes_up("Raadsleden bevestigen dat beeld.")
    True
    >>> [_speaker_takes_up(t) for t in ("Zij zien dat ouders afhaken.", "Op dit moment wel.")]
    [False, False]
    """
    head = text[:6].lower()  # a capital "Dat"/"Dit" opens the claim only
    if "dat " not in text and "dit " not in text and "dat " not in head and "dit " not in head:
        return False  # most claims
    for m in _SPEAKER_TAKES_UP.finditer(text):
        if m.group(1).lower() in _neuter_nouns():
            before = text[max(0, m.start() - 7) : m.start()].split()
            if not before or before[-1].lower() not in _BEFORE_TIME:
                return True
    return False


def _names_nothing_new(text: str, mentions, speakers, own: str) -> bool:  # noqa: ANN001
    """Whether a claim names nothing of its own, so that it may be about the claim before.

    Its mentions are the municipality itself, or also its speaker when a
    demonstrative takes up what was just said ("Of die splitsing blijvend is,
    staat ter discussie: … zien ambtenaren …": the split is the one the claim
    before described, whoever speaks).

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> said, voice = [N(entity="r/civil-servants")], ("r/civil-servants",)
    >>> _names_nothing_new("Of die splitsing blijft, zien ambtenaren.", said, voice, "m")
    True
    >>> _names_nothing_new("Ambtenaren zien veel gezinnen.", said, voice, "m")
    False
    >>> _names_nothing_new("Dat duurt lang.", [N(entity="m")], (), "m")
    True
    """
    return all(
        m.entity == own
        or (
            m.entity in speakers
            and (_TAKES_UP.match(text) or _THEY.match(text) or _speaker_takes_up(text))
        )
        for m in mentions
    )


def _repeats(text: str, before: str) -> bool:
    """Whether a claim takes up, with a definite article, a noun of the claim before.

    "… de samenwerking met de scholen stokt. Een vast overleg moet de
    samenwerking verbeteren.": "de samenwerking" is the one just
    named, so the claim is about what the claim before was about. Generic nouns
    ("de gemeente", ``kg/data/topic-stoplist.txt``) take up nothing.

    Examples
    --------
    >>> _repeats("Dat zal de samenwerking helpen.", "De samenwerking met de GGD groeit.")
    True
    >>> _repeats("De gemeente zal het helpen.", "De samenwerking met de GGD groeit.")
    False
    >>> _repeats("Het wringt met de juridische kaders.", "De kaders zijn gegeven.")
    True
    """
    if not before:
        return False
    lowered = before.lower()
    return any(
        noun in lowered and re.search(rf"\b{re.escape(noun)}\b", lowered)  # plain test first
        for noun in _taken_up_nouns(text)
    )


def carried_over(text, claim, concerns, speakers, own, thread):  # noqa: ANN001, ANN202
    """The claim's concerns with what it takes over from the claim before or its paragraph."""
    if (
        not concerns
        and _names_nothing_new(text, claim.mentions, speakers, own)
        and claim.paragraph == thread.paragraph
        and (_ANAPHOR.match(text) or _repeats(text, thread.text) or _speaker_takes_up(text))
    ):
        # "in de regio" is named, not referred to
        summary = summed_up(text, thread.named)  # "Dit zijn allemaal …": the paragraph
        concerns = (summary or taken_over(text, thread.previous)) - set(speakers)
    elif (
        claim.paragraph == thread.paragraph
        and not any(map(is_problem, concerns))
        and (subject := thread.back_subject(text))  # nothing to carry over: no search
        and may_refer_back(text)
        and _REFERS_BACK.search(text)
    ):
        # "Voor die groep ouderen …": the subject of the paragraph
        concerns |= subject
    elif claim.paragraph == thread.paragraph:  # "Dat is een ander uitgangspunt …"
        concerns |= continued(text, thread.previous, concerns, speakers, thread.named)
    return concerns
