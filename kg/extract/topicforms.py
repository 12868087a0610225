"""Word forms that decide whether a candidate word is a noun or a verb, by its neighbour.

Five readings general Dutch grammar gives and the suffix tests of
:mod:`kg.extract.dutchwords` do not:

- a bare infinitive after a preposition is a noun, named by the infinitive itself
  ("van uitvoeren naar opdrachtgeven"; :data:`VERB_PREPOSITIONS`, :func:`bare_infinitive`);
- an infinitive or participle in -aan ("ontstaan", "bestaan", "doorgaan") is a verb
  unless a determiner makes it a noun ("het bestaan"; :func:`aan_verb`);
- a word after a noun of kind is a noun ("dit soort risico's"; :func:`after_kind`);
- an undeclined adjective standing alone is an adverb, whatever domain word it holds
  ("regionaal"; :func:`adverbial`);
- a stop word can end a term: a fixed one ("algemene middelen", "kwetsbare groepen")
  or a generic head a classifying adjective makes one of ("sociaaleconomische
  situatie"; :func:`stopped_term`).
"""

from __future__ import annotations

import re

from kg.extract.dutchwords import (
    NOT_BEFORE_VERBS,
    NOUN_SUFFIXES,
    PARTICLES,
    after_te,
    het_nouns,
    infinitive,
    is_neuter,
    noun_singular,
    stem_noun,
)
from kg.extract.mentions import _is_known, lemma_key
from kg.extract.reportwords import REPORT_VERBS
from kg.extract.topicphrases import TERM_WORDS, fixed_term
from kg.extract.topicverbs import CLAUSE_ENDS, finite_verb
from kg.extract.topicwords import (
    ADJECTIVES,
    CLASSIFYING,
    FUNCTION_WORDS,
    NOT_CLASSIFYING,
    VERDICTS,
    adjective_kind,
    word_verdict,
)

Words = list[tuple[int, int, str]]

#: Prepositions after which a bare infinitive is a noun ("van uitvoeren naar
#: opdrachtgeven", "zonder afwachten"): its label is the infinitive itself ("met", "voor",
#: "over" were left out after measuring: held-out topic precision fell with them).
VERB_PREPOSITIONS = frozenset(
    {form for word in ("van", "naar", "bij", "zonder") for form in (word, word.capitalize())}
)

#: Infinitives in -aan and their compounds (bestaan, ontstaan, doorgaan, overgaan), which
#: the -en test of an infinitive misses, and the determiners that make one a noun.
AAN_VERBS = ("gaan", "staan", "slaan")
NOUN_DETERMINERS = frozenset({"het", "een", "dit", "dat", "hun", "ons"})  # not "zijn": a verb

#: Nouns of kind before a bare noun ("dit soort risico's", "dat type aanbieders").
KIND_NOUNS = frozenset({"soort", "soorten", "type", "typen", "types"})


def bare_infinitive(low: str) -> bool:
    """Whether ``low`` is an infinitive by its lemma, a separable one too ("uit_voeren").

    >>> bare_infinitive("opdrachtgeven"), bare_infinitive("uitvoeren")
    (True, True)
    >>> bare_infinitive("wachtlijsten"), bare_infinitive("sturen"), bare_infinitive("boven")
    (False, False, False)
    """
    if len(low) < 6:
        return False  # "boven", "buiten": closed-class words in -en
    key = lemma_key(low)
    return "_" in key and key.replace("_", "") == low if key != low else infinitive(low)


def aan_verb(words: Words, k: int, low: str) -> bool:
    """Whether word ``k`` is an infinitive or participle in -aan used as a verb: no
    determiner stands before it, or "van" and its complement follow (as
    :func:`verb_form` reads "het ... van").

    >>> from kg.extract.dutchwords import tokens
    >>> aan_verb(tokens("de wachtlijst is ontstaan"), 3, "ontstaan")
    True
    >>> aan_verb(tokens("een leeg bestaan"), 2, "bestaan")
    True
    >>> aan_verb(tokens("het bestaan"), 1, "bestaan")
    False
    >>> aan_verb(tokens("de vraag"), 1, "vraag")
    False
    >>> aan_verb(tokens("het tegengaan van eenzaamheid"), 1, "tegengaan")
    True
    """
    if not low.endswith(AAN_VERBS):
        return False
    if k + 1 < len(words) and words[k + 1][2] == "van":
        return True  # "het tegengaan van eenzaamheid": the action of its complement
    return not k or words[k - 1][2].lower() not in NOUN_DETERMINERS


