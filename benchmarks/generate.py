"""Write N synthetic municipality profiles for benchmarks.

Each synthetic profile recombines the seed profiles' sections under another
municipality name, with its numbers changed, and is written in the seeds' own
PDF-extracted layout (wrapped lines, blank lines between them, whitespace-only
lines between paragraphs), so the real document model and extractor run on
realistic text. Output is deterministic for a given ``--seed``.

Usage::

    python benchmarks/generate.py --count 1000 --out /tmp/seeds-1000 [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.document import parse_profile  # noqa: E402
from kg.loading import read_profile  # noqa: E402
from kg.ontology import known_headings, load_ontology  # noqa: E402


def municipality_names() -> list[str]:
    """Real municipality names of 1 January 2015 (the packaged reference list).

    Names that are also common words (``ambiguous-names.csv``) and the seeds'
    own municipalities are left out, so every synthetic profile is about a
    municipality the extractor can resolve, as in the real corpus.
    """
    from kg.reference import default_reference

    reference = default_reference()
    seeds = {p.stem.replace("-", " ").lower() for p in (ROOT / "seeds").glob("*.txt")}
    ambiguous = {
        line.split(",")[0].strip().lower()
        for line in (reference.directory / "ambiguous-names.csv").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    names = sorted(
        m.official_name
        for m in reference.municipalities
        if m.exists_in(2015)
        and m.official_name.lower() not in seeds | ambiguous
        and re.fullmatch(r"[A-Za-z][A-Za-z .'-]*", m.official_name)
    )
    return names


def municipality_name(i: int, names: list[str] | None = None) -> str:
    """The municipality of synthetic profile ``i``: the reference names in turn.

    Past the end of the list the names repeat (a municipality profiled twice,
    as a corpus of every municipality profiled once or twice would hold).
    """
    names = names or municipality_names()
    return names[i % len(names)]


def _load_sections() -> tuple[list[str], dict[str, list[tuple[str, list[str]]]], list[str]]:
    ontology = load_ontology(ROOT / "ontology")
    headings = known_headings(ontology)
    outline: list[str] = []
    by_heading: dict[str, list[tuple[str, list[str]]]] = {}
    titles = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        source = read_profile(path)
        doc = parse_profile(source.text, source.name, headings)
        titles.append(doc.title)
        for section in doc.sections:
            if section.heading not in outline:
                outline.append(section.heading)
            paragraphs = [
                doc.text[p.start : p.end] for p in doc.paragraphs if p.section == section.index
            ]
            by_heading.setdefault(section.heading, []).append((doc.title, paragraphs))
    return outline, by_heading, titles


def _change_numbers(text: str, rng: random.Random) -> str:
    def repl(match: re.Match[str]) -> str:
        digits = match.group()
        if "." in digits:  # thousands: 30.000
            value = int(digits.replace(".", ""))
            new = max(1000, int(value * rng.uniform(0.5, 2.0)) // 1000 * 1000)
            return f"{new:,}".replace(",", ".")
        value = int(digits)
        if value in (1, 2, 3) or value > 1900:  # keep ordinals, small counts and years
            return digits
        return str(max(1, min(99, int(value * rng.uniform(0.6, 1.4)))))

    return re.sub(r"\d{1,3}(?:\.\d{3})+|\d+", repl, text)


def _layout(title: str, motto: str, sections: list[tuple[str, list[str]]]) -> str:
    lines = [f" {title}   ", "", f"“{motto}” ", "", " ", "", "Foto ", ""]
    for heading, paragraphs in sections:
        lines += [f"{heading} ", ""]
        for paragraph in paragraphs:
            for line in textwrap.wrap(paragraph, 100, break_on_hyphens=False):
                lines += [line + " ", ""]
            lines += [" ", ""]
    return "\n".join(lines) + "\n"


def generate(count: int, out: Path, seed: int = 7) -> list[Path]:
    """Write ``count`` synthetic profiles into ``out``; return their paths."""
    outline, by_heading, titles = _load_sections()
    out.mkdir(parents=True, exist_ok=True)
    mottos = ["Sterk in uitvoering", "Samen sterk", "Dichtbij en samen", "Zorg voor elkaar"]
    paths = []
    names = municipality_names()
    for i in range(count):
        rng = random.Random(seed * 1_000_003 + i)
        name = municipality_name(i, names)
        sections = []
        for heading in outline:
            source_title, paragraphs = rng.choice(by_heading[heading])
            renamed = []
            for paragraph in paragraphs:
                text = paragraph
                for other in {source_title, *titles}:
                    text = re.sub(rf"\b{re.escape(other)}(?=(?:se)?\b)", name, text)
                renamed.append(_change_numbers(text, rng))
            sections.append((heading, renamed))
        path = out / f"synthetic-{i:05d}.txt"
        path.write_text(_layout(name, rng.choice(mottos), sections), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True, help="number of profiles")
    parser.add_argument("--out", type=Path, required=True, help="folder to write them to")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = parser.parse_args(argv)
    paths = generate(args.count, args.out, args.seed)
    print(f"wrote {len(paths)} profiles to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
