"""What a word alone says for topic finding, asked once per word in a document.

:mod:`kg.extract.topics` reads every word of every claim. Most of what it asks
of a word does not depend on the claim: whether it can head a topic and with
what lemma (:func:`word_verdict`), whether it is a classifying adjective that
may join the noun after it (:func:`adjective_kind`), whether a label holds a
word part of the social domain (:func:`domain_label`). Those answers are kept
in tables that :func:`kg.extract.sentencecache.clear` empties at the start of
each document; what depends on the claim (the words around, the tone cues of
the vocabulary) stays in :mod:`kg.extract.topics`.

The words of a claim (:func:`claim_words`) are read from the runs of word characters
the document splits once for every reader.

The word lists are data files of ``kg/data`` with their sources: the stoplist,
the closed-class words, the judging adjectives and the word parts of the domain.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.datafiles import DATA
from kg.extract.dutchwords import (
    ADJECTIVE,
    ADJECTIVE_NOUNS,
    AUXILIARIES,
    NOT_BEFORE_VERBS,
    NOUN_OPENERS,
    PARTICLES,
    SINGULARS,
    UNDECLINED,
    WORD,
    infinitive,
    is_participle,
    is_verb,
    noun_singular,
    read_list,
    undeclined,
)
from kg.extract.mentions import _is_known, lemma_key
from kg.extract.sentencecache import RUN, spans, table

#: Endings of classifying (relational) adjectives, which make a term with their noun.
CLASSIFYING = ("lijke", "ische", "iële", "ale", "ieve", "aire", "ele", "eigen", "gebonden")
#: Endings of adjectives of Latin or French origin ("financieel", "structureel",
#: "individueel", "actueel"): no Dutch noun ends so, so such a word standing alone is no
#: topic ("is financieel gezond"); before its noun it stays ("financieel tekort").
ALONE_ADJECTIVE = ("ieel", "ueel")


def present_participle(low: str) -> bool:
    """Whether a lower-case word is a present participle ("terughoudend", "schrijnend",
    "spannend"): an adjective, no topic standing alone (before its noun it stays:
    "toenemend zorggebruik"). Nouns in -iend ("vriend") and short words are not.

    >>> [present_participle(w) for w in ("schrijnend", "toenemend", "vriend", "trend")]
    [True, True, False, False]
    """
    return len(low) >= 7 and low[-3:] == "end" and low[-4] not in "ie"


#: The last two letters of the endings above and of :data:`ADJECTIVE`'s: a word that ends
#: in other letters has none of them, and a set look-up is cheaper than ``str.endswith``
#: of a long tuple.
_CLASSIFYING_TAILS = frozenset(ending[-2:] for ending in CLASSIFYING)
_ADJECTIVE_TAILS = frozenset(ending[-2:] for ending in ADJECTIVE)
#: Words that end like a classifying adjective but judge or quantify.
NOT_CLASSIFYING = frozenset(
    {"belangrijke", "mogelijke", "duidelijke", "moeilijke", "redelijke", "gemakkelijke",
     "makkelijke", "aanzienlijke", "uiteindelijke", "daadwerkelijke", "feitelijke", "totale",
     "normale", "optimale", "minimale", "maximale", "centrale", "speciale", "ideale",
     "originele", "hele", "vele", "enkele", "snelle", "wezenlijke", "werkelijke",
     "eerdere", "verschillende", "dergelijke", "zogenaamde", "vriendelijke", "lastige"}
)  # fmt: skip


@lru_cache(maxsize=1)
def stoplist() -> frozenset[str]:
    """The lemmas that are never topics (``kg/data/topic-stoplist.txt``)."""
    return read_list("topic-stoplist.txt")


@lru_cache(maxsize=1)
def domain_parts() -> tuple[str, ...]:
    """Word parts that make a noun a social-domain subject (``kg/data/topic-domain.txt``)."""
    return tuple(sorted(read_list("topic-domain.txt")))


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Closed-class words and adverbs, never nouns (``kg/data/topic-function-words.txt``)."""
    return read_list("topic-function-words.txt")


