"""A group right after the finite verb of a clause that a group opens is its object.

Dutch main clauses put the finite verb second. When something other than the subject opens
the clause, the subject follows the verb ("Daarom hebben huisartsen op de kosten
gewezen"): a group there may be the one that reports. When a group opens the clause, it is
the subject itself, and a group right after the verb is the object: "Het college heeft het
ministerie hierop gewezen", "De gemeente wijst de zorgaanbieders op de kosten" are the
college's and the municipality's words to the ministry and the providers, not theirs.

Only the auxiliaries of the perfect and the transitive "wijzen" (to point someone to
something) are read: the verbs with which a report takes an object between the verb and its
participle or particle. General Dutch word order, not taken from any profile.

An object that is a view makes a verb of disputing or reckoning report (:func:`disputes`):
"Huisartsen bestrijden dat beeld", "Aanbieders spreken dat tegen", "Een aanbieder
becijfert dat …"; "bestrijden" with any other object combats something ("De gemeente
bestrijdt armoede") and reports nothing. The subject that points the object at something
reports too ("Het college heeft het ministerie hierop gewezen").
"""

from __future__ import annotations

import re

from kg.extract.reportedsources import passed_on

__all__ = ["disputes", "not_held", "object_after_verb"]

#: The finite verb in second place and an article: what lies between a clause's subject
#: and a group that is the verb's object ("… heeft het ministerie …", "… wijst de …").
_VERB_THEN_OBJECT = re.compile(
    r"\s+(?:heeft|hebben|had|hadden|wijst|wijzen|wees|wezen)\s+(?:(?:de|het|een|alle)\s+)?",
    re.IGNORECASE,
)


#: A verb of disputing or reckoning with a view as its object, right after the subject's
#: group: "bestrijden dat beeld", "weerspreekt die lezing", "spreken dat tegen", "becijfert
#: dat …" (general Dutch: bestrijden, weerspreken, tegenspreken, becijferen); and pointing
#: someone at something in the perfect ("heeft het ministerie hierop gewezen").
_DISPUTES = re.compile(
    r"\s+(?:(?:ook|echter|wel|juist|zelf)\s+)?(?:"
    r"(?:bestrijd(?:t|en)|bestreed|bestreden|weerspre(?:ekt|ken)|weersprak(?:en)?)\s+"
    r"(?:dat|dit|die|deze|(?:het|de)\s+(?:beeld|verwijt|idee|lezing|conclusie|kritiek|stelling))\b"
    r"|(?:spre(?:ekt|ken)|sprak(?:en)?)\s+(?:dat|dit|die|deze)\s+(?:[\w-]+\s+)?tegen\b"
    r"|becijfer(?:t|en|de|den)\s+dat\b"
    # pointing someone at something: "heeft het ministerie hierop meermaals gewezen"
    r"|(?:heeft|hebben|had|hadden)\s+(?:de|het|een)\s+[^,;:.]{1,60}?\b(?:hierop|erop|daarop"
    r"|op\s+[^,;:.]{1,40}?)\s+(?:\w+\s+){0,2}?gewezen\b)",
    re.IGNORECASE,
)


def disputes(after: str) -> bool:
    """Whether ``after``, what follows a clause's subject, disputes or reckons up a view, or
    points someone at something.

    Examples
    --------
    >>> disputes(" bestrijden dat beeld."), disputes(" spreken dat ook tegen.")
    (True, True)
    >>> disputes(" becijfert dat behandelaars 15% van hun tijd registreren.")
    True
    >>> disputes(" bestrijdt armoede met een nieuw fonds.")  # combats: no view
    False
    >>> disputes(" heeft het ministerie hierop meermaals gewezen, maar …")
    True
    >>> disputes(" heeft het ministerie een brief gestuurd.")
    False
    """
    return _DISPUTES.match(after) is not None


def object_after_verb(gap: str) -> bool:
    """Whether a group after ``gap``, the words between the clause-opening subject's group
    and it, is the object of the finite verb in second place.

    Parameters
    ----------
    gap : str
        The text from the end of the subject's group to the start of the later group.

    Returns
    -------
    bool
        True when ``gap`` is only the finite verb (and an article).

    Examples
    --------
    >>> s = "Het college heeft het ministerie hierop gewezen."
    >>> object_after_verb(s[len("Het college") : s.index("ministerie")])
    True
    >>> s = "De gemeente wijst de zorgaanbieders op de kosten."
    >>> object_after_verb(s[len("De gemeente") : s.index("zorgaanbieders")])
    True
    >>> object_after_verb(" en ")  # "De wethouder en raadsleden hebben erop gewezen"
    False
    >>> object_after_verb(" heeft volgens ")  # "Het college heeft volgens raadsleden …"
    False
    """
    return _VERB_THEN_OBJECT.fullmatch(gap) is not None


def not_held(  # noqa: PLR0913
    text: str, start: int, end: int, at: int, subject_end: int, subject_after: str
) -> bool:
    """Whether a group at ``at`` that a slot reads as speaking in the sentence
    ``text[start:end]`` does not hold its view: a view passed on by the speaking subject
    (ending at ``subject_end``; :func:`kg.extract.reportedsources.passed_on`), or the object
    of the verb after the clause-opening subject (``subject_after``: what follows the
    subject's group; :func:`object_after_verb`).

    Examples
    --------
    >>> s = "Het college heeft het ministerie hierop gewezen."
    >>> at = s.index("ministerie")
    >>> not_held(s, 0, len(s), at, 0, s[len("Het college") :])
    True
    >>> s = "Daarom heeft het ministerie hierop gewezen."
    >>> not_held(s, 0, len(s), s.index("ministerie"), 0, "")
    False
    """
    gap = text[end - len(subject_after) : at] if subject_after else ""
    return passed_on(text, start, end, at, subject_end) or object_after_verb(gap)
