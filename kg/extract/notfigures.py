"""What is not a figure though it is written in digits: years, dates, ages, labels, codes.

:func:`not_a_figure` is asked of each bare number :func:`kg.extract.numbers.find_numbers`
finds in digits: a year ("in 2015"), the day of a date ("12 maart"), an age
("65 jaar", "65+", "onder de 25", "tot 23 jaar", "tussen 18 en 27 jaar"), a
compound modifier ("65-plussers"), an ordinal ("2e"), a clock time ("9.00 uur"),
a denominator ("per 1.000 inwoners"), a code ("de 3D's"), a slogan in digits
("1 gezin, 1 plan"), an enumerator ("(1) de wijkcoach") or a telephone number
("0546 - 123 456"). The patterns are general Dutch; the number words themselves are
the lexicon of :mod:`kg.extract.numberwords`.
"""

from __future__ import annotations

import re

from kg.datafiles import word_list
from kg.extract.changewords import FALLEN, RISEN
from kg.extract.indexfigures import BASE_BEFORE
from kg.extract.numberwordcounts import counts_without_noun as counts_without_noun  # numbers
from kg.extract.numberwordcounts import inverted_change_to
from kg.extract.numberwordcounts import slogan_or_pronoun as slogan_or_pronoun  # numbers
from kg.extract.numberwords import WORD_NUMBERS, compound_value
from kg.extract.prefixscan import search_runs
from kg.extract.problemclauses import alternation

#: Characters a number looks at on either side (bounds the work per number).
WINDOW = 80

#: Words before a number that make "N jaar" a span of time, not an age.
DURATION_BEFORE = re.compile(
    r"\b(?:binnen|na|al|over|sinds|gedurende|afgelopen|komende|eerste|laatste|ruim|bijna"
    r"|langer\s+dan|korter\s+dan"
    r"|(?:periode|termijn|duur|looptijd|doorlooptijd|wachttijd)\s+van"
    # a verb of lasting or waiting: "het traject duurt (soms) twee jaar", "wachten drie jaar"
    r"|(?:duurt|duurde|duurden|duren|geduurd|wacht|wachten|wachtte|wachtten|gewacht"
    r"|loopt|liep|lopen|liepen)"
    r"(?:\s+(?:soms|vaak|meestal|gemiddeld|nog|wel|zeker|ongeveer|circa|minstens|maximaal))?)"
    r"\s+$",
    re.IGNORECASE,
)
#: A noun of a span of time earlier in the clause: "De wachttijd voor een sociale huurwoning
#: is opgelopen tot gemiddeld drie jaar" (the span the figure states is that noun's).
SPAN_NOUN_BEFORE = re.compile(
    r"\b(?:wachttijd|wachttijden|wachtlijst|wachtlijsten|wachttermijn|doorlooptijd"
    r"|doorlooptijden|looptijd)\b[^.;:!?()]{0,70}$",
    re.IGNORECASE,
)


def span_before(text: str, start: int, floor: int) -> bool:
    """Whether the words before a figure at ``start`` make "N jaar" a span of time.

    Examples
    --------
    >>> s = "De wachttijd is opgelopen tot gemiddeld drie jaar. Jongeren tot 27 jaar."
    >>> [span_before(s, s.index(n), 0) for n in ("drie", "27")]
    [True, False]
    >>> s = "Er is een wachtlijst voor jongeren tot 27 jaar."
    >>> span_before(s, s.index("27"), 0)
    False
    """
    if DURATION_BEFORE.search(text, max(floor, start - 25), start):
        return True
    if _AGE_BOUND_BEFORE.search(text, max(floor, start - 30), start):
        return False  # "een wachtlijst voor jongeren tot 27 jaar": the group's age
    return SPAN_NOUN_BEFORE.search(text, max(floor, start - 90), start) is not None