def after_kind(words: Words, k: int) -> bool:
    """Whether word ``k`` follows a noun of kind (:data:`KIND_NOUNS`).

    >>> from kg.extract.dutchwords import tokens
    >>> after_kind(tokens("dit soort risico's"), 2), after_kind(tokens("de risico's"), 1)
    (True, False)
    """
    return bool(k) and words[k - 1][2] in KIND_NOUNS  # lower case inside a sentence


#: Endings of undeclined adjectives, as a domain word's adverb ("regionaal", "lokaal",
#: "structureel", "preventief", "psychisch").
ADVERB_ENDINGS = ("aal", "eel", "ief", "isch", "lijk", "ig", "baar", "zaam")


def adverbial(low: str, label: str) -> bool:
    """Whether a one-word label is an undeclined adjective standing alone: an adverb
    ("koopt de jeugdhulp regionaal in"), not a noun, though it holds a domain word.

    >>> adverbial("regionaal", "regionaal"), adverbial("regio", "regio")
    (True, False)
    """
    return label == low and low.endswith(ADVERB_ENDINGS)


#: Generic heads of the stoplist that a classifying adjective makes a term of the
#: domain ("kwetsbare groepen", "sociaaleconomische situatie"): the adjective says what
#: kind; the noun alone says nothing (others measured: persoon, mens, inwoner, gebied,
#: kind, ouder gave no change, so they are left out). "Een integrale aanpak", "de
#: wijkgerichte aanpak" name a way of working; a "nieuwe aanpak" (a judging adjective) none.
#: "De financiële positie", "de sociaaleconomische positie" name a state of the domain, as
#: "situatie" does; a "sterke positie" (a judging adjective) none.
GENERIC_HEADS = frozenset(
    {"groep", "groepen", "situatie", "situaties", "aanpak", "positie", "posities"}
)


def stopped_term(words: Words, k: int, low: str) -> tuple[int, str] | None:
    """(start, label) of a term that ends in the stop or function word ``k`` (lower
    case ``low``), or None.

    >>> from kg.extract.dutchwords import tokens
    >>> stopped_term(tokens("voor kwetsbare groepen"), 2, "groepen")
    (5, 'kwetsbare groep')
    >>> stopped_term(tokens("de sociaaleconomische situatie"), 2, "situatie")
    (3, 'sociaaleconomische situatie')
    >>> stopped_term(tokens("een grote groep"), 2, "groep") is None
    True
    >>> stopped_term(tokens("een integrale aanpak"), 2, "aanpak")
    (4, 'integrale aanpak')
    >>> stopped_term(tokens("de financiële positie"), 2, "positie")
    (3, 'financiële positie')
    """
    if low in TERM_WORDS:
        return fixed_term(words, k, low)  # "algemene middelen"
    if not k or words[k - 1][2][-1:] != "e":
        return None
    term = None
    if low[-2:] == "en" and noun_singular(low) in TERM_WORDS:
        term = fixed_term(words, k, noun_singular(low))  # "kwetsbare groepen"
    if not term and low in GENERIC_HEADS:
        prev = words[k - 1][2]
        if (ADJECTIVES.get(prev) or adjective_kind(prev))[0] is True:
            term = words[k - 1][0], f"{prev.lower()} {noun_singular(low)}"
    return term


#: Particles that make a verb of "leven" ("beleven", "overleven", "naleven").
_LIFE_VERBS = frozenset({"be", "over", "na", "op", "mee", "her", "door", "uit", "voort"})


def life_compound(low: str) -> bool:
    """Whether an infinitive-looking word is a compound noun of "leven" (life): the
    social life of a place or group ("verenigingsleven", "dorpsleven", "bedrijfsleven"),
    not a verb with a particle ("overleven", "naleven").

    >>> life_compound("verenigingsleven"), life_compound("overleven"), life_compound("leven")
    (True, False, False)
    """
    return low[-5:] == "leven" and len(low) > 7 and low[:-5] not in _LIFE_VERBS


