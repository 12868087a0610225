"""A bare lead: a short phrase with no verb that opens a paragraph or a blog's entry. No claim.

A live blog opens its entries with a phrase that only says where the meeting or the blog is
("20:13 – Nu het geld.", "Terug naar de jeugd, het onderwerp van de meeste vragen.", "Een
van de rustiger momenten.", "Tot zover dit blog."); a newspaper page sets a caption or a
label in a line of its own or before the text it labels ("Feiten en cijfers.", "Naschrift
van de redactie.", "Opiniepagina van De Stadskrant, zaterdag 4 juni 2016."). Such a phrase
has no finite verb: it states nothing, as a heading states nothing (gold README: the
bylines and labels of a page are no findings, and neither is a line that only opens or
closes a part of a meeting).

The phrase is the first sentence of the entry a clock time opens (:mod:`kg.clockentries`),
or the first of a paragraph that opens with a noun of a page's label
(``kg/data/page-labels.txt``: "Naschrift …", "Feiten en cijfers.") or carries a date (a
dateline); a telegraphic sentence of other paragraphs ("Centrumgemeente van de regio.") is
left a claim. It ends in a full stop; outside its asides in brackets and its trailing
subordinate clauses ("Nog wat uitleg terwijl de fracties binnenkomen.", "… om een rapportage
in te voeren") its words are at most eight and none is a possible finite verb. A lower-case
word is one when it is a pronoun or a verb of ``kg/data/clause-words.txt``, ends as a finite
verb does ("-t", "-de", "-te"), or stands right after a noun, where a finite verb stands ("De
wethouder wees op …", "Alle fracties stemmen voor."; not after an article, a preposition, an
adjective in "-e" or a comma: "de nieuwe taken"); the function words of
``kg/data/bare-lead-words.txt`` are none. A phrase with a negation, a question mark or an
exclamation mark, a colon (a label whose content follows it: "Korte samenvatting: de raad
…") or a figure (a date only dates it) is left a claim ("Geen wachtlijsten meer.", "Weer 40
aanmeldingen.").

Source: general Dutch grammar (a sentence has a finite verb; a verbless phrase is a label
or a heading) and the layout of live blogs and newspaper pages; written for the
construction, not from any profile.

Examples
--------
>>> t = "20:13 – Nu de jeugdzorg."
>>> bare_lead(t, 8, len(t))
True
>>> t = "20:13 – Nu stemt de raad."
>>> bare_lead(t, 8, len(t))
False
"""

from __future__ import annotations

import re

from kg.clockentries import CLOCK_ENTRY
from kg.datafiles import word_list

__all__ = ["bare_lead"]

#: The pronouns and commonest finite verbs that make a phrase a clause.
_CLAUSE = word_list("clause-words.txt")
#: Function words that end as a finite verb would.
_FUNCTION = word_list("bare-lead-words.txt")
#: Words before a noun in "-en" that make it a noun: articles, numerals and quantifiers.
_BEFORE_NOUN = frozenset(
    {"de", "het", "een", "deze", "die", "dit", "dat", "alle", "veel", "vele", "weinig",
     "geen", "enkele", "sommige", "twee", "drie", "vier", "vijf", "zes", "beide", "onze",
     "hun", "haar", "zijn", "mijn", "uw", "van", "over", "naar", "met", "voor", "bij", "op",
     "in", "aan", "om", "tussen", "zonder", "na"}
)  # fmt: skip
#: A subordinating word: a subordinate clause (its verb is no verb of the phrase) opens; "om"
#: before "te" only.
_SUBORDINATE = re.compile(
    r"\b(?:terwijl|waarover|waarin|waarbij|waarop|waarna|waarmee|omdat|zodat|nadat|voordat"
    r"|doordat|wanneer|om(?=[^,;]*\bte\s))\b",
    re.IGNORECASE,
)
#: The infinitive that closes an "om … te" clause.
_INFINITIVE = re.compile(r"\bte\s+\w+")
#: An aside in brackets.
_ASIDE = re.compile(r"\([^()]*\)")
#: Where a subordinate clause ends: a comma, a semicolon or a dash.
_CLAUSE_END = re.compile(r"[,;–—]|\s-\s")
#: The nouns that label a part of a page.
_LABELS = word_list("page-labels.txt")
#: A date after the label: "zaterdag 4 juni 2016", "4 juni 2016".
_DATED = re.compile(
    r"\b[1-3]?\d\s+(?:" + "|".join(sorted(word_list("months.txt"))) + r")\b(?:\s+(?:19|20)\d\d)?",
    re.IGNORECASE,
)
#: What leaves a phrase a claim: a negation, a question, an exclamation or a label's colon.
_CLAIMS = re.compile(r"\b(?:geen|niet|nooit|niemand|niets)\b|[?!:]", re.IGNORECASE)
_WORD = re.compile(r"[\w’'-]+|,")
#: How many words the main part holds at most.
_WORDS = 8


