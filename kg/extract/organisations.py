"""Open-world organisations, intermunicipal bodies and regions.

A profile names bodies no list foresaw ("Werkplein Venlo-Venray", "Regio Twente",
"welzijnsorganisatie Salut"). A capitalised phrase (or an acronym) is taken as such a
name when Dutch usage marks it as one:

- its first word is an organisational head ("Stichting X", "GGD X", "Regio X")
  or a regional scale ("arbeidsmarktregio X"), or its last word is one ("X Wonen");
- a type noun stands right before it ("woningcorporatie X", "de regio X", also for a
  list: "de woningcorporaties X en Y"), in an apposition after it ("X, het sw-bedrijf in
  Y"; "X, de centrumregeling van …") or as a copula's predicate ("X is de …organisatie");
- a phrase of cooperation, membership, purchasing or delegation comes right before
  it ("werkt samen met X", "is aangesloten bij X", "via X", "belegd bij X"), or the
  statement is attributed to it ("Volgens X …", X no Dutch word);
- a word has an inner capital, as brand names do ("NedCar"); "de regio is X";
- its typical work follows, alone or after "De" / "Het" ("Het Steunpunt X biedt …");
- a type of body or organisation spelled out with its acronym ("Sociale Dienst (SD)");
- a lower-case compound type noun defined by the parties in it ("het werkgeversservicepunt,
  waarin gemeente en UWV samen …"): a body if only municipalities are named, else an organisation.

An acronym with its spelled-out form in apposition ("OZJT, de Organisatie voor Zorg en Jeugdhulp
Twente") or in parentheses is one entity with both labels; so is the acronym a head names
("Werkbedrijf IBN"); the pairing and the grouping into entities are in
:mod:`kg.extract.namegroups`. The kind comes from the head or type noun
(kg/data/organisation-cues.toml, with its sources), else it is an organisation. Names
already known (municipalities, laws, roles, national bodies, provinces) are not minted, nor
are sentence-initial capitals of ordinary words, adjectives ("Twentse"), or parts of
hyphenated compounds ("Wmo-raad").

The IRI is ``<kind>/<slug of the name>``: the same in every document ("Holland Rijnland").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping

from kg.datafiles import word_list
from kg.document import Document
from kg.extract.anaphora import with_anaphors
from kg.extract.jointbodies import joint_bodies
from kg.extract.mentionrules import apposition
from kg.extract.mentions import Matcher, tokens
from kg.extract.model import Entity, SentenceMention
from kg.extract.nameareas import compass_adjective, compass_area, known_region
from kg.extract.namecompounds import extra_labels, is_name_compound
from kg.extract.namegroups import (
    PARENTHESES,
    Name,
    ends_before_members,
    entities_of,
    join_acronyms,
    members_after,
    name_label,
    plain_names,
    regions_of_towns,
    spelled_out,
)
from kg.extract.nameshapes import (
    INNER_CONNECTORS,
    LEGAL_HEADS,
    acronym_of,
    adjective_run,
    adverbial_opener,
    area_name,
    common_plural,
    coordinated_nouns,
    covered_run,
    is_acronym,
    is_camel,
    joined_kind,
    left_out,
    legal_form,
    name_labels,
    not_known,
    number_inside,
    past_en,
    quoted_end,
    quoted_names,
    serves_several,
)
from kg.extract.nounforms import _is_known
from kg.extract.organisationcues import (
    Cues,
    acting_name,
    acting_subject,
    apposed_kind,
    apposition_after,
    apposition_kind,
    before_kind,
    head_kind,
    load_cues,
    named_party,
    owner_name,
)
from kg.extract.prefixscan import search_in
from kg.extract.speakingnames import persons_named, speaking
from kg.ontology import LexiconEntry
from kg.vocab import as_entity_kind

__all__ = ["Cues", "find_names", "load_cues", "with_organisations"]

#: Lower-case words that may join the capitalised words of one name.
CONNECTORS = frozenset({"van", "voor", "de", "der", "den", "het", "op", "aan", "ter"})
#: Entity kinds a minted name may not overlap without extending it.
_NAMED_KINDS = frozenset({"municipality", "region", "body", "organisation", "place", "law", "role"})
_OPENERS = frozenset("“\"‘'(•:")
_QUOTES = frozenset("“”\"‘’'")
_AREA_STOPS = frozenset({"municipality", "place", "region"})
#: The national political parties (``kg/data/political-parties.txt``): never a minted name.
_PARTIES = word_list("political-parties.txt")
#: Between two names of one list; the list's preposition may be repeated ("met A en met B").
_LIST_GAP = re.compile(
    r"^(?:\s*,\s*|\s+en\s+|\s+of\s+|\s*,\s*en\s+)(?:(?:met|bij|van|via|aan|voor)\s+)?$"
)
#: A definite description right before a name in parentheses: "de regionale dienst (X)".
_DESCRIBED = re.compile(r"\b(?:[Dd]e|[Hh]et)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*\($")
_REGION_IS = re.compile(r"\b(?:de|onze|haar|zijn)\s+regio\s+(?:is|heet)\s+$", re.IGNORECASE)
#: How a name was found that lets the name listed right after it share its kind.
_LISTED_SOURCES = frozenset(
    {"head", "type", "cue", "list", "region", "region-is", "scale", "acting"}
)
#: Known kinds a name listed right after is an organisation too ("het UWV en X").
_LISTED_AFTER = frozenset({"organisation", "body"})


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _headed_camel(toks: list, j: int, cues: Cues) -> bool:
    """Whether ``toks[j]`` is a name written with a lower-case first letter and an inner
    capital right after a kind noun or a legal head ("woningcorporatie deltaWonen",
    "Stichting iMpuls"): such a name is a name as a capitalised one is. Alone, a word of that
    shape is often a product or a way of working ("eHealth"), so the kind noun must name it.

    Examples
    --------
    >>> from kg.extract.mentions import tokens
    >>> text = "Volgens woningcorporatie deltaWonen en eHealth"
    >>> toks = tokens(text, 0, len(text))
    >>> cues = load_cues()
    >>> [_headed_camel(toks, j, cues) for j in (2, 4)]
    [True, False]
    """
    word = toks[j][2]
    if not j or not word[:1].islower() or not is_camel(word):
        return False
    before = toks[j - 1][2].lower()
    return before in cues.leading_firsts or cues.type_kind(before) is not None


def _starts_sentence(text: str, start: int, sentence_start: int) -> bool:
    before = text[sentence_start:start].rstrip()
    return not before or before[-1] in _OPENERS


def _runs(
    text: str, start: int, end: int, cues: Cues, stops: Mapping, quoted: dict, taken=frozenset()
) -> list:
    """Runs of capitalised words (with inner connectors) in a sentence; a quoted phrase is
    one run; a foundation's preposition joins no known area (``stops``: start -> kind), nor
    does a body's "van" unless a known mention opens the run (``taken``: "de GGD van A")."""
    toks = tokens(text, start, end)
    runs: list[list[tuple[int, int, str]]] = []
    i = 0
    # a run opens at a capital only: the capitalised tokens are listed at once, not one by one;
    # a word in lower case (most) holds no capital, so it neither is capitalised nor a camel
    for opening in [
        k
        for k, (_, _, word) in enumerate(toks)
        if not word.islower()
        and (word[:1].isupper() or (word[:1].islower() and _headed_camel(toks, k, cues)))
    ]:
        if opening < i:
            continue
        close = quoted.get(toks[opening][0])
        if close is not None:  # "de stichting 'Samen Sterk'": the words in the quotes
            i = quoted_end(toks, opening, close)
            runs.append(toks[opening:i])
            continue
        if not _may_open(text, toks, opening, start, cues):
            continue
        i = opening
        run = [toks[i]]
        legal = run[0][2].lower() in LEGAL_HEADS
        j = i + 1
        while j < len(toks):
            gap = text[run[-1][1] : toks[j][0]]
            word_j = toks[j][2]
            if gap in (" ", "-", "/", "- ", " & ") and (
                _capitalised(word_j) or _headed_camel(toks, j, cues)
            ):
                if len(word_j) == 1 and legal_form(text, toks, j):
                    break  # "Zorg Thuis B.V.": the legal form is no part of the name
                run.append(toks[j])
                j += 1
                continue
            if word_j[:1].isdigit() and number_inside(text, toks, j, gap):  # "Stichting 040 Zorg"
                run += toks[j : j + 2]
                j += 2
                continue
            if word_j == "regio" and _region_after_head(text, toks, run, j, cues):
                run += toks[j : j + 2]
                j += 2
                continue
            if gap == "- " and left_out(text, toks, run, j):  # "GGD Noord- en Oost-Gelderland"
                run += toks[j : j + 2]
                j += 2
                continue
            k = j
            inner = False
            while (
                k < len(toks)
                and (toks[k][2] in CONNECTORS or legal and toks[k][2] in INNER_CONNECTORS)
                and text[toks[k - 1][1] : toks[k][0]] == " "
            ):
                inner = inner or toks[k][2] not in CONNECTORS
                k += 1
            if k < len(toks) and toks[k][0] in stops and (inner or _at_place(toks, j, k)):
                break  # "Stichting MEE in Teststad", "grenst Alphen aan A": two names
            if run[0][0] not in taken and ends_before_members(toks, run, j, k, stops, cues):
                break  # "de ISD van A en B": the body is named by its head, A and B its members
            if word_j == "en" and coordinated_nouns(text, toks, run, k, taken, cues.leading_heads):
                k += 1  # "Werk en Inkomen Lekstroom": one name
            else:
                k = past_en(text, toks, run, k, stops)
            if k < 0:
                break
            if j < k < len(toks) and _joins(text, toks, run, j, k, cues):
                run += toks[j : k + 1]
                j = k + 1
                continue
            break
        runs.append(run)
        i = j
    return runs


