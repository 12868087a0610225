"""Dutch word classes by form and context, for finding the nouns of a claim.

No tagger: a word is a noun by its suffix, its plural, the article,
preposition or number before it; a verb by its lemma (a participle, a
present tense, an infinitive); an adjective by its ending. General Dutch
morphology (Algemene Nederlandse Spraakkunst), no word lists of any profile.
The common neuter nouns are a data file (``kg/data/het-nouns.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter, not_

from kg.datafiles import word_list
from kg.extract.mentions import _is_known, lemma_key, singular
from kg.extract.sentencecache import derive, table
from kg.extract.wordtokens import joints, letter_runs, merged

#: The lower-case entries of a one-word-a-line data file of ``kg/data`` (no comments).
read_list = word_list


def is_verb(word: str, lemma: str | None = None) -> bool:
    """A conjugated verb or participle by its lemma ("zorgt" → "zorgen", "geregeld"):
    ``lemma``, when the caller has it already, or :func:`lemma_key` of the word.

    Examples
    --------
    >>> [is_verb(w) for w in ("ingekocht", "doorgegeven", "belangenbehartiger", "beleid")]
    [True, True, False, False]
    """
    if lemma is None:
        lemma = lemma_key(word)
    if lemma == word or word.endswith("er"):
        return False  # its own lemma, or an agent noun ("belangenbehartiger")
    en = lemma.endswith("en")
    if (en or "_" in lemma) and word[-1] in "tdn":
        return True  # a participle or present tense ("ingekocht", "doorgegeven", "inkoopt")
    if en and len(lemma) >= len(word):
        return True
    return en and word.startswith("ge") and word[-1] in "tdn"


HET_NOUN = re.compile(r"\bhet\s+(?:[a-zà-ÿ]+\s+)?([a-zà-ÿ]{3,})\b", re.IGNORECASE)
#: Endings of neuter (het) nouns: diminutives and learned suffixes.
HET_ENDINGS = ("je", "isme", "ment", "um", "sel", "model")
DIGRAPHS = frozenset({"aa", "ee", "oo", "uu", "ie", "oe", "eu", "ei", "ij", "au", "ou", "ui"})


@lru_cache(maxsize=8)
def het_nouns(text: str) -> frozenset[str]:
    """Neuter nouns: used with "het" in the text, or common ones (``kg/data/het-nouns.txt``)."""
    found = frozenset(singular(m.group(1).lower()) for m in HET_NOUN.finditer(text))
    return found | read_list("het-nouns.txt")


def is_neuter(noun: str, known: frozenset[str]) -> bool:
    """Whether a noun (or the tail of a compound) is a het-word."""
    if noun.endswith(HET_ENDINGS):
        return True
    # its tails noun[i:] (each i up to its last four letters) read in C, the first known one
    # ending the read: any() of a generator cost a frame switch per tail
    tails = map(noun.__getitem__, map(slice, range(max(1, len(noun) - 3)), repeat(None)))
    return not known.isdisjoint(tails)


def undeclined(adjective: str) -> str:
    """The bare form of a declined adjective, as it stands before a singular het-noun.

    Examples
    --------
    >>> [undeclined(a) for a in ("objectieve", "regionale", "sociale", "psychische", "financiële")]
    ['objectief', 'regionaal', 'sociaal', 'psychisch', 'financieel']
    >>> undeclined("complexe")
    'complex'
    """
    if adjective[-1:] != "e" or adjective == "eigen":  # (a slice: cheaper than endswith)
        return adjective
    if adjective.endswith("iële"):
        return adjective[:-4] + "ieel"
    stem = adjective[:-1]
    if stem.endswith("v"):
        stem = stem[:-1] + "f"
    elif stem.endswith("z"):
        stem = stem[:-1] + "s"
    vowels = "aeiouy"
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in vowels:
        return stem[:-1]  # snelle → snel
    if (
        len(stem) >= 3
        and stem[-1] not in vowels
        and stem[-1] != "x"  # "complexe" → complex: x closes the syllable
        and stem[-2] in "aeou"
        and stem[-3:-1] not in DIGRAPHS
    ):
        return stem[:-1] + stem[-2] + stem[-1]  # regionale → regionaal
    return stem


NOUN_OPENERS = frozenset(
    {"de", "het", "een", "geen", "deze", "die", "dit", "dat", "elke", "ieder", "iedere", "alle",
     "veel", "weinig", "meer", "minder", "enkele", "sommige", "andere", "onze", "hun", "haar",
     "zijn", "welke", "van", "voor", "met", "op", "over", "aan", "bij", "naar", "uit", "door",
     "tot", "in", "onder", "tussen", "zonder", "per", "via", "rond", "vanuit", "tegen", "als",
     "één"}
)  # fmt: skip
#: Openers no verb follows (articles and prepositions, not "die", "dat" or "zijn").
NOT_BEFORE_VERBS = NOUN_OPENERS - {"die", "dat", "zijn", "haar", "hun", "onze", "meer", "minder"}
#: Suffixes that make a word a noun whatever precedes it.
#: ("-aal" is left out: in policy text it is mostly an adjective, centraal, regionaal).
NOUN_SUFFIXES = ("ing", "heid", "teit", "schap", "isme", "tie", "sie", "nis", "dom", "ment")


def after_number(text: str, start: int, end: int) -> bool:
    r"""Whether ``text[start:end]`` ends in a number and white space ("700 ", "1.100 "):
    what ``[0-9][0-9.,]*\s+$`` finds there, read back from the end, so that a long
    stretch before the first word of a sentence is not searched letter by letter.

    >>> [after_number(t, 0, len(t)) for t in ("Ruim 700 ", "1.100\n", "700", "a.b ", "x1, ")]
    [True, True, False, False, True]
    """
    j = end
    while j > start and text[j - 1].isspace():
        j -= 1
    if j == end:
        return False  # no white space before the word
    while j > start and text[j - 1] in _NUMBER_SIGNS:
        if text[j - 1] in _DIGITS:
            return True  # a digit, then digits, points or commas up to the space
        j -= 1
    return False


_DIGITS = frozenset("0123456789")
_NUMBER_SIGNS = frozenset("0123456789.,")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the words of ``text`` (numbers are not words).

    >>> [w for _, _, w in tokens("De 700 cliënten, jeugd-GGZ.")]
    ['De', 'cliënten', 'jeugd-GGZ']
    """
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


