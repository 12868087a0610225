"""Word-run pre-checks give exactly the matches of running the pattern everywhere."""

import random
import re

from kg.extract import numberphrases, numbers, sentencecache
from kg.extract.wordruns import Anchors, whole_run_matches

TEXT = (
    "Een half jaar lang; 1 op de 8 en drie van de tien, 1.000 op de 1.000, tweederde, "
    "een derde van hen, een half miljoen, tweemaal zo hoog, dubbel zo hoog, het driedubbele "
    "van, een keer per week, een extra medewerker, binnen een week, honderden, een paar "
    "honderd euro, een tiental, een groot deel, het merendeel, een handvol, enkele, enkele "
    "weken, een paar jaar, maanden later. EEN HALF JAAR, Twintig of eenentwintig, tweeën "
    "ſamen, İn zes-en-twintig_jaar; vijfenzeventig-plussers en achttien."
)


def _windows(text: str, count: int, seed: int):
    rnd = random.Random(seed)
    for _ in range(count):
        start = rnd.randrange(len(text))
        yield start, min(len(text), start + rnd.randrange(len(text)))


def test_number_phrase_gates_find_what_every_pattern_finds():
    sentencecache.clear()
    for start, end in _windows(TEXT, 300, 1):
        scan = numberphrases._GATES.scanner(TEXT, start, end)
        for pattern in numberphrases._GATES._patterns:
            expected = [m.span() for m in pattern.finditer(TEXT, start, end)]
            assert [m.span() for m in scan(pattern)] == expected, (pattern.pattern, start, end)


def test_whole_run_matches_equal_finditer_for_number_words():
    sentencecache.clear()
    for start, end in _windows(TEXT, 300, 2):
        expected = [m.span() for m in numbers._WORDS.finditer(TEXT, start, end)]
        assert [m.span() for m in whole_run_matches(numbers._WORDS, TEXT, start, end)] == expected


def test_a_pattern_whose_anchor_is_absent_is_not_run():
    class Counting:
        """A pattern stand-in that counts its scans."""

        flags = re.IGNORECASE
        scans = 0

        def finditer(self, text, start, end):
            Counting.scans += 1
            return iter(())

    pattern = Counting()
    gates = Anchors({pattern: ["miljoen"]})
    list(gates.scanner("Een half jaar.", 0, 14)(pattern))
    assert Counting.scans == 0
    list(gates.scanner("Een half MILJOEN.", 0, 17)(pattern))
    assert Counting.scans == 1


def test_words_within_equals_testing_every_span_for_every_word():
    from kg.extract.wordruns import words_within

    words = list(sentencecache.spans(re.compile(r"\w+"), TEXT, 0, len(TEXT)))
    rnd = random.Random(5)
    for _ in range(200):
        skip = sorted(_windows(TEXT, rnd.randrange(4), rnd.randrange(1000)))
        expected = {
            k for k, (s, e, _w) in enumerate(words) if any(a <= s < b and e <= b for a, b in skip)
        }
        assert words_within(words, skip) == expected


def test_runs_refused_by_their_beginning_are_runs_no_match_takes():
    """A run is tried only when it begins as a match may (``prefixscan.heads``): capitals,
    accents and the odd letters that ``str.lower`` does not fold as ``re`` does included."""
    text = "HONDERDVIJFTIG ouders, ÉÉN keer, Één plan, duizend-en-één, ıets, de İJssel en ſes."
    sentencecache.clear()
    expected = [m.span() for m in numbers._WORDS.finditer(text)]
    assert [m.span() for m in whole_run_matches(numbers._WORDS, text, 0, len(text))] == expected
    assert [text[a:b] for a, b in expected] == ["HONDERDVIJFTIG", "ÉÉN", "Één", "duizend", "één"]


def test_anchor_bits_of_a_run_are_those_of_fullmatch_per_anchor():
    # spelled words are looked up for ASCII runs; open alternatives (\d+) and odd
    # letters (ſ, İ) still go through re: the bits must be what fullmatch says
    gates = numberphrases._GATES
    runs = set(re.findall(r"\w+", TEXT))
    runs |= {r.upper() for r in runs} | {r.title() for r in runs}
    runs |= {"12", "٣", "12a", "ZEVENMAAL", "zeſtal", "Verdubbelde", "tienden", ""}
    for run in sorted(runs):
        expected = sum(1 << i for i, anchor in enumerate(gates._anchors) if anchor.fullmatch(run))
        assert gates._run_bits(run) == expected, run