def verb_form(words: Words, k: int, verb: bool, en: bool, text: str = "", lemma: str = "") -> bool:
    """Whether word ``k`` (a verb by its form when ``verb``; ending in -en when ``en``) is
    used as a verb: not as a noun by its context, or after "te"; and a verb in -en
    between "het" and "van" is the action of its complement ("het aannemen van
    mensen", "het opvangen van statushouders": the subject is the complement), as the
    infinitives without a particle are ("het toekennen van voorzieningen").

    A verb's stem after an article and a declined adjective is a noun as after the article
    alone ("de sociale kaart", "een goede proef"): no finite verb stands there.

    >>> from kg.extract.dutchwords import tokens
    >>> verb_form(tokens("het aannemen van mensen"), 1, True, True)
    True
    >>> verb_form(tokens("de sociale kaart"), 2, True, False)
    False

    With the ``text`` and the word's noun ``lemma``, a plural that is also a finite verb
    is read by its neighbour (:func:`kg.extract.topicverbs.finite_verb`).

    >>> s = "De teams overleggen wekelijks."
    >>> verb_form(tokens(s), 2, False, True, s, "overleg")
    True
    """
    if verb and (
        not (stem_noun(words, k) or _after_declined(words, k, en)) or _het_van(words, k, en)
    ):
        return True
    if not en:
        return False
    return (
        after_te(words, k)
        or after_modal(words, k)
        or bool(text and finite_verb(words, k, text, lemma))
    )


#: Modal and aspectual verbs an infinitive follows ("zullen oplopen", "kan afnemen").
_MODALS = frozenset(
    {"zal", "zullen", "zou", "zouden", "kan", "kunnen", "kon", "konden", "moet", "moeten",
     "moest", "moesten", "wil", "willen", "mag", "mogen", "gaat", "gaan", "blijft", "blijven"}
)  # fmt: skip


def after_modal(words: Words, k: int) -> bool:
    """Whether word ``k`` is a separable verb's infinitive right after a modal verb ("de
    tekorten zullen oplopen tot …", "het aantal kan afnemen"), which the lemmatiser may
    read as a plural noun ("oploop"): particle + infinitive.

    >>> from kg.extract.dutchwords import tokens
    >>> after_modal(tokens("de tekorten zullen oplopen tot"), 3)
    True
    >>> after_modal(tokens("daardoor kunnen opvangplekken"), 2)
    False
    """
    if not k or words[k - 1][2].lower() not in _MODALS:
        return False
    low = words[k][2].lower()
    if low[-2:] != "en":
        return False
    # the rest after the particle is a word of its own ("lopen"), not a compound's tail
    return any(low.startswith(p) and _is_known(low[len(p) :]) for p in PARTICLES)


def _after_declined(words: Words, k: int, en: bool) -> bool:
    """Whether word ``k``, not in -en, follows an article or preposition and a declined
    classifying adjective ("de sociale kaart"; not a noun in -e: "het college stuurt")."""
    if en or k < 2:
        return False
    prev = words[k - 1][2]
    return (
        prev.endswith(CLASSIFYING)
        and prev not in NOT_CLASSIFYING
        and words[k - 2][2].lower() in NOT_BEFORE_VERBS
    )


def _het_van(words: Words, k: int, en: bool) -> bool:
    """Whether word ``k``, ending in -en, stands between "het" and "van"."""
    return (
        en
        and 0 < k < len(words) - 1
        and words[k - 1][2].lower() == "het"
        and words[k + 1][2] == "van"
    )


def activity(words: Words, k: int) -> bool:
    """Whether infinitive ``k`` follows "bij het": the activity help is given with
    ("ondersteuning bij het schoonmaken", "hulp bij het opvoeden"), a noun of its own;
    not with a complement after "van" ("bij het invullen van formulieren": the
    complement is the subject, as :func:`verb_form` reads "het ... van").

    >>> from kg.extract.dutchwords import tokens
    >>> activity(tokens("hulp bij het schoonmaken"), 3), activity(tokens("het schoonmaken"), 1)
    (True, False)
    >>> activity(tokens("bij het invullen van formulieren"), 2)
    False
    """
    return (
        k >= 2
        and words[k - 1][2].lower() == "het"
        and words[k - 2][2].lower() == "bij"
        and (k + 1 == len(words) or words[k + 1][2] != "van")
    )


#: An age group written with a plus sign ("75+'ers", "65+’ers", "65-plussers" is a word).
_PLUS_GROUP = re.compile(r"\b(\d{2})\+\s?['’]?ers\b")