#: A word: letters, hyphenated parts, or a number joined by a hyphen ("75-plussers"):
#: ``(?:[0-9]+-)?L+(?:-L+)*`` (L a letter). Written with possessive repeats, which keep
#: no positions to back off to (none would give another match: a run of letters or
#: digits ends where the next character is not one), and with the two openings as
#: alternatives after a look-ahead for a digit or letter, which fails at once at a
#: space or sign: the regex engine does a sixth less work splitting a document.
WORD = re.compile(
    r"(?=[0-9A-Za-zÀ-ÖØ-öø-ÿ])(?:[A-Za-zÀ-ÖØ-öø-ÿ]++|[0-9]++-[A-Za-zÀ-ÖØ-öø-ÿ]++)"
    r"(?:-[A-Za-zÀ-ÖØ-öø-ÿ]++)*+"
)


def _words_of_runs(text: str, lower: bool) -> tuple[tuple, list[int], list[int]] | None:
    """``whole(WORD, text)`` from the text's runs of word characters (read once per document),
    when those are runs of letters and digits (:func:`kg.extract.wordtokens.letter_runs`)
    and each holds letters only or digits only; None for any other text (it is then read).

    A word is a run of letters, with those a single hyphen joins to it, and a run of digits
    only when a hyphen joins letters to it.

    Examples
    --------
    >>> from kg.extract.sentencecache import RUN, whole
    >>> s = "De 12-jarigen, a-12-b, x-y 12-34 jeugd-GGZ-teams."
    >>> _ = whole(RUN, s)  # the runs read first (the document's are)
    >>> found, starts, ends = _words_of_runs(s, False)
    >>> [w for _, _, w in found]
    ['De', '12-jarigen', 'a', '12-b', 'x-y', 'jeugd-GGZ-teams']
    >>> list(found) == [(m.start(), m.end(), m.group()) for m in WORD.finditer(s)]
    True
    >>> _ = whole(RUN, "de 3e"); _words_of_runs("de 3e", False) is None  # a run of both
    True
    """
    read = None if lower else letter_runs(text)
    if read is None:
        return None
    runs, starts, ends = read
    names = list(map(itemgetter(2), runs))
    letters = list(map(str.isalpha, names))
    if not all(map(str.isdigit, compress(names, map(not_, letters)))):
        return None  # a run of letters and digits ("3e"): the text is read
    joined = [k for k in joints(text, "-", starts, ends) if letters[k + 1]]
    for k in joined:
        letters[k] = True  # digits joined to letters open a word; other digits are no word's
    return merged(runs, joined, text, letters)


