"""Topics: the social-domain subjects a claim discusses, minted as SKOS concepts.

A topic is the Dutch lemma of a noun or noun phrase of the claim, lower case,
singular, compounds kept whole:

- every problem of the taxonomy the claim names is a topic under its own
  words ("wachtlijsten" → ``wachtlijst``, "eigen bijdragen" → ``eigen
  bijdrage``), with ``skos:broader`` to the problem;
- a noun (by suffix, plural, article, preposition or number before it:
  :mod:`kg.extract.dutchwords`) is a topic, and so is any noun whose lemma holds
  a word part of the social domain (``kg/data/topic-domain.txt``: zorg, hulp,
  jeugd, schuld …: "schuldhulpverlening", "jeugd-ggz");
- up to two classifying adjectives before the noun stay with it, declined
  ("huishoudelijke hulp", "kwetsbare oudere") or bare before a neuter noun
  ("toekomstig zorggebruik", "regionaal overleg"); adjectives that judge,
  measure, count or order do not (``kg/data/topic-loose-modifiers.txt``:
  "grote groep" → ``groep``);
- a light noun keeps its complement ("inzet van vrijwilligers") and a fixed
  post-modifier stays ("jeugdhulp met verblijf", "reserve sociaal domein")
  (``kg/data/topic-phrases.toml``);
- a team, care service or client group the claim mentions but does not speak
  for is a topic ("het sociale wijkteam" → ``sociaal wijkteam``;
  ``kg/data/topic-actor-roles.txt``);
- a compound that holds a one-word problem label as one of its parts
  ("armoedebeleid" holds "armoede") falls under that problem too.

Not topics: words of the stoplist (``kg/data/topic-stoplist.txt``), closed-class
words and adverbs (``kg/data/topic-function-words.txt``), adjectives standing
alone, tone cues, verb forms and gerunds, proper names, and the other mentions
(speakers, government, laws, municipalities, organisations: voices and concerns,
not subjects).

The topic's IRI is ``concept/topic/<slug of the lemma>``, without the hyphens inside
a word (one IRI for "jeugd-ggz" and "jeugdggz": :mod:`kg.extract.topickeys`), the same
in every document; its
English label is the English preferred label of the problem or role whose Dutch
preferred label is the same lemma, and None otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from kg.extract.cutreferents import BUDGET_PRESSURE, cut_referent
from kg.extract.dutchwords import (
    BARE_ADJECTIVE,
    UNDECLINED,
    het_nouns,
    infinitive,
    is_infinitive,
    is_neuter,
    is_noun,
    is_proper,
    is_verb,
    noun_singular,
    read_list,
)
from kg.extract.lawdomains import field_spans
from kg.extract.mentions import singular
from kg.extract.model import SentenceMention, Topic
from kg.extract.topicforms import (
    ADVERB_ENDINGS,
    CLAUSE_ENDS,
    MANNER_OPENERS,
    NOUNLESS,
    VERB_PREPOSITIONS,
    aan_verb,
    activity,
    adverbial,
    after_kind,
    age_groups,
    attributive_participle,
    bare_infinitive,
    life_compound,
    manner_infinitive,
    no_noun_here,
    participle_form,
    short_particle,
    stopped_term,
    team_of_staff,
    verb_form,
)
from kg.extract.topickeys import topic_iri
from kg.extract.topiclemmas import agree as _agree
from kg.extract.topiclemmas import topic_form, topic_lemma
from kg.extract.topicparticles import SEPARATED, separated_noun
from kg.extract.topicparts import (
    ARTICLE_ENDS,
    abbreviation,
    body_classes,
    class_noun,
    group_with,
    held_problems,
    in_apposition,
    parts_of_others,
    plural_only,
    region_classes,
    topic_cap,
)
from kg.extract.topicphrases import (
    IDIOM_WORDS,
    TERM_WORDS,
    complement,
    fits,
    fixed_term,
    in_idiom,
    is_term,
    light_heads,
    postmodifier,
    term_before,
    title_fields,
)
from kg.extract.topicpredicates import predicative_compound
from kg.extract.topicwords import (
    ADJECTIVES,
    CONTENT,
    STOPLIST,
    VERDICTS,
    adjective_kind,
    claim_words,
    content_word,
    domain_label,
    function_words,  # noqa: F401  (read by kg.extract.findings)
    is_domain,
    no_noun,
    nominal,
    stoplist,  # noqa: F401  (read by kg.extract.findings)
    unjudged,
    verb_by_position,
    word_verdict,
)
from kg.extract.usernames import underscored
from kg.extract.wordruns import words_within

#: At most this many topics per claim (problems first, then in text order), and three
#: more for each further sentence of a claim of several (a long quotation).
MAX_TOPICS = 6


@lru_cache(maxsize=1)
def subject_roles() -> frozenset[str]:
    """Keys of the actor groups that are topics when they do not speak
    (``kg/data/topic-actor-roles.txt``: teams, care services, client groups)."""
    return read_list("topic-actor-roles.txt")


@dataclass(frozen=True)
class TopicVocabulary:
    """What topic finding needs to know from the ontology.

    Attributes
    ----------
    english : dict
        Dutch preferred label (lower case) → English preferred label, for the
        problems and roles.
    problem_words : dict
        One-word problem label (singular lemma) → problem IRIs.
    cue_lemmas : frozenset
        Lemmas of the tone cues (judgements are not subjects).
    """

    english: dict[str, str]
    problem_words: dict[str, tuple[str, ...]]
    cue_lemmas: frozenset[str]
    #: Label → the problems it holds (:func:`~kg.extract.topicparts.held_problems`),
    #: filled as labels are met.
    held: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_graph(cls, graph, lexicon) -> TopicVocabulary:  # noqa: ANN001
        """Read English labels from ``graph`` and problem words and cues from ``lexicon``."""
        from rdflib import Literal, URIRef
        from rdflib.namespace import SKOS

        english: dict[str, str] = {}
        # preferred labels only: a role's or problem's other labels name members or
        # signs of it ("kerk" is one of the social organisations), not translations
        for entry in lexicon.entries:
            if entry.kind not in ("problem", "role") or entry.source != "prefLabel":
                continue
            for label in graph.objects(URIRef(entry.iri), SKOS.prefLabel):
                if isinstance(label, Literal) and label.language == "en":
                    english.setdefault(topic_lemma(entry.label), str(label))
                    english.setdefault(topic_form(entry.label), str(label))  # agreeing
        words: dict[str, set[str]] = {}
        for entry in lexicon.entries:
            if entry.kind == "problem" and " " not in entry.label and len(entry.label) >= 6:
                words.setdefault(singular(entry.label), set()).add(entry.iri)
        cues = frozenset(topic_lemma(c.label) for c in lexicon.cues)
        return cls(english, {k: tuple(sorted(v)) for k, v in words.items()}, cues)


def _care_form(mention: SentenceMention) -> bool:
    """A law mention worded as the care or service it governs ("jeugdhulp",
    "re-integratietrajecten"), not as the law's name: a subject, so a topic."""
    text = mention.text
    return (
        mention.kind == "law"
        and len(text) >= 6
        and "wet" not in text.lower()
        and not any(map(str.isupper, text[1:]))
    )


