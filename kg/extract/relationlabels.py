"""Relations a key-value line states: the lines of slide decks, fact sheets and notes.

A line "Key: value" (:mod:`kg.extract.linekeys`) states a relation without a verb when its
value is only a name, or its key only names:

- a task and the party that does it: "Jeugdgezondheidszorg: GGD Noord, ook voor A",
  "Uitvoering Participatiewet: Werkplein X, van A, B en C", "Schuldhulp: Stichting Y" give
  ``executes-for`` from the named organisation or body to the profile's municipality (and
  to every municipality named after "(ook) voor"); the municipalities of "van A, B en C"
  after it are ``member-of`` it (the body is theirs). A key of buying ("Inkoop jeugd:
  Inkoopbureau Z") gives ``purchases-via``, a key of sources ("Bron: CBS") ``reports-on``,
  a key of partners ("Partners: A, B en C") ``cooperates-with``. The value must be the
  name alone, up to a comma, semicolon or bracket: "Jeugd: GGD Noord doet de screening" is
  a clause, read by the cue rules, and so is a value whose name a relative clause follows
  ("Anna: Het Werkpunt X, waarin A en B samenwerken, plaatste …", a speaker's turn);
- neighbours: "A en B: buurgemeenten aan de overkant van de rivier" gives ``borders-on`` each
  named municipality; a cooperation in the value ("…, samenwerking alleen bij het vervoer")
  ``cooperates-with`` each, unless the value denies it ("geen samenwerking").

A named organisation or body in brackets closing a line with a figure is its source (the
guideline on ``reports-on``: the text names the party as the source of figures about the
municipality): "Eenzaamheid: 41% van de ouderen (GGD Noord, 2016)", "… 12 meldingen
(Veilig Thuis X)".

Source: the key-value style of municipal fact sheets and slides (:mod:`kg.extract.linekeys`)
and the guidelines of ``tests/gold/README.md`` on these relation types; written without
a particular profile's lines. Each reading is gated on a colon near the line's start, or
on a closing bracket.
"""

from __future__ import annotations

import re

from kg.extract.grouplists import Add, _Sentence
from kg.extract.linekeys import key_end
from kg.extract.model import SentenceMention

__all__ = ["label_relations"]


_F = re.IGNORECASE
#: Who does a task: an organisation or a joint body.
_DOERS = frozenset({"organisation", "body"})
#: The key's first word that makes its value a buyer's office, a source or the partners.
_BUYING = re.compile(r"(?:regionale\s+)?(?:inkoop|inkopen|ingekocht)\b", _F)
_SOURCE = re.compile(r"(?:bron|bronnen|cijfers\s+van)\b", _F)
_PARTNERS = re.compile(r"(?:samenwerkings)?partners?\b|samenwerking\b", _F)
#: Key words that name no task: a figure, a speaker's say, a time, a judgement.
_NO_TASK = re.compile(
    r"(?:aantal|percentage|aandeel|budget|tekort|overschot|wachttijd|wachtlijst|knelpunt"
    r"|sterk|zwak|kans|bedreiging|conclusie|oordeel|opvallend|risico|citaat|quote)\w*\b",
    _F,
)
#: What may open the value before the name: an article.
_ARTICLE = re.compile(r"\s*(?:(?:de|het)\s+)?", _F)
#: What may close the name: the line's end, a comma, a semicolon or an opening bracket.
_NAME_END = re.compile(r"\s*(?:[,;(]|\.?\s*$)")
#: A relative clause set off by commas right after the name, the main clause going on after
#: it: the value is a sentence's subject ("Anna: Het Werkpunt X, waarin A en B samenwerken,
#: plaatste …", a speaker's turn), not a name alone ("Schuldhulp: X, die ook … doet" is one).
_RELATIVE = re.compile(
    r"\s*,\s*(?:waarin|waarvan|waarmee|waarbij|dat|die)\b[^,;:()]*,\s*(?!(?:en|of)\b)\w", _F
)
#: "(ook) voor A en B" after the name: whom it works for.
_FOR = re.compile(r"\s*,?\s*(?:(?:ook|mede|tevens)\s+)?voor\s+(?:de\s+gemeenten?\s+)?", _F)
#: ", van A, B en C" after the name: its members.
_OF = re.compile(r"\s*,\s*van\s+(?:de\s+gemeenten?\s+)?", _F)
#: What may stand between the members of a list.
_LIST_GAP = re.compile(r"\s*(?:,|en|,\s*en)\s*")
#: A neighbour's noun opening the value: "buurgemeente(n)", "buurstad", "buren".
_NEIGHBOURS = re.compile(
    r"\s*(?:(?:de|onze|twee|drie)\s+)?(?:buurgemeenten?|buursteden|buurstad|buren)\b", _F
)
#: A bullet or spaces before a line's key.
_BULLET = re.compile(r"[\s\-\u2022\u2013*]*")
_TOGETHER = re.compile(r"\bsamenwerk\w*|\bsamen\s+(?:met|in|bij|op)\b", _F)
_DENIED = re.compile(r"\b(?:geen|niet|nauwelijks|nooit)\b[^,;]{0,30}$", _F)
#: A source in brackets closing the line: "(GGD X, 2016)", "(bron: X)", "(X 2015)".
_BRACKET = re.compile(r"\(\s*(?:bron\s*:\s*)?$", _F)
_BRACKET_CLOSE = re.compile(r"\s*(?:,?\s*(?:19|20)\d\d(?:[-/]\d{2,4})?)?\s*\)\s*\.?\s*$")
_FIGURE = re.compile(r"\d|\bprocent\b", _F)


