"""The shapes of words and names that mark an organisation's name and its acronym.

An acronym is a word of capitals ("OZJT", "ISD"; one lower-case letter inside at
most); a brand-like word has an inner capital after a lower-case letter
("NedCar"); a name's acronym is the initials of its capitalised words, also of the
parts of a hyphenated word, with or without its first word (a type head such as
"Samenwerkingsverband" is often left out of it). A number may stand inside a name
("Stichting 040 Zorg"); an abbreviated legal form ("B.V.") closes a name without being
part of it; "<Words> <area>" is the usual shape of a regional organisation's name.
A foundation's or association's name may hold lower-case prepositions ("Stichting Thuis
in de Wijk", "Vereniging Leven met Dementie"), and a name may stand in quotation marks
("de stichting 'Samen Sterk'").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from kg.extract.model import SentenceMention
from kg.extract.nounforms import _is_known, singular

__all__ = [
    "COMPASS_WORDS",
    "coordinated_nouns",
    "group_named",
    "serves_several",
    "left_out",
    "past_en",
    "common_plural",
    "adverbial_opener",
    "INNER_CONNECTORS",
    "LEGAL_HEADS",
    "acronym_of",
    "area_name",
    "acronyms_of",
    "adjective_run",
    "covered_run",
    "quoted_names",
    "is_acronym",
    "is_camel",
    "legal_form",
    "name_labels",
    "not_known",
    "number_inside",
]

#: First words that make "<word> <area>" an area or the council, not an organisation.
_NOT_ORGANISATION_HEADS = frozenset(
    {"noord", "zuid", "oost", "west", "midden", "noordoost", "noordwest", "zuidoost", "zuidwest",
     "groot", "klein", "gemeente", "provincie", "regio", "stad", "dorp", "kern", "wijk", "de",
     "het", "in", "op", "bij", "van", "voor", "met", "uit", "naar", "rond", "rondom"}
)  # fmt: skip
_AREA_KINDS = frozenset({"place", "municipality", "region"})
_PLACE_ADJECTIVE = re.compile(r"(?:se|sche)$")
#: The first words of a legal entity's name, which may hold lower-case prepositions.
LEGAL_HEADS = frozenset({"stichting", "vereniging", "coöperatie", "cooperatie"})
#: Prepositions that join the words of such a name ("Thuis in de Wijk", "Leven met
#: Dementie"), beside the connectors every name may hold ("van", "voor", "op", …).
INNER_CONNECTORS = frozenset({"in", "met", "bij", "naar", "uit", "tot", "om", "onder", "zonder"})
#: A short capitalised phrase in quotation marks: the name of an organisation or project.
_QUOTED = re.compile(r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|[a-z]{1,6})){0,5}(?=[”\"’']\W|[”\"’']$)")
_QUOTE_MARKS = "“\"‘'"


def is_acronym(word: str) -> bool:
    """A word of capitals, one lower-case letter inside at most.

    Examples
    --------
    >>> is_acronym("OZJT"), is_acronym("GGDs"), is_acronym("Salut")
    (True, False, False)
    """
    letters = [c for c in word if c.isalpha()]
    return (
        len(letters) >= 2
        and letters[0].isupper()  # the ends first: most words fail there, uncounted
        and letters[-1].isupper()
        and sum(map(str.isupper, letters)) >= len(letters) - 1
    )


def name_labels(surface: str, source: str) -> tuple[str, ...]:
    """The labels a minted name is found by in the whole document: the name; "regio X" for a
    region; the acronym a head names ("Werkbedrijf IBN", "Gemeenschappelijke Regeling NCG" are
    "IBN", "NCG" from then on).

    Examples
    --------
    >>> name_labels("Werkbedrijf IBN", "head"), name_labels("Twente", "region")
    (('Werkbedrijf IBN', 'IBN'), ('Twente', 'regio Twente'))
    >>> name_labels("GGD Noord", "head"), name_labels("Gemeenschappelijke Regeling NCG", "head")
    (('GGD Noord',), ('Gemeenschappelijke Regeling NCG', 'NCG'))
    """
    if source.startswith("region"):
        return surface, f"regio {surface}"
    words = surface.split()
    if source == "head" and len(words) >= 2 and len(words[-1]) >= 3 and is_acronym(words[-1]):
        return surface, words[-1]  # "Gemeenschappelijke Regeling NCG": "de NCG" later
    return (surface,)


_GROUP_KINDS = frozenset({"organisation", "body", "role"})


def not_known(found: list[SentenceMention], known: list[SentenceMention]) -> list[SentenceMention]:
    """The minted mentions whose span no known group mention has: a bare "UWV" stays the
    national body after "UWV Werkbedrijf" was named, a bare "GGD" the role.

    Examples
    --------
    >>> uwv = SentenceMention("organisation/uwv", "organisation", 0, 3, "UWV", 0)
    >>> minted = SentenceMention("body/uwv-werkbedrijf", "body", 0, 3, "UWV", 0)
    >>> not_known([minted], [uwv])
    []
    """
    spans = {(m.start, m.end) for m in known if m.kind in _GROUP_KINDS and m.sentence is not None}
    return [m for m in found if (m.start, m.end) not in spans]


def is_camel(word: str) -> bool:
    """A word with an inner capital after a lower-case letter (``NedCar``, not ``IJssel``).

    Examples
    --------
    >>> is_camel("NedCar"), is_camel("IJssel"), is_camel("Gemeente"), is_camel("GGD")
    (True, False, False, False)
    """
    rest = word[1:]
    if rest.islower():  # most words: no letter after the first is a capital
        return False
    return any(a.islower() and b.isupper() for a, b in zip(word, rest, strict=False))


def acronym_of(long_words: list[str]) -> str:
    """The initials of the capitalised words.

    Examples
    --------
    >>> acronym_of(["Organisatie", "voor", "Zorg", "en", "Jeugdhulp", "Twente"])
    'OZJT'
    """
    return "".join(w[0] for w in long_words if w[:1].isupper())


def acronyms_of(name: str) -> tuple[str, ...]:
    """The acronyms a name may be shortened to: the initials of its words, also of the
    parts of a hyphenated word, with or without its first word (a type head such as
    "Samenwerkingsverband" is often left out).

    Examples
    --------
    >>> acronyms_of("Sociale Dienst Midden-Twente")
    ('SDM', 'SDMT', 'DM', 'DMT')
    >>> acronyms_of("Samenwerkingsverband Sociaal Domein Fryslân")[-1]
    'SDF'
    """
    words = name.split()
    parts = [p for w in words for p in w.split("-")]
    out: tuple[str, ...] = (acronym_of(words), acronym_of(parts))
    if len(words) > 2:
        rest = words[1:]
        out += (acronym_of(rest), acronym_of([p for w in rest for p in w.split("-")]))
    return out


def legal_form(text: str, toks: list, j: int) -> bool:
    """Whether token ``j`` opens an abbreviated legal form ("B.V.", "N.V.", "U.A.").

    Examples
    --------
    >>> legal_form("X B.V.", [(0, 1, "X"), (2, 3, "B"), (4, 5, "V")], 1)
    True
    """
    return len(toks[j][2]) == 1 and text[toks[j][1] : toks[j][1] + 1] == "."


def number_inside(text: str, toks: list, j: int, gap: str) -> bool:
    """Whether token ``j`` is a number between two words of one name ("Stichting 040 Zorg").

    Examples
    --------
    >>> number_inside("A 040 Zorg", [(0, 1, "A"), (2, 5, "040"), (6, 10, "Zorg")], 1, " ")
    True
    """
    return (
        gap == " "
        and toks[j][2].isdigit()
        and j + 1 < len(toks)
        and text[toks[j][1] : toks[j + 1][0]] == " "
        and toks[j + 1][2][:1].isupper()
    )


def covered_run(s: int, e: int, words: list, known: list[SentenceMention]) -> bool:
    """Whether a known mention covers the run, or known mentions cover all its words.

    Examples
    --------
    >>> a = SentenceMention("m/a", "municipality", 0, 5, "Almelo", 0)
    >>> covered_run(0, 5, [(0, 5, "Almelo")], [a])
    True
    >>> covered_run(0, 9, [(0, 5, "Almelo"), (6, 9, "Oost")], [a])
    False
    """
    inside = [m for m in known if m.start < e and s < m.end]
    if any(m.start <= s and m.end >= e for m in inside):
        return True
    return bool(inside) and all(
        any(m.start <= w[0] and w[1] <= m.end for m in inside) for w in words
    )


_NEXT_WORD = re.compile(r" (\w+)(?: (\w+))?")


#: Finite forms of the copulas and auxiliaries: after a capitalised word they show a noun.
_FINITE = frozenset(
    {
        "is",
        "zijn",
        "was",
        "waren",
        "heeft",
        "hebben",
        "had",
        "hadden",
        "wordt",
        "worden",
        "werd",
        "werden",
        "kan",
        "kunnen",
        "zal",
        "zullen",
        "moet",
        "moeten",
    }
)


def adjective_run(
    text: str, run: list, end: int, function_words: frozenset[str] = frozenset()
) -> bool:
    """A place adjective before a noun ("Twentse raamcontracten").

    A function word after it shows a noun that merely ends like one ("met Synthese en
    Humanitas", "Synthese in de wijk"), unless a second adjective is coordinated
    ("Twentse en Drentse gemeenten").

    Examples
    --------
    >>> adjective_run("Twentse raamcontracten", [(0, 7, "Twentse")], 7)
    True
    >>> words = frozenset({"en", "in"})
    >>> adjective_run("Synthese en Humanitas", [(0, 8, "Synthese")], 8, words)
    False
    >>> adjective_run("Twentse en Drentse teams", [(0, 7, "Twentse")], 7, words)
    True
    >>> adjective_run("Synthese is", [(0, 8, "Synthese")], 8)
    False
    """
    adjective = bool(_PLACE_ADJECTIVE.search(run[-1][2]))
    follows = _NEXT_WORD.match(text, end)
    if not adjective or follows is None or not follows.group(1).islower():
        return False
    if follows.group(1) in _FINITE:
        return False  # a verb after it: a noun ("Volgens Synthese is …")
    if follows.group(1) not in function_words:
        return True
    second = follows.group(2) or ""
    return follows.group(1) in ("en", "of") and bool(_PLACE_ADJECTIVE.search(second))


def quoted_names(text: str, start: int, end: int) -> dict[int, int]:
    """The capitalised phrases in quotation marks in ``text[start:end]``: start → end.

    The phrase must end in a capitalised word; the quote marks are no part of it.

    Examples
    --------
    >>> s = 'Met de stichting "Samen Sterk" en ‘De Brug’ en "het plan" praat zij.'
    >>> [s[a:b] for a, b in quoted_names(s, 0, len(s)).items()]
    ['Samen Sterk', 'De Brug']
    >>> quoted_names("Zij noemt ‘Thuis in de Wijk’.", 0, 29)
    {11: 27}
    """
    found: dict[int, int] = {}
    for mark in _QUOTE_MARKS:  # each mark looked for by plain search, the name tried after it
        at = text.find(mark, start, end)
        while at >= 0:
            m = _QUOTED.match(text, at + 1, end)
            apostrophe = mark == "'" and text[at - 1 : at].isalnum()  # "pgb's"
            if m and not apostrophe and m.group(0).split()[-1][:1].isupper():
                found[m.start()] = m.end()
            at = text.find(mark, at + 1, end)
    return dict(sorted(found.items()))


def quoted_end(toks: list, opening: int, close: int) -> int:
    """Index of the first token after a quoted phrase that opens at ``toks[opening]``.

    >>> quoted_end([(0, 5, "Samen"), (6, 11, "Sterk"), (13, 16, "zet")], 0, 12)
    2
    """
    i = opening
    while i < len(toks) and toks[i][1] <= close:
        i += 1
    return i


def area_name(run: list, known: list[SentenceMention]) -> bool:
    """A name of the form "<Words> <area>": capitalised words, then a known place,
    municipality or region ("Sociaal Domein Fryslân", "Veilig Thuis Twente"), the
    usual way Dutch regional organisations are named. Not a compass word or an
    administrative noun before the area ("Noord Limburg", "Gemeente Venlo").

    Examples
    --------
    >>> m = SentenceMention("id/place/x", "place", 15, 22, "Fryslân", 0)
    >>> area_name([(0, 7, "Sociaal"), (8, 14, "Domein"), (15, 22, "Fryslân")], [m])
    True
    >>> area_name([(0, 5, "Noord"), (15, 22, "Fryslân")], [m])
    False
    """
    if len(run) < 2 or run[0][2].lower() in _NOT_ORGANISATION_HEADS:
        return False
    last, first = run[-1], run[0]
    areas = [m for m in known if m.kind in _AREA_KINDS]
    ends_in_area = any(m.start <= last[0] and last[1] <= m.end for m in areas)
    first_free = not any(m.start < first[1] and first[0] < m.end for m in known)
    return ends_in_area and first_free


#: The compass words that name part of an area ("Zuidwest-Friesland", "Oost-Achterhoek").
COMPASS_WORDS = frozenset(
    {"noord", "zuid", "oost", "west", "midden", "noordoost", "noordwest", "zuidoost", "zuidwest"}
)


#: Dutch adjective and adverb suffixes (ANS, "Bijvoeglijke naamwoorden: afleiding").
_ADJECTIVAL = re.compile(r"(?:lijk|isch|eel|aal|ief|ig|baar|zaam|matig)$")


def adverbial_opener(word: str) -> bool:
    """Whether a sentence-initial capitalised word is a Dutch adjective used as an adverb
    ("Ambtelijk is …", "Financieel staat …"), which opens no name.

    Examples
    --------
    >>> adverbial_opener("Ambtelijk"), adverbial_opener("Financieel"), adverbial_opener("Salut")
    (True, True, False)
    """
    low = word.lower()
    return bool(_ADJECTIVAL.search(low)) and _is_known(low)


def common_plural(word: str) -> bool:
    """Whether a capitalised word is the plural of a Dutch common noun ("Sportclubs",
    "ZZP'ers"): a group of parties, not one organisation's name.

    Examples
    --------
    >>> common_plural("Sportclubs"), common_plural("ZZP'ers"), common_plural("Parteon")
    (True, True, False)
    >>> common_plural("Ludens")
    False
    """
    low = word.lower().replace("\u2019", "'")
    if low.endswith("'ers") or low.endswith("'s"):
        return True  # an acronym's plural: people or things of that kind
    lemma = singular(word)
    # a lemma in -en may be a verb ("Ludens" is no plural of "luden")
    return lemma != low and not lemma.endswith("en") and _is_known(lemma)


def coordinated_nouns(
    text: str, toks: list, run: list, k: int, taken: frozenset, heads: dict
) -> bool:
    """Whether the "en" at token ``k`` joins two capitalised common nouns that open one name
    with the capitalised word after them, the usual shape of a service named by its field
    ("Werk en Inkomen Lekstroom", "Dienst Werk en Inkomen Dalland", "Zorg en Welzijn Noord":
    a dictionary word or a field a name may open with, as "Welzijn X"). Not a list of names:
    the run before "en" is one noun (after a head at most) and no acronym standing alone
    ("MEE en Welzijn Oost": two names), no compass word, and the noun
    after it is no known mention (``taken``: their starts) nor a legal form or a body's head
    that opens a name of its own (``heads``: first words to kinds; "Stichting Zorg en
    Stichting Welzijn Oost").

    Examples
    --------
    >>> t = "met Werk en Inkomen Lekstroom"
    >>> toks = [(4, 8, "Werk"), (9, 11, "en"), (12, 19, "Inkomen"), (20, 29, "Lekstroom")]
    >>> coordinated_nouns(t, toks, toks[:1], 1, frozenset(), {})
    True
    >>> coordinated_nouns(t, toks, toks[:1], 1, frozenset({12}), {})
    False
    >>> t = "met MEE en Welzijn Oost"
    >>> toks = [(4, 7, "MEE"), (8, 10, "en"), (11, 18, "Welzijn"), (19, 23, "Oost")]
    >>> coordinated_nouns(t, toks, toks[:1], 1, frozenset(), {})
    False
    """
    if k + 2 >= len(toks) or toks[k][2] != "en" or len(run) > 2:
        return False
    before, noun, after = run[-1], toks[k + 1], toks[k + 2]
    if any(
        text[a[1] : b[0]] != " " for a, b in ((before, toks[k]), (toks[k], noun), (noun, after))
    ):
        return False
    words = (before[2], noun[2], after[2])
    if not all(w[:1].isupper() for w in words) or noun[0] in taken:
        return False
    if len(run) == 1 and is_acronym(before[2]):
        return False  # "MEE en Welzijn Oost": an acronym is a name of its own, not a field
    low = before[2].lower(), noun[2].lower()
    return (
        not (low[1] in LEGAL_HEADS or heads.get((low[1],)) == "body")
        and not COMPASS_WORDS.intersection(low)
        and all(w.isalpha() and (_is_known(w) or (w,) in heads) for w in low)
    )


def left_out(text: str, toks: list, run: list, j: int) -> bool:
    """Whether "en" at token ``j`` joins a name's part whose shared end is left out
    ("GGD Noord- en Oost-Gelderland"), or a group's ("de regio Noord- en Midden-Limburg")."""
    return (
        (len(run) > 1 or group_named(text, run))
        and toks[j][2] == "en"
        and j + 1 < len(toks)
        and text[toks[j][1] : toks[j + 1][0]] == " "
        and toks[j + 1][2][:1].isupper()
    )


#: A singular group noun right before a name, or opening it: "de regio X", "Regio X".
_GROUP_BEFORE = re.compile(
    r"\b(?:[a-z-]*regio|regeling|samenwerkingsverband|samenwerking)\s+$", re.IGNORECASE
)


def past_en(text: str, toks: list, run: list, k: int, stops: Mapping[int, str]) -> int:
    """Where a name continues past an "en" at token ``k`` ("Stichting voor Zorg en Welzijn",
    "de regio Dal en Heuvel"): ``k + 1``, else ``k``; -1 when a known place follows the
    "en" of a group's name (the name ends before it; ``stops``: the known areas' starts to
    their kinds). A known region after it goes on with the name, a labour-market region named by
    two areas ("de arbeidsmarktregio Zuid-Kennemerland en IJmond"). A comma before the "en" ends the
    name ("de regio Noord, en Veilig Thuis Noord …": a new clause).

    Examples
    --------
    >>> t = "de regio Noord en Teststad"
    >>> toks = [(9, 14, "Noord"), (15, 17, "en"), (18, 26, "Teststad")]
    >>> [past_en(t, toks, toks[:1], 1, {18: kind}) for kind in ("municipality", "region")]
    [-1, 2]
    """
    if k >= len(toks) or toks[k][2] != "en" or text[toks[k - 1][1] : toks[k][0]] != " ":
        return k
    if {"van", "voor"} & {t[2] for t in run}:
        return k + 1
    if not group_named(text, run):
        return k
    after = stops.get(toks[k + 1][0]) if k + 1 < len(toks) else None
    return -1 if after not in (None, "region") else k + 1


def group_named(text: str, run: list[tuple[int, int, str]]) -> bool:
    """Whether the capitalised run names one group, so that "en" and a capitalised word
    after it continue its name ("de regio Dal en Heuvel", "Regio Dal en Heuvel").

    Examples
    --------
    >>> t = "in de regio Dal en Heuvel"
    >>> group_named(t, [(12, 15, "Dal")]), group_named("met Dal en Heuvel", [(4, 7, "Dal")])
    (True, False)
    """
    if run[0][2].lower() == "regio" and len(run) > 1:
        return True
    return _GROUP_BEFORE.search(text, max(0, run[0][0] - 30), run[0][0]) is not None


#: A task carried out for municipalities named next ("voert de Wsw uit voor A en B", "bedient
#: de gemeenten A en B"); working for them ("werkt voor A en B") may be a provider's.
_SERVES = re.compile(
    r"\s+(?:(?:voert|voerde|verzorgt|verzorgde)\s[^.;:]{0,80}?\buit\s+voor|bedient)"
    r"\s+(?:de\s+(?:\w+\s+)?gemeenten\s+)?"
)
_AND = re.compile(r"\s*,\s*|\s+en\s+")
#: Municipalities taking part in the party, none named: a body of them ("X, waarin zeventien
#: gemeenten deelnemen / samenwerken").
_JOINED_BY = re.compile(
    r"\s*,\s+waar(?:in|aan|binnen)\s+(?:\w+\s+){0,2}?gemeenten\s+(?:\w+\s+){0,2}?"
    r"(?:deelnemen|deelnamen|samenwerken|samenwerkten|participeren|participeerden)\b"
)


#: An adjective that calls what follows joint: "het gezamenlijke", "de gemeenschappelijke",
#: "de intergemeentelijke" (the municipalities' own, shared).
_JOINT_BEFORE = re.compile(
    r"\b(?:gezamenlijke|gemeenschappelijke|intergemeentelijke)\s+$", re.IGNORECASE
)


def serves_several(text: str, end: int, known: list[SentenceMention], pre: str = "") -> bool:
    """Whether the name ending at ``end`` carries out a task for two or more municipalities
    named right after its verb: a shared service of several municipalities, a body by the
    annotation guideline ("EMCO-groep voert de Wsw uit voor Emmen en Coevorden"; "X, waarin
    zeventien gemeenten deelnemen"), unless a legal form names it a private organisation (the
    caller's test); or one called joint right before it (``pre``: "het gezamenlijke Bureau X",
    "de intergemeentelijke Dienst X").

    Examples
    --------
    >>> t = "X voert het werk uit voor A en B."
    >>> a = SentenceMention("m/a", "municipality", 26, 27, "A", 0)
    >>> b = SentenceMention("m/b", "municipality", 31, 32, "B", 0)
    >>> serves_several(t, 1, [a, b]), serves_several(t, 1, [a])
    (True, False)
    >>> serves_several("X, waarin acht gemeenten samenwerken.", 1, [])
    True
    >>> serves_several("X helpt.", 1, [], "Het gezamenlijke ")
    True
    """
    if _JOINT_BEFORE.search(pre[-40:]):
        return True  # "het gezamenlijke Sociaal Bureau X"
    if _JOINED_BY.match(text, end):
        return True  # "X, waarin zeventien gemeenten deelnemen"
    m = _SERVES.match(text, end)
    if m is None:
        return False
    at, count = m.end(), 0
    municipalities = [k for k in known if k.kind == "municipality" and k.start >= at]
    for p in sorted(municipalities, key=lambda k: k.start):
        if p.start != at:
            break
        count += 1
        gap = _AND.match(text, p.end)
        if gap is None:
            break
        at = gap.end()
    return count >= 2


#: The cues after which a name with no type word is a joint body of municipalities: what
#: municipalities are part of ("maakt deel uit van X") or buy their care through ("ingekocht
#: via X", "de inkoop via X", "koopt … in via X"). Since 2015 municipalities buy youth care
#: and Wmo support together through a regional body they form (a gemeenschappelijke regeling,
#: Wgr), and what they are part of is a body or a region, not an organisation.
_JOINED_CUE = re.compile(
    r"\b(?:deel\s+uit\s+van|(?:ingekocht|inkoop|in)\s+via"
    # a key-value line: "Inkoop (jeugdhulp): via X", "Bestuur: X en Y" (the governing bodies)
    r"|inkoop(?:\s+[\w-]+){0,2}:\s+via|bestuur(?:sorganen)?:)\s+(?:de\s+|het\s+)?$",
    re.IGNORECASE,
)


def joined_kind(pre: str) -> str:
    """The kind of a name read after a cue (``pre``, the text before it): "body" after a cue
    of joining or buying together, else "organisation".

    Examples
    --------
    >>> joined_kind("Teststad maakt deel uit van "), joined_kind("wordt ingekocht via het ")
    ('body', 'body')
    >>> joined_kind("werkt samen met ")
    'organisation'
    >>> joined_kind("Inkoop: via de "), joined_kind("Bestuur: ")
    ('body', 'body')
    """
    return "body" if _JOINED_CUE.search(pre) else "organisation"