def _attributive(  # noqa: PLR0911
    words: list[tuple[int, int, str]],
    j: int,
    head: int,
    text: str,
    start: int,
    vocab,  # noqa: ANN001
) -> bool:
    """Whether word ``j`` is a classifying adjective standing before word ``j + 1``.

    A declined adjective ("specialistische", "kwetsbare") or one with an
    adjective ending ("lokaal", "toekomstig", "administratief"), directly
    before the next word, that is not a closed-class word, a judging or
    measuring adjective, a tone cue or a verb form.
    """
    s, e, word = words[j]
    kind = ADJECTIVES.get(word) or adjective_kind(word)
    if not kind[0] or text[e : words[j + 1][0]].strip() or is_proper(word, s, start):
        return False
    cues = vocab.cue_lemmas
    if kind[1] in cues or kind[2] in cues:
        return False  # a tone cue
    if kind[0] is True:
        return True
    # an undeclined adjective stands right before its noun, a neuter one
    return head == j + 1 and _bare_head(words, head, text)


def _adjective_alone(
    words: list[tuple[int, int, str]], k: int, text: str, start: int, vocab, verb: bool
) -> bool:  # noqa: ANN001, E501
    """Whether word ``k`` is an adjective before another content word, not a noun: by an
    adjective's ending, as an undeclined participle after "een" ("een onderschat
    probleem") or as a classifying adjective (:func:`_attributive`)."""
    return _before_word(words, k, text) and (
        words[k][2].lower().endswith(BARE_ADJECTIVE)
        or attributive_participle(words, k, verb)
        or _attributive(words, k, k + 1, text, start, vocab)
    )


