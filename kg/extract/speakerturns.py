"""Turns under speaker labels, and the people a document names once with their role.

A transcript (a podcast, a group talk, interview notes) sets each turn as a paragraph that
opens with its speaker's label and a colon ("Marieke: Dat klopt.", "Host Joost: Welkom.",
"Interviewer: En de raad?"). The labels are short forms of people the text introduced once
in full with their role ("Aan tafel zit Marieke de Boer, schuldhulpverlener bij X."): a
first name, a surname or the full name, or a code of :mod:`kg.extract.codealiases`.

Labels
    A label is one to three capitalised words before a colon at a paragraph's start. A
    label that names the hosts or interviewers ("Host", "Presentator", "Interviewer", with
    or without a name after it) is the researchers' own turn: ``role/authors``, as the
    guidelines say; a name once labelled so is a host wherever it labels a turn.
People
    A person is introduced as a first name and a surname followed by a comma and a
    description of the person's function ("Karel Smit, wijkagent in Oost."): the group the
    description names (:func:`kg.extract.codealiases.description_voice`) is the person's
    voice, under the full name, the first name and the surname. Only the single names that
    label a turn and are no mention of their own ("Wethouder:" is a role's label) are looked
    for, so a document without labels costs a glance at each paragraph's first characters.
Signatures
    A block of text (a column, a letter, a testimony) may close with its writer's signature
    on a line of its own after a dash ("— Ahmed, schuldhulpverlener bij X"): the text above
    it, back to the previous signature or the start of its section, is that person's
    (:func:`signed_blocks`); a signature whose description names no group signs nothing.
Turns
    A finding in a labelled paragraph or a signed block that the text gives no other
    speaker (the authors by default) is the person's; a finding with a source of its own
    ("Volgens de monitor van de GGD …") keeps it. A label of a person never introduced
    changes nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from kg.document import Document
from kg.extract.arrangements import ARRANGEMENTS, arrangement
from kg.extract.model import Finding, SentenceMention
from kg.extract.nounforms import _is_known
from kg.extract.postheaders import post_blocks
from kg.namespaces import CONCEPT
from kg.turnlabels import TURNS

__all__ = [
    "HOST_WORDS",
    "cited_names",
    "guest_turns",
    "in_turn",
    "introduced_people",
    "label_names",
    "piece_finding",
    "byline_blocks",
    "byline_headings",
    "signed_blocks",
    "turn_facts",
    "turn_labels",
]

AUTHORS = CONCEPT + "role/authors"
#: Nouns that label the researchers' own turns (a host of a podcast, an interviewer).
HOST_WORDS = frozenset(
    {
        "host",
        "hosts",
        "presentator",
        "presentatrice",
        "interviewer",
        "interviewster",
        "gespreksleider",
        "gespreksleidster",
        "moderator",
        "onderzoeker",
        "verslaggever",
    }
)
#: The particles of a Dutch surname ("de Wit", "van der Berg").
_PARTICLES = r"(?:(?:van|de|der|den|ter|te|ten|in\s+'t|het|la|le|el|al)\s+)*"
#: A turn label at a paragraph's start: one to three capitalised words (a surname's
#: particles between them) and a colon.
_LABEL = re.compile(
    rf"(?P<label>[A-Z][\w'’-]*(?:\s+{_PARTICLES}[A-Z][\w'’-]*){{0,2}})\s*:\s+(?=\S)",
)
#: How far into a paragraph a label's colon may stand.
_LABEL_REACH = 40
#: A surname after a first name: optional particles, then one or two capitalised parts.
_SURNAME = rf"{_PARTICLES}[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
#: The description after an introduced name: between a comma and the clause's end.
_DESCRIPTION = re.compile(
    r"\s*,\s+(?P<desc>[^,.;:()“”\"?!]{3,120}?)\s*(?=[,.;!?)]|\s+en\s|$)"
    r"|\s*\(\s*(?P<bracket>[^()]{3,120}?)\s*\)"
)


def turn_labels(doc: Document) -> list[tuple[int, int, str]]:
    """The paragraphs that open with a speaker's label: ``(start, end, label)``.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> text = ("Stad\\n\\nZorg\\n\\nHost Joost: Welkom.\\n\\nMarieke: Dat klopt, hoor.\\n\\n"
    ...         "Dit is gewoon tekst: met een dubbele punt.\\n")
    >>> doc = parse_profile(text, "s")
    >>> [label for _, _, label in turn_labels(doc)]
    ['Host Joost', 'Marieke']
    """
    text = doc.text
    out: list[tuple[int, int, str]] = []
    for para in doc.paragraphs:
        if text.find(":", para.start, min(para.start + _LABEL_REACH, para.end)) < 0:
            continue
        found = _LABEL.match(text, para.start, para.end)
        if found is not None:
            out.append((para.start, para.end, " ".join(found.group("label").split())))
    return out


def guest_turns(doc: Document) -> list[tuple[int, int]]:
    """The spans of the paragraphs a guest speaks under a label: ``(start, end)`` in order.

    A label is a speaker's where it opens at least :data:`kg.turnlabels.TURNS` paragraphs
    (a fact box's "Werkloosheid: 9,8%" labels one line) and names a person: one of its
    words is no word of the Dutch dictionary (:func:`_given`: "Bron:", "Toelichting:",
    "Vraag:" name no one). The hosts' labels (:func:`host_label`) are the researchers'
    turns, not a guest's. What a guest says in a turn, a figure too ("Henk: Ongeveer
    120."), is the guest's account, not the authors' data.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> turns = ("Host Anna: Hoeveel?", "Joris: Ruim 40.", "Anna: En toen?", "Joris: Meer.",
    ...          "Anna: Echt?", "Joris: Ja, 60 per jaar.", "Bron: CBS.", "Bron: GGD.",
    ...          "Bron: UWV.")
    >>> doc = parse_profile("Stad\\n\\nZorg\\n\\n" + "\\n\\n".join(turns) + "\\n", "s")
    >>> [doc.text[s:e] for s, e in guest_turns(doc)]
    ['Joris: Ruim 40.', 'Joris: Meer.', 'Joris: Ja, 60 per jaar.']
    """
    labels = turn_labels(doc)
    counts = Counter(label for _, _, label in labels)
    hosts = host_names(labels)
    return [
        (start, end)
        for start, end, label in labels
        if counts[label] >= TURNS
        and not host_label(label, hosts)
        and any(map(_given, label.split()))
    ]


def in_turn(turns: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` lies in one of the ordered, disjoint spans ``turns``.

    Examples
    --------
    >>> in_turn([(0, 10), (20, 30)], 25), in_turn([(0, 10), (20, 30)], 15), in_turn([], 3)
    (True, False, False)
    """
    at = bisect_right(turns, offset, key=lambda span: span[0]) - 1
    return at >= 0 and turns[at][0] <= offset < turns[at][1]


