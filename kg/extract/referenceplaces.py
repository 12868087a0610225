"""Reference places: a place a statistic is set against says nothing beyond the figures.

A sentence in the authors' voice that names a place, region or other municipality says more
than its figures (:mod:`kg.extract.datasentences`), unless the place is the reference the
figures are set against: "tegen 12% in Nederland", "twee keer zo veel als in het naburige X",
"de helft van het niveau in Lelystad", "boven het Westfriese gemiddelde", "de grootste gemeente
van Drenthe", "minder dan gemiddeld in de Drechtsteden", "terwijl het in Drenthe licht
steeg" (the other place's figure set beside), and each place joined to such a reference
("dan in Borsele en Kapelle"). Split out of :mod:`kg.extract.datasentences`.
"""

from __future__ import annotations

import re

__all__ = ["measured_place", "reference_place", "reference_places"]

#: A place named as the reference of a comparison says nothing beyond the figures: "tegen
#: 12% in Nederland", "twee keer zo veel als in het naburige X", "hoger dan in X", "de
#: grootste gemeente van Drenthe", "onder het Nederlandse gemiddelde" (the country is
#: always the national reference).
_REFERENCE_BEFORE = re.compile(
    r"\b(?:dan|als|tegen|tegenover|ten\s+opzichte\s+van|vergeleken\s+met|in\s+vergelijking\s+met"
    r"|(?:grootste|kleinste|oudste|jongste|armste|rijkste)\s+[a-zà-ÿ]+\s+van"
    # the level of another place: "de helft van het niveau in Lelystad", "het gemiddelde van X"
    r"|(?:niveau|gemiddelde|cijfer|percentage)\s+(?:in|van)"
    # the other municipalities of an area as the class compared with: "meer dan in elke
    # andere gemeente van X", "lager dan de overige gemeenten in X", "dan alle kernen van X"
    r"|(?:dan|als)\s+(?:in\s+|bij\s+)?(?:(?:elke|iedere)\s+(?:andere\s+)?(?:gemeente|stad|kern)"
    r"|(?:alle|de)\s+(?:andere\s+|overige\s+)?(?:gemeenten|steden|kernen|dorpen))\s+(?:van|in)"
    # twice another place's level: "bijna het dubbele van het aangrenzende X"
    r"|dubbele\s+van"
    # the average of a region: "meer dan gemiddeld in het Rivierenland", "5,8% gemiddeld in
    # de regio"
    r"|gemiddeld\s+in"
    # the other place's own figure or change set beside it (gold: "terwijl" that only sets
    # two figures side by side is a comparison): "…, terwijl het in de provincie licht
    # steeg", "terwijl het aandeel in de regio 5% is"
    r"|terwijl(?:\s+(?:het|de|dat|dit|die|deze|dat\s+aandeel|het\s+[a-zà-ÿ]+|de\s+[a-zà-ÿ]+))?)"
    r"\s+(?:(?:in|het|de|heel)\s+)*(?:[a-zà-ÿ]+e\s+)?$",
    re.IGNORECASE,
)
#: A place named as the adjective of a reference: "boven het Westfriese gemiddelde", "het
#: Drentse cijfer".
_REFERENCE_AFTER = re.compile(r"\s+(?:gemiddelde|niveau|cijfer|percentage)\b", re.IGNORECASE)
#: What joins the places of one reference: "dan in Borsele en Kapelle", "als X, Y of Z".
_JOINED = re.compile(r"\s*(?:,|en|of)\s+(?:(?:in|het|de)\s+)?", re.IGNORECASE)
_COUNTRY = frozenset({"nederland", "nederlandse"})


def reference_place(text: str, start: int, m) -> bool:  # noqa: ANN001
    """Whether the mention ``m`` of a claim ``text`` at ``start`` is the place a comparison
    sets the figures against.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> s = "Er zijn 40 uitkeringen, twee keer zo veel als in het naburige Oosterveld."
    >>> reference_place(s, 0, N(start=s.index("Oos"), end=len(s) - 1, text="Oosterveld"))
    True
    >>> s = "Er wonen 7% migranten, vooral in de wijken Zuiderhof en Molenkamp."
    >>> reference_place(s, 0, N(start=s.index("Zui"), end=s.index(" en M"), text="Zuiderhof"))
    False
    >>> s = "Er zijn 58 uitkeringen, bijna het dubbele van het aangrenzende Wierden."
    >>> reference_place(s, 0, N(start=s.index("Wie"), end=len(s) - 1, text="Wierden"))
    True
    >>> s = "Het aandeel ligt boven het Westfriese gemiddelde."
    >>> reference_place(s, 0, N(start=s.index("Wes"), end=s.index(" gem"), text="Westfriese"))
    True

    The other municipalities of an area are the class compared with:

    >>> s = "Het aandeel is 9%, meer dan in elke andere gemeente van Salland."
    >>> reference_place(s, 0, N(start=s.index("Sal"), end=len(s) - 1, text="Salland"))
    True
    >>> s = "Het aandeel is hoger dan bij de overige gemeenten in Twente."
    >>> reference_place(s, 0, N(start=s.index("Twe"), end=len(s) - 1, text="Twente"))
    True
    >>> s = "Het ligt lager dan alle kernen van Olst."
    >>> reference_place(s, 0, N(start=s.index("Olst"), end=len(s) - 1, text="Olst"))
    True
    >>> s = "Dat is meer dan de gemeente in Olst betaalt."  # a clause, no class
    >>> reference_place(s, 0, N(start=s.index("Olst"), end=s.index(" bet"), text="Olst"))
    False
    """
    if m.text.lower() in _COUNTRY:
        return True
    at = m.start - start
    return (
        _REFERENCE_BEFORE.search(text, max(0, at - 50), at) is not None
        or _REFERENCE_AFTER.match(text, m.end - start) is not None
        # the whole noun phrase of a comparison's complement ("dan hun collega's in X")
    )


