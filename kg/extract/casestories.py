"""Case stories: the sentences of a case vignette are the authors' findings, never data.

A profile may tell a case ("Casus: mevrouw A. (82) woonde alleen …", "Casus 2 – het gezin
van Sanne …"): one person's or one household's story, which the comments after it discuss.
Its figures are the details of that story (an age, "sinds een jaar werkloos", "drie uur
huishoudelijke hulp per week"), not statistics of the municipality, so none of its sentences
is a data sentence (:mod:`kg.extract.datasentences`; gold README, tenth batch, decision 1:
"Each sentence of a case is a finding …; it is not data").

The case is told by the authors, so each of its sentences is theirs ("School meldde in 2015
dat Sanne vaak afwezig was." reports what the school did, in the story), except the words of
the person of the case: a quotation, or "Volgens meneer B. …" (:func:`own_words`; the same
decision: the person's words are that person's group).

A case is a paragraph that opens with a case label, or a section whose heading does: "casus",
the word of social-work practice for a worked case, with an optional number or letter.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.sentencecache import table
from kg.extract.wordtokens import lowered

if TYPE_CHECKING:
    from kg.document import Document

__all__ = ["case_label", "in_case", "own_words"]

#: A case label opening a paragraph or heading: the label word, an optional number or letter,
#: and a colon, dash or full stop ("Casus:", "Casus 2 –", "Casus A:").
_LABEL = re.compile(
    r"\W{0,2}casus(?:\s+(?:\d{1,2}|[A-Z]))?\s*(?:[:.\u2013\u2014-]|$)",
    re.IGNORECASE,
)


def case_label(text: str, start: int = 0) -> bool:
    """Whether ``text`` opens at ``start`` with a case label.

    Examples
    --------
    >>> case_label("Casus: mevrouw A. (82) woonde alleen.")
    True
    >>> case_label("Casus 2 – het gezin van Sanne woonde in Noord.")
    True
    >>> case_label("Casus")
    True
    >>> case_label("Casussen worden besproken in het casusoverleg.")
    False
    >>> case_label("Een consulent vindt dat deze casus laat zien hoe het gaat.")
    False
    """
    return _LABEL.match(text, start) is not None


#: text → whether it may hold a case label: "casus" stands in its lower case (or the text
#: holds a letter str.lower reads apart from the pattern), per document.
_MAY_HOLD: dict[str, bool] = table()


def _may_hold_label(text: str) -> bool:
    """Whether ``text`` may hold a case label anywhere (False only when it cannot).

    Examples
    --------
    >>> _may_hold_label("Casus: mevrouw A."), _may_hold_label("De gemeente telt 40 uitkeringen.")
    (True, False)
    """
    found = _MAY_HOLD.get(text)
    if found is None:
        low = lowered(text)
        found = _MAY_HOLD[text] = low is None or "casus" in low
    return found


def in_case(doc: Document, paragraph: int, section: int | None) -> bool:
    """Whether the paragraph ``paragraph`` (its index, from 1) of ``doc``, in the section
    ``section`` (its index, or None), is a case: it opens with a case label, or its
    section's heading does.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> doc = parse_profile(
    ...     "Stad\\n\\nZorg\\n\\nCasus: meneer B. (54) werkte 26 jaar in de haven.\\n\\n"
    ...     "De gemeente telt 40 uitkeringen per 1.000 inwoners.\\n", "stad")
    >>> [in_case(doc, p.index, p.section) for p in doc.paragraphs]
    [True, False]
    """
    if not _may_hold_label(doc.text):
        return False  # every case label holds the word (most profiles: none)
    if 0 < paragraph <= len(doc.paragraphs) and case_label(
        doc.text, doc.paragraphs[paragraph - 1].start
    ):
        return True
    if section is None or not 0 < section <= len(doc.sections):
        return False
    heading = doc.sections[section - 1]
    return case_label(doc.text, heading.start)


#: The words of someone in the story: a quotation mark, or an opening "Volgens …".
_OWN_WORDS = re.compile(r"[“”\"‘’„«»]|^\W*volgens\b", re.IGNORECASE)


def own_words(text: str) -> bool:
    """Whether a claim of a case (``text``) gives someone's own words, which keep their voice.

    Examples
    --------
    >>> own_words("Volgens meneer B. was het werk te zwaar.")
    True
    >>> own_words('Zij zei: "Ik red het niet meer."')
    True
    >>> own_words("School meldde in 2015 dat Sanne vaak afwezig was.")
    False
    """
    return _OWN_WORDS.search(text) is not None