def host_label(label: str, hosts: frozenset[str]) -> bool:
    """Whether ``label`` names the researchers: a host word, or a name labelled so elsewhere.

    Examples
    --------
    >>> host_label("Host Joost", frozenset()), host_label("Interviewer", frozenset())
    (True, True)
    >>> host_label("Joost", frozenset({"JOOST"})), host_label("Marieke", frozenset({"JOOST"}))
    (True, False)
    """
    words = label.split()
    return words[0].lower() in HOST_WORDS or label.replace(" ", "").upper() in hosts


def host_names(labels: list[tuple[int, int, str]]) -> frozenset[str]:
    """The names (in capitals) that follow a host word in some label ("Host Joost" → JOOST).

    Examples
    --------
    >>> sorted(host_names([(0, 9, "Host Joost"), (10, 20, "Marieke"), (21, 30, "Interviewer")]))
    ['JOOST']
    """
    return frozenset(
        "".join(words[1:]).upper()
        for _, _, label in labels
        if len(words := label.split()) > 1 and words[0].lower() in HOST_WORDS
    )


def label_names(
    labels: list[tuple[int, int, str]], mentions: list[SentenceMention]
) -> tuple[frozenset[str], set[str]]:
    """The hosts' names (in capitals) and the single names that label a guest's turn and are
    no mention of their own ("Wethouder:" is a role's label).

    Examples
    --------
    >>> labels = [(0, 9, "Host Ilse"), (10, 20, "Bram"), (21, 30, "Ilse"), (31, 40, "Wethouder")]
    >>> role = SentenceMention("role/alderman", "role", 31, 40, "Wethouder", 0)
    >>> hosts, names = label_names(labels, [role])
    >>> sorted(hosts), sorted(names)
    (['ILSE'], ['Bram'])
    """
    hosts = host_names(labels)
    starts = {m.start for m in mentions}
    names = {
        label
        for start, _, label in labels
        if " " not in label and not host_label(label, hosts) and start not in starts
    }
    return hosts, names