def years_no_span(text: str, start: int, end: int, floor: int) -> bool:
    """Whether "N jaar" after the figure at ``start:end`` is an age, not a span of time.

    An age is a bound of a group ("tot 27 jaar", "jonger dan 25 jaar", "tussen 18 en 23
    jaar"), what someone is or turns ("is 80 jaar", "18 jaar worden") or "N jaar oud / of
    ouder" (Dutch grammar: an age is predicated or follows a preposition of bound); else a
    number of years after a verb or an adverb is a span of time ("zorgde vier jaar voor haar
    man", "biedt nog zo'n twee jaar ruimte"), except the span a change is counted over ("in
    één jaar met een derde slonk"), which is no figure of its own either.

    Examples
    --------
    >>> s = "Zij zorgde vier jaar voor hem; 21% is 65 jaar of ouder, jongeren tot 27 jaar."
    >>> [years_no_span(s, s.index(n), s.index(n) + len(n), 0) for n in ("vier", "65", "27")]
    [False, True, True]
    """
    if span_before(text, start, floor):
        return False
    if _AGE_JAAR_AFTER.match(text, end, end + 30):
        return True
    return _AGE_JAAR_BEFORE.search(text, max(floor, start - 30), start) is not None


#: What follows "N jaar" of an age: "oud", "of ouder", "worden", a closing bracket.
_AGE_JAAR_AFTER = re.compile(
    r"\s*jaar\s*(?:\)|(?:oud|ouder|jonger|of\s+ouder|en\s+ouder|of\s+jonger|en\s+jonger"
    r"|worden|wordt|werd|werden|geworden|zijn|is|was|waren)\b)",
    re.IGNORECASE,
)
#: What precedes the figure of an age: a preposition of bound, a copula, a bracket or the
#: first figure of a range ("18 tot", "18-"), or "op"/"met" of the age something happens at
#: ("met 18 jaar stopt de jeugdhulp"); also "in", of the span a change is counted over.
_AGE_JAAR_BEFORE = re.compile(
    r"(?:\b(?:onder|boven|vanaf|tot|van|tussen|t/m|dan|leeftijd\s+van|is|zijn|was|waren|in|op|met"
    r"|wordt|worden|werd|werden)\s+(?:de\s+)?|\(\s*|\w\s*[-–/]\s*|\d\s+(?:en|of)\s+)$",
    re.IGNORECASE,
)


#: A group of people and the preposition of its age bound right before a figure.
_AGE_BOUND_BEFORE = re.compile(
    r"\b(?:jongeren|kinderen|ouderen|jeugdigen|volwassenen|mensen|personen|inwoners|jongens"
    r"|meisjes)\s+(?:tot|onder|boven|van|vanaf|tussen|t/m)\s+(?:de\s+)?$",
    re.IGNORECASE,
)


#: Words after "N jaar" that make it a span of time, not an age: "veertig jaar lang",
#: "twee jaar later", "drie jaar geleden", "in twee jaar tijd".
NOT_AGE = r"(?!\s+(?:lang|later|eerder|geleden|tijd)\b)"
NUM = (
    # a decimal point before a scale word ("€ 4.2 miljoen"), thousands separated by dots,
    # a decimal comma
    r"\d+\.\d{1,2}(?=\s*(?:miljoen|miljard|mln|mld|mrd)\b)"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
)
#: A qualifier that lets a number word end its clause ("in Goor nog geen twintig.", "… is
#: klein, naar schatting twintig.").
QUALIFIED_END = re.compile(
    r"\b(?:nog\s+geen|ruim|bijna|ongeveer|circa|meer\s+dan|minder\s+dan|zo['’]n|slechts"
    r"|hooguit|maximaal|naar\s+schatting|pakweg|grofweg|rond\s+de)\s+$",
    re.IGNORECASE,
)
_MONTHS = r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
_AGE_BEFORE = re.compile(
    r"(?:\b(?:onder|boven|vanaf|tot|van|tussen|jonger\s+dan|ouder\s+dan)\s+(?:de\s+)?"
    r"|\bde\s+leeftijd\s+van\s+)$",
    re.IGNORECASE,
)
#: A noun of a figure before "van": "het landelijk gemiddelde van 41", "een totaal van 80"
#: state an amount, not an age ("jongeren van 16").
_FIGURE_OF = re.compile(
    r"\b(?:gemiddelde|percentage|aantal|totaal|niveau|score|cijfer|caseload|maximum|minimum"
    # a norm or aim named with its figure: "tegen een norm van 100"
    r"|norm|streefcijfer|streefwaarde|doelstelling|taakstelling|plafond)"
    r"\s+van\s+$",
    re.IGNORECASE,
)
RANGE_NEXT = re.compile(
    rf"\s*(?:-|–|tot|t/m|en|of|à)\s*(?:{NUM}|"
    + "|".join(w for w in WORD_NUMBERS if w not in {"een", "één", "eén"})
    + r")\b(?P<rest>\s*\S*)",
    re.IGNORECASE,
)


