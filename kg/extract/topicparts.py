"""Parts of a topic that are no topics of their own.

A claim's topics are read word by word and from its problem mentions, so one
stretch of text can give two labels: a phrase kept whole and a word inside it
("jeugdhulp met verblijf" and "verblijf", "jeugd-GGZ" and "GGZ"). The inner
label is a part of the compound or phrase, not a subject the claim is indexed
under (:func:`parts_of_others`). A problem label that names people by a generic
noun and what they have ("mensen met dementie") is about what they have
(:func:`group_with`). The class noun before a speaker's name ("Woningcorporatie
Viverion wijst …") is no topic either (:func:`class_noun`); the compound that says what
kind of region a named region is ("de arbeidsmarktregio Drenthe") is one
(:func:`region_classes`).
"""

from __future__ import annotations

import re
from typing import Protocol

from kg.extract.dutchwords import noun_singular
from kg.extract.model import SentenceMention
from kg.extract.topicwords import STOPLIST, holds_part


class ProblemWords(Protocol):
    """What :func:`held_problems` reads of a topic vocabulary
    (:class:`kg.extract.topics.TopicVocabulary`, which imports this module)."""

    @property
    def problem_words(self) -> dict[str, tuple[str, ...]]: ...  # noqa: D102

    @property
    def held(self) -> dict[str, tuple[str, ...]]: ...  # noqa: D102


def group_with(label: str) -> str:
    """A label that names people by a generic noun (the stoplist's "mensen", "inwoner",
    "persoon") and what they have ("mensen met dementie", "inwoners met schulden"):
    its topic is what they have; any other label stays.

    Examples
    --------
    >>> group_with("mensen met dementie"), group_with("personen met een beperking")
    ('dementie', 'beperking')
    >>> group_with("jeugdhulp met verblijf"), group_with("gezinnen met schulden")
    ('jeugdhulp met verblijf', 'gezinnen met schulden')
    """
    head, _, rest = label.partition(" met ")
    if rest and " " not in head and (head in STOPLIST or noun_singular(head) in STOPLIST):
        return rest.removeprefix("een ")
    return label


def parts_of_others(places: list[tuple[int, int, str]]) -> set[str]:
    """The labels every place of which lies within a longer place that gives another
    label (``places``: (start, end, label) of each place of the claim that gives a topic).

    One sweep over the places by start: a place lies within another when one that starts
    before it ends at or after its end, or one that starts with it ends after it.

    Examples
    --------
    >>> parts_of_others([(13, 21, "verblijf"), (0, 21, "jeugdhulp met verblijf")])
    {'verblijf'}

    A second place of its own keeps it:

    >>> parts_of_others([(13, 21, "verblijf"), (40, 48, "verblijf"), (0, 21, "x")])
    set()
    """
    if len(places) < 2:
        return set()
    ordered = sorted(places)  # by start, then by end
    inside: dict[str, bool] = {}
    best, i, count = -1, 0, len(ordered)  # best: the furthest end of the earlier starts
    while i < count:
        start, j = ordered[i][0], i + 1
        while j < count and ordered[j][0] == start:
            j += 1
        top = ordered[j - 1][1]  # the furthest end of the places that start here
        for _, end, label in ordered[i:j]:
            if best < end and end == top:
                inside[label] = False  # no other place holds it
            elif label not in inside:
                inside[label] = True
        if top > best:
            best = top
        i = j
    return {label for label, within in inside.items() if within}


def class_noun(text: str, end: int, names: list[int]) -> bool:
    """Whether a word ending at ``end`` stands right before a speaker's name (one of the
    starts ``names``): the class noun of the party that speaks ("Woningcorporatie
    Viverion wijst …"), no topic, as the speaker is none.

    >>> class_noun("Woningcorporatie Viverion wijst", 16, [17]), class_noun("De wijk X", 7, [8])
    (True, True)
    >>> class_noun("Woningcorporatie Viverion wijst", 16, [26])
    False
    """
    return any(0 < at - end <= 2 and text[end:at].isspace() for at in names)


def held_problems(vocab: ProblemWords, label: str) -> tuple[str, ...]:
    """The problems whose one-word label ``label`` holds as a part
    (:func:`~kg.extract.topicwords.holds_part`).

    Remembered per vocabulary and label (bounded): a label's problems do not depend on the
    claim, and the same labels recur in every profile.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> v = SimpleNamespace(problem_words={"armoede": ("problem/poverty",)}, held={})
    >>> held_problems(v, "armoedebeleid"), held_problems(v, "beleid")
    (('problem/poverty',), ())
    """
    memo = vocab.held
    if label not in memo:
        if len(memo) >= 50_000:
            memo.clear()
        memo[label] = tuple(
            iri
            for word, iris in vocab.problem_words.items()
            if holds_part(label, word)
            for iri in iris
        )
    return memo[label]


