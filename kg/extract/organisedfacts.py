"""Plain facts of how the work is organised, told by the authors inside a speaker's account.

A sentence nobody speaks in that only states how the work is organised (who carries out a
task, how the teams are set up, procured or financed, who takes part in what or belongs
where, how many teams there are: "De teams zijn per gebied aanbesteed", "Sinds 2015 vormen
vier sociale wijkteams de toegang", "Per wijk is een hoofdaannemer verantwoordelijk") is the
authors' statement, also in the middle of a paragraph carried by a speaker (the annotation
guideline, as settled in the twenty-seventh session: plain facts of organisation are
``role/authors`` unless a speaker is named or a closing attribution covers them); the account
around it goes on after it, as for the facts about third parties of
:mod:`kg.extract.thirdparties`. A sentence that gives a reason or a consequence, sets a
clause against the fact, judges it or goes on with the account before it ("Daarom …",
"Ook …", "Zij …") is more than the fact and keeps the voice.

Examples
--------
>>> organised_fact("De teams zijn per gebied aanbesteed.")
True
>>> organised_fact("Sinds januari 2015 vormen vier sociale wijkteams de toegang tot de zorg.")
True
>>> organised_fact("De teams zijn per gebied aanbesteed, omdat de wijken verschillen.")
False
>>> organised_fact("De wachttijden zijn lang.")
False
>>> organised_fact("De consulenten werken vanuit het gemeentehuis.")
True
>>> organised_fact("Voor 2016 moet de gemeente 80 statushouders huisvesten.")
True
>>> organised_fact("De Wmo-raad, die sinds 2015 ook over jeugd adviseert, telt elf leden.")
True
>>> organised_fact("De teams werken vanuit de wijken, wat de drempel verlaagt.")
False
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import search_runs

__all__ = ["ORGANISING", "organised_fact"]

#: The verbs and predicates of organising work (general domain language of how a task is
#: laid out): procured, bought, carried out, financed, placed with, set up; carrying out a
#: task, being responsible for it; taking part, belonging, working together; forming the
#: access, working with or having teams.
_ORGANISED = re.compile(
    r"\b(?:wordt|worden|werd|werden|is|zijn)\s+(?:[^\s,;:.]+\s+){0,5}?(?:aanbesteed|ingekocht"
    r"|uitgevoerd|georganiseerd|gefinancierd|belegd|ondergebracht|gecontracteerd|ingericht"
    r"|ondergebracht|uitbesteed)\b"
    r"|\b(?:voert|voeren|voerde|voerden)\b[^,;:.]{0,60}\buit\b"
    r"|\b(?:is|zijn|was|waren)\s+(?:[^\s,;:.]+\s+){0,3}?verantwoordelijk\s+voor\b"
    r"|\b(?:is|zijn)\s+(?:\w+\s+){0,3}?verantwoordelijk\W*(?:,|$)"
    r"|\b(?:maakt|maken|maakte|maakten)\s+(?:\w+\s+){0,2}?deel\s+uit\s+van\b"
    # taking part or not: "neemt deel aan", "Aan de inkoop neemt Bergen op Zoom niet deel"
    r"|\b(?:neemt|nemen|nam|namen)\s+(?:[^\s,;:.]+\s+){0,4}?deel\b"
    # a taakstelling: "moet in 2016 160 statushouders huisvesten", "woonruimte bieden aan"
    r"|\b(?:moet|moeten|moest|moesten)\s+(?:[^\s,;:.]+\s+){0,6}?(?:statushouders\s+"
    r"(?:huisvesten|(?:een\s+)?(?:huis|woning|woonruimte|onderdak)\s+(?:geven|bieden))"
    r"|(?:woonruimte|onderdak|een\s+woning)\s+(?:bieden|geven)\s+aan\s+(?:[^\s,;:.]+\s+){0,3}?"
    r"statushouders)\b"
    # how many members a council or board has: "telt elf leden", "heeft negen leden"
    r"|\b(?:telt|tellen|telde|telden|heeft|hebben|had|hadden)\s+(?:[^\s,;:.]+\s+)?leden\b"
    r"|\b(?:is|zijn)\s+(?:\w+\s+)?aangesloten\s+bij\b"
    r"|\b(?:vormt|vormen|vormde|vormden)\s+(?:\w+\s+){0,4}?(?:de\s+)?(?:toegang|voordeur|loketten|loket)\b"
    # where a service works or sits: "De consulenten werken vanuit het gemeentehuis",
    # "Het loket zit in het stadskantoor"
    r"|\b(?:werkt|werken|werkte|werkten)\s+(?:\w+\s+)?vanuit\s+(?:het|de)\s+"
    r"(?:gemeentehuis|stadhuis|stadskantoor|wijk|wijken|buurt|dorpen|kernen)\b"
    r"|\b(?:zit|zitten|zat|zaten)\s+(?:\w+\s+)?in\s+het\s+(?:gemeentehuis|stadhuis|stadskantoor)\b"
    # belonging to a central municipality's task: "Beschermd wonen valt onder Almere als
    # centrumgemeente"
    r"|\b(?:valt|vallen|viel|vielen)\s+onder\s+(?-i:[A-Z])[\w-]+\s+als\s+centrumgemeente\b"
    r"|\b(?:werkt|werken|werkte|werkten)\s+(?:\w+\s+){0,3}?met\s+(?:\w+\s+){0,2}?"
    r"(?:(?:sociale|wijk|buurt|gebieds|jeugd)\w*\s+)?(?:wijk|gebieds|jeugd|sociale\s+)?teams\b"
    r"|\b(?:heeft|hebben|telt|tellen)\s+(?:\w+\s+){0,2}?(?:sociale\s+)?(?:wijk|gebieds|jeugd)?teams\b",
    re.IGNORECASE,
)
#: A plain pre-check for :func:`organised_fact`, kept beside the verbs it guards: one of the
#: word beginnings every match of :data:`_ORGANISED` holds (callers try it through
#: :func:`kg.extract.prefixscan.search`, only where one of them stands).
ORGANISING = re.compile(
    r"aanbest|ingekoc|uitgevo|georga|gefinan|belegd|ondergebr|gecontr|ingericht|uitbest"
    r"|\buit\b|verantwoord|deel\b|aangesl|\bvorm|teams\b|vanuit"
    r"|stadskantoor|gemeentehuis|stadhuis|centrumgemeente|statushouders|leden\b",
    re.IGNORECASE,
)
#: What makes the sentence more than the fact: a clause set against it or an aside, a reason
#: or a consequence, a judgement, the impersonal "men" of a carried voice, or an opening that
#: goes on with the account before it (as :mod:`kg.extract.arrangements` reads it).
_MORE = re.compile(
    # (a comment on the whole fact: "…, wat de drempel verlaagt")
    r"[;:?!]|,\s*wat\b|\b(?:maar|al|echter|hoewel|terwijl|men|omdat|doordat|daardoor|daarom|waardoor"
    r"|want|zodat|dankzij|vanwege|namelijk|immers|helaas|gelukkig|nog\s+niet|niet\s+meer|te\s+\w+)\b"
    r"|^\W*(?:zij|ze|hij|daarnaast|daarbij|verder|bovendien|ook|tevens|eveneens|dat|dit|die"
    r"|deze|zo|toch|wel)\b",
    re.IGNORECASE,
)


def organised_fact(sentence: str) -> bool:
    """Whether ``sentence``, in which nobody speaks, only states how the work is organised.

    Examples
    --------
    >>> organised_fact("Per wijk is een hoofdaannemer verantwoordelijk, die samenwerkt met X.")
    True
    >>> organised_fact("Ook voert de stichting het opbouwwerk uit.")  # goes on with the account
    False
    """
    # tried only at the runs that begin as one of its matches does (each alternative opens
    # with \b before a word): what its search finds
    return search_runs(_ORGANISED, sentence) is not None and _MORE.search(sentence) is None
