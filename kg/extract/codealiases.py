"""Codes introduced once in running text: "Deelnemer 3, huisarts in X," and later "D3: …".

A report of interviews or group talks that keeps its participants anonymous may introduce
each of them once, in a sentence of its own account, with a code and their role, and cite
them by the code afterwards (a legend of codes on lines of their own is read by
:mod:`kg.extract.respondentcodes`). A per-document table of aliases is built once:

Introductions
    A participant noun with a number or letter (``kg/data/participant-nouns.txt``:
    "Deelnemer 3", "respondent B"), or a short code ("D9", "R2"), followed by its
    description in brackets ("Deelnemer 1 (ouderenadviseur bij X)"), between commas
    ("Deelnemer 3, huisarts in Roden, zag …") or after a dash ("R4 – beleidsmedewerker,");
    or a bracketed description that gives the person a short name ("mevrouw De Vries
    (ouderenadviseur, hierna: DV)"). The description names the group the person speaks
    as: its first actor (a generic function speaks as the organisation it heads:
    :func:`kg.extract.respondentcodes.line_voice`), the group of a member noun that opens it
    ("ouder van een zoon met jeugdhulp": the care recipients, ``kg/data/member-groups.toml``)
    or the benefit a relative clause says the person lives on ("die een bijstandsuitkering
    heeft"). A short code introduced so counts only when it is cited again and stands for a
    role; a description that names no group makes no alias (the code stays what it is).
Short and long forms
    "Deelnemer 3" is also cited as "D3": the noun's capital with the number.
Citations
    A code is an anaphoric label (gold README, sixteenth batch, decision 1; twentieth batch,
    decision 3): no mention, no concern, no party to a relation. A finding whose clause
    opens with codes ("D3 vindt …", "D5 en D6 zien …", "D3: “…”", "Volgens D4 …", "…, maar
    D8 vroeg …", the introduction itself) is theirs; a code's voice carried into a sentence
    that cites none is not theirs: the authors', or the participants' (``role/interviewees``)
    where the sentence states the group's shared view ("De groep was het erover eens dat …",
    "Niemand in de groep sprak dat tegen."; a remark on the course of the talk, "De groep
    kwam niet tot overeenstemming", stays the authors').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.datafiles import word_list
from kg.document import Document
from kg.extract import sentencecache
from kg.extract.groupview import group_view
from kg.extract.labelledpeople import TITLES, titled_people
from kg.extract.model import Extraction, Finding, SentenceMention
from kg.extract.problemclauses import alternation
from kg.extract.pronouncarry import carry_pronouns
from kg.extract.recipientgroups import BENEFIT_RECIPIENTS
from kg.extract.respondentcodes import line_voice
from kg.extract.speakergroups import member_group
from kg.extract.speakerturns import (
    byline_blocks,
    cited_names,
    host_label,
    introduced_people,
    label_names,
    piece_finding,
    signed_blocks,
    turn_labels,
)
from kg.extract.speechcues import FUNCTION_NOUN
from kg.extract.wordtokens import lowered
from kg.namespaces import CONCEPT

__all__ = ["AliasTable", "alias_table", "listed_functions", "resolve_aliases"]

AUTHORS = CONCEPT + "role/authors"
INTERVIEWEES = CONCEPT + "role/interviewees"

_NOUN_WORDS = tuple(word_list("participant-nouns.txt"))
_NOUNS = alternation(list(_NOUN_WORDS))
#: A participant noun with its number or letter: "Deelnemer 3", "respondent B".
_LONG = re.compile(
    rf"(?<![\w-])(?P<noun>{_NOUNS})\s+(?P<id>\d{{1,2}}|[A-Z])"
    r"(?![\w-])",
    re.IGNORECASE,
)
#: A short code: one to three capitals and a number ("D3", "R12"), or capitals only after
#: "hierna" ("DV").
_SHORT = re.compile(r"(?<![\w-])[A-Z]{1,3}\d{1,2}(?![\w-])")
#: Any code: a long form or a short one.
_ANY = re.compile(rf"{_LONG.pattern}|{_SHORT.pattern}", re.IGNORECASE)
#: A surname with its particles ("Van Dijk", "de Groot"), cited as a labelled person
#: (:mod:`kg.extract.labelledpeople`).
_PARTICLED = r"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e)\s+)+[A-Z][a-zà-ÿ'’]+"
#: A party's name, a word with a capital or digit inside ("VVD", "GroenLinks", "D66"), with
#: "de" or "het" before it or not.
_PARTY = r"(?:(?:[Dd]e|[Hh]et)\s+)?[A-Z][\w-]*[A-Z0-9][\w-]*"
#: A code as a claim cites it: any code, or the bare letter of a participant ("C en F
#: wijzen erop …", "volgens C"), which counts only where the table holds it
#: ("Respondent C: …" introduced it).
_CITED = re.compile(
    rf"{_ANY.pattern}|(?-i:(?<![\w'’-])(?:{_PARTICLED}|{_PARTY})(?![\w'’-]))"
    r"|(?-i:(?<![\w'’-])[A-Z](?:[a-zà-ÿ'’-]+)?(?![\w'’-]))",
    re.IGNORECASE,
)
#: What every short code holds: a capital before a digit (a cheap test before :data:`_SHORT`).
_SHORT_HINT = re.compile(r"[A-Z]\d")
#: The next item of a list of codes with their roles after colons: "; Respondent B: …".
_NEXT_ITEM = re.compile(rf"\s*;\s*(?:{_LONG.pattern}|{_SHORT.pattern})\s*:", re.IGNORECASE)
#: The description after a code: in brackets, between commas, or after a dash.
_DESCRIPTION = re.compile(
    r"\s*\(\s*(?P<bracket>[^()]{3,120}?)\s*\)"
    r"|\s*,\s+(?P<comma>(?![A-Z]{1,3}\d)[^,.;:()“\"]{3,120}?)\s*,"
    r"|\s+[–—-]\s+(?P<dash>[^,.;:()“\"]{3,120}?)\s*[,.;]"
    r"|\s*:\s*(?P<colon>[^,.;:()“”\"]{3,80}?)\s*(?=;|\.(?:\s|$))"
)
#: A bracketed description that names the person from then on: "(ouderenadviseur, hierna: DV)".
_HENCEFORTH = re.compile(
    r"\(\s*(?P<desc>[^()]{3,120}?)\s*[,;]\s*hierna(?:\s+te\s+noemen)?\s*:?\s*"
    r"(?P<code>[A-Z]{1,3}\d{0,2})\s*\)"
)
#: A short code in brackets after a description of the person: "een huisarts uit Roden (D3)",
#: "de beleidsmedewerker (hierna: B1)".
_AFTER_ROLE = re.compile(
    r"\(\s*(?:hierna(?:\s+te\s+noemen)?\s*:?\s*)?(?P<code>[A-Z]{1,3}\d{1,2})\s*\)"
)
#: What separates a description from a bracketed code that is not its alias.
_BREAK = re.compile(r"[.;:()“”\"]")
#: A description that says the person lives on a benefit: the benefit recipients.
_ON_BENEFIT = re.compile(
    r"die\s+(?:een\s+)?(?:bijstands|ww-|wajong)?uitkering\s+(?:heeft|had|krijgt|kreeg|ontvangt)"
    r"|die\s+(?:in|van)\s+de\s+bijstand\s+(?:leeft|zit|rondkomt)",
    re.IGNORECASE,
)
_FIRST_WORD = re.compile(r"[^\W\d_]+")
#: A reporting verb before its subject after a comma: "Dat is te veel, vindt D66."
_INVERTED = r"(?:vindt|vinden|vond|vonden|zegt|zeggen|zei|zeiden|stelt|stelde|meent|meende)"
#: What ends the text before a code that opens a clause: the quote's start, a sentence's end,
#: a colon or semicolon, "maar", "volgens", or "en"/a comma after such a code.
_OPENS_BEFORE = re.compile(
    rf"(?:(?:^|[.!?:;”–—])\s*(?:mevrouw|meneer|de\s+heer|{alternation(list(TITLES))})?"
    rf"|\bmaar|\bvolgens|\baldus|,\s*{_INVERTED})\s*$",
    re.IGNORECASE,
)
#: A code after which a subject need not go on: after "volgens", "aldus" or an inverted verb.
_AFTER_VERB = re.compile(rf"(?:\bvolgens|\baldus|,\s*{_INVERTED})\s*$", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:,|en|,\s*en)\s+")
#: What follows a code that is a clause's subject: a lower-case word (the verb), a colon (a
#: turn), a description, or a code coordinated with it.
_SUBJECT_AFTER = re.compile(r"\s*(?::|,|\(|[–—]|\s+en\s|\s[a-zà-ÿ])")
_VOICES = ("role", "organisation", "body")
#: The forms of a code's description (:data:`_DESCRIPTION`).
_FORMS = ("bracket", "comma", "dash", "colon")


@dataclass(frozen=True)
class AliasTable:
    """A document's codes and the groups they stand for.

    Attributes
    ----------
    voices : dict of str to str
        Code key (:func:`code_key`) → the IRI of the group the code speaks as; a person's
        names too (:func:`kg.extract.speakerturns.introduced_people`).
    turns : tuple of (int, int, str)
        Spans of text one person speaks, with the person's group: the paragraphs that
        open with a person's label (:func:`kg.extract.speakerturns.turn_labels`) and the
        blocks a signature closes (:func:`kg.extract.speakerturns.signed_blocks`).
    pieces : tuple of (int, int, str)
        Spans of text a byline opens, with the writer's group
        (:func:`kg.extract.speakerturns.byline_blocks`): a sentence there speaks as the writer
        unless it names its own speaker.
    """

    voices: dict[str, str]
    turns: tuple[tuple[int, int, str], ...] = ()
    pieces: tuple[tuple[int, int, str], ...] = ()

    @property
    def empty(self) -> bool:
        """Whether the table reads nothing: no code, no person, no turn.

        Examples
        --------
        >>> AliasTable({}).empty, AliasTable({}, ((0, 9, "role/gp"),)).empty
        (True, False)
        """
        return not self.voices and not self.turns and not self.pieces

    def voice(self, code: str) -> str | None:
        """The group the cited ``code`` stands for, or None.

        Examples
        --------
        >>> t = AliasTable({"D3": "role/gp", "DEELNEMER3": "role/gp"})
        >>> t.voice("D3"), t.voice("Deelnemer 3"), t.voice("D4")
        ('role/gp', 'role/gp', None)
        """
        return self.voices.get(code_key(code))


def code_key(code: str) -> str:
    """A code's key: in capitals, without spaces ("Deelnemer 3" → "DEELNEMER3").

    Examples
    --------
    >>> code_key("Deelnemer 3"), code_key("respondent B"), code_key("D12")
    ('DEELNEMER3', 'RESPONDENTB', 'D12')
    """
    return re.sub(r"\s+", "", code).upper()


def _keys(code: str) -> list[str]:
    """The keys a code is cited by: a long form with a number also by its capital and number.

    Examples
    --------
    >>> _keys("Deelnemer 3"), _keys("respondent B"), _keys("R2")
    (['DEELNEMER3', 'D3'], ['RESPONDENTB', 'B'], ['R2'])
    """
    long = _LONG.fullmatch(code)
    if long is None:
        return [code_key(code)]
    keys = [code_key(code)]
    if long.group("id").isdigit():
        keys.append(long.group("noun")[0].upper() + long.group("id"))
    else:  # "Respondent B" labels its turns "B:"
        keys.append(long.group("id"))
    return keys


def description_voice(
    text: str, start: int, end: int, mentions: list[SentenceMention]
) -> str | None:
    """The group the description ``text[start:end]`` of a participant names (see the module
    docstring), or None.

    Examples
    --------
    >>> t = "ouder van een zoon met jeugdhulp"
    >>> description_voice(t, 0, len(t), []).rsplit("/", 2)[-2:]
    ['role', 'care-recipients']
    >>> t = "die een bijstandsuitkering heeft en als vrijwilliger werkt"
    >>> vol = SentenceMention("role/volunteers", "role", 39, 50, "vrijwilliger", 1)
    >>> description_voice(t, 0, len(t), [vol]).rsplit("/", 1)[-1]
    'benefit-recipients'
    >>> t = "huisarts in Roden"
    >>> gp = SentenceMention("role/gp", "role", 0, 8, "huisarts", 1)
    >>> description_voice(t, 0, len(t), [gp]), description_voice(t, 0, len(t), [])
    ('role/gp', None)
    """
    if _ON_BENEFIT.match(text, start, end):
        return BENEFIT_RECIPIENTS
    first = _FIRST_WORD.match(text, start, end)
    if first is not None and (group := member_group(first.group().lower())) is not None:
        return CONCEPT + "role/" + group
    inside = [m for m in mentions if start <= m.start and m.end <= end and m.kind in _VOICES]
    return line_voice(text, start, inside)


def _codes(text: str, low: str) -> list[re.Match[str]]:
    """The codes of ``text`` in order, each pattern run only where a cheap test shows it may
    match: a long form is matched only where a participant noun (found by plain search in
    the lower-cased text ``low``) is followed by a space, a short one only in a text with a
    capital before a digit.

    Examples
    --------
    >>> t = "Respondent B zag dat D3 en R12 het eens waren; d4 niet."
    >>> [m.group() for m in _codes(t, t.lower())]
    ['Respondent B', 'D3', 'R12']
    >>> t = "De respondenten en deelnemer 4 (huisarts)."
    >>> [m.group() for m in _codes(t, t.lower())]
    ['deelnemer 4']
    >>> t = "Geen codes hier, alleen 2015 en de gemeente."
    >>> _codes(t, t.lower())
    []
    """
    found: list[re.Match[str]] = []
    if len(low) != len(text):  # a letter whose lower case is longer: read the text whole
        found.extend(_LONG.finditer(text))
    else:
        starts: set[int] = set()
        for noun in _NOUN_WORDS:
            at = low.find(noun)
            while at >= 0:
                if low[at + len(noun) : at + len(noun) + 1].isspace():
                    starts.add(at)
                at = low.find(noun, at + 1)
        found.extend(m for at in sorted(starts) if (m := _LONG.match(text, at)) is not None)
    if _SHORT_HINT.search(text) is not None:
        found.extend(_SHORT.finditer(text))
    return sorted(found, key=lambda m: m.start())


@sentencecache.memo
def _document_codes(text: str) -> list[re.Match[str]]:
    """The codes of ``text`` (:func:`_codes`), read once per document for
    :func:`listed_functions` and :func:`alias_table`."""
    return _codes(text, lowered(text) or text.lower())


def _listed(text: str, code: re.Match[str], end: int) -> bool:
    """Whether a code whose description follows a colon is an item of a list of codes (an
    item after it, or a semicolon before it), not a turn ("R4: de gemeente is te laat.").

    Examples
    --------
    >>> t = "Respondent A: raadslid; Respondent B: huisarts."
    >>> [_listed(t, m, _DESCRIPTION.match(t, m.end()).end()) for m in _LONG.finditer(t)]
    [True, True]
    >>> t = "Respondent A: raadslid van de oppositie."
    >>> _listed(t, _LONG.match(t), _DESCRIPTION.match(t, 12).end())
    False
    """
    return _NEXT_ITEM.match(text, end) is not None or text[: code.start()].rstrip().endswith(";")


#: The first word of a listed code's description: a noun in lower case, not a generic
#: function noun ("medewerker", "voorzitter") that names no group of its own.
_LISTED_NOUN = re.compile(rf"(?!(?:{FUNCTION_NOUN})\b)([a-zà-ÿ]{{4,}})\b", re.IGNORECASE)


def listed_functions(text: str) -> list[tuple[str, int, int]]:
    """The function nouns that open the descriptions of a list of codes after colons
    ("teamleider" in "Respondent C: teamleider van het Sociaal Team; Respondent D:
    raadslid."), as :func:`kg.extract.respondentcodes.legend_functions` reads a legend's
    lines: ``(noun in lower case, start, end)``.

    Examples
    --------
    >>> t = "Respondent K: teamleider van Stichting Mens; Respondent L: huisarts."
    >>> [noun for noun, _, _ in listed_functions(t)]
    ['teamleider', 'huisarts']
    >>> listed_functions("Respondent K: teamleider van Stichting Mens.")
    []
    """
    if ";" not in text:  # the items of a list of codes after colons stand apart by ";"
        return []
    out: list[tuple[str, int, int]] = []
    for found in _document_codes(text):
        description = _DESCRIPTION.match(text, found.end())
        if description is None or description.group("colon") is None:
            continue
        if _listed(text, found, description.end()):
            noun = _LISTED_NOUN.match(text, description.start("colon"))
            if noun is not None and noun.group(1).islower():
                out.append((noun.group(1), *noun.span(1)))
    return out


def alias_table(doc: Document, mentions: list[SentenceMention]) -> AliasTable:
    """The document's table of codes introduced in running text and of people who label
    turns (see the module docstring and :mod:`kg.extract.speakerturns`).

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> text = ("Stad\\n\\nZorg\\n\\nDeelnemer 3, huisarts in Stad, zag het anders. "
    ...         "R2 (bouwkundige) is nieuw. D3 vindt dat het goed gaat.\\n")
    >>> doc = parse_profile(text, "s")
    >>> a = doc.text.index("huisarts")
    >>> gp = SentenceMention("role/gp", "role", a, a + 8, "huisarts", 0)
    >>> sorted(alias_table(doc, [gp]).voices.items())
    [('D3', 'role/gp'), ('DEELNEMER3', 'role/gp')]
    """
    text = doc.text
    cited: dict[str, int] = {}
    voices: dict[str, str] = {}
    short_voices: dict[str, str] = {}
    low = lowered(text) or text.lower()  # (the document's lower case, read once)
    for found in _document_codes(text):
        keys = _keys(found.group())
        cited[keys[0]] = cited.get(keys[0], 0) + 1
        if keys[0] in voices or keys[0] in short_voices:
            continue
        description = _DESCRIPTION.match(text, found.end())
        if description is None:
            continue
        group = next(g for g in _FORMS if description.group(g) is not None)
        if group == "colon" and not _listed(text, found, description.end()):
            continue
        voice = description_voice(text, *description.span(group), mentions)
        if voice is None:
            continue
        if _LONG.fullmatch(found.group()):
            for key in keys:
                voices.setdefault(key, voice)
        elif "/role/" in voice:
            short_voices[keys[0]] = voice
    _after_role(text, mentions, short_voices)
    if "hierna" in text:
        for found in _HENCEFORTH.finditer(text):
            voice = description_voice(text, *found.span("desc"), mentions)
            if voice is not None:
                short_voices.setdefault(found.group("code"), voice)
                cited[found.group("code")] = cited.get(found.group("code"), 0) + 1
    for key, voice in short_voices.items():
        if cited.get(key, 0) > 1:  # a short code introduced so must be cited again
            voices.setdefault(key, voice)
    people, parties = titled_people(text, mentions)  # "Raadslid Van Dijk (CDA)"
    for key, voice in (*people.items(), *parties.items()):
        voices.setdefault(key, voice)
    labels = turn_labels(doc)
    hosts, names = label_names(labels, mentions)
    voices.update((host, AUTHORS) for host in hosts if host not in voices)
    names |= cited_names(text, low, mentions)
    if names:
        for key, voice in introduced_people(doc, names, mentions, description_voice).items():
            voices.setdefault(key, voice)
    turns = [
        (start, end, voice)
        for start, end, label in labels
        if (voice := _label_voice(voices, label)) is not None and voice != AUTHORS
    ]
    turns.extend(signed_blocks(doc, mentions, description_voice))
    pieces = byline_blocks(doc, mentions, description_voice)
    return AliasTable(voices, tuple(turns), tuple(pieces))


def _label_voice(voices: dict[str, str], label: str) -> str | None:
    """The group a turn's label speaks as: the authors for a host, else the person's or
    code's group, or None for a label never introduced.

    Examples
    --------
    >>> v = {"MARIEKE": "role/debt", "B": "role/gp", "JOOST": "role/authors"}
    >>> _label_voice(v, "Marieke"), _label_voice(v, "B"), _label_voice(v, "Kees")
    ('role/debt', 'role/gp', None)
    >>> _label_voice(v, "Host Anna").rsplit("/", 1)[-1], _label_voice(v, "Joost").rsplit("/", 1)[-1]
    ('authors', 'authors')
    """
    if host_label(label, frozenset()):
        return AUTHORS
    return voices.get(code_key(label))


def _after_role(text: str, mentions: list[SentenceMention], short_voices: dict[str, str]) -> None:
    """Add the short codes given in brackets after a role ("een huisarts uit Roden (D3)")."""
    for found in _AFTER_ROLE.finditer(text):
        code = found.group("code")
        before = [m for m in mentions if found.start() - 60 <= m.start and m.end <= found.start()]
        before = [
            m for m in before if m.kind in _VOICES and not _BREAK.search(text, m.end, found.start())
        ]
        if before and code not in short_voices and "/role/" in before[-1].entity:
            short_voices[code] = before[-1].entity


def subject_codes(quote: str, table: AliasTable) -> list[str]:
    """The groups of the codes that open a clause of ``quote`` as its subject or turn label.

    Examples
    --------
    >>> t = AliasTable({"D1": "r/a", "D2": "r/b", "D3": "r/c"})
    >>> subject_codes("D1 en D2 waarschuwden dat het misgaat.", t)
    ['r/a', 'r/b']
    >>> subject_codes("D1 was het eens, maar D3 vroeg zich af of dat klopt.", t)
    ['r/a', 'r/c']
    >>> subject_codes("Deze groep was positiever dan D3 over de huisartsen.", t)
    []
    >>> subject_codes("Volgens D2 is de reserve nodig.", t), subject_codes("D3: “Te veel.”", t)
    (['r/b'], ['r/c'])
    >>> t = AliasTable({"RESPONDENTC": "r/c", "C": "r/c", "F": "r/f"})
    >>> subject_codes("C en F wijzen erop dat de regio ver weg is.", t)
    ['r/c', 'r/f']
    >>> subject_codes("Volgens C is het te laat.", t), subject_codes("Het plan B werkt niet.", t)
    (['r/c'], [])
    """
    out: list[str] = []
    last_end = -1
    for found in _CITED.finditer(quote):
        voice = table.voice(found.group())
        if voice is None:
            continue
        before = quote[: found.start()]
        opens = _OPENS_BEFORE.search(before) is not None or (
            last_end >= 0 and _JOINED.fullmatch(quote, last_end, found.start()) is not None
        )
        if opens and (
            _SUBJECT_AFTER.match(quote, found.end()) or _AFTER_VERB.search(before) is not None
        ):
            if voice not in out:
                out.append(voice)
            last_end = found.end()
    return out


def resolve_aliases(doc: Document, table: AliasTable, extraction: Extraction) -> None:
    """Read the document's codes through ``table``, in place: codes are no mentions, no
    concerns and no parties to relations; a finding's speakers are the groups of the codes
    that open its clauses (:func:`subject_codes`), else its speakers with each code read as
    its group, a code's voice not carried into a sentence that cites no code; a finding of
    a person's turn or signed block that names no other speaker is that person's.
    A participant noun of a code ("Respondent" of "Respondent B") is part of the code; the
    noun's group keeps its other mentions ("de respondenten")."""
    text = doc.text
    at = {(m.start, m.end): v for m in extraction.mentions if (v := _code_voice(text, m, table))}
    code_mentions = [m for m in extraction.mentions if (m.start, m.end) in at]
    kept = [m for m in extraction.mentions if (m.start, m.end) not in at]
    codes = {m.entity for m in code_mentions} - {m.entity for m in kept}
    voices = {m.entity: at[m.start, m.end] for m in code_mentions if m.entity in codes}
    nouns = {m.entity for m in code_mentions} - codes
    extraction.mentions = kept
    extraction.findings = [
        _finding(
            text, _uncarried(f, nouns, kept), table, voices, _cited_only(f, code_mentions, kept)
        )
        for f in extraction.findings
    ]
    if table.voices:  # "Hij wijst erop …" after "Raadslid Smit (SP) vraagt …"
        carry_pronouns(doc, extraction.findings, lambda quote: subject_codes(quote, table))
    extraction.relations = [
        r for r in extraction.relations if r.subject not in codes and r.object not in codes
    ]
    for iri in codes:
        extraction.entities.pop(iri, None)
    if table.turns:
        extraction.findings = [_turn(f, table) for f in extraction.findings]
    if table.pieces:
        arranged: dict[int, set[str]] = {}
        for r in extraction.relations:
            arranged.setdefault(r.sentence, set()).add(r.type)
        extraction.findings = [
            piece_finding(text, f, table.pieces, kept, arranged) for f in extraction.findings
        ]


def _code_voice(text: str, mention: SentenceMention, table: AliasTable) -> str | None:
    """The group of the code a mention is, or whose participant noun it is ("Respondent" of
    "Respondent B"), or None.

    Examples
    --------
    >>> t = AliasTable({"RESPONDENTB": "role/gp", "D3": "role/nurse"})
    >>> text = "Respondent B en D3 en respondent C"
    >>> [_code_voice(text, SentenceMention("e", "role", a, b, text[a:b], 0), t)
    ...  for a, b in ((0, 10), (16, 18), (22, 32))]
    ['role/gp', 'role/nurse', None]
    """
    if (voice := table.voice(mention.text)) is not None:
        return voice
    long = _LONG.match(text, mention.start)
    if long is not None and long.start("id") >= mention.end:
        return table.voice(long.group())
    return None


def _uncarried(finding: Finding, nouns: set[str], kept: list[SentenceMention]) -> Finding:
    """A finding without the group of a code's participant noun ("Respondent" of "Respondent
    B") as a speaker the sentence does not name itself: a code's voice carried into it."""
    carried = set(finding.speakers) & nouns
    if not carried:
        return finding
    carried -= {m.entity for m in kept if finding.start <= m.start < finding.end}
    if not carried:
        return finding
    speakers = (set(finding.speakers) - carried) or {AUTHORS}
    return replace(finding, speakers=tuple(sorted(speakers)))


def _cited_only(
    finding: Finding, code_mentions: list[SentenceMention], kept: list[SentenceMention]
) -> set[str]:
    """The entities a finding mentions only as codes (no concerns of it)."""
    inside = [m for m in code_mentions if finding.start <= m.start < finding.end]
    if not inside:
        return set()
    other = {m.entity for m in kept if finding.start <= m.start < finding.end}
    return {m.entity for m in inside} - other


def _turn(finding: Finding, table: AliasTable) -> Finding:
    """A finding in a person's turn or signed block, given to that person where it names no
    other speaker."""
    if not set(finding.speakers) <= {AUTHORS}:
        return finding
    for start, end, voice in table.turns:
        if start <= finding.start < end:
            return replace(finding, speakers=(voice,))
    return finding


def _finding(
    text: str, finding: Finding, table: AliasTable, voices: dict[str, str], cited: set[str]
) -> Finding:
    """A finding with its codes read through ``table`` (``voices``: code entity → group;
    ``cited``: the entities it mentions only as codes)."""
    quote = text[finding.start : finding.end]
    named = subject_codes(quote, table)
    cites = any(table.voice(c.group()) for c in _CITED.finditer(quote))
    if named:
        speakers = set(named)
    elif set(finding.speakers) & voices.keys() and not cites:
        speakers = {AUTHORS}  # a code's voice carried into a sentence naming none
    else:
        speakers = {voices.get(s, s) for s in finding.speakers}
    if not cites and speakers <= {AUTHORS} and group_view(quote):
        speakers = {INTERVIEWEES}
    concerns = set(finding.concerns) - voices.keys() - speakers - cited
    if speakers == set(finding.speakers) and concerns == set(finding.concerns):
        return finding
    return replace(finding, speakers=tuple(sorted(speakers)), concerns=tuple(sorted(concerns)))