derive(WORD, _words_of_runs)


def is_noun(words: list[tuple[int, int, str]], k: int, text: str = "") -> bool:
    """A noun by its suffix, its plural, or its context (after an opener, one
    adjective allowed; after a number; coordinated with a noun).

    Examples
    --------
    >>> text = "Ruim 700 cliënten wachten, groot in omvang en problematiek"
    >>> words = tokens(text)
    >>> [w for k, (_, _, w) in enumerate(words) if is_noun(words, k, text)]
    ['cliënten', 'omvang', 'problematiek']
    """
    low = words[k][2].lower()
    lemma = SINGULARS.get(low) or noun_singular(low)
    if lemma.endswith(NOUN_SUFFIXES) or (lemma != low and not low.endswith(("e", "en"))):
        return True  # a noun suffix, or a plural in -s or -a ("huishoudens", "centra")
    if low.endswith("en") and lemma not in (low, low[:-2]) and not is_verb(low):
        return True  # a plural with a changed stem ("spreekuren", "casussen"), not a verb's
    before = words[k - 1][2].lower() if k else ""  # the word before
    if low.endswith("en") and lemma == low and before not in ("het", "een", "geen", "dit"):
        return False  # an infinitive or an unknown form, not a noun we can lemmatise
    if _attributive(words, k, low):
        return False  # an attributive adjective ("de beginnende …")
    if before in NOUN_OPENERS:
        return not _comparative(low)  # "de regels", not "zijn milder"
    if text and after_number(text, words[k - 1][1] if k else 0, words[k][0]):
        return True  # after a number ("700 cliënten")
    if k >= 2 and before in ("en", "of") and is_noun(words, k - 2):
        return True  # coordinated with a noun ("in omvang en problematiek")
    # opener + adjective + noun: the adjective declined ("de lokale …") or after "een"
    # ("een groot …"); a plain word in between is a noun, so this word is not one
    if k < 2:
        return False
    first = words[k - 2][2].lower()
    return first in NOUN_OPENERS and (before.endswith("e") or first in ("een", "geen"))


#: Words a declined adjective never stands right before (its noun or another adjective
#: follows it): relative pronouns and adverbs of frequency, degree and time (ANS 8.2,
#: 8.4), so that a word in -e before them is a noun ("de ruimte die zij krijgen", "voor
#: een studie vaak naar").
_NOT_AFTER_ADJECTIVES = frozenset(
    {"die", "dat", "wat", "waar", "waarin", "waarvan", "waarop", "ook", "vaak", "niet", "nog",
     "al", "echter", "daarvan", "daar", "er", "wel", "nu", "steeds", "soms", "dus", "toch"}
)  # fmt: skip