#: A person's age in brackets after the person, named with a title and a name or initials
#: ("mevrouw A. (82)", "meneer De Vries (54)"): the journalistic way to give an age.
_PERSON_AGE_BEFORE = re.compile(
    r"\b(?:mevrouw|meneer|de\s+heer|mevr\.|dhr\.|mw\.)\s+(?:(?-i:[A-Z])[\w.’'-]*\s*){1,3}\(\s*$",
    re.IGNORECASE,
)
#: A person's age as the predicate of "zijn" after the person, named with a title and a name
#: or with a personal pronoun ("Mevrouw De Wit is 84 en woont alleen", "hij is inmiddels 71."),
#: the number standing alone: :data:`_AGE_ALONE_AFTER`.
_PERSON_IS_BEFORE = re.compile(
    r"(?:\b(?:mevrouw|meneer|de\s+heer|mevr\.|dhr\.|mw\.)\s+(?:(?-i:[A-Z])[\w.’'-]*\s+){1,3}"
    r"|\b(?:hij|zij|ze)\s+)(?:is|was)\s+(?:(?:al|inmiddels|pas|bijna|ruim|nu)\s+)?$",
    re.IGNORECASE,
)
_AGE_ALONE_AFTER = re.compile(r"\s*(?:jaar(?:\s+oud)?\s*)?(?:[,.;:!?)”’\"']|en\b|$)", re.IGNORECASE)
#: An enumerator of a list: a digit closed by a bracket before a word ("(1) de wijkcoach",
#: "1) werk, 2) zorg"), opened by a bracket or standing after a list's punctuation.
_ENUMERATOR = re.compile(r"\)\s*[^\W\d]")
_ENUMERATOR_BEFORE = re.compile(r"(?:^|\(|[:;,.]\s*|\s(?:en|of)\s+)$", re.IGNORECASE)
#: A numbered item written with a full stop ("Lessen: 1. minder registreren; 2. meer
#: vertrouwen", "1. De raad ..." opening a line): the number is the item's place in the list.
#: Inside a sentence, after a list's colon, semicolon, comma or "en"/"of", the item goes on in
#: lower case (a count ending a clause, "het aantal: 12. Dat is ...", has a capital after it);
#: opening a line or a bullet, any word may follow.
_DOT_ITEM = re.compile(r"\.[ \t]+[^\W\d]")
_DOT_ITEM_LOWER = re.compile(r"\.[ \t]+[‘'“(]?[^\W\dA-Z]")
_DOT_ITEM_INLINE = re.compile(r"(?:[:;,]|\s(?:en|of))[ \t]*$", re.IGNORECASE)
_DOT_ITEM_OPENING = re.compile(r"(?:^|\n|[-•*–][ \t])[ \t]*$")
#: A numbered item's label opening a line: one capitalised noun, the number, a full stop or a
#: colon and the item's first word ("Bevinding 3. De raad …", "Aanbeveling 2: …", "Vraag 4."):
#: the number names the item, it counts nothing (a count has its noun after it).
_ITEM_LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][a-z]+[ \t]+$")
_ITEM_LABEL_AFTER = re.compile(r"(?:\.[ \t]+[A-Z‘'“(]|:[ \t]+\S|[.:][ \t]*(?:\n|$))")