@lru_cache(maxsize=1)
def loose_modifiers() -> frozenset[str]:
    """Adjectives that judge, measure or order rather than classify
    (``kg/data/topic-loose-modifiers.txt``): they never join a topic's label."""
    return read_list("topic-loose-modifiers.txt")


#: The lists as module constants, for the rules asked of every word.
STOPLIST, FUNCTION_WORDS, _LOOSE = stoplist(), function_words(), loose_modifiers()


def is_domain(lemma: str) -> bool:
    """Whether a lemma holds a word part of the social domain (:func:`domain_parts`).

    >>> is_domain("schuldhulpverlening"), is_domain("gemeente")
    (True, False)
    """
    # a search for any of the parts finds one exactly when one is a substring
    return _domain_parts_pattern().search(lemma) is not None


def is_loose(word: str, lemma: str | None = None) -> bool:
    """Whether an adjective judges, measures or orders (see :func:`loose_modifiers`), by
    its form, its bare form or its lemma (``lemma`` when the caller has it already).

    >>> is_loose("grote"), is_loose("huishoudelijke")
    (True, False)
    """
    loose = _LOOSE
    if word in loose:
        return True
    # only a word in -e has a bare form of its own (undeclined leaves any other as it is)
    if word[-1:] == "e" and undeclined(word) in loose:
        return True
    return (lemma_key(word) if lemma is None else lemma) in loose


#: Word → :func:`word_verdict` for the document (a plain table: asked of every word).
VERDICTS: dict[str, tuple[str, str | None, bool, bool]] = table()


def word_verdict(word: str) -> tuple[str, str | None, bool, bool]:
    """What topic finding asks of a word alone, once per word in a document (kept in
    :data:`VERDICTS`): (lower case, lemma or None when it is never a topic, is a verb,
    is a participle).

    A judging adjective (:func:`is_loose`) is never a topic, whatever its context.

    >>> word_verdict("Wachtlijsten"), word_verdict("huishoudelijke")[1]
    (('wachtlijsten', 'wachtlijst', False, False), None)
    """
    low = word.lower()
    found: tuple[str, str | None, bool, bool]
    tail = low[-2:]
    if low in FUNCTION_WORDS or (tail in _CLASSIFYING_TAILS and low.endswith(CLASSIFYING)):
        found = low, None, False, False  # an adjective: a topic only with its noun
    elif (
        low in STOPLIST
        or (tail in _ADJECTIVE_TAILS and low.endswith(ADJECTIVE) and low not in ADJECTIVE_NOUNS)
        or (tail == "el" and low.endswith(ALONE_ADJECTIVE))
        or (tail == "nd" and present_participle(low))
    ):
        found = low, None, False, False  # a stop word needs no lemma
    else:
        lemma = member_singular(low) or s_stem(low, SINGULARS.get(low) or noun_singular(low))
        key = lemma_key(low)
        if lemma in STOPLIST or is_loose(low, key):
            found = low, None, False, False
        else:  # only a word that opens with a particle and holds "ge" can be a separable
            # participle, and only one in -aat a present tense in -aan
            verb = (
                is_verb(low, key)
                or (low[-3:] == "aat" and is_aan_present(low))
                or (key[-3:] == "aan" and key != low and key != lemma)  # "ging", "stonden"
            )
            # the participle of a verb in -eren ("veel geïnvesteerd", "geïnformeerd"): no
            # noun is spelled ge-…-eerd
            participle = (low[:2] == "ge" and low[-4:] == "eerd") or (
                "ge" in low and low.startswith(PARTICLES) and is_participle(low)
            )
            found = low, lemma, verb, participle
    VERDICTS[word] = found
    return found


