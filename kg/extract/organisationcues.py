"""The cue words that name an organisation, a body or a region, and the kind they give.

The word lists live in ``kg/data/organisation-cues.toml`` (with their sources):
organisational heads that open or close a name ("Stichting X", "X Wonen"),
regional scales ("arbeidsmarktregio X"), type nouns before a name or in an
apposition after it ("woningcorporatie X", "X, het sw-bedrijf in Y"), phrases
of cooperation that come right before a name ("werkt samen met X") and the
function words that take a capital only because they open a sentence.

This module reads those lists and answers one question for
:mod:`kg.extract.organisations`: which kind, if any, do the words in and around
a capitalised phrase give it?

Examples
--------
>>> cues = load_cues()
>>> head_kind(["GGD", "Twente"], cues), head_kind(["Mooi", "Wonen"], cues)
('body', 'organisation')
>>> apposition_kind(", het sw-bedrijf in de regio", cues)
'body'
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.extract.nounforms import _is_known
from kg.extract.speakingnames import proper_use
from kg.extract.wordtokens import lowered

__all__ = [
    "CUES_FILE", "Cues", "acting_name", "acting_subject", "apposed_kind", "apposition_after",
    "apposition_kind", "before_kind", "fronted_partner", "head_kind", "attributed_name",
    "load_cues", "named_party", "owner_name",
]  # fmt: skip

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "organisation-cues.toml"

#: An apposition after a comma or in parentheses ("X, het sw-bedrijf …", "X (een
#: samenwerkingsverband van …)"), or a copula's predicate ("X is een welzijnsorganisatie").
_APPOSITION = re.compile(
    r"^(?:,\s+|\s*\(\s*|\s+(?:is|was)\s+)(?:de|het|een)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)",
    re.IGNORECASE,
)
#: The last one or two words before the trailing space, read backwards: matched on the
#: reversed tail once, where ``([\w’'-]+)(?:\s+([\w’'-]+))?\s+$`` searched forwards is
#: tried at every position (same words: the leftmost forward match is the longest).
_LAST_WORDS_REVERSED = re.compile(r"\s+([\w’'-]+)(?:\s+([\w’'-]+))?")
#: "als", "zoals", "waaronder" after a plural type noun: the names after it are examples.
_EXAMPLES = re.compile(
    r"(?<=\w)(?:,?\s+|\s*\(\s*)(?:zoals|als|waaronder|onder\s+wie|onder\s+(?:andere|meer)"
    r"|o\.a\.|bijv\.|bv\.|bijvoorbeeld)\s+$",
    re.IGNORECASE,
)
#: The characters a match of ``_EXAMPLES`` can end in before its trailing space (what ``re``
#: takes for s, r, e and d without case, ſ included, and the dot of "o.a."): any other tail
#: is no match, unsearched.
_EXAMPLES_ENDS = frozenset("sSſrReE.dD")

#: Adjectives of scope that may open a name before its head ("Sociaal Werkbedrijf X",
#: "Regionaal Bureau X", "Intergemeentelijk Servicepunt X").
_NAME_ADJECTIVES = frozenset(
    {
        "sociaal",
        "sociale",
        "regionaal",
        "regionale",
        "intergemeentelijk",
        "intergemeentelijke",
        "gemeentelijk",
        "gemeentelijke",
    }
)
#: A sentence opening with "(Ook) met" before a name ("Met X zijn afspraken gemaakt").
_FRONTED_WITH = re.compile(
    r"^\s*(?:(?:Ook|Daarnaast|Verder)\s+)?[Mm]et\s+(?:onder\s+(?:meer|andere)\s+|o\.a\.\s+)?"
    r"(?:de\s+|het\s+)?$"
)
#: The cooperation the clause after the fronted partner states.
_COOPERATION_AFTER = re.compile(
    r"^[^;:.]{0,80}?\b(?:is|zijn|wordt|worden|werd|werden|heeft|hebben)\b[^;.]*?"
    r"\b(?:samengewerkt|afgesproken|overeengekomen|\w*afspraken|\w*convenant\w*"
    r"|\w*overeenkomst\w*|\w*contract\w*)\b",
    re.IGNORECASE,
)

#: The typical work of an organisation, as the finite verb right after a bare name that
#: opens a sentence ("X voert het jongerenwerk uit", "X ondersteunt inwoners bij …"); not
#: "levert … op" (yields), not inversion, where the subject follows the verb ("Sindsdien
#: verzorgt Y …", "… hij").
_ACTING = re.compile(
    r"\s+(?!\w+\s+(?:(?:zij|ze|hij|wij|we|men|er|u|ik|je|de\s+gemeente|het\s+college)\b"
    r"|(?-i:[A-Z])))"
    r"(?:voert\s+(?:[\w-]+\s+){1,8}?uit|levert(?![^.;,]*\bop\b)|verzorgt|organiseert|coördineert"
    r"|regelt|adviseert|bemiddelt|signaleert|zet\s+(?:[\w-]+\s+){1,4}?in\b"
    r"|(?:ondersteunt|begeleidt)\s+(?:\w+\s+){0,2}?(?:inwoners|mensen|jongeren|ouderen"
    r"|gezinnen|ouders|kinderen|cliënten|werkzoekenden|mantelzorgers|vrijwilligers"
    r"|statushouders|bewoners|deelnemers|gemeenten?)"
    r"|biedt\s+(?:[\w-]+\s+){0,3}?(?:\w*ondersteuning|\w*hulp|\w*begeleiding|\w*zorg|advies"
    r"|dagbesteding|activiteiten|cursussen|trajecten|diensten))\b"
)
#: Two names doing such work together: "A en B leveren / verzorgen / zijn gecontracteerd".
_ACTING_PAIR = re.compile(
    r"\s+en\s+(?P<second>(?-i:[A-Z])[\w-]+)\s+(?:voeren\s+(?:[\w-]+\s+){1,8}?uit|leveren"
    r"|verzorgen|organiseren|coördineren|(?:ondersteunen|begeleiden)\s+(?:\w+\s+){0,2}?"
    r"(?:inwoners|mensen|jongeren|ouderen|gezinnen|cliënten|bewoners)"
    r"|bieden\s+(?:[\w-]+\s+){0,3}?(?:\w*ondersteuning|\w*hulp|\w*begeleiding|\w*zorg"
    r"|dagbesteding|opvang)|zijn\s+(?:\w+\s+)?gecontracteerd)\b"
)
#: Ordinary words that open a sentence before such a verb: adverbs ("Jaarlijks
#: organiseert …", "Daarvoor levert …") and abstract or mass nouns ("Thuiszorg levert …").
_ORDINARY = re.compile(
    r"^(?:daar|hier|waar|er)|(?:lijks?|ijks|ens|wijs|halve|mate|ig|isch|ing|heid|schap"
    r"|teit|isme|eel|aal|ief|baar|zorg|hulp|beleid|onderwijs)$"
)
#: A locative preposition before a word elsewhere makes it a place ("in Sneek").
_PLACE_END = re.compile(r"\b(?:in|te|uit|vanuit|rond|nabij)\s+$")
#: A title or a capitalised first name before a word elsewhere makes it a person's name.
_PERSON_BEFORE = (  # an article is no first name: "De Vrijwilligerscentrale ondersteunt …"
    r"(?:\b(?!(?-i:De|Het|Een)\s)(?-i:[A-Z])\w*|\b(?:wethouder|burgemeester|raadslid|directeur|mevrouw|meneer"
    r"|heer|dhr\.?|mw\.?)) "
)
_PERSON_END = re.compile(rf"{_PERSON_BEFORE}$", re.IGNORECASE)
#: The same where the capitalised word before is not "Volgens" ("Volgens X" names no person).
_NAMED_PERSON_END = re.compile(rf"(?!volgens\s){_PERSON_BEFORE}$", re.IGNORECASE)


@dataclass(frozen=True)
class Cues:
    """The word lists of ``organisation-cues.toml``, ready to match."""

    leading_heads: dict[tuple[str, ...], str]
    scale_nouns: dict[str, str]
    trailing_heads: dict[str, str]
    type_nouns: tuple[tuple[str, str], ...]  # (ending, kind), longest first
    context: re.Pattern[str]
    stopwords: frozenset[str]
    #: :attr:`type_nouns` as a dict, and their endings (a noun ending in none has no kind)
    exact_types: dict[str, str] = field(init=False, repr=False, compare=False)
    type_endings: tuple[str, ...] = field(init=False, repr=False, compare=False)
    #: The first words of :attr:`leading_heads`.
    leading_firsts: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "exact_types", dict(self.type_nouns))
        object.__setattr__(self, "type_endings", tuple(ending for ending, _ in self.type_nouns))
        object.__setattr__(self, "leading_firsts", frozenset(h[0] for h in self.leading_heads))

    def type_kind(self, noun: str) -> str | None:
        """The kind of a type noun, by its ending (``welzijnsorganisatie`` → organisation).

        Examples
        --------
        >>> cues = load_cues()
        >>> cues.type_kind("welzijnsorganisatie"), cues.type_kind("organisator")
        ('organisation', None)
        """
        noun = noun.lower()
        if not noun.endswith(self.type_endings):
            return None  # most words: no ending to try one by one
        for ending, kind in self.type_nouns:
            if noun == ending or (noun.endswith(ending) and len(noun) > len(ending) + 2):
                return kind
        return None


@lru_cache(maxsize=4)
def load_cues(path: str | Path = CUES_FILE) -> Cues:
    """Read the cue lists (cached).

    Examples
    --------
    >>> cues = load_cues()
    >>> cues.type_kind("woningcorporaties"), cues.type_kind("centrumregeling")
    ('organisation', 'body')
    """
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    alternation = "|".join(f"(?:{c})" for c in data["context_cues"]["cues"])
    return Cues(
        leading_heads={tuple(k.split()): v for k, v in data["leading_heads"].items()},
        scale_nouns=dict(data["scale_nouns"]),
        trailing_heads=dict(data["trailing_heads"]),
        type_nouns=tuple(sorted(data["type_nouns"].items(), key=lambda kv: (-len(kv[0]), kv[0]))),
        context=re.compile(
            # the municipality may be listed first: "samen met de gemeente en X"
            rf"\b(?:{alternation})\s+(?:onder\s+(?:meer|andere)\s+)?"
            rf"(?:(?:de\s+)?gemeente\s*(?:,|\ben\b)\s*)?(?:de\s+|het\s+)?$",
            re.IGNORECASE,
        ),
        stopwords=frozenset(data["sentence_initial_stopwords"]["words"]),
    )


#: Endings of the place adjectives ("Venrayse", "Friese", "Bossche").
_ADJECTIVE_ENDS = ("se", "sche")


def head_kind(words: list[str], cues: Cues) -> str | None:
    """The kind given by a name's first or last word(s), if any.

    The head must leave at least one word of its own: "GGD" alone is no name.

    Examples
    --------
    >>> cues = load_cues()
    >>> head_kind(["Stichting", "Welzijn", "Noord"], cues), head_kind(["GGD"], cues)
    ('organisation', None)
    >>> head_kind(["arbeidsmarktregio", "Twente"], cues)
    'region'
    >>> head_kind(["Sociaal", "Werkbedrijf", "X"], cues), head_kind(["Inkoopbureau", "X"], cues)
    ('body', 'body')
    >>> head_kind(["Maasstad", "Ziekenhuis"], cues), head_kind(["Venrayse", "College"], cues)
    ('organisation', None)
    """
    low = [w.lower() for w in words]
    for n in (3, 2, 1):
        if len(low) > n and tuple(low[:n]) in cues.leading_heads:
            return cues.leading_heads[tuple(low[:n])]
    if len(low) > 1 and low[0] in cues.scale_nouns:
        return cues.scale_nouns[low[0]]
    if len(low) > 1 and low[-1] in cues.trailing_heads:
        if len(low) == 2 and low[0].endswith(_ADJECTIVE_ENDS):
            return None  # a place adjective and a noun: "het Venrayse College"
        return cues.trailing_heads[low[-1]]
    if len(low) > 2 and low[0] in _NAME_ADJECTIVES:  # "Sociaal Werkbedrijf X"
        return head_kind(words[1:], cues)
    if len(low) > 1 and words[0][:1].isupper() and low[0] not in cues.exact_types:
        return cues.type_kind(low[0])  # a capitalised compound type noun: "Inkoopbureau X"
    return None


def owner_name(run: list, cues: Cues) -> list:
    """The name after the last "van (de)" of a run that is no name as a whole, when its
    head makes it one: the owner of a titled thing ("de Monitor Sociaal Domein van de
    GGD Noordland").

    Examples
    --------
    >>> run = [(0, 7, "Monitor"), (8, 11, "van"), (12, 15, "GGD"), (16, 20, "Noord")]
    >>> [w[2] for w in owner_name(run, load_cues())]
    ['GGD', 'Noord']
    """
    ofs = [i for i, w in enumerate(run) if w[2] == "van"]
    if not ofs:
        return []
    tail = run[ofs[-1] + 1 :]
    tail = tail[1:] if tail and tail[0][2] in ("de", "het", "den") else tail
    return tail if tail and head_kind([w[2] for w in tail], cues) else []


def apposed_kind(pre: str, cues: Cues) -> tuple[str, str, str] | None:
    """A singular type noun right before a name set off by commas (the caller checks the
    comma after it): "Het werkbedrijf, Vallei Werkt, voert …".

    Examples
    --------
    >>> apposed_kind("Het werkbedrijf, ", load_cues())
    ('body', 'werkbedrijf', 'type')
    >>> apposed_kind("De woningcorporaties, ", load_cues()) is None
    True
    """
    head = pre.rstrip()
    if not head.endswith(","):
        return None
    found = before_kind(head[:-1] + " ", cues)
    if found is None or found[2] != "type" or found[1].lower().endswith(("s", "en")):
        return None
    return found


def before_kind(pre: str, cues: Cues) -> tuple[str, str, str] | None:
    """A type or scale noun right before a name: ``(kind, noun, how)``.

    ``pre`` is the sentence up to the name; ``how`` is ``"scale"`` (the noun is
    part of the name), ``"region"`` (bare "regio") or ``"type"``. A plural type
    noun may introduce examples ("zorgaanbieders als X", "organisaties, zoals X").

    Examples
    --------
    >>> cues = load_cues()
    >>> before_kind("Volgens woningcorporatie ", cues)
    ('organisation', 'woningcorporatie', 'type')
    >>> before_kind("Het valt onder de arbeidsmarktregio ", cues)
    ('region', 'arbeidsmarktregio', 'scale')
    >>> before_kind("Het college van ", cues) is None
    True
    >>> before_kind("Ook zorgaanbieders als ", cues)
    ('organisation', 'zorgaanbieders', 'type')
    >>> before_kind("generalisten van organisaties (o.a. ", cues)
    ('organisation', 'organisaties', 'type')
    >>> before_kind("De GGZ-instelling ", cues)
    ('organisation', 'GGZ-instelling', 'type')
    >>> before_kind("samen met de woningcorporatie (", cues)  # the name in parentheses
    ('organisation', 'woningcorporatie', 'type')
    """
    if pre.endswith("("):  # "de woningcorporatie (X)": the name given in parentheses
        found = before_kind(pre[:-1].rstrip() + " ", cues)
        return found if found is not None and found[2] == "type" else None
    examples = _EXAMPLES.search(pre[-80:]) if pre.rstrip()[-1:] in _EXAMPLES_ENDS else None
    if examples is not None:  # "zorgaanbieders als X", "organisaties, zoals X"
        found = before_kind(pre[-80:][: examples.start()] + " ", cues)
        if found is None or not found[1].lower().endswith(("s", "en")):
            return None
        return found if found[2] == "type" else None
    last = _LAST_WORDS_REVERSED.match(pre[-60:][::-1])
    if last is None:
        return None
    later, earlier = last.group(1)[::-1], last.group(2)
    first, second = (later, None) if earlier is None else (earlier[::-1], later)
    noun = second or first
    if not (noun.split("-")[-1].islower() or pre.strip() == noun):  # "GGZ-instelling X"
        return None
    if noun.lower() in cues.scale_nouns:
        return cues.scale_nouns[noun.lower()], noun, "scale"
    pair = f"{first} {second}".lower() if second else ""
    exact = cues.exact_types
    if pair in exact:
        return exact[pair], f"{first} {second}", "type"
    kind = cues.type_kind(noun)
    if kind is not None:
        return kind, noun, "region" if noun.lower() in ("regio", "regio's") else "type"
    return None


def apposition_kind(post: str, cues: Cues) -> str | None:
    """The kind a type noun in an apposition after the name gives (", het sw-bedrijf …"),
    or in the predicate of a copula ("X is de welzijnsorganisatie van …").

    ``post`` is the sentence from the end of the name on.

    Examples
    --------
    >>> cues = load_cues()
    >>> apposition_kind(", de welzijnsorganisatie van de stad", cues)
    'organisation'
    >>> apposition_kind(", de stad aan de rivier", cues) is None
    True
    >>> apposition_kind(" (een samenwerkingsverband van drie gemeenten)", cues)
    'body'
    >>> apposition_kind(" is de grote GGZ-instelling in de regio", cues)
    'organisation'
    """
    match = _APPOSITION.match(post)
    if match is None:
        return None
    words = match.group(1).split()
    exact = cues.exact_types
    for a, b in zip(words, words[1:], strict=False):
        if f"{a} {b}".lower() in exact:
            return exact[f"{a} {b}".lower()]
    for word in words:
        word = word.rsplit("-", 1)[-1] if word[:1].isupper() else word  # "GGZ-instelling"
        if word[:1].islower() and cues.type_kind(word):
            return cues.type_kind(word)
    return None


def apposition_after(text: str, toks: list, i: int, cues: Cues, connectors: frozenset[str]) -> bool:
    """Whether a type noun in apposition (or a copula's predicate) follows the token at
    ``i``, or the capitalised words joined to it by connectors: they are a name.

    Parameters
    ----------
    text : str
        The document.
    toks : list of (start, end, word)
        The sentence's tokens.
    i : int
        The token that may open the name.
    cues : Cues
        The word lists.
    connectors : frozenset of str
        The lower-case words that may join the words of a name ("van", "de").

    Examples
    --------
    >>> t = "Vincent van Gogh is een GGZ-instelling."
    >>> toks = [(0, 7, "Vincent"), (8, 11, "van"), (12, 16, "Gogh"), (17, 19, "is")]
    >>> apposition_after(t, toks, 0, load_cues(), frozenset({"van"}))
    True
    """
    j = i + 1
    while j < len(toks) and toks[j][2] in connectors:
        j += 1
    if i + 1 < j < len(toks) and toks[j][2][:1].isupper():  # "Vincent van Gogh"
        while j + 1 < len(toks) and toks[j + 1][2][:1].isupper():
            j += 1
    else:
        j = i
    return apposition_kind(text[toks[j][1] : toks[j][1] + 60], cues) is not None


def fronted_partner(pre: str, post: str) -> bool:
    """Whether a capitalised phrase is a partner fronted with "Met" before a clause of
    agreement or cooperation ("Met X en Y zijn afspraken gemaakt over …").

    Parameters
    ----------
    pre, post : str
        The sentence before and after the phrase.

    Examples
    --------
    >>> fronted_partner("Met ", " zijn afspraken gemaakt over de zorg.")
    True
    >>> fronted_partner("Met ", " gaat het goed.")
    False
    """
    return bool(_FRONTED_WITH.match(pre)) and bool(_COOPERATION_AFTER.match(post))


#: What may stand before a name known by its work: nothing, or an article.
_ACTING_BEFORE = frozenset({"", "De", "Het"})


def acting_name(pre: str, words: list[str], post: str, text: str) -> bool:
    """Whether the capitalised words opening a sentence, alone or after an article, are a
    name by what it does (:func:`acting_subject` of the first word): one word alone, up to
    three after "De" / "Het" ("Het Steunpunt Mantelzorg biedt ondersteuning aan …").

    Examples
    --------
    >>> acting_name("Het ", ["Steunpunt", "Mantelzorg"], " biedt ondersteuning.", "")
    True
    >>> acting_name("Volgens ", ["Steunpunt"], " biedt ondersteuning.", "")
    False
    """
    opener = pre.strip()
    if opener not in _ACTING_BEFORE or len(words) > (3 if opener else 1):
        return False
    return acting_subject(words[0], post, text)


def acting_subject(word: str, post: str, text: str) -> bool:
    """Whether a lone capitalised word opening a sentence is a name by what it does.

    An organisation's typical work must follow as its finite verb, and the word must be
    no ordinary word: the text never writes it in lower case, it has no adverb or
    abstract-noun ending, and no title or first name stands before it anywhere (a
    person). Inversion ("Jaarlijks organiseert de gemeente …") is no name either.

    Parameters
    ----------
    word : str
        The capitalised word.
    post : str
        The sentence after it.
    text : str
        The whole document.

    Examples
    --------
    >>> acting_subject("Randwerk", " ondersteunt inwoners bij werk.", "Randwerk ondersteunt")
    True
    >>> acting_subject("Jaarlijks", " organiseert de gemeente een markt.", "")
    False
    >>> acting_subject("Jansen", " ondersteunt het plan.", "wethouder Jansen zegt")
    False
    >>> acting_subject("Dichterbij", " en Proteion leveren de begeleiding.", "")
    True
    """
    if not _ACTING.match(post):
        pair = _ACTING_PAIR.match(post)  # "Dichterbij en Proteion leveren de begeleiding"
        return pair is not None and _name_like(word, text) and _name_like(pair["second"], text)
    return _name_like(word, text)


def named_party(pre: str, post: str, words: list[str], text: str) -> bool:
    """A fronted partner (:func:`fronted_partner`), the municipality's partner in a joint act
    (:func:`joint_partner`) or the source of a statement (:func:`attributed_name`)."""
    return (
        fronted_partner(pre, post) or joint_partner(pre, post) or attributed_name(pre, words, text)
    )


#: "De gemeente en " before the phrase: it is the municipality's fellow subject.
_WITH_MUNICIPALITY = re.compile(r"^\s*(?:De\s+)?[Gg]emeente\s+en\s+(?:de\s+|het\s+)?$")
#: The joint act of two subjects: working together, agreements, a covenant.
_JOINT_ACT = re.compile(
    r"^\s+(?:werken|werkten|trekken|trokken)\s+(?:\w+\s+){0,2}?(?:samen|op)\b"
    r"|^\s+(?:maken|maakten|hebben|hadden|sluiten|sloten)\s+(?:\w+\s+){0,3}?"
    r"(?:\w*afspraken|\w*convenant|\w*overeenkomst)\b",
    re.IGNORECASE,
)


def joint_partner(pre: str, post: str) -> bool:
    """Whether a capitalised phrase is coordinated with the municipality as the subject of a
    joint act ("De gemeente en X werken samen", "Gemeente en X maken prestatieafspraken").

    Examples
    --------
    >>> joint_partner("De gemeente en ", " werken nauw samen."), joint_partner(
    ...     "De gemeente en ", " maken jaarlijks prestatieafspraken.")
    (True, True)
    >>> joint_partner("De gemeente en ", " zijn het oneens."), joint_partner(
    ...     "In de gemeente en ", " werken samen.")
    (False, False)
    """
    return bool(_WITH_MUNICIPALITY.match(pre)) and bool(_JOINT_ACT.match(post))


_ATTRIBUTED = re.compile(r"\bvolgens\s+$", re.IGNORECASE)


def attributed_name(pre: str, words: list[str], text: str) -> bool:
    """Whether a lone capitalised word after "volgens" is the name of the party a statement
    is attributed to ("Volgens Pantein is de wachtlijst lang"): no Dutch word (or one the
    profile writes as a name, :func:`kg.extract.speakingnames.proper_use`), nor a person.

    Examples
    --------
    >>> attributed_name("Volgens ", ["Pantein"], ""), attributed_name("Volgens ", ["Plan"], "")
    (True, False)
    >>> attributed_name("Volgens ", ["Jansen"], "Volgens Jansen, zegt wethouder Jansen")
    False
    >>> attributed_name("Volgens ", ["Sneek"], "Volgens Sneek is het loket in Sneek goed.")
    False
    """
    word = words[0]
    if len(words) != 1 or pre.rstrip()[-7:].lower() != "volgens":  # cheap test first
        return False
    if _ATTRIBUTED.search(pre[-12:]) is None:
        return False
    if _is_known(word.lower()) and not proper_use(text, word):
        return False  # "Volgens Plan", but "Volgens Synthese … de directeur van Synthese"
    if len(word) < 3 or not word.isalpha() or _stands(text, word.lower()):
        return False
    if _stands(text, word, _PLACE_END):
        return False  # a place ("in Sneek")
    # a title or a first name before it elsewhere (not "Volgens" itself) makes it a person
    return not _stands(text, word, _NAMED_PERSON_END, fold=True)


def _name_like(word: str, text: str) -> bool:
    """Whether a capitalised word is no ordinary word and no person's name (see
    :func:`acting_subject`)."""
    low = word.lower()
    if len(word) < 3 or not word.isalpha() or _ORDINARY.search(low):
        return False
    if _stands(text, low):
        return False  # an ordinary word, written in lower case elsewhere
    if _stands(text, word, _PLACE_END):
        return False  # a place ("in Sneek")
    return not _stands(text, word, _PERSON_END, fold=True)


def _stands(
    text: str, word: str, before: re.Pattern[str] | None = None, fold: bool = False
) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word (any case: ``fold``), right after
    what ``before`` matches (anchored at the word) when given.

    The word is looked for as a string; only where it stands is ``before`` tried (a search
    of the whole text for a pattern opening with a capitalised word is costly).

    Examples
    --------
    >>> _stands("in Sneek en Goor", "Sneek", _PLACE_END), _stands("Sneeker", "Sneek")
    (True, False)
    >>> _stands("wethouder JANSEN zegt", "Jansen", _PERSON_END, fold=True)
    True
    """
    hay, needle = (_lowered(text), word.lower()) if fold else (text, word)
    if len(hay) != len(text):  # case folding moved the offsets: the slow way
        flags = re.IGNORECASE if fold else 0
        head = before.pattern[:-1] if before is not None else ""
        return re.search(rf"{head}\b{word}\b", text, flags) is not None
    at = hay.find(needle)
    while at != -1:
        end = at + len(needle)
        alone = (at == 0 or not _word_char(text[at - 1])) and (
            end == len(text) or not _word_char(text[end])
        )
        if alone and (before is None or before.search(text, max(0, at - 40), at) is not None):
            return True
        at = hay.find(needle, at + 1)
    return False


def _lowered(text: str) -> str:
    """``text.lower()``: the document's shared lower case when it has one, else once per
    document."""
    low = lowered(text)
    return low if low is not None else _lower(text)


@lru_cache(maxsize=2)
def _lower(text: str) -> str:
    return text.lower()


def _word_char(c: str) -> bool:
    """A character ``\\w`` matches."""
    return c.isalnum() or c == "_"