def _attributive(words: list[tuple[int, int, str]], k: int, low: str) -> bool:
    """Whether the word ``low`` in -e at ``k`` stands before a word it may qualify, as a
    declined adjective does ("de beginnende …"); before "en" or "of" only when the
    conjunct after it is such an adjective too ("grote en kleine gemeenten"), not before
    a clause or a last conjunct ("vanwege haar grootteklasse en omdat …", "in geografie
    en grootteklasse,": two nouns).

    >>> words = tokens("grote en kleine gemeenten")
    >>> _attributive(words, 0, "grote")
    True
    >>> words = tokens("haar grootteklasse en omdat zij")
    >>> _attributive(words, 1, "grootteklasse")
    False
    """
    if not low.endswith("e") or k + 1 >= len(words) or words[k + 1][0] - words[k][1] != 1:
        return False
    after = words[k + 1][2].lower()
    if _no_head(after) or after in _NOT_AFTER_ADJECTIVES:
        return False
    if after not in ("en", "of"):
        return not infinitive(after)  # a verb follows, no noun: "woonruimte bieden"
    return k + 2 < len(words) and _attributive(words, k + 2, words[k + 2][2].lower())


def _comparative(low: str) -> bool:
    """Whether a word in -er is the comparative of an adjective the lemmatiser knows
    ("milder", "voorzichtiger", "lager", "positiever"), not an agent noun ("medewerker",
    "bewoner"): after "zijn" it is a predicate ("de fracties zijn milder"), not a noun
    after a possessive.

    >>> [_comparative(w) for w in ("milder", "lager", "positiever", "medewerker", "regels")]
    [True, True, True, False, False]
    """
    if low[-2:] != "er" or len(low) < 5:
        return False
    lemma = lemma_key(low)
    return lemma != low and len(lemma) >= 3 and low.startswith((lemma, lemma[:-2]))


#: Words that never follow an attributive adjective (which a noun or another adjective
#: follows): "dan" of a comparison and the auxiliaries (a verb in -t such as "laat" or
#: "bepaalt" is left out: "put", "staat" and "kant" are nouns too).
_NO_HEAD_WORDS = frozenset(
    {"dan", "is", "was", "zijn", "waren", "wordt", "werd", "worden", "heeft", "had", "kan", "moet"}
)
#: The prepositions among :data:`NOT_BEFORE_VERBS` (the articles and determiners left
#: out: an object may follow a noun in -e, "in feite de", "met name een", and the
#: measure kept the held-out precision only without them).
_PREPOSITIONS = NOT_BEFORE_VERBS - {
    "de", "het", "een", "geen", "deze", "dit", "elke", "ieder", "iedere", "alle", "veel",
    "weinig", "enkele", "sommige", "andere", "welke", "één",
}  # fmt: skip


def _no_head(low: str) -> bool:
    """Whether ``low`` cannot be the noun an adjective before it qualifies: a
    preposition, "dan" or an auxiliary, so that a noun in -e stands before it ("een
    andere grootteklasse dan", "de grootteklasse van").

    >>> [_no_head(w) for w in ("dan", "wordt", "van", "mensen", "put", "de")]
    [True, True, True, False, False, False]
    """
    return low in _NO_HEAD_WORDS or low in _PREPOSITIONS


#: Endings of adjectives (and adverbs made of them), bare, comparative or superlative,
#: declined or not ("-lijk", "-lijkere", "-igst"): such a word heads no topic. A tuple
#: for ``str.endswith``, which asks it faster than a pattern searched from every letter.
ADJECTIVE = tuple(
    stem + degree + ending
    for stem in ("lijk", "isch", "baar", "zaam", "loos", "ig")
    for degree in (("", "st") if stem == "ig" else ("", "er", "st"))
    for ending in ("", "e")
)
#: Words that end like an adjective but are common nouns of the domain.
ADJECTIVE_NOUNS = frozenset({"jeugdige", "volwassene", "oudere", "jongere"})


#: Endings of undeclined adjectives ("toekomstig", "regionaal", "administratief").
UNDECLINED = ("lijk", "isch", "ig", "baar", "zaam", "ief", "aal", "eel", "air")


#: Endings only adjectives have, undeclined ("-aal", "-eel" also end nouns: taal, aandeel).
BARE_ADJECTIVE = ("lijk", "isch", "ig", "baar", "zaam", "ief")