#: Nouns Dutch uses in the plural only in the sense a profile means ("de kosten", "de
#: inkomsten"; "de kost" is one's living, an "inkomst" is not said): the topic is the
#: plural, as an analyst writes it; compounds of them too ("zorgkosten").
PLURAL_ONLY = ("kosten", "inkomsten")


def plural_only(word: str, lemma: str) -> str:
    """The lemma of a noun, or the noun itself when it is a plural-only noun
    (:data:`PLURAL_ONLY`) that the lemma made singular.

    >>> plural_only("zorgkosten", "zorgkost"), plural_only("kosten", "kost")
    ('zorgkosten', 'kosten')
    >>> plural_only("wachtlijsten", "wachtlijst"), plural_only("schoolverlaten", "schoolverlat")
    ('wachtlijst', 'schoolverlaten')
    """
    if lemma == word[:-2] and (word.endswith(PLURAL_ONLY) or _closed(lemma)):
        return word
    return lemma


def _closed(stem: str) -> bool:
    """Whether ``stem`` ends in one short vowel (a, o, u, i) and one consonant: a noun
    of that form doubles the consonant before -en ("gezin" → "gezinnen"), so a word that
    is ``stem`` + "en" is no plural of it but an infinitive used as a noun ("voortijdig
    schoolverlaten", not "schoolverlat").

    >>> _closed("schoolverlat"), _closed("wachtlijst"), _closed("middel"), _closed("regeling")
    (True, False, False, False)
    """
    return (
        len(stem) > 3
        and stem[-1] not in "aeiouy"
        and stem[-2] in "aoui"
        and stem[-3] not in "aeiouy"
        and stem[-1] not in "wxj"
    )


def abbreviation(text: str, mention: SentenceMention, problems: list[SentenceMention]) -> bool:
    """Whether a problem mention is the abbreviation, in parentheses, of the mention of the
    same problem right before it ("de Huishoudelijke Hulp Toelage (HHT)"): one topic.

    >>> a = SentenceMention("p", "problem", 3, 15, "Hulp Toelage", 0)
    >>> b = SentenceMention("p", "problem", 17, 19, "HT", 0)
    >>> s = "de Hulp Toelage (HT)"
    >>> abbreviation(s, b, [a, b]), abbreviation(s, a, [a, b])
    (True, False)
    """
    start, end = mention.start, mention.end
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    return any(p.entity == mention.entity and 0 < start - p.end <= 2 for p in problems)


#: The head of a compound that names a kind of region ("arbeidsmarktregio", "jeugdregio").
_REGION = "regio"


def region_classes(mention: SentenceMention) -> list[tuple[int, str, int]]:
    """(start, label, end) of the kind of region a region mention names, if any.

    A region is named by a lower-case compound that says what kind of region it is and
    its proper name ("de arbeidsmarktregio Drenthe", "de jeugdregio Zeeland"): the name
    is no topic (an entity, a concern), but the compound is the subject the claim
    discusses (the labour-market region and its tasks), as it is where the compound
    alone stands for the home region ("in de arbeidsmarktregio"). A bare "regio" ("de
    regio Twente") only introduces the name; a capital makes the word part of the name
    ("Veiligheidsregio Zeeland").

    Examples
    --------
    >>> region_classes(SentenceMention("r/amr", "region", 7, 32, "arbeidsmarktregio Drenthe", 0))
    [(7, 'arbeidsmarktregio', 24)]
    >>> region_classes(SentenceMention("r/twente", "region", 40, 52, "regio Twente", 0))
    []
    """
    first = mention.text.partition(" ")[0]
    if first.islower() and first.endswith(_REGION) and len(first) > len(_REGION):
        return [(mention.start, first, mention.start + len(first))]
    return []


