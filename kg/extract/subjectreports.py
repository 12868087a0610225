"""Whether a group opening a clause is the subject of a report: what follows it.

Reads the words after a clause-initial group (a role or organisation mention): a reporting
verb or an attitude predicate within a few words ("vinden dat", "is kritisch over"), past
a prepositional phrase, a relative clause, an apposition or a remark in brackets ("De
wethouder, die sinds 2014 …, vertelt"), "naar eigen zeggen", a past reporting verb
("Ambtenaren benadrukten …") and, for the sentence's subject, a second, coordinated
reporting predicate ("De cliëntenraad wordt betrokken …, maar vindt dat …"). A passive
("Het wijkteam wordt als prettig ervaren") is no report of the group. The vocabularies
are in :mod:`kg.extract.speechcues`; :mod:`kg.extract.speakers` asks these of each group.
Split out of :mod:`kg.extract.speakers`.
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import search_runs
from kg.extract.speechcues import ANY_TENSE, ATTITUDE, NOT_REPORTING, PAST, REPORTING

#: "naar eigen zeggen" ("volgens eigen opgave", "naar eigen schatting") after the subject: its
#: own words ("De raad staat naar eigen zeggen …"; an apposition of a few words may stand
#: between: "De coaches, vier in getal, hebben naar eigen zeggen veel ruimte"; or in its
#: relative clause)
_OWN_WORDS = re.compile(
    # (between commas after the verb: "De raad is, naar eigen zeggen, vooral …"; a figure's
    # thousands point is no sentence end: "telt 1.100 leden, naar eigen schatting …")
    r"^(?:(?:[^,;:.]|\.(?=\d)){0,80}?(?:,\s*)?|[^,;:.]{0,40},(?:\s+[^\s,;:.]+){1,4},[^,;:.]{0,40}?"
    # in its relative clause: "De wethouder, die naar eigen zeggen liever investeert, …"
    r"|[^,;:.]{0,40},\s+(?:die|dat)\s+)"
    r"\b(?:naar|volgens)\s+eigen\s+(?:zeggen|opgave|(?:in)?schatting)\b",
    re.IGNORECASE,
)


_COORDINATOR = re.compile(r"\b(?:en|of|maar)\s$", re.IGNORECASE)
#: A second predicate of the same subject that reports: "…, maar vindt dat", "… en horen",
#: or a next clause of the same sentence that takes the subject up by a pronoun.
_COORDINATED = re.compile(
    rf"(?:,\s*|\s)(?:maar|en)\s+(?:(?:ook|wel|zelf|tegelijk|daarnaast|vooral)\s+)?"
    rf"(?:{ANY_TENSE})\b"
    rf"|(?:,\s*|\s)(?:maar|en)\s+(?:{ATTITUDE})\b"
    # a next clause whose pronoun takes the subject up: "Huisartsen verwezen er een derde
    # door; zij zeggen dat …", "…, maar zij vinden dat …"
    rf"|(?:;\s*|,\s*(?:maar|en)\s+|\s(?:maar|en)\s+)(?:zij|ze)\s+"
    rf"(?:(?:ook|wel|zelf|tegelijk|daarnaast|vooral)\s+)?(?:{ANY_TENSE}|{ATTITUDE})\b",
    re.IGNORECASE,
)


def _coordinated_report(after: str) -> bool:
    """Whether the sentence goes on with a reporting predicate of its subject (no new subject)."""
    verb = _COORDINATED.search(after)
    return verb is not None and not NOT_REPORTING.match(after[verb.end() - 1 :])


#: A relative clause or an apposition between a subject and its verb: "De ambtenaren met
#: wie is gesproken, …", "De wethouder, verantwoordelijk voor jeugd, …", "De wethouder,
#: een oud-ambtenaar, …".
_RELATIVE = re.compile(
    r"^\s*,?\s+(?:die|dat|wie|(?:met|bij|van|tot|onder)\s+wie|waarmee|waarvan|waarin|waarbij"
    r"|bij\s+monde\s+van"
    r"|namens|zoals|waaronder|met\s+name|verantwoordelijk\s+voor"
    # what the subject has: "Het UWV, met een vestiging in Lelystad, constateert"
    r"|met\s+(?:een|zijn|haar|hun)"
    # an apposition: "Een van de zorgaanbieders, een grote thuiszorgorganisatie, vertelt"
    r"|een"
    # an apposition naming what the subject is: "De directeur van X, de grootste verhuurder
    # in de stad, spreekt van …" (a definite noun phrase between two commas)
    r"|(?:de|het)\s+(?:[^\W\d_]+\s+){0,3}?(?:van|in|voor|bij)"
    # a parenthetical source: "Zorgaanbieders, zo blijkt uit de gesprekken, zijn tevreden"
    r"|zo\s+(?:blijkt|bleek|lijkt|bleken|blijken))\s(?:[^,;:.]|(?<=\d)[.,](?=\d)){1,80},",
    re.IGNORECASE,
)
#: The subject's own phrase before its relative clause or apposition: a field or a
#: prepositional phrase ("De wethouder van financiën, die …, noemt", "De wethouder sociaal
#: domein, een oud-schooldirecteur die …, erkent", "De cliëntenraad Werk en Inkomen, met acht
#: leden, vindt"); what the subject is may also be a definite noun with its own relative
#: clause ("Eemwerk, het vroegere sw-bedrijf dat …, ziet"). Tried when the plain reading
#: gives no report (the phrase could hold the verb).
_OWN_PHRASE_RELATIVE = re.compile(
    r"^(?:\s+(?:van|uit|in|bij|voor)(?:\s+[^\s,;:.()]+){1,4}|(?:\s+[^\s,;:.()]+){1,3})?"
    r"\s*,\s+(?:die|dat|wie|waarmee|waarvan|waarin|waarbij|namens|met|een"
    r"|(?:de|het)\s+(?:[\w-]+\s+){0,3}?(?:van|in|voor|bij|die|dat))\s[^,;:.]{1,80},",
    re.IGNORECASE,
)
#: A relative clause holding a list, its verb last before the closing comma: "Teamleden van
#: de teams, waarin medewerkers van de gemeente, Stichting X en de thuiszorg samenwerken,
#: zeggen …" (tried when the plain relative clause, up to the list's first comma, gives no
#: report).
_LISTED_RELATIVE = re.compile(
    r"^(?:\s+(?:van|uit|in|bij)(?:\s+[^\s,;:.]+){1,6})?"  # the group's own phrase first
    r"\s*,\s+(?:waarin|waarbij|waarmee|die|dat)\s[^,;:.]{1,80},[^,;:.]{1,60}?\s(?:en|of)\s"
    r"[^,;:.]{1,60}?,",
    re.IGNORECASE,
)


#: A passive auxiliary: "wordt … ervaren" ("ervaren" is also the participle).
_PASSIVE = re.compile(r"\b(?:wordt|worden|werd|werden)\b", re.IGNORECASE)
_WINDOW = re.compile(r"^(?:\s+[^\s,;:.]+){0,5}")
_PP_WINDOW = re.compile(r"^\s+(?:van|uit|in|op|bij|binnen|buiten)(?:\s+[^\s,;:.]+){1,8}")


def _verb_within(piece: str, limit: int) -> re.Match | None:
    """The first match of :data:`REPORTING` in ``piece`` if it begins at or before ``limit``.

    Every match of it begins where a run of word characters begins (``\\b`` and a word),
    so it is tried at those up to ``limit`` only, not searched through the rest, and only
    at the runs that begin as one of its matches may (:func:`~kg.extract.prefixscan.search_runs`).

    Examples
    --------
    >>> s = " van de stad vinden dat het goed gaat"
    >>> _verb_within(s, s.index("vinden")).group(), _verb_within(s, s.index("vinden") - 1)
    ('vinden', None)
    """
    return search_runs(REPORTING, piece, limit)


#: A remark in brackets between a subject and its verb: "De Wmo-raad (die na de fusie
#: opnieuw is samengesteld) is positiever", "De wijkverpleegkundigen van X (niet te
#: verwarren met …) geven aan".
_BRACKETED = re.compile(r"\s*\([^()]{0,120}\)")


def _reports_at(after: str) -> bool:
    """Whether the finite verb of a report stands within a few words after the subject, or
    after its prepositional phrase ("Raadsleden van zowel de coalitie als de oppositie
    vinden"), and is no passive ("Het wijkteam wordt als prettig ervaren": the group is what
    is judged).

    Examples
    --------
    >>> _reports_at(" van zowel de coalitie als de oppositie vinden dat"), _reports_at(" werkt.")
    (True, False)
    """
    window = _PP_WINDOW.match(after) or _WINDOW.match(after)
    span = window.group() if window else ""
    verb = _verb_within(after[: len(span) + 40], len(span))
    return bool(
        verb
        and not _COORDINATOR.search(after[: verb.start()].rstrip()[-4:] + " ")
        and not NOT_REPORTING.match(after[verb.start() :])
        and not _PASSIVE.search(after, 0, verb.start())
    )


#: A clause after the subject that names who speaks with or for it: its spokesman ("bij monde
#: van de wethouder") or its members ("waaronder", "zoals", "met name"), not a third source.
_SPOKESMAN = re.compile(
    r"\s*,\s+(?:bij\s+monde\s+van|namens|zoals|waaronder|met\s+name)\s", re.IGNORECASE
)


#: A spokesman set between the subject, or its finite verb, and the rest of its report ("De
#: Wmo-raad laat bij monde van zijn voorzitter weten …", "Het team is, bij monde van de
#: teamleider, van mening …"): left out, the report reads as the subject's.
_MOUTH = re.compile(
    r"\s*,?\s*\bbij\s+monde\s+van\s+(?:de|het|zijn|haar|hun|een)\s+[\w-]+"
    r"(?:\s+van\s+(?:de|het)\s+[\w-]+)?\s*,?(?=\s)",
    re.IGNORECASE,
)


def without_spokesman(after: str) -> str:
    """What follows a subject with a spokesman set in it (:data:`_MOUTH`) left out.

    Examples
    --------
    >>> without_spokesman(" laat bij monde van de voorzitter weten dat het kan.")
    ' laat weten dat het kan.'
    >>> without_spokesman(" is, bij monde van haar directeur, van mening dat het kan.")
    ' is van mening dat het kan.'
    >>> without_spokesman(" werkt samen met de huisartsen.")
    ' werkt samen met de huisartsen.'
    """
    if "monde" not in after[:60]:
        return after  # most subjects
    found = _MOUTH.search(after, 0, 60)
    if found is None:
        return after
    return after[: found.start()] + after[found.end() :]


def relative_clause_end(after: str) -> int:
    """The end of the relative clause or apposition set between commas right after a
    subject (``after``: what follows it), 0 when none; a figure's decimal mark inside it
    ("van wie er tussen de 4.000 en 4.500 zijn") does not end it.

    Examples
    --------
    >>> after = ", van wie er volgens het steunpunt 4.000 zijn, signaleren dat het kan."
    >>> after[: relative_clause_end(after)]
    ', van wie er volgens het steunpunt 4.000 zijn,'
    >>> relative_clause_end(" signaleren dat het kan.")
    0
    >>> relative_clause_end(", bij monde van de wethouder, geeft aan dat het kan.")
    0
    """
    if "," not in after[:3] or _SPOKESMAN.match(after):
        return 0  # a spokesman ("bij monde van") or members speak with the subject
    found = _RELATIVE.match(after)
    return found.end() if found is not None else 0


def subject_reports(after: str, is_subject: bool) -> bool:
    """Whether a clause-initial group is the subject of a reporting verb or stance, from what
    follows it (``after``); ``is_subject``: the group is the sentence's subject, which may
    also speak through a second, coordinated predicate.

    Examples
    --------
    >>> subject_reports(" van de stad vinden dat het goed gaat.", False)
    True
    >>> subject_reports(" wordt als prettig ervaren.", True)
    False
    >>> subject_reports(" wordt betrokken, maar vindt dat het beter kan.", True)
    True
    """
    if after.find("(", 0, 60) >= 0:
        after = _BRACKETED.sub("", after, count=1)  # the remark in brackets is left out
    after = without_spokesman(after)  # "laat bij monde van de voorzitter weten"
    if NOT_REPORTING.match(after):
        return False
    # "De raad staat naar eigen zeggen dicht bij …"
    if "eigen " in after.lower() and _OWN_WORDS.match(after):
        return True
    whole = after
    if relative := _RELATIVE.match(after):  # "De wethouder, die sinds 2014 …, vertelt"
        after = " " + after[relative.end() :]
    if _reports_at(after):
        return True
    if (
        whole.find(",", 0, 60) >= 0
        and (own := _OWN_PHRASE_RELATIVE.match(whole))
        and own.end() < len(whole)
        and _reports_at(" " + whole[own.end() :])
    ):
        return True  # "De wethouder van financiën, die …, noemt"
    if (
        whole.find(",", 0, 60) >= 0
        and (listed := _LISTED_RELATIVE.match(whole))
        and subject_reports(" " + whole[listed.end() :], False)
    ):
        return True  # "Teamleden, waarin X, Y en Z samenwerken, zeggen …"
    # "De cliëntenraad wordt betrokken …, maar vindt dat …"
    return is_subject and _coordinated_report(after)


#: A reporting verb in the past (:data:`kg.extract.speechcues.PAST`), looked for at the runs
#: of the few words after a group that begin as one of its forms
#: (:func:`kg.extract.prefixscan.search_runs`; a list of its own: see there).
_PAST_VERB = re.compile(rf"(?<!\bte\s)\b(?:{PAST})\b", re.IGNORECASE)
#: What may stand between a subject and its past verb: at most four words, no clause mark.
_UP_TO_VERB = re.compile(r"(?:\s+[^\s,;:.]+){0,4}\s+")


def past_reports(text: str, at: int, end: int) -> bool:
    """Whether a group ending at ``at`` is the subject of a report in the past: the verb within
    a few words after it, up to ``end`` ("Ambtenaren benadrukten …", "De wethouder wees
    daarbij op …"); the verb is looked for at the runs of those words that begin as one of
    its forms (asked of a few groups per document: finding the forms' beginnings in the
    whole document cost more than all the searches).

    Examples
    --------
    >>> s = "Ambtenaren benadrukten dat het goed gaat."
    >>> past_reports(s, 10, len(s)), past_reports("Ambtenaren werken hard.", 10, 23)
    (True, False)
    """
    piece = text[at : min(end, at + 60)]
    verb = search_runs(_PAST_VERB, piece)
    return (
        verb is not None
        and _UP_TO_VERB.fullmatch(piece, 0, verb.start()) is not None
        and not _PASSIVE.search(piece, 0, verb.start())
        and not NOT_REPORTING.match(piece[verb.start() :])
    )


def reports_after(after: str) -> bool:
    """Whether what follows a group opening a sentence as its subject reports or takes a
    stance ("vindt dat …", "is kritisch over …").

    Examples
    --------
    >>> reports_after(" vindt dat het goed gaat."), reports_after(" is in 2014 opgericht.")
    (True, False)
    """
    return subject_reports(after, True)


#: The subject's own view in a clause of its sentence: "Leerplichtambtenaren en scholen werken
#: samen in een aanpak die volgens hen vruchten afwerpt" (right after the subject, "Het
#: ministerie heeft volgens hen …" takes up a voice before it). The pronoun stands inside that
#: clause: past its closing comma it is the main clause's, whose voice is another's ("Het UWV,
#: dat in hetzelfde gebouw zit, is volgens hem een goede partner").
_THEIR_VIEW = re.compile(
    r"^[^.;:]*?\b(?:die|dat|waarin|waarbij|waarmee|wat|omdat|zodat)(?:\s[^.;:,]*?)?(?:\s|,\s*)"
    r"\b(?:(?:volgens|aldus)\s+(?:hen|hem|haar)|naar\s+(?:hun|zijn|haar)\s+"
    r"(?:mening|oordeel|zeggen))\b",
    re.IGNORECASE,
)


def their_view(after: str) -> bool:
    """Whether what follows a subject group gives its view by a pronoun ("… die volgens hen
    vruchten afwerpt"): the subject holds the claim.

    Examples
    --------
    >>> their_view(" werken samen in een aanpak die volgens hen werkt.")
    True
    >>> their_view(" werken."), their_view(" heeft volgens hen te weinig oog gehad.")
    (False, False)
    >>> their_view(", dat in het gebouw zit, is volgens hem een goede partner.")
    False
    """
    return ("volgens" in after or "aldus" in after or "naar" in after) and bool(
        _THEIR_VIEW.match(after)
    )
