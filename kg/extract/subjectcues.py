"""A predicate's verdict over a word inside its subject: "het vinden van geschikte woonruimte
is lastig" judges the finding, not the housing.

An attributive adjective (its "-e" form, a word of the noun phrase after it) inside the
noun phrase that opens a clause (a determiner first, no finite verb before it) describes
what the clause is about (a verdict noun, "de klacht is …", states a judgement itself);
when the predicate after the clause's first finite verb judges the other way, the
predicate is the verdict and the word inside the subject gives way ("een betere
afstemming is lastig te realiseren", "de kwetsbare positie van mantelzorgers is
verbeterd"). Problems are left to the problem rules.
"""

from __future__ import annotations

from operator import itemgetter

from kg.extract import negation as neg

#: Words that open a noun phrase as a clause's subject.
_DETERMINERS = frozenset({"de", "het", "een", "deze", "dit"})
#: Finite verbs that end a fronted subject: copulas, auxiliaries and verbs of state.
_FINITE = frozenset(
    {"is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "blijft", "blijven",
     "bleef", "bleven", "heeft", "hebben", "had", "hadden", "kan", "kunnen", "kon", "konden",
     "staat", "staan", "stond", "stonden", "ligt", "liggen", "lag", "lagen", "gaat", "gaan",
     "ging", "gingen", "komt", "komen", "kwam", "kwamen", "loopt", "lopen", "liep", "liepen",
     "verloopt", "verlopen", "verliep", "verliepen", "bleek", "blijkt", "lijkt", "leek"}
)  # fmt: skip
_WORD_OF = itemgetter(2)


def predicate_over_subject(text: str, spans: list[tuple[int, int]], cues: list) -> list:
    """``cues`` without a tone word (or phrase) inside a fronted subject whose predicate
    judges the other way.

    Examples
    --------
    >>> from kg.extract.toneframes import Cue
    >>> s = "Het vinden van geschikte woonruimte is lastig."
    >>> a, b = s.index("geschikte"), s.index("lastig")
    >>> cues = [Cue(a, a + 9, 1), Cue(b, b + 6, -1)]
    >>> [c.sign for c in predicate_over_subject(s, [(0, len(s))], cues)]
    [-1]
    >>> s = "Goede afspraken zijn lastig."
    >>> a, b = s.index("Goede"), s.index("lastig")
    >>> len(predicate_over_subject(s, [(0, len(s))], [Cue(a, a + 5, 1), Cue(b, b + 6, -1)]))
    2
    """
    if len(cues) < 2 or not {c.sign for c in cues} >= {1, -1}:
        return cues  # most claims: one cue, or all of one sign
    dropped = []
    for cue in cues:
        if cue.problem or cue.subject or not cue.sign:
            continue
        clause = neg.clause_of(spans, cue.start)
        tokens = neg.words(text, *clause)
        found = list(map(_WORD_OF, tokens))
        if not found or found[0] not in _DETERMINERS:
            continue
        verb = next((i for i, w in enumerate(found) if w in _FINITE), None)
        if verb is None or tokens[verb][0] < cue.end:
            continue  # no finite verb, or the words reach it: the predicate's
        at = next(i for i, t in enumerate(tokens) if t[0] >= cue.start)
        if not found[at].endswith("e") or at + 1 >= verb:
            continue  # a noun ("de klacht is …"): a verdict stated, not a description
        after = tokens[verb][0]
        if any(
            o.sign == -cue.sign and not o.problem and after <= o.start < clause[1] for o in cues
        ):
            dropped.append(cue)
    return [c for c in cues if c not in dropped] if dropped else cues
