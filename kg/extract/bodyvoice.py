"""A body writing in the first person plural: the report of a council, adviesraad, cliëntenraad,
ombudsman or rekenkamer in its own words ("Wij constateren dat …").

Writer
    The document says who "wij" is: "Dit profiel is het jaarverslag 2016 van de Adviesraad
    X", "Dit verslag is een terugblik van de cliëntenraad", "Wij zijn de Wmo-raad van X",
    "De Rekenkamer X brengt hierbij verslag uit". The body named (a group, body or
    organisation, not the municipality) is the writer from the sentence after that
    statement on, provided the text speaks as "wij"/"we" (three times at least). The
    researchers' "wij" of an ordinary profile is no such statement and stays the authors'.
Voice
    The writer's voice is the document's own (gold README, twentieth batch, decision 5): a
    sentence whose main clause speaks as "wij"/"we" ("Wij hebben het college geadviseerd …",
    "Dat betreuren wij, …", "Ons advies was …") or opens with the writer's name ("De
    adviesraad vindt …") is the writer's, and so is a sentence the text attributes to no
    one, or into which another voice is carried without being named in it (a source the
    sentence names in words, "volgens de cijfers die de gemeente ons gaf", is named); not a plain
    statement of how the field is organised (:mod:`kg.extract.arrangements`), a report
    from data ("Uit de monitor blijkt …") nor a sentence that names the researchers: those
    stay the authors'.
Told to the writer
    "Wij horen van inwoners dat …", "We hoorden bij ambtenaren veel onvrede …": the group
    heard speaks, and its voice goes on through the unattributed sentences after it in the
    paragraph until the writer speaks again. (Where the group is the subject, "Inwoners
    lieten ons weten dat …", the sentence names its speaker already.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.document import Document
from kg.extract.arrangements import ARRANGEMENTS, arrangement
from kg.extract.impliedspeakers import implied_speaker
from kg.extract.model import Extraction, Finding, SentenceMention
from kg.extract.prefixscan import finditer
from kg.extract.speakergroups import member_group
from kg.extract.wordtokens import lowered
from kg.namespaces import CONCEPT

__all__ = ["Writer", "speak_as_writer", "writer_body"]

AUTHORS = CONCEPT + "role/authors"
_KINDS = ("role", "body", "organisation")
_REPORT = (
    r"(?:jaarverslag|verslag|rapport|jaarrapport|rapportage|advies|jaarbrief|brief|evaluatie"
    r"|terugblik|jaaroverzicht)"
)
#: "Dit profiel is het jaarverslag 2016 van de", "Dit verslag is een terugblik van het".
_THIS_IS = re.compile(
    r"\b(?:dit|deze)\s+(?:profiel|document|tekst|verslag|rapport|stuk|notitie|brief|bijdrage)"
    rf"\s+is\s+(?:het|een|de)\s+(?:[\w-]+\s+){{0,2}}?{_REPORT}"
    r"(?:\s+(?:over\s+)?\d{4}(?:[-–]\d{2,4})?)?\s+(?:van|door)\s+(?:de|het)\s+",
    re.IGNORECASE,
)
#: "Wij zijn de", "We zijn het".
_WE_ARE = re.compile(r"\b(?:wij|we)\s+zijn\s+(?:de|het)\s+", re.IGNORECASE)
#: After the body's name: "brengt hierbij verslag uit", "presenteert zijn jaarverslag".
_REPORTS = re.compile(
    r"\s+(?:brengt|presenteert|geeft)\s+(?:(?:hierbij|hiermee|jaarlijks|ieder\s+jaar|elk\s+jaar"
    rf"|in\s+dit\s+\w+)\s+)?(?:verslag\s+uit|(?:haar|zijn|het)\s+{_REPORT})",
    re.IGNORECASE,
)
#: The verbs one of which every match of :data:`_REPORTS` holds (its only alternation
#: without which it cannot match).
_REPORT_VERBS = ("brengt", "presenteert", "geeft")
_FIRST_PLURAL = re.compile(r"\b(?:wij|we)\b", re.IGNORECASE)
#: The writer in the main clause: "wij"/"we" within its first words (not after a relative
#: pronoun or a subordinator: "Ouders die wij spraken …" is the parents'), or "Ons"/"Onze"
#: opening it.
_OWN = re.compile(
    r"\W*(?:(?:[^\s,.;:“”]+\s+){0,4}?(?<!\bdie\s)(?<!\bdat\s)(?<!\bwie\s)(?<!\bwaar\s)"
    r"(?<!\bals\s)(?<!\btoen\s)(?<!\bomdat\s)(?<!\bwat\s)(?:wij|we)\b|(?:ons|onze)\s+[a-zà-ÿ])",
    re.IGNORECASE,
)
#: What the writer was told: "Wij horen van inwoners", "We hoorden bij ambtenaren".
_HEARD = re.compile(
    r"\W*(?:wij|we)\s+(?:horen|hoorden|hoor|vernemen|vernamen|krijgen|kregen)\s+"
    r"(?:(?:ook|veel|vaak|regelmatig|soms|nog)\s+)*(?:van|bij|uit)\s+",
    re.IGNORECASE,
)
#: A report from data: "Uit de gezondheidsmonitor van de GGD blijkt …".
_FROM_DATA = re.compile(
    r"\W*uit\s+[^,.;:]{3,90}?\s+(?:blijkt|blijken|bleek|bleken)\b", re.IGNORECASE
)
#: The arrangements that are facts of organisation (who works with, buys through, belongs to or
#: carries out for whom); where inhabitants go and who borders on whom are observations the
#: writer may make in its own voice.
_ORGANISED = ARRANGEMENTS - {"oriented-towards", "borders-on"}
#: People the writer spoke with, as the subject: "Ouders die wij spraken, …".
_SPOKEN_WITH = re.compile(
    r"\W*(?P<noun>[^\W\d_]+)\s+(?:die|met\s+wie)\s+(?:wij|we)\s+(?:\w+\s+){0,4}?"
    r"(?:spraken|spreken|gesproken|hebben\s+gesproken|bezochten|interviewden|ontmoetten)\b",
    re.IGNORECASE,
)
#: Speaking with people: "gesproken", "spraken", "interviewden".
_SPOKE = re.compile(
    r"\b(?:gesproken|spraken|spreken|interviewden|geïnterviewd|gesprekken\s+gevoerd)\b",
    re.IGNORECASE,
)
#: A quantifier that takes up the people just spoken with: "De meesten", "Sommigen".
_MOST = re.compile(
    r"\W*(?:de\s+meesten|velen|sommigen|enkelen|een\s+enkeling|de\s+helft|bijna\s+iedereen"
    r"|een\s+aantal\s+van\s+hen|de\s+meerderheid)\b",
    re.IGNORECASE,
)
#: A pronoun for the people who spoke in the sentence before: "Zij vertellen dat …".
_THEY = re.compile(r"\W*(?:zij|ze)\s+[a-zà-ÿ]+\s+(?:\w+\s+)?dat\b", re.IGNORECASE)
#: A pronoun or demonstrative that takes up a speaker named before ("Zij vertellen …").
_TAKEN_UP = re.compile(r"\W*(?:zij|ze|hij|men|deze|die|dezen)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Writer:
    """The body that writes the document, and where its voice begins.

    Attributes
    ----------
    iri : str
        The body's entity.
    start : int
        The offset of the end of the sentence that says who writes.
    """

    iri: str
    start: int


def writer_body(doc: Document, mentions: list[SentenceMention]) -> Writer | None:
    """The body the document says writes it in the first person plural, or None.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> text = ("Stad\\n\\nInleiding\\n\\nDit verslag is het jaarverslag van de Cliëntenraad "
    ...         "Stad. Wij zijn tevreden. We zien veel. Wij adviseren.\\n")
    >>> doc = parse_profile(text, "s")
    >>> a = doc.text.index("Cliëntenraad")
    >>> body = SentenceMention("role/client-council", "role", a, a + 17, "Cliëntenraad Stad", 0)
    >>> writer_body(doc, [body]).iri
    'role/client-council'
    >>> text = text.replace("Dit verslag is het jaarverslag van", "Wij spraken met")
    >>> writer_body(parse_profile(text, "s"), [body]) is None
    True
    """
    text = doc.text
    found = _statement(text, mentions)
    if found is None or len(finditer(_FIRST_PLURAL, text, 0, len(text))) < 3:
        return None
    sentence = doc.sentence_at(found[0])
    return Writer(found[1].entity, sentence.end if sentence is not None else found[0])


def _statement(text: str, mentions: list[SentenceMention]) -> tuple[int, SentenceMention] | None:
    """Where the document says who writes it, and the body it names; None for most documents.

    Each statement pattern is tried only where its first word stands
    (:func:`kg.extract.prefixscan.finditer`: the same matches as ``pattern.finditer``), and
    the verbs of :data:`_REPORTS` are looked for in the document's lower case before any
    mention's end is read: every match of :data:`_REPORTS` holds one of them
    (:data:`_REPORT_VERBS`), so a document without them has no such statement.
    """
    stated = [finditer(pattern, text, 0, len(text)) for pattern in (_THIS_IS, _WE_ARE)]
    if stated[0] or stated[1]:
        at: dict[int, SentenceMention] = {m.start: m for m in mentions if m.kind in _KINDS}
        for matches in stated:
            for match in matches:
                if (body := at.get(match.end())) is not None and body.entity != AUTHORS:
                    return (match.start(), body)
    low = lowered(text)
    if low is not None and not any(verb in low for verb in _REPORT_VERBS):
        return None  # most documents: no verb that reports the body's own report
    ends: dict[int, SentenceMention] = {m.end: m for m in mentions if m.kind in _KINDS}
    for end, body in ends.items():
        if body.entity != AUTHORS and _REPORTS.match(text, end):
            return (body.start, body)
    return None


def own_clause(quote: str) -> bool:
    """Whether the main clause of ``quote`` speaks as "wij"/"we", or opens with "Ons"/"Onze".

    Examples
    --------
    >>> own_clause("Wij hebben het college gevraagd om een plan.")
    True
    >>> own_clause("Dat betreuren wij, want de brief kwam laat.")
    True
    >>> own_clause("Onze conclusie is dat het beter moet.")
    True
    >>> own_clause("Ouders die wij spraken, waren kritisch.")
    False
    >>> own_clause("Het college schreef ons dat het niet kon.")
    False
    """
    return _OWN.match(quote) is not None


def heard_group(text: str, start: int, end: int, mentions: list[SentenceMention]) -> str | None:
    """The group the writer says it heard from, when ``text[start:end]`` opens so.

    Examples
    --------
    >>> t = "Wij horen van huisartsen dat de wachttijd oploopt."
    >>> gp = SentenceMention("role/gp", "role", 14, 24, "huisartsen", 0)
    >>> heard_group(t, 0, len(t), [gp])
    'role/gp'
    >>> heard_group("Wij horen dat het goed gaat.", 0, 28, [])
    """
    heard = _HEARD.match(text, start, end)
    if heard is None:
        return None
    group = next((m for m in mentions if heard.end() <= m.start < heard.end() + 40), None)
    return group.entity if group is not None and group.kind in _KINDS else None


def spoken_with(text: str, start: int, end: int, mentions: list[SentenceMention]) -> str | None:
    """The group the writer spoke with, when ``text[start:end]`` opens with it as the subject
    ("Ouders die wij spraken, …"): the group named there, or the group of a member noun
    (``kg/data/member-groups.toml``: parents speak as the care recipients).

    Examples
    --------
    >>> t = "Ouders die wij spraken, waren kritisch."
    >>> spoken_with(t, 0, len(t), []).rsplit("/", 1)[-1]
    'care-recipients'
    >>> t = "Huisartsen met wie we hebben gesproken, zien dat anders."
    >>> spoken_with(t, 0, len(t), [SentenceMention("role/gp", "role", 0, 10, "Huisartsen", 0)])
    'role/gp'
    >>> t = "Ouders die wij niet spraken, bleven weg."
    >>> spoken_with(t, 0, len(t), []).rsplit("/", 1)[-1]
    'care-recipients'
    >>> spoken_with("Wij spraken met ouders.", 0, 23, []) is None
    True
    """
    found = _SPOKEN_WITH.match(text, start, end)
    if found is None:
        return None
    at = found.start("noun")
    named = next((m for m in mentions if m.start == at and m.kind in _KINDS), None)
    if named is not None:
        return named.entity
    noun = found.group("noun").lower()
    for lemma in (noun, noun[:-1], noun[:-2]):
        if (group := member_group(lemma)) is not None:
            return CONCEPT + "role/" + group
    return None


def met_group(text: str, start: int, end: int, mentions: list[SentenceMention]) -> str | None:
    """The group the writer says it spoke with in ``text[start:end]`` ("Wij hebben met 30
    inwoners gesproken", "We spraken met mantelzorgers"), or None.

    Examples
    --------
    >>> t = "Wij hebben dit najaar met twintig mantelzorgers gesproken."
    >>> at = t.index("mantel")
    >>> carers = SentenceMention("role/carers", "role", at, at + 13, "mantelzorgers", 0)
    >>> met_group(t, 0, len(t), [carers])
    'role/carers'
    >>> t = "Wij hebben met de wethouder afgesproken dat het loket opengaat."
    >>> met_group(t, 0, len(t), [SentenceMention("role/a", "role", 15, 27, "wethouder", 0)])
    """
    quote = text[start:end]
    if not own_clause(quote) or _SPOKE.search(quote) is None:
        return None
    with_at = quote.find(" met ")
    if with_at < 0:
        return None
    group = next((m for m in mentions if m.start >= start + with_at and m.kind in _KINDS), None)
    return group.entity if group is not None else None


def speak_as_writer(doc: Document, writer: Writer, extraction: Extraction) -> None:
    """Give the writer's voice to the findings that are its (see the module docstring), in
    place; the description after "Wij zijn een" is the writer, no mention of its own."""
    text = doc.text
    mentions = sorted(extraction.mentions, key=lambda m: m.start)
    arranged: dict[int, set[str]] = {}
    for r in extraction.relations:
        arranged.setdefault(r.sentence, set()).add(r.type)
    carried: tuple[str, int] | None = None  # the group heard, in its paragraph
    met: tuple[str, int] | None = None  # the group the writer spoke with, in its paragraph
    previous: tuple[tuple[str, ...], int] | None = None  # another voice, in its paragraph
    out: list[Finding] = []
    for f in extraction.findings:
        if f.start < writer.start:
            out.append(f)
            continue
        inside = [m for m in mentions if f.start <= m.start and m.end <= f.end]
        paragraph = _paragraph(doc, f.start)
        speakers = _speakers(text, f, writer, inside, arranged, carried, paragraph)
        heard = heard_group(text, f.start, f.end, inside)
        if carried is None and _MOST.match(text, f.start, f.end) and met and met[1] == paragraph:
            speakers = (met[0],)  # "De meesten …": of those the writer spoke with
        elif _THEY.match(text, f.start, f.end) and previous and previous[1] == paragraph:
            speakers = previous[0]  # "Zij vertellen …": the group that spoke just before
        met = (group, paragraph) if (group := met_group(text, f.start, f.end, inside)) else None
        others = set(speakers) - {writer.iri, AUTHORS}
        previous = (speakers, paragraph) if others == set(speakers) else None
        if heard is not None:
            carried = (heard, paragraph)
        elif speakers != (AUTHORS,) and set(speakers) != {carried[0] if carried else ""}:
            carried = None
        if speakers != f.speakers:
            concerns = tuple(c for c in f.concerns if c not in speakers)
            f = replace(f, speakers=speakers, concerns=concerns)
        out.append(f)
    extraction.findings = out
    extraction.mentions = [m for m in extraction.mentions if not _describes_writer(text, m)]


def _speakers(
    text: str,
    f: Finding,
    writer: Writer,
    inside: list[SentenceMention],
    arranged: dict[int, set[str]],
    carried: tuple[str, int] | None,
    paragraph: int,
) -> tuple[str, ...]:
    """The speakers of the finding ``f`` in a document the ``writer`` writes."""
    quote = text[f.start : f.end]
    if (heard := heard_group(text, f.start, f.end, inside)) is not None:
        return (heard,)
    if (spoken := spoken_with(text, f.start, f.end, inside)) is not None:
        return (spoken,)
    if own_clause(quote) or (inside and inside[0].entity == writer.iri and _opens(f, inside)):
        return (writer.iri,)
    named = {m.entity for m in inside}
    if f.speakers == (AUTHORS,):
        if carried is not None and carried[1] == paragraph:
            return (carried[0],)
        if _authors_fact(quote, f, inside, arranged):
            return f.speakers
        return (writer.iri,)
    if (
        not named & set(f.speakers)
        and not _TAKEN_UP.match(quote)
        and implied_speaker(quote) not in f.speakers  # "volgens de gemeente": named in words
    ):
        if carried is not None and carried[1] == paragraph:
            return (carried[0],)  # the group heard goes on
        if _authors_fact(quote, f, inside, arranged):
            return (AUTHORS,)
        return (writer.iri,)  # another voice carried in without being named
    return f.speakers


def _opens(f: Finding, inside: list[SentenceMention]) -> bool:
    """Whether the first mention of the finding opens it (after an article)."""
    return inside[0].start - f.start <= 4


def _authors_fact(
    quote: str, f: Finding, inside: list[SentenceMention], arranged: dict[int, set[str]]
) -> bool:
    """Whether the finding is the authors' even in a body's report: a plain arrangement of the
    field, a report from data, or a sentence that names the researchers."""
    types = {t for s in f.sentences for t in arranged.get(s, ())} & _ORGANISED
    return (
        (types and arrangement(quote, types))
        or _FROM_DATA.match(quote) is not None
        or any(m.entity == AUTHORS for m in inside)
    )


def _paragraph(doc: Document, offset: int) -> int:
    """The index of the paragraph that holds ``offset`` (-1 outside any)."""
    for k, p in enumerate(doc.paragraphs):
        if p.start <= offset < p.end:
            return k
    return -1


#: "Wij zijn een raad van …": the noun after it describes the writer.
_WE_ARE_A = re.compile(r"(?:wij|we)\s+zijn\s+een\s+$", re.IGNORECASE)


def _describes_writer(text: str, m: SentenceMention) -> bool:
    """Whether the mention ``m`` is the noun that describes "wij" ("Wij zijn een raad …")."""
    return m.kind == "role" and _WE_ARE_A.search(text, max(0, m.start - 20), m.start) is not None
