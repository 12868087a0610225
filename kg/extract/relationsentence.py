"""One sentence as the relation rules read it: its span, its parties in order, its
clauses and the subject of a cue (split from :mod:`kg.extract.relations`, which runs
the rules over every sentence of a profile).

A clause opens at a semicolon or colon, a subordinating conjunction or a relative
pronoun after a comma, or at the finite verb of a main clause after a fronted
subordinate clause; a cue's objects stop where its window ends
(:func:`kg.extract.relationobjects.window_end`); a party inside a prepositional
phrase is not the subject ("Voor A voert X …": X).
"""

from __future__ import annotations

import re

from kg.extract.acronymsubjects import acronym_subject, referred_subject
from kg.extract.jointwork import GROUPS as _GROUPS
from kg.extract.jointwork import LIST_GAP as _LIST_GAP
from kg.extract.model import SentenceMention
from kg.extract.relationcues import cues_at
from kg.extract.relationobjects import examples_lead
from kg.extract.relationobjects import window_end as _window_end

__all__ = ["CLAUSE_OPEN", "Sentence"]

_F = re.IGNORECASE


CLAUSE_OPEN = re.compile(
    # also the other subordinating conjunctions of Dutch (concession, cause, time,
    # condition): "A maakt geen deel uit van R, hoewel de gemeente aan B grenst"
    r"[;:]|,\s+(?:die|dat|wat|waar\w*|omdat|maar|terwijl|zodat|waardoor|wanneer|als|hoewel"
    r"|ofschoon|doordat|nadat|voordat|zodra|tenzij|indien|want)\b"
    # a restrictive relative clause on an apposition that names the party's type ("X, de
    # gemeenschappelijke regeling die de Wsw uitvoert"): it opens after "die"
    r"|,\s+(?:de|een)\s+(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*){0,3}?\s+die\b"
    r"|\s(?:maar|omdat|terwijl|zodat|waardoor)\s"
    # the main clause after a fronted subordinate clause opens with its finite verb; so does
    # a main clause coordinated after a relative clause, its subject left out ("A voert X uit
    # via B, dat ook voor C werkt, en werkt samen met D": A works with D, not B)
    r"|,\s+(?:en\s+)?(?=(?:wordt|worden|is|zijn|werkt|werken|heeft|hebben|maakt|maken|valt|vallen|koopt"
    r"|kopen|voert|voeren|neemt|nemen|kan|kunnen|zal|zullen|gaat|gaan|ging|gingen|was|waren"
    r"|werd|werden|had|hadden|kon|konden|moet|moeten|moest|wil|wilde|sloot|sluit)\b)",
    _F,
)
_WINDOW_END = re.compile(
    # "waaronder" lists examples ("met aanbieders, waaronder A"), unless a clause follows
    # ("G, waaronder ook X valt"); ", het X en Y" goes on
    # names in parentheses stay ("de corporatie (X)", "de buurgemeenten (A en B)")
    # a province's one- or two-letter abbreviation closes no window: "Bergen (L.)", "(NH)"
    r"[;:]|\)(?<!\([A-Z]\))(?<!\([A-Z]\.\))(?<!\([A-Z]{2}\))(?<!\([A-Z]{2}\.\))"
    r"|\((?!(?-i:[A-Z])[^()]{0,120}\))"
    # (a kind noun may stand before the name: ", de welzijnsstichting X en Y")
    r"|,\s+(?:(?:de|het)\b(?!\s+(?:(?-i:[a-z])[\w-]*(?:stichting|organisatie|corporatie|instelling)\s+)?"
    r"(?-i:[A-Z])[\w-]*(?:\s+(?:(?-i:[A-Z])[\w-]*|des|der|van))*(?:,|\s+en\s))"
    r"|een|die|dat|wat|waar(?!onder)\w*|waaronder(?=[^;.,]{1,60}?\s+val(?:t|len)\b)|omdat|maar(?!\s+ook\b)|terwijl|zodat|waardoor|wanneer"
    r"|met|ook|om|zo|al)\b|\s(?:maar(?!\s+ook\b)|omdat|terwijl|zodat|waardoor)\s|\s+en\s+niet\b"
    # a relative clause coordinated with the one before ("…, dat … beheert en waarvoor …")
    r"|\s+en\s+waar(?:voor|van|in|bij|mee|door|binnen)\b"
    # a verb after "en" opens a new clause; lower case, so "en Werkplein X" stays in the list
    # (finite forms only: "en het werkbedrijf X" goes on)
    r"|\s+en\s+(?-i:[a-z]\w*\s+)?(?-i:werk(?:t|en|te|ten)|is|zijn|heeft|hebben|val(?:t|len)"
    r"|koopt|kopen|kocht|voer(?:t|en|de|den)|maak(?:t|te|ten)|maken|neem(?:t)?|nemen"
    r"|beheer(?:t|de|den)|beheren|sluit(?:en)?|wordt|worden|kijk(?:t|en)|keek|keken)\b",
    _F,
)
#: What may open a sentence before its subject: an article, an adverb.
_OPENS = re.compile(r"\W*(?:(?:de|het|ook|daarnaast|verder|bovendien|zo)\s+)*", _F)
#: An apposition or relative clause set off by commas after the subject, a short form in
#: parentheses first ("X (XY), een regeling van A en B, voert"), no clause break inside.
_APPOSED = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s+(?:een|de|het|die|dat|waar\w*)\b[^;:]*?,\s*", _F)
_PREPOSITION = re.compile(
    r"\b(?:voor|met|van|in|bij|aan|via|uit|naar|op|onder|over|tot|door|binnen|tussen|dan|als"
    r"|zoals|namens|tegen|rond|om|naast|behalve|buiten|sinds|na|zonder|dankzij)\s+"
    r"(?:(?:de|het|een|hun|zijn|haar)\s+)?(?:\w+\s+){0,2}$",
    _F,
)
#: A finite verb right before a party: the party is the subject after a fronted adverbial
#: ("Sinds 2015 werkt A samen met B"), not the object of the preposition that opens it.
_FINITE_BEFORE = re.compile(
    r"\b(?:wordt|worden|is|zijn|werkt|werken|heeft|hebben|maakt|maken|valt|vallen|koopt|kopen"
    r"|voert|voeren|neemt|nemen|levert|leveren|verzorgt|verzorgen|biedt|bieden|kan|kunnen"
    r"|zal|zullen|gaat|gaan|was|waren|werd|werden|had|hadden|werkte|werkten|sluit|sluiten"
    r"|trekt|trekken|participeert|participeren|hoort|horen|behoort|behoren)\s+(?:(?:de|het)\s+)?$",
    _F,
)
_AS_LEAD = re.compile(r"^\s+(?:als\s+)?centrumgemeente\b", _F)
_RELATIVE = re.compile(
    r",\s+(?:die|dat|welke)\s*$"
    # "X, de gemeenschappelijke regeling die …": the relative clause of the apposition is X's
    r"|,\s+(?:de|een)\s+(?-i:[a-z])[\w-]*(?:\s+(?-i:[a-z])[\w-]*){0,3}?\s+die\s*$",
    _F,
)
#: How far back :data:`_RELATIVE` may begin before the clause it opens (characters).
_RELATIVE_REACH = 64
#: "de gemeente" alone (an adverb of time at most) between a relative pronoun and the cue:
#: its subject, the antecedent is its object ("X, dat de gemeente samen met A …"); not "X,
#: die de gemeente adviseert en samenwerkt met A", where a verb stands between.
_OWN_SUBJECT = re.compile(
    r"\s*de\s+gemeente(?:\s+(?:(?:in|sinds)\s+\d{4}|ook|al|toen|destijds|eerder|zelf))*\s*", _F
)
#: What may stand between a party and the relative pronoun about it: nothing but a
#: comma, or an apposition that names its type ("IBN, het sociaal werkbedrijf, dat …"); the
#: party may be a short form in parentheses ("de Sociale Dienst X (SDX), die …"), or the
#: particle of a separable verb may close the clause before it ("richtte G op, dat …").
_RELATIVE_AFTER = re.compile(
    r"\)?(?:\s+(?:op|in|uit|aan|af|mee|over|toe))?[\s,]*(?:(?:het|de|een)\s+[\w-]+(?:\s+[\w-]+){0,3}(?:\s*,\s*|\s+(?=die\b)))?(?:die|dat|welke)[\s,]*",
    _F,
)


