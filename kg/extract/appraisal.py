"""Appraisal adjectives from a published Dutch lexicon: a lower-priority source of tone cues.

The hand cues of ``ontology/tone.ttl`` read the evaluative language of policy
reports; ``kg/data/appraisal-lexicon.tsv`` adds the hand-tagged subjective
adjectives of Pattern's Dutch subjectivity lexicon (its header states the source,
licence and filter; ``docs/derive_appraisal_lexicon.py`` derives it), so tone
also reads words no one listed for these texts ("een doordachte aanpak", "de
regeling is zinloos").

The hand lists win: a word that is a hand cue of either polarity (on its form or
lemma) or a label of the problem taxonomy is not taken from the lexicon. The cues
come in as entries of the polarity concepts, so the matcher and the scope rules
(negation, contrast, concession) treat them as the hand cues.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from kg.extract.nounforms import lemma_key, singular
from kg.ontology import LexiconEntry

#: The lexicon file (package data).
LEXICON_FILE = "appraisal-lexicon.tsv"


@lru_cache(maxsize=1)
def lexicon_rows() -> tuple[tuple[str, float], ...]:
    """The (form, polarity) rows of ``kg/data/appraisal-lexicon.tsv``.

    Examples
    --------
    >>> rows = dict(lexicon_rows())
    >>> rows["doordacht"] > 0 > rows["zinloos"]
    True
    """
    text = resources.files("kg").joinpath("data", LEXICON_FILE).read_text(encoding="utf-8")
    return tuple(parse(text))


def parse(text: str) -> list[tuple[str, float]]:
    """The (form, polarity) rows of a lexicon file: ``form<TAB>polarity``, ``#`` comments.

    Examples
    --------
    >>> parse("# a comment\\ndoordacht\\t+0.80\\nzinloos\\t-0.60\\n")
    [('doordacht', 0.8), ('zinloos', -0.6)]
    """
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, polarity = line.split("\t")
        rows.append((form.strip(), float(polarity)))
    return rows


def appraisal_cues(
    cues: Iterable[LexiconEntry], problems: Iterable[LexiconEntry] = ()
) -> list[LexiconEntry]:
    """The lexicon's words as polarity cues, less the hand cues and the problem labels.

    Parameters
    ----------
    cues : iterable of LexiconEntry
        The hand cues (:func:`kg.ontology.polarity_cues`); their concepts give the
        IRIs of the two polarities.
    problems : iterable of LexiconEntry
        Labels that no cue may be (the problem taxonomy's).

    Returns
    -------
    list of LexiconEntry
        One entry per lexicon word kept, sorted by label.

    Examples
    --------
    >>> hand = [LexiconEntry("goed", "x/positive", "polarity", "hiddenLabel"),
    ...         LexiconEntry("slecht", "x/negative", "polarity", "hiddenLabel")]
    >>> found = {e.label: e.iri for e in appraisal_cues(hand)}
    >>> found["doordacht"], found["zinloos"], "goed" in found
    ('x/positive', 'x/negative', False)
    """
    hand = list(cues)
    iris = {e.iri.rsplit("/", 1)[-1]: e.iri for e in hand}
    if "positive" not in iris or "negative" not in iris:
        return []
    taken = {lemma_key(e.label) for e in hand if " " not in e.label}
    taken |= {e.label.lower() for e in hand}
    named = {singular(e.label.lower()) for e in problems}
    entries = []
    for form, polarity in lexicon_rows():
        if form in taken or lemma_key(form) in taken or singular(form) in named:
            continue
        iri = iris["positive" if polarity > 0 else "negative"]
        entries.append(LexiconEntry(form, iri, "polarity", "hiddenLabel"))
    return entries