def reference_places(text: str, start: int, mentions) -> set[int]:  # noqa: ANN001
    """The offsets of the mentions of a claim ``text`` at ``start`` that name a place its
    figures are set against (:func:`reference_place`), and of those joined to one ("dan in
    Borsele en Kapelle").

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> s = "Dat is meer dan in Borsele en Kapelle."
    >>> ms = [N(start=19, end=26, text="Borsele"), N(start=30, end=37, text="Kapelle")]
    >>> sorted(reference_places(s, 0, ms))
    [19, 30]
    >>> s = "Dat is meer dan in Borsele, maar Kapelle groeit."
    >>> ms = [N(start=19, end=26, text="Borsele"), N(start=33, end=40, text="Kapelle")]
    >>> sorted(reference_places(s, 0, ms))
    [19]
    """
    out: set[int] = set()
    last = None
    for m in sorted(mentions, key=lambda m: m.start):
        if reference_place(text, start, m) or (
            last is not None
            and last.start in out
            and _JOINED.fullmatch(text, last.end - start, m.start - start) is not None
        ):
            out.add(m.start)
        last = m
    return out


#: A clause's figure: a number, or a fraction in words ("een kwart", "de helft", "1 op de 8").
_FIGURE = re.compile(
    r"\d|\b(?:een|twee|drie)\s+(?:kwart|derde|vijfde)\b|\bde\s+helft\b", re.IGNORECASE
)
#: What bounds a clause around a place.
_CLAUSE_MARK = re.compile(r"[,;:]")
#: The level of a part of the area against the figure before, taken up by a demonstrative
#: ("in de dorpen X en Y ligt dat aandeel nog hoger", "in Noord is het lager"): the clause
#: gives that part a level, as a figure would.
_TAKEN_UP_LEVEL = re.compile(
    r"\b(?:dat|dit|het|die|deze)\b(?:\s+[a-zà-ÿ]+){0,3}?\s+(?:hoger|lager|groter|kleiner)\b",
    re.IGNORECASE,
)
#: The comparatives of a level or a frequency.
_COMPARATIVE = r"(?:hoger|lager|groter|kleiner|vaker|minder|meer|sneller|trager|langer|korter)"
#: A clause opened by its place ("in X", :data:`_FRONTED`) that sets it against another ("in
#: X maken ouderen vaker gebruik van … dan in de stad", "in X is het aandeel groter dan
#: hier"): the place has a level of its own, as a figure would give it.
_FRONTED = re.compile(
    r"\s*(?:(?:en|maar|terwijl)\s+)?(?:in|bij)\s+(?:(?:de|het)\s+)?(?:[a-zà-ÿ]+\s+)?"
    r"(?-i:[A-ZÀ-Ý][\w'-]*(?:\s*,\s*|\s+(?:en|of)\s+))*",  # the names listed before it
    re.IGNORECASE,
)
_SET_AGAINST = re.compile(rf"\b{_COMPARATIVE}\b[^,;:]*?\b(?:dan|als)\b", re.IGNORECASE)
#: The rest of a gapped clause after its place: a degree word at most, then the comparative,
#: the verb and the quantity left out as the clause before has them ("…; in Kampen lag die
#: iets hoger, in Raalte en Dalfsen duidelijk lager.").
_GAPPED = re.compile(rf"\s+(?:[a-zà-ÿ]+\s+){{0,2}}?{_COMPARATIVE}\s*[.!]?\s*$", re.IGNORECASE)
#: A name joined to the place in a list ("X, Y en Z"): the list stands in one clause.
_NEXT_NAME = re.compile(r"(?:\s*,\s*|\s+(?:en|of)\s+)[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)*")
_NAME_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)*\s*,\s*$")
#: The part of the area where the figure before gathers, closing the sentence ("…,
#: vooral in de wijk X.", "…, geconcentreerd in de wijken X en Y."): no figure, source or
#: problem of its own, so no more than the figure says (gold README, decision 18 of the
#: thirty-first session's settlement).
_GATHERS = re.compile(
    r"\s*(?:vooral|voornamelijk|met\s+name|grotendeels|(?:sterk\s+)?geconcentreerd"
    r"|met\s+een\s+(?:sterke\s+)?concentratie)\s+in\s+(?:de|het)\s+"
    r"(?:wijk|wijken|buurt|buurten|dorp|dorpen|kern|kernen|stadsdeel|stadsdelen)\s+"
    r"(?:[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)*(?:\s*,\s*|\s+(?:en|of)\s+))*$",
    re.IGNORECASE,
)


