"""Dev-set figures for the tuning half and the held-out half apart, beside the seeds.

While the extractor was developed, errors were read only on the tuning half (Zaanstad,
Hof van Twente) and on the seeds; Súdwest-Fryslân and Venray were looked at only in
aggregate, as this script prints them. Extractor alone, as ``kg evaluate``. The invented
profiles of ``tests/invented`` (see its README) are split the same way.

Usage (from the repository root)::

    python3 tests/devset/halves.py
"""

from pathlib import Path

from kg.evaluate import Evaluation, evaluate

#: The dev-set profiles whose errors were read while developing.
TUNING = ("hof-van-twente", "zaanstad")

#: The invented profiles (``tests/invented``) that are looked at only in aggregate, in
#: the batches that were written: the first in the twenty-second session, the second in
#: the twenty-third, and a third in the twenty-third that was sealed (kept out of the
#: repository and unscored) until that session's changes to the extractor were final, and
#: a fourth, sealed in the same way, in the twenty-fourth, and a fifth in the twenty-fifth. In the twenty-fifth the first
#: profile of each style pair of the third batch (hardenberg, bergen-op-zoom, schagen)
#: moved to the tuning half, as the first of each pair of the first two batches had been,
#: so that its three styles are read while developing; their partners stay held out. In the
#: twenty-sixth the first profile of each writer of the fourth batch (oosterhout, hoorn)
#: moved to the tuning half in the same way.
INVENTED_HELD_OUT_BATCHES = (
    ("gouda", "oss", "hoogeveen", "lelystad", "kampen"),
    ("heerenveen", "assen", "terneuzen", "weert", "harderwijk"),
    ("zutphen", "smallingerland", "katwijk"),
    ("nieuwegein", "kerkrade", "oldambt", "barneveld"),
    ("meppel", "sittard-geleen", "gorinchem", "goes", "woerden", "noordoostpolder"),
)

#: Every held-out invented profile.
INVENTED_HELD_OUT = tuple(name for batch in INVENTED_HELD_OUT_BATCHES for name in batch)


def show(name: str, evaluation: Evaluation) -> None:
    """Print one set's scores and attribute accuracies."""
    print(f"{name}: {', '.join(d.name for d in evaluation.documents)}")
    for category, score in evaluation.scores.items():
        print(f"  {category:18s} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}")
    for attribute, accuracy in sorted(evaluation.attributes.items()):
        print(f"  {attribute:28s} {accuracy.value:.3f}")


def main() -> None:
    """Score the seeds and the two halves of the development set."""
    seeds = evaluate("seeds", Path("tests") / "gold")
    dev = evaluate(Path("tests") / "devset", Path("tests") / "gold" / "devset")
    show("seeds", seeds)
    tuning = [d for d in dev.documents if d.name in TUNING]
    held = [d for d in dev.documents if d.name not in TUNING]
    show("development set, tuning half", Evaluation(False, tuning))
    show("development set, held-out half", Evaluation(False, held))
    invented = Path("tests") / "invented"
    if any(invented.glob("*.txt")):
        made = evaluate(invented, Path("tests") / "gold" / "invented")
        read = [d for d in made.documents if d.name not in INVENTED_HELD_OUT]
        kept = [d for d in made.documents if d.name in INVENTED_HELD_OUT]
        if read:
            show("invented profiles, tuning", Evaluation(False, read))
        if kept:
            show("invented profiles, held-out", Evaluation(False, kept))
        for number, batch in enumerate(INVENTED_HELD_OUT_BATCHES, start=1):
            part = [d for d in kept if d.name in batch]
            if part and len(part) < len(kept):
                show(f"invented profiles, held-out batch {number}", Evaluation(False, part))


if __name__ == "__main__":
    main()