def age_groups(text: str, start: int, end: int) -> list[tuple[int, str, int]]:
    """(start, label, end) of the age groups written with a plus sign in the span, each
    named as its word form ("75+'ers" → ``75-plusser``, as "75-plussers" is).

    >>> s = "Het aantal 75+’ers groeit."
    >>> age_groups(s, 0, len(s))
    [(11, '75-plusser', 18)]
    """
    found = _PLUS_GROUP.finditer(text, start, end)
    return [(m.start(), f"{m.group(1)}-plusser", m.end()) for m in found]


#: Forms of the verbs whose particle is "tekort" ("tekortschieten", "tekortkomen": to fall
#: short, to lack): after one of them "tekort" is no noun ("de capaciteit schiet tekort").
_SHORT_VERBS = (
    "schiet", "schieten", "schoot", "schoten", "geschoten", "komt", "komen", "kwam",
    "kwamen", "gekomen", "kom",
)  # fmt: skip
_SHORT_VERB = re.compile(r"\b(?:" + "|".join(_SHORT_VERBS) + r")\b", re.IGNORECASE)


def short_particle(text: str, start: int, end: int) -> bool:
    """Whether "tekort" at ``text[start:end]`` is the particle of "tekortschieten" or
    "tekortkomen", not the noun ("het tekort"): a form of the verb stands before it in
    its clause, and no determiner (with at most an adjective) stands right before it
    ("er komen medewerkers tekort", "schiet volgens de Wmo-raad tekort in …"; not "er
    komt volgend jaar een fors tekort").

    >>> s = "De capaciteit schiet tekort, want er komen medewerkers tekort."
    >>> [short_particle(s, i, i + 6) for i in (21, 55)]
    [True, True]
    >>> s = "Het tekort loopt op en er is een groot tekort; er komt een tekort aan plekken."
    >>> [short_particle(s, i, i + 6) for i in (4, 39, 60)]
    [False, False, False]
    >>> s = "Er komt een fors tekort. Het team schiet volgens de raad tekort in de zorg."
    >>> [short_particle(s, i, i + 6) for i in (17, 57)]
    [False, True]
    """
    if text[start:end].lower() != "tekort":
        return False  # "er komen tekorten": the plural is the noun
    head = text[max(0, start - 80) : start]
    cut = max(head.rfind(c) for c in ".,;:")
    head = head[cut + 1 :]
    found = list(_SHORT_VERB.finditer(head))
    if not found:
        return False
    between = head[found[-1].end() :].split()
    return not between or not _determined(between)


#: Determiners of a neuter singular noun ("het tekort", "een fors tekort", "geen tekort").
_NEUTER_DETERMINERS = frozenset(
    {"het", "een", "dit", "dat", "geen", "ons", "hun", "zijn", "haar", "elk", "ieder", "welk"}
)


def _determined(between: list[str]) -> bool:
    """Whether the words before "tekort" end in a determiner, or in one and an adjective
    ("een", "een fors"): then "tekort" is the noun. Any other word there ("schiet volgens
    de Wmo-raad tekort in …", "komen mensen tekort") leaves it the verb's particle.

    >>> _determined(["een", "fors"]), _determined(["volgens", "de", "wethouder"])
    (True, False)
    """
    last = between[-1].lower()
    if last in _NEUTER_DETERMINERS:
        return True
    # an adjective ("fors", "groot", "structureel") has no noun lemma
    return (
        len(between) > 1
        and between[-2].lower() in _NEUTER_DETERMINERS
        and ((VERDICTS.get(last) or word_verdict(last))[1] is None)
    )


def report_verb(words: Words, k: int) -> bool:
    """Whether word ``k`` is a verb of reporting (:data:`~kg.extract.reportwords.REPORT_VERBS`)
    used as a verb: no article or preposition before it ("zij monitoren de wachtlijsten",
    "de cijfers tonen een daling"; not "de monitoren van de regio").

    >>> from kg.extract.dutchwords import tokens
    >>> report_verb(tokens("zij monitoren de wachtlijsten"), 1)
    True
    >>> report_verb(tokens("de monitoren van de regio"), 1)
    False
    """
    low = words[k][2].lower()
    return low in REPORT_VERBS and not (k and words[k - 1][2].lower() in NOT_BEFORE_VERBS)