def measured_place(text: str, start: int, m) -> bool:  # noqa: ANN001
    """Whether the mention ``m`` of a claim ``text`` at ``start`` names a place that its
    own clause gives a figure for ("; in Tiel-Oost en Passewaaij ligt het boven de 25%", "In
    de wijken X en Y leeft een kwart van de huishoudens van een laag inkomen"): a figure of a
    part of the area, which says no more than the figures do. A place named with no figure
    of its own ("geconcentreerd in de wijken X en Y") says more: where the figures gather.

    Examples
    --------
    >>> from types import SimpleNamespace as N
    >>> s = "Het aandeel is 17%; in Tiel-Oost ligt het boven de 25%."
    >>> measured_place(s, 0, N(start=s.index("Tiel"), end=s.index(" ligt")))
    True
    >>> s = "Ongeveer 9% heeft een migratieachtergrond, geconcentreerd in de wijk Paauwenburg."
    >>> measured_place(s, 0, N(start=s.index("Paau"), end=len(s) - 1))
    True
    >>> s = "Ongeveer 9% heeft een migratieachtergrond; de wijk Paauwenburg groeit snel."
    >>> measured_place(s, 0, N(start=s.index("Paau"), end=s.index(" groeit")))
    False

    A level taken up from the figure before is the part's level too, and places listed
    together share their clause:

    >>> s = "Het aandeel is 24%; in de dorpen Ter, Wol en Spijk ligt dat aandeel nog hoger."
    >>> [measured_place(s, 0, N(start=s.index(p), end=s.index(p) + len(p))) for p in
    ...  ("Ter", "Wol", "Spijk")]
    [True, True, True]

    A clause that sets its place against another, or a gapped clause that leaves out the
    verb and the quantity of the clause before, gives the place a level too:

    >>> def at(s, p):
    ...     return measured_place(s, 0, N(start=s.index(p), end=s.index(p) + len(p)))
    >>> at("Het gebruik is laag: in Olst gaan ouderen vaker naar de huisarts dan hier.", "Olst")
    True
    >>> at("De werkloosheid is 6%; in Ommen lag die iets hoger, in Olst lager.", "Ommen")
    True
    >>> at("De werkloosheid is 6%; in Ommen lag die iets hoger, in Olst lager.", "Olst")
    True
    >>> at("De werkloosheid is 6%, in Olst en Wijhe duidelijk hoger.", "Wijhe")
    True
    >>> at("Het aandeel is 6%; in Olst werken de teams anders.", "Olst")
    False
    """
    a, b = m.start - start, m.end - start
    while (joined := _NEXT_NAME.match(text, b)) is not None:
        b = joined.end()  # "in de dorpen X, Y en Z ligt …": the list is one clause
    while (earlier := _NAME_BEFORE.search(text, max(0, a - 60), a)) is not None:
        a = earlier.start()
    marks = [x.end() for x in _CLAUSE_MARK.finditer(text, 0, a)]
    lo = marks[-1] if marks else 0
    after = _CLAUSE_MARK.search(text, b)
    hi = after.start() if after else len(text)
    return (
        _FIGURE.search(text, lo, a) is not None
        or _FIGURE.search(text, b, hi) is not None
        or _TAKEN_UP_LEVEL.search(text, lo, hi) is not None
        or (
            _FRONTED.fullmatch(text, lo, a) is not None
            and _SET_AGAINST.search(text, b, hi) is not None
        )
        or (lo > 0 and _GAPPED.fullmatch(text, b, hi) is not None)
        or _gathers(text, lo, a, hi)
    )


def _gathers(text: str, lo: int, a: int, hi: int) -> bool:
    """Whether the clause ``lo``-``hi`` of a place named at ``a`` only says where the figure
    of the clause before it gathers, and closes the sentence.

    Examples
    --------
    >>> s = "Ongeveer 9% is migrant, geconcentreerd in de wijken Noord en Zuid."
    >>> _gathers(s, s.index(",") + 1, s.index("Noord"), len(s) - 1)
    True
    >>> _gathers(s, s.index(",") + 1, s.index("Zuid"), len(s) - 1)  # the list's next name
    True
    >>> s = "Ongeveer 9% is migrant, geconcentreerd in de wijk Noord, waar het schuurt."
    >>> _gathers(s, s.index(",") + 1, s.index("Noord"), s.index(", waar"))
    False
    """
    return (
        lo > 0
        and _GATHERS.fullmatch(text, lo, a) is not None
        and _FIGURE.search(text, 0, lo) is not None
        and not text[hi:].strip(" .")
    )
