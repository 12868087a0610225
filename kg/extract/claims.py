"""Claims and their voices: the units a profile's findings are made of.

Claims
    One per sentence; a sentence that opens a quotation closed in the next one, or announces
    what follows ("… ziet er als volgt uit."), forms one claim with the next sentence
    (:func:`kg.extract.claimunits.segment`).
Voices
    Who holds each claim (:func:`assign_voices`): the speakers a claim names, or the voice the
    section carries on; the rules are described in :mod:`kg.extract.findings`. A section's
    heading may give the floor to a group ("Ervaringen van huisartsen", :func:`floors`). A
    claim that refers back to the groups of the claim before ("Deze partijen …", "De laatsten
    …", :mod:`kg.extract.voicereferents`) or takes up its subject ("Zij …", "Hun ervaring is
    …") is theirs; "aanbieders van GGZ" is one group, the narrower.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kg.document import Document, Sentence
from kg.extract.bodyfunctions import through_function
from kg.extract.claimunits import (
    announces_list,
    item_lead,
    label_voice,
    list_label,
    position,
    segment,
    sentence_item,
)
from kg.extract.closingsources import cover_paragraph, cover_paragraphs, label_or_source
from kg.extract.colonquotes import colon_quotation
from kg.extract.courtrulings import ruling
from kg.extract.datarows import data_row
from kg.extract.datedcounts import size_fact
from kg.extract.datednarrative import carried_moment
from kg.extract.experiencevoices import experience_voice, experience_with
from kg.extract.firstperson import first_person, meets, writer_speaks, writer_view
from kg.extract.groupfacts import town_opens
from kg.extract.headingvoice import floors
from kg.extract.impliedspeakers import CIVIL_SERVANTS, INTERVIEWEES
from kg.extract.introducedpersons import introduced_voices
from kg.extract.letterformulas import letter_formula
from kg.extract.minutes import chair_turn, committed, numbered_label
from kg.extract.model import SentenceMention
from kg.extract.pronounnumber import number_disagrees, plural_ones
from kg.extract.quotationbridges import bridge_quotations
from kg.extract.quoteturns import another_member, closes_quotation, one_member
from kg.extract.runinlabels import run_in_label
from kg.extract.signedletters import signed_letters
from kg.extract.singularpronouns import singular_voices
from kg.extract.sourceblocks import Blocks
from kg.extract.speakers import Speech, detect
from kg.extract.takenmeasures import measure_taken
from kg.extract.thirdparties import told_by_authors
from kg.extract.titlednames import voice_titled_names
from kg.extract.turnforms import (
    contrasted,
    generic_group,
    main_clause_speakers,
    singular_report,
)
from kg.extract.viewsummaries import divided_summary
from kg.extract.voiceforms import (
    PROVIDERS,
    QUOTED,
    impersonal_voice,
    kinds_of_providers,
    men_report,
    pronoun_report,
    pronoun_subject,
)
from kg.extract.voicereferents import HEADS, OPENERS, both_named, plural_subject, referred_groups
from kg.extract.voiceturns import bare_staff, conceded, head_of, new_source, team_staff
from kg.extract.wordtokens import lowered

if TYPE_CHECKING:
    from collections.abc import Iterable

#: A paragraph that opens by going on with the account before it: a pronoun or a
#: connective of addition ("Zij …", "Daarnaast …", "Ook zij …", "Verder …"); "Ook" before
#: a noun ("Ook dakloosheid is …") adds a theme, not the speaker's next point.
_CONTINUES = re.compile(
    r"^\W*(?:zij|ze|hij|daarnaast|verder|bovendien|ook\s+(?:zij|ze|hij)|tevens|evenmin|daarbij|eveneens)\b",
    re.IGNORECASE,
)
#: A sentence that names a point of concern ("Een aandachtspunt vormt …", "Een zorg die …
#: terugkomt, is …") and one that adds the next point ("Een tweede zorgpunt zijn …").
_POINT_NOUN = (
    r"(?:\w+\s+)?(?:zorg|zorgpunt|aandachtspunt|knelpunt|pijnpunt|punt\s+van\s+zorg|probleem"
    r"|struikelblok|uitdaging|risico)\b"
)
POINT = re.compile(rf"^\W*(?:een|het)\s+(?:eerste\s+)?{_POINT_NOUN}", re.IGNORECASE)
_NEXT_POINT = re.compile(
    rf"^\W*(?:een|het)\s+(?:tweede|derde|vierde|vijfde|volgende|laatste|ander|andere)\s+"
    rf"{_POINT_NOUN}",
    re.IGNORECASE,
)
_TOWN_HALL = re.compile(r"\bmen\s+(?:in|op|binnen)\s+het\s+(?:stad|gemeente)huis\b", re.I)
#: A routine: what happens every week, month, quarter or year ("elk kwartaal", "twee keer
#: per jaar", "maandelijks"): an arrangement the authors describe.
_ROUTINE = re.compile(
    r"\b(?:elk|elke|ieder|iedere)\s+(?:week|maand|kwartaal|jaar|half\s+jaar)\b"
    r"|\b(?:een|één|twee|drie|vier|zes|\d+)\s+(?:keer|maal)\s+per\s+(?:week|maand|kwartaal|jaar)\b"
    r"|\bper\s+kwartaal\b|\b(?:wekelijks|tweewekelijks|maandelijks|jaarlijks|halfjaarlijks)\b",
    re.IGNORECASE,
)
#: A claim that opens by taking up a single person: "Hij vertelt …", "Volgens haar …"; also
#: as the subject after a fronted adverb and the verb ("Toch verwijst hij …", "Daarom wil hij").
_SINGULAR_PRONOUN = re.compile(
    r"^\W*(?:(?:ook\s+|daarbij\s+|wel\s+)?(?:hij\b|(?:volgens|aldus)\s+(?:haar|hem)\b)"
    r"|(?:toch|daarom|daarnaast|bovendien|verder|ook|wel|soms|vaak|nu)\s+[a-zà-ÿ]+\s+hij\b)",
    re.IGNORECASE,
)


#: A passive or a change undergone in the first clause ("… zijn in 2015 samengevoegd", "… is
#: omgevormd tot", "zijn samengegaan in"): a participle with a prefix or a particle and "ge",
#: no article before it ("tevreden over het beleid" names a noun).
_UNDERGOES = re.compile(
    r"[^,;:.]*?\b(?:is|zijn|was|waren|wordt|worden|werd|werden)\s+(?:[^\s,;:.]+\s+){0,8}?"
    r"(?<!\bde\s)(?<!\bhet\s)(?<!\been\s)(?<!\bhun\s)(?<!\bdit\s)(?<!\bdat\s)(?<!\bzijn\s)"
    r"(?:(?:ge|be|ver|ont|op|in|aan|af|samen|uit|over|toe)[a-zà-ÿ]*[dt]"
    r"|(?:om|op|in|aan|af|samen|uit|over|toe|weg|terug)ge[a-zà-ÿ]+[dtn])\b",
    re.IGNORECASE,
)
#: A footnote: a paragraph opening with a superscript or bracketed number ("¹ In Nijverdal
#: staan …", "[2] Bron: …"). The document leaves the number out of the sentence, so it is
#: looked for right before the sentence's start (markers in running text are already gone).
_FOOTNOTE = re.compile(r"(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\])\s+$")


@dataclass
class Claim:
    """One claim: its sentences, their mentions, the speech they name and its voice.

    ``start`` and ``end`` (the offsets of its first character and just past its last),
    ``paragraph`` (the index of the paragraph it opens in) and ``section`` (that of the section
    it stands in, None before the first heading) are read from its (frozen) sentences once.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> c = Claim([Sentence(0, 0, 10, 2, 1), Sentence(1, 11, 20, 2, 1)])
    >>> (c.start, c.end, c.section, c.paragraph, c.voice)
    (0, 20, 2, 1, ())
    """

    sentences: list[Sentence]
    mentions: list[SentenceMention] = field(default_factory=list)
    speech: Speech = field(default_factory=Speech)
    explicit: bool = False
    voice: tuple[str, ...] = ()
    #: for an item of a list of sentences, the voice its label line names (:func:`read_claims`)
    lead: tuple[str, ...] | None = None
    covered: bool = False  # its voice is that of a source closing its paragraph
    start: int = field(init=False, repr=False, compare=False)
    end: int = field(init=False, repr=False, compare=False)
    paragraph: int = field(init=False, repr=False, compare=False)
    section: int | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        first = self.sentences[0]
        self.start, self.end = first.start, self.sentences[-1].end
        self.paragraph, self.section = first.paragraph, first.section


def _cover(claims: list[Claim], first: int, last: int, voice: tuple[str, ...]) -> None:
    """Give ``voice`` to the claims ``first .. last - 1`` that name no speaker of their own."""
    for j in range(first, last):
        if not claims[j].explicit:
            claims[j].voice = voice


def _subject_before(claims: list[Claim], k: int, text: str) -> str | None:
    """The subject of the claim before ``claims[k]`` in its section (None at its start, and
    when ``text``, the claim's own, takes it up by a singular pronoun ("Hij …", "Volgens
    haar …") while the subject is a plural noun ("Inwoners …"): the pronoun means someone
    else)."""
    before = claims[k - 1] if k else None
    if before is None or before.section != claims[k].section or before.speech.subject is None:
        return None
    subject = before.speech.subject
    if number_disagrees(text, subject, before.mentions, bool(_SINGULAR_PRONOUN.match(text))):
        return None  # "Hij …" after "Inwoners …"; "Zij wijzen …" after one body
    return subject


def _taken_up(whole: str, claims: list[Claim], k: int, text: str) -> tuple[str, ...]:
    """The groups of the claim before ``claims[k]`` in its section that ``text``, the claim's
    own, takes up as its speakers: those it refers to ("Deze partijen …", "De laatsten …",
    "Zij …" after two groups named together; :func:`kg.extract.voicereferents.referred_groups`),
    else the subject a pronoun takes up (:func:`kg.extract.voiceforms.pronoun_subject`)."""
    before = claims[k - 1] if k else None
    if before is None or before.section != claims[k].section:
        return ()
    if both := both_named(text, claims, k):  # "… door beiden gewaardeerd": the two named
        return both
    if (
        text[:2] in HEADS
        and text.startswith(OPENERS)
        and (
            referred := referred_groups(
                text,
                whole,
                before.mentions,
                before.speech.subject,
                # (a plural subject that is no group may be what "zij" takes up)
                not before.voice and not plural_subject(whole[before.start : before.start + 60]),
            )
        )
    ):
        return referred
    back = pronoun_subject(text, _subject_before(claims, k, text))
    if not back and len(before.speech.speakers) > 1 and _THEY.match(text):
        # "Waar ambtenaren tevreden zijn, vinden raadsleden … Zij willen …": the main clause's
        return main_clause_speakers(
            whole, before.start, before.end, before.mentions, before.speech.speakers
        ) or plural_ones(text, before.mentions, before.speech.speakers)  # "Zij wijzen": those
    if not back and before.explicit and len(before.speech.speakers) == 1:
        # "‘…’, rekent een beleidsmedewerker voor. Volgens hem …": the one person named last;
        # "Een ander raadslid …": another member of the group named last
        taken = _SINGULAR_PRONOUN.match(text) or singular_report(text) or another_member(text)
        return before.speech.speakers if taken else ()
    return (back,) if back else ()


#: The quotation marks a claim in someone's own words opens with (no writer's first person).
_QUOTE_OPENERS = "“‘\"„«'"
_THEY = re.compile(r"^\W*(?:zij|ze)\s", re.IGNORECASE)  # a claim opening with "zij"


def _reach_back(  # noqa: PLR0913
    claims: list[Claim],
    k: int,
    para_start: int,
    text: str,
    opener: tuple[str | None],
    resumed: tuple[str, ...],
    brought: tuple[str, ...] = (),
) -> None:
    """Give the voice the claim ``k`` (``text``) names to the claims of its paragraph before it
    that it covers: when it closes with the attribution (a quotation covers only itself), those
    right before it that no voice holds (an account carried on from a speaker named
    before goes on: the attribution claims what nobody did), or all when it names the
    group the paragraph opened by describing, or the voice of the paragraph before that
    the paragraph went on with. A voice ``brought`` over the paragraph break, with no
    speaker named in the paragraph since, holds nothing the closing attribution does not
    claim: the attribution covers its paragraph."""
    voice = claims[k].speech.speakers
    if claims[k].speech.trailing and QUOTED.match(text) is None:
        j = k - 1
        brought = brought if not any(c.explicit for c in claims[para_start:k]) else ()
        while (
            j >= para_start
            and not claims[j].explicit
            and (not claims[j].voice or claims[j].voice == brought)
            and not claims[j].speech.fact  # "De regio is Eemland.": the authors' fact
        ):
            claims[j].voice = voice
            j -= 1
    elif voice == opener or (voice == resumed and not any(c.voice for c in claims[para_start:k])):
        _cover(claims, para_start, k, voice)
    elif voice != brought:  # the paragraph's first named source may end the account brought
        new_source(claims, k, para_start, text, brought)


def _named_voice(claims: list[Claim], k: int, para_start: int, whole: str) -> tuple[str, ...]:
    """The voice an explicit claim names: its speakers, or for the bare head of a body ("Volgens
    de voorzitter …") or a bare staff noun (:func:`kg.extract.voiceturns.bare_staff`) the one
    group of the claim before it in its paragraph (``whole``: the document)."""
    voice = claims[k].speech.speakers
    if k > para_start and len(claims[k - 1].voice) == 1:
        before = claims[k - 1].voice
        if head_of(voice) or bare_staff(whole, claims[k].mentions, voice, before):
            return before
    return team_staff(whole, claims, k, para_start, voice)  # "Volgens de consulenten …"


def _illustrates(text: str, claim: Claim) -> bool:
    """Whether an explicit claim is a quotation or one member's story (``text``: its text)."""
    return bool(QUOTED.match(text)) or one_member(
        text, claim.start, claim.mentions, claim.speech.speakers
    )


def _plain_fact(claim: Claim, text: str, before: str, carried: tuple[str, ...] = ()) -> bool:
    """Whether a claim states a fact about a group in the authors' voice ("De raad besloot
    …", :mod:`kg.extract.groupfacts`), unless a pronoun reports it ("…, zo vertelt hij"), or
    is a footnote, or, naming no speaker in a ``carried`` account, only says a measure was
    taken (:mod:`kg.extract.takenmeasures`): it ends the account it interrupts."""
    if _FOOTNOTE.search(before):
        return True  # a footnote: the authors' remark
    if writer_view(text) or (not claim.explicit and divided_summary(text)):
        return True  # "Mijn indruk: …": the writer's own verdict; "De meningen zijn verdeeld"
    if not claim.explicit and text[:1] not in _QUOTE_OPENERS and writer_speaks(text):
        return True  # "Opvallend vond ik dat …", "Ik verwacht …": the writer's own
    if carried and not claim.explicit and measure_taken(text):
        return True  # "Inmiddels is de wachttijd teruggebracht …": the authors' fact
    # (an experience with a party is someone's: :mod:`kg.extract.experiencevoices`)
    return claim.speech.fact and pronoun_report(text) is None and not experience_with(text)


def _opens_about(whole: str, claim: Claim, text: str) -> tuple[str | None, bool] | None:
    """For the first claim of a paragraph (``text``) that names no speaker and opens about
    an actor group or the municipality: the group it opens by describing (None for a fact
    about a group: "Huisartsen vormen …", or its routine: "De raad ontvangt elk kwartaal
    …", which is made a fact) and whether an account set aside at the break may resume
    (not after what the municipality does: a new account). None for any other claim."""
    subject = claim.speech.subject
    if claim.explicit or (subject is None and not town_opens(whole, claim.start, claim.mentions)):
        return None
    if subject and not claim.speech.fact and _ROUTINE.search(text):
        claim.speech = replace(claim.speech, fact=True)
    # a group that is acted on ("De Wmo-raad en de cliëntenraad zijn samengevoegd") is not
    # described: what happened to it opens no account of it either
    if subject is not None and not claim.speech.fact and _UNDERGOES.match(text) is not None:
        claim.speech = replace(claim.speech, fact=True)  # no later attribution claims it
    # nor is its size ("De adviesraad … heeft elf leden"): a plain fact of organisation
    if subject is not None and not claim.speech.fact and size_fact(text):
        claim.speech = replace(claim.speech, fact=True)
    # only a bare plural ("Zorgaanbieders werken …") opens an account of the group as a
    # whole: a body with an article ("De gemeenteraad heeft …") is described by the authors
    generic = generic_group(whole, claim.start, claim.mentions, subject)
    return (subject if generic and not claim.speech.fact else None), subject is not None


def assign_voices(
    doc: Document, claims: list[Claim], floors: dict[int, tuple[str, ...]] | None = None
) -> None:
    """Set each claim's ``voice``: the speakers that hold it (empty for the authors).

    ``floors`` maps a section to the groups its heading gives the floor to. A group that
    spoke in a paragraph holds a later sentence of it it is the subject of ("X wijst op …
    De corporatie heeft daarom …"); a third party's deed is the authors'.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from kg.document import Sentence
    >>> text = "Het gaat goed. Dat vinden ambtenaren."
    >>> first = Claim([Sentence(0, 0, 14, 0, 0)])
    >>> second = Claim([Sentence(1, 15, 38, 0, 0)], explicit=True,
    ...                speech=Speech(("role/civil-servants",), True))
    >>> assign_voices(SimpleNamespace(text=text), [first, second])
    >>> first.voice
    ('role/civil-servants',)
    """
    floors = floors or {}
    floor: tuple[str, ...] = ()  # the groups the section's heading gives the floor to
    voice: tuple[str, ...] = ()
    voices: set[tuple[str, ...]] = set()  # the voices heard so far in the section
    named: tuple[str, ...] = ()  # the voice named last in the section
    point: tuple[str, ...] | None = None  # the voice of the section's last point of concern
    section = paragraph = None
    opener: str | None = None  # the actor group a paragraph opened by describing
    para_start = 0
    resumed: tuple[str, ...] = ()  # the voice a paragraph break set aside
    low = lowered(doc.text)  # the document's lower case, for the pre-checks (None: none)
    for k, claim in enumerate(claims):
        text = doc.text[claim.start : claim.end]
        if claim.section != section:
            section, voices, named, point = claim.section, set(), (), None
            floor = voice = floors.get(claim.section, ()) if claim.section is not None else ()
        if claim.paragraph != paragraph:
            paragraph, opener, para_start, resumed = claim.paragraph, None, k, ()
            if len(voices) >= 2 and not _CONTINUES.match(text):
                # several groups spoke: the section is ordered by topic, not by voice
                resumed, voice = voice, floor
            if (about := _opens_about(doc.text, claim, text)) is not None:
                # a paragraph about a group or the municipality starts in the authors' voice
                voice = floor if claim.speech.subject in floor else ()
                opener, resumed = about[0], resumed if about[1] else ()
            brought = voice if voice != floor else ()  # the voice carried over the break
        carried = voice  # the account this claim continues
        if not claim.explicit and (
            claim.lead is not None or told_by_authors(claim.speech.third, text) or data_row(text)
        ):
            claim.voice = claim.lead or ()  # a list's item: its label's; a table's row: none
            continue
        if _plain_fact(claim, text, doc.text[max(0, claim.start - 6) : claim.start], carried):
            voice = ()
        elif claim.explicit:
            voice = _named_voice(claims, k, para_start, doc.text)
            if carried and contrasted(doc.text, claim.start, claim.speech, carried):
                voice = tuple(sorted({*carried, *voice}))  # the first clause goes on with it
            _reach_back(claims, k, para_start, text, (opener,), resumed, brought)
            cover_paragraph(doc.text, claims, k, para_start)  # closing it, it covers it
            opener = None  # only the paragraph's first named speaker can be its opener
        elif (subject := claim.speech.subject) is not None and any(
            c.explicit and c.voice == (subject,) for c in claims[para_start:k]
        ):
            voice = (subject,)  # a group that spoke in the paragraph tells of its own doings
        elif back := _taken_up(doc.text, claims, k, text):
            voice = back  # "Huisartsen zijn … Zij geven aan dat …", "De laatsten vinden …"
        elif _NEXT_POINT.match(text) and point is not None:
            voice = point  # the next point of a list keeps the voice that opened it
        elif (said := impersonal_voice(text, low, claim.start, voice)) is not None:
            voice = said  # none, or those spoken with for an agentless passive of opinion
        elif not voice and (by := _pronoun_voice(claims, k, para_start, text, low, named)):
            voice = by  # "zo stellen zij": the group named last; "men": those spoken with
        claim.voice = () if carried_moment(claims, k, doc.text, voice, carried, floor) else voice
        voices |= {voice} if voice else set()
        named = _named_last(claim, text, named)
        point = voice if POINT.match(text) and not _NEXT_POINT.match(text) else point
        if claim.explicit:
            voice = _voice_after(claim, text, voice, carried, floor, inside=k > para_start)


def _named_last(claim: Claim, text: str, named: tuple[str, ...]) -> tuple[str, ...]:
    """The voice named last after the claim ``claim`` (``text``): the speakers it names, or
    the group the writer met ("We spraken twee huisartsen. … volgens hen …"), else ``named``."""
    if claim.explicit:
        return claim.speech.speakers
    if claim.speech.fact and claim.speech.subject and meets(text):
        return (claim.speech.subject,)
    return named


def _voice_after(
    claim: Claim,
    text: str,
    voice: tuple[str, ...],
    carried: tuple[str, ...],
    floor: tuple[str, ...],
    *,
    inside: bool = True,
) -> tuple[str, ...]:
    """The voice that goes on after an explicit claim (``text``) that holds ``voice``: the
    account ``carried`` before it in its paragraph that a quotation, one member's story or
    an aside interrupts (a quotation or story only ``inside`` its paragraph, not opening
    it, and not one that closes by naming its speaker: "‘…’, zegt een beleidsmedewerker."
    hands the account to that speaker); the section's ``floor`` after a closing quotation
    (its speaker's turn ends there: the authors go on, unless a pronoun takes the speaker
    up); else ``voice``.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> t = "Een ambtenaar: ‘Het kan beter.’"
    >>> c = Claim([Sentence(0, 0, len(t), 0, 0)], speech=Speech(("r/c",), at=4), explicit=True)
    >>> _voice_after(c, t, ("r/c",), (), ())
    ()
    """
    if closes_quotation(text):
        return floor  # a quotation closes its speaker's turn: the authors go on
    if carried and inside and _illustrates(text, claim) and not claim.speech.trailing:
        return carried  # a quotation or one member's story illustrates the account
    if conceded(text, claim.speech.at, claim.start):
        return carried  # "…, al zijn die volgens ambtenaren weinig concreet": an aside
    return tuple(v for v in voice if v[-8:] != "/authors") or voice  # named groups go on


def _pronoun_voice(  # noqa: PLR0913
    claims: list[Claim],
    k: int,
    para_start: int,
    text: str,
    low: str | None,
    named: tuple[str, ...],
) -> tuple[str, ...]:
    """The voice a pronoun gives the claim ``k`` (``text``) that no voice holds: the group
    ``named`` last for a personal pronoun that reports ("zo stellen zij"; closing, it covers
    the paragraph before it), those spoken with for the impersonal "men" ("Over het Rijk is
    men kritisch"), those named last for an experience with a party ("Met het UWV zijn de
    contacten goed", :func:`kg.extract.experiencevoices.experience_voice`); none else.
    ``low`` is the document in lower case (None: not read so).

    Examples
    --------
    >>> from kg.document import Sentence
    >>> claim = Claim([Sentence(0, 0, 30, 0, 0)])
    >>> _pronoun_voice([claim], 0, 0, "Over het Rijk is men kritisch.", None, ())
    ('https://w3id.org/kg-decentralisatie/concept/role/interviewees',)
    >>> _pronoun_voice([claim], 0, 0, "Het gaat goed, zo stellen zij.", None, ("role/a",))
    ('role/a',)
    """
    if had := experience_voice(text, claims[k].speech, named):
        return had  # "Met het UWV zijn de contacten goed": those named last, or who keep them
    if named and (said := pronoun_report(text)):
        if said.start() > len(text) // 2:  # closing: it covers the paragraph before it
            _cover(claims, para_start, k, named)
        return named
    start = claims[k].start
    if men_report(text, low[start : start + len(text)] if low is not None else text.lower()):
        # "men" placed in the town hall is its civil servants (an annotation guideline)
        return (CIVIL_SERVANTS if _TOWN_HALL.search(text) else INTERVIEWEES,)
    return ()


def _labels(text: str, sentences, sentence: Sentence, by_sentence) -> bool:  # noqa: ANN001
    """Whether ``sentence`` is a paragraph's run-in label (:mod:`kg.extract.runinlabels`);
    ``sentences`` are the document's, ``by_sentence`` their mentions by index."""
    named = by_sentence.get(sentence.index)
    if not named or sentence.end - sentence.start > 40 or text[sentence.end - 1] != ".":
        return False  # plain tests first: a label is a short name with a full stop
    at = position(sentences, sentence)
    before = sentences[at - 1] if at else None
    after = sentences[at + 1] if at + 1 < len(sentences) else None
    return run_in_label(text, sentence, before, after, named)


def _unit_speech(
    text: str, unit: list[Sentence], speeches: list[Speech], first: list[SentenceMention]
) -> Speech:
    """The speech of a claim of the sentences ``unit`` (their ``speeches``; ``first``: the
    first one's mentions): a one-sentence claim's, read for a commitment in minutes and for
    the writer's first-person report (:func:`kg.extract.firstperson.first_person`: "Van X
    hoor ik …", "Ik spreek X, die …"); the speakers of all the sentences of a longer one."""
    if len(speeches) == 1:
        speech = committed(text, unit[0].start, speeches[0])
        return first_person(text, unit[0].start, unit[0].end, first, speech)
    named = tuple(sorted({sp for x in speeches for sp in x.speakers}))
    return Speech(named, any(x.trailing for x in speeches), speeches[0].subject, speeches[0].at)


def read_claims(doc: Document, mentions: Iterable[SentenceMention], lexicon) -> list[Claim]:  # noqa: ANN001
    """The document's claims, each with its mentions, the speech it names and its voice.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    mentions : iterable of SentenceMention
        The mentions found so far (those outside a sentence are ignored).
    lexicon : kg.extract.Lexicon
        Finds the groups a section heading names.

    Returns
    -------
    list of Claim
    """
    by_sentence: dict[int, list[SentenceMention]] = {}
    general: set[int] = set()  # the sentences naming care providers in general
    for m in mentions:
        if m.sentence is not None:
            by_sentence.setdefault(m.sentence, []).append(m)
            if m.entity == PROVIDERS:
                general.add(m.sentence)
    # "aanbieders van GGZ": one group (the speech reads the phrase whole)
    own = {i: kinds_of_providers(doc.text, by_sentence[i], merge=False) for i in general}
    claims: list[Claim] = []
    lead: tuple[str, ...] | None = None  # the voice of the list of sentences being read
    blocks = Blocks(doc.text, by_sentence)  # a fact sheet's blocks ("Uit de gesprekken met X:")
    for unit in segment(doc):
        if blocks.heading(unit):
            continue  # the heading of a block: no claim; its voice leads the lines after it
        if len(unit) == 1 and (
            _labels(doc.text, doc.sentences, unit[0], by_sentence)
            or numbered_label(doc.text, unit[0].start, unit[0].end)
            or chair_turn(doc.text, unit[0].start, unit[0].end)
            or label_or_source(doc, unit[0], by_sentence.get(unit[0].index, []))
            or letter_formula(doc.text[unit[0].start : unit[0].end])  # "Geachte raad,"
        ):
            continue  # "Jeugdwet. Met 10,4% …", "Agendapunt 1: jeugdhulp.": a label, no claim
            # (nor the chair's turn: "De voorzitter vraagt de fracties om een oordeel.")
        if announces_list(doc.text, doc.sentences, unit) or list_label(
            doc.text, doc.sentences, unit
        ):
            # "Wat zeggen de zorgaanbieders?", "Knelpunten volgens de Wmo-consulenten:" before
            # a list: no claim; its voice leads the items
            lead = label_voice(doc.text, unit[-1], by_sentence.get(unit[-1].index, []))
            continue
        lead = lead if lead is not None and sentence_item(doc.text, unit[0]) else None
        # (a court's ruling is a fact, not its view: :mod:`kg.extract.courtrulings`)
        speeches = [
            ruling(detect(doc.text, s.start, s.end, named), named)
            for s in unit
            for named in (by_sentence.get(s.index, []),)
        ]
        first = by_sentence.get(unit[0].index, [])
        if own and unit[0].index in own:
            first = own[unit[0].index]
        # (the body named before, in its section; with none, a chair may lead the meeting)
        same = claims and claims[-1].section == unit[0].section
        speeches[0], first = through_function(
            doc.text, unit[0], speeches[0], first, claims[-1].mentions if same else []
        )
        found = first + [
            m for s in unit[1:] for m in own.get(s.index) or by_sentence.get(s.index, [])
        ]
        speech = _unit_speech(doc.text, unit, speeches, first)
        speech = colon_quotation(doc.text, unit[0].start, unit[0].end, speech, first)  # "X …: ‘…’"
        named = speech.speakers  # its speakers are sorted and distinct already
        if lead is None and (led := blocks.lead(unit[0], named, speech.trailing, found)):
            lead, named = led, ()  # a key-value line of a block: its heading's voice
        claims.append(Claim(unit, found, speech, bool(named), lead=item_lead(doc.text, unit, lead)))
    voice_titled_names(doc.text, claims)  # "Mevrouw Ter Haar vindt …": the role given her first
    assign_voices(doc, claims, floors(doc, lexicon))
    bridge_quotations(doc.text, claims)  # "„…”, zegt X. Ook Z liep vast. „…”, zegt Y."
    cover_paragraphs(doc.text, claims)  # "… (beleidsmedewerkers, wethouder).": the paragraph's
    introduced_voices(doc.text, claims)  # "Yusuf, jobcoach bij X, … “…”, zegt hij.": his
    singular_voices(doc.text, claims)  # "De medewerker … Volgens haar …": not a group between
    signed_letters(doc.text, doc.sentences, by_sentence, claims)  # "Groet, Ans, controller."
    return claims
