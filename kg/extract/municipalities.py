"""Recognising Dutch municipalities by name anywhere in a profile.

Every municipality of the reference data (:mod:`kg.reference`) is found by

- its official name (``Bergen``), its CBS spelling (``Bergen (L.)``) and the
  same without diacritics (``Sudwest-Fryslan``); a hyphen or space in a name
  may be any hyphen-and-space run of the text (``Súdwest-␤Fryslân`` after a
  line break, ``Súdwest Fryslân``);
- the spellings of ``name-variants.csv`` (``Den Bosch``; ``Den Haag`` only right
  after "gemeente", right before "(als) centrumgemeente" or in a list with another
  municipality's name ("naar Leiden en Den Haag", tests/gold/README.md: the city, not the
  national government it stands for elsewhere);
- its adjective, by the general Dutch rules (Algemene Nederlandse Spraakkunst
  12.4.2.3.3.c; taaladvies.net): name + ``-s``/``-se`` (``Brunssumse``,
  ``Venrayse``); a final schwa dropped (``Zwolse``, also ``Enschedese``); a final
  ``-en`` dropped (``Leidse``, also ``Heerlense``); after a sibilant only ``-e``
  (``Goese``); plus the irregular forms of ``adjectives.csv`` (``Bossche``); a
  hyphenated name's by its last part (``Edam-Volendamse``).

Names start with a capital (``het Bildt`` and ``'s-Gravenhage`` with either
case); a name that opens with an article is also found by its other words right
after the article in lower case (``in de Fryske Marren``). A name of
``ambiguous-names.csv`` (also a Dutch word, or shared with another place:
``Best``, ``Buren``, ``Beek``) needs a place context: right before "(als)
centrumgemeente", right after "gemeente(n)",
"centrumgemeente", "in", "uit", "naar", "met", "te", "bij", "van", "op", "voor", "naast",
"tussen", "dan", "(zo)als", a comma or a semicolon (where a word is written small, so a
capital is a name) or "grenst aan", an
adjective of neighbourhood ("het aangrenzende / naburige X") or "afhankelijk van",
or in a coordinated list (``A, B en C``) with a municipality recognised on its
own; such names get no adjective. The profile's own municipality needs no
context: the profile is about it. A name after "provincie" or "regio" names the
province or region, not the municipality. A name two municipalities share
(``Bergen``) is resolved to the one in the profile's own province or
labour-market region, else left out.

All forms are compiled once per reference into one regular expression (a trie
of alternatives), cached per process.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kg.frozen import quick_init
from kg.reference import Municipality, Reference

__all__ = ["Found", "MunicipalityMatcher", "adjectives", "matcher_for"]

_SEPARATOR = re.compile(r"\s*-\s*|\s+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_STRONG_CUE = re.compile(
    r"\b(?:gemeenten?|centrumgemeenten?|buurgemeenten?|regiogemeenten?)\s+$", re.IGNORECASE
)
_PLACE_CUE = re.compile(
    r"\b(?:in|uit|naar|met|te|bij|(?:grenst|grenzen|grensde|grensden|grenzend)"
    r"(?:\s+(?:verder|ook|daarnaast|bovendien|eveneens|tevens|nog))?\s+aan"
    # a neighbour ("het aangrenzende X", "het naburige X") and a party relied on
    # ("afhankelijk van X"): words of places and parties, not of the common noun
    r"|aangrenzende|naburige|nabijgelegen|omliggende|afhankelijk\s+van"
    # a preposition or comparison particle before a capital inside the sentence: a word
    # there is written small, so the capital is the name ("de raad van X", "gericht op X",
    # "meer dan X", "zoals X", "naast X")
    r"|(?-i:van|op|dan|als|zoals|naast|tussen|voor))\s+$"
    # a clause boundary inside the sentence: a word after a comma or semicolon is written
    # small ("…; X koos voor één team")
    r"|[;,]\s+$",
    re.IGNORECASE,
)
_NOT_MUNICIPALITY = re.compile(
    r"\b(?:provincie|regio|arbeidsmarktregio|jeugdregio|zorgregio)\s+$", re.IGNORECASE
)
_COORDINATION = re.compile(r"\s*(?:,|,?\s+(?:en|of)|/|&)\s*")
#: A cued variant named as the centre of a region is the municipality: "is Den Haag
#: centrumgemeente", "met Den Haag als centrumgemeente".
_CENTRE_AFTER = re.compile(r"\s+(?:als\s+)?centrumgemeenten?\b", re.IGNORECASE)
#: A part or the surroundings of the city after a cued adjective name the city: "de Haagse
#: agglomeratie", "de Haagse randgemeenten", "in de Haagse wijken" (not "de Haagse regels").
_CITY_PART_AFTER = re.compile(
    r"\s+(?:agglomeratie|randgemeenten?|buurgemeenten?|stadsgewest|wijken|wijk|binnenstad"
    r"|stadsdel(?:en)?|ziekenhui(?:s|zen))\b",
    re.IGNORECASE,
)
_SIBILANT = ("s", "z", "x")
_FORMS = ("name", "suffixed", "variant", "adjective")
_VOWELS = "aeiouy"
#: A name's article is written with a small letter inside a sentence as often as not
#: ("in de Fryske Marren", "de Ronde Venen").
_ARTICLES = ("De ", "Den ", "Het ")
#: The article in lower case right before a name's other words.
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:de|den|het)\s+$")


@dataclass(frozen=True)
class Found:
    """One recognised municipality name in a text.

    Attributes
    ----------
    cbs_code : str
        The municipality's CBS code.
    start, end : int
        Span in the text (end exclusive).
    text : str
        The surface form.
    form : str
        ``name``, ``variant`` or ``adjective``.
    after_gemeente : bool
        Whether "gemeente(n)" (or "centrumgemeente" …) comes right before it, or the
        text otherwise makes it the municipality for sure ("Den Haag centrumgemeente",
        "Leiden en Den Haag").
    """

    cbs_code: str
    start: int
    end: int
    text: str
    form: str
    after_gemeente: bool = False


@quick_init
@dataclass(frozen=True)
class _Entry:
    code: str
    form: str  # name | suffixed | variant | adjective
    cue: str  # "" | "gemeente" | "article"


def _fold(text: str) -> str:
    """``text`` without diacritics (``Súdwest-Fryslân`` → ``Sudwest-Fryslan``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _key(text: str) -> str:
    """Lookup key of a surface form: separators as one space, apostrophes straight, casefolded."""
    return _SEPARATOR.sub(" ", text.translate(_APOSTROPHES)).casefold()


def adjectives(name: str) -> list[str]:
    """Adjectives of a one-word place name by the general Dutch rules, sorted.

    Examples
    --------
    >>> adjectives("Brunssum")
    ['Brunssums', 'Brunssumse']
    >>> adjectives("Zuiderwolde")
    ['Zuiderwoldes', 'Zuiderwoldese', 'Zuiderwolds', 'Zuiderwoldse']
    >>> adjectives("Zwolle")
    ['Zwolles', 'Zwollese', 'Zwols', 'Zwolse']
    >>> adjectives("Leiden"), adjectives("Goes")
    (['Leidens', 'Leidense', 'Leids', 'Leidse'], ['Goese'])
    >>> adjectives("Nijmegen")
    ['Nijmeegs', 'Nijmeegse', 'Nijmegens', 'Nijmegense', 'Nijmegs', 'Nijmegse']
    >>> adjectives("Almere")
    ['Almeers', 'Almeerse', 'Almeres', 'Almerese', 'Almers', 'Almerse']
    """
    if not name or not name.isalpha() or not name[0].isupper():
        return []
    stems = [name]
    lower = name.lower()
    if lower.endswith("e") and not lower.endswith(("se", "ee", "ie")):
        stem = name[:-1]
        if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1].lower() not in _VOWELS:
            stems.append(stem[:-1])  # Zwolle → Zwols: no double consonant at a syllable's end
        else:
            stems.append(stem)
            # Almere → Almeers: the vowel of the open syllable is written double
            if len(stem) >= 3 and stem[-2].lower() in _VOWELS and stem[-3].lower() not in _VOWELS:
                stems.append(stem[:-1] + stem[-2] + stem[-1])
    elif lower.endswith("en") and len(name) > 4:
        stem = name[:-2]
        stems.append(stem)
        # Nijmegen → Nijmeegs: the long vowel of the open syllable is written double
        if len(stem) >= 3 and stem[-2] in "aeou" and stem[-3].lower() not in _VOWELS:
            stems.append(stem[:-1] + stem[-2] + stem[-1])
    forms: set[str] = set()
    for stem in stems:
        if stem.lower().endswith(_SIBILANT):
            forms.add(stem + "e")
        else:
            forms.update((stem + "s", stem + "se"))
    return sorted(forms)