def label_relations(sen: _Sentence, add: Add) -> None:
    """Add the relations a key-value line or a bracketed source states (module docstring).

    Examples
    --------
    >>> from kg.extract.relationsentence import Sentence
    >>> text = "Jeugdgezondheidszorg: GGD Noord, ook voor Heerlen"
    >>> ggd = SentenceMention("b/ggd", "body", 22, 31, "GGD Noord", 0)
    >>> hrl = SentenceMention("m/heerlen", "municipality", 42, 49, "Heerlen", 0)
    >>> got = []
    >>> sen = Sentence(text, 0, len(text), [ggd, hrl], "m/x", [])
    >>> label_relations(sen, lambda *link: got.append(link))
    >>> got  # doctest: +NORMALIZE_WHITESPACE
    [('executes-for', 'b/ggd', 'm/x'), ('executes-for', 'b/ggd', 'm/heerlen')]
    """
    out: list[tuple[str, str, str]] = []
    if sen.parties:
        colon = key_end(sen.text, sen.start, sen.end)
        if colon is not None:
            out += _task_line(sen, colon) or _neighbour_line(sen, colon)
        out += _bracketed_source(sen)
    for link in out:
        add(*link)


def _names_from(sen: _Sentence, pos: int) -> list[SentenceMention]:
    """The parties of a plain list that opens at ``pos`` ("A, B en C"), in order."""
    found: list[SentenceMention] = []
    for p in sen.parties:
        if p.start < pos:
            continue
        if sen.text[pos : p.start].strip() and not _LIST_GAP.fullmatch(sen.text, pos, p.start):
            break
        found.append(p)
        pos = p.end
    return found


def _task_line(sen: _Sentence, colon: int) -> list[tuple[str, str, str]]:
    """The doer a task line names in its value, and whom it works for."""
    text, key = sen.text, sen.text[sen.start : colon].strip()
    if any(p.start < colon for p in sen.parties) or _NO_TASK.match(key):
        return []  # the key names a party (a speaker, a subject), or a figure or judgement
    article = _ARTICLE.match(text, colon + 1)  # it always matches, maybe empty
    at = article.end() if article else colon + 1
    doer = next((p for p in sen.parties if p.start == at), None)
    if doer is None or not _NAME_END.match(text, doer.end, sen.end):
        return []
    if _RELATIVE.match(text, doer.end, sen.end):
        return []  # "Henk: Het Werkpunt X, waarin …, heeft …": a turn's sentence, no value
    if _SOURCE.match(key):
        return [("reports-on", p.entity, sen.own) for p in _names_from(sen, at) if p.kind in _DOERS]
    if _PARTNERS.match(key):
        return [("cooperates-with", sen.own, p.entity) for p in _names_from(sen, at)]
    if doer.kind not in _DOERS:
        return []
    if _BUYING.match(key):
        return [("purchases-via", sen.own, doer.entity)]
    out = [("executes-for", doer.entity, sen.own)]
    served = _FOR.match(text, doer.end, sen.end)
    if served:
        munis = _names_from(sen, served.end())
        out += [("executes-for", doer.entity, p.entity) for p in munis if p.kind == "municipality"]
    members = _OF.match(text, doer.end, sen.end)
    if members:
        munis = _names_from(sen, members.end())
        if munis and all(p.kind == "municipality" for p in munis):
            out += [("member-of", p.entity, doer.entity) for p in munis]
    return out


def _neighbour_line(sen: _Sentence, colon: int) -> list[tuple[str, str, str]]:
    """borders-on (and cooperates-with) the municipalities a key names as neighbours."""
    bullet = _BULLET.match(sen.text, sen.start, colon)  # it always matches, maybe empty
    named = _names_from(sen, bullet.end() if bullet else sen.start)
    if not named or sen.text[named[-1].end : colon].strip():
        return []  # the key is more than a list of names
    if any(p.kind != "municipality" for p in named):
        return []
    if not _NEIGHBOURS.match(sen.text, colon + 1, sen.end):
        return []
    out = [("borders-on", sen.own, p.entity) for p in named]
    for m in _TOGETHER.finditer(sen.text, colon + 1, sen.end):
        if not _DENIED.search(sen.text, colon + 1, m.start()):
            out += [("cooperates-with", sen.own, p.entity) for p in named]
            break
    return out


def _bracketed_source(sen: _Sentence) -> list[tuple[str, str, str]]:
    """reports-on for a named organisation or body in brackets closing a line with a figure."""
    text = sen.text
    if ")" not in text[max(sen.start, sen.end - 3) : sen.end]:
        return []  # the cheap gate: no bracket at the line's end
    for p in reversed(sen.parties):
        if p.kind not in _DOERS:
            continue
        opened = _BRACKET.search(text, max(sen.start, p.start - 10), p.start)
        if (
            opened
            and _BRACKET_CLOSE.match(text, p.end, sen.end)
            and _FIGURE.search(text, sen.start, opened.start())
        ):
            return [("reports-on", p.entity, sen.own)]
        break
    return []