def s_stem(word: str, lemma: str) -> str:
    """The lemma of a noun whose final -s is its stem's: a noun in -aats ("plaats" and its
    compounds "werkervaringsplaats", "dagbestedingsplaats") takes -en in the plural
    ("plaatsen"), and a noun in -aat does too ("resultaten"), so -aats is never a plural
    in -s (ANS 3.2, meervoud op -s en -en): the word is its own lemma.

    >>> s_stem("werkervaringsplaats", "werkervaringsplaat"), s_stem("cliënten", "cliënt")
    ('werkervaringsplaats', 'cliënt')
    """
    if word[-4:] == "aats" and lemma == word[:-1]:
        return word
    return lemma


def is_aan_present(word: str) -> bool:
    """A present tense of a verb in -aan ("bestaat", "ontstaat", "doorgaat"): the
    stem of the infinitive with -t, which the -en test of
    :func:`~kg.extract.dutchwords.is_verb` does not see. Nouns in -aat ("straat",
    "resultaat", "staat") are their own lemma.

    >>> [is_aan_present(w) for w in ("bestaat", "doorgaat", "resultaat", "staat", "bestaan")]
    [True, True, False, False, False]
    """
    return word.endswith("aat") and lemma_key(word) == word[:-1] + "n"


#: Word → :func:`adjective_kind`, for the document.
ADJECTIVES: dict[str, tuple[bool | str, str, str]] = table()


def adjective_kind(word: str) -> tuple[bool | str, str, str]:
    """Whether a word alone can be a classifying adjective, once per word in a document
    (kept in :data:`ADJECTIVES`): (True for a classifying or declined adjective, "bare"
    for an undeclined one, False for none; its lemma and its undeclined form, to ask
    whether it is a tone cue).

    >>> adjective_kind("kwetsbare")[0], adjective_kind("toekomstig")[0], adjective_kind("de")
    (True, 'bare', (False, '', ''))
    """
    low = word.lower()
    kind: bool | str = False
    if low in NOUN_OPENERS or low in FUNCTION_WORDS or len(low) < 4:
        ADJECTIVES[word] = (False, "", "")  # a closed-class or short word
        return ADJECTIVES[word]
    bare, lemma, loose = undeclined(low), lemma_key(low), _LOOSE
    if (low in STOPLIST or bare in STOPLIST) and not is_domain(low):
        kind = False  # a stop word outside the domain
    elif low in loose or bare in loose or lemma in loose:
        kind = False  # a judging adjective (is_loose)
    elif low.endswith(CLASSIFYING) and low not in NOT_CLASSIFYING:
        kind = True
    elif low.endswith("e"):  # declined; not a noun in -ie, -ië or a past tense
        kind = not is_verb(low) and not low.endswith(("ste", "ere", "ie", "ië"))
    elif low.endswith(UNDECLINED):
        kind = "bare"
    found = ADJECTIVES[word] = (kind, lemma, bare) if kind else (False, "", "")
    return found


#: Word → :func:`content_word`, for the document.
CONTENT: dict[str, bool] = table()


def content_word(word: str) -> bool:
    """Whether a word, standing after another, can be the noun an adjective goes with:
    no opener, closed-class word, auxiliary, verb form or infinitive (kept in
    :data:`CONTENT`).

    >>> content_word("medewerker"), content_word("is"), content_word("werken")
    (True, False, False)
    """
    low = word.lower()
    found = CONTENT[word] = not (
        low in NOUN_OPENERS
        or low in FUNCTION_WORDS
        or low in AUXILIARIES
        or is_verb(low)
        or infinitive(low)
    )
    return found


#: Label → :func:`domain_label`, for the document.
_DOMAIN_LABELS: dict[str, bool] = table()


def domain_label(label: str) -> bool:
    """:func:`is_domain`, asked once per label in a document, by one alternation.

    >>> domain_label("jeugdhulp met verblijf"), domain_label("grote groep")
    (True, False)
    """
    found = _DOMAIN_LABELS.get(label)
    if found is None:
        found = _DOMAIN_LABELS[label] = _domain_parts_pattern().search(label) is not None
    return found