def _region_after_head(text: str, toks: list, run: list, j: int, cues: Cues) -> bool:
    """Whether a one-word head is followed by "regio X" (``toks[j]`` is "regio"), the
    region it serves: one name ("GGD regio Utrecht")."""
    return (
        len(run) == 1
        and (run[0][2].lower(),) in cues.leading_heads
        and j + 1 < len(toks)
        and _capitalised(toks[j + 1][2])
        and text[run[0][1] : toks[j][0]] == text[toks[j][1] : toks[j + 1][0]] == " "
    )


def _at_place(toks: list, j: int, k: int) -> bool:
    """Whether the connectors ``toks[j:k]`` are a bare "aan" or "op" ("grenst A aan B")."""
    return k == j + 1 and toks[j][2] in ("aan", "op")


def _joins(text: str, toks: list, run: list, j: int, k: int, cues: Cues) -> bool:
    """Whether the connectors ``toks[j:k]`` join the run to the capitalised word at ``k``.

    A bare article joins only a one-word head spelled out ("Stichting de Zonnebloem", not
    "de ISD het Werkplein"), not a name and
    the object after it ("voert Werkplein Oost de Participatiewet uit", "vormt Teststad de
    Regio Vallei"); "op" or "aan" with an article introduces a location ("het UWV op het
    Werkplein X").
    """
    joining = [t[2] for t in toks[j:k]]
    if joining[:1] in (["op"], ["aan"]) and joining[1:] in (["de"], ["het"]):
        return False
    article = joining in (["de"], ["het"], ["den"]) and (
        len(run) > 1
        or (run[0][2].lower(),) not in cues.leading_heads
        or is_acronym(run[0][2])  # "met de ISD het Werkplein deelt": the object after it
    )
    return not article and text[toks[k - 1][1] : toks[k][0]] == " " and _capitalised(toks[k][2])