def _adjective_reads(municipality: Municipality, form: str, ambiguous: frozenset[str]) -> bool:
    """Whether the adjective ``form`` of ``municipality`` names it wherever it stands.

    A name that is also a common word ("Leiden", "Delft") still has an attributive
    adjective that is no word ("Leidse", "Delftse"); its predicative form in -s may be
    one ("Hoorns": horns). A name another place shares (CBS writes it with a province
    suffix: "Bergen (L.)") gives adjectives as ambiguous as itself.

    Examples
    --------
    >>> from kg.reference import default_reference
    >>> ref = default_reference()
    >>> leiden = next(m for m in ref.municipalities if m.name == "Leiden")
    >>> [_adjective_reads(leiden, f, ref.ambiguous) for f in ("Leidse", "Leids")]
    [True, False]
    """
    if municipality.official_name not in ambiguous:
        return True
    return municipality.name == municipality.official_name and form.endswith("e")


def _cued(cue: str, strong: bool, before: str) -> bool:
    """Whether a form with ``cue`` names the municipality after the text ``before`` it:
    right after "gemeente" (``strong``), or after its article in lower case."""
    if cue == "article":
        return _ARTICLE_BEFORE.search(before) is not None
    return strong


def _adjectives_of(name: str) -> list[str]:
    """:func:`adjectives` of a name, of a hyphenated one by its last part.

    Examples
    --------
    >>> _adjectives_of("Edam-Volendam")
    ['Edam-Volendams', 'Edam-Volendamse']
    >>> _adjectives_of("Hof van Twente")
    []
    """
    first, dash, last = name.rpartition("-")
    if not dash:
        return adjectives(name)
    if not first.replace("-", "").isalpha():
        return []
    return [f"{first}-{form}" for form in adjectives(last)]


