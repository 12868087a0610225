"""How hard a verdict is: "het oordeel is hard", "in scherpe bewoordingen", "een mild oordeel".

An account of what people think often rates the verdict instead of quoting it: "Over het
Rijk is het oordeel hard", "de raad spreekt zich in scherpe bewoordingen uit", "het
oordeel over de regio is mild". A hard, sharp or crushing verdict (Van Dale: "hard":
zonder mededogen, streng; "scherp": bijtend, vinnig; "vernietigend") is a criticism of
what it is about: negative; a mild or kind one ("mild": niet streng, welwillend) is a
verdict of approval, however reserved: positive. The severity word counts only as the
degree of a noun of judging or wording (oordeel, kritiek, bewoordingen, woorden, toon),
before it ("een hard oordeel") or after its copula ("het oordeel is hard", "is het oordeel
hard"), not negated ("het oordeel is niet hard"). Read only of a claim that nothing else
judges (:func:`kg.extract.unjudged.unjudged`).
"""

from __future__ import annotations

import re

from kg.extract.wordtokens import lower_span

#: The nouns of a verdict or its wording.
_NOUNS = r"(?:oordeel|oordelen|eindoordeel|kritiek|bewoordingen|woorden|toon|taal)"
#: Severity words: the sign of the verdict they rate.
_SEVERITY = {
    "hard": -1, "harde": -1, "bikkelhard": -1, "bikkelharde": -1, "streng": -1,
    "strenge": -1, "scherp": -1, "scherpe": -1, "vernietigend": -1, "vernietigende": -1,
    "ongenadig": -1, "ongenadige": -1, "fel": -1, "felle": -1,
    "mild": 1, "milde": 1, "welwillend": 1, "welwillende": 1, "vriendelijk": 1,
    "vriendelijke": 1,
}  # fmt: skip
_WORDS = "|".join(sorted(_SEVERITY, key=len, reverse=True))
#: The severity word before the noun ("een hard oordeel", "in scherpe bewoordingen") or
#: after it and a copula, up to eight words apart ("het oordeel over X is hard", "is het
#: oordeel hard").
_RATED = re.compile(
    rf"\b(?P<before>{_WORDS})\s+{_NOUNS}\b"
    rf"|\b{_NOUNS}\b(?:\s+[\w-]+){{0,8}}?\s+(?:is|zijn|was|waren|luidt|luidde|klinkt)\s+"
    rf"(?:(?P<neg>niet|nauwelijks|allerminst)\s+)?(?:erg\s+|zeer\s+|heel\s+|vrij\s+)?"
    rf"(?P<after>{_WORDS})\b"
    rf"|\b(?:is|zijn|was|waren)\s+(?:het|de)\s+{_NOUNS}\s+(?:(?P<neg2>niet)\s+)?"
    rf"(?:erg\s+|zeer\s+|heel\s+|vrij\s+)?(?P<fronted>{_WORDS})\b"
)
#: The gate: a claim with none of these words rates no verdict.
_GATE = ("oorde", "kritiek", "woord", "toon", "taal")


def severity(text: str, start: int, end: int) -> int:
    """The sign of the verdict ``text[start:end]`` rates by its hardness (0: none).

    Examples
    --------
    >>> s = "Over de provincie is het oordeel hard."
    >>> severity(s, 0, len(s))
    -1
    >>> s = "Het oordeel van de raad over de regio is mild."
    >>> severity(s, 0, len(s))
    1
    >>> s = "Het oordeel is niet hard."
    >>> severity(s, 0, len(s))
    0
    >>> s = "De teams werken hard aan een oordeel."
    >>> severity(s, 0, len(s))
    0
    """
    low = lower_span(text, start, end)
    for word in _GATE:
        if word in low:
            break
    else:
        return 0  # most claims
    found = _RATED.search(low)
    if found is None or found.group("neg") or found.group("neg2"):
        return 0
    word = found.group("before") or found.group("after") or found.group("fronted")
    return _SEVERITY[word]