#: A lower-case word hyphened to a name: a head noun it may close with ("EMCO-groep").
_HEAD_AFTER = re.compile(r"-([a-z]+)\b")
#: The suffix of Dutch abstract nouns (ANS: "-heid"): opening a sentence, an ordinary noun.
_ABSTRACT = ("heid", "heden")
#: What may stand before a name that opens its sentence: nothing, or an article.
_OPENING = re.compile(r"\s*(?:(?:De|Het)\s+)?")


def _may_open(text: str, toks: list, i: int, sentence_start: int, cues: Cues) -> bool:
    """Whether a capitalised word may start a name (not an ordinary sentence opener)."""
    s, _, word = toks[i]
    if not _starts_sentence(text, s, sentence_start):
        return True
    if is_acronym(word) or is_camel(word):
        return True
    if text[sentence_start:s].rstrip().endswith(":") and cues.context.search(
        text, sentence_start, s
    ):
        return True  # a key-value line's value after a cue as its label ("Bestuur: X en Y.")
    if text[s - 1 : s] == "(" and (
        before_kind(text[sentence_start:s], cues) or _DESCRIBED.search(text, sentence_start, s)
    ):
        return True  # "de woningcorporatie (X)", "de sociale werkvoorziening (X)"
    low = word.lower()
    if low in cues.stopwords or low.endswith(_ABSTRACT):  # "Eenzaamheid ziet X niet als …"
        return False
    if adverbial_opener(word) and not (i + 1 < len(toks) and _capitalised(toks[i + 1][2])):
        return False  # "Ambtelijk is de organisatie …", not "Sociaal Werkbedrijf X"
    if apposition_after(text, toks, i, cues, CONNECTORS):
        return True  # "Dyade, het sw-bedrijf …", "Vincent van Gogh is de GGZ-instelling …"
    if low in cues.leading_firsts or low in cues.scale_nouns:
        return True
    if i + 1 < len(toks) and _capitalised(toks[i + 1][2]):
        return text[toks[i][1] : toks[i + 1][0]] == " "
    after = text[toks[i][1] : toks[i][1] + 120]
    return acting_subject(word, after, text) or speaking([word], after)  # "X voert … uit"


