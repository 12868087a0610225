"""Run-in labels: a paragraph that opens with a bare name and a full stop ("Wmo 2015. Het
gebruik …", "Jeugdwet. Met 10,4% …") has a label, not a sentence.

A profile ordered by law or by field may head each paragraph with the law's name, set on the
paragraph's first line and closed by a full stop (a run-in heading). The label names what
the paragraph is about and states nothing: it is no claim, so no finding (an annotation
decision: "the paragraph labels "Wmo 2015.", "Jeugdwet.", "Participatiewet." are mentions of
the law and no findings"). A label is read as such only where it opens a paragraph that goes
on after it and every word of it lies in a mention (a law, a body, a place): a short
sentence with a word of its own ("Dat klopt.", "Jeugd loopt uit.") stays a claim.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kg.document import Sentence
    from kg.extract.model import SentenceMention

__all__ = ["run_in_label"]

#: A word of the label: what a mention must cover.
_WORD = re.compile(r"\w+")
#: At most this many characters: a label is a name, not a sentence.
_MAX = 40


def run_in_label(
    text: str,
    sentence: Sentence,
    before: Sentence | None,
    after: Sentence | None,
    mentions: Sequence[SentenceMention],
) -> bool:
    """Whether ``sentence`` of ``text`` is a run-in label: the first sentence of its
    paragraph (``before`` is the sentence before it, ``after`` the one after it, None at
    the document's edges), followed by another in it, closed by a full stop, every word of
    it inside one of its ``mentions``.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> from kg.extract.model import SentenceMention as M
    >>> t = "Jeugdwet. Met 10% zit de gemeente boven het gemiddelde."
    >>> s = [Sentence(0, 0, 9, 0, 1), Sentence(1, 10, len(t), 0, 1)]
    >>> law = M("law/jeugdwet", "law", 0, 8, "Jeugdwet", 0)
    >>> run_in_label(t, s[0], None, s[1], [law]), run_in_label(t, s[1], s[0], None, [])
    (True, False)
    >>> run_in_label("Jeugdwet.", s[0], None, None, [law])  # the paragraph's only sentence
    False
    >>> t = "Jeugd loopt uit. Met 10% zit de gemeente boven het gemiddelde."
    >>> s = [Sentence(0, 0, 16, 0, 1), Sentence(1, 17, len(t), 0, 1)]
    >>> run_in_label(t, s[0], None, s[1], [M("law/jeugdwet", "law", 0, 5, "Jeugd", 0)])
    False
    """
    if (
        sentence.end - sentence.start > _MAX
        or after is None
        or after.paragraph != sentence.paragraph
        or (before is not None and before.paragraph == sentence.paragraph)
        or not text[sentence.start : sentence.end].rstrip().endswith(".")
    ):
        return False
    spans = [(m.start, m.end) for m in mentions]
    words = list(_WORD.finditer(text, sentence.start, sentence.end))
    return bool(words and spans) and all(
        any(a <= w.start() and w.end() <= b for a, b in spans) for w in words
    )
