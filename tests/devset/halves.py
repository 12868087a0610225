"""Dev-set figures for the tuning half and the held-out half apart, beside the seeds.

While the extractor was developed, errors were read only on the tuning half (Zaanstad,
Hof van Twente) and on the seeds; Súdwest-Fryslân and Venray were looked at only in
aggregate, as this script prints them. Extractor alone, as ``kg evaluate``. The invented
profiles of ``tests/invented`` (see its README) are split the same way.

Usage (from the repository root)::

    python3 tests/devset/halves.py           # every figure of every set
    python3 tests/devset/halves.py --table   # the key figures against the issues' targets
"""

import sys
from pathlib import Path

from kg.evaluate import Evaluation, evaluate

#: The dev-set profiles whose errors were read while developing.
TUNING = ("hof-van-twente", "zaanstad")

#: The invented profiles (``tests/invented``) that are looked at only in aggregate, in
#: the batches that were written: the first in the twenty-second session, the second in
#: the twenty-third, and a third in the twenty-third that was sealed (kept out of the
#: repository and unscored) until that session's changes to the extractor were final, a
#: fourth sealed in the same way in the twenty-fourth, a fifth in the twenty-fifth, a
#: sixth in the twenty-sixth, a seventh in the twenty-seventh, an eighth in the
#: twenty-eighth, a ninth in the twenty-ninth, a tenth in the thirtieth, an eleventh in
#: the thirty-first, a twelfth in the thirty-second, a thirteenth in the thirty-third,
#: a fourteenth in the thirty-fourth, a fifteenth in the thirty-fifth, a sixteenth in the
#: thirty-sixth, a seventeenth in the thirty-seventh, an eighteenth in the
#: thirty-eighth, a nineteenth in the thirty-ninth, a twentieth in the fortieth, a
#: twenty-first in the forty-first, a twenty-second in the forty-second, a
#: twenty-third in the forty-third, a twenty-fourth (four profiles, in the study's own
#: style) in the forty-sixth, a twenty-fifth (four more in that style) in the
#: forty-seventh, a twenty-sixth (four more in that style) in the forty-eighth and a
#: twenty-seventh (four more in that style) in the forty-ninth.
#: In the twenty-fifth the first profile of each style pair of the third batch
#: (hardenberg, bergen-op-zoom, schagen) moved to the tuning half, as the first of each
#: pair of the first two batches had been, so that its three styles are read while
#: developing; their partners stay held out. In the twenty-sixth the first profile of
#: each writer of the fourth batch (oosterhout, hoorn) moved to the tuning half in the
#: same way. In the twenty-eighth the first profile of each writer of the fifth and
#: sixth batches (meppel, goes, deventer, dronten) moved to the tuning half in the same
#: way, and in the twenty-ninth the first of each writer of the seventh and eighth
#: (zwijndrecht, stadskanaal, hengelo-o, nijkerk), and in the thirtieth the first of each
#: writer of the ninth (almelo, tynaarlo), and in the thirty-first the first of each
#: writer of the tenth (delfzijl, culemborg), and in the thirty-second the first of each
#: writer of the eleventh (boxtel, hellendoorn), and in the thirty-third the first of each
#: writer of the twelfth (texel, leiden), and in the thirty-fourth the first of each
#: writer of the thirteenth (tilburg, houten), and in the thirty-fifth the first of each
#: writer of the fourteenth (breda, zwolle), and in the thirty-sixth the first of each
#: writer of the fifteenth (haarlem, dordrecht), and in the thirty-seventh the first of
#: each writer of the sixteenth (ommen, vlaardingen), and in the thirty-eighth the
#: first of each writer of the seventeenth (horst-aan-de-maas, borger-odoorn), and in the
#: thirty-ninth the first of each writer of the eighteenth (urk, ridderkerk), and in the
#: fortieth the first of each writer of the nineteenth (zeewolde, zaltbommel), and in the
#: forty-first the first of each writer of the twentieth (noordenveld, dalfsen), and in the
#: forty-second the first of each writer of the twenty-first (appingedam, twenterand), and in the
#: forty-third the first of each writer of the twenty-second (soest, heemskerk), and in the
#: forty-sixth the first of each writer of the twenty-third (rijssen-holten, heerde), and in the
#: forty-seventh the first of each writer of the twenty-fourth (dinkelland, pijnacker-nootdorp),
#: and in the forty-eighth the first of each writer of the twenty-fifth (oude-ijsselstreek,
#: kaag-en-braassem).
INVENTED_HELD_OUT_BATCHES = (
    ("gouda", "oss", "hoogeveen", "lelystad", "kampen"),
    ("heerenveen", "assen", "terneuzen", "weert", "harderwijk"),
    ("zutphen", "smallingerland", "katwijk"),
    ("nieuwegein", "kerkrade", "oldambt", "barneveld"),
    ("sittard-geleen", "gorinchem", "woerden", "noordoostpolder"),
    ("roermond", "velsen", "purmerend", "winterswijk"),
    ("uden", "steenwijkerland", "echt-susteren", "zeist"),
    ("hoogezand-sappemeer", "etten-leur", "heerhugowaard", "apeldoorn"),
    ("schiedam", "rheden", "waalwijk", "harlingen"),
    ("middelburg-z", "hilversum", "dongen", "medemblik"),
    ("coevorden", "krimpenerwaard", "ooststellingwerf", "peel-en-maas"),
    ("heerlen", "amersfoort", "sluis", "aa-en-hunze"),
    ("westland", "oost-gelre", "schouwen-duiveland", "midden-drenthe"),
    ("s-hertogenbosch", "lochem", "moerdijk", "zuidhorn"),
    ("wageningen", "gemert-bakel", "veendam", "hulst"),
    ("zuidplas", "achtkarspelen", "oldenzaal", "leeuwarden"),
    ("utrechtse-heuvelrug", "enkhuizen", "reimerswaal", "leek"),
    ("valkenswaard", "raalte", "opsterland", "landgraaf"),
    ("beverwijk", "maasgouw", "weststellingwerf", "edam-volendam"),
    ("ijsselstein", "bronckhorst", "oisterwijk", "heiloo"),
    ("venlo", "nunspeet", "hellevoetsluis", "kapelle"),
    ("epe", "gennep", "stein-l", "borsele"),
    ("castricum", "montferland", "lopik", "nederweert"),
    ("tholen", "tytsjerksteradiel"),
    ("halderberge", "dantumadiel"),
    ("ermelo", "goirle", "tubbergen", "maassluis"),
    ("wierden", "bernheze", "teylingen", "pekela"),
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


#: The key figures of ``--table``: label, category or attribute, score field, and the
#: target the two "Read profiles kg was never written on" issues set for unseen text.
KEY_FIGURES = (
    ("mentions F1", "mentions", "f1", "≥ 0.90"),
    ("indicators F1", "indicators", "f1", "≥ 0.90"),
    ("measure accuracy", "indicator measure", "", "≥ 0.85"),
    ("relations F1", "relations", "f1", "≥ 0.80"),
    ("relations recall", "relations", "recall", ""),
    ("findings F1", "findings", "f1", "≥ 0.75"),
    ("concerns correct", "finding concerns correct", "", ""),
    ("topic recall", "topics", "recall", "≥ 0.80"),
    ("topic precision", "topics", "precision", ""),
    ("speaker accuracy", "finding speaker", "", "≥ 0.90"),
    ("polarity accuracy", "finding polarity", "", "≥ 0.75"),
)


def sets() -> list[tuple[str, Evaluation]]:
    """The scored sets, in order: seeds, development halves, invented halves and batches."""
    seeds = evaluate("seeds", Path("tests") / "gold")
    dev = evaluate(Path("tests") / "devset", Path("tests") / "gold" / "devset")
    tuning = [d for d in dev.documents if d.name in TUNING]
    held = [d for d in dev.documents if d.name not in TUNING]
    out = [
        ("seeds", seeds),
        ("development set, tuning half", Evaluation(False, tuning)),
        ("development set, held-out half", Evaluation(False, held)),
    ]
    invented = Path("tests") / "invented"
    if any(invented.glob("*.txt")):
        made = evaluate(invented, Path("tests") / "gold" / "invented")
        read = [d for d in made.documents if d.name not in INVENTED_HELD_OUT]
        kept = [d for d in made.documents if d.name in INVENTED_HELD_OUT]
        if read:
            out.append(("invented profiles, tuning", Evaluation(False, read)))
        if kept:
            out.append(("invented profiles, held-out", Evaluation(False, kept)))
        for number, batch in enumerate(INVENTED_HELD_OUT_BATCHES, start=1):
            part = [d for d in kept if d.name in batch]
            if part and len(part) < len(kept):
                out.append((f"invented profiles, held-out batch {number}", Evaluation(False, part)))
    return out


def _figure(evaluation: Evaluation, key: str, field: str) -> str:
    """One key figure of a set as text ("–" where the set has none)."""
    if field:
        score = evaluation.scores.get(key)
        return "–" if score is None else f"{getattr(score, field):.3f}"
    accuracy = evaluation.attributes.get(key)
    return "–" if accuracy is None else f"{accuracy.value:.3f}"


def table(scored: list[tuple[str, Evaluation]]) -> str:
    """The key figures of the seeds and the four halves as a Markdown table."""
    columns = [
        ("seeds", "seeds"),
        ("development set, tuning half", "dev tuning"),
        ("development set, held-out half", "dev held-out"),
        ("invented profiles, tuning", "invented tuning"),
        ("invented profiles, held-out", "invented held-out"),
    ]
    found = dict(scored)
    present = [(name, title) for name, title in columns if name in found]
    lines = [
        "| | target | " + " | ".join(title for _, title in present) + " |",
        "|---|---|" + "---|" * len(present),
    ]
    for label, key, field, target in KEY_FIGURES:
        cells = [_figure(found[name], key, field) for name, _ in present]
        lines.append(f"| {label} | {target} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    """Score the seeds and the halves (``--table``: the key figures as a Markdown table)."""
    scored = sets()
    if "--table" in sys.argv[1:]:
        print(table(scored))
        return
    for name, evaluation in scored:
        show(name, evaluation)


if __name__ == "__main__":
    main()