#: A name cited after "volgens", "aldus" or a form of address ("volgens Jansen", "mevrouw
#: Jansen"), found after a plain search for those words.
_NAME_AT = re.compile(r"\s*(?P<name>[A-Z][a-zà-ÿ'’-]+)(?![\w-])")
_CUES = ("volgens ", "aldus ", "mevrouw ", "meneer ", "de heer ")


def cited_names(text: str, low: str, mentions: list[SentenceMention]) -> set[str]:
    """Single names that may cite a person introduced in full elsewhere: a single capitalised
    word the extractor minted as an organisation ("Verbeek ziet …"), or a name after
    "volgens", "aldus", "mevrouw" or "meneer" (found in ``low``, the text in lower case); only
    names no Dutch dictionary knows ("Stichting",
    "Wethouder" are none).

    Examples
    --------
    >>> t = "Volgens Verbeek is het te laat, aldus mevrouw Haddou. Stichting Vivium ook."
    >>> org = SentenceMention("organisation/vivium", "organisation", 63, 69, "Vivium", 0)
    >>> sorted(cited_names(t, t.lower(), [org]))
    ['Haddou', 'Verbeek', 'Vivium']
    """
    out = {
        m.text
        for m in mentions
        if m.kind == "organisation" and m.text.isalpha() and m.text[:1].isupper()
    }
    for cue in _CUES:
        at = low.find(cue)
        while at >= 0:
            if (found := _NAME_AT.match(text, at + len(cue))) is not None:
                out.add(found.group("name"))
            at = low.find(cue, at + len(cue))
    return {name for name in out if not _is_known(name.lower())}


def introduced_people(
    doc: Document,
    names: set[str],
    mentions: list[SentenceMention],
    voice_of: Callable[[str, int, int, list[SentenceMention]], str | None],
) -> dict[str, str]:
    """The voices of the people cited by the short ``names`` (first names or surnames), from
    their introduction (see the module docstring): key (name in capitals, no spaces) →
    group. ``voice_of(text, start, end, mentions)`` reads a description. A short form shared
    by two people is left out.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> text = ("Stad\\n\\nZorg\\n\\nAan tafel zit Marieke de Boer, schuldhulpverlener in "
    ...         "Stad, en Kees Smit (huisarts).\\n\\nMarieke: Dat klopt. Smit zegt dat ook.\\n")
    >>> doc = parse_profile(text, "s")
    >>> debt, gp = doc.text.index("schuld"), doc.text.index("huisarts")
    >>> ms = [SentenceMention("role/debt", "role", debt, debt + 18, "schuldhulpverlener", 0),
    ...       SentenceMention("role/gp", "role", gp, gp + 8, "huisarts", 0)]
    >>> def voice(t, a, b, ms):
    ...     return next((m.entity for m in ms if a <= m.start < b), None)
    >>> people = introduced_people(doc, {"Marieke", "Smit"}, ms, voice)
    >>> sorted(k for k, v in people.items() if v == "role/debt")
    ['DEBOER', 'MARIEKE', 'MARIEKEDEBOER']
    >>> sorted(k for k, v in people.items() if v == "role/gp")
    ['KEES', 'KEESSMIT', 'SMIT']
    """
    out: dict[str, str] = {}
    shared: set[str] = set()
    text = doc.text
    for name in sorted(names):
        found = _introduction(text, name, mentions, voice_of)
        if found is None:
            continue
        first, last, voice = found
        for key in (first, last, f"{first}{last}"):
            key = re.sub(r"\s+", "", key).upper()
            if out.get(key, voice) != voice:
                shared.add(key)
            out.setdefault(key, voice)
    for key in shared:
        out.pop(key, None)
    return out


#: A surname after a first name, and a first name before a surname (searched up to it).
_LAST_AFTER = re.compile(rf"\s+(?P<last>{_SURNAME})(?![\w-])")
_FIRST_BEFORE = re.compile(
    rf"(?<![\w-])(?P<first>[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?)\s+(?P<particles>{_PARTICLES})$"
)