@lru_cache(maxsize=1)
def _domain_parts_pattern() -> re.Pattern:
    """One pattern a search of which finds a domain part exactly when one is a
    substring: the parts as a trie (``b(?:e(?:grot|leid)|...)``), so that at each
    letter the engine tries a few first letters rather than every part."""
    return re.compile(trie_pattern(domain_parts()))


def trie_pattern(parts: tuple[str, ...] | list[str]) -> str:
    """A regular expression that matches at a position exactly when one of ``parts``
    begins there. A part that holds another is left out (the other is found where it
    is), and parts with a common beginning share it.

    >>> trie_pattern(["zorg", "jeugdzorg", "hulp", "huur", "hulpmiddel"])
    'hu(?:lp|ur)|zorg'
    """
    kept = sorted({p for p in parts if not any(q != p and q in p for q in parts)})
    if not kept:
        return "(?!)"  # nothing to find
    return _trie(kept)


def _trie(parts: list[str]) -> str:
    """The alternation of ``parts`` (sorted, none a prefix of another), by first letter."""
    if len(parts) == 1:
        return re.escape(parts[0])
    groups: dict[str, list[str]] = {}
    for part in parts:
        groups.setdefault(part[0], []).append(part[1:])
    branches = []
    for first, rests in groups.items():
        rest = _trie(rests)
        shared = len(rests) > 1 and len({r[0] for r in rests}) > 1  # rest is an alternation
        branches.append(re.escape(first) + (f"(?:{rest})" if shared else rest))
    return "|".join(branches)


#: Modifiers of the loose list that a problem label keeps: "eigen" makes the fixed
#: terms of the Wmo and of self-reliance ("eigen bijdrage", "eigen kracht", "eigen
#: netwerk"), whose topic is the term, not the bare noun.
_TERM_MODIFIERS = frozenset({"eigen"})


def unjudged(label: str) -> str:
    """A problem label's topic without the adjectives before its noun that judge or
    measure (:func:`is_loose`), as a candidate noun's topic
    is without them: "hoge caseload" is about the caseload, "minder geld" about
    money. The label stays whole when nothing else is left or what is left is a
    stop word or function word.

    >>> unjudged("hoge caseload"), unjudged("stijgende zorgkosten"), unjudged("eigen bijdrage")
    ('caseload', 'zorgkosten', 'eigen bijdrage')
    """
    words = label.split()
    k = 0
    while k < len(words) - 1 and words[k] not in _TERM_MODIFIERS and is_loose(words[k]):
        k += 1
    rest = " ".join(words[k:])
    return rest if k and rest not in STOPLIST and rest not in FUNCTION_WORDS else label


def no_noun(label: str, written: str) -> bool:
    """Whether a problem label names no thing: it opens with a function word
    ("buiten beeld") or, as written, ends in a participle or a verb in -t or -d
    ("zwaar belast", "niet bereikt"), so it is a predicate and mints no topic (the
    claim still concerns the problem). Nouns in -t or -d ("tekort", "geld") are
    their own lemma and no verb.

    >>> no_noun("buiten beeld", "buiten beeld"), no_noun("belast", "zwaar belast")
    (True, True)
    >>> no_noun("krimp", "krimp"), no_noun("kosten", "stijgende kosten")
    (False, False)

    A past participle declined as an adjective names no thing either ("de
    gecontracteerde aanbieders": the providers are the subject):

    >>> no_noun("gecontracteerde", "gecontracteerde"), no_noun("ruimte", "ruimte")
    (True, False)
    """
    last = written.split()[-1].lower()
    return (
        label.split()[0] in FUNCTION_WORDS
        or (last[-1:] in "td" and is_verb(last))
        or (last[-2:] in ("de", "te") and "ge" in last[:-3] and is_verb(last[:-1]))
    )