def _entry_lead(text: str, start: int) -> bool | None:
    """Whether ``start`` opens the entry a clock time opens (True), another paragraph
    (False) or neither (None)."""
    line = text.rfind("\n", 0, start) + 1
    if not text[line:start].strip():
        return False
    found = CLOCK_ENTRY.match(text, line)
    return True if found is not None and found.end() == start else None


def _verb_shaped(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` may be a finite verb (see the module)."""
    word = words[k]
    if word == "," or word[:1].isupper() or word in _FUNCTION or word in _BEFORE_NOUN:
        return k == 0 and word.lower() in _CLAUSE  # a name or a function word is no verb
    if word in _CLAUSE or word.endswith(("t", "de", "te")):
        return True
    if k == 0:
        return False
    before = words[k - 1].lower()
    # a word right after a noun (not after an article, a preposition, an adjective or a
    # comma) stands where a finite verb stands: "De wethouder wees op …"
    return not (
        before in _BEFORE_NOUN or before in _FUNCTION or before in ",e" or before[-1] == "e"
    )


def _main_words(sentence: str) -> list[str]:
    """The words of a sentence (and its commas) outside its asides in brackets and its
    subordinate clauses (a subordinating word after the first two words, up to the next
    comma or dash; "om … te" up to its infinitive)."""
    sentence = _ASIDE.sub(" ", sentence)
    words: list[str] = []
    at = 0
    for found in _SUBORDINATE.finditer(sentence):
        if found.start() < at or len(sentence[: found.start()].split()) < 2:
            continue
        words += _WORD.findall(sentence[at : found.start()])
        ends = _INFINITIVE if found.group().lower() == "om" else _CLAUSE_END
        stop = ends.search(sentence, found.end())
        at = stop.end() if stop else len(sentence)
    return words + _WORD.findall(sentence[at:])


def bare_lead(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is a bare lead (see the module).

    Examples
    --------
    >>> t = "Naschrift van de redactie. Uit de brieven blijkt veel onvrede."
    >>> bare_lead(t, 0, t.index(" Uit"))
    True
    >>> t = "20:40 – Een van de drukkere momenten."
    >>> bare_lead(t, 8, len(t))
    True
    >>> t = "Centrumgemeente van de regio. Grote stad, veel taken."
    >>> bare_lead(t, 0, t.index(" Grote"))
    False
    """
    if end - start > 160 or text[end - 1 : end] != ".":
        return False
    entry = _entry_lead(text, start)
    if entry is None:
        return False
    sentence = text[start : end - 1]
    if _CLAIMS.search(sentence):
        return False
    undated = _DATED.sub(" ", sentence)  # a date only dates the line
    words = _main_words(undated)
    if (
        not words
        or len([w for w in words if w != ","]) > _WORDS
        or any(any(map(str.isdigit, w)) for w in words)
    ):
        return False  # a figure in the phrase
    if any(_verb_shaped(words, k) for k in range(len(words))):
        return False
    # a blog's entry; a page's label ("Feiten en cijfers.") or dateline
    return entry or words[0].lower() in _LABELS or undated != sentence