def _bare_head(words: list[tuple[int, int, str]], k: int, text: str) -> bool:
    """Whether word ``k`` is a head an undeclined adjective may stand before:
    a neuter singular noun or a nominalised infinitive ("toekomstig zorggebruik",
    "zelfstandig wonen")."""
    low = words[k][2].lower()
    if is_infinitive(words, k) or bare_infinitive(low):  # "regionaal samenwerken"
        return True
    return noun_singular(low) == low and is_neuter(low, het_nouns(text))


def _modifiers(
    words: list[tuple[int, int, str]], k: int, text: str, start: int, skip, vocab
) -> int:  # noqa: ANN001, E501
    """Index of the first of up to two classifying adjectives before noun ``k``."""
    first = k
    while first > 0 and k - first < 2:
        j = first - 1
        if not _attributive(words, j, k, text, start, vocab):
            break
        at = words[j][0]
        if any(a <= at < b for a, b in skip):
            break
        first -= 1
    return first


def _from_neighbours(
    words: list[tuple[int, int, str]], k: int, text: str, manner_words: frozenset[str], low: str
) -> tuple[int, str, int] | None:
    """A candidate word ``k`` (``low`` its lower case) gives with its neighbours, whatever
    its own verdict: an infinitive of manner after its opener ("het ambulant werken",
    :func:`manner_infinitive`) or a procedure's verb whose particle stands apart in the
    clause ("koopt … in", :func:`~kg.extract.topicparticles.separated_noun`)."""
    if words[k - 1][2] in manner_words and (manner := manner_infinitive(words, k, text)):
        return manner
    if low in SEPARATED and (noun := separated_noun(words, k, text)):
        return words[k][0], noun, words[k][1]
    return None


