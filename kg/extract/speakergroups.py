"""Speaker groups no list foresaw: the open world of who speaks in a profile.

A group the role list (``ontology/roles.ttl``) lacks is found where a group
speaks: the subject of a reporting verb, of a report in the perfect or of a
stance on something ("Jongerenwerkers zijn kritisch over …"), after
"volgens"/"aldus", as the source of a passive report, or inverted after the
verb. Its head noun must be an agent noun or a body (a Dutch ending for people
and groups); the lemma is singular ("bestuursleden" → "bestuurslid"). A group
spoken for by one of its functions ("De voorzitter van de Wmo-raad") is the
body, not the function; a stance with no object ("Oud-werknemers zijn
teleurgesteld.") describes a group and mints nothing.
"""

from __future__ import annotations

import re
import tomllib

from kg.datafiles import DATA, word_list
from kg.extract.mentionrules import staff_stems
from kg.extract.partylists import list_members
from kg.extract.prefixscan import finditer_in
from kg.extract.speechcues import FUNCTION, FUNCTION_NOUN, PERFECT, STANCE, VERBS
from kg.extract.wordgate import Gates

#: Staff or board nouns that speak for, or belong to, the group named right after
#: them ("een bestuurder van een zorgorganisatie", "medewerkers van de thuiszorg"); the
#: front-line staff of a service too ("de consulenten van het Werkplein", "klantmanagers
#: van de ISD"): the annotation guideline's "team staff are the team", and a named body
#: whose staff speak is the speaker; but not a function the role list names as a role of
#: its own (:func:`kg.extract.voiceforms.speaker_mentions`: "klantmanagers van de ISD").
STAFF = frozenset(
    {"medewerker", "medewerkers", "bestuurder", "bestuurders", "bestuurslid", "bestuursleden",
     "consulent", "consulenten", "klantmanager", "klantmanagers", "professional",
     "professionals", "hulpverlener", "hulpverleners", "uitvoerders"}
)  # fmt: skip

__all__ = ["GENERIC_STAFF", "agent", "discover", "member_group"]

#: Generic functions of an organisation's staff (``kg/data/staff-functions.txt``): they speak
#: for their organisation and are no group of their own ("aldus de directeur").
GENERIC_STAFF = word_list("staff-functions.txt")

#: The group of the role list a member noun's speaker belongs to (``kg/data/member-groups.toml``):
#: singular lemma -> role key ("teamlid" -> "social-team").
_MEMBER_DATA = tomllib.loads((DATA / "member-groups.toml").read_text(encoding="utf-8"))
_MEMBER_GROUPS = {
    lemma: group for group, lemmas in _MEMBER_DATA["groups"].items() for lemma in lemmas
}
#: Target groups of the services (age, household, situation: "ouderen", "statushouders"):
#: no actors, so no speaker group is minted for them (same file).
_TARGET_GROUPS = frozenset(_MEMBER_DATA["target-groups"]["lemmas"])


def member_group(lemma: str) -> str | None:
    """The role key of the group a speaker named only as one of its members belongs to ("zegt
    een teamlid": the team; "aldus verschillende gebruikers": the care recipients); None for
    any other lemma (a group of its own).

    Examples
    --------
    >>> member_group("teamlid"), member_group("gebruiker"), member_group("jongerenwerker")
    ('social-team', 'care-recipients', None)
    """
    return _MEMBER_GROUPS.get(lemma)


