"""Dutch sentence splitting with character offsets.

Rule based: a sentence ends at ``.``, ``!`` or ``?`` (possibly repeated) or ``…``,
possibly followed by a closing quote or bracket, when whitespace and an upper-case
letter, a digit or an opening quote follow (the low ones too: „, ‚, «, and ",," typed
for „), or the elided article of a name or a fixed phrase ("'s-Hertogenbosch",
"'s Avonds", "'t Zandt"), unless the period closes a known abbreviation or an initial,
or a month's abbreviation before a number ("1 jan. 2015"); a period a closing quote follows
ends its sentence even after an abbreviation ("… in de min." Ze …). A closing guillemet
("… maken.» De raad") stays with its sentence like any closing quote. A transcript's stage
direction in square brackets between two sentences ("… hoor. [lacht] Ik …") is a piece of its
own.
"""

from __future__ import annotations

import re

#: Abbreviations after which a period does not end a sentence (lower case).
ABBREVIATIONS = frozenset(
    {
        "t.o.v",
        "o.a",
        "bijv",
        "m.b.t",
        "e.d",
        "d.w.z",
        "etc",
        "nl",
        "ca",
        "mr",
        "dr",
        "drs",
        "ir",
        "blz",
        "nr",
        "jl",
        "z.g",
        "m.a.w",
        "i.v.m",
        "i.s.m",  # in samenwerking met
        "i.o.v",  # in opdracht van
        "a.s",
        "resp",
        "incl",
        "excl",
        "max",
        "min",
        "evt",
        "mw",
        "dhr",
        "vs",
        "st",  # "St. Anthonis", "Mill en St. Hubert": Sint
        "i.p.v",  # in plaats van
        "i.c",  # in casu
        "t.a.v",  # ten aanzien van
        "t.b.v",  # ten behoeve van
        "n.a.v",  # naar aanleiding van
        "a.d.h.v",  # aan de hand van
        "o.b.v",  # op basis van
        "m.i.v",  # met ingang van
        "m.u.v",  # met uitzondering van
        "i.h.k.v",  # in het kader van
        "m.n",  # met name
        "vnl",  # voornamelijk
        "art",  # artikel
        "mevr",
        "prof",
        "inw",  # inwoners: "ca. 33.000 inw."
        "m.b.v",  # met behulp van
        "d.m.v",  # door middel van
        "z.s.m",  # zo spoedig mogelijk
        "t.z.t",  # te zijner tijd
        "i.h.a",  # in het algemeen
        "e.a",  # en andere(n)
        "m.i",  # mijns inziens
        "z.i",  # zijns inziens
        "ong",  # ongeveer: "ong. 30.000"
        "gem",  # gemeente, gemiddeld: "gem. Meppel"
        "bv",  # bijvoorbeeld
        "vgl",  # vergelijk
        "zgn",  # zogenaamd
    }
)

#: Abbreviated months: their period ends no sentence when a number follows ("1 jan. 2015").
MONTHS = frozenset(
    {"jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"}
)

_END = re.compile(
    r"[.!?…]+[”\"’')»›]*(?=\s+(?:[\"“‘'(\[„‚«]?[A-ZÀ-Ý0-9€]|,,[A-ZÀ-Ý0-9€]|['’‘][st][-\s][A-ZÀ-Ý]"
    r"|\[[a-zà-ÿ]))"
    # a transcript's stage direction ("[lacht]", "[stilte]", "[gelach in de zaal]") between
    # two sentences is a piece of its own: it ends the sentence before it and is no part of
    # the one after
    r"|(?<=\s)\[[a-zà-ÿ][a-zà-ÿ ]{0,38}\](?=\s+[\"“‘'(„«]?[A-ZÀ-Ý0-9€])"
)


#: A run of characters that are no white space or opening mark (matched in a reversed text:
#: the token before a period, read backwards from it).
_TOKEN_BACK = re.compile(r"[^\s(“\"'‘«]*")


def _is_abbreviation(text: str, period_pos: int) -> bool:
    window = text[max(0, period_pos - 32) : period_pos]
    size = _TOKEN_BACK.match(window[::-1]).end()  # type: ignore[union-attr]
    start = period_pos - size
    if size == len(window):  # the token may reach further back than the window
        while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(“\"'‘«":
            start -= 1
    token = text[start:period_pos].lower()
    if token in ABBREVIATIONS:
        return True
    if token in MONTHS:
        after = text[period_pos + 1 : period_pos + 3].lstrip()
        return after[:1].isdigit()
    # A single letter followed by a period is an initial ("J. de Vries").
    return len(token) == 1 and token.isalpha()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences.

    Parameters
    ----------
    text : str
        The whole text; offsets are into it.
    start, end : int, optional
        The span to split (a paragraph).

    Returns
    -------
    list of (int, int)
        ``(start, end)`` offsets of each sentence, end exclusive, trimmed of
        surrounding whitespace.

    Examples
    --------
    >>> t = "Dit is een zin. En t.o.v. vorig jaar nog een!"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Dit is een zin.', 'En t.o.v. vorig jaar nog een!']
    >>> t = "Oss werkt samen in de regio. 's-Hertogenbosch is centrumgemeente."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Oss werkt samen in de regio.', "'s-Hertogenbosch is centrumgemeente."]
    >>> t = "Het tekort is groot (zie de jaarrekening.) De raad is bezorgd (o.a.) De rest niet."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Het tekort is groot (zie de jaarrekening.)', 'De raad is bezorgd (o.a.) De rest niet.']
    >>> t = "Ze zijn enthousiast. ,,Een traplift regel ik zelf”, zegt een consulent."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Ze zijn enthousiast.', ',,Een traplift regel ik zelf”, zegt een consulent.']
    >>> t = "Sinds 1 jan. 2015 is het zo. Een ambtenaar: «Het moest snel.» De raad stemde in."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Sinds 1 jan. 2015 is het zo.', 'Een ambtenaar: «Het moest snel.»', 'De raad stemde in.']
    >>> t = 'Hij vat het samen: "We staan in de min." Ze hoopt op meer geld.'
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Hij vat het samen: "We staan in de min."', 'Ze hoopt op meer geld.']
    >>> t = "Het loopt goed, hoor. [lacht] Ik twijfelde eerst. [stilte]"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Het loopt goed, hoor.', '[lacht]', 'Ik twijfelde eerst.', '[stilte]']
    >>> t = "Zie tabel [a] Hier staat het. Hij zegt [sic] dat het kan."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Zie tabel [a] Hier staat het.', 'Hij zegt [sic] dat het kan.']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _END.finditer(text, start, end):
        if (
            # a lone period (or one a bracket closes): a quotation closed after the period
            # ends the sentence even after an abbreviation ("in de min." Ze …)
            match.group().rstrip(")") == "." and _is_abbreviation(text, match.start())
        ) or (match.group()[0] == "[" and text[cursor : match.start()].strip()):
            # a stage direction is a piece of its own only between sentences
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    trimmed = []
    for s, e in spans:
        piece = text[s:e]
        rest = piece.strip()  # str.strip drops what str.isspace holds of
        if rest:
            s += len(piece) - len(piece.lstrip())
            trimmed.append((s, s + len(rest)))
    return trimmed