def _candidates(text: str, start: int, end: int, skip: list[tuple[int, int]], vocab):  # noqa: ANN001, ANN202
    """(start, label, end) of the noun and adjective+noun candidates in the span."""
    words = claim_words(text, start, end)  # as tokens(text[start:end]), offset
    out: list[tuple[int, str, int]] = []
    inside = words_within(words, skip)
    cues, field_after, lights = vocab.cue_lemmas, postmodifier(), light_heads()
    verdicts, adjectives, manner_words = VERDICTS, ADJECTIVES, MANNER_OPENERS
    for k, (s, e, word) in enumerate(words):
        if len(word) < 4 or k in inside or underscored(text, s, e):
            continue  # too short, named, or part of a user handle ("anna_v", "mod_sociaaldomein")
        low, lemma, verb, participle = verdicts.get(word) or word_verdict(word)
        near = words[k - 1][2] in manner_words or low in SEPARATED  # else _from_neighbours: None
        if near and (read := _from_neighbours(words, k, text, manner_words, low)) is not None:
            out.append(read)  # "het ambulant werken"; "koopt … in via de regio" → inkoop
            continue
        if lemma is not None and low[-3:] == "ten":
            lemma = plural_only(low, lemma)  # "zorgkosten"
        if lemma is None:  # a term ends in a term's word or after a declined adjective
            if low in TERM_WORDS or (k and words[k - 1][2][-1:] == "e"):
                term = stopped_term(words, k, low)  # "algemene middelen", "kwetsbare groepen"
                out.extend([(*term, e)] if term else ())
            continue  # a classifying adjective, a function word or a stop word
        if word[0].isupper() and is_proper(word, s, start):
            continue
        if (low in NOUNLESS or text[s - 1] in "'’(" or text[e : e + 1] in CLAUSE_ENDS) and (
            no_noun_here(words, k, text)
        ):
            continue  # "'s-Hertogenbosch", "zij monitoren", "schiet tekort"
        term = fixed_term(words, k, lemma) if lemma in TERM_WORDS or low in TERM_WORDS else None
        if term:
            out.append((*term, e))  # "korte lijnen", "werk en inkomen" (whatever its words)
            continue
        en = low.endswith("en")  # an infinitive's ending (after "te", _verbal; a verb_form)
        if en and k and words[k - 1][2] in VERB_PREPOSITIONS and bare_infinitive(low):
            if not (low in IDIOM_WORDS and in_idiom(words, k)):  # "manier van werken"
                out.append((s, low, e))  # a noun: "van uitvoeren naar opdrachtgeven"
            continue
        if participle or ((verb or en) and verb_form(words, k, verb, en, text, lemma)):
            noun = nominal(low)  # a procedure's verb: "aanbesteed" → aanbesteding
            if noun:
                out.append((s, noun, e))
            continue  # a verb form
        if verb_by_position(words, k) or (low in IDIOM_WORDS and in_idiom(words, k)):
            continue  # "zo stellen zij", "wijst erop"; "dicht bij huis", "onder druk"
        if lemma in cues and not (is_noun(words, k) or after_kind(words, k)):  # "soort risico's"
            continue  # a judgement (adjective, adverb, verb), not a subject
        first = k
        if k and (adjectives.get(words[k - 1][2]) or adjective_kind(words[k - 1][2]))[0]:
            first = _modifiers(words, k, text, start, skip, vocab)  # the word before may be one
        if en and infinitive(low) and _verbal(words, k, first, lemma, vocab):
            continue  # a verb ("gaan werken", "het afhandelen"), not "het vertrouwen"
        if low[-3:] == "aan" and lemma == low and first == k and aan_verb(words, k, low):
            continue  # "is ontstaan", "zien wachtlijsten ontstaan"; not "het bestaan"
        field = field_after.match(text, e)  # a fixed post-modifier (see FIELD)
        if field and not fits(field.group(), lemma):
            field = None
        if not field and _adjective_alone(words, k, text, start, vocab, verb):
            continue  # an adjective standing alone ("zijn positief", "administratief medewerker")
        label, at = lemma, s
        if lemma in lights:  # a light noun: with its complement, or no topic ("die combinatie")
            light = complement(words, k, text, lemma)
            out.extend([(s, *light)] if light else ())
            continue
        if first < k:
            phrase = " ".join([*(w.lower() for _, _, w in words[first:k]), lemma])
            label, at = _agree(phrase, het_nouns(text)), words[first][0]
        last = e
        if field and field.end() <= end:
            tail = " ".join(field.group().lower().split())
            label = f"{label} {tail}" if not label.endswith(tail.split()[0]) else label
            last = field.end()
        if (
            first < k
            or (domain_label(label) and not adverbial(low, label))
            or ((len(lemma) >= 4 or lemma != low) and is_noun(words, k, text))  # "ritten"
            or after_kind(words, k)
            or predicative_compound(words, k, STOPLIST, text)  # "is centrumgemeente voor"
        ):
            out.append((at, label, last))
    return out


def _verbal(words: list[tuple[int, int, str]], k: int, first: int, lemma: str, vocab) -> bool:  # noqa: ANN001
    """Whether infinitive ``k`` is no topic: not a compound of "leven" ("dorpsleven"), an
    activity after "bij het" ("hulp bij het schoonmaken"), a domain word after a bare
    adjective ("zelfstandig wonen") or a tone noun after "het"."""
    if (
        life_compound(lemma)
        or activity(words, k)
        or (first < k and not words[k - 1][2].endswith("e") and is_domain(lemma))
    ):
        return False
    return not (k and words[k - 1][2].lower() == "het" and lemma in vocab.cue_lemmas)


def _before_word(words: list[tuple[int, int, str]], k: int, text: str) -> bool:
    """Whether word ``k`` stands right before another content word (an attribute), or is
    an adverb by its ending right before an infinitive ("voor regionaal samenwerken")."""
    if k + 1 >= len(words) or text[words[k][1] : words[k + 1][0]].strip():
        return False
    found = CONTENT.get(words[k + 1][2])
    if content_word(words[k + 1][2]) if found is None else found:
        return True
    return words[k][2].lower().endswith(ADVERB_ENDINGS) and bare_infinitive(words[k + 1][2])