#: Endings of Dutch nouns for people and groups (agent nouns and bodies), singular; a
#: bureau that brings people together is often a "-centrale" ("vrijwilligerscentrale").
_AGENT_ENDINGS = (
    "er", "aar", "ent", "ant", "ist", "eur", "ier", "arts", "kundige", "coach", "team",
    "raad", "platform", "organisatie", "corporatie", "instelling", "dienst", "lid", "partner",
    "bestuur", "directie", "commissie", "vereniging", "stichting", "bond", "groep", "loket",
    "deskundige", "professional", "ouder", "oudere", "jongere", "ambtenaar", "man", "vrouw",
    "kracht", "coördinator", "functionaris", "therapeut", "pedagoog", "psycholoog", "maatje",
    "voogd", "genoot", "figuur", "werk", "bank", "bureau", "club", "bibliotheek", "coöperatie",
    "cooperatie", "dorpsbelang", "centrale",
)  # fmt: skip
#: Nouns for people that end like no agent noun ("diaken", "ouderling"):
#: ``kg/data/person-nouns.txt``.
_PERSON_NOUNS = word_list("person-nouns.txt")
#: Words ending like an agent noun that are not one.
_NOT_AGENT = frozenset(
    {"nummer", "meer", "later", "verder", "daarnaast", "water", "oktober", "november",
     "december", "september", "cijfer", "cijfers", "winter", "zomer", "centrum", "ander",
     "andere", "moment", "student", "procent", "percent", "component", "document",
     "argument", "instrument", "element", "budget", "resultaat", "punt", "plan", "beleid",
     "onderzoek", "rapport", "ervaring", "gemeente", "gemeenten", "iemand", "ieder", "elk",
     "wie", "men", "zij", "hij", "ze", "het", "dat", "dit", "er", "hier", "daar", "maar",
     "over", "onder", "voor", "naar", "haar", "waar", "weer", "zeer", "eerder", "minder",
     # prepositions and adjectives ending like an agent noun, after a verb of speech: "nee
     # kunnen zeggen zonder dat …", "zegt het helder"
     "zonder", "daarachter", "waarachter", "helder", "lekker", "donker", "zuiver", "simpeler",
     "zeker", "wanneer", "echter", "achter", "tegenover", "jaar", "paar", "klaar", "zwaar",
     "elkaar", "daarover", "hierover", "waarover", "erover", "vroeger", "hoger", "lager",
     "groter", "kleiner", "beter", "sneller", "langer", "nader", "kracht", "veerkracht",
     "draagkracht", "zeggingskracht", "daadkracht", "slagkracht", "werkkracht", "drijfkracht",
     "werk", "maatwerk", "papierwerk", "huiswerk", "voorwerk", "raamwerk", "vrijwilligerswerk",
     "figuur",
     # a bare collective noun names no actor ("Een groeiende groep zegt …": a group of
     # whom? "De organisatie ervaart …", "De dienst rapporteert …": which?); its compounds
     # do ("cliëntengroep", "werkgroep", "zorgorganisatie", "sociale dienst")
     "groep", "organisatie", "instelling", "dienst", "centrale",
     # an adjective that ends like a bureau: "decentrale" (of decentralisation)
     "decentrale",
     # adverbs that end like an agent ("-ist", "-er"): "De wethouder vindt juist dat …",
     # "worden juist minder gebruikt"; a superlative or comparative adverb ("het meest",
     # "vaker", "liever")
     "juist", "meest", "minst", "eerst", "laatst", "best", "ongeveer", "vaker", "liever",
     "steeds", "zelfs", "vooral", "alleen",
     # a title of address before one person's name ("Volgens meneer B.", "mevrouw Jansen"):
     # a person, no group
     "meneer", "mevrouw", "juffrouw"}
)  # fmt: skip
_NP = r"((?:[a-zà-ÿ]+(?:e|ele|en)\s+)?[A-Za-zà-ÿ][a-zà-ÿ]+(?:-[a-zà-ÿ]+)*)"
_DET = (
    r"(?:(?:(?:een|één)\s+van\s+de|een\s+aantal|de\s+meeste|meerdere|de|het|een|alle|veel"
    r"|sommige|enkele|verschillende|diverse|betrokken|ook\s+de)\s+)?"
)
#: A group's stance on something, as good as a report for minting ("Jongerenwerkers zijn
#: kritisch over …", "hebben het gevoel dat …"); a stance with no object ("Oud-werknemers
#: zijn teleurgesteld.") describes the group.
_STANCE_ON = (
    rf"(?:is|zijn|was|waren)\s+(?:\w+\s+){{0,2}}?{STANCE}\s+(?:\w+\s+){{0,2}}?"
    r"(?:over|dat|op|met|omdat|van)\b"
    r"|(?:heeft|hebben|had|hadden)\s+(?:\w+\s+){0,2}?(?:de\s+indruk|het\s+idee|het\s+gevoel"
    r"|zorgen|twijfels|kritiek)\b|(?:maakt|maken|maakte|maakten)\s+zich\s+(?:\w+\s+)?zorgen"
)
#: A prepositional phrase after the group's noun: "De kartrekkers van het dorpsinitiatief",
#: its noun after an uninflected adjective ("de teamleiders van het sociaal team") and with a
#: place after it ("van het wijkteam in Kroeven").
_PP = (
    r"(?:\s+(?:van|in|bij|uit)\s+(?:de\s+|het\s+|een\s+)?(?:sociaal\s+|lokaal\s+|regionaal\s+)?"
    r"([\w-]+)(?:\s+in\s+(?-i:[A-Z])[\w-]+"
    # the kind of the body after it: "een zorgcoördinator van een school voor voortgezet
    # onderwijs"
    r"|\s+voor\s+(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ-]+)?)?"
)
_FUNCTION_HEAD = re.compile(rf"(?:[a-zà-ÿ]+e\s+)?{FUNCTION_NOUN}", re.IGNORECASE)
_FUNCTION_OF = re.compile(r"\s+van\b", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+[A-Z]")
#: Where a group speaks after its noun phrase: a report, a report in the perfect, a stance.
_SPEECH = re.compile(rf"\b(?:{VERBS}|{PERFECT}|{_STANCE_ON})", re.IGNORECASE)
#: The field a title names after its noun: "de teamleider Wmo", "de coördinator jeugd".
_FIELD = (
    r"(?:\s+(?:(?-i:[A-Z])[\w/-]*|jeugd|zorg|werk|wonen|welzijn|participatie|armoede"
    r"|sociaal\s+domein|werk\s+en\s+inkomen|zorg\s+en\s+welzijn))?"
)
#: A field named right after a title (:data:`_FIELD` without its "?": not empty).
_FIELD_AFTER = re.compile(_FIELD.removesuffix("?"), re.IGNORECASE)
#: Where an unknown group speaks: subject of a reporting verb, after "volgens"/"aldus",
#: source of a passive report, or inverted after the verb.
_SPEAKER_SLOTS = (
    # (a relative clause may stand between the group and its verb: "De kwartiermaker, die de
    # gemeente heeft aangesteld, schat dat …")
    re.compile(rf"(?:^|[,;:“”«»\"]\s*|\b(?:maar|en|ook)\s+){_DET}{_NP}{_PP}{_FIELD}"
               rf"(?:,\s+(?:die|dat)\s[^,;:.]{{1,80}},)?\s+(?={_SPEECH.pattern})", re.IGNORECASE),
    # "aldus een medewerker van de voedselbank": the body after the function speaks
    # "zo is de ervaring van de teamleider", "naar de mening van": a view's holder
    # the point of view and the spokesman: "in de ogen van de teamleider", "vanuit het
    # perspectief van de teamleden", "bij monde van de voorzitter"
    re.compile(rf"\b(?:volgens|aldus|(?:ervaring|indruk|mening|overtuiging|inschatting"
               rf"|opvatting)\s+van|in\s+de\s+ogen\s+van|bij\s+monde\s+van"
               rf"|(?:vanuit|uit)\s+het\s+(?:perspectief|oogpunt)\s+van)"
               rf"\s+{_DET}(?:{FUNCTION}\s+)?{_NP}\b",
               re.IGNORECASE),
    # a view shared by the group: "Dat beeld wordt gedeeld door de teamleider"
    re.compile(rf"\b(?:wordt|worden|werd|werden)\s+(?:ook\s+)?(?:gedeeld|onderschreven|beaamd"
               rf"|herkend)\s+door\s+{_DET}{_NP}\b",
               re.IGNORECASE),
    re.compile(rf"\b(?:vanuit|door)\s+{_DET}{_NP}\s+(?:wordt|worden|werd|werden)\s+"
               r"(?:\w+\s+){0,2}?(?:aangegeven|gezegd|gesteld|verteld|genoemd|benadrukt|gemeld)",
               re.IGNORECASE),
    # (a title may name the field after the noun: "zo vertelt de teamleider Wmo")
    re.compile(rf"\b(?:{VERBS})\s+{_DET}(?:{FUNCTION}\s+)?{_NP}{_PP}{_FIELD}"
               r"\s*(?:[.,;:]|$|\b(?:dat|aan|op|toe|samen)\b)",
               re.IGNORECASE),
)  # fmt: skip


#: The word gates of the slots (:func:`kg.extract.wordgate.may_match` of each, read at once).
_GATES = Gates(_SPEAKER_SLOTS)

#: Where a match of the subject slot may begin after the sentence's start: at a mark or
#: a conjunction (its first alternatives, as case-insensitive as the slot itself).
_SUBJECT_OPENS = re.compile(r"[,;:“”«»\"]|\b(?:maar|en|ook)\s", re.IGNORECASE)


def _subject_slots(chunk: str, until: int) -> list[re.Match]:
    """``list(_SPEAKER_SLOTS[0].finditer(chunk))``, the slot tried only where it may begin.

    The slot opens with the sentence's start, a mark or a conjunction: any other position
    fails at once, but trying it there costs the slot's whole alternation of openings.
    Its group is followed by speech (``_SPEECH`` matches there), so it begins before the
    last position where speech may begin: ``until``, the end of the last of the
    non-overlapping matches of ``_SPEECH`` (none begins at or after it).

    Examples
    --------
    >>> s = "Ook jongerenwerkers vertellen dat, en de ouders vinden, zo zeggen buurtbewoners"
    >>> until = list(_SPEECH.finditer(s))[-1].end()
    >>> [m.group(1) for m in _subject_slots(s, until)] == [
    ...     m.group(1) for m in _SPEAKER_SLOTS[0].finditer(s)]
    True
    >>> [m.group(1) for m in _subject_slots(s, until)]
    ['jongerenwerkers', 'ouders', 'zo']
    """
    slot = _SPEAKER_SLOTS[0]
    m = slot.match(chunk)
    found = [m] if m is not None else []
    last = m.end() if m is not None else 0
    # an opening cut by ``until`` is too late: the group and its speech follow it
    for opens in _SUBJECT_OPENS.finditer(chunk, 0, until):
        at = opens.start()
        if at + 1 >= until:
            break  # no speech begins after it
        if at < last or at == 0:
            continue  # inside the match before (finditer goes on after it), or tried
        m = slot.match(chunk, at)
        if m is not None:
            found.append(m)
            last = m.end()
    return found


def agent(phrase: str) -> str | None:
    """The singular lemma of a group-denoting phrase's noun, or None when it names no group.

    A minted role is keyed by its noun, without the adjectives before it (the
    annotation guideline's ``role/<slug of its Dutch singular noun>``).

    Examples
    --------
    >>> agent("teamleiders"), agent("lokale ervaringsdeskundigen"), agent("cijfers")
    ('teamleider', 'ervaringsdeskundige', None)
    >>> agent("bestuursleden"), agent("gezinsvoogden")
    ('bestuurslid', 'gezinsvoogd')
    >>> agent("groeiende groep"), agent("groepen"), agent("cliëntengroepen")
    (None, None, 'cliëntengroep')
    >>> agent("eigen jaarcijfers"), agent("kerncijfers"), agent("cijferaars")
    (None, None, 'cijferaar')
    >>> agent("ouderlingen"), agent("een diaken"), agent("dominees"), agent("agenda")
    ('ouderling', 'diaken', 'dominee', None)
    """
    from kg.extract.mentions import singular

    words = phrase.lower().split()
    head = words[-1]
    if head.endswith("leden"):  # an irregular plural: "bestuursleden" → "bestuurslid"
        words[-1] = head = head[: -len("leden")] + "lid"
    if head in _NOT_AGENT or len(head) < 5 or any(w in _NOT_AGENT for w in words):
        return None
    lemma = singular(head)
    if lemma in _PERSON_NOUNS:
        return lemma  # "aldus een ouderling": a person by office, no agent ending
    if lemma in _NOT_AGENT or not lemma.endswith(_AGENT_ENDINGS) or lemma.endswith(_FIGURES):
        return None
    return lemma


#: Endings of compounds that name figures, not people ("de eigen jaarcijfers", "de
#: kerncijfers"): a source of data, no group.
_FIGURES = ("cijfer",)


_WORD = re.compile(r"\s+([\w/-]+)")


def _field_after(chunk: str, at: int, known) -> bool:  # noqa: ANN001
    """Whether the capitalised word after a function noun at ``at`` names a field the
    lexicon knows ("de teamleider Wmo"), not a person ("directeur Jan de Vries").

    Examples
    --------
    >>> _field_after("de teamleider Wmo.", 13, lambda p: p == "Wmo")
    True
    >>> _field_after("directeur Jan de Vries", 9, lambda p: False)
    False
    """
    word = _WORD.match(chunk, at)
    return word is not None and known(word.group(1))


def discover(text: str, sentences, known) -> list[tuple[str, str]]:  # noqa: ANN001
    """Speaker groups no list foresaw: ``(surface form, singular lemma)`` pairs, sorted.

    Parameters
    ----------
    text : str
        The cleaned text.
    sentences : iterable of kg.document.Sentence
        Where to look.
    known : callable
        ``known(phrase) -> bool``: whether the phrase already names a known
        entity (a role, organisation, municipality …); such phrases are skipped.

    Examples
    --------
    >>> from kg.document import Sentence
    >>> s = "Teamleiders vertellen dat de wachttijd oploopt, aldus de ervaringsdeskundigen."
    >>> discover(s, [Sentence(1, 0, len(s), None, 1)], lambda p: False)
    [('Teamleiders', 'teamleider'), ('ervaringsdeskundigen', 'ervaringsdeskundige')]
    """
    found: set[tuple[str, str]] = set()
    for sentence in sentences:
        chunk = text[sentence.start : sentence.end]
        # the subject slot needs speech after it, and the inverted slot opens with a
        # reporting verb, itself speech: a sentence with none is read for neither
        speech = finditer_in(_SPEECH, chunk, text, sentence.start)
        # the slots none of whose opening words stands in the sentence, asked at once
        closed = _GATES.closed(text, sentence.start, sentence.end)
        for slot in _SPEAKER_SLOTS if speech else _SPEAKER_SLOTS[1:3]:
            if id(slot) in closed:
                continue  # none of the words a match opens with stands in the sentence
            if slot is _SPEAKER_SLOTS[0]:
                matches = _subject_slots(chunk, speech[-1].end())
            else:
                matches = finditer_in(slot, chunk, text, sentence.start)
            for m in matches:
                phrase = m.group(1)
                first = phrase.split()[0]
                function = _FUNCTION_HEAD.fullmatch(phrase)
                if (
                    function
                    and _NAME_AFTER.match(chunk, m.end(1))
                    and not _field_after(chunk, m.end(1), known)
                ):
                    continue  # "volgens directeur Jan de Vries": a person, not a group
                if function and _FUNCTION_OF.match(chunk, m.end(1)):
                    # "De voorzitter van de dorpsraad": the body speaks, not its chair
                    if slot.groups < 2 or not m.group(2) or m.group(2)[:1].isupper():
                        continue
                    phrase = first = m.group(2)
                if first[:1].isupper() and m.start(1) > 0 and chunk[: m.start(1)].strip():
                    continue  # a proper name mid-sentence: an organisation, not a group
                if " " in phrase and phrase.split()[-1][:1].isupper():
                    continue  # "Welzijnsorganisatie Zonnewijzer": a name after its role noun
                if phrase.split()[-1].lower() in GENERIC_STAFF and not _FIELD_AFTER.match(
                    chunk, m.end(1)
                ):
                    # "aldus de directeur": the organisation's voice, no group (but a title
                    # with its field is one: "de directeur sociaal domein")
                    continue
                lemma = agent(phrase)
                if lemma is None and " " in phrase:  # "ervaringsdeskundigen is": no adjective
                    phrase = phrase.split()[0]
                    lemma = agent(phrase)
                if lemma is None or known(phrase) or known(phrase.split()[-1]):
                    continue
                if lemma in _TARGET_GROUPS:
                    continue  # "volgens ouderen in Nijeveen": a target group, no actor
                if any(known(stem) for stem in staff_stems(phrase.split()[-1])):
                    continue  # "wijkteammedewerkers": the team's staff, the team speaks
                found.add((phrase, lemma))
    # the members of a bracketed list of known parties ("(wijkagent, jongerenwerk en
    # zorgcoördinator)") are parties too, speaking or not
    members = list_members(text, known, agent)
    found.update(m for m in members if m[0].lower() not in GENERIC_STAFF)
    return sorted(found)