#: A telephone number's digits: a trunk prefix ("0546", "088", "+31") and its groups.
_PHONE_BEFORE = re.compile(r"(?:(?<![\w.,])0\d{1,3}|\+31)(?:[\s-]+\d{2,4})*[\s-]+$")
#: A street's name right before a number: the number is a house number.
_STREET_BEFORE = re.compile(
    r"\b(?:[A-Z][\w-]*(?:straat|weg|laan|plein|markt|singel|kade|gracht|dijk|steeg|dreef"
    r"|baan|ring|pad|hof)|Markt|Plein|Brink)\s+$"
)
#: The new level after a verb of change is no age bound: "nam toe tot 310", "liep op tot 60".
_CHANGED_TO = re.compile(
    r"\b(?:toe|op|af|terug|" + "|".join(RISEN + FALLEN) + "|steeg|stegen|daalde|daalden|stijgt"
    r"|daalt|groeit|groeide|groeiden|zakte|zakt|kromp|krimpt|verdubbeld|verdubbelde"
    r"|verdrievoudigd|gehalveerd|halveerde|teruggebracht)\s+(?:tot|naar)\s+$",
    re.IGNORECASE,
)
#: A citation of an official publication, up to the number: "Kamerstukken II 2014/15, 34 000",
#: "Staatscourant 2015, 1234" (a volume, a page or a number after a comma).
_CITATION = re.compile(
    r"\b(?:kamerstukken|handelingen|staatscourant|staatsblad|stcrt\.|stb\.)[^.;:()]{0,40}$",
    re.IGNORECASE,
)
#: An area code after a municipality's "14"; the minutes of a clock time after a colon.
_AREA_CODE = re.compile(r"\s+0\d{2,3}\b")
_MINUTES = re.compile(r":[0-5]\d\b(?!:)")
#: The nouns that number a study's participants ("Deelnemer 3", "respondent 12"), longest first.
_PARTICIPANTS = alternation(list(word_list("participant-nouns.txt")))
#: A label with its number: "prioriteit 1, 2 en 3", "paragraaf 4.3", "tabel 2", "noot 3",
#: "deel 4", "p. 12", "punt 4 van de agenda", "Agendapunt 2: Wmo", "Postbus 15", "art. 8a",
#: "motie 2016-14", "postcode 5801", a participant's number ("Deelnemer 3, huisarts").
LABEL = re.compile(
    r"\b(?:prioriteit|nummer|nr\.?|fase|stap|artikel|hoofdstuk|paragraaf|niveau|pagina|blz\.?"
    r"|bijlage|tabel|figuur|lid|versie|ronde|week|groep|klas|(?:voet)?noot|deel|kader|bladzijde"
    r"|(?:agenda|actie|aandachts)?punt|postbus|art\.|motie|amendement|kenmerk|postcode(?:gebied)?"
    r"|p\.|§|" + _PARTICIPANTS + r")\s*\d+(?:\.\d+)*[a-z]?"
    r"(?:(?:\s*(?:,|en|t/m|tot|-))+\s*\d+(?:\.\d+)*[a-z]?)*",
    re.IGNORECASE,
)
#: Hours or parts of days per span of time ("drie uur per week", "24 uur per dag", "één
#: dagdeel per week"): hours and days an amount of time (:func:`timed_amount`), parts of a day
#: a count of presence (the settlement of the forty-second session, decision 8); a bare "150
#: per jaar" counts what happens in a year.
FREQUENCY = re.compile(
    r"\s+(?:dagde(?:el|len)|(?P<unit>uur|uren|dag|dagen)|middag(?:en)?|ochtend(?:en)?|avond(?:en)?)"
    r"\s+per\s+(?P<span>dag|week|maand|jaar|kwartaal)\b",
    re.IGNORECASE,
)
#: Round-the-clock availability, no amount of time given or taken: "24 uur per dag", "7 dagen
#: per week".
_WHOLE_SPAN = {("uur", "dag"): 24, ("uren", "dag"): 24, ("dagen", "week"): 7}


