"""Posts of a forum thread: each opens with a header line that names its writer's function.

A forum thread (a closed forum of professionals, a discussion under an article) sets each
post under a header of its own: an optional post number, the writer's handle or name, a
dash and the writer's function, often with the organisation after a comma::

    #3 wijkverpleging_ria — wijkverpleegkundige, Thuiszorg Veluwe-IJssel

    Die cijfers zie je hier nog sterker terug. …

The text below a header, up to the next header (or the document's end), is that writer's
post: a sentence there speaks as the writer unless it names its own speaker
(:func:`kg.extract.speakerturns.piece_finding`). A header whose function is a host's
("moderator namens de onderzoekers", :data:`kg.extract.speakerturns.HOST_WORDS`) opens a
post of the researchers themselves. A thread has at least two headers; a lone line of this
shape ("Jeugd — cijfers en verhalen") is a heading, and a header whose function names no
group opens no post of a person (its text stays the authors').
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.document import Document
from kg.extract.model import SentenceMention
from kg.extract.speechcues import FUNCTION_NOUN
from kg.namespaces import CONCEPT

__all__ = ["header_functions", "post_blocks", "post_header"]

AUTHORS = CONCEPT + "role/authors"
#: The nouns of a header's function that make the post the researchers' own.
_HOSTS: frozenset[str] = frozenset(
    {"moderator", "moderatorteam", "redactie", "onderzoeker", "onderzoekers", "beheerder"}
)
#: A post header on a paragraph of its own: an optional post number ("#3", "3."), a handle
#: (one token: "anna_v", "dr.bakker") or a name of one to three capitalised words, a long
#: dash, and the function (to the line's end, no sentence's end inside).
_HEADER = re.compile(
    r"(?:#\d{1,4}\s+|\d{1,4}\.\s+)?"
    r"(?P<name>[\w.@-]{2,40}|[A-Z][\w'’-]*(?:\s+(?:van|de|der|den|ter|ten|te|[A-Z][\w'’-]*)){0,3})"
    r"\s+[—–]\s+(?P<desc>[^\n;:?!“”\"]{3,100}?)\s*"
)
#: A generic function ("voorzitter", "directeur"): it speaks as the body it heads.
_GENERIC = re.compile(rf"(?:{FUNCTION_NOUN})", re.IGNORECASE)
#: The noun that opens a function ("teamleider" in "teamleider, Sociaal Team X").
_NOUN = re.compile(r"[a-zà-ÿ]{4,30}(?![\w-])")
#: How few headers make a thread.
_THREAD = 2
#: How long a header line may be.
_REACH = 160


def post_header(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the function in the post header ``text[start:end]``, or None when the
    paragraph is no header.

    Examples
    --------
    >>> t = "#3 wijkverpleging_ria — wijkverpleegkundige, Thuiszorg Veluwe-IJssel"
    >>> a, b = post_header(t, 0, len(t))
    >>> t[a:b]
    'wijkverpleegkundige, Thuiszorg Veluwe-IJssel'
    >>> t = "Anna de Vries — huisarts in Epe"
    >>> t[slice(*post_header(t, 0, len(t)))]
    'huisarts in Epe'
    >>> t = "De wachtlijst groeit — zegt de huisarts. Het is te veel."
    >>> post_header(t, 0, len(t)) is None
    True
    """
    if end - start > _REACH or ("—" not in text[start:end] and "–" not in text[start:end]):
        return None
    found = _HEADER.fullmatch(text, start, end)
    if found is None or "." in found.group("desc"):
        return None
    return found.span("desc")


def _headers(doc: Document) -> list[tuple[int, int, int, int]]:
    """The post headers of a thread: ``(start, end, function start, function end)`` per
    header paragraph, none where fewer than :data:`_THREAD` headers stand."""
    text = doc.text
    if "—" not in text and "–" not in text:
        return []
    out = [
        (para.start, para.end, *span)
        for para in doc.paragraphs
        if (span := post_header(text, para.start, para.end)) is not None
    ]
    return out if len(out) >= _THREAD else []


def header_functions(doc: Document) -> list[tuple[str, int, int]]:
    """The function nouns that open the headers of a forum thread ("teamleider" in "#12
    sanne — teamleider, Sociaal Team X"), generic functions and hosts left out: ``(noun in
    lower case, start, end)``. Each names the group the writer belongs to, as the functions of
    a legend of respondents do (:func:`kg.extract.respondentcodes.legend_functions`).

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> text = ("Stad\\n\\nZorg\\n\\n#1 sanne — teamleider, Team Stad\\n\\nDruk.\\n\\n"
    ...         "#2 p.kok — directeur, Stichting X\\n\\nOok.\\n\\n#3 mod — moderator\\n\\nJa.\\n")
    >>> [noun for noun, _, _ in header_functions(parse_profile(text, "s"))]
    ['teamleider']
    """
    out: list[tuple[str, int, int]] = []
    for _, _, start, end in _headers(doc):
        found = _NOUN.match(doc.text, start, end)
        if found is None or found.group() in _HOSTS or _GENERIC.fullmatch(found.group()):
            continue
        out.append((found.group(), found.start(), found.end()))
    return out


def post_blocks(
    doc: Document,
    mentions: list[SentenceMention],
    voice_of: Callable[[str, int, int, list[SentenceMention]], str | None],
) -> list[tuple[int, int, str]]:
    """The posts of a forum thread: ``(start, end, voice)``, each from its header's end to
    the next header (see the module docstring); ``voice_of(text, start, end, mentions)``
    reads a function. Posts whose function names no group are left out.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> text = ("Stad\\n\\nZorg\\n\\n#1 mod_x — moderator namens de onderzoekers\\n\\n"
    ...         "Stad telt 9.000 inwoners.\\n\\n#2 dr.smit — huisarts, Stad\\n\\n"
    ...         "Ouders komen laat. Dat zie ik vaak.\\n")
    >>> doc = parse_profile(text, "s")
    >>> at = doc.text.index("huisarts")
    >>> gp = SentenceMention("role/gp", "role", at, at + 8, "huisarts", 0)
    >>> def voice(t, a, b, ms):
    ...     return next((m.entity for m in ms if a <= m.start < b), None)
    >>> [(doc.text[a:b].strip(), v.rsplit("/", 1)[-1]) for a, b, v in post_blocks(doc, [gp], voice)]
    [('Stad telt 9.000 inwoners.', 'authors'), ('Ouders komen laat. Dat zie ik vaak.', 'gp')]
    >>> one = parse_profile("Stad\\n\\nZorg\\n\\n#2 dr.smit — huisarts, Stad\\n\\nDruk.\\n", "s")
    >>> post_blocks(one, [], voice)
    []
    """
    text = doc.text
    headers: list[tuple[int, int, str | None]] = []  # (header start, header end, voice)
    for start, end, a, b in _headers(doc):
        first = text[a:b].split(maxsplit=1)[0].strip(",").lower()
        voice = AUTHORS if first in _HOSTS else voice_of(text, a, b, mentions)
        headers.append((start, end, voice))
    if not headers:
        return []
    ends = [start for start, _, _ in headers[1:]] + [len(text)]
    return [
        (end, stop, voice)
        for (_, end, voice), stop in zip(headers, ends, strict=True)
        if voice is not None and end < stop
    ]