def _introduction(
    text: str,
    name: str,
    mentions: list[SentenceMention],
    voice_of: Callable[[str, int, int, list[SentenceMention]], str | None],
) -> tuple[str, str, str] | None:
    """The first introduction of a person cited as ``name`` (a first name followed by a
    surname, or a surname after a first name, then a description): ``(first name, surname,
    group)``, or None. Found with plain string search for the name."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
            first, last, stop = name, "", end
            if (after := _LAST_AFTER.match(text, end)) is not None:
                last, stop = after.group("last"), after.end()
            elif (before := _FIRST_BEFORE.search(text, max(0, at - 40), at)) is not None and _given(
                before.group("first")
            ):
                first, last = before.group("first"), before.group("particles") + name
                at = before.start()
            description = _DESCRIPTION.match(text, stop) if last else None
            if (
                description is not None
                and not _named(mentions, at, stop)
                and not _CLAUSE.match(
                    text,
                    description.start("desc")
                    if description.group("desc")
                    else description.start("bracket"),
                )
            ):
                group = "desc" if description.group("desc") is not None else "bracket"
                voice = voice_of(text, *description.span(group), mentions)
                if voice is not None:
                    return first, " ".join(last.split()), voice
        at = text.find(name, end)
    return None


#: A description that opens a clause ("…, die de schuldhulp doet", "…, waarin …"): said of
#: an organisation, not a person's function.
_CLAUSE = re.compile(
    r"(?:die|dat|wat|waar\w*|met|en|maar|hoewel|ook|namens|is|zijn|was|al|of)\b", re.IGNORECASE
)


def _given(first: str) -> bool:
    """Whether ``first`` may be a given name: no word of the Dutch dictionary ("Stichting",
    "Woonstichting", "Gemeente" open an organisation's name).

    Examples
    --------
    >>> _given("Marieke"), _given("Stichting"), _given("Gemeente")
    (True, False, False)
    """
    return not _is_known(first.lower())


def _named(mentions: list[SentenceMention], start: int, end: int) -> bool:
    """Whether a mention of more than a single name overlaps ``start:end`` (the words name
    an organisation or place: "Sociaal Team, …"); a single word minted as an organisation
    may be the person's name the extractor did not know."""
    return any(
        m.start < end and start < m.end and (" " in m.text or m.kind != "organisation")
        for m in mentions
    )


#: A signature: a line that opens with a dash, a name of one to three words, a comma and a
#: description of the person's function, and ends the line.
_SIGNATURE = re.compile(
    rf"^[ \t]*[–—][ \t]*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+{_PARTICLES}[A-Z][\w'’.-]*){{0,2}})"
    r"[ \t]*,[ \t]*(?P<desc>[^\n.;:()“”\"?!]{3,100}?)[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)


def signed_blocks(
    doc: Document,
    mentions: list[SentenceMention],
    voice_of: Callable[[str, int, int, list[SentenceMention]], str | None],
) -> list[tuple[int, int, str]]:
    """The blocks a signature closes: ``(start, end, voice)`` (see the module docstring).

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> text = ("Stad\\n\\nZorg\\n\\nDe wachtlijst is lang. Dat merk ik elke dag.\\n\\n"
    ...         "— Ahmed, schuldhulpverlener in Stad\\n\\nDe gemeente groeit.\\n")
    >>> doc = parse_profile(text, "s")
    >>> at = doc.text.index("schuld")
    >>> debt = SentenceMention("role/debt", "role", at, at + 18, "schuldhulpverlener", 0)
    >>> def voice(t, a, b, ms):
    ...     return next((m.entity for m in ms if a <= m.start < b), None)
    >>> [(doc.text[a:b].strip(), v) for a, b, v in signed_blocks(doc, [debt], voice)]
    [('De wachtlijst is lang. Dat merk ik elke dag.', 'role/debt')]
    """
    text = doc.text
    if "—" not in text and "–" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    previous = doc.paragraphs[0].start if doc.paragraphs else 0  # the body's start
    for found in _SIGNATURE.finditer(text):
        voice = voice_of(text, *found.span("desc"), mentions)
        if voice is None:
            continue
        section = doc.section_of(max(found.start() - 1, 0))
        start = max(previous, section.heading_end if section is not None else 0)
        if start < found.start():
            out.append((start, found.start(), voice))
        previous = found.end()
    return out


#: A byline on a line of its own at the top of a piece: "Door" (or "Door:") and the writer, a
#: name with the writer's function after a comma or in brackets ("Door Anna Smit, huisarts",
#: "Door: Anna Smit (huisarts)") or a group ("Door de cliëntenraad van X"); no full stop ends it.
_BYLINE = re.compile(
    rf"Door\s*:?\s+(?:(?P<name>[A-Z][\w'’.-]*(?:\s+{_PARTICLES}[A-Z][\w'’.-]*){{0,3}})"
    r"(?:\s*,\s*(?P<desc>[^\n.;:()“”\"?!]{3,100}?)|\s*\((?P<bracket>[^\n()]{3,100}?)\))"
    r"|(?P<group>(?:de|het)\s+[^\n,.;:“”\"?!]{3,80}?))\s*$"
)
#: The opening words of the editors' own note after the signed pieces ("Naschrift van de
#: redactie.", "Nawoord", "Noot van de redactie:"): the authors' frame again.
_EDITORS = ("Naschrift", "Nawoord", "Noot van de redactie", "Reactie van de redactie")


def byline_headings(doc: Document) -> list[tuple[int, int]]:
    """The spans of the bylines the parser made headings of (:data:`_BYLINE`): their words
    are read for mentions like running text (the writer's function is a mention). A byline
    the parser left a paragraph is running text already.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> text = ("Stad\\n\\nZorg\\n\\nHet is druk hier.\\n\\nJeugd\\n\\n"
    ...         "Door Anna Smit, huisarts in Stad\\n\\nWerk\\n\\nIk zie veel.\\n")
    >>> doc = parse_profile(text, "s")
    >>> [s.heading for s in doc.sections], byline_headings(doc)
    (['Jeugd', 'Werk'], [])
    """
    return [
        (s.start, s.heading_end)
        for s in doc.sections
        if s.heading.startswith("Door") and _BYLINE.fullmatch(doc.text, s.start, s.heading_end)
    ]


def byline_blocks(
    doc: Document,
    mentions: list[SentenceMention],
    voice_of: Callable[[str, int, int, list[SentenceMention]], str | None],
) -> list[tuple[int, int, str]]:
    """The pieces a byline opens: ``(start, end, voice)``, each from its byline through every
    heading to the next byline, the editors' note (:data:`_EDITORS`, the authors' again) or
    the document's end. A byline whose function names no group opens no piece, nor does a
    group's byline ("Door de cliëntenraad van X") that is the document's only one.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> text = ("Stad\\n\\nZorg\\n\\nDe redactie vroeg twee mensen.\\n\\n"
    ...         "Door Anna Smit, huisarts in Stad\\n\\nWerk\\n\\nIk zie veel. Het is druk.\\n\\n"
    ...         "Naschrift van de redactie. Wij danken haar.\\n")
    >>> doc = parse_profile(text, "s")
    >>> at = doc.text.index("huisarts")
    >>> gp = SentenceMention("role/gp", "role", at, at + 8, "huisarts", 0)
    >>> def voice(t, a, b, ms):
    ...     return next((m.entity for m in ms if a <= m.start < b), None)
    >>> [(doc.text[a:b].split()[:2], v.rsplit("/", 1)[-1])
    ...  for a, b, v in byline_blocks(doc, [gp], voice)]
    [(['Werk', 'Ik'], 'gp'), (['Naschrift', 'van'], 'authors')]
    """
    if posts := post_blocks(doc, mentions, voice_of):  # a forum thread's posts
        return posts
    text = doc.text
    if "Door" not in text:
        return []
    opened: list[tuple[int, str]] = []  # (where a piece starts, its voice)
    lines = [(s.start, s.heading_end) for s in doc.sections if s.heading.startswith("Door")]
    lines += [(p.start, p.end) for p in doc.paragraphs if text.startswith("Door", p.start)]
    named = 0  # bylines with a person's name
    for start, end in sorted(lines):
        found = _BYLINE.fullmatch(text, start, end)
        if found is None:
            continue
        part = next(g for g in ("desc", "bracket", "group") if found.group(g) is not None)
        voice = voice_of(text, *found.span(part), mentions)
        if voice is not None:
            opened.append((end, voice))
            named += part != "group"
    if not named and len(opened) < 2:
        return []  # a lone "Door de …" line is no page of signed pieces
    notes = [p.start for p in doc.paragraphs if text.startswith(_EDITORS, p.start)]
    opened += [(at, AUTHORS) for at in notes if at > opened[0][0]]
    opened.sort()
    ends = [at for at, _ in opened[1:]] + [len(text)]
    return [(start, end, voice) for (start, voice), end in zip(opened, ends, strict=True)]


#: The relation types that state how the field is organised (as :mod:`kg.extract.bodyvoice`).
_ORGANISED = ARRANGEMENTS - {"oriented-towards", "borders-on"}


def piece_finding(
    text: str,
    finding: Finding,
    pieces: tuple[tuple[int, int, str], ...],
    mentions: list[SentenceMention],
    arranged: dict[int, set[str]],
) -> Finding:
    """A finding in a signed piece (:func:`byline_blocks`), given to its writer where the
    sentence names none of its speakers itself (the authors, or a voice carried from the
    sentence before); a plain arrangement of the field (``arranged``: sentence → the types of
    its relations, :func:`kg.extract.arrangements.arrangement`), in the first person too ("Wij
    werken samen met …"), stays the authors'.

    Examples
    --------
    >>> t = "Ik zie veel. Stad werkt samen met Dorp. Wij werken samen met Dorp."
    >>> fs = [Finding(0, 12, (0,), (AUTHORS,), (), "neutral", 1),
    ...       Finding(13, 39, (1,), (AUTHORS,), (), "neutral", 1),
    ...       Finding(40, 67, (2,), (AUTHORS,), (), "neutral", 1)]
    >>> arranged = {1: {"cooperates-with"}, 2: {"cooperates-with"}}
    >>> [piece_finding(t, f, ((0, 67, "role/gp"),), [], arranged).speakers[0][-10:] for f in fs]
    ['role/gp', 'le/authors', 'le/authors']
    """
    for start, end, voice in pieces:
        if start <= finding.start < end:
            named = {m.entity for m in mentions if finding.start <= m.start < finding.end}
            if set(finding.speakers) & named - {AUTHORS}:
                return finding
            if _plain_fact(text, finding, arranged):
                voice = AUTHORS
            return replace(finding, speakers=(voice,))
    return finding


def _plain_fact(
    text: str, finding: Finding, arranged: dict[int, set[str]], kinds: frozenset[str] = _ORGANISED
) -> bool:
    """Whether ``finding`` plainly states how the field is organised (``arranged``: sentence
    → the types of its relations), in the first person or not ("Wij kopen in via de regio"),
    and reads as neutral: the authors' account in a speaker's turn or piece too. ``kinds``:
    the relation types that state an arrangement."""
    if finding.polarity != "neutral":  # "…, en dat gaat goed": a judgement of it
        return False
    types = {t for s in finding.sentences for t in arranged.get(s, ())} & kinds
    return bool(types) and arrangement(text[finding.start : finding.end], types)


#: The arrangements a guest's turn states as plain facts: not a mere link to an organisation
#: ("heeft te maken met": "In 2015 kregen we € 610 per inwoner uit het gemeentefonds" is the
#: guest's own account of the money).
_TURN_FACTS: frozenset[str] = _ORGANISED - {"related-organisation"}


def turn_facts(
    text: str, findings: list[Finding], turns: tuple[tuple[int, int, str], ...], relations: list
) -> list[Finding]:
    """``findings`` with those of a speaker's turn (``turns``: ``(start, end, voice)``) that
    speak as the turn's voice and plainly state how the field is organised given to the
    authors: "Plain facts of organisation are `role/authors` in a first-person or quoted
    account too" (the gold standard's twenty-third batch, decision 2). ``relations`` are the
    document's, each with its ``sentence`` and ``type``.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> t = "Anna: Wij kopen de jeugdhulp in via de regio. Anna: Het gaat goed."
    >>> fs = [Finding(0, 46, (0,), ("role/gp",), (), "neutral", 1),
    ...       Finding(47, 67, (1,), ("role/gp",), (), "neutral", 1)]
    >>> r = SimpleNamespace(sentence=0, type="purchases-via")
    >>> [f.speakers[0][-7:] for f in turn_facts(t, fs, ((0, 67, "role/gp"),), [r])]
    ['authors', 'role/gp']
    """
    arranged: dict[int, set[str]] = {}
    for r in relations:
        arranged.setdefault(r.sentence, set()).add(r.type)
    out: list[Finding] = []
    for finding in findings:
        voice = next((v for a, b, v in turns if a <= finding.start < b), None)
        if (
            voice is not None
            and finding.speakers == (voice,)
            and _plain_fact(text, finding, arranged, _TURN_FACTS)
        ):
            finding = replace(finding, speakers=(AUTHORS,))
        out.append(finding)
    return out
