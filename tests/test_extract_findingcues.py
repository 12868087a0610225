"""A claim's tone cues, read from the whole document's matches as the matcher reads the claim."""

from __future__ import annotations

from pathlib import Path

from kg.document import parse_profile
from kg.extract.findingcues import claim_cues, names_subject, span_mentions
from kg.extract.mentions import Matcher
from kg.extract.sentencecache import clear
from kg.ontology import LexiconEntry
from tests.extract_helpers import _lexicon_and_headings

ROOT = Path(__file__).resolve().parents[1]


def _seed():
    lexicon, headings = _lexicon_and_headings()
    text = (ROOT / "seeds" / "bunschoten.txt").read_text(encoding="utf-8")
    return parse_profile(text, "bunschoten", headings), lexicon


def test_span_mentions_are_the_matchers_own_reading_of_every_sentence():
    doc, lexicon = _seed()
    clear()
    spans = [(s.start, s.end) for s in doc.sentences]
    # sentences, pairs of them, and spans that cut a word or a cue
    spans += [(a, d) for (a, _), (_, d) in zip(spans, spans[1:], strict=False)]
    spans += [(a + 2, b - 3) for a, b in spans if b - a > 8]
    assert len(spans) > 300
    for matcher in (lexicon.cue_matcher, lexicon.subject_matcher):
        for a, b in spans:
            assert span_mentions(matcher, doc.text, a, b) == matcher.find(doc.text, a, b)


def test_a_label_running_past_the_span_is_read_as_the_span_reads_it():
    entries = [
        LexiconEntry("goed", "c/polarity/positive", "polarity", "hiddenLabel"),
        LexiconEntry("goed geregeld", "c/polarity/mixed", "polarity", "hiddenLabel"),
    ]
    matcher = Matcher(entries)
    s = "Het is goed geregeld en goed."
    at = s.index(" geregeld")
    assert [m.entity for m in span_mentions(matcher, s, 0, at)] == ["c/polarity/positive"]
    assert [m.entity for m in span_mentions(matcher, s, 0, len(s))] == [
        "c/polarity/mixed",
        "c/polarity/positive",
    ]


def test_claim_cues_sign_the_tone_words_and_add_the_problems():
    doc, lexicon = _seed()
    clear()
    for sentence in doc.sentences:
        found = lexicon.cue_matcher.find(doc.text, sentence.start, sentence.end)
        signs = {m.entity.rsplit("/", 1)[1]: m for m in found}
        cues = claim_cues(doc, sentence.start, sentence.end, lexicon, [])
        assert all(sentence.start <= c.start < c.end <= sentence.end for c in cues)
        assert not any(c.problem for c in cues)
        for kind, sign in (("positive", 1), ("negative", -1)):
            if kind in signs:
                m = signs[kind]
                assert any((c.start, c.end, c.sign) == (m.start, m.end, sign) for c in cues)
    s = doc.text
    at = s.index(".") + 2  # a claim with a problem named: its cue follows the tone cues
    problem = type("M", (), {"kind": "problem", "start": at, "end": at + 3, "entity": "c/p"})
    cues = claim_cues(doc, 0, len(s), lexicon, [problem])
    assert (cues[-1].start, cues[-1].sign, cues[-1].problem) == (at, -1, True)


def test_names_subject_needs_the_same_span_and_concept():
    entry = LexiconEntry("mantelzorg", "c/problem/m", "problem", "hiddenLabel")

    class _Lexicon:
        subject_matcher = Matcher([entry])

    s = "Er is veel mantelzorg nodig."
    at = s.index("mantelzorg")

    class _M:
        start, end, entity = at, at + 10, "c/problem/m"

    assert names_subject(s, _M, _Lexicon)
    _M.entity = "c/problem/x"
    assert not names_subject(s, _M, _Lexicon)
