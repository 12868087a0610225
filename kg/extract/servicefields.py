"""A difficulty named as the field of a service ("het meldpunt bij huiselijk geweld").

A problem in the complement of a noun of help or of a service, through "bij",
"voor" or "tegen" ("hulp bij schulden", "een jeugdteam voor complexe
casuïstiek", "het steunpunt voor mantelzorgers"), names what the service is for:
it classifies the service, as a condition classifies a group ("inwoners met
schulden", :mod:`kg.extract.groupconditions`), and is no difficulty the claim
states. What the claim says of the service itself ("de hulp bij schulden komt te
laat") is read by the other rules.

The nouns are the general Dutch heads of the social domain's services and forms of
help (the kinds of provision of the Wmo 2015, the Jeugdwet and the
Participatiewet: a front door or team, help, support, guidance, care, shelter,
a scheme, a course), matched as a whole word or as the head of a compound
("schuldhulp", "jeugdteam", "meldpunt"); a head of at least four letters only,
so that no short word ends a longer one by chance.
"""

from __future__ import annotations

#: Heads of nouns of a service or of help (see the module docstring).
SERVICE_HEADS = (
    "hulp", "hulpverlening", "ondersteuning", "begeleiding", "zorg", "opvang", "behandeling",
    "team", "loket", "meldpunt", "steunpunt", "spreekuur", "consulent", "consulenten",
    "regeling", "voorziening", "voorzieningen", "cursus", "cursussen", "training", "trainingen",
    "dienstverlening", "voorlichting", "preventie", "aanbod", "expertise", "specialist",
    "specialisten", "programma", "project", "projecten", "fonds", "budget", "centrum",
)  # fmt: skip
#: The prepositions that open a service's field.
_FIELD = frozenset({"bij", "voor", "tegen"})
#: Words that may stand between the preposition and the problem (an article, a degree word
#: or an adjective of kind: "voor de meer complexe casuïstiek").
_BETWEEN = frozenset(
    {"de", "het", "een", "meer", "zeer", "zwaardere", "lichtere", "ernstige", "ernstigere",
     "acute", "lichte", "zware", "problematische", "complexe", "complexere"}
)  # fmt: skip


def _service(word: str) -> bool:
    """Whether ``word`` is a noun of a service: a head of :data:`SERVICE_HEADS` or a compound
    ending in one.

    Examples
    --------
    >>> _service("schuldhulp"), _service("jeugdteam"), _service("standpunt"), _service("tekort")
    (True, True, False, False)
    """
    return word.endswith(SERVICE_HEADS)


def field_of_service(before: list[str]) -> bool:
    """Whether a problem whose clause's words before it are ``before`` (lower case) names the
    field of a service: a noun of a service, "bij", "voor" or "tegen", and at most two words
    of :data:`_BETWEEN`.

    Examples
    --------
    >>> field_of_service(["veilig", "thuis", "is", "het", "meldpunt", "bij"])
    True
    >>> field_of_service(["een", "jeugdteam", "voor", "de", "meer"])
    True
    >>> field_of_service(["de", "gemeente", "kampt", "met"])
    False
    >>> field_of_service(["de", "wachtlijst", "voor"])
    False
    """
    for k in range(len(before) - 1, max(len(before) - 4, 0) - 1, -1):
        word = before[k]
        if word in _FIELD:
            return k > 0 and _service(before[k - 1])
        if word not in _BETWEEN:
            return False
    return False