def _actors(text: str, mentions: list[SentenceMention], speakers: frozenset[str]):  # noqa: ANN202
    """(start, label, end) of the actor groups the claim discusses: role mentions
    that are not its speakers, with their lemma ("sociale wijkteams" →
    "sociaal wijkteam"; a team's staff as the team: "wijkteamleden" → "wijkteam"),
    unless the lemma is on the stoplist; and the kinds of the regions it names
    (:func:`~kg.extract.topicparts.region_classes`)."""
    out = []
    subjects = subject_roles()
    for m in mentions:
        if m.kind == "region":
            out += region_classes(m)  # "de arbeidsmarktregio Drenthe"
            continue
        if m.kind != "role" or m.entity in speakers or m.entity.rpartition("/")[2] not in subjects:
            continue
        if underscored(text, m.start, m.end):
            continue  # part of a user handle ("wijkverpleging_ria"), no group discussed
        *adjectives, head = m.text.lower().split()
        first = adjectives[0] if len(adjectives) == 1 else ""
        if first and not adjective_kind(first)[0] and noun_singular(first) != first:
            # a plural noun before a singular one ("casemanagers dementie",
            # "praktijkondersteuners jeugd"): the first is the head, the second its field
            adjectives = [noun_singular(first)]
        else:
            head = team_of_staff(noun_singular(head))  # "wijkteammedewerkers" → wijkteam
        label = _agree(" ".join([*adjectives, head]), het_nouns(text))
        at, label = term_before(text, m.start, label) or (m.start, label)
        words = label.split()
        if label not in STOPLIST and (words[-1] not in STOPLIST or _classified(words)):
            out.append((at, label, m.end))  # "sociaal team": a generic head with its class
    return out


def _classified(words: list[str]) -> bool:
    """Whether a label of two words is a classifying adjective and its noun ("sociaal
    team"): a term, though its noun alone is too generic (as :func:`stopped_term`)."""
    return len(words) == 2 and (words[0].endswith(UNDECLINED) or bool(adjective_kind(words[0])[0]))


#: A mention's start, to sort mentions by.
_START = attrgetter("start")
#: Kinds of named entities whose proper name is no topic.
_NAME_KINDS = frozenset({"organisation", "body", "region", "municipality", "place", "law"})


def _named_spans(mentions: list[SentenceMention]) -> set[tuple[int, int]]:
    """Spans where an actor or organisation is named: a problem label there is no topic.

    A problem's subject label can be an actor's or a body's name as well ("de
    accountant", "de Centrale Raad van Beroep"): the claim is about the problem, but
    the words name who acts, not a subject (topics are not speakers, government or
    organisations). A team, care service or client group the topics keep
    (:func:`subject_roles`), a law worded as its care (:func:`_care_form`) and a
    common noun that refers to a body ("die gemeenschappelijke regeling") stay.

    Examples
    --------
    >>> acc = SentenceMention("c/role/auditors", "role", 3, 13, "accountant", 0)
    >>> _named_spans([acc])
    {(3, 13)}
    """
    subjects = subject_roles()
    return {
        (m.start, m.end)
        for m in mentions
        if (m.kind == "role" and m.entity.rpartition("/")[2] not in subjects)
        or (m.kind in _NAME_KINDS and m.text[:1].isupper() and not _care_form(m))
    }


def _problem_label(written: str, text: str) -> str:
    """The topic of a problem mention as written, or "" when it names no thing."""
    if " " not in written and is_verb(written.lower()):
        return nominal(written.lower()) or ""  # "aanbesteed" → aanbesteding, or none
    label = _agree(topic_lemma(written), het_nouns(text))
    label = label if is_term(label) else group_with(unjudged(label))  # "kleine beurs" stays
    if participle_form(label):
        return ""  # a participle left by a judging adverb ("laag geletterd"): no thing
    return "" if no_noun(label, written) else label