def _unit_pattern(unit: str) -> str:
    if unit == " ":
        return r"(?:\s*-\s*|\s+)"
    if unit == "'":
        return "['’‘]"
    return re.escape(unit)


def _units(form: str, any_case_first: bool) -> list[str]:
    """A form split into trie units: characters, one unit per separator run."""
    units: list[str] = []
    for i, part in enumerate(_SEPARATOR.split(form.translate(_APOSTROPHES))):
        if i:
            units.append(" ")
        units.extend(part)
    if any_case_first and units and units[0].isalpha():
        units[0] = f"[{units[0].lower()}{units[0].upper()}]"
    return units


def _openings(forms: Iterable[list[str]]) -> re.Pattern | None:
    """Where a match of the names' pattern may begin: at a character one of the ``forms``
    (their trie units) opens with, with no word character or hyphen before it (as the
    pattern's look-behind asks); None when a form opens with a separator.

    Examples
    --------
    >>> opens = _openings([_units("Venray", False), _units("het Bildt", True)])
    >>> [m.start() for m in opens.finditer("Het Venray-Venlo, het hoge, ’t")]
    [0, 4, 18, 22]
    """
    firsts: set[str] = set()
    for units in forms:
        first = units[0] if units else " "
        if first == " ":
            return None
        if first == "'":
            firsts.update("'’‘")  # :func:`_unit_pattern`
        else:  # a character, or both cases of a letter in brackets (:func:`_units`)
            firsts.update(first[1:-1] if len(first) > 1 else first)
    return re.compile("[" + re.escape("".join(sorted(firsts))) + r"](?<![\w-].)")


