"""A group that reports in writing or pledges: "Het college schreef ons dat …", "De wethouder
heeft toegezegd dat …", "Het college zegde toe dat in 2017 te doen".

Writing to someone and promising are acts of saying: the clause they introduce is the
subject's statement, as after "vertellen" or "aangeven". Dutch splits "toezeggen" in the
main clause ("zegde toe dat", "zegt de raad toe om") and puts a recipient or a medium
between "schrijven" and what is written ("schreef ons dat", "schrijft in een brief aan de
raad dat"), so the verbs are read with up to a few words between them and the clause they
report (:func:`writes_or_pledges`). Not read: "schrijven" of something written ("schreef een
brief", "schrijft beleid": no clause follows), and "toezeggen" without one ("zegde steun
toe").

Source: general Dutch grammar (reporting verbs of writing and promising with a "dat"- or
"om"-clause as their object; separable "toezeggen"), and the annotation guideline that the
subject of a report states the claim.

Examples
--------
>>> writes_or_pledges(" schreef ons dat dit niet haalbaar was.")
True
>>> writes_or_pledges(" schreef een brief aan de raad.")
False
"""

from __future__ import annotations

import re

__all__ = ["writes_or_pledges"]

#: What follows the subject's group: a few words of its title ("sociaal domein"), then the
#: verb of writing or pledging, a few words (a recipient, a medium; no clause mark), and the
#: clause it reports ("dat", or "om" with an infinitive after a pledge).
_WRITES = re.compile(
    r"^(?:\s+[^\W\d_]+){0,2}?\s+(?:"
    r"(?:heeft|hebben|had|hadden)(?:\s+[^\W\d_]+){0,4}?\s+(?:geschreven\s+dat|toegezegd\s+(?:dat|om))"
    r"|(?:schrijft|schrijven|schreef|schreven)(?:\s+[^\W\d_]+){0,6}?\s+dat"
    r"|(?:zegt|zeggen|zegde|zegden|zei|zeiden)(?:\s+[^\W\d_]+){0,4}?\s+toe\s*,?\s+(?:dat|om)"
    r")\b",
    re.IGNORECASE,
)


def writes_or_pledges(after: str) -> bool:
    """Whether what follows a clause's subject is a verb of writing or pledging with the
    clause it reports.

    Examples
    --------
    >>> writes_or_pledges(" sociaal domein heeft toegezegd dat de raad vaker wordt gehoord.")
    True
    >>> writes_or_pledges(" zegde toe dat in 2017 te doen.")
    True
    >>> writes_or_pledges(" zegde de Wmo-raad steun toe.")
    False
    >>> writes_or_pledges(" schrijft in een brief aan de raad dat de bijdrage omlaag gaat.")
    True
    """
    return _WRITES.match(after) is not None