def body_classes(text: str, mention: SentenceMention) -> list[tuple[int, str, int]]:
    """(start, label, end) of the kind of body a named body's name opens with, where the
    body is the place or channel of what the claim says, not who acts.

    A body is often named by a common noun of what it is and a proper name of where
    ("het Werkplein Goes", "het Inkoopbureau Jeugd Zeeland"): the name is no topic (an
    entity, a concern), but after a preposition of place or channel ("in het Werkplein
    Goes", "via het Inkoopbureau Jeugd Zeeland") the class noun is a subject the claim
    discusses, as the class compound of a region is (:func:`region_classes`); as the
    subject of a verb the body acts, as a speaker or agent does, and is no topic.

    Examples
    --------
    >>> s = "Zij werken samen in het Werkplein Goes."
    >>> body_classes(s, SentenceMention("b/wp", "body", 24, 38, "Werkplein Goes", 0))
    [(24, 'werkplein', 33)]
    >>> s = "Het Werkplein Goes plaatst veel mensen."
    >>> body_classes(s, SentenceMention("b/wp", "body", 4, 18, "Werkplein Goes", 0))
    []
    """
    if mention.kind not in ("body", "organisation"):
        return []
    words = mention.text.split()
    at = 0
    if len(words) > 2 and words[0].lower() in _PLACING:
        at = len(words[0]) + 1
        words = words[1:]
    head = words[0]
    if len(words) < 2 or not head[:1].isupper() or not head[1:].islower():
        return []
    low = head.lower()
    if not low.endswith(_BODY_HEADS) or low in STOPLIST:
        return []
    before = _BEFORE.search(text, max(0, mention.start - 20), mention.start)
    if before is None:
        return []
    start = mention.start + at
    return [(start, low, start + len(head))]


#: Placing adjectives that open a body's name ("Regionaal Inkoopbureau …").
_PLACING = frozenset({"regionaal", "regionale", "gemeentelijk", "gemeentelijke"})
#: The last parts of the class nouns of bodies of the social domain that open their names
#: ("Werkplein", "Inkoopbureau", "Werkbedrijf", "Inkooporganisatie"): general Dutch
#: compounds of plein, bureau, bedrijf, organisatie, loket, punt.
_BODY_HEADS = ("plein", "bureau", "bedrijf", "organisatie", "loket", "punt")
#: A preposition of place or channel and an article right before the name.
_BEFORE = re.compile(r"\b(?:in|op|via|bij|naar|aan)\s+(?:het|de)\s+$", re.IGNORECASE)


#: Kinds of mentions that are names.
_NAME_KINDS = frozenset({"region", "body", "organisation", "municipality", "place"})
#: The last letters of the articles of :data:`_APPOSITION`: the letter two places before
#: a mention in apposition (a plain test its callers make first).
ARTICLE_ENDS = frozenset("net")
#: What stands between a name and a noun phrase in apposition to it: a comma and an
#: article ("Werkbedrijf X, een gemeenschappelijke regeling van …").
_APPOSITION = re.compile(r",\s+(?:een|de|het)\s+", re.IGNORECASE)


def in_apposition(text: str, mention: SentenceMention, mentions: list[SentenceMention]) -> bool:
    """Whether a mention opens a noun phrase in apposition to a name right before it
    ("Werkdienst X, een gemeenschappelijke regeling van A en B"): the phrase says what
    the named body is (its legal form or kind), as a class noun before a name does, and
    names no subject of the claim of its own: a concern of the claim, or a problem its
    topic falls under.

    Examples
    --------
    >>> s = "Werkbedrijf X, een gemeenschappelijke regeling van A."
    >>> body = SentenceMention("b/x", "body", 0, 13, "Werkbedrijf X", 0)
    >>> rule = SentenceMention("p/r", "problem", 19, 45, "gemeenschappelijke regeling", 0)
    >>> in_apposition(s, rule, [body, rule]), in_apposition(s, body, [body, rule])
    (True, False)
    """
    comma = text.rfind(",", max(0, mention.start - 8), mention.start)
    if comma < 0 or _APPOSITION.fullmatch(text, comma, mention.start) is None:
        return False  # the plain test first: most mentions follow no comma and article
    return any(n.end == comma and n.kind in _NAME_KINDS for n in mentions)


#: What ends a sentence inside a claim: a full stop, question or exclamation mark, or one
#: before a closing quotation mark, and a space.
_BREAKS = (". ", "? ", "! ", ".’ ", ".” ", "?’ ", "?” ")


def inner_breaks(text: str, start: int, end: int) -> int:
    """How many sentences of the claim ``text[start:end]`` end before its last.

    >>> s = "Het gaat goed. Toch wachten mensen lang. Dat is een probleem."
    >>> inner_breaks(s, 0, len(s)), inner_breaks(s, 0, 14)
    (2, 0)
    """
    return sum(text.count(mark, start, end - 1) for mark in _BREAKS)


def topic_cap(count: int, cap: int, text: str, start: int, end: int) -> int:
    """How many of its ``count`` topics the claim ``text[start:end]`` keeps: ``cap``, and
    three more for each further sentence of a claim of several (counted only when it
    has more than ``cap``).

    >>> s = "Het gaat goed. Toch wachten mensen lang."
    >>> topic_cap(4, 6, s, 0, len(s)), topic_cap(8, 6, s, 0, len(s))
    (6, 9)
    """
    return cap if count <= cap else cap + 3 * inner_breaks(text, start, end)
