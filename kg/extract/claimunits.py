"""Claim units: which sentences form one claim.

One claim per sentence, except where the annotation guideline joins them: a quotation
that spans several sentences is one claim up to the sentence that closes it (and a
closing "Aldus X." right after it); a sentence that announces what follows ("… ziet er
als volgt uit.", "…:") forms one claim with the next sentence, and with every item of the
list it opens ("… twee verschuivingen: - …; - …."); a question in running text that the
next sentence of its paragraph answers ("Waarom niet? …") forms one claim with it.
Split out of :mod:`kg.extract.claims`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.bareleads import bare_lead
from kg.extract.courtesies import courtesy
from kg.extract.entrylines import entry_line
from kg.extract.handovers import hand_over
from kg.extract.impliedspeakers import INTERVIEWEES
from kg.extract.partmoves import part_move
from kg.extract.prefixscan import may_hold_in
from kg.extract.questions import opens_question
from kg.extract.quotemarks import closes, open_quote
from kg.extract.readerpointers import reader_pointer
from kg.extract.speakers import detect
from kg.extract.talkcourse import course_of_talk, leads_turn, opens_turn
from kg.extract.turnmoves import no_move_claim
from kg.linebreaks import LIST_ITEM
from kg.turnlabels import LABEL_WORDS

if TYPE_CHECKING:
    from kg.document import Document, Sentence
    from kg.extract.model import SentenceMention

__all__ = [
    "announces_list",
    "label_voice",
    "list_label",
    "position",
    "segment",
    "sentence_item",
]

#: A sentence that announces the next one ("… ziet er als volgt uit.", "De knelpunten zijn
#: de volgende.", "…:").
_ANNOUNCES = re.compile(
    r"(?:\bals\s+volgt(?:\s+uit)?\.|\b(?:de|het)\s+volgende\.|:)\s*$", re.IGNORECASE
)
#: How far a list item's sentence may start after its line's start: the mark and its
#: space ("- ", "• ", "12) ", "3. ") after an indent.
_MARK_REACH = 8
#: The first characters of a footnote's number, which :data:`kg.linebreaks.LIST_ITEM`
#: also opens a block with: a footnote is no item of the list before it.
_FOOTNOTE_MARKS = "[¹²³⁴⁵⁶⁷⁸⁹"
#: How many sentences a quotation may span before it must have closed.
_QUOTE_REACH = 6
#: A closing attribution of its own after a quotation: "Aldus de voorzitter." (no clause
#: of its own after it).
_ALDUS = re.compile(r"\W*aldus\s[^,;:]*$", re.IGNORECASE)
#: A sentence that only announces the quotation after it: a verb of summing up, sketching or
#: putting into words with its object and no clause of its own ("Een huisarts vat de stemming
#: samen.", "… schetst het bestand zonder omwegen.", "… verwoordt het zo."; guideline).
_ANNOUNCES_QUOTE = re.compile(
    r"^[^,;:‘“'\"]*\b(?:vat|vatte|vatten|schetst|schetste|schetsen|verwoordt|verwoordde"
    r"|verwoorden|typeert|typeerde|omschrijft|omschreef|illustreert|illustreerde)\b"
    r"(?![^.]*\b(?:dat|of|hoe|waarom)\b)[^,;:]*\.$",
    re.IGNORECASE,
)
#: A sentence of :data:`_ANNOUNCES_QUOTE` that announces a plain sentence too: one that sketches
#: or sums up ("D4 schetste de opzet.", "De onderzoekers vatten de gesprekken samen."), not one
#: that typifies ("… typeert de omslag als …", a claim of its own).
_SKETCHES = re.compile(
    r"^(?![^.]*\bals\b)[^,;:]*\b(?:vat|vatte|vatten|schetst|schetste|schetsen)\b", re.IGNORECASE
)
#: A turn's label before what its speaker says: a name or function and a colon ("Host Anna: ").
_TURN_LABEL = re.compile(rf"{LABEL_WORDS}\s*:\s+")
#: A sentence that opens with a quotation mark.
_OPENS_QUOTE = re.compile(r"[‘“„\"'«]")
#: A mark opening a quotation at a word's start.
_OPENING = re.compile(r"[‘“„«](?=\w)")


def _item(whole: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` is a list item: a mark opens its line, a bullet or a dash ("- de
    kosten;", "• de kosten;") or an enumerator ("1. De wachttijd is lang.", "2) de kosten;",
    "b) de kosten;"), each the mark :data:`kg.linebreaks.LIST_ITEM` opens an item with.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> t = "Twee lessen:\\n2) de kosten;"
    >>> _item(t, Sentence(2, 16, len(t), 0, 1)), _item(t, Sentence(1, 0, 12, 0, 0))
    (True, False)
    """
    line = whole.rfind("\n", 0, sentence.start) + 1
    if sentence.start - line > _MARK_REACH:
        return False
    at = line
    while at < sentence.start and whole[at] in " \t":
        at += 1
    if at == sentence.start or whole[at] in _FOOTNOTE_MARKS:
        return False
    mark = LIST_ITEM.match(whole, at)
    return (
        mark is not None
        and mark.end() <= sentence.start
        and not whole[mark.end() : sentence.start].strip()
    )