def _trim(text: str, run: list[tuple[int, int, str]], cues: Cues, sentence_start: int) -> list:
    """Drop a sentence-initial type noun ("Woningcorporatie X") and check the ends."""
    if len(run) > 1 and _starts_sentence(text, run[0][0], sentence_start):
        first = run[0][2].lower()
        # "Woningcorporatie X" describes X; "Woningstichting X" keeps its head
        if (
            cues.type_kind(first)
            and first not in cues.leading_firsts
            and not is_name_compound(first)
        ):
            run = run[1:]
    if run and text[run[-1][1] : run[-1][1] + 1] == "-":
        tail = _HEAD_AFTER.match(text, run[-1][1])  # "EMCO-groep": an acronym and its head
        # "EMCO-groep", "Diamant-groep": a name and the head of its kind after a hyphen;
        # a short capitalised word is a law's abbreviation ("Wlz-zorg", "Wmo-zorg")
        name = run[0][2] if len(run) == 1 else ""
        if tail and tail[1] in cues.trailing_heads and (is_acronym(name) or len(name) > 3):
            return [run[0], (tail.start(1), tail.end(1), tail[1])]
        return []  # the first part of a compound ("Wmo-raad")
    if run and run[0][0] > 0 and text[run[0][0] - 1] == "-":
        return []
    return run


def _license(
    text: str,
    run: list,
    sentence_start: int,
    sentence_end: int,
    prev: Name | None,
    cues: Cues,
    known: list[SentenceMention] = (),  # type: ignore[assignment]
) -> tuple[str, int, str, int] | None:
    """Whether and how a run is a name: ``(kind, name start, how, strength)``."""
    s, e = run[0][0], run[-1][1]
    words = [w[2] for w in run]
    pre, post = text[sentence_start:s], text[e:sentence_end]
    if text[s - 1 : s] in _QUOTES and text[e : e + 1] in _QUOTES:
        pre = pre[:-1]  # "de stichting 'Samen Sterk'": the words before the quotes
    head = head_kind(words, cues)
    if head is not None:  # "X-groep voert … uit voor A en B": a shared service, a body
        shared = head == "organisation" and not LEGAL_HEADS & {words[0].lower(), words[-1].lower()}
        shared = shared and serves_several(text, e, known, pre)
        return "body" if shared else head, s, "head", 3
    if members_after(words, post, e, known, cues):  # "de ISD van A en B": a body of A and B
        return "body", s, "members", 2
    appos = apposition_kind(post, cues)
    if appos is None and pre[-4:] in (" is ", "was "):  # the copula before: "In de gemeente
        appos = apposition_kind(" is" + post, cues)  # is X de grootste welzijnsorganisatie"
    if appos is not None:
        return appos, s, "apposition", 2
    paren = PARENTHESES.match(post)
    spelled = cues.leading_heads.get(tuple(w.lower() for w in words)) or cues.type_kind(words[-1])
    if paren and spelled and len(words) > 1 and acronym_of(words) == paren.group(1):
        # "Intergemeentelijke Sociale Dienst (ISD)": a type of body spelled out with its acronym
        return spelled, s, "acronym", 2
    before = before_kind(pre, cues)
    if before is None and post.startswith(","):  # "Het werkbedrijf, Vallei Werkt, voert …"
        before = apposed_kind(pre, cues)
    if before is not None:
        kind, noun, how = before
        start = s - len(pre) + pre.rstrip().rfind(noun) if how == "scale" else s
        return kind, start, how, 2
    # cue patterns tried where one of their words begins; a known place names no region
    if search_in(_REGION_IS, pre, text, sentence_start):
        return "region", s, "region-is", 2
    if compass_area(text, run, known):  # "Zuidwest-Friesland"
        return "region", s, "compass", 2
    if any(is_camel(w) for w in words):
        return "organisation", s, "camel", 1
    if (
        len(words) > 1
        and is_acronym(words[0])
        and not all(w.isupper() for w in words)  # a phrase in capitals: no acronym
        and not any(m.start == s for m in known)
    ):
        return "organisation", s, "acronym-led", 1  # "het WSP Noord": no known one ("UWV Oost")
    if (
        post.startswith(")")
        and _DESCRIBED.search(pre)  # the description names a known actor or service
        and any(m.end in (s - 1, s - 2) and m.kind in ("role", "law") for m in known)
        and not all(w.isupper() for w in words)  # an abbreviation: "het budget (PGB)"
        and not (len(words) == 1 and _is_known(words[0].lower()))  # a word: "(Juli)"
    ):
        return "organisation", s, "described", 1  # "de sociale werkvoorziening (Randwerk)"
    if search_in(cues.context, pre, text, sentence_start) or named_party(pre, post, words, text):
        return joined_kind(pre), s, "cue", 1  # "deel uit van X", "ingekocht via X": a body
    if acting_name(pre, words, post, text):  # "(Het) Randwerk ondersteunt inwoners bij …"
        return "organisation", s, "acting", 1
    if _OPENING.fullmatch(pre) and speaking(words, post):  # "Elkien geeft aan dat …"
        return "organisation", s, "speaker", 1
    if prev is not None and prev.kind and _LIST_GAP.match(text[prev.end : s]):
        return prev.kind, s, "list", 1
    # a list after a known organisation or body ("samen met het UWV en Soweco")
    last = max((m for m in known if m.end <= s), key=lambda m: m.end, default=None)
    if last is not None and last.kind in _LISTED_AFTER and _LIST_GAP.match(text[last.end : s]):
        return "organisation", s, "list", 1
    if area_name(run, known):
        return "organisation", s, "area", 1
    return None


