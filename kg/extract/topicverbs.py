"""Finite verbs spelled like plural nouns: "de consulenten overleggen", "de kosten oplopen".

Many Dutch verbs share their -en form with the plural of a noun of the same stem
("overleggen" is the plural of "overleg" and the verb "to consult", "verschillen",
"kosten", "zorgen", "vragen"). Which one a word is, its neighbour tells (ANS, the
noun phrase and the word order of the main and the subordinate clause):

- a plural noun stands after an article, a determiner, a preposition, a number, a
  declined adjective or a conjunction; never right after another noun, without
  article or preposition, nor right after a subject pronoun ("zij overleggen");
- a plural noun takes a declined adjective ("regelmatige overleggen"); after an
  undeclined one ("regelmatig overleggen", "wekelijks overleggen") the word is the
  verb and the adjective an adverb.

So a word in -en whose stem is also a verb's (the verb's third person, stem + -t,
lemmatises back to the word: "overlegt" → "overleggen") is that verb after a noun
that is the subject or a fronted phrase ("In de wijken overleggen de teams"), after a
subject pronoun or after an undeclined adjective. After a singular noun or an adverb,
only at the end of its clause: the verb that closes a subordinate clause ("dat de
uitgaven aan jeugdhulp oplopen.", "dat de kosten snel oplopen."); a singular subject
takes the -t form in a main clause. Nouns of
quantity and kind ("een aantal overleggen", "tientallen overleggen") stand before a
bare plural noun and are left out.
"""

from __future__ import annotations

from kg.extract.dutchwords import BARE_ADJECTIVE, NOUN_OPENERS, is_noun, noun_singular
from kg.extract.mentions import lemma_key
from kg.extract.sentencecache import table
from kg.extract.topicwords import FUNCTION_WORDS

Words = list[tuple[int, int, str]]

#: Subject pronouns: a verb follows them, never a bare plural noun.
SUBJECT_PRONOUNS = frozenset({"zij", "ze", "wij", "we", "jullie", "ik", "hij", "men"})
#: Nouns of quantity, number and kind, which stand right before a bare plural noun
#: ("een aantal overleggen", "honderden vragen", "dit soort verschillen").
QUANTITY_NOUNS = frozenset(
    {"aantal", "paar", "tal", "reeks", "serie", "handvol", "heleboel", "boel", "hoop",
     "tientallen", "honderden", "duizenden", "soort", "soorten", "type", "typen", "types",
     "vorm", "vormen", "keer", "maal", "procent", "stuks", "miljoen", "miljard"}
)  # fmt: skip
#: Punctuation that ends a clause right after a word.
CLAUSE_ENDS = frozenset(".,;:?!")
#: Endings of an undeclined adjective used as an adverb ("wekelijks", "regelmatig").
_ADVERB_ENDINGS = (*BARE_ADJECTIVE, "lijks")


def verb_reading(low: str, lemma: str) -> bool:
    """Whether the plural noun ``low`` (singular ``lemma``) is also a verb's -en form:
    the third person of the stem ("overlegt", "kost") or its weak past tense ("plande")
    lemmatises back to it.

    >>> verb_reading("overleggen", "overleg"), verb_reading("kosten", "kost")
    (True, True)
    >>> verb_reading("plannen", "plan")  # by the past tense: "plande"
    True
    >>> verb_reading("wachtlijsten", "wachtlijst"), verb_reading("gesprekken", "gesprek")
    (False, False)
    """
    if low[-2:] != "en" or lemma == low or not lemma:
        return False
    found = _READINGS.get(low)
    if found is None:
        found = _READINGS[low] = _reads_as_verb(low, lemma)
    return found


#: Plural → :func:`verb_reading`, for the document.
_READINGS: dict[str, bool] = table()


def _reads_as_verb(low: str, lemma: str) -> bool:
    """:func:`verb_reading` of a word, not kept."""
    third = lemma if lemma[-1] in "td" else lemma + "t"
    if lemma_key(third) == low:
        return True
    past = lemma + ("te" if lemma[-1] in "ptkfsx" else "de")  # "plande" → plannen
    return lemma_key(past) == low


def _plural(low: str) -> bool:
    """Whether a noun's form is its plural (its singular differs)."""
    return noun_singular(low) != low


def finite_verb(words: Words, k: int, text: str, lemma: str) -> bool:
    """Whether word ``k``, a plural noun by its form (singular ``lemma``), is the finite
    verb of its clause by the word before it (see the module's rules).

    >>> from kg.extract.dutchwords import tokens
    >>> s = "De consulenten overleggen wekelijks; zij overleggen ook."
    >>> ws = tokens(s)
    >>> finite_verb(ws, 2, s, "overleg"), finite_verb(ws, 5, s, "overleg")
    (True, True)
    >>> s = "Ambtenaren zeggen dat de uitgaven aan jeugdhulp oplopen."
    >>> finite_verb(tokens(s), 7, s, "oploop")
    True
    >>> s = "Er zijn regionale overleggen en een aantal overleggen met de kosten."
    >>> ws = tokens(s)
    >>> cases = ((3, "overleg"), (7, "overleg"), (10, "kost"))
    >>> [finite_verb(ws, i, s, lemma) for i, lemma in cases]
    [False, False, False]
    """
    if k == 0 or not verb_reading(words[k][2].lower(), lemma):
        return False  # the first word, or no verb's form (most plurals)
    if text[words[k - 1][1] : words[k][0]].strip():
        return False  # punctuation between the two
    before = words[k - 1][2].lower()
    pronoun = before in SUBJECT_PRONOUNS
    if not pronoun and (
        before in QUANTITY_NOUNS or before in FUNCTION_WORDS or before in NOUN_OPENERS
    ):
        return False  # "een aantal overleggen", "ook overleggen", "verlies van banen"
    if pronoun or before.endswith(_ADVERB_ENDINGS):
        return True
    final = text[words[k][1] : words[k][1] + 1] in CLAUSE_ENDS
    if not is_noun(words, k - 1, text):
        return final and before[-1] != "e" and not before[-1].isdigit()  # "snel oplopen."
    return final or _plural(before)
