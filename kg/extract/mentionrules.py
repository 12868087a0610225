"""Entity mentions: the lexicon's matches plus a few general rules of Dutch usage.

- The title line (the municipality's name) is a mention of the municipality,
  linked to the document rather than to a sentence.
- ``per inwoner`` is a unit, not a mention of the residents.
- ``medewerkers van het sociaal team``: generic staff nouns followed by
  ``van <X>`` denote X's staff, already mentioned as X.
- An acronym's spelled-out form in apposition names the same body
  (``de ISD BOL, de intergemeentelijk sociale dienst``: I-S-D).
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.mentions import Mention, tokens
from kg.extract.model import Entity, SentenceMention

#: Nouns for staff in general: "medewerkers van X" refers to X's staff.
STAFF_NOUNS = frozenset({"medewerker", "medewerkers", "werknemer", "werknemers"})

_PER = re.compile(r"\bper\s+$", re.IGNORECASE)
_OF = re.compile(r"^\s+van\s+(?:de|het)\s+", re.IGNORECASE)
_APPOSITION = re.compile(r"^,\s+(?:de|het)\s+", re.IGNORECASE)


def _acronym(word: str) -> str | None:
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "".join(letters).lower()
    return None


def apposition(text: str, m: Mention, end: int) -> Mention | None:
    """The spelled-out acronym right after ``m``, as a mention of the same entity.

    Examples
    --------
    >>> text = "de ISD AB, de intergemeentelijke sociale dienst."
    >>> m = Mention("urn:x:isd", "body", 3, 9, "ISD AB")
    >>> apposition(text, m, len(text)).text
    'intergemeentelijke sociale dienst'
    """
    first = m.text.split()[0]
    acronym = _acronym(first)
    if acronym is None or m.kind not in {"body", "organisation"}:
        return None
    after = _APPOSITION.match(text[m.end : end])
    if after is None:
        return None
    start = m.end + after.end()
    words = tokens(text, start, end)[: len(acronym)]
    if len(words) < len(acronym) or any(
        w[2][0].lower() != letter for w, letter in zip(words, acronym, strict=False)
    ):
        return None
    if any(text[a[1] : b[0]].strip() for a, b in zip(words, words[1:], strict=False)):
        return None  # the words must follow one another
    s, e = words[0][0], words[-1][1]
    return Mention(m.entity, m.kind, s, e, text[s:e])


def _keep(text: str, m: Mention, found: list[Mention]) -> bool:
    if m.kind == "role" and _PER.search(text[max(0, m.start - 6) : m.start]):
        return False
    if m.text.lower() in STAFF_NOUNS:
        of = _OF.match(text[m.end : m.end + 12])
        if of and any(o.start == m.end + of.end() for o in found):
            return False
    return True


def find_mentions(doc: Document, lexicon, municipality: Entity) -> list[SentenceMention]:  # noqa: ANN001
    """Return every entity and problem mention of the document, in text order.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    lexicon : kg.extract.Lexicon
        The lexicon (with the document's minted names added).
    municipality : Entity
        The profile's own municipality (its name is the title).

    Returns
    -------
    list of SentenceMention
        The title mention has ``sentence`` None.
    """
    text = doc.text
    out: list[SentenceMention] = []
    t_start, t_end = doc.title_span
    for m in lexicon.matcher.find(text, t_start, t_end):
        if m.entity == municipality.iri:
            out.append(SentenceMention(m.entity, m.kind, m.start, m.end, m.text, None))
    for sentence in doc.sentences:
        found = lexicon.matcher.find(text, sentence.start, sentence.end)
        extra = [a for m in found if (a := apposition(text, m, sentence.end)) is not None]
        kept = [m for m in found if _keep(text, m, found)] + extra
        kept += lexicon.problem_matcher.find(text, sentence.start, sentence.end)
        out += [
            SentenceMention(m.entity, m.kind, m.start, m.end, m.text, sentence.index) for m in kept
        ]
    out.sort(key=lambda m: (m.start, m.end, m.entity))
    return out