def _common_words(text: str, run: list, cues: Cues) -> bool:
    """Whether a run licensed by its context alone is ordinary Dutch: an adjective ("via de
    Twentse raamcontracten") or a common noun's plural ("samen met Sportclubs")."""
    if adjective_run(text, run, run[-1][1], cues.stopwords):
        return True
    return len(run) == 1 and common_plural(run[0][2])


def find_names(
    doc: Document, known: Iterable[SentenceMention], cues: Cues | None = None
) -> list[Name]:
    """Return the organisation, body and region names the text introduces.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    known : iterable of SentenceMention
        Mentions of known entities (municipalities, laws, roles, national bodies):
        a phrase one of them covers is not minted.
    cues : Cues, optional
        The word lists (default: :func:`load_cues`).

    Returns
    -------
    list of Name
        In text order; an acronym and its spelled-out form in apposition or
        parentheses are one name with both labels.
    """
    cues = cues or load_cues()
    text = doc.text
    by_sentence: dict[int | None, list[SentenceMention]] = {}
    for m in known:
        if m.kind in _NAMED_KINDS:
            by_sentence.setdefault(m.sentence, []).append(m)
    names: list[Name] = []
    quoted = quoted_names(text, 0, len(text))  # "de stichting 'Samen Sterk'"
    for sentence in doc.sentences:
        prev: Name | None = None
        found: list[Name] = []
        known = by_sentence.get(sentence.index, [])
        stops = {m.start: m.kind for m in known if m.kind in _AREA_STOPS}
        taken = frozenset(m.start for m in known)
        runs = [
            _trim(text, r, cues, sentence.start)
            for r in _runs(text, sentence.start, sentence.end, cues, stops, quoted, taken)
        ]
        runs = [r for r in runs if r]
        paired = spelled_out(text, runs, cues)
        for i, run in enumerate(runs):
            if i in paired:
                spelled = paired[i]
                if spelled is not None:
                    found.append(spelled)
                prev = None
                continue
            s, e = run[0][0], run[-1][1]
            head = head_kind([w[2] for w in run], cues)
            covered = head is None and covered_run(s, e, run, known)
            how = _license(text, run, sentence.start, sentence.end, prev, cues, known)
            if how is None and (tail := owner_name(run, cues)):  # "De Monitor X van de GGD Y"
                run, s, covered = tail, tail[0][0], False
                how = _license(text, run, sentence.start, sentence.end, prev, cues, known)
            if how is None or covered and how[2] not in ("scale", "region"):
                prev = None
                continue
            kind, start, source, _ = how
            inside = [m for m in known if m.start < e and s < m.end]
            if known_region(text, run, source, inside, covered):  # "de regio Twente"
                prev = None  # "de regio Twente": the region already known
                continue
            if covered and source == "region":  # "de regio Amsterdam": never the bare name
                start = text.rfind("regio", sentence.start, s)
                source = "scale"
            if source in ("cue", "list") and _common_words(text, run, cues):
                prev = None
                continue
            surface = text[start:e]
            name = compass_adjective(text, run, known) or name_label(surface, source)
            labels = name_labels(surface, source)
            extra = extra_labels(text, run, start, s, e, source, inside)
            found.append(Name(start, e, name, kind, labels, extra))
            listed = source in _LISTED_SOURCES
            prev = found[-1] if listed else None
        names += join_acronyms(text, found)
    return _in_order(text, names + joint_bodies(doc, cues, by_sentence), by_sentence)