def timed_amount(frequency: re.Match, value: object) -> bool:
    """Whether a match of :data:`FREQUENCY` is an amount of time in hours or days a service
    gives or costs per span ("van vier naar drie uur per week", "één dag per week in elk team",
    "kost ruim een dag per week"): a duration in that unit; not parts of a day ("één dagdeel per
    week", a frequency) nor the whole span ("24 uur per dag", "7 dagen per week").

    Examples
    --------
    >>> [timed_amount(FREQUENCY.match(s), v) for s, v in ((" uur per week", 3),
    ...     (" dagdeel per week", 1), (" uur per dag", 24), (" dag per week", 1))]
    [True, False, False, True]
    """
    unit = frequency.group("unit")
    if unit is None:
        return False
    whole = _WHOLE_SPAN.get((unit.lower(), frequency.group("span").lower()))
    return whole is None or value != whole


#: "uur" after a number, and the words before it that make it a point in time: "om 9 uur",
#: "tot 17 uur", "tussen 9 en 12 uur"; else it is a span of hours ("gemiddeld 12 uur",
#: "binnen 48 uur", "duurt twee uur").
_HOUR_AFTER = re.compile(r"\s*uur\b", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(
    r"\b(?:om|tot|vanaf|van|na|voor|rond|tegen|tussen|en|sinds|omstreeks|uiterlijk)\s+$",
    re.IGNORECASE,
)
#: "ouder dan" or "jonger dan" before a number: an age bound.
_OLDER_THAN = re.compile(
    r"\b(?:ouder|jonger)\s+(?:(?:is|zijn|was|waren)\s+)?dan\s+$", re.IGNORECASE
)
#: The oldest age a profile states; a larger number after "tot" or "onder de" is a count.
_OLDEST = 120
#: An age bound: "boven de 75", "onder de achttien".
_BOUND_BEFORE = re.compile(r"\b(?:onder|boven)\s+de\s+$", re.IGNORECASE)
#: A unit after a bound that makes it no age: a span of time other than years, a percentage,
#: money ("boven de vier maanden", "onder de 5 procent").
_OTHER_UNIT = re.compile(
    r"\s*(?:%|procent|euro|dagen|dag|weken|week|maanden|maand|uur|uren|minuten|werkdagen)\b",
    re.IGNORECASE,
)
#: The age a person turns: "jongeren die 18 worden,", "als ze achttien worden." (a form of
#: "worden" that ends the clause after the number), "jongeren worden 18 en …".
_TURN = r"(?:worden|wordt|werd|werden|geworden)"
_TURNS_AFTER = re.compile(rf"\s+{_TURN}\s*(?:[,.;:!?)]|$|(?:en|of|maar)\b)", re.IGNORECASE)
_TURNS_BEFORE = re.compile(rf"\b{_TURN}\s+$", re.IGNORECASE)
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[,.;:!?)]|$|(?:en|of|maar)\b)", re.IGNORECASE)


#: A group of people by age before the number: "kinderen van vier tot twaalf", "jongeren
#: tussen 18 en 23", "ouderen van 75 en ouder" (the number's own range start may stand between).
_AGE_GROUP_BEFORE = re.compile(
    r"\b(?:kinderen|kind|jongeren|jeugdigen|jongvolwassenen|tieners|leerlingen|ouderen"
    r"|jongens|meisjes)\s+(?:van|tussen)\s+(?P<mid>\w+\s+(?:tot|en|t/m)\s+)?$",
    re.IGNORECASE,
)
#: What follows the first age after such a group: a range's end, "jaar", "en ouder", the
#: clause's end (an age that ends a range needs none of them).
_AGE_NEXT = re.compile(r"\s*(?:tot|en|t/m|of|jaar|[,.;:!?)]|$)", re.IGNORECASE)


def _changed_to(before: str) -> bool:
    """A verb of change reaches the number: "nam toe tot 310", "daalde tot onder de 20", also
    before its subject ("daalde het aantal klachten tot 80")."""
    return bool(search_runs(_CHANGED_TO, _BOUND_BEFORE.sub("", before))) or inverted_change_to(
        before
    )


