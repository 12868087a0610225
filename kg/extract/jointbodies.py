"""Joint bodies named by their type noun alone and defined by a relative clause.

"het werkgeversservicepunt, waarin gemeente en UWV samenwerken": a compound type noun of a
body followed by a relative clause ("waarin", "waarbinnen", "waarbij") of joint work names
a body of its own. A body of municipalities is an intermunicipal body; one an organisation
works in too is an organisation. :func:`kg.extract.organisations.find_names` adds these
names to the names it finds. General Dutch grammar (a relative clause after a noun
describes that noun, ANS 10.3.4).
"""

from __future__ import annotations

import re

from kg.document import Document
from kg.extract.gates import KeyWords
from kg.extract.model import SentenceMention
from kg.extract.namegroups import Name
from kg.extract.organisationcues import Cues

__all__ = ["joint_bodies"]

#: "het werkgeversservicepunt, waarin gemeente en UWV samen …": a joint body defined by
#: the parties that work in it, named by its (compound) type noun alone.
_DEFINED_BODY = re.compile(
    r"\b(?:de|het)\s+(?P<noun>[a-z][a-z-]{5,40}),\s+(?:waarin|waarbinnen|waarbij)\s+"
    r"(?P<clause>[^,;.]{1,120})",
    re.IGNORECASE,
)
#: The relative adverbs one of which every match of :data:`_DEFINED_BODY` holds.
_DEFINING = ("waarin", "waarbinnen", "waarbij")
_JOINT_WORK = re.compile(r"\bsamen\w*|\bgezamenlijk\w*|\bdeel\s*nem\w*", re.IGNORECASE)


def joint_bodies(
    doc: Document, cues: Cues, known: dict[int | None, list[SentenceMention]]
) -> list[Name]:
    """Joint bodies named by a compound type noun and defined by a relative clause.

    A body of municipalities is an intermunicipal body; one an organisation works in
    too ("waarin gemeente en UWV …") is an organisation.

    Examples
    --------
    >>> m = _DEFINED_BODY.search("Het werkgeversservicepunt, waarin gemeente en UWV samenwerken")
    >>> m.group("noun"), bool(_JOINT_WORK.search(m.group("clause")))
    ('werkgeversservicepunt', True)
    """
    out = []
    holding = KeyWords(doc.text, doc.sentences).sentences(_DEFINING)  # most sentences: none
    for sentence in doc.sentences:
        if sentence.index not in holding:
            continue
        for m in _DEFINED_BODY.finditer(doc.text, sentence.start, sentence.end):
            noun = m.group("noun")
            kind = cues.type_kind(noun)
            ending = next((e for e, k in cues.type_nouns if noun.lower().endswith(e)), noun)
            if kind != "body" or noun.lower() == ending or not _JOINT_WORK.search(m["clause"]):
                continue
            inside = known.get(sentence.index, [])
            if any(
                k.kind == "organisation" and m.start("clause") <= k.start < m.end() for k in inside
            ):
                kind = "organisation"
            out.append(Name(m.start("noun"), m.end("noun"), noun, kind, (noun,)))
    return out
