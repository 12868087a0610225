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
tevreden over de inspraak": each with its own "over …") are two verdicts, no change; so
are two judgements by two holders, each clause opened by its moment with the subject
after its verb ("In 2015 waren ambtenaren tevreden; in 2016 klaagden raadsleden …":
:func:`holder`): a change is one holder's or one thing's.

:func:`kg.extract.tone.polarity` asks this only of a claim judged both ways, and
weighs what the present part says (:func:`now_part`). A problem at the earlier moment that
the present part says has fallen, with no judgement of its own ("in 2015 veel klachten,
inmiddels minder", "…; inmiddels is dat aantal gehalveerd"), has eased and not gone: the
claim is mixed (:func:`eased`).
"""

from __future__ import annotations

import re

from kg.extract import direction
from kg.extract.negation import NEGATORS
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


#: How many words a fronted moment may take before its year ("in het najaar van 2014").
_FRONTED = 5
#: Words after a fronted moment's verb that name no holder of their own: pronouns (a
#: holder named before, or none), particles, degree words and quantifiers.
_NO_HOLDER = frozenset(
    {"er", "het", "dat", "dit", "die", "deze", "zij", "ze", "hij", "wij", "we", "men", "ik",
     "nog", "maar", "al", "wel", "ook", "niet", "geen", "pas", "ruim", "bijna", "circa",
     "ongeveer", "zo", "dan", "daar", "hier", "toen", "nu", "veel", "weinig", "meer",
     "minder", "alle", "sommige", "enkele"}
)  # fmt: skip


def holder(names: list[str]) -> str:
    """The subject a clause opened by a moment names after its finite verb ("in 2016
    klaagden raadsleden": "raadsleden"), else "" (no moment opens it, or a pronoun, a
    particle or a figure follows the verb: no holder of its own).

    ``names`` are the clause's words, lower case; the moment is a year among its first
    words, the verb the word after it, the subject the next word past determiners.

    Examples
    --------
    >>> holder(["in", "2016", "klaagden", "raadsleden", "dat"])
    'raadsleden'
    >>> holder(["in", "het", "najaar", "van", "2014", "was", "de", "wethouder", "kritisch"])
    'wethouder'
    >>> holder(["in", "2016", "waren", "zij", "tevreden"]), holder(["zij", "waren", "in", "2015"])
    ('', '')
    >>> holder(["in", "2016", "nog", "maar", "vier"])
    ''
    """
    if names and names[0] in _JOINS:
        names = names[1:]
    at = next((i for i, w in enumerate(names[:_FRONTED]) if _year(w)), None)
    if at is None:
        return ""
    rest = [w for w in names[at + 2 :] if w not in _DETERMINERS]
    if not rest or len(names) < at + 3 or names[at + 1] in _NO_HOLDER:
        return ""  # no verb after the moment ("in 2016 nog maar vier")
    word = rest[0]
    return "" if word in _NO_HOLDER or not word.isalpha() else word


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
#: Where a year (:func:`_year`) may stand: every year word matches here on its own (a match
#: holds no character outside a word, so two year words make two matches).
_YEAR_LIKE = re.compile(r"(?:19|20)\w\w")
#: :data:`EARLIER` and :data:`NOW` in a fixed order (sorted), as :func:`_may_compare` reads them.
_PAST, _PRESENT = tuple(sorted(EARLIER)), tuple(sorted(NOW))


def _may_compare(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the clauses ``spans`` (in order) may name two moments (:func:`moments`): False
    when the lower case of the text they cover holds neither a digit (so no year) nor a
    word of the past (:data:`EARLIER`), even as a part of a word, or when it holds no word
    of the present (:data:`NOW`) and fewer than two places a year may stand (a clause of
    the present opens with a word of the present or "in" and a later year: :func:`_present`).
    Its words (:func:`kg.extract.wordtokens.words`) are then not read.

    Only for a text :func:`kg.extract.wordtokens.lowered` reads (its lower case has its
    offsets and its words stand in it); any other text may.

    Examples
    --------
    >>> s = "Het loket werkt goed, maar de wachttijd is te lang."
    >>> _may_compare(s, [(0, 20), (22, len(s))])
    False
    >>> s = "Was het beeld toen nog optimistisch, nu overheerst zorg."
    >>> _may_compare(s, [(0, 35), (37, len(s))]), _may_compare("In 2015 nog niet.", [(0, 17)])
    (True, False)
    >>> s = "In 2015 waren zij kritisch, in 2017 tevreden."
    >>> _may_compare(s, [(0, 26), (28, len(s))]), _may_compare("Er zijn 240 klachten.", [(0, 21)])
    (True, False)
    """
    low = lowered(text)
    if low is None:
        return True
    piece = low[spans[0][0] : spans[-1][1]]  # one slice: ``in`` parses no arguments
    if not (_holds_one(piece, _PAST) or _DIGIT.search(piece)):
        return False  # no earlier moment: neither a word of the past nor a year
    return _holds_one(piece, _PRESENT) or len(_YEAR_LIKE.findall(piece)) > 1


def _holds_one(piece: str, words: tuple[str, ...]) -> bool:
    """Whether ``piece`` holds one of ``words``, even as a part of a word."""
    for word in words:  # noqa: SIM110 - a loop: any() of a generator costs a frame per call
        if word in piece:
            return True
    return False


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
    found = _scan(text, spans)
    return found if isinstance(found, tuple) else None


def two_holders(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the clauses ``spans`` set two moments side by side, each opened by its
    moment with a holder of its own ("In 2015 waren ambtenaren tevreden …; in 2016
    klaagden raadsleden …"): two views, not one changing (:func:`holder`).

    Examples
    --------
    >>> from kg.extract.negation import clauses
    >>> s = "In 2015 waren ambtenaren tevreden; in 2016 klaagden raadsleden."
    >>> two_holders(s, clauses(s, 0, len(s)))
    True
    >>> s = "In 2015 was de raad kritisch, in 2017 was de raad tevreden."
    >>> two_holders(s, clauses(s, 0, len(s)))
    False
    """
    return _scan(text, spans) is True


def _scan(text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | bool:
    """The moments of a then-and-now claim (:func:`moments`); True for two moments with two
    holders (:func:`two_holders`), False for neither."""
    if not spans or not _may_compare(text, spans):
        return False  # no clause, or none names a moment
    since = 0
    about = held = ""
    begins = 0
    for a, b in spans:
        names = [w for _s, _e, w in words(text, a, b)]  # words are lower case
        if since and _present(names, since):
            now = _about(names)
            if about and now and now != about:
                return False  # two things
            now = holder(names)
            return True if held and now and now != held else (begins, a)
        if not since:
            since, begins = _earlier(names), a
            held = holder(names) if since else ""
        if since and not about:
            about = _about(names)
    return False


def eased(text: str, start: int, end: int) -> bool:
    """Whether the present part ``text[start:end]`` says something fell: a falling word of
    ``kg/data/quantity-direction.toml`` ("minder", "gehalveerd", "gedaald"), not negated.

    Examples
    --------
    >>> s = "in 2015 veel klachten, inmiddels minder."
    >>> eased(s, s.index("inmiddels"), len(s))
    True
    >>> s = "in 2015 veel klachten, inmiddels niet minder."
    >>> eased(s, s.index("inmiddels"), len(s))
    False
    >>> s = "in 2015 veel klachten, inmiddels meer."
    >>> eased(s, s.index("inmiddels"), len(s))
    False
    """
    found = [w for _a, _b, w in words(text, start, end)]
    levels = direction.load().levels
    return NEGATORS.isdisjoint(found) and any(levels.get(w) == -1 for w in found)