def _slug(iri: str) -> str:
    """The name part of an IRI between hyphens, without a leading scale noun.

    Examples
    --------
    >>> _slug("id/region/jeugdregio-twente"), _slug("id/body/ggd-twente")
    ('-twente-', '-ggd-twente-')
    """
    return "-" + re.sub(r"^[a-z]*regio-", "", iri.rsplit("/", 1)[-1]) + "-"


class Sentence:
    """One sentence: its text span, its parties in order, the profile's municipality.

    ``earlier`` holds the parties of the sentences before it in its paragraph,
    for anaphors ("daarin", "die gemeenschappelijke regeling", "de zeven gemeenten").
    """

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        parties: list[SentenceMention],
        own: str,
        earlier: list[SentenceMention] | None = None,
    ):
        self.text, self.start, self.end, self.own = text, start, end, own
        #: The cue phrases whose triggers the sentence holds: only these are searched.
        self.cues = cues_at(text, start, end)
        self.parties = parties
        self.earlier = earlier or []
        self.previous: list[SentenceMention] = []  # parties of the paragraphs before
        #: Executors of a task for no one named: for the municipality, unless related.
        self.implicit: list[str] = []
        self.covered: list[tuple[int, int]] = []  # the spans of all its mentions

    def last_group(
        self, pos: int, document: bool = False, prefer: str | None = None, of: str = ""
    ) -> SentenceMention | None:
        """The region or body named last before ``pos`` in the paragraph; with
        ``document``, else the one named last in the paragraphs before, of kind
        ``prefer`` when there is one ("de regio" is a region). With ``of`` (a
        party's IRI), a group whose name is part of that party's name comes first:
        "de GGD Noordland, die … voor de hele regio uitvoert" is about Noordland."""

        def fits(p: SentenceMention) -> bool:
            if prefer == "region":  # "de regio": a region, or a body called "Regio …"
                return p.kind == "region" or "regio" in p.text.lower()
            return p.kind in _GROUPS if prefer is None else p.kind == prefer

        before = [p for p in self.earlier + self.parties if p.end <= pos and fits(p)]
        pool = ([p for p in self.previous if fits(p)] if document else []) + before
        named = [p for p in pool if of and p.entity != of and _slug(p.entity) in _slug(of)]
        if named:
            return named[-1]
        if not before and document:
            before = [p for p in self.previous if fits(p)]
        return before[-1] if before else None

    def relative_antecedent(self, cs: int) -> str | None:
        """The party a relative clause opened at ``cs`` (", die …") is about."""
        if not _RELATIVE.search(self.text, max(self.start, cs - _RELATIVE_REACH), cs):
            return None
        head = [p for p in self.parties if p.end <= cs]
        if head and not _RELATIVE_AFTER.fullmatch(self.text, head[-1].end, cs):
            return None
        return head[-1].entity if head else None

    def clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` opens; a comma right before a finite verb at
        ``pos`` opens it too (the verb is read ahead, past ``pos``)."""
        last = self.start
        for m in CLAUSE_OPEN.finditer(self.text, self.start, min(self.end, pos + 12)):
            if m.end() <= pos:
                last = m.end()
        return last

    def window_end(self, pos: int) -> int:
        return _window_end(self.text, pos, self.end, _WINDOW_END)

    def between(self, a: int, b: int) -> list[SentenceMention]:
        """Parties inside ``[a, b)``, not the lead municipality of "X als centrumgemeente"."""
        return [
            p
            for p in self.parties
            if a <= p.start and p.end <= b and not _AS_LEAD.match(self.text[p.end : p.end + 30])
        ]

    def apposed_head(self, a: int) -> str | None:
        """The party that opens the sentence and whose apposition or relative clause, set
        off by commas, ends right before ``a``: the subject of the verb at ``a`` ("X, een
        gemeenschappelijke regeling van A en B, voert … uit": X).

        Examples
        --------
        >>> text = "De ISD X, een regeling van A en B, voert de bijstand uit."
        >>> x = SentenceMention("b/x", "body", 3, 8, "ISD X", 0)
        >>> a = SentenceMention("m/a", "municipality", 25, 26, "A", 0)
        >>> Sentence(text, 0, len(text), [x, a], "m/own", []).apposed_head(35)
        'b/x'
        """
        head = next((p for p in self.parties if p.kind != "place"), None)
        if (
            head is None
            or head.end > a
            or not _OPENS.fullmatch(self.text, self.start, head.start)
            or not _APPOSED.fullmatch(self.text, head.end, a)
        ):
            return None
        return head.entity

    def subject(self, a: int, b: int) -> str:
        """The party named as subject in ``[a, b)`` (the one that opens the sentence where an
        apposition or relative clause set off by commas stands between it and ``b``), else
        the antecedent of a relative clause opened at ``a``, else the profile's municipality."""
        if self.text.find(",", a, b) >= 0 and (head := self.apposed_head(b)) is not None:
            return head  # "X, waarvan A lid is, verzorgt …": the clause between is X's
        skipped: SentenceMention | None = None
        for p in self.between(a, b):
            if p.kind == "place":
                continue
            before = self.text[a : p.start]
            in_phrase = _PREPOSITION.search(before) and not _FINITE_BEFORE.search(
                before,
                max(0, len(before) - 40),  # a verb and an article end it, if any
            )
            if (in_phrase and not examples_lead(before)) or (
                skipped is not None and _LIST_GAP.match(self.text[skipped.end : p.start])
            ):
                skipped = p
                continue
            return p.entity
        if (antecedent := self.relative_antecedent(a)) is not None:
            if _OWN_SUBJECT.fullmatch(self.text, a, b):
                return self.own  # "X, dat de gemeente samen met A inrichtte": X is the object
            return antecedent
        if not self.text[a:b].strip() and (head := self.apposed_head(a)) is not None:
            return head
        named = (self.previous, self.earlier, self.parties)  # "IBN": "Werkbedrijf IBN"
        stand_in = acronym_subject(self.text, a, b, self.covered, *named)
        if stand_in is None:  # "Deze dienst werkt ook voor A": the party named before
            stand_in = referred_subject(self.text, a, b, self.earlier)
        return self.own if stand_in is None else stand_in
