"""Prefixes read from the key-word pass give exactly what searching for them gives."""

import random
import re

from kg.extract import keyedwords, sentencecache
from kg.extract.prefixscan import finditer

TEXT = (
    "Ambtenaren vertellen dat de wachttijd hoger is dan landelijk. Volgens de raad is het "
    "aantal klachten gestegen; aldus ouders. Het gebruik neemt niet toe, de gemeente meent dat "
    "het beter gaat dan vorig jaar. DE RAAD ZEGT: lager dan gemiddeld. Geen toename van de "
    "lasten, steeds meer ouderen. Volgens de monitor, naar schatting gelijk; het "
    "onderzoeksrapport meldt het. "
) * 8


def _windows(text: str, count: int, seed: int):
    rnd = random.Random(seed)
    for _ in range(count):
        start = rnd.randrange(len(text))
        yield start, min(len(text), start + rnd.randrange(1, 120))


def test_many_prefixes_read_from_the_key_word_pass_between_documents():
    """A pattern with many prefixes that does not begin at runs is taken up by the key-word
    pass between two documents: its matches stay those of the pattern, before and after."""
    p = re.compile(
        r"(?:volg|cijfers|gegevens|monitor|rapport|onderzoek|schat|meld|naar|gelijk)\w*",
        re.IGNORECASE,
    )
    want = [m.span() for m in p.finditer(TEXT)]
    for _ in range(2):  # the first document searches, the second reads the key-word pass
        sentencecache.clear()
        assert [m.span() for m in finditer(p, TEXT, 0, len(TEXT))] == want
        for start, end in _windows(TEXT, 40, 7):
            got = [m.span() for m in finditer(p, TEXT, start, end)]
            assert got == [m.span() for m in p.finditer(TEXT, start, end)]
    assert keyedwords.keyed(p, ("volg",) * 8) is not None  # taken up: no longer searched