#: The words :func:`no_noun_here` reads besides those after an apostrophe or a parenthesis
#: and those that end a clause.
NOUNLESS = REPORT_VERBS | {"tekort"}
#: Words after which a clause-final word in -en is the verb ("naar elkaar toe schuiven.",
#: "dat moet kloppen."): the separable particles that are no prepositions and the modal
#: verbs (ANS: scheidbare werkwoorden, modale hulpwerkwoorden); not "samen", also an adverb
#: before a noun ("bespreken samen knelpunten.").
_BEFORE_FINAL_VERB = frozenset(
    {"toe", "mee", "terug", "vast", "weg", "los", "moet", "moeten", "kan", "kunnen",
     "wil", "willen", "zal", "zullen", "zou", "zouden", "mag", "mogen", "hoeft", "hoeven"}
)  # fmt: skip


#: Adverbs that may stand between a modal verb and its infinitive ("moet wel kloppen").
_BETWEEN = frozenset({"wel", "niet", "ook", "nog", "echt", "altijd", "nooit", "zeker"})


def final_verb(words: Words, k: int, text: str) -> bool:
    """Whether word ``k``, in -en, is the verb that ends its clause after a particle or a
    modal verb ("dat zij naar elkaar toe schuiven.", "dat moet (wel) kloppen,"), however its
    form reads as a plural noun ("schuif", "klop").

    >>> from kg.extract.dutchwords import tokens
    >>> s = "De terreinen schuiven naar elkaar toe schuiven, want het moet kloppen."
    >>> [final_verb(tokens(s), k, s) for k in (6, 10)]
    [True, True]
    >>> s = "Zij bespreken samen knelpunten en er zijn ook wachtlijsten."
    >>> [final_verb(tokens(s), k, s) for k in (3, 8)]
    [False, False]
    """
    s, e, word = words[k]
    if k == 0 or word[-2:] != "en" or text[e : e + 1] not in CLAUSE_ENDS:
        return False
    before = words[k - 1][2].lower()
    if before in _BEFORE_FINAL_VERB:
        return True
    return before in _BETWEEN and k > 1 and words[k - 2][2].lower() in _BEFORE_FINAL_VERB


def no_noun_here(words: Words, k: int, text: str) -> bool:
    """Whether word ``k``, a noun by its form, is none where it stands: a place name with
    the old genitive ("'s-Hertogenbosch"), an abbreviation in parentheses after what it
    abbreviates (the same topic: "de Huishoudelijke Hulp Toelage (HHT)"), a verb of
    reporting (:func:`report_verb`) or the particle "tekort" (:func:`short_particle`).

    >>> from kg.extract.dutchwords import tokens
    >>> s = "De teams schieten tekort in 's-Hertogenbosch."
    >>> [no_noun_here(tokens(s), k, s) for k in (1, 3, 5)]
    [False, True, True]
    >>> s = "een persoonsgebonden budget (pgb)"
    >>> no_noun_here(tokens(s), 3, s)
    True
    """
    s, e, word = words[k]
    low = word.lower()
    if low[:2] == "s-" and s and text[s - 1] in "'’":
        return True
    if s and text[s - 1] == "(" and text[e : e + 1] == ")" and (word.isupper() or len(word) <= 5):
        return True  # an abbreviation after what it abbreviates: "(HHT)", "(pgb)"
    if report_verb(words, k) or final_verb(words, k, text):
        return True
    return low == "tekort" and short_particle(text, s, e)


#: The ends of a compound that names a team's staff ("wijkteammedewerker", "teamlid").
_STAFF = ("medewerker", "leden", "lid", "consulent", "professional")


def team_of_staff(noun: str) -> str:
    """The team a compound of its staff names ("wijkteammedewerker", "gebiedsteamleden"
    → the team), or the noun itself: staff are read as their team, as speakers are
    ("medewerkers van de gebiedsteams" are the team).

    >>> team_of_staff("wijkteammedewerker"), team_of_staff("jeugdteamleden")
    ('wijkteam', 'jeugdteam')
    >>> team_of_staff("medewerker"), team_of_staff("teamlid"), team_of_staff("wijkteam")
    ('medewerker', 'teamlid', 'wijkteam')
    """
    if "team" not in noun:
        return noun
    for staff in _STAFF:
        stem = noun[: -len(staff)]
        if noun.endswith(staff) and len(stem) > 4 and stem.endswith("team"):
            return stem
    return noun