def _trie_pattern(forms: Iterable[list[str]]) -> str:
    """One regular expression matching any of ``forms``, longest alternative first."""
    root: dict = {}
    for units in forms:
        node = root
        for unit in units:
            node = node.setdefault(unit, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = []
        for unit in sorted(k for k in node if k):
            piece = unit if unit.startswith("[") else _unit_pattern(unit)
            branches.append(piece + emit(node[unit]))
        if "" in node:
            branches.append("")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(root)


class MunicipalityMatcher:
    """Find municipality names, variants and adjectives in text.

    Parameters
    ----------
    reference : Reference
        The reference data (:func:`kg.reference.load_reference`).

    Examples
    --------
    >>> from kg.reference import default_reference
    >>> m = matcher_for(default_reference())
    >>> [(f.text, f.cbs_code) for f in m.find("De Venrayse aanpak en Hof van Twente.")]
    [('Venrayse', 'GM0984'), ('Hof van Twente', 'GM1735')]
    >>> [f.text for f in m.find("Het is best lastig. Best is een dorp.")]
    []
    >>> [f.text for f in m.find("de gemeenten Best en Son en Breugel")]
    ['Best', 'Son en Breugel']
    """

    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self._forms: set[str] = set()
        self._entries: dict[str, set[_Entry]] = {}
        self._of_code: dict[str, set[tuple[str, str, str]]] = {}
        names = {m.official_name for m in reference.municipalities}
        for m in reference.municipalities:
            self._add(m.official_name, _Entry(m.cbs_code, "name", ""))
            self._add(_fold(m.official_name), _Entry(m.cbs_code, "name", ""))
            if m.name != m.official_name:
                self._add(m.name, _Entry(m.cbs_code, "suffixed", ""))
            if m.official_name.startswith(_ARTICLES):  # "in de Fryske Marren"
                rest = m.official_name.split(" ", 1)[1]
                self._add(rest, _Entry(m.cbs_code, "name", "article"))
            for form in _adjectives_of(m.official_name):
                if form not in names and _adjective_reads(m, form, reference.ambiguous):
                    self._add(form, _Entry(m.cbs_code, "adjective", ""))
        for v in reference.variants:
            self._add(v.variant, _Entry(v.cbs_code, "variant", v.cue))
        for code, form in reference.adjectives:
            self._add(form, _Entry(code, "adjective", ""))
        self._ambiguous = {_key(name) for name in reference.ambiguous}
        units = [_units(form, form[:1].islower()) for form in sorted(self._forms)]
        pattern = _trie_pattern(units)
        # Not inside a word, nor one part of a hyphenated compound ("Venlo-Venray",
        # "Amsterdam-Amstelland"); a possessive "Venray's" is allowed.
        self._regex = re.compile(r"(?<![\w-])" + pattern + r"(?:(?![\w’'-])|(?=['’]s\b))")
        self._opens = _openings(units)

    def _add(self, form: str, entry: _Entry) -> None:
        self._forms.add(form)
        self._of_code.setdefault(entry.code, set()).add((entry.form, form, entry.cue))
        self._entries.setdefault(_key(form), set()).add(entry)

    def entries(self, surface: str) -> list[tuple[str, str, str]]:
        """``(code, form, cue)`` of every reading of ``surface``, sorted."""
        found = self._entries.get(_key(surface), set())
        return sorted((e.code, e.form, e.cue) for e in found)

    def forms_of(self, code: str) -> list[tuple[str, str, str]]:
        """``(form kind, surface, cue)`` of every form recognised for ``code``, sorted.

        Examples
        --------
        >>> from kg.reference import default_reference
        >>> forms = matcher_for(default_reference()).forms_of("GM0899")
        >>> [f for k, f, _ in forms if k == "adjective"]
        ['Brunssums', 'Brunssumse']
        """
        return sorted(self._of_code.get(code, ()))

    def resolve_title(self, title: str) -> Municipality | None:
        """The municipality a profile's title names (``gemeente`` prefix allowed), else None.

        Examples
        --------
        >>> from kg.reference import default_reference
        >>> matcher_for(default_reference()).resolve_title("Súdwest- Fryslân").cbs_code
        'GM1900'
        """
        name = re.sub(r"^\s*gemeente\s+", "", title.strip(), flags=re.IGNORECASE)
        codes = {
            e.code
            for e in self._entries.get(_key(name), ())
            if e.form in ("name", "suffixed", "variant")
        }
        if len(codes) != 1:
            return None
        return self.reference.by_code[codes.pop()]

    def find(
        self, text: str, start: int = 0, end: int | None = None, home: str | None = None
    ) -> list[Found]:
        """The municipalities named in ``text[start:end]``, in text order.

        Parameters
        ----------
        text : str
            The text (offsets refer to it).
        start, end : int, optional
            The span to search.
        home : str, optional
            CBS code of the profile's own municipality: a name two
            municipalities share resolves to the one in its province or region.
        """
        end = len(text) if end is None else end
        raw = self._spans(text, start, end)
        confirmed: list[Found] = []
        pending: list[Found] = []
        metonyms: list[Found] = []
        last_end = -1
        for s, e in raw:
            if s < last_end:
                continue
            verdict = self._judge(text, s, e, home)
            if verdict is None:
                metonym = self._metonym(text, s, e)
                if metonym is not None:
                    metonyms.append(metonym)
                    last_end = e
                continue
            found, needs_context = verdict
            last_end = e
            (pending if needs_context else confirmed).append(found)
        if metonyms:
            confirmed += _listed_metonyms(text, metonyms, confirmed + pending, home)
        confirmed += _coordinated(text, confirmed, pending)
        return sorted(confirmed, key=lambda f: (f.start, f.end))

    def _spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The spans of ``self._regex.finditer(text, start, end)``, the names tried only
        where one may begin (:func:`_openings`)."""
        if self._opens is None:
            return [m.span() for m in self._regex.finditer(text, start, end)]
        found = []
        last = start
        match = self._regex.match
        for opening in self._opens.finditer(text, start, end):
            at = opening.start()
            if at < last:
                continue  # inside the name before: finditer goes on after it
            m = match(text, at, end)
            if m is not None:
                found.append(m.span())
                last = m.end()
        return found

    def _judge(self, text: str, s: int, e: int, home: str | None) -> tuple[Found, bool] | None:
        """The reading of the match ``text[s:e]`` and whether it still needs a context."""
        surface = text[s:e]
        before = text[max(0, s - 40) : s]
        if _NOT_MUNICIPALITY.search(before):
            return None
        key = _key(surface)
        entries = self._entries[key]
        strong = _STRONG_CUE.search(before) is not None
        place = (
            strong
            or _PLACE_CUE.search(before) is not None
            or _CENTRE_AFTER.match(text, e) is not None  # "is Delft centrumgemeente"
        )
        entries = {x for x in entries if not x.cue or _cued(x.cue, strong, before)}
        codes = sorted({x.code for x in entries})
        if len(codes) > 1:
            codes = self._disambiguate(codes, home)
        if len(codes) != 1:
            return None
        readings = {x for x in entries if x.code == codes[0]}
        form = min(readings, key=lambda x: _FORMS.index(x.form))
        needs_context = (
            form.form == "name"
            and key in self._ambiguous
            and not place
            and codes[0] != home  # a profile's own name is its municipality wherever capitalised
        )
        label = "name" if form.form in ("name", "suffixed") else form.form
        return Found(codes[0], s, e, surface, label, strong), needs_context

    def _metonym(self, text: str, s: int, e: int) -> Found | None:
        """A variant cued by "gemeente" found without its cue ("Den Haag", which stands for
        the national government), as the municipality when "(als) centrumgemeente" or a part
        of the city ("de Haagse agglomeratie") follows (confirmed: ``after_gemeente``), else
        as a candidate a list may confirm (:func:`_listed_metonyms`); None for any other
        match."""
        surface = text[s:e]
        if _NOT_MUNICIPALITY.search(text[max(0, s - 40) : s]):
            return None
        codes = {x.code for x in self._entries[_key(surface)] if x.cue == "gemeente"}
        if len(codes) != 1:
            return None
        centre = (
            _CENTRE_AFTER.match(text, e) is not None
            or _CITY_PART_AFTER.match(text, e) is not None  # "de Haagse agglomeratie"
        )
        return Found(codes.pop(), s, e, surface, "variant", centre)

    def _disambiguate(self, codes: list[str], home: str | None) -> list[str]:
        ref = self.reference
        if home is None or home not in ref.by_code:
            return codes
        mine = ref.by_code[home]
        same = [c for c in codes if ref.by_code[c].province == mine.province]
        if len(same) == 1:
            return same
        region = ref.region_of.get(home)
        return [c for c in codes if region is not None and c in region.member_codes]


def _coordinated(text: str, confirmed: list[Found], pending: list[Found]) -> list[Found]:
    """The pending names joined by a list separator to a confirmed name (transitively)."""
    added: list[Found] = []
    anchors = sorted(confirmed, key=lambda f: f.start)
    changed = True
    while changed and pending:
        changed = False
        for p in list(pending):
            for a in anchors:
                gap = text[a.end : p.start] if a.end <= p.start else text[p.end : a.start]
                if _COORDINATION.fullmatch(gap):
                    pending.remove(p)
                    added.append(p)
                    bisect.insort(anchors, p, key=lambda f: f.start)
                    changed = True
                    break
    return added


def _listed_metonyms(
    text: str, metonyms: list[Found], names: list[Found], home: str | None
) -> list[Found]:
    """The metonymic variants that name the municipality: those confirmed by a following
    "centrumgemeente", and those in a list with another municipality's name (not the
    profile's own: "tussen Den Haag en <home>" sets the state against the municipality).

    Examples
    --------
    >>> haag = Found("GM0518", 3, 11, "Den Haag", "variant")
    >>> delft = Found("GM0503", 15, 20, "Delft", "name")
    >>> [f.after_gemeente for f in _listed_metonyms("Op Den Haag en Delft.", [haag], [delft], None)]
    [True]
    >>> _listed_metonyms("Op Den Haag en Delft.", [haag], [delft], "GM0503")
    []
    """
    out = [m for m in metonyms if m.after_gemeente]
    others = [n for n in names if n.cbs_code != home]
    for m in metonyms:
        if m.after_gemeente:
            continue
        for n in others:
            gap = text[n.end : m.start] if n.end <= m.start else text[m.end : n.start]
            if n.cbs_code != m.cbs_code and _COORDINATION.fullmatch(gap):
                out.append(Found(m.cbs_code, m.start, m.end, m.text, m.form, True))
                break
    return out


@lru_cache(maxsize=4)
def matcher_for(reference: Reference) -> MunicipalityMatcher:
    """The compiled matcher of ``reference`` (built once per process and reference)."""
    return MunicipalityMatcher(reference)