#: A word character that is no letter of :data:`~kg.extract.dutchwords.WORD`: a digit, "_",
#: a letter outside Latin-1, "ª", "µ" or "º".
_NOT_LETTER = re.compile(r"[^\WA-Za-zÀ-ÖØ-öø-ÿ]")


def claim_words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of ``text[start:end]`` as :data:`~kg.extract.dutchwords.WORD` reads them.

    In a span without a hyphen and without a word character that is no letter of WORD
    (:data:`_NOT_LETTER`), its words are the runs of word characters, which the document
    splits once for every reader (:data:`kg.extract.sentencecache.RUN`); another span (a
    few claims: "Wmo-raad", "in 2020") is read by WORD itself.

    Examples
    --------
    >>> claim_words("De Wmo-raad telt 12 leden.", 0, 26)
    [(0, 2, 'De'), (3, 11, 'Wmo-raad'), (12, 16, 'telt'), (20, 25, 'leden')]
    >>> claim_words("Het zorgaanbod, één keer.", 4, 24)
    [(4, 14, 'zorgaanbod'), (16, 19, 'één'), (20, 24, 'keer')]
    """
    if text.find("-", start, end) < 0 and _NOT_LETTER.search(text, start, end) is None:
        return list(spans(RUN, text, start, end))
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, end)]


def holds_part(label: str, word: str) -> bool:
    """Whether a compound label holds a word as one of its parts: what is left
    is a word of its own ("armoedebeleid" holds "armoede", "tekortkoming"
    does not hold "tekort").

    A closed-class word before it ("overschot", "voorschot") forms a derived word,
    not a compound; so does a suffix of one or two letters ("mantelzorger": -er).

    Examples
    --------
    >>> pairs = [("armoedebeleid", "armoede"), ("tekortkoming", "tekort"), ("schotjes", "schot"),
    ...     ("overschot", "schot"), ("mantelzorger", "mantelzorg")]
    >>> [holds_part(label, word) for label, word in pairs]
    [True, False, True, False, False]
    """
    at = label.find(word)
    if at < 0 or len(label) <= len(word) or label[:at].strip(" -") in function_words():
        return False
    rest = (label[:at] + " " + label[at + len(word) :]).strip(" -")
    parts = [x.strip("-") for x in rest.split()]
    return all(" " in label or compound_part(x) for x in parts if x)


def compound_part(part: str) -> bool:
    """Whether what a compound holds beside a problem word is a word of its own: one
    the dictionary knows (after a linking ``s``: "eenzaamheid-s-aanpak"), or a
    compound of the social domain itself ("jeugdzorg" in "jeugdzorgwachtlijst":
    :func:`~kg.extract.topicwords.is_domain`), which no dictionary lists whole,
    unless it ends in a closed-class word that makes a derived word of what follows
    ("budgetover" in "budgetoverschot": an "overschot", no "schot").

    >>> parts = ("beleid", "saanpak", "jeugdzorg", "koming", "ab", "budgetover")
    >>> [compound_part(x) for x in parts]
    [True, True, True, False, False, False]
    """
    if len(part) <= 2:
        return False
    if _is_known(part) or _is_known(part[1:]):
        return True
    return (
        len(part) > 3
        and is_domain(part)
        and not any(part.endswith(w) for w in function_words() if len(w) > 2)
    )


#: Subject pronouns that follow a verb in inversion ("zo stellen zij", "volgens het
#: college wijst men"): only the unambiguous ones ("ze" is also an object).
_SUBJECT_PRONOUNS = frozenset({"zij", "hij", "wij", "we", "men", "jullie"})
#: Pronominal adverbs that follow a verb with its preposition ("wijst erop").
_PRONOMINAL = frozenset(
    {"erop", "eraan", "ervan", "erover", "ervoor", "erin", "eruit", "erbij", "ermee", "erom",
     "ertoe", "erdoor", "ertegen", "daarop", "daarover", "daaraan", "daarvan"}
)  # fmt: skip
#: A subject pronoun or a pronominal adverb: what follows a verb, not a noun.
_VERB_NEXT = _SUBJECT_PRONOUNS | _PRONOMINAL
#: Words that may stand between "zich" and its verb ("zich tegen … verzette").
_AFTER_ZICH = frozenset(
    {"tegen", "niet", "ook", "wel", "nog", "daar", "er", "erg", "zeer", "sterk"}
)


def verb_by_position(words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether word ``k`` stands where Dutch puts a verb, not a noun: before a subject
    pronoun of an inversion ("zo stellen zij"), before a pronominal adverb ("wijst
    erop"), or after the reflexive "zich" ("voelde zich overvallen", "zich tegen
    verzette"); never after an article, a determiner or a preposition.

    Examples
    --------
    >>> from kg.extract.dutchwords import tokens
    >>> ws = tokens("Dat is onvoldoende, zo stellen zij.")
    >>> verb_by_position(ws, 4)
    True
    >>> ws = tokens("Het college wijst erop dat de raad kan bijsturen.")
    >>> verb_by_position(ws, 2)
    True
    >>> ws = tokens("De gemeente voelde zich overvallen door de uitspraken.")
    >>> verb_by_position(ws, 4)
    True
    >>> ws = tokens("Volgens de huisartsen zij het een goede zaak.")
    >>> verb_by_position(ws, 2)
    False
    >>> ws = tokens("Raadsleden verzetten zich tegen bezuinigingen.")
    >>> verb_by_position(ws, 4)
    False
    """
    prev = words[k - 1][2].lower() if k else ""
    if prev in NOT_BEFORE_VERBS:
        # only a past tense after "zich" and a preposition: "zich tegen verzette", not
        # "zich tegen bezuinigingen"
        return k > 1 and words[k - 2][2].lower() == "zich" and words[k][2].endswith(_PAST)
    if k + 1 < len(words) and words[k + 1][2].lower() in _VERB_NEXT:
        return True
    if prev == "zich":
        return True
    if prev not in _AFTER_ZICH:
        return False  # most words: neither "zich" nor a word after it stands before
    for j in range(k - 2, max(-1, k - 4), -1):
        word = words[j][2].lower()
        if word == "zich":
            return True
        if word not in _AFTER_ZICH:
            return False
    return False


