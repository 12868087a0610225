"""The municipality writing in the first person plural: its own page of questions and
answers, a newsletter or an information leaflet ("Op deze pagina beantwoorden wij, de
gemeente X, vragen die inwoners ons stellen").

Writer
    The text says that "wij" is the municipality: "wij, de gemeente X," (an apposition) or
    "Wij zijn de gemeente X". From that sentence on, the municipality's "wij" is its civil
    servants' voice, as "de gemeente zelf ervaart" is (the gold standard's twenty-third batch,
    decision 1: the municipality's "wij/ons/onze" as ``role/civil-servants``). The
    researchers' "wij" of an ordinary profile makes no such statement and stays the authors'.
Voice
    A sentence that speaks as "wij"/"we" in its main clause (not after a relative pronoun or
    a subordinator: "…, die wij samen betalen", "omdat wij klein zijn"), or opens with
    "Ons"/"Onze" ("Ons uitgangspunt is …"), and names none of its speakers, is the civil
    servants'. A plain fact of organisation ("De jeugdhulp kopen wij in via …") stays the
    authors' (decision 2), and so does a sentence about the research ("De onderzoekers
    kozen ons …").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.document import Document
from kg.extract.arrangements import ARRANGEMENTS, arrangement
from kg.extract.model import Extraction, Finding
from kg.namespaces import CONCEPT

__all__ = ["municipal_writer", "speak_as_municipality"]

AUTHORS = CONCEPT + "role/authors"
CIVIL_SERVANTS = CONCEPT + "role/civil-servants"
#: "wij, de gemeente X," and "Wij zijn de gemeente X".
_STATEMENT = re.compile(
    r"\b(?:[Ww]ij|[Ww]e),\s+de\s+gemeente\s+[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*\s*,"
    r"|\b(?:[Ww]ij|[Ww]e)\s+zijn\s+de\s+gemeente\s+[A-Z]"
)
#: How far into the document the statement may stand (the page's introduction).
_REACH = 1500
#: "wij"/"we" not after a relative pronoun or subordinator, or "Ons"/"Onze" opening.
_OWN = re.compile(
    r"(?<!\bdie\s)(?<!\bdat\s)(?<!\bwie\s)(?<!\bwaar\s)(?<!\bals\s)(?<!\btoen\s)"
    r"(?<!\bomdat\s)(?<!\bwat\s)(?<!\bdoordat\s)(?<!\bof\s)(?<!\bwant\s)\b(?:wij|we)\b"
    r"|^\W*(?:[Oo]ns|[Oo]nze)\s+[a-zà-ÿ]",
    re.IGNORECASE,
)
#: Words about the research itself: such a sentence is the authors'.
_RESEARCH = re.compile(r"\bonderzo(?:ek|eker)", re.IGNORECASE)
_ORGANISED = ARRANGEMENTS - {"oriented-towards", "borders-on"}


def municipal_writer(doc: Document) -> int | None:
    """Where the municipality's voice begins (the end of the sentence that says "wij" is
    the municipality), or None.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> text = ("Stad\\n\\nVragen\\n\\nHier beantwoorden wij, de gemeente Stad, uw vragen. "
    ...         "Wij doen ons best.\\n")
    >>> doc = parse_profile(text, "s")
    >>> doc.text[municipal_writer(doc):].strip()
    'Wij doen ons best.'
    >>> municipal_writer(parse_profile("Stad\\n\\nZorg\\n\\nWij spraken met de gemeente.\\n", "s"))
    """
    text = doc.text
    if "emeente" not in text[:_REACH]:
        return None
    found = _STATEMENT.search(text, 0, _REACH)
    if found is None:
        return None
    sentence = doc.sentence_at(found.start())
    return sentence.end if sentence is not None else found.end()


def speaks_as_we(quote: str) -> bool:
    """Whether ``quote`` speaks as "wij"/"we" in a main clause, or opens with "Ons"/"Onze".

    Examples
    --------
    >>> speaks_as_we("Wij vinden de uitspraken begrijpelijk."), speaks_as_we("Ons doel is klein.")
    (True, True)
    >>> speaks_as_we("De praktijken hebben een ondersteuner, die wij samen betalen.")
    False
    >>> speaks_as_we("Het aantal groeit, omdat we vergrijzen."), speaks_as_we("Weer een jaar.")
    (False, False)
    """
    return _OWN.search(quote) is not None


def speak_as_municipality(doc: Document, start: int, extraction: Extraction) -> None:
    """Give the civil servants' voice to the findings after ``start`` that speak as the
    municipality's "wij" and name none of their speakers (see the module docstring), in
    place.

    Examples
    --------
    >>> from kg.document import parse_profile
    >>> from kg.extract.model import Entity, Extraction, Finding
    >>> text = ("Stad\\n\\nVragen\\n\\nHier antwoorden wij, de gemeente Stad, op vragen. "
    ...         "Ons doel is dat iedereen hulp krijgt. De wachtlijst is kort.\\n")
    >>> doc = parse_profile(text, "s")
    >>> fs = [Finding(s.start, s.end, (s.index,), (AUTHORS,), (), "neutral", 1)
    ...       for s in doc.sentences[1:]]
    >>> ex = Extraction(Entity("m/stad", "municipality", "Stad"), findings=fs)
    >>> speak_as_municipality(doc, municipal_writer(doc), ex)
    >>> [f.speakers[0].rsplit("/", 1)[-1] for f in ex.findings]
    ['civil-servants', 'authors']
    """
    text = doc.text
    arranged: dict[int, set[str]] = {}
    for r in extraction.relations:
        arranged.setdefault(r.sentence, set()).add(r.type)
    named_at: dict[int, set[str]] = {}
    for m in extraction.mentions:
        named_at.setdefault(m.start, set()).add(m.entity)
    out: list[Finding] = []
    for f in extraction.findings:
        quote = text[f.start : f.end]
        if f.start >= start and speaks_as_we(quote) and not _RESEARCH.search(quote):
            named = {e for at, es in named_at.items() if f.start <= at < f.end for e in es}
            types = {t for s in f.sentences for t in arranged.get(s, ())} & _ORGANISED
            plain = f.polarity == "neutral" and bool(types) and arrangement(quote, types)
            if not set(f.speakers) & named and not plain:
                f = replace(f, speakers=(CIVIL_SERVANTS,))
        out.append(f)
    extraction.findings = out
