"""Topic labels: a noun phrase's words in their lemma form.

Reads a phrase (a mention's text, a candidate's words or a vocabulary label): lower case,
its head singular as a noun (:func:`topic_lemma`), an adjective bare before a neuter
noun ("sociaal wijkteam": :func:`agree`). :mod:`kg.extract.topics` labels its topics
with them; the English labels of the vocabulary are keyed by them.
"""

from __future__ import annotations

from kg.extract.dutchwords import het_nouns, is_neuter, noun_singular, undeclined
from kg.extract.sentencecache import table
from kg.extract.topicparts import plural_only
from kg.extract.topicphrases import FIELD, is_term
from kg.extract.topicwords import member_singular, s_stem

__all__ = ["agree", "topic_form", "topic_lemma"]


def topic_lemma(phrase: str) -> str:
    """The topic label of a noun phrase: lower case, its last word singular as a noun
    (a compound whose head the lemmatiser reads as a verb, "verantwoordingseisen",
    has the noun's singular, as a candidate noun has: :func:`noun_singular`).

    Examples
    --------
    >>> topic_lemma("Wachtlijsten"), topic_lemma("eigen bijdragen"), topic_lemma("jeugd-GGZ")
    ('wachtlijst', 'eigen bijdrage', 'jeugd-ggz')
    >>> topic_lemma("verantwoordingseisen"), topic_lemma("dak- en thuislozen")
    ('verantwoordingseis', 'dak- en thuisloze')

    A fixed term written with its participle bare keeps that form ("verwarde personen":
    ``terms`` of ``kg/data/topic-phrases.toml``):

    >>> topic_lemma("verwarde personen")
    'verward persoon'

    The irregular plural of "lid" stays a member ("teamleden" → ``teamlid``,
    :func:`~kg.extract.topicwords.member_singular`):

    >>> topic_lemma("teamleden"), topic_lemma("gezinsleden"), topic_lemma("het verleden")
    ('teamlid', 'gezinslid', 'het verleden')
    """
    words = phrase.lower().split()
    if not words:
        return ""
    if len(words) > 2 and not (words[-3][-1:] == "-" and words[-2] in ("en", "of")):
        return " ".join(words)  # "overbelasting van mantelzorgers"; not "dak- en thuislozen"
    head = member_singular(words[-1]) or plural_only(
        words[-1], s_stem(words[-1], noun_singular(words[-1]))
    )
    if len(words) == 2 and words[0][-2:] in ("de", "te") and is_term(f"{words[0][:-1]} {head}"):
        return f"{words[0][:-1]} {head}"  # "verwarde personen": the term "verward persoon"
    return " ".join([*words[:-1], head])


def topic_form(phrase: str) -> str:
    """A vocabulary label as a topic label: head singular, adjectives agreeing.

    Examples
    --------
    >>> topic_form("sociale wijkteams"), topic_form("Wijkteams")
    ('sociaal wijkteam', 'wijkteam')
    """
    *adjectives, head = phrase.lower().split() or [""]
    return agree(" ".join([*adjectives, noun_singular(head)]), het_nouns(""))


#: (label, neuter nouns) → :func:`agree`, for the document.
_AGREED: dict[tuple[str, frozenset[str]], str] = table()


def agree(label: str, known: frozenset[str]) -> str:
    """An adjective + noun label in its lemma form: bare adjective before a het-noun
    (kept for the document: the same labels recur in its claims).

    Examples
    --------
    >>> agree("sociale wijkteam", frozenset({"wijkteam"})), agree("grote groep", frozenset())
    ('sociaal wijkteam', 'grote groep')
    """
    found = _AGREED.get((label, known))
    if found is None:
        words, found = label.split(), label
        # when the head is the first word ("reserve sociaal domein") the label stays
        if not FIELD.match(" " + " ".join(words[1:]), 0) and (
            2 <= len(words) <= 3 and is_neuter(words[-1], known)
        ):
            found = " ".join([*(undeclined(w) for w in words[:-1]), words[-1]])
        _AGREED[label, known] = found
    return found