def age_in_words(text: str, start: int, end: int, floor: int) -> bool:
    """True for an age a number states without "jaar": a bound or the age one turns.

    "ouderen boven de tachtig", "jongeren onder de 18", "jongeren die 18 worden",
    "jongeren worden 18 en …"; not a number a verb of change reaches ("daalde tot onder
    de 20") nor a count in a passive clause ("er worden 18 jongeren begeleid").

    Examples
    --------
    >>> s = "Jongeren die 18 worden, en ouderen boven de tachtig; er worden 18 kinderen geholpen."
    >>> [age_in_words(s, s.index(n), s.index(n) + len(n), 0) for n in ("18", "tachtig")]
    [True, True]
    >>> i = s.rindex("18")
    >>> age_in_words(s, i, i + 2, 0)
    False
    >>> s = "Inwoners boven de vijfenzestig voelen zich eenzaam."
    >>> age_in_words(s, s.index("vijf"), s.index(" voelen"), 0)
    True
    >>> s = "Kinderen van vier tot twaalf, en kinderen van twee gezinnen."
    >>> [age_in_words(s, s.index(n), s.index(n) + len(n), 0) for n in ("vier", "twaalf", "twee")]
    [True, True, False]
    """
    before = text[max(floor, start - 25) : start]
    after = text[end : end + WINDOW]
    if _OTHER_UNIT.match(after):
        return False  # "boven de vier maanden", "onder de 5%": a bound of another amount
    num = text[start:end].strip()
    value = int(num) if num.isdigit() else WORD_NUMBERS.get(num.lower())
    if value is None and num.isalpha():  # a compound: "boven de vijfenzestig"
        try:
            value = compound_value(num.lower())
        except KeyError:
            value = None
    near = text[max(floor, start - 45) : start]
    # the group's "van" or "tussen" first (a cheap test): most numbers have neither
    group = _AGE_GROUP_BEFORE.search(near) if "van " in near or "tussen " in near else None
    if group and (group.group("mid") or _AGE_NEXT.match(after)):
        return True  # "kinderen van vier tot twaalf", "jongeren tussen achttien en drieëntwintig"
    if not isinstance(value, int) or value > _OLDEST:
        return False
    if _changed_to(before):
        return False
    if _BOUND_BEFORE.search(before) or _TURNS_AFTER.match(after):
        return True
    return bool(_TURNS_BEFORE.search(before) and _CLAUSE_GOES_ON.match(after))


#: The patterns of the checks below that are built of word lists, compiled once.
_MONTH_AFTER = re.compile(rf"\s*(?:{_MONTHS})\b", re.IGNORECASE)
_AGE_AFTER = re.compile(rf"\s*(?:jaar\b{NOT_AGE}|jarige?n?\b|\+)", re.IGNORECASE)
#: "jaar" after a figure as an age, not a span of time (shared with :mod:`kg.extract.numbers`).
AGE_YEARS = re.compile(rf"\s*jaar\b{NOT_AGE}", re.IGNORECASE)


def clock_time(text: str, start: int, end: int, floor: int) -> bool:
    """Whether the number ``text[start:end]`` before "uur" is a point in time.

    Examples
    --------
    >>> s = "Het loket is om 9 uur open; een gesprek duurt gemiddeld 2 uur."
    >>> [clock_time(s, s.index(n), s.index(n) + 1, 0) for n in ("9", "2")]
    [True, False]
    """
    if not _HOUR_AFTER.match(text, end, end + 6):
        return False
    return _CLOCK_BEFORE.search(text, max(floor, start - 12), start) is not None