def sentence_item(whole: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` is a list item that is a sentence of its own: a mark opens its
    line and a capital its first word ("- De SDD doet te lang over een besluit."), not a
    fragment of the sentence that announced it ("- de kosten;")."""
    return _item(whole, sentence) and whole[sentence.start : sentence.start + 1].isupper()


def list_label(whole: str, sentences: list[Sentence], unit: list[Sentence]) -> bool:
    """Whether a claim ``unit`` is the label line of a list of sentences ("Knelpunten volgens
    de Wmo-consulenten:" before "- De SDD doet te lang …"): it makes no claim of its own and
    gives its voice to the items that name none (an annotation decision); ``sentences`` are
    the document's.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> t = "Knelpunten:\\n- Het duurt lang."
    >>> s = [Sentence(1, 0, 11, 0, 0), Sentence(2, 14, len(t), 0, 1)]
    >>> list_label(t, s, s[:1]), list_label(t, s, s[1:])
    (True, False)
    """
    last = unit[-1]
    if len(unit) > 1 or last.end <= last.start or whole[last.end - 1] != ":":
        return False
    if _bare_lines(whole, last.end):
        return True  # "… met een code:" before "R1 – wethouder Zorg en Welzijn" lines
    at = position(sentences, last)
    following = sentences[at + 1] if at + 1 < len(sentences) else None
    return (
        following is not None
        and following.paragraph != last.paragraph
        and sentence_item(whole, following)
    )


#: A short line with no closing punctuation: a list's item with no mark ("R1 – wethouder
#: Zorg en Welzijn", "Preventie"), as a bare line is a heading, no sentence.
_BARE_LINE = re.compile(r"[ \t]*[^\n]{1,80}?(?<![.!?;:,”\"'’])[ \t]*\n")


def _bare_lines(whole: str, end: int) -> bool:
    """Whether the line ending at ``end`` (on a colon) is followed, from the next line on,
    by at least two bare lines (:data:`_BARE_LINE`) with no list mark: an unmarked list it
    announces (a legend
    of the interviewees' codes, a list of names), which makes no claim of its own (gold
    README, seventh batch, decision 1: the line that introduces a list is no finding).

    Examples
    --------
    >>> t = "We noemen hen zo:\\nR1 – wethouder\\nR2 – raadslid\\n\\nIn 2015 …"
    >>> _bare_lines(t, t.index(":") + 1)
    True
    >>> t = "Met de provincie gaat het beter:\\ndie droeg € 2 miljoen bij.\\nDemocratie\\n"
    >>> _bare_lines(t, t.index(":") + 1)
    False
    """
    at = whole.find("\n", end)
    if at < 0 or whole[end:at].strip():
        return False  # the colon does not close its line
    at += 1
    for _ in range(2):
        while whole.startswith("\n", at):
            at += 1  # a blank line before the list or between its items
        line = _BARE_LINE.match(whole, at)
        if line is None or not line.group(0).strip() or LIST_ITEM.match(whole, at):
            return False  # a marked item ("- de kosten") is read by the rules of lists
        at = line.end()
    return True


def _quote_end(whole: str, sentences: list[Sentence], i: int, kind: int) -> int | None:
    """The index of the sentence that closes the quotation ``sentences[i]`` leaves open
    (of ``kind``), within its paragraph and :data:`_QUOTE_REACH`; None if none does."""
    para = sentences[i].paragraph
    for j in range(i + 1, min(len(sentences), i + 1 + _QUOTE_REACH)):
        s = sentences[j]
        text = whole[s.start : s.end]
        if s.paragraph != para or _OPENING.search(text):
            return None  # a new quotation (or a stray mark before): not this one's end
        if closes(kind, text):
            return j
    return None


def _joined(whole: str, sentences: list[Sentence], i: int, listing: bool) -> tuple[int, bool]:
    """How many sentences after ``sentences[i]`` (the last of a unit) join its unit: those up
    to the end of a quotation it opens, the one it announces, the items of a list it opens
    or goes on with (``listing``: the unit is a list), or the answer to its question; and
    whether they close a quotation."""
    last, following = sentences[i], sentences[i + 1]
    text = whole[last.start : last.end]
    if sentence_item(whole, following):
        return 0, False  # an item that is a sentence of its own: a claim of its own
    if listing and _item(whole, following):
        return 1, False  # the next item of the list
    if following.paragraph != last.paragraph:
        # an announcement's list goes on over the items' line breaks
        return int(text.endswith(":") and _item(whole, following)), False
    if _OPENS_QUOTE.match(whole, following.start) and _ANNOUNCES_QUOTE.search(text):
        return 1, False  # "Een consulent schetst het bestand zonder omwegen. ‘…’"
    if may_hold_in(whole, last.start, last.end, ("vat", "schets")) and _sums_up(text):
        return 1, False  # "D4 schetste de opzet. Sinds 2015 …": it announces a plain sentence
    if opens_turn(whole, following.start, following.end) and leads_turn(
        whole, last.start, last.end
    ):
        return 1, False  # "Deelnemer 4, Wmo-consulent, reageerde als eerste. D4: “…”"
    kind = open_quote(text)
    if kind is not None:
        end = _quote_end(whole, sentences, i, kind)
        if end is not None:
            return end - i, True
    if (":" in text or may_hold_in(whole, last.start, last.end, ("volg",))) and _ANNOUNCES.search(
        text, max(0, len(text) - 40)
    ):  # it closes the sentence
        return 1, False
    # a direct question the next sentence answers (a statement, not a further question); a
    # question that opens its paragraph is one whatever its first word ("Sluiten onderwijs
    # en jeugdhulp op elkaar aan? Het aantal thuiszitters daalde …")
    opens = i == 0 or sentences[i - 1].paragraph != last.paragraph
    asks = _asks(text) or (opens and text.endswith("?") and open_quote(text) is None)
    return int(asks and not whole[following.start : following.end].endswith("?")), False


def _sums_up(text: str) -> bool:
    """Whether a sentence only announces a sketch or a summary (:data:`_SKETCHES`), also
    under a turn's label ("Host Anna: Ik vat het even samen.").

    Examples
    --------
    >>> _sums_up("Host Anna: Ik vat het even samen."), _sums_up("Ik vat het samen.")
    (True, True)
    >>> _sums_up("Host Anna: Ik vat het samen als een succes.")
    False
    """
    label = _TURN_LABEL.match(text)
    body = text[label.end() :] if label else text
    return _ANNOUNCES_QUOTE.search(body) is not None and _SKETCHES.search(body) is not None


def position(sentences: list[Sentence], sentence: Sentence) -> int:
    """Where ``sentence`` stands in the document's ``sentences``: ``sentences.index``, read
    from its number (a document numbers its sentences from one) instead of a search.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> s = [Sentence(1, 0, 4, 0, 0), Sentence(2, 5, 9, 0, 0)]
    >>> position(s, s[1]), position(s[1:], s[1])
    (1, 0)
    """
    at = sentence.index - 1
    if 0 <= at < len(sentences) and sentences[at] is sentence:
        return at
    return sentences.index(sentence)


def announces_list(whole: str, sentences: list[Sentence], unit: list[Sentence]) -> bool:
    """Whether a claim ``unit`` is a question that closes its paragraph right before the items
    of a list ("De cijfers zijn gemiddeld. Wat valt op?" before "- Het gebruik …"): it only
    announces what follows and makes no claim of its own (an annotation decision);
    ``sentences`` are the document's.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> t = "Wat valt op?\\n\\n- Het gebruik is hoog."
    >>> s = [Sentence(0, 0, 12, 0, 0), Sentence(1, 16, len(t), 0, 1)]
    >>> announces_list(t, s, s[:1]), announces_list(t, s, s[1:])
    (True, False)
    """
    last = unit[-1]
    if last.end <= last.start or whole[last.end - 1] != "?":  # no slice: runs for every unit
        return False
    at = position(sentences, last)
    following = sentences[at + 1] if at + 1 < len(sentences) else None
    return (
        following is not None and following.paragraph != last.paragraph and _item(whole, following)
    )


def _asks(text: str) -> bool:
    """Whether a sentence is a direct question of its own, outside a quotation: it ends with a
    question mark and opens as a question does (:func:`kg.extract.questions.opens_question`:
    "Waarom niet?", "Is X klaar voor de transformatie?", "Met wie werkt de gemeente samen?").

    Examples
    --------
    >>> _asks("Waarom niet?"), _asks("Het is lastig, maar wanneer is dat zo?")
    (True, False)
    """
    return opens_question(text)


def _no_claim(text: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` makes no claim by its form: the dated heading of a diary's entry
    ("Maandag 11 april, Emmen."), a set phrase of a conversation ("Gaat uw gang."), a
    pointer to the reader ("Lees verder op pagina 3."), a question put to the person
    spoken with (:mod:`kg.extract.handovers`: "Herkent u dat?") or a move that only runs
    the talk or cites a source (:mod:`kg.extract.turnmoves`: "[lacht]", "¹ Interview met
    de wethouder, 12 mei 2016.") or a phrase with no verb that opens a paragraph or a blog's
    entry (:mod:`kg.extract.bareleads`: "Nu het geld.", "Naschrift van de redactie.") or a
    move that opens a part or frames the text (:mod:`kg.extract.partmoves`: "De jeugdhulp
    komt als laatste aan bod.", "Dit profiel heeft de vorm van een dagboek.").

    Examples
    --------
    >>> from kg.document import Sentence
    >>> t = "Wordt vervolgd."
    >>> _no_claim(t, Sentence(0, 0, len(t), 0, 0))
    True
    """
    start, end = sentence.start, sentence.end
    return (
        entry_line(text, start, end)
        or courtesy(text, start, end)
        or reader_pointer(text, start, end)
        or hand_over(text, start, end)
        or course_of_talk(text, start, end)
        or no_move_claim(text, start, end)
        or bare_lead(text, start, end)
        or part_move(text, start, end)
    )


def segment(doc: Document) -> list[list[Sentence]]:
    """Group sentences into claims (a quotation, an announcement, a list or a question joins
    them); the dated heading of a diary's entry (:mod:`kg.extract.entrylines`), a set
    phrase of a conversation (:mod:`kg.extract.courtesies`: "Dank u wel."), a pointer to
    the reader (:mod:`kg.extract.readerpointers`: "Lees verder op pagina 3.") and a
    hand-over question (:mod:`kg.extract.handovers`) are none.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from kg.document import Sentence
    >>> text = "Het ziet er als volgt uit. Eerst dit. Dan dat."
    >>> doc = SimpleNamespace(text=text, sentences=[
    ...     Sentence(0, 0, 26, 0, 0), Sentence(1, 27, 38, 0, 0), Sentence(2, 39, 46, 0, 0)])
    >>> [[s.index for s in unit] for unit in segment(doc)]
    [[0, 1], [2]]
    >>> text = "Hij zegt: ‘Het gaat. Maar het is krap. Dat blijft zo.’ Aldus hij. Goed."
    >>> doc = SimpleNamespace(text=text, sentences=[Sentence(0, 0, 20, 0, 0),
    ...     Sentence(1, 21, 38, 0, 0), Sentence(2, 39, 54, 0, 0), Sentence(3, 55, 65, 0, 0),
    ...     Sentence(4, 66, 71, 0, 0)])
    >>> [[s.index for s in unit] for unit in segment(doc)]
    [[0, 1, 2, 3], [4]]
    """
    units: list[list[Sentence]] = []
    i = 0
    sentences = doc.sentences
    whole = doc.text
    while i < len(sentences):
        if _no_claim(whole, sentences[i]):
            i += 1
            continue
        unit = [sentences[i]]
        listing = False
        while i + 1 < len(sentences):
            n, quoted = _joined(whole, sentences, i, listing)
            if not n:
                break
            listing = listing or _item(whole, sentences[i + 1])
            unit.extend(sentences[i + 1 : i + 1 + n])
            i += n
            after = sentences[i + 1] if i + 1 < len(sentences) else None
            if quoted and after and _ALDUS.match(whole, after.start, after.end):
                i += 1  # "‘…’ Aldus de voorzitter.": the attribution of the quotation
                unit.append(sentences[i])
        units.append(unit)
        i += 1
    return units


#: A question that asks what a group says or finds: "Wat zeggen de zorgaanbieders?".
_ASKS_GROUP = re.compile(r"\W*wat\s+(?:zeggen|vinden|denken|vertellen|merken|zien)\s", re.I)


#: A list's label that names the study's talks as its source, and no group: "Uit de gesprekken:",
#: "Uit de interviews:", "In de gesprekken:", "Uit gesprekken:" (gold README, seventh batch,
#: decision 2: an unnamed source, the interviewees).
_FROM_TALKS = re.compile(
    r"\W*(?:uit|in)\s+(?:de\s+|alle\s+)?(?:gesprekken|interviews|gevoerde\s+gesprekken)\s*:",
    re.IGNORECASE,
)
#: A figure that is not a year ("24 medewerkers", "ruim 300 gezinnen"; not "in 2015").
_FIGURE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d+")


def item_lead(
    text: str, unit: list[Sentence], lead: tuple[str, ...] | None
) -> tuple[str, ...] | None:
    """The voice the label line's ``lead`` gives the list item ``unit``: the interviewees
    of the study's talks ("Uit de gesprekken:") do not hold an item that gives figures ("-
    Toegang via twee teams, samen 24 medewerkers"): a plain fact or count is the authors'
    (gold README: the voice is not carried over plain facts of organisation).

    Examples
    --------
    >>> from kg.document import Sentence
    >>> said = ("https://w3id.org/kg-decentralisatie/concept/role/interviewees",)
    >>> t = "- Regels te laat, betalingen chaotisch in 2015"
    >>> item_lead(t, [Sentence(0, 2, len(t), 0, 0)], said) == said
    True
    >>> t = "- Samen 24 medewerkers in twee teams"
    >>> item_lead(t, [Sentence(0, 2, len(t), 0, 0)], said)
    ()
    """
    if lead != (INTERVIEWEES,):
        return lead
    if any(_FIGURE.search(text, s.start, s.end) for s in unit):
        return ()
    return lead


def label_voice(text: str, sentence: Sentence, mentions: list[SentenceMention]) -> tuple[str, ...]:
    """The voice the label line of a list gives its items: the speakers it names
    ("Knelpunten volgens de Wmo-consulenten:"), or the groups a question asks the words of
    ("Wat zeggen de zorgaanbieders?").

    Examples
    --------
    >>> from kg.document import Sentence
    >>> from kg.extract.model import SentenceMention
    >>> t = "Wat zeggen de zorgaanbieders?"
    >>> m = SentenceMention("role/care-providers", "role", 14, 28, "zorgaanbieders", 0)
    >>> label_voice(t, Sentence(0, 0, len(t), 0, 0), [m])
    ('role/care-providers',)
    >>> t = "Uit de gesprekken:"
    >>> label_voice(t, Sentence(0, 0, len(t), 0, 0), [])[0].rsplit("/", 1)[-1]
    'interviewees'
    """
    said = detect(text, sentence.start, sentence.end, mentions).speakers
    if not said and _FROM_TALKS.fullmatch(text, sentence.start, sentence.end):
        return (INTERVIEWEES,)  # "Uit de gesprekken:": the study's talks, those spoken with
    if said or not _ASKS_GROUP.match(text, sentence.start, sentence.end):
        return said
    return tuple(sorted({m.entity for m in mentions if m.kind in ("role", "organisation", "body")}))