#: Endings of a weak verb's past tense ("verzette", "voelden").
_PAST = ("te", "de", "ten", "den")


@lru_cache(maxsize=1)
def _nominalisations() -> dict[str, str]:
    """Verb (infinitive) → the noun of the same procedure (``topic-nominalisations.txt``)."""
    lines = (DATA / "topic-nominalisations.txt").read_text(encoding="utf-8").splitlines()
    pairs = (x.split() for x in lines if x.strip() and not x.startswith("#"))
    return {verb: noun for verb, noun in pairs}


def nominal(low: str) -> str | None:
    """The noun of the procedure a verb form of the social domain names ("aanbesteed" →
    ``aanbesteding``, "verwezen" → ``verwijzing``), or None.

    >>> nominal("aanbesteed"), nominal("doorverwezen"), nominal("werkt")
    ('aanbesteding', 'doorverwijzing', None)
    """
    table = _nominalisations()
    return table.get(low) or table.get(lemma_key(low))


#: Words in "-leden" that are no plural of "lid": the past and "ago".
_NOT_MEMBERS = frozenset({"verleden", "geleden"})


def member_singular(word: str) -> str:
    """The singular of a plural of "lid" (member), whose plural is irregular ("leden",
    ANS 3.3: lid - leden), alone or as the head of a compound ("teamleden" → "teamlid",
    "raadsleden" → "raadslid"); "" for any other word.

    Examples
    --------
    >>> [member_singular(w) for w in ("teamleden", "leden", "verleden", "wijkteams")]
    ['teamlid', 'lid', '', '']
    """
    if word[-5:] != "leden" or word in _NOT_MEMBERS:
        return ""
    return word[:-5] + "lid"
