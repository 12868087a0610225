"""A group that reports at the end of a contrastive or concessive subordinate clause.

Dutch puts the finite verb of a subordinate clause last, after its objects and adjuncts:
"…, terwijl huisartsen juist de ruime verwijzing naar de jeugd-ggz noemen", "…, hoewel
ambtenaren op de lange wachttijden wijzen". When the clause opens with a conjunction of
contrast or concession ("terwijl", "hoewel", "ofschoon", "waar") and its subject is a
group whose verb, at the clause's end, is one of pointing out, naming, warning, fearing,
admitting or doubting, the group states the clause: it is a speaker of the sentence beside
the main clause's (:func:`reports_last`). :data:`kg.extract.speechcues.VERB_LAST` reads
such a verb after at most four words; this reads a longer middle (up to twelve words, no
clause mark in it) for the verbs that report a view whatever stands before them.

Not read: a verb of acting or perceiving ("terwijl huisartsen minder doorverwijzen",
"terwijl huisartsen minder patiënten zien"), a clause of cause or condition ("omdat",
"als": they tell how things go, not who says so). A reporting verb before the clause it
reports ("terwijl huisartsen noemen dat …") is read by
:data:`~kg.extract.speechcues.VERB_LAST`.

Source: general Dutch grammar (verb-final order of subordinate clauses, ANS 21.3), and the
annotation guideline that a claim names as speakers every group that states it.

Examples
--------
>>> s = "Het is onduidelijk, terwijl huisartsen juist de ruime verwijzing naar de jeugd-ggz noemen."
>>> at = s.index("huisartsen")
>>> reports_last(s, 0, at, s[at + len("huisartsen") :])
True
>>> at = s.index("jeugd-ggz")
>>> reports_last(s, 0, at, s[at + len("jeugd-ggz") :])
False
"""

from __future__ import annotations

import re

from kg.extract.speechcues import SUBORDINATE, VERB_LAST

__all__ = ["reports_last"]

#: The conjunction of contrast or concession that opens the clause, right before its group
#: (an article, a quantifier or an adjective between): ", terwijl de ", ", hoewel veel ".
_OPENS = re.compile(
    r"[,;:]\s*(?:terwijl|hoewel|ofschoon|waar)\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE
)
#: The clause's middle (no clause mark, no complementiser: the verb is this clause's) and its
#: verb of reporting a view, last before a mark or the sentence's end, a particle of a
#: prepositional verb allowed after it ("wijzen op", "waarschuwen voor").
_ENDS = re.compile(
    r"^(?:\s+(?!(?:dat|of|die|wat|omdat|maar|en)\b)[^\s,;:.!?“”\"‘’]+){1,12}?\s+"
    r"(?:wijzen|wijst|wezen|wees|noemen|noemt|noemden|noemde|benadrukken|benadrukt"
    r"|benadrukten|benadrukte|waarschuwen|waarschuwt|waarschuwden|waarschuwde|vrezen|vreest"
    r"|vreesden|vreesde|betwijfelen|betwijfelt|betwijfelden|betwijfelde|erkennen|erkent"
    r"|erkenden|erkende|bepleiten|bepleit|bepleitten|bepleitte|pleiten|pleit|pleitten|pleitte"
    r"|menen|meent|meenden|meende|verwachten|verwacht|verwachtten|verwachtte|klagen|klaagt"
    r"|klaagden|klaagde|bevestigen|bevestigt|bevestigden|bevestigde)"
    r"(?:\s+(?:op|voor|over))?\s*(?:[,;:.!?]|$)",
    re.IGNORECASE,
)


def reports_last(text: str, start: int, at: int, after: str) -> bool:
    """Whether the group at ``at`` (in the sentence opening at ``start``) is the subject of a
    subordinate clause whose last verb reports (:data:`kg.extract.speechcues.SUBORDINATE` and
    :data:`~kg.extract.speechcues.VERB_LAST`: "Zoals raadsleden aangeven, …"), or of a
    contrastive or concessive one whose last verb reports a view after a longer middle;
    ``after`` is what follows the group (and those coordinated with it) up to the sentence's
    end.

    Examples
    --------
    >>> s = "De kosten stijgen, hoewel ambtenaren op de lange wachttijden wijzen."
    >>> at = s.index("ambtenaren")
    >>> reports_last(s, 0, at, s[at + 10 :])
    True
    >>> s = "De kosten stijgen, terwijl huisartsen juist minder doorverwijzen."
    >>> at = s.index("huisartsen")
    >>> reports_last(s, 0, at, s[at + 10 :])
    False
    >>> s = "De kosten stijgen, omdat huisartsen op de lange wachttijden wijzen."
    >>> at = s.index("huisartsen")
    >>> reports_last(s, 0, at, s[at + 10 :])
    False
    """
    if SUBORDINATE.search(text[start:at]) and VERB_LAST.match(after):
        return True
    begin = max(start, at - 40)
    window = ("," if begin == start else "") + text[begin:at]  # the sentence's start: a mark
    low = window.lower()
    if "terwijl" not in low and "hoewel" not in low and "ofschoon" not in low and "waar" not in low:
        return False
    return _OPENS.search(window) is not None and _ENDS.match(after) is not None
