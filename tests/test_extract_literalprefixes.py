"""Fitted prefix lists: shorter, and a scan at their places finds the same matches."""

import random
import re

import pytest

from kg.extract import prefixscan, sentencecache
from kg.extract.literalprefixes import covering, cut, fit

TEXT = (
    "Ambtenaren vertellen dat de wachttijd hoger is dan landelijk. Volgens de raad is het "
    "aantal klachten gestegen; aldus ouders. Het gebruik neemt toe, de gemeente meent dat "
    "het beter gaat dan vorig jaar. DE RAAD ZEGT: lager dan gemiddeld. Raadsleden stellen "
    "vast dat de kosten stijgen, zij verwachten dat het zo blijft; de wethouder benadrukt "
    "het. Zorgaanbieders ervaren druk en signaleren wachtlijsten. Vertelt men dat? Ja."
)
#: Reporting verbs with their endings: many literals that share their first letters.
VERBS = [
    stem + ending
    for stem in ("vertel", "stel", "meld", "signale", "benadruk", "verwacht", "erva", "zeg")
    for ending in ("t", "len", "de", "den", "ert", "ren", "gen", "")
]


def _places(literals, text):
    """Every place of ``text`` (lower case) where one of the literals begins."""
    low = text.lower()
    return sorted({i for i in range(len(low)) for s in literals if low.startswith(s, i)})


def _scan(pattern, literals, text):
    """The pattern's matches, tried only where a literal begins (as finditer would go on)."""
    found, last = [], 0
    for at in _places(literals, text):
        if at < last:
            continue
        m = pattern.match(text, at)
        if m is not None:
            found.append(m.span())
            last = max(m.end(), at + 1)
    return found


def test_covering_keeps_the_shortest_of_each_line_sorted():
    assert covering(["dezer", "de", "deze", "dat", "datum", "t.o.v", "t", "x"]) == (
        "dat",
        "de",
        "t",
        "x",
    )
    # no literal of the answer begins with another, and each input begins with one of them
    rnd = random.Random(5)
    for _ in range(50):
        words = ["".join(rnd.choice("ab") for _ in range(rnd.randint(1, 5))) for _ in range(30)]
        kept = covering(words)
        assert list(kept) == sorted(set(kept))
        assert not any(a != b and a.startswith(b) for a in kept for b in kept)
        assert all(any(w.startswith(k) for k in kept) for w in words)
        assert set(kept) <= set(words)


def test_covering_finds_the_same_places():
    words = VERBS + ["de", "dezer", "deze", "het", "hetzelfde"]
    assert _places(covering(words), TEXT) == _places(words, TEXT)


def test_cut_merges_what_the_cut_makes_equal():
    assert cut(["vertelt", "vertellen", "verwacht", "stelt"], 4) == ("stel", "vert", "verw")
    assert cut(["vertelt", "vertellen", "verwacht", "stelt"], 3) == ("ste", "ver")
    assert cut(["ab", "abc"], 10) == ("ab",)


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 8, 12, 20, 40, 100])
def test_fit_holds_the_limit_at_the_deepest_cut(limit):
    fitted = fit(VERBS, limit)
    whole = covering(VERBS)
    if len(whole) <= limit:
        assert fitted == whole
        return
    assert len(fitted) <= limit
    depth = max(map(len, fitted))
    assert fitted == cut(VERBS, depth)
    assert len(cut(VERBS, depth + 1)) > limit  # one deeper would not fit
    # every literal begins with one of the fitted: each place of one is a place of those
    assert all(any(v.startswith(f) for f in fitted) for v in VERBS)


def test_fit_of_too_many_first_letters_is_the_empty_literal():
    assert fit(["a", "b", "c"], 2) == ("",)
    assert fit(["a", "b", "c"], 3) == ("a", "b", "c")


@pytest.mark.parametrize("limit", [2, 4, 6, 10, 30, 1000])
def test_a_scan_at_fitted_places_finds_the_matches_of_the_unfitted(limit):
    pattern = re.compile(rf"\b(?:{'|'.join(VERBS)})\b\s+(?:\w+\s+)?dat", re.IGNORECASE)
    expected = [m.span() for m in pattern.finditer(TEXT)]
    assert expected  # the sample text holds reports
    assert _scan(pattern, covering(VERBS), TEXT) == expected
    assert _scan(pattern, fit(VERBS, limit), TEXT) == expected
    # a fitted list tries the pattern at no fewer places
    assert set(_places(VERBS, TEXT)) <= set(_places(fit(VERBS, limit), TEXT))


def _words(count, seed):
    rnd = random.Random(seed)
    letters = "abdeghiklmnorstuvz"
    return sorted(
        {"".join(rnd.choice(letters) for _ in range(rnd.randint(3, 9))) for _ in range(count)}
    )


def test_prefixscan_fits_a_list_past_its_limit_instead_of_dropping_it():
    words = _words(900, 1)
    pattern = re.compile(rf"\b(?:{'|'.join(words)})\b", re.IGNORECASE)
    found = prefixscan.prefixes(pattern)
    assert found is not None  # before: no prefix at all, the pattern tried everywhere
    assert 0 < len(found) <= prefixscan._LIMIT
    assert all(any(w.startswith(f) for f in found) for w in words)
    rnd = random.Random(2)
    text = " ".join(rnd.choice(words + ["de", "het", "Raad"]).title() for _ in range(400))
    sentencecache.clear()
    for start, end in [(0, len(text)), (17, 900), (300, 301), (5, len(text) - 3)]:
        expected = [m.span() for m in pattern.finditer(text, start, end)]
        got = [m.span() for m in prefixscan.finditer(pattern, text, start, end)]
        assert got == expected
    sentencecache.clear()


def test_prefixscan_lists_within_the_limit_are_not_cut():
    words = _words(300, 3)
    pattern = re.compile(rf"\b(?:{'|'.join(words)})\s+dat", re.IGNORECASE)
    assert prefixscan.prefixes(pattern) == covering(words)
    assert len(covering(words)) > 200  # long, yet within the limit


def test_above_bounds_exactly_the_strings_that_begin_with_the_head_in_sorted_order():
    from kg.extract.literalprefixes import above

    words = sorted(["d", "dcz", "de", "dezer", "deé", "de\U0010ffff", "df", "dfa", "e"])
    assert [w for w in words if "de" <= w < above("de")] == [w for w in words if w.startswith("de")]
    # no code point above the last: the head is extended instead
    assert "a\U0010ffff" <= "a\U0010ffffz" < above("a\U0010ffff")
