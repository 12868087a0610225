"""The tone cues of a claim: what :func:`kg.extract.tone.polarity` weighs.

A claim's cues are the tone words the lexicon's cue matcher finds in it (their
sign by the polarity concept they label), the tone verbs whose particle stands
apart (:mod:`kg.extract.separablecues`), the quantities judged by their level
(:mod:`kg.extract.direction`, also marked by an arrow: :mod:`kg.extract.arrowlevels`),
work done around a body ("buiten de teams om": :mod:`kg.extract.bypasscues`), a
"pas" that comes too late (:mod:`kg.extract.untilcues`), a bare "laat" of time
(:mod:`kg.extract.lateadverbs`), a task never possible alone
(:mod:`kg.extract.joinedforces`), an approval said as a predicate ("noemt de samenwerking
praktisch": :mod:`kg.extract.predicateverdicts`), a share in a good state read by its
reference ("72% ervaart de gezondheid als goed, minder dan gemiddeld":
:mod:`kg.extract.measuredshares`), money received short or paid in
(:mod:`kg.extract.fundingshortfalls`) and the problems it names; a
problem named by its subject ("mantelzorg") is marked as such, and one that is a budget
cut entered with its amount ("een bezuiniging van 4 ton is opgenomen") dropped
(:mod:`kg.extract.plannedcuts`).

The matchers read the whole document once and a claim's matches are a slice of
that (:func:`span_mentions`). Split out of :mod:`kg.extract.findings`.
"""

from __future__ import annotations

from bisect import bisect_left

from kg.document import Document
from kg.extract.arrowlevels import arrow_cues
from kg.extract.bypasscues import bypass_cues
from kg.extract.direction import judged_levels
from kg.extract.durationcues import duration_cues
from kg.extract.fundingshortfalls import funding_shortfalls
from kg.extract.joinedforces import joined_forces
from kg.extract.lateadverbs import late_adverbs
from kg.extract.latelevels import late_change
from kg.extract.measuredshares import measured_shares
from kg.extract.mentions import Matcher, Mention, cuts_token
from kg.extract.notonly import not_only
from kg.extract.plannedcuts import without_planned_cuts
from kg.extract.predicateverdicts import predicate_verdicts
from kg.extract.referralcues import referral_cues
from kg.extract.sentencecache import table
from kg.extract.separablecues import may_separate, separated_cues
from kg.extract.toneframes import Cue
from kg.extract.untilcues import until_cues

__all__ = ["claim_cues", "names_subject", "span_mentions"]

#: The sign of a tone cue by the end of its concept's IRI.
_SIGNS = {"/positive": 1, "/negative": -1, "/mixed": 0}
_SIGNED = tuple(_SIGNS)

#: (matcher id, text) → (matcher, the starts and ends of its mentions in the whole text,
#: the mentions, their tone cues or None), per document.
_WHOLE: dict[tuple[int, str], tuple[Matcher, list[int], list[int], list, list]] = table()


def _tone_cue(mention: Mention) -> Cue | None:
    """The tone cue a cue matcher's mention stands for (None: no polarity concept)."""
    entity = mention.entity
    if not entity.endswith(_SIGNED):
        return None
    return Cue(mention.start, mention.end, _SIGNS[entity[entity.rindex("/") :]])


def _whole(matcher: Matcher, text: str) -> tuple[Matcher, list[int], list[int], list, list]:
    """The matcher's reading of the whole text (once per document)."""
    key = (id(matcher), text)
    kept = _WHOLE.get(key)
    if kept is None or kept[0] is not matcher:
        found = matcher.find(text)
        starts = [m.start for m in found]
        ends = [m.end for m in found]
        kept = _WHOLE[key] = (matcher, starts, ends, found, [])
    return kept


def _slice(matcher: Matcher, text: str, start: int, end: int) -> tuple[int, int, tuple] | None:
    """Which of the whole text's mentions (:func:`_whole`) are those of ``text[start:end]``:
    their first and last index and the whole text's reading.

    ``Matcher.find`` reads the tokens from left to right, the longest label at each
    one first. From a token that no earlier mention runs over, the whole text's
    reading and the span's make the same choices, up to a label that would run past
    the span's end: the whole text's reading then takes it (it is the longest). So
    the span's mentions are the whole text's within it unless one of these crosses
    the span's start or end, or the span cuts a token (then ``find`` reads the span's
    own tokens); in those cases None.
    """
    kept = _whole(matcher, text)
    starts, ends = kept[1], kept[2]
    i, j = bisect_left(starts, start), bisect_left(starts, end)
    if (i and ends[i - 1] > start) or (j > i and ends[j - 1] > end):
        return None
    if cuts_token(text, start, end):
        return None
    return i, j, kept


def span_mentions(matcher: Matcher, text: str, start: int, end: int) -> list[Mention]:
    """``matcher.find(text, start, end)``, a slice of the whole text's reading when it is one.

    Examples
    --------
    >>> from kg.ontology import LexiconEntry
    >>> m = Matcher([LexiconEntry("goed", "c/polarity/positive", "polarity", "hiddenLabel")])
    >>> s = "Het werkt goed. Het loket is goed bereikbaar en werkt goed."
    >>> all(span_mentions(m, s, a, b) == m.find(s, a, b)
    ...     for a in range(len(s)) for b in range(a, len(s) + 1))
    True
    """
    at = _slice(matcher, text, start, end)
    if at is None:
        return matcher.find(text, start, end)
    i, j, kept = at
    return kept[3][i:j]


