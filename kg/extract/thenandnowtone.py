"""Then and now in tone: a judgement of an earlier moment set against the present one.

A claim that compares two moments ("De wethouder was in 2015 nog terughoudend, maar is
nu overtuigd", "Was het beeld in 2015 nog optimistisch, in 2018 overheerst zorg") reads
as its present judgement: the earlier one is the starting point of the change it
reports, not a second verdict to weigh against it. Two general Dutch markers set the
moments apart:

- the earlier moment: a year ("in 2015"), or "toen", "destijds", "aanvankelijk",
  "vroeger", "eerder", "geleden" ("drie jaar geleden");
- the present moment, among the first words of a later clause: "nu", "inmiddels",
  "tegenwoordig", "thans", "intussen", or "in" and a later year opening it ("in 2018").

Two judgements of two things ("was in 2015 kritisch over de snelheid, maar is nu
tevreden over de inspraak": each with its own "over …") are two verdicts, no change.

:func:`kg.extract.tone.polarity` asks this only of a claim judged both ways, and
weighs what the present part says (:func:`now_part`).
"""

from __future__ import annotations

import re

from kg.extract.wordtokens import lowered, words

#: Words that place a clause at an earlier moment (general Dutch adverbs of time).
EARLIER = frozenset({"toen", "destijds", "aanvankelijk", "vroeger", "eerder", "geleden"})

#: Words that place a clause at the present moment.
NOW = frozenset({"nu", "inmiddels", "tegenwoordig", "thans", "intussen"})

#: How many words a clause may open with before its marker of the present ("maar is nu").
_OPENING = 3


def _year(word: str) -> int:
    """The year a word names (1900-2099), else 0.

    Examples
    --------
    >>> _year("2015"), _year("240")
    (2015, 0)
    """
    return int(word) if len(word) == 4 and word.isdigit() and word[:2] in ("19", "20") else 0


def _earlier(names: list[str]) -> int:
    """The earliest moment the words name: a year, 1 for an adverb of the past, else 0.

    "Eerder" before "dan" compares two times ("zien een achterstand eerder dan wie ook",
    sooner than): it names no earlier moment.

    Examples
    --------
    >>> _earlier(["was", "eerder", "kritisch"]), _earlier(["zien", "het", "eerder", "dan", "wie"])
    (1, 0)
    """
    years = [y for w in names if (y := _year(w))]
    if years:
        return min(years)
    past = [
        i for i, w in enumerate(names)
        if w in EARLIER and not (w == "eerder" and names[i + 1 : i + 2] == ["dan"])
    ]  # fmt: skip
    return 1 if past else 0


#: Conjunctions a present clause may open with ("maar is nu …", "en inmiddels …").
_JOINS = frozenset({"maar", "en", "doch"})


def _present(names: list[str], since: int) -> bool:
    """Whether a clause opening with ``names`` places itself at the present, after the
    moment ``since`` (a year, or 1 for an adverb of the past): a word of the present
    among its first words, or "in" and a later year opening it ("in 2018 noemen zij").

    Examples
    --------
    >>> _present(["maar", "is", "nu", "tevreden"], 2015), _present(["in", "2018", "is"], 2015)
    (True, True)
    >>> _present(["er", "was", "in", "2015", "geen"], 2013)
    False
    """
    if names and names[0] in _JOINS:
        names = names[1:]
    if NOW.intersection(names[:_OPENING]):
        return True
    return len(names) > 1 and names[0] == "in" and _year(names[1]) > since > 1


#: The word after which a judgement names what it is about ("kritisch over de snelheid").
_ABOUT = "over"

#: Words between "over" and the head of its object.
_DETERMINERS = frozenset({"de", "het", "een", "hun", "haar", "zijn", "die", "dat", "deze"})


def _about(names: list[str]) -> str:
    """The first word of what a clause's judgement is about ("over de snelheid": "snelheid"),
    else "".

    Examples
    --------
    >>> _about(["kritisch", "over", "de", "snelheid"]), _about(["daar", "over"])
    ('snelheid', '')
    """
    for i, w in enumerate(names[:-1]):
        if w == _ABOUT:
            rest = [n for n in names[i + 1 :] if n not in _DETERMINERS]
            return rest[0] if rest else ""
    return ""