#: Endings of adjectives and participles that head a noun of their own with -e, plural
#: -en ("de jeugdige", "de bijstandsgerechtigde", "de werkzoekende", "de laaggeschoolde",
#: "de gehandicapte", "de gedupeerde"; ANS 8.4.2), and the adjectives in -loos, whose
#: inflected form is -loze ("de thuisloze", "de werkloze").
_ADJECTIVE_HEADS = ("ig", "igd", "end", "schoold", "handicapt", "eerd", "loz")
#: Words in "-leden" that are no plural of "lid": "geleden" (ago), "(het) verleden" (the
#: past), "overleden" (died) and the verbs "(be/ont/ver/aan)kleden", "ontleden".
_NOT_MEMBERS = ("geleden", "verleden", "overleden", "kleden", "ontleden")


#: Word → :func:`noun_singular`, for the document (asked of the same words by topics and
#: is_noun). A plain table read with ``get``: a memo's KeyError on every first asking
#: costs more than the look-up saves.
SINGULARS: dict[str, str] = table()


def noun_singular(word: str) -> str:
    """:func:`singular` plus the plurals it leaves: stem changes ("brieven" →
    "brief", "huizen" → "huis", "centra" → "centrum"), "-ers" and unknown compounds
    ("verantwoordingseisen" → "verantwoordingseis").

    Examples
    --------
    >>> [noun_singular(w) for w in ("brieven", "wijkcentra", "verzorgingshuizen")]
    ['brief', 'wijkcentrum', 'verzorgingshuis']
    >>> [noun_singular(w) for w in ("zorgbedrijven", "jeugdarts")]
    ['zorgbedrijf', 'jeugdarts']
    >>> [noun_singular(w) for w in ("jeugdigen", "bijstandsgerechtigden", "werkzoekenden")]
    ['jeugdige', 'bijstandsgerechtigde', 'werkzoekende']
    >>> [noun_singular(w) for w in ("thuislozen", "daklozen", "lozen")]
    ['thuisloze', 'dakloze', 'lozen']
    >>> [noun_singular(w) for w in ("raadsleden", "gezinsleden", "geleden", "verleden")]
    ['raadslid', 'gezinslid', 'geleden', 'verleden']
    """
    found = SINGULARS.get(word)
    if found is None:
        found = SINGULARS[word] = _noun_singular(word)
    return found


def _noun_singular(word: str) -> str:
    if word.endswith("leden") and len(word) > 7 and not word.endswith(_NOT_MEMBERS):
        return word[:-5] + "lid"  # raadsleden → raadslid ("leden" alone stays: "lid" is no topic)
    lemma = singular(word)
    en = word.endswith("en")  # asked once: every rule below but two is about -en
    if en and word[:-2].endswith(_ADJECTIVE_HEADS) and (lemma != word or len(word) > 9):
        return word[:-2] + "e"  # a nominalised adjective: "jeugdigen" → "jeugdige"
    if lemma != word or "-" in word:
        return word if word[-4:] == "arts" else lemma  # "jeugdarts": a doctor, no plural
    if not en:  # every rule below but two is about -en: those two ask their ending first
        if word[-1:] == "a":
            known = lemma_key(word)
            if known == word[:-1] + "um" and "_" not in known:
                return known  # centra → centrum
        if word.endswith("ers") and len(word) > 5 and not _is_known(word):
            return word[:-1]  # -ers → -er
        return word  # a known word, or one no rule reads
    known = lemma_key(word)
    if (
        known != word
        and "_" not in known
        and not known.endswith("en")
        and len(known) >= 4
        and word.startswith(known[:-1])
    ):
        return known  # brieven → brief, huizen → huis
    if word.endswith("heden") and len(word) > 7:
        return word[:-5] + "heid"  # vaardigheden → vaardigheid
    if _is_known(word):
        return word
    for i in range(3, len(word) - 4):
        tail = word[i:-2]
        if _is_known(tail) and lemma_key(tail) == tail:
            return word[:-2]  # an unknown compound: its head's plural
    for i in range(3, len(word) - 6):
        head = lemma_key(word[i:])
        if head != word[i:] and "_" not in head and word[i:].startswith(head[:-1]):
            return word[:i] + head  # a compound whose head changes its stem: zorgbedrijven
    return word


