"""A judgement that leads into a quotation is the quoted speaker's.

Reports built from interviews often set a short sentence in the authors' words before a
quotation whose speaker is named after it: "Ook de SVB krijgt kritiek. ‘Onze budgethouders
hebben maandenlang gewacht’, zegt de voorzitter van de Wmo-raad." The lead-in sums up what
the quotation goes on to say; when it judges (it has a tone of its own: "krijgt kritiek",
"is vroeg betrokken geweest"), the judgement is the speaker's, as a closing attribution
covers the sentences before it in its paragraph (annotation guideline, "Closing
attributions over plain facts"; gold README, eleventh batch, decision 12), as does a neutral
one that states the policy the quotation sums up ("Helmond kiest nadrukkelijk voor werk als
eerste stap. “…”, zo vat de wethouder het beleid samen."). A neutral lead-in that gives a
figure ("Welzijn Boxtel levert acht van de medewerkers van het team.") states a fact of
organisation: the authors keep it (the voice is not carried over plain facts). A source of
figures the lead-in names ("Volgens de monitor …") keeps it the authors' too.

General Dutch: a quotation followed by a comma and a reporting verb with its subject
inverted ("‘…’, zegt X", "‘…’, vertelt een X") names its speaker after it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.closingsources import from_data
from kg.extract.introducedpersons import closing_pronoun
from kg.extract.numberwords import WORD_NUMBERS
from kg.extract.speechcues import VERBS
from kg.extract.voiceforms import QUOTED

if TYPE_CHECKING:
    from kg.document import Document
    from kg.extract.model import Finding

__all__ = ["authors_bridge", "lead_in_voices", "trailing_quotation"]

#: The closing quotation mark of an opening quotation, then a comma and a reporting verb
#: (its subject inverted after it), "zo" and a verb, or "aldus": "‘…’, zegt de wethouder",
#: "“…”, zo vat de wethouder het beleid samen", "“…”, aldus X".
_TRAILED = re.compile(rf"[”\"’'»]\s*,\s*(?:aldus|zo\s+[a-z]+\s|(?:{VERBS})\b)", re.IGNORECASE)


#: A year ("in 2016", "sinds 2015").
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: Number words that give a figure (not the article "een").
_FIGURE_WORDS = frozenset(WORD_NUMBERS) - {"een", "één", "eén"}


def _states_figure(text: str) -> bool:
    """Whether ``text`` gives a figure: a digit or a number word ("levert acht van de
    medewerkers").

    Examples
    --------
    >>> _states_figure("Welzijn X levert acht van de medewerkers."), _states_figure("Het kan.")
    (True, False)
    >>> _states_figure("Sinds 2016 is het team op school te zien.")
    False
    """
    if any(c.isdigit() for c in _YEAR.sub("", text)):
        return True  # a year is no figure ("sinds 2016")
    return any(w in _FIGURE_WORDS for w in re.findall(r"[a-zé]+", text.lower()))


#: The kinds of what a claim on how the field is laid out names: bodies, organisations,
#: regions, municipalities ("Boxtel hoort bij de arbeidsmarktregio Noordoost-Brabant").
_LAID_OUT = ("/organisation/", "/body/", "/region/", "/municipality/")


def _lays_out(text: str, lead: Finding) -> bool:
    """Whether a neutral lead-in states a plain fact the authors keep: it gives a figure or
    names a body, organisation, region or other municipality it concerns."""
    if _states_figure(text[lead.start : lead.end]):
        return True
    return any(kind in c for c in lead.concerns for kind in _LAID_OUT)


#: A lead-in that is the authors' own bridge, not a summary of the quotation after it: the
#: researchers as its subject ("De onderzoekers vroegen naar …", "Ook de interviewers spraken
#: met …", "Wij vroegen de wethouder …"), a remark over all the voices that announces a
#: contrary one ("Niet iedereen is even positief.", "Lang niet alle partijen zijn tevreden."),
#: or the topic a passage turns to ("Jeugd is hier het grootste onderwerp.").
_BRIDGE = re.compile(
    r"\W*(?:ook\s+)?(?:de\s+|het\s+)?(?:onderzoekers|interviewers|auteurs|onderzoeksteam"
    r"|onderzoeker|interviewer)\b"
    r"|\W*(?:ook\s+)?(?:wij|we)\s+(?:vroegen|spraken|vroeg|legden|bezochten|interviewden"
    r"|hebben\s+(?:\w+\s+){0,4}?(?:gevraagd|gesproken|voorgelegd))\b"
    r"|\W*(?:(?:lang|zeker|bepaald)\s+)?niet\s+(?:iedereen|allen|alle\s+\w+|elke\s+\w+)\s+"
    r"(?:is|was|zijn|waren|deelt|deelde|delen|denkt|dacht|denken|ziet|zag|zien)\b"
    r"|[^.;:]*\b(?:is|was|blijft|vormt)\s+(?:\w+\s+){0,3}?(?:het|een)\s+(?:grootste|belangrijkste"
    r"|terugkerend|terugkerende|vaakst\s+genoemde|meest\s+besproken)\s+"
    r"(?:onderwerp|thema|gespreksonderwerp|gespreksthema)\b",
    re.IGNORECASE,
)


def authors_bridge(text: str) -> bool:
    """Whether a lead-in ``text`` is the authors' own bridge to a quotation
    (:data:`_BRIDGE`), which the quotation's speaker does not hold.

    Examples
    --------
    >>> authors_bridge("De onderzoekers vroegen naar de wachtlijsten.")
    True
    >>> authors_bridge("Ook de interviewers spraken met twee schooldirecteuren.")
    True
    >>> authors_bridge("Wij vroegen de corporatie naar de huisuitzettingen.")
    True
    >>> authors_bridge("Niet iedereen is even tevreden.")
    True
    >>> authors_bridge("Lang niet alle aanbieders zijn zo positief.")
    True
    >>> authors_bridge("Schuldhulp is in Veldhoven het meest besproken onderwerp.")
    True
    >>> authors_bridge("Ook de SVB krijgt kritiek.")
    False
    >>> authors_bridge("De wachttijden zijn het grootste probleem.")
    False
    >>> authors_bridge("Iedereen is tevreden over het loket.")
    False
    """
    return _BRIDGE.match(text) is not None


def _kept(text: str, lead: Finding) -> bool:
    """Whether an authors' claim before a quotation stays theirs: a neutral plain fact
    (:func:`_lays_out`), a quotation of its own, figures from data or the authors' own bridge
    (:func:`authors_bridge`: "De onderzoekers vroegen …")."""
    return (
        (lead.polarity == "neutral" and _lays_out(text, lead))
        or QUOTED.match(text, lead.start) is not None
        or from_data(text, lead.start, lead.end)
        or authors_bridge(text[lead.start : lead.end])
    )


def trailing_quotation(text: str) -> bool:
    """Whether a claim's ``text`` opens with a quotation whose speaker is named after it.

    Examples
    --------
    >>> trailing_quotation("‘Wij doen dat graag’, zegt een woonconsulent van Joost.")
    True
    >>> trailing_quotation("Een raadslid: ‘We krijgen dikke rapportages.’")
    False
    >>> trailing_quotation("‘En de mensen staan ook bij ons in de rij.’")
    False
    """
    return QUOTED.match(text) is not None and _TRAILED.search(text) is not None


def lead_in_voices(doc: Document, findings: list[Finding], authors: str) -> list[Finding]:
    """The findings, a claim in the ``authors``' voice (a judgement, or a statement with no
    figure) that leads into a quotation named after it (:func:`trailing_quotation`) in its
    paragraph given to the quotation's speakers (and no longer their concern).

    Parameters
    ----------
    doc : Document
        The parsed profile (its text and sentences).
    findings : list of Finding
        The document's findings, in text order.
    authors : str
        The IRI of the authors' role.

    Returns
    -------
    list of Finding

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from kg.document import Sentence
    >>> from kg.extract.model import Finding
    >>> t = "Ook de SVB krijgt kritiek. ‘Het duurt lang’, zegt de Wmo-raad."
    >>> doc = SimpleNamespace(text=t, sentences=[Sentence(0, 0, 26, 0, 0),
    ...                                          Sentence(1, 27, 63, 0, 0)])
    >>> lead = Finding(0, 26, (0,), ("authors",), ("svb", "raad"), "negative", 0)
    >>> quote = Finding(27, 63, (1,), ("raad",), (), "negative", 0)
    >>> [f.speakers for f in lead_in_voices(doc, [lead, quote], "authors")]
    [('raad',), ('raad',)]
    >>> lead_in_voices(doc, [lead, quote], "authors")[0].concerns
    ('svb',)
    >>> t = "De SVB betaalt 80 budgetten. ‘Het duurt lang’, zegt de Wmo-raad."
    >>> doc = SimpleNamespace(text=t, sentences=[Sentence(0, 0, 28, 0, 0),
    ...                                          Sentence(1, 29, 65, 0, 0)])
    >>> plain = Finding(0, 28, (0,), ("authors",), ("svb",), "neutral", 0)
    >>> quote = Finding(29, 65, (1,), ("raad",), (), "negative", 0)
    >>> lead_in_voices(doc, [plain, quote], "authors")[0].speakers
    ('authors',)
    >>> t = "Daar loopt een raadslid. ‘Het duurt lang’, zegt ze."
    >>> doc = SimpleNamespace(text=t, sentences=[Sentence(0, 0, 24, 0, 0),
    ...                                          Sentence(1, 25, 51, 0, 0)])
    >>> scene = Finding(0, 24, (0,), ("authors",), ("raad",), "neutral", 0)
    >>> quote = Finding(25, 51, (1,), ("raad",), (), "negative", 0)
    >>> lead_in_voices(doc, [scene, quote], "authors")[0].speakers
    ('authors',)
    """
    text = doc.text
    paragraph_of: dict[int, int] | None = None
    findings = _quotations_going_on(doc, findings, authors)
    out = list(findings)
    for k in range(1, len(findings)):
        quote = findings[k]
        if quote.speakers == (authors,):
            continue
        said = text[quote.start : quote.end]
        if said[0].isalnum() or not trailing_quotation(said):
            continue  # a cheap test first: a quotation opens with a mark
        if closing_pronoun(said):
            continue  # "“…”, zegt ze.": the scene before introduced her, in the authors' words
        if paragraph_of is None:
            paragraph_of = {s.index: s.paragraph for s in doc.sentences}
        paragraph = paragraph_of[quote.sentences[0]]
        first = quote.sentences[0]
        j = k - 1
        while j >= 0:
            lead = out[j]
            if (
                lead.sentences[-1] + 1 != first
                or paragraph_of[lead.sentences[0]] != paragraph
                or lead.speakers != (authors,)
                or _kept(text, lead)
            ):
                break
            concerns = tuple(c for c in lead.concerns if c not in quote.speakers)
            out[j] = replace(lead, speakers=quote.speakers, concerns=concerns)
            first, j = lead.sentences[0], j - 1
    return out


def _quotations_going_on(doc: Document, findings: list[Finding], authors: str) -> list[Finding]:
    """The findings, a bare quotation (no speaker named: "“Als een gezin komt, is het laat.”")
    right after a quotation whose speaker is named after it ("“…”, zegt een huisarts.") in
    its paragraph given to that speaker: the quotation goes on, though the speaker's turn
    ends for the authors' sentences after it (:func:`kg.extract.claims.assign_voices`).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from kg.document import Sentence
    >>> from kg.extract.model import Finding
    >>> t = "‘Het duurt lang’, zegt de jobcoach. ‘Te lang.’ De raad besluit."
    >>> doc = SimpleNamespace(text=t, sentences=[Sentence(0, 0, 35, 0, 0),
    ...     Sentence(1, 36, 46, 0, 0), Sentence(2, 47, 63, 0, 0)])
    >>> fs = [Finding(0, 35, (0,), ("coach",), (), "negative", 0),
    ...       Finding(36, 46, (1,), ("authors",), (), "negative", 0),
    ...       Finding(47, 63, (2,), ("authors",), (), "neutral", 0)]
    >>> [f.speakers for f in _quotations_going_on(doc, fs, "authors")]
    [('coach',), ('coach',), ('authors',)]
    """
    text = doc.text
    out = list(findings)
    paragraph_of: dict[int, int] | None = None
    going = False  # whether the finding before is a quotation of a speaker named after it
    for k, said in enumerate(findings):
        opens = text[said.start : said.start + 1]
        if opens.isalnum() or QUOTED.match(text[said.start : said.start + 4]) is None:
            going = False  # a cheap test first: a quotation opens with a mark
            continue
        if trailing_quotation(text[said.start : said.end]):
            going = said.speakers != (authors,)
            continue
        before = out[k - 1]
        if paragraph_of is None:
            paragraph_of = {s.index: s.paragraph for s in doc.sentences}
        if (
            going
            and said.speakers == (authors,)
            and before.sentences[-1] + 1 == said.sentences[0]
            and paragraph_of[before.sentences[0]] == paragraph_of[said.sentences[0]]
        ):
            out[k] = replace(said, speakers=before.speakers)
        else:
            going = False
    return out
