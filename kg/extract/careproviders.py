"""A form of care named as a place one is referred to, waits at or reaches: its providers.

"De wachttijden bij de jeugd-ggz", "verwijzen naar de jeugd-ggz", "aanbieders van
jeugd-ggz", "de jeugd-ggz is lastiger bereikbaar" speak of the mental-health care
providers (the actor group ``role/mental-health-care``), not only of the care: the
annotation guideline reads "jeugd-ggz" so where the text speaks of the providers
("verwijzen naar, wachttijden bij, terecht kunnen bij, bereikbaar"), and as the
Jeugdwet's care where it is used, grows or is bought. The problem label the care
form carries (``problem/mental-health``) stays; the providers are added.

The cues are the Dutch prepositions of a place or an institution one goes to or waits
at ("bij", "naar"), the providers of a care form ("aanbieders van", "instellingen
voor"), the adjective of reaching it ("bereikbaar", in any degree), a wait it keeps
("de jeugd-ggz heeft een wachtlijst", and a label line "Jeugd-ggz: wachttijd …") and the
verbs of a full place ("de jeugd-ggz slibt dicht", "zit vol"): a care form has no
waiting list of its own, its providers do.
"""

from __future__ import annotations

import re

from kg.namespaces import CONCEPT

__all__ = ["PROVIDERS", "care_providers"]

#: The actor group of the mental-health care providers.
PROVIDERS = CONCEPT + "role/mental-health-care"
#: The words a mention of a mental-health care form ends in.
_CARE = ("ggz",)
#: Right before the care form: "bij de", "naar de specialistische", "aanbieders van".
_BEFORE = re.compile(
    r"\b(?:bij|naar|aanbieders?\s+van|instellingen?\s+voor)\s+(?:de\s+|het\s+)?"
    r"(?:[a-zà-ÿ]+e\s+)?$",
    re.IGNORECASE,
)
#: After it, within its clause: "is lastiger bereikbaar", "slecht bereikbaar".
#: Or a wait or a full place: "heeft een wachtlijst", "kent lange wachttijden", "slibt
#: dicht", "dichtslibt", "zit vol", "loopt vol".
_AFTER = re.compile(
    r"(?:\s+[^\s,;:.?!]+){0,4}?\s+(?:\w*bereikba|wacht(?:tijd|lijst)|\w*dichtslib|slibt\s+dicht"
    r"|(?:zit|zitten|zat|zaten|loopt|lopen|liep|liepen)\s+(?:\w+\s+)?vol\b)",
    re.IGNORECASE,
)
#: The same verbs of a full place before the care form, in an inverted clause ("slibt de
#: jeugd-ggz dicht", "zit de jeugd-ggz al maanden vol"), with their particle after it.
_FULL_VERB = re.compile(
    r"\b(?:slibt|slibben|slibde|slibden|zit|zitten|zat|zaten|loopt|lopen|liep|liepen)\s+"
    r"(?:de\s+|het\s+)?$",
    re.IGNORECASE,
)
_FULL_PARTICLE = re.compile(r"(?:\s+[^\s,;:.?!]+){0,4}?\s+(?:dicht|vol)\b", re.IGNORECASE)
#: A label line that names the care form before a colon and a wait after it
#: ("Jeugd-ggz: wachttijd tot …", "Jeugd-ggz: lange wachtlijsten").
_LABEL_WAIT = re.compile(r"\s*:\s*(?:[^\s,;:.?!]+\s+){0,2}?wacht(?:tijd|lijst)", re.IGNORECASE)


def care_providers(text: str, mentions) -> set[str]:  # noqa: ANN001
    """The providers a claim names by its care form (see the module docstring).

    Examples
    --------
    >>> from kg.extract.model import SentenceMention as M
    >>> s = "Huisartsen klagen over de wachttijden bij de jeugd-ggz."
    >>> care_providers(s, [M("c/problem/mental-health", "problem", 45, 54, "jeugd-ggz", 0)])
    {'https://w3id.org/kg-decentralisatie/concept/role/mental-health-care'}
    >>> s = "De jeugd-ggz is lastiger bereikbaar geworden."
    >>> len(care_providers(s, [M("c/problem/mental-health", "problem", 3, 12, "jeugd-ggz", 0)]))
    1
    >>> s = "Het gebruik van jeugdhulp, vooral de jeugd-ggz, is hoog."
    >>> care_providers(s, [M("c/problem/mental-health", "problem", 37, 46, "jeugd-ggz", 0)])
    set()
    >>> s = "Jeugd-ggz: wachttijd tot tien weken"
    >>> len(care_providers(s, [M("c/problem/mental-health", "problem", 0, 9, "Jeugd-ggz", 0)]))
    1
    """
    for m in mentions:
        if m.kind != "problem" or not m.text.lower().endswith(_CARE):
            continue
        if (
            _BEFORE.search(text, max(0, m.start - 40), m.start)
            or _AFTER.match(text, m.end, m.end + 60)
            or _LABEL_WAIT.match(text, m.end, m.end + 40)
            or (
                _FULL_VERB.search(text, max(0, m.start - 20), m.start)
                and _FULL_PARTICLE.match(text, m.end, m.end + 50)
            )
        ):
            return {PROVIDERS}
    return set()