def is_proper(word: str, s: int, start: int) -> bool:
    """A proper name: capitalised inside the sentence, not an abbreviation or
    a compound with a lower-case head ("HHT-middelen", "Wmo-voorzieningen").

    >>> [is_proper(w, 5, 0) for w in ("Salut", "HHT", "HHT-middelen", "Zaanstreek-Waterland")]
    [True, False, False, True]
    """
    if not word[:1].isupper() or s == start or word.isupper():
        return False
    return not word.rpartition("-")[2].islower()


def is_infinitive(words: list[tuple[int, int, str]], k: int) -> bool:
    """A verb's infinitive: its own lemma, ending in -en ("werken", "afhandelen")."""
    return infinitive(words[k][2].lower())


def infinitive(low: str) -> bool:
    """Whether a lower-case word is a verb's infinitive (see :func:`is_infinitive`).

    >>> infinitive("werken"), infinitive("wachtlijsten"), infinitive("zorg")
    (True, False, False)
    """
    return low.endswith("en") and singular(low) == low and lemma_key(low) == low


def stem_noun(words: list[tuple[int, int, str]], k: int) -> bool:
    """A noun that is also a verb's stem ("een proef", "tot stress"): after an
    article or preposition, and not a verb's -t or -d form ("ligt", "gevormd").

    >>> stem_noun(tokens("een proef"), 1), stem_noun(tokens("de opkomst ligt"), 2)
    (True, False)

    The article or preposition stands right before the word: a number between them is
    no word, and "In 2015 bleef er …" has the verb after a fronted year.

    >>> stem_noun(tokens("In 2015 bleef er een overschot"), 1)
    False
    """
    low = words[k][2].lower()
    if not k or words[k - 1][2].lower() not in NOT_BEFORE_VERBS:
        return False
    if words[k][0] - words[k - 1][1] > 2:
        return False  # something else between them: "In 2015 bleef"
    return low[-1] not in "td" or lemma_key(low).startswith(low)


#: Separable verb particles of Dutch ("op-zetten", "af-wijzen"): ANS, scheidbare werkwoorden.
PARTICLES = (
    "aan",
    "af",
    "bij",
    "door",
    "in",
    "mee",
    "na",
    "om",
    "op",
    "over",
    "samen",
    "terug",
    "toe",
    "uit",
    "vast",
    "voor",
    "weg",
)
_PARTICIPLE = re.compile(rf"^(?:{'|'.join(PARTICLES)})ge[a-zà-ÿ]{{2,}}(?:t|d|en)$")


def is_participle(word: str) -> bool:
    """A past participle of a separable verb: particle + ge + stem ("opgezet", "afgewezen").

    A particle before a noun in ge- is a compound noun, not a participle ("overgewicht",
    "aangezicht", "bijgeluid"): the part from "ge" on is a word the dictionary knows as
    its own lemma ("gewicht"), where a participle's lemma is its verb ("gezet" → zetten).

    Examples
    --------
    >>> [is_participle(w) for w in ("opgezet", "afgewezen", "uitgestrekt", "omgeving", "gebied")]
    [True, True, True, False, False]
    >>> is_participle("overgewicht"), is_participle("overgedragen")
    (False, True)
    """
    low = word.lower()
    if not (low.startswith(PARTICLES) and _PARTICIPLE.match(low) is not None):
        return False
    rest = low[low.index("ge", 2) :]
    return not (_is_known(rest) and lemma_key(rest) == rest)


def after_te(words: list[tuple[int, int, str]], k: int) -> bool:
    """An infinitive after "te" ("op te vangen", "bij te sturen"): no noun stands there.

    >>> after_te(tokens("om alles op te vangen"), 4), after_te(tokens("de zorg"), 1)
    (True, False)
    """
    return k > 0 and words[k - 1][2].lower() == "te" and words[k][2].lower().endswith("en")


#: Forms of the auxiliary and copular verbs ("die grootteklasse was …").
AUXILIARIES = frozenset(
    {"is", "was", "waren", "wordt", "werd", "werden", "heeft", "had", "hadden", "kan", "kon",
     "konden", "zal", "zou", "zouden", "moet", "moest", "moesten", "blijkt", "bleek", "lijkt"}
)  # fmt: skip