def _tone_cues(matcher: Matcher, text: str, start: int, end: int) -> list[Cue]:
    """The tone cues the cue matcher finds in ``text[start:end]``, in text order."""
    at = _slice(matcher, text, start, end)
    if at is None:
        return [c for m in matcher.find(text, start, end) if (c := _tone_cue(m)) is not None]
    i, j, kept = at
    cues = kept[4]
    if not cues and kept[3]:  # the whole text's cues, built on the first claim
        cues += map(_tone_cue, kept[3])
    return [c for c in cues[i:j] if c is not None]


def claim_cues(doc: Document, start: int, end: int, lexicon, mentions) -> list[Cue]:  # noqa: ANN001
    """The tone cues and problem mentions of a claim, for :func:`kg.extract.tone.polarity`.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> from kg.ontology import LexiconEntry
    >>> from kg.extract.separablecues import separable_verbs
    >>> cues = [LexiconEntry("goed", "c/polarity/positive", "polarity", "hiddenLabel")]
    >>> lexicon = N(cue_matcher=Matcher(cues), separable=separable_verbs(cues), cues=cues,
    ...             subject_matcher=None)
    >>> doc = N(text="Het loket werkt goed, maar er is een wachtlijst.")
    >>> problem = N(kind="problem", start=36, end=46, entity="c/problem/w")
    >>> [(c.start, c.end, c.sign, c.problem)
    ...  for c in claim_cues(doc, 0, len(doc.text), lexicon, [problem])]
    [(16, 20, 1, False), (36, 46, -1, True)]
    """
    text = doc.text
    cues = _tone_cues(lexicon.cue_matcher, text, start, end)
    if may_separate(text, start, end, lexicon.separable):
        cues += separated_cues(text, start, end, lexicon.cues, lexicon.separable)
    # a quantity judged by its level: "een hoge redzaamheid", "de werkloosheid daalt"
    # ("de tekorten nemen pas na 2020 af": the good change is not there yet, a shortfall)
    cues += [
        Cue(a, b, -1 if sign > 0 and late_change(text, a, b) else sign)
        for a, b, sign in judged_levels(text, start, end)
    ]
    if text.find("↑", start, end) >= 0 or text.find("↓", start, end) >= 0:
        cues += arrow_cues(text, start, end)  # "caseload ↑", "wachttijd ↓": a level's change
    cues += duration_cues(text, start, end)  # "dat het langer duurt", "binnen de termijn"
    cues += referral_cues(text, start, end)  # "minder kinderen doorverwijzen naar de ggz"
    cues += bypass_cues(text, start, end)  # "wordt buiten de teams om ingezet"
    cues += until_cues(text, start, end)  # "pas wanneer zij nauwelijks nog te wijzigen zijn"
    cues += late_adverbs(text, start, end)  # "werden laat bekendgemaakt", "een laat stadium"
    cues += joined_forces(text, start, end)  # "had de inkoop nooit alleen kunnen doen"
    cues += predicate_verdicts(text, start, end)  # "noemt de samenwerking ‘vanzelfsprekend’"
    cues += funding_shortfalls(text, start, end)  # "€ 800.000 minder ontvangt", "geld bijleggen"
    cues = measured_shares(text, start, end, cues)  # "72% … als goed, minder dan gemiddeld"
    cues += not_only(text, start, end, cues)  # "niet alleen goed nieuws": granted in part
    for m in mentions:
        if m.kind == "problem":
            # a label naming the difficulty counts when stated; one naming the
            # subject ("beschut werk") only when negated or diminished, as a lack
            subject = names_subject(text, m, lexicon)
            cues.append(Cue(m.start, m.end, -1, problem=True, subject=subject))
    return without_planned_cuts(text, start, end, cues)  # "een bezuiniging van 4 ton opgenomen"


def names_subject(text: str, mention, lexicon) -> bool:  # noqa: ANN001
    """Whether a problem mention names its subject ("inkoop", "mantelzorg"), not a difficulty.

    Such labels are the problems' ``skos:hiddenLabel`` (``ontology/problems.ttl``):
    a text names a service or a group without judging it, so the mention is a
    concern of the claim but no negative cue.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> from kg.ontology import LexiconEntry
    >>> entry = LexiconEntry("mantelzorg", "c/problem/m", "problem", "hiddenLabel")
    >>> lexicon = N(subject_matcher=Matcher([entry]))
    >>> s = "De mantelzorg is zwaar."
    >>> names_subject(s, N(start=3, end=13, entity="c/problem/m"), lexicon)
    True
    >>> names_subject(s, N(start=3, end=13, entity="c/problem/x"), lexicon)
    False
    """
    matcher = getattr(lexicon, "subject_matcher", None)
    if matcher is None:
        return False
    return any(
        (s.start, s.end, s.entity) == (mention.start, mention.end, mention.entity)
        for s in span_mentions(matcher, text, mention.start, mention.end)
    )
