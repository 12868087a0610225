"""A person's voice carried by a pronoun into the next sentence of a labelled speaker.

In a report of a debate or of talks whose speakers are labelled or cited by name, the
sentence after a person's own turn often goes on with a pronoun and no name: "Raadslid
Smit (SP) vraagt naar de wachtlijsten. Hij wijst op …", "Volgens haar is …", or a bare
quotation “…”. Such a sentence is still that person's: the pronoun points back to the
subject of the sentence before, in the same paragraph. :func:`carried_voice` reads only
the sentence's opening (a plain prefix test) and the words "volgens hem/haar", so the
whole text is never scanned.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from kg.document import Document
from kg.extract.model import Finding
from kg.namespaces import CONCEPT

__all__ = ["carried_voice", "carry_pronouns"]

AUTHORS = CONCEPT + "role/authors"

#: The openings of a sentence that go on with the person of the sentence before.
_OPENINGS = ("Hij ", "Zij ", "Ze ", "Volgens hem", "Volgens haar", "“", '"')
#: Words inside the sentence that point to that person as its source.
_INSIDE = ("volgens hem", "volgens haar", "aldus hem", "zegt hij", "zegt zij", "vindt hij")


def carried_voice(quote: str) -> bool:
    """Whether ``quote`` goes on with the person of the sentence before: it opens with a
    personal pronoun or a bare quotation, or names "volgens hem/haar" as its source.

    Examples
    --------
    >>> carried_voice("Hij wijst op de lange wachttijden bij de jeugdzorg.")
    True
    >>> carried_voice("Het tekort is volgens haar te groot.")
    True
    >>> carried_voice("“Dat is veel te laat.”")
    True
    >>> carried_voice("De gemeente heeft het budget verhoogd.")
    False
    >>> carried_voice("Hijgend kwam de wethouder binnen.")
    False
    """
    return quote.startswith(_OPENINGS) or any(cue in quote[:80].lower() for cue in _INSIDE)


def carry_pronouns(
    doc: Document, findings: list[Finding], opener: Callable[[str], list[str]]
) -> None:
    """Give a finding that goes on with a pronoun (:func:`carried_voice`) and no speaker of its
    own (the authors) the voice of the finding before it in the same paragraph, where that
    one's speakers are the people ``opener(quote)`` reads at its start; in place.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> text = "Stad\\n\\nZorg\\n\\nSmit vraagt naar de kosten. Hij vindt ze te hoog.\\n"
    >>> doc = parse_profile(text, "s")
    >>> a, b = doc.text.index("Smit"), doc.text.index("Hij")
    >>> fs = [Finding(a, b - 1, (0,), ("role/council",), (), "neutral", 1),
    ...       Finding(b, len(doc.text), (1,), (AUTHORS,), (), "negative", 1)]
    >>> carry_pronouns(doc, fs, lambda q: ["role/council"] if q.startswith("Smit") else [])
    >>> fs[1].speakers
    ('role/council',)
    """
    text = doc.text
    starts = [p.start for p in doc.paragraphs]
    for k in range(1, len(findings)):
        f, before = findings[k], findings[k - 1]
        if not set(f.speakers) <= {AUTHORS} or not carried_voice(text[f.start : f.end]):
            continue
        if bisect_right(starts, f.start) != bisect_right(starts, before.start):
            continue  # the sentence before stands in another paragraph
        named = opener(text[before.start : before.end])
        if named and set(before.speakers) == set(named):
            findings[k] = replace(f, speakers=tuple(sorted(named)))