#: Prefixes of inseparable verbs, whose past participle takes no "ge-" ("onderschat",
#: "verwaarloosd", "onderbelicht"; ANS 8.3.3: be-, er-, ge-, her-, ont-, ver- and the
#: unstressed onder-, over-, door-, mis-, vol-, achter-).
INSEPARABLE = (
    "be", "er", "ge", "her", "ont", "ver", "onder", "over", "door", "mis", "vol", "achter",
)  # fmt: skip


def attributive_participle(words: Words, k: int, verb: bool) -> bool:
    """Whether word ``k`` is an undeclined past participle between "een" and its noun
    ("een onderschat probleem", "een onderbelicht thema"): an adjective, no topic.

    A participle in -t or -d goes undeclined only before a singular neuter noun after
    "een" (ANS 5.3); a noun stands there only as a compound, which is written as one
    word. The word is a verb form by its lemma, or opens with an inseparable prefix. The
    caller checks that a content word follows.

    >>> from kg.extract.dutchwords import tokens
    >>> attributive_participle(tokens("een onderbelicht thema"), 1, False)
    True
    >>> attributive_participle(tokens("een tekort personeel"), 1, False)
    False
    """
    low = words[k][2].lower()
    return (
        k > 0
        and low[-1:] in "td"
        and words[k - 1][2].lower() == "een"
        and (verb or (low.startswith(INSEPARABLE) and len(low) >= 7))
    )


#: Words before "adverb + infinitive" that make it a noun phrase ("het ambulant werken",
#: "voor begeleid wonen"), and the endings of the adverbs and participles in it.
MANNER_OPENERS = frozenset(
    form
    for word in ("het", "voor", "bij", "met", "van", "naar", "over", "door", "tot")
    for form in (word, word.capitalize())
)
_MANNER_ENDINGS = (
    "t", "d", "end", "ief", "isch", "ig", "aal", "eel", "lijk", "baar", "zaam",
)  # fmt: skip


def manner_infinitive(words: Words, k: int, text: str) -> tuple[int, str, int] | None:
    """(start, label, end) of an infinitive with the undeclined word of manner before it,
    as a noun ("het ambulant werken", "het wijkgericht werken", "voor begeleid wonen",
    "het outreachend werken"): a way of working or living the field names, where the
    word alone would be no noun.

    The phrase follows "het" or a preposition (a fronted adverb before a plural verb,
    "Tegelijk geven zij …", opens a clause instead); the word before the infinitive has
    the ending of an adverb or participle and is no het-noun (which would be the
    infinitive's object: "het budget beheren").

    >>> from kg.extract.dutchwords import tokens
    >>> s = "Het ambulant werken en het budget beheren gaan goed."
    >>> manner_infinitive(tokens(s), 1, s), manner_infinitive(tokens(s), 5, s)
    ((4, 'ambulant werken', 19), None)
    >>> s = "Het duurt tot gemiddeld zeven weken."
    >>> manner_infinitive(tokens(s), 3, s) is None
    True
    """
    if not k or k + 1 >= len(words) or words[k - 1][2] not in MANNER_OPENERS:
        return None
    s, e, word = words[k]
    after = words[k + 1]
    low, next_low = word.lower(), after[2].lower()
    if after[0] - e != 1 or len(next_low) < 5 or not low.endswith(_MANNER_ENDINGS):
        return None  # not "met taal en werk"
    if not infinitive(next_low) or next_low in FUNCTION_WORDS:
        return None  # not a numeral spelled like a verb ("tot gemiddeld zeven jaar")
    if is_neuter(low, het_nouns(text)) or low.endswith(NOUN_SUFFIXES):
        return None
    return s, f"{low} {next_low}", after[1]


def participle_form(label: str) -> bool:
    """Whether a one-word label has the form of a past participle ("geletterd", "gestraft";
    not "geld", "gebied", "gezondheid").

    >>> [participle_form(w) for w in ("geletterd", "geld", "gebied", "gezondheid", "gezin")]
    [True, False, False, False, False]
    """
    return (
        len(label) >= 7
        and label[:2] == "ge"
        and label[-1:] in "dt"
        and " " not in label
        and not label.endswith(NOUN_SUFFIXES)
    )