def now_part(text: str, spans: list[tuple[int, int]]) -> int | None:
    """Where the present part of a then-and-now claim begins, else None.

    ``spans`` are the claim's clauses (:func:`kg.extract.negation.clauses`). The claim
    is one when a clause names an earlier moment and a later clause opens with the
    present ("nu", "inmiddels", a later year); the present part runs from that clause
    to the end.

    Examples
    --------
    >>> from kg.extract.negation import clauses
    >>> s = "Ambtenaren waren in 2015 enthousiast, maar zijn nu kritischer."
    >>> s[now_part(s, clauses(s, 0, len(s))) :]
    'maar zijn nu kritischer.'
    >>> s = "Was het beeld in 2015 nog optimistisch, in 2018 overheerst zorg."
    >>> s[now_part(s, clauses(s, 0, len(s))) :]
    'in 2018 overheerst zorg.'
    >>> s = "De raad was in 2015 kritisch over de start, maar is nu tevreden over de inspraak."
    >>> now_part(s, clauses(s, 0, len(s))) is None  # two verdicts on two things
    True
    >>> s = "Het loket werkt goed, maar de wachttijd is nu te lang."
    >>> now_part(s, clauses(s, 0, len(s))) is None
    True
    """
    found = moments(text, spans)
    return found[1] if found else None


def still(text: str, then: tuple[int, int]) -> bool:
    """Whether the earlier part ``text[then[0]:then[1]]`` says its state held still then
    ("was in 2015 nog terughoudend"): "nog" marks a state the present has left.

    Examples
    --------
    >>> s = "was in 2015 nog terughoudend, maar is nu overtuigd"
    >>> still(s, (0, 29)), still("is in 2016 verbeterd, doordat nu", (0, 21))
    (True, False)
    """
    return any(w.lower() == "nog" for _a, _b, w in words(text, *then))


#: A digit: every year (:func:`_year`) is four of them.
_DIGIT = re.compile(r"[0-9]")
#: :data:`EARLIER` and :data:`NOW` in a fixed order (sorted), as :func:`_may_compare` reads them.
_PAST, _PRESENT = tuple(sorted(EARLIER)), tuple(sorted(NOW))


def _may_compare(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the clauses ``spans`` (in order) may name two moments (:func:`moments`): False
    when the lower case of the text they cover holds no digit (so no year) and either no
    word of the past (:data:`EARLIER`) or no word of the present (:data:`NOW`), even as a
    part of a word. Its words (:func:`kg.extract.wordtokens.words`) are then not read.

    Only for a text :func:`kg.extract.wordtokens.lowered` reads (its lower case has its
    offsets and its words stand in it); any other text may.

    Examples
    --------
    >>> s = "Het loket werkt goed, maar de wachttijd is te lang."
    >>> _may_compare(s, [(0, 20), (22, len(s))])
    False
    >>> s = "Was het beeld toen nog optimistisch, nu overheerst zorg."
    >>> _may_compare(s, [(0, 35), (37, len(s))]), _may_compare("In 2015 nog niet.", [(0, 17)])
    (True, True)
    """
    low = lowered(text)
    if low is None:
        return True
    start, end = spans[0][0], spans[-1][1]
    if _DIGIT.search(low, start, end):
        return True
    return any(low.find(w, start, end) >= 0 for w in _PAST) and any(
        low.find(w, start, end) >= 0 for w in _PRESENT
    )


def moments(text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """(where the earlier part begins, where the present part begins) of a then-and-now
    claim (:func:`now_part`), else None.

    Examples
    --------
    >>> from kg.extract.negation import clauses
    >>> s = "Zo zeggen zij: in 2015 nog bang, nu tevreden."
    >>> a, b = moments(s, clauses(s, 0, len(s)))
    >>> s[a:b], s[b:]
    ('in 2015 nog bang, ', 'nu tevreden.')
    """
    if not spans or not _may_compare(text, spans):
        return None  # no clause, or none names a moment
    since = 0
    about = ""
    begins = 0
    for a, b in spans:
        names = [w for _s, _e, w in words(text, a, b)]  # words are lower case
        if since and _present(names, since):
            now = _about(names)
            return None if about and now and now != about else (begins, a)  # two things
        if not since:
            since, begins = _earlier(names), a
        if since and not about:
            about = _about(names)
    return None