def _problem_topics(text: str, mentions: list[SentenceMention], denied: frozenset[str]):  # noqa: ANN202
    """The topics of the claim's problem mentions: label → the problems it falls under (not
    the denied ones), the labels in text order and their places (start, end, label)."""
    found: dict[str, set[str]] = {}
    order: list[str] = []
    places: list[tuple[int, int, str]] = []
    problems = [m for m in mentions if m.kind == "problem"]
    named = _named_spans(mentions) if problems else set()
    for m in sorted(problems, key=_START):
        if (m.start, m.end) in named or abbreviation(text, m, problems):
            continue
        label = _problem_label(m.text, text)
        if not label or (label == "tekort" and short_particle(text, m.start, m.end)):
            continue  # no noun, or "schiet tekort": the verb's particle
        if label not in found:
            order.append(label)
        found.setdefault(label, set())
        places.append((m.start, m.end, label))
        if m.entity not in denied and not (
            text[m.start - 2 : m.start - 1] in ARTICLE_ENDS and in_apposition(text, m, mentions)
        ):
            found[label].add(m.entity)  # "X, een gemeenschappelijke regeling": X's form
    return found, order, places


def find_topics(
    text: str,
    start: int,
    end: int,
    mentions: Iterable[SentenceMention],
    vocab: TopicVocabulary,
    denied: frozenset[str] = frozenset(),
    speakers: frozenset[str] = frozenset(),
) -> list[Topic]:
    """The topics the claim ``text[start:end]`` discusses.

    Parameters
    ----------
    text : str
        The cleaned text.
    start, end : int
        The claim's span.
    mentions : iterable of SentenceMention
        The claim's mentions (problems become topics; the spans of the others
        are skipped).
    vocab : TopicVocabulary
        English labels, problem words and cue lemmas.
    denied : frozenset of str
        Problems the claim denies: their topics stay (they are discussed) but
        do not fall under the problem through this claim.
    speakers : frozenset of str
        The claim's speakers: a mention of another team, care service or
        client group (:func:`subject_roles`) is a subject ("zij kennen het
        sociale wijkteam" → ``sociaal wijkteam``).

    Returns
    -------
    list of Topic
        In order: problems first, then in text order; at most :data:`MAX_TOPICS`, and
        three more for each further sentence of the claim.

    Examples
    --------
    >>> vocab = TopicVocabulary({}, {"armoede": ("urn:poverty",)}, frozenset())
    >>> s = "De schuldhulpverlening en het armoedebeleid hebben een wachtlijst."
    >>> [(t.label, t.broader) for t in find_topics(s, 0, len(s), [], vocab)]
    [('schuldhulpverlening', ()), ('armoedebeleid', ('urn:poverty',)), ('wachtlijst', ())]
    """
    mentions = list(mentions)
    found, order, places = _problem_topics(text, mentions, denied)
    skip = [(m.start, m.end) for m in mentions if m.kind != "law" or not _care_form(m)]
    skip += field_spans(text, start, end)  # "voor jeugd": the Jeugdwet
    skip += title_fields(text, start, end)  # "de wethouder financiën": who speaks
    candidates = _candidates(text, start, end, skip, vocab) + _actors(text, mentions, speakers)
    # "in het Werkplein Goes": the kind of body, a name's part, holds no problem
    bodies = [c for m in mentions if m.entity not in speakers for c in body_classes(text, m)]
    candidates += bodies
    if "+" in text[start:end]:
        candidates += age_groups(text, start, end)  # "75+'ers"
    names = [m.start for m in mentions if m.entity in speakers]
    if names:
        candidates = [c for c in candidates if not class_noun(text, c[2], names)]
    for at, label, last in sorted(candidates):
        places.append((at, last, label))
        if label in found:
            continue
        order.append(label)
        held = () if (at, label, last) in bodies else held_problems(vocab, label)
        found[label] = {iri for iri in held if iri not in denied} if held else set()
    parts = parts_of_others(places)
    if parts:
        # the policy field too: "de monitor sociaal domein" is indexed under the monitor's
        # term alone, as every part inside a longer topic (of 114 tuning claims with "X
        # sociaal domein" and no field of its own, 111 have no topic "sociaal domein")
        order = [label for label in order if label not in parts]
    if len(order) > MAX_TOPICS:  # a claim of several sentences keeps more
        order = order[: topic_cap(len(order), MAX_TOPICS, text, start, end)]
    for label in order:
        if found[label] and BUDGET_PRESSURE in found[label]:  # "de korting" of household help
            found[label] = cut_referent(found[label], text, start, end)
    return [
        Topic(topic_iri(label), label, vocab.english.get(label), tuple(sorted(found[label])))
        for label in order
    ]