# Patterns of not_a_figure, compiled once (they run per number).
_LEADING_ZERO = re.compile(r"0\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_COMPOUND_AFTER = re.compile(r"-(?:[^\W\d]|/|\s*(?:en|of|tot|naar)\b)")
_ORDINAL_AFTER = re.compile(r"(?:e|de|ste)\b")
_CLOCK_AFTER = re.compile(r"[.:]\d\d\s*uur\b")
#: A denominator: "per 1.000 inwoners", "op elke 1.000 inwoners" (each of them).
_PER_BEFORE = re.compile(r"\b(?:per|op\s+(?:elke|iedere))\s+$", re.IGNORECASE)
_SLASH_DIGIT = re.compile(r"/\d")
_CAPITAL = re.compile(r"[A-Z]")
_DIGIT_ONE = re.compile(r"(?<![\w.,])1\s+[^\W\d]")
_UP_TO_THREE = re.compile(r"\d{1,3}")
_YEARS_AFTER = re.compile(r"\s*(?:jaar|$|[,.;)]|en\s+ouder|of\s+ouder)")


def not_a_figure(text: str, start: int, end: int, floor: int, plain: bool) -> bool:
    """True for a year, a date, an age, a compound modifier, an ordinal or a clock time.

    ``plain`` is a bare number (no percent or euro sign, no scale word).

    Examples
    --------
    >>> s = "Jongeren tot 23 jaar; het aantal nam toe tot 310."
    >>> not_a_figure(s, s.index("23"), s.index("23") + 2, 0, True)
    True
    >>> not_a_figure(s, s.index("310"), s.index("310") + 3, 0, True)
    False
    >>> s = "Bel 0546 - 123 456."
    >>> [not_a_figure(s, s.index(n), s.index(n) + len(n), 0, True) for n in ("0546", "123", "456")]
    [True, True, True]
    >>> s = "Re: Zorggebruik (#5). #5 huisarts: 12 gezinnen"
    >>> [not_a_figure(s, s.index(n), s.index(n) + len(n), 0, True) for n in ("5", "12")]
    [True, False]
    """
    after = text[end : end + WINDOW]
    before = text[max(floor, start - 25) : start]
    num = text[start:end]
    if plain and (_LEADING_ZERO.fullmatch(num) or _PHONE_BEFORE.search(before)):
        return True  # a telephone number ("0546 - 123 456"); a count has no leading zero
    if plain and before.endswith("#"):
        return True  # a number sign's label: a post, an item or a rank ("#3", "(#12)")
    if plain and num == "14" and _AREA_CODE.match(after):
        return True  # a municipality's own number: "14" and its area code ("14 0478")
    cited = before.endswith(", ") or (before.endswith(" ") and before[-2:-1].isdigit())
    if plain and cited and _CITATION.search(text, max(floor, start - 60), start):
        return True  # a parliamentary or official citation ("Kamerstukken II 2014/15, 34 000")
    if before.endswith(":") and before[-2:-1].isalnum():
        return True  # a part of a code joined by colons ("ECLI:NL:CRVB:2016:1402")
    if plain and _STREET_BEFORE.search(before):
        return True  # a house number: "aan de Markt 12", "Stationsstraat 45"
    if plain and _YEAR.fullmatch(num):
        return not QUALIFIED_END.search(before)  # a year; "circa 2000 cliënten" is a count
    if _MONTH_AFTER.match(after):
        return True  # the day of a date
    if not plain:
        return False
    if _AGE_AFTER.match(after):
        # an age ("65 jaar", "65+") describes a group; "binnen twee jaar" is a span of time
        years = after.lstrip()[:4].lower() == "jaar"
        return not (years and not years_no_span(text, start, end, floor))
    if _COMPOUND_AFTER.match(after):
        return True  # a compound modifier ("65-plussers", "18-/18+", "18- en 18+", "18- naar 18+")
    if after.startswith(":") and len(num) <= 2 and _MINUTES.match(after) and int(num) <= 24:
        return True  # a clock time written with a colon ("om 10:30")
    if _ORDINAL_AFTER.match(after) or _CLOCK_AFTER.match(after):
        return True  # an ordinal ("2e") or a clock time ("9.00 uur")
    if clock_time(text, start, end, floor):
        return True  # "om 9 uur"; "binnen 48 uur" is a span of hours
    if _PER_BEFORE.search(before):
        return True  # a denominator ("per 1.000 inwoners")
    if num == "100" and BASE_BEFORE.search(before):
        return True  # the base of an index ("met 2010 als 100", "(2010=100)")
    if _SLASH_DIGIT.match(after) or (before.endswith(("'", "’")) and len(num) == 2):
        return True  # "24/7", a decade "de jaren '90"
    if _CAPITAL.match(after):
        return True  # a code: "de 3D's", "4G"
    near = text[max(floor, start - 40) : end + 40]
    if num == "1" and len(_DIGIT_ONE.findall(near)) > 1:
        return True  # a slogan in digits: "1 gezin, 1 plan, 1 regisseur"
    if _UP_TO_THREE.fullmatch(num) and after.startswith(")") and _PERSON_AGE_BEFORE.search(before):
        return True  # a person's age: "mevrouw A. (82)"
    if (
        _UP_TO_THREE.fullmatch(num)
        and _AGE_ALONE_AFTER.match(after)
        and _PERSON_IS_BEFORE.search(text, max(floor, start - 50), start)
    ):
        return True  # a person's age: "Mevrouw De Wit is 84 en woont alleen"
    if len(num) <= 2 and _list_number(text, start, num, before, after):
        return True  # "(1) de wijkcoach", "Lessen: 1. minder registreren", "Bevinding 3. …"
    if _UP_TO_THREE.fullmatch(num) and _age_bound(text, start, end, floor, before, after):
        return True
    m = RANGE_NEXT.match(after)
    return bool(m and AGE_YEARS.match(m.group("rest")))


def _age_bound(text: str, start: int, end: int, floor: int, before: str, after: str) -> bool:
    """Whether a number of up to three digits is an age: a bound ("jongeren onder de 25",
    "tot 23 jaar", "ouder dan 65") or the age one turns ("18 worden").

    ``before`` and ``after`` are the text :func:`not_a_figure` reads before and after it."""
    num = text[start:end]
    if age_in_words(text, start, end, floor):
        return True  # an age bound ("jongeren onder de 25") or the age one turns ("18 worden")
    if (
        int(num) <= _OLDEST
        and not _changed_to(text[max(floor, start - 80) : start])
        and _AGE_BEFORE.search(before)
        and not _FIGURE_OF.search(before)
        and _YEARS_AFTER.match(after)
    ):
        return True  # an age bound ("tot 23 jaar")
    # "inwoners ouder dan 65 nemen toe": no count, whatever follows
    return int(num) <= _OLDEST and _OLDER_THAN.search(before) is not None


def _list_number(text: str, start: int, num: str, before: str, after: str) -> bool:
    """Whether a number of one or two digits numbers an item or names it: an enumerator
    ("(1) de wijkcoach", "1) werk, 2) zorg"), a numbered item ("Lessen: 1. minder
    registreren; 2. meer vertrouwen") or a numbered item's label ("Bevinding 3. De raad …")."""
    if len(num) == 1 and _ENUMERATOR.match(after) and _ENUMERATOR_BEFORE.search(before):
        return True
    if _DOT_ITEM.match(after) and dot_item(before, after):
        return True
    return _ITEM_LABEL_AFTER.match(after) is not None and item_label(text, start)


def dot_item(before: str, after: str) -> bool:
    """Whether a number followed by a full stop and a word numbers an item of a list.

    ``before`` is the text before the number (from the sentence's start at most), ``after``
    the text after it, which starts with the full stop.

    Examples
    --------
    >>> dot_item("Lessen: ", ". minder registreren; 2. meer")
    True
    >>> dot_item("minder registreren; ", ". meer vertrouwen.")
    True
    >>> dot_item("", ". De raad stelt kaders.")
    True
    >>> dot_item("Het aantal daklozen: ", ". Dat is veel.")
    False
    >>> dot_item("De teller stond op ", ". daarna")
    False
    """
    if _DOT_ITEM_OPENING.search(before):
        return True
    return _DOT_ITEM_INLINE.search(before) is not None and _DOT_ITEM_LOWER.match(after) is not None


def item_label(text: str, start: int) -> bool:
    """Whether the number at ``start`` follows a line-opening label noun ("Bevinding 3.").

    Examples
    --------
    >>> s = "Bestuur\\nBevinding 3. De raad is tevreden. Daarna 3. Totaal 12 cliënten.\\nRuim 40."
    >>> [item_label(s, s.index(n)) for n in ("3.", "3. T", "12", "40")]
    [True, False, False, False]
    """
    before = max(0, start - 30)
    if QUALIFIED_END.search(text, before, start):
        return False  # "Ruim 40.": a qualified count ends its clause
    return _ITEM_LABEL_BEFORE.search(text, before, start) is not None