def _in_order(text: str, names: list[Name], by_sentence: dict) -> list[Name]:
    """The names in text order, without a person's surname ("Wethouder Jansen … Jansen
    benadrukt …": no organisation) nor a political party's ("Mevrouw Bos (GroenLinks)")."""
    roles = (m for ms in by_sentence.values() for m in ms if m.kind == "role")
    persons = persons_named(text, roles)
    return sorted(
        (n for n in names if n.name not in persons and n.name.lower() not in _PARTIES),
        key=lambda n: (n.start, n.end),
    )


def _merge(mentions: list[SentenceMention], minted: list[SentenceMention]) -> list[SentenceMention]:
    """Minted-name mentions replace the shorter mentions inside them ("GGD" in "GGD Twente");
    one a known mention other than a problem crosses is dropped (both asked of nearby spans
    only, by bisection).

    >>> m = [SentenceMention("urn:ggd", "body", 0, 3, "GGD", 1)]
    >>> n = [SentenceMention("urn:ggd-t", "body", 0, 10, "GGD Twente", 1)]
    >>> [x.text for x in _merge(m, n)]
    ['GGD Twente']
    """
    # a problem phrase across a name's edge ("samenwerking in de Regio" X) blocks no name
    placed = sorted(
        (m.start, m.end) for m in mentions if m.sentence is not None and m.kind != "problem"
    )
    starts = [a for a, _ in placed]
    longest = max((b - a for a, b in placed), default=0)
    kept_new = []
    for n in minted:
        # a known mention overlapping n ends after n.start, so it starts after n.start - longest
        i = bisect.bisect_right(starts, n.start - longest)
        j = bisect.bisect_left(starts, n.end)
        if not any(b > n.start and not (n.start <= a and b <= n.end) for a, b in placed[i:j]):
            kept_new.append(n)
    spans = sorted((n.start, n.end) for n in kept_new)
    span_starts = [a for a, _ in spans]
    reach: list[int] = []  # the furthest end of the spans up to each one
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)
    kept = []
    for m in mentions:
        k = bisect.bisect_right(span_starts, m.start)  # the spans that start at or before m
        if m.sentence is None or not (k and reach[k - 1] >= m.end):
            kept.append(m)
    return sorted(kept + kept_new, key=lambda m: (m.start, m.end, m.entity))


def with_organisations(
    doc: Document, mentions: list[SentenceMention], cues: Cues | None = None
) -> tuple[list[SentenceMention], dict[str, Entity]]:
    """Add the document's open-world organisations, bodies and regions.

    Parameters
    ----------
    doc : Document
        The parsed profile.
    mentions : list of SentenceMention
        The mentions of known entities.
    cues : Cues, optional
        The word lists (default: :func:`load_cues`).

    Returns
    -------
    mentions : list of SentenceMention
        ``mentions`` with every occurrence of a minted name added (replacing
        the known mentions inside it), in text order.
    entities : dict
        The minted entities by IRI.
    """
    names = find_names(doc, mentions, cues)
    if not names:  # anaphors of known names too ("deze raad" after a named Wmo-raad)
        return with_anaphors(doc, mentions), {}
    grouped = plain_names(doc.text, regions_of_towns(entities_of(names), mentions))
    matcher = Matcher(
        LexiconEntry(label, iri, entity.kind, "altLabel")
        for iri, (entity, labels) in grouped.items()
        for label in labels
    )
    found = []
    for sentence in doc.sentences:
        for m in matcher.find(doc.text, sentence.start, sentence.end):
            spelled = apposition(doc.text, m, sentence.end)
            for x in (m, spelled) if spelled is not None else (m,):
                found.append(
                    SentenceMention(
                        x.entity, as_entity_kind(x.kind), x.start, x.end, x.text, sentence.index
                    )
                )
    entities = {iri: entity for iri, (entity, _) in grouped.items()}
    return with_anaphors(doc, _merge(mentions, not_known(found, mentions))), entities
