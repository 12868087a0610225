"""Tone of invented Dutch claims: cues from ontology/tone.ttl, scope from negation."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, polarity_of

_polarity = polarity_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ook het registratiesysteem werkt niet altijd goed.", "negative"),
        ("De buurtcoaches zijn erg tevreden over het nieuwe loket.", "positive"),
        ("De aanvragen leveren weinig problemen op.", "positive"),
        ("Het loket is goed bereikbaar, maar de formulieren zijn te ingewikkeld.", "mixed"),
        ("Er is weliswaar een nieuw loket, maar de drempel blijft hoog.", "mixed"),
        ("Een langere voorbereiding was beter geweest.", "negative"),
        ("Het verzoek van de school werd niet ingewilligd.", "negative"),
        ("Het loket is op dinsdag geopend.", "neutral"),
    ],
)
def test_polarity_with_scope(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Een wachtlijst voor dagbesteding is er niet.",
        "Een wachtlijst voor schuldhulpverlening is er niet, aldus de wethouder.",
        "Er zijn geen wachtlijsten voor begeleiding, vertelt een beleidsmedewerker.",
        "Wachtlijsten voor de jeugdhulp zijn er op dit moment niet.",
    ],
)
def test_denied_problem_is_good_news(sentence):
    # a problem denied is good news; the service it is for is not said to be lacking
    assert _polarity(sentence) == "positive"


def test_negated_lack_is_negative():
    # "beschut werk" names a lack in the taxonomy: saying there is none confirms it
    assert _polarity("Er is nog geen beschut werk beschikbaar.") == "negative"


def test_no_cue_is_a_problem_label():
    from extract_helpers import ONTOLOGY

    from kg.extract.mentions import singular
    from kg.ontology import lexicon_entries, load_ontology, polarity_cues

    graph = load_ontology(ONTOLOGY)
    problems = {singular(e.label) for e in lexicon_entries(graph) if e.kind == "problem"}
    cues = {singular(c.label) for c in polarity_cues(graph)}
    assert not cues & problems
    # and the appraisal lexicon's words (kg/data/appraisal-lexicon.tsv), as loaded
    from kg.extract.appraisal import appraisal_cues

    labels = [e for e in lexicon_entries(graph) if e.kind == "problem"]
    assert not {singular(c.label) for c in appraisal_cues(polarity_cues(graph), labels)} & problems


def test_tone_cues_come_from_tone_ttl_only():
    from extract_helpers import ONTOLOGY
    from rdflib import Graph
    from rdflib.namespace import SKOS

    vocab = Graph().parse(ONTOLOGY / "vocabularies.ttl")
    assert not list(vocab.triples((None, SKOS.hiddenLabel, None))) or all(
        "polarity" not in str(s) for s, _, _ in vocab.triples((None, SKOS.hiddenLabel, None))
    )
    tone = Graph().parse(ONTOLOGY / "tone.ttl")
    assert len(list(tone.triples((None, SKOS.hiddenLabel, None)))) > 100


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a problem named by its subject (a service, an arrangement) is no judgement
        ("De gemeente koopt de dagbesteding in via raamcontracten.", "neutral"),
        ("Het college regelt de inkoop samen met de buurgemeenten.", "neutral"),
        # a problem named by its difficulty still is
        ("In het dorp groeit de eenzaamheid onder ouderen.", "negative"),
        # a subject negated or diminished is a lack
        ("Volgens de raadsleden is er weinig grip op de uitgaven.", "negative"),
    ],
)
def test_subject_labels_count_only_as_a_lack(sentence, expected):
    assert _polarity(sentence) == expected


def test_care_is_not_a_cue_of_worry():
    """ "zorg" (care) must not match the cue of worry ("zich zorgen maken")."""
    assert _polarity("De gemeente koopt de zorg voor jongeren regionaal in.") == "neutral"
    assert _polarity("Ouders maken zich zorgen over de wachttijd.") == "negative"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a problem label naming the difficulty counts when stated
        ("Het buurtteam kampt met een hoge caseload.", "negative"),
        # "had liever" is counterfactual: the positive word criticises what happened
        ("De wethouder had liever gezien dat de regels duidelijker waren.", "negative"),
        # "zou … moeten" about the status quo: it falls short
        ("Het Rijk zou de gemeenten meer tijd moeten geven.", "negative"),
        # a concession opened by "al"
        ("Het loket werkt goed, al vinden ouders de formulieren te lang.", "mixed"),
        ("Het nieuwe loket is een succes, al bezoeken vooral ouderen het.", "mixed"),
        ("Al jaren werkt het loket goed.", "positive"),
        # agreements reached, going forward or backward
        ("Met de scholen is afgesproken dat de jeugdarts elke maand langskomt.", "positive"),
        ("In het nieuwe model gaat de gemeente er flink op achteruit.", "negative"),
    ],
)
def test_construction_rules(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # too little of something
        ("In de wijk lopen weinig trajecten naar werk.", "negative"),
        # a subject label does not keep a bare negation from counting
        ("De gemeente heeft nauwelijks invloed op de inkoop.", "negative"),
    ],
)
def test_scarcity_and_bare_negation(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a difficulty taken away
        ("Inmiddels is de achterstand bij het loket weggewerkt.", "positive"),
        ("De nieuwe werkwijze lost de wachtlijst op.", "positive"),
        ("De achterstand bij het loket groeit.", "negative"),
        # "(te)" marks excess as "te" does
        ("Alles is nu (te) strak geregeld.", "negative"),
    ],
)
def test_removal_and_excess(sentence, expected):
    assert _polarity(sentence) == expected


def test_negation_reaches_through_sprake_van():
    """ "er is nog geen sprake van …": what follows "sprake van" is negated."""
    assert _polarity("Volgens ouders is er nog niet echt sprake van een goede samenwerking.") == (
        "negative"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the first judgement of a clause governs what follows it: a good thing
        # that is hard to reach is a difficulty, not a mixed verdict
        ("Het is moeilijk een goede vorm voor de wijkteams te vinden.", "negative"),
        ("Het blijft lastig om voldoende vrijwilligers te krijgen.", "negative"),
        # and a good verdict about a difficulty stays good
        ("De consulenten zijn zich goed bewust van de knelpunten.", "positive"),
        # across a contrast both judgements still count
        ("Het loket is goed bereikbaar, maar de formulieren zijn lastig.", "mixed"),
    ],
)
def test_first_judgement_of_a_clause_governs(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # verbs of hindrance and dispute are judgements; negated, they approve
        ("De nieuwe regels remmen de samenwerking in de wijk.", "negative"),
        ("Dat het loket werkt, wordt door niemand betwist.", "positive"),
        # "sterk" is a degree word, not approval
        ("De gemeenten in de regio verschillen sterk in omvang.", "neutral"),
    ],
)
def test_hindrance_and_degree_words(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # words of a divided judgement make the claim mixed
        ("Ouders kijken met gemengde gevoelens naar het nieuwe loket.", "mixed"),
        ("De oordelen over de regionale inkoop zijn niet eenduidig.", "mixed"),
        # a concession "wel …, maar …" is two-sided even without a judgement word
        ("De raad kan wel bijsturen, maar de stukken komen laat.", "mixed"),
    ],
)
def test_divided_judgement_and_concession(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a difficulty that grows quickly: "snel" measures, it does not approve
        ("Het aantal inwoners met schulden neemt snel toe.", "negative"),
        # something set going, with no judgement word, reads as progress
        ("De gemeente zet in op vroegsignalering.", "positive"),
        ("In de wijk is een nieuw buurtloket opgezet.", "positive"),
        # an obligation or an open question is not something done
        ("Er moet een nieuw buurtloket worden opgezet.", "neutral"),
        ("Of de proef wordt uitgebreid, hangt af van de evaluatie.", "neutral"),
    ],
)
def test_growth_and_initiative(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a separable verb split by other words keeps its tone
        ("De opkomst bij de inloop valt het eerste jaar tegen.", "negative"),
        ("De kleine schaal van het dorp draagt daar wel aan bij.", "positive"),
        # a particle that does not close the clause is a preposition
        ("De consulent valt terug op de regels tegen de achtergrond van de wet.", "neutral"),
    ],
)
def test_separated_particle_verbs(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # neutral verbs that share a lemma with a judgement word are no cue
        ("De aanbieders hebben hun budgetplafond bereikt.", "neutral"),
        ("De gemeente wil de inwoners betrekken bij het beleid.", "neutral"),
        ("Het budget wordt verdeeld over de kernen.", "neutral"),
        ("De consulenten gaan direct aan de slag.", "neutral"),
        ("Een ondernemer zoekt een medewerker.", "neutral"),
    ],
)
def test_neutral_lemmas_are_no_cues(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a question, a choice and a condition state no shortfall
        ("Draait niet al het beleid om het welzijn van inwoners?", "neutral"),
        ("De raad stort het overschot in een reserve en niet naar de pot.", "neutral"),
        ("De wijkcoach belt als de afspraak niet wordt nagekomen.", "neutral"),
        # a stated negation still is one
        ("De aanvraag van de school werd niet gehonoreerd.", "negative"),
    ],
)
def test_bare_negation_needs_a_statement(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a turn with no judgement word of its own still opposes the judgement before it
        ("Huisartsen zijn tevreden over het loket, maar missen een vast aanspreekpunt.", "mixed"),
        # a judgement after the turn is the point of the claim
        ("De raad stelde vragen over de regels, maar het antwoord is onduidelijk.", "negative"),
        # "maar ook" adds, it does not turn
        ("Het loket is goed bereikbaar, maar ook de wijkteams doen mee.", "positive"),
    ],
)
def test_a_turn_opposes_the_judgement_before_it(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a cut imposed on the municipality
        ("De gemeente moet volgend jaar fors bezuinigen op de bijstand.", "negative"),
        # a concern counted among others
        ("Een tweede zorg betreft de huisvesting van jongeren.", "negative"),
        # a discrepancy between two accounts
        ("De landelijke cijfers wijken af van de eigen registratie.", "negative"),
        # knowledge and information shared between partners
        ("In het wijkteam wordt nu kennis gedeeld tussen de disciplines.", "positive"),
    ],
)
def test_cuts_concerns_and_sharing(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De facturen van de aanbieders komen pas weken later binnen.", "negative"),
        ("Er zijn steeds meer vrijwilligers nodig voor de voedselbank.", "negative"),
        # "pas na" marks an order of events, not a delay
        ("Het eigenlijke werk begint pas na de verhuizing.", "neutral"),
    ],
)
def test_delay_and_need_for_more(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a separated particle followed by a comparison or a partner
        ("De wijkverpleegkundigen werken meer samen dan voorheen.", "positive"),
        ("De opkomst valt het eerste jaar tegen met veertig deelnemers.", "negative"),
        ("De praktijk wijkt sterk af van wat het ministerie verwacht.", "negative"),
        # closer cooperation is an improvement; a partnership alone states an arrangement
        ("De scholen werken sinds dit jaar nauwer samen met de wijkagent.", "positive"),
        ("De school werkt sinds dit jaar samen met de wijkagent.", "neutral"),
        # the particle word far from the verb, inside a longer phrase, is no particle
        ("De opkomst valt in de zomer meestal op een zaterdag tegen de verwachting in.", "neutral"),
    ],
)
def test_separated_particle_before_comparison_or_partner(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bare "wel" grants a fact: the verdict on the other side stands alone
        ("De gemeente heeft hierin wel een rol, maar die rol is beperkt.", "negative"),
        # "weliswaar" concedes a side of its own: the claim stays mixed
        ("Er is weliswaar een nieuw loket, maar het is te ingewikkeld.", "mixed"),
        # two judged sides set against each other stay mixed with "wel" too
        ("Het loket werkt wel goed, maar de regels zijn te ingewikkeld.", "mixed"),
    ],
)
def test_concession_by_wel(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the standard of a comparison is not a judgement of the facts
        ("De buurtcoaches zijn tevreden: er vielen minder ontslagen dan gevreesd.", "positive"),
        # two negations make a reassurance, not a complaint
        ("Het contract zorgde ervoor dat geen inwoner zonder hulp kwam te zitten.", "positive"),
    ],
)
def test_comparison_standard_and_double_negation(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an aim named as a noun phrase or by the infinitive of "om … te"
        ("Tijd is het sleutelwoord voor een succesvol sociaal domein.", "neutral"),
        ("De inwoners betalen zelf, om zuinig gebruik te stimuleren.", "neutral"),
        # a word of difficulty that an aim acts on ("om … af te remmen") judges nothing
        ("Het college zet wijkteams in, om de instroom in dure zorg af te remmen.", "neutral"),
        ("De zorg is te duur om te betalen.", "negative"),
    ],
)
def test_aims_are_no_verdicts(sentence, expected):
    assert _polarity(sentence) == expected


def test_negation_inside_an_aim_is_no_verdict():
    s = "De gemeente koos ervoor om niet eerst naar professionele hulp te kijken."
    assert _polarity(s) == "neutral"


def test_problematiek_names_a_subject():
    s = "De gemeenten in de regio verschillen in omvang en problematiek."
    assert _polarity(s) == "neutral"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a negation in a restrictive relative clause says who is meant
        ("De buurthulp is bedoeld voor inwoners die het niet zelf kunnen betalen.", "neutral"),
        ("Vrijwilligers koken voor wie dat zelf niet meer kan.", "neutral"),
        # a negation of the main clause stays a verdict
        ("De aanvraag van de inwoners werd niet ingewilligd.", "negative"),
    ],
)
def test_negation_in_restrictive_relative_clause(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an opening indirect question states nothing of what it asks
        ("Of de nieuwe werkwijze goed werkt, moet nog blijken.", "neutral"),
        ("Of de nieuwe werkwijze goed werkt, betwijfelen de raadsleden.", "negative"),
        # an urgent need says the present falls short
        ("Een omslag in het denken over mantelzorg is hard nodig.", "negative"),
    ],
)
def test_open_question_and_urgent_need(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "of" joining two options: the negation is stated
        ("Van vast overleg of een pendel met het ministerie is geen sprake.", "negative"),
        # "of" asking whether: nothing is stated
        ("Het is de vraag of de aanvraag niet wordt ingewilligd.", "neutral"),
    ],
)
def test_of_joining_options_or_asking(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # involvement stated as a fact, and willingness to take part, are approval
        ("De wijkverpleegkundige is betrokken bij alle huisbezoeken.", "positive"),
        ("De scholen willen graag meewerken aan de pilot.", "positive"),
        # results that vary widely are a divided judgement
        ("De opkomst bij de avonden wisselt sterk.", "mixed"),
        # a plain importance judgement set against a difficulty is two-sided
        ("De huisarts is een belangrijke, maar lastige partner.", "mixed"),
    ],
)
def test_involvement_importance_and_variation(sentence, expected):
    assert _polarity(sentence) == expected


def test_something_good_lost_is_negative():
    # a positive word in a clause of loss names what was lost
    assert _polarity("Het snelle overleg met de school is nu weg.") == "negative"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a problem named as the focus or a factor is no difficulty stated
        ("In het beleid staat de eenzaamheid van ouderen centraal.", "neutral"),
        ("Bij de keuze speelde de vergrijzing (veel ouderen) een rol.", "neutral"),
        ("De eenzaamheid van ouderen neemt toe.", "negative"),
    ],
)
def test_a_focus_is_no_verdict(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an opposite word in the first judgement's complement belongs to it
        ("Het is moeilijk goede indicatoren te vinden.", "negative"),
        ("De consulenten zijn zich goed bewust van de eigen tekortkomingen.", "positive"),
        # a good thing that is missing is lost, not approved
        ("Een goede oplossing voor de wachttijd ontbreekt.", "negative"),
    ],
)
def test_complement_of_a_judgement_and_what_is_missing(sentence, expected):
    assert _polarity(sentence) == expected


def test_one_judgement_granted_and_denied_is_mixed():
    s = "Het loket werkt goed voor ouderen, minder goed voor jongeren."
    assert _polarity(s) == "mixed"


def test_an_intended_extension_reads_as_progress():
    assert _polarity("Het college wil de monitor aanvullen met verhalen.") == "positive"
    # an extension ruled out is no progress
    assert _polarity("Het college wil de samenwerking niet uitbreiden.") != "positive"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what must be better falls short now
        ("De samenwerking met de huisartsen moet beter.", "negative"),
        ("De regels voor de aanvraag moeten eenvoudiger.", "negative"),
        # and so does what must improve; improving as the aim of a purpose clause judges not
        ("De afstemming tussen de loketten moet verbeteren.", "negative"),
        ("De bereikbaarheid van het steunpunt moet worden verbeterd.", "negative"),
        ("Om de toegang te verbeteren moet de gemeente investeren.", "neutral"),
        # what is required or must be done is an aim, no verdict
        ("De eigen kracht van de wijk moet worden versterkt.", "neutral"),
        ("Dat vergt een zorgvuldige uitvoering van de regels.", "neutral"),
        # a difficulty that must be faced stays one
        ("De gemeente moet volgend jaar fors bezuinigen op de bijstand.", "negative"),
    ],
)
def test_obligation_states_an_aim_or_a_shortfall(sentence, expected):
    assert _polarity(sentence) == expected


def test_having_to_wait_is_negative():
    assert _polarity("Ouders moeten maanden wachten op een eerste gesprek.") == "negative"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # general evaluative Dutch: challenge, lag, ease, worth, reciprocity, idiom
        ("De samenwerking met de huisartsen is een uitdaging.", "negative"),
        ("De transformatie loopt achter op de planning.", "negative"),
        ("Het aanvragen van een voorziening is niet eenvoudig.", "negative"),
        ("De buurtcoach heeft duidelijk meerwaarde voor de wijk.", "positive"),
        ("De scholen en het wijkteam weten elkaar te vinden.", "positive"),
        ("Veel inwoners vallen tussen wal en schip.", "negative"),
        ("De uitgaven aan jeugdhulp liepen uit de hand.", "negative"),
        ("De samenwerking met de scholen staat nog in de kinderschoenen.", "negative"),
        ("Het budget voor de huishoudelijke hulp is toereikend.", "positive"),
        ("Er ligt nog een wereld te winnen in de nazorg.", "negative"),
        ("De gemeente blijft binnen de begroting.", "positive"),
        ("De achterstand in de aanvragen is inmiddels ingehaald.", "positive"),
    ],
)
def test_general_evaluative_language(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "zwaar" beside a verb of weighing is a degree, no burden
        ("Bij de keuze voor een aanbieder weegt de reistijd zwaar mee.", "neutral"),
        ("De taak van de wijkteams is zwaar.", "negative"),
        # "beperkt" before a judged noun diminishes it, as "weinig" does
        ("Er zijn beperkte mogelijkheden voor dagbesteding.", "negative"),
        # a positive verb after "het" names an activity, not a result
        ("Het verbeteren van de toegang heeft voorrang.", "neutral"),
        ("Het verbeteren van de toegang is gelukt.", "positive"),
        # the noun "aanpak" (approach) is no judgement; "pakt aan" is
        ("De aanpak van de gemeente richt zich op gezinnen.", "neutral"),
        ("De gemeente pakt de wachtlijsten voortvarend aan.", "positive"),
    ],
)
def test_readings_that_judge_nothing(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # help that came within a short time is a good report
        ("Het jongerenloket belde binnen twee dagen terug.", "positive"),
        # a term set by rule or under an obligation is none
        ("Volgens raadsleden moet het wijkteam binnen een week reageren.", "neutral"),
    ],
)
def test_promptness(sentence, expected):
    assert _polarity(sentence) == expected


def test_a_claim_that_confirms_takes_the_tone_of_the_claim_before():

    text = (
        "Ambtenaren vinden de regels voor de bijstand te ingewikkeld. "
        "Onderzoek van de hogeschool bevestigt dit beeld."
    )
    _doc, ex = extract_text(text)
    assert [f.polarity for f in ex.findings] == ["negative", "negative"]
    text = "Het loket werkt goed. Raadsleden horen dat ook van inwoners."
    _doc, ex = extract_text(text)
    assert [f.polarity for f in ex.findings] == ["positive", "positive"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # taking long is late; a need of more is a shortfall
        ("De indicatiestelling voor jeugdhulp duurt erg lang.", "negative"),
        ("Er is behoefte aan meer overleg met de scholen.", "negative"),
        # a difficulty that disappears is solved, one that does not is not
        ("De wethouder verwacht dat het tekort volgend jaar verdwijnt.", "positive"),
        ("Toch zijn de wachtlijsten voor de jeugdhulp niet verdwenen.", "negative"),
        # a service people know how to find is reached
        ("Steeds meer inwoners weten het wijkteam te vinden.", "positive"),
        # a waiting time that shortens is a gain, one that lengthens a loss
        ("De wachttijden voor de Wmo zijn korter geworden.", "positive"),
        ("De wachttijden voor de Wmo zijn langer geworden.", "negative"),
        ("De inkoop van de jeugdhulp verliep chaotisch.", "negative"),
    ],
)
def test_lateness_need_disappearance_and_length(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # praise, support and things that get going; regret, worry, blind spots, dilemmas
        ("De raadsleden zijn goed te spreken over de informatie van het college.", "positive"),
        ("De nieuwe werkwijze komt nog niet goed van de grond.", "negative"),
        ("De raad staat achter de keuze van het college.", "positive"),
        ("De stijgende kosten baren de raad zorgen.", "negative"),
        ("Jongeren van 18 tot 23 jaar zijn een blinde vlek in het beleid.", "negative"),
        ("De consulenten staan voor een dilemma.", "negative"),
        ("De eigen bijdrage weerhoudt mensen ervan om hulp te vragen.", "negative"),
        # "kan beter" closing a clause after its subject, against a judgement before it
        (
            "Het contact met scholen verloopt goed, al kan de afstemming met huisartsen beter.",
            "mixed",
        ),
        ("De gemeente heeft veel bereikt, maar er is nog een lange weg te gaan.", "mixed"),
    ],
)
def test_idioms_of_praise_and_worry(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the predicate of a cue's noun says what the attributive cue says ("korte lijnen")
        ("De lijnen tussen het wijkteam en de huisartsen zijn kort.", "positive"),
        ("Aanbieders vertellen dat de lijnen met de gemeente kort zijn.", "positive"),
        ("De samenwerking met de scholen is nauw.", "positive"),
        ("De positie van mantelzorgers in de dorpen is kwetsbaar.", "negative"),
        # the adjective that does not close the clause is no predicate ("kort geleden": recently)
        ("De lijnen van de buslijn zijn kort geleden opnieuw vastgesteld.", "neutral"),
    ],
)
def test_predicate_of_an_attributive_cue(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a negated verb of meaning denies what its "dat" clause says
        ("Dat betekent niet dat er geen wachtlijsten meer zijn.", "negative"),
        ("Dat wil niet zeggen dat de samenwerking goed verloopt.", "negative"),
        ("Het is niet zo dat de regels te ingewikkeld zijn.", "positive"),
        # a negated verb of knowing does not: the fact stands
        ("De raad wist niet dat de wachtlijsten waren gegroeid.", "negative"),
    ],
)
def test_a_denied_complement_turns(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a near-denial of a problem denies it, as "geen" does: good news
        ("Van wachtlijsten is nauwelijks sprake.", "positive"),
        ("Van wachtlijsten is amper sprake.", "positive"),
        ("Er zijn nauwelijks of geen klachten over de huishoudelijke hulp.", "positive"),
        ("Er wordt amper gebruik gemaakt van de regeling.", "negative"),
    ],
)
def test_near_denials(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De raad is niet alleen tevreden over de inhoud, maar ook over het proces.", "positive"),
        ("De raad is niet alleen ontevreden over de inhoud, maar ook over het proces.", "negative"),
    ],
)
def test_niet_alleen_maar_ook_adds(sentence, expected):
    assert _polarity(sentence) == expected


def test_an_inflected_judgement_governs_no_te_infinitive():
    # "krappe" modifies its noun; "slaagt … te leveren" is the main clause's own verdict
    s = "Ondanks de krappe middelen slaagt de gemeente erin de zorg te leveren."
    assert _polarity(s) == "mixed"
    assert _polarity("Het is moeilijk goede indicatoren te vinden.") == "negative"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a judgement deferred judges nothing: neither the question nor its asking
        ("Het is nog te vroeg om te zeggen of de aanpak tot minder uitval leidt.", "neutral"),
        ("Het valt nog niet te zeggen of de kosten dalen.", "neutral"),
        ("Het moet nog blijken of de regionale inkoop voordeel oplevert.", "neutral"),
        ("Ambtenaren kunnen nog niet beoordelen of de transformatie slaagt.", "neutral"),
        (
            "Of de nieuwe werkwijze tot minder verwijzingen leidt, valt nog niet te zeggen.",
            "neutral",
        ),
        # a doubt still reads as one, and a judgement word of the asking clause counts
        ("Het is de vraag of het budget toereikend is.", "negative"),
    ],
)
def test_a_deferred_judgement(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # not knowing whether, deferred, is no verdict; still not knowing is a complaint
        ("Ambtenaren weten niet of het budget toereikend is.", "neutral"),
        ("We lezen lange rapportages en weten nog steeds niet of het goed gaat.", "negative"),
        # a clause that closes on "niet meer" negates what it holds
        ("Als mensen al jaren strijden, vertrouwen ze de gemeente ook niet meer.", "negative"),
        # labels of disbelief
        ('Een aanbieder van ambulante jeugdhulp noemt dat "absurd".', "negative"),
        # how much is said is no shortfall
        ("Over de provincie wordt weinig gezegd.", "neutral"),
    ],
)
def test_knowing_saying_and_no_longer(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a direct question asks and states nothing
        ("Hoe houd je als raad grip op een domein dat zo in beweging is?", "neutral"),
        ("Wat is de rol van de gemeente als het misgaat?", "neutral"),
        ("Draait niet het hele beleid om het welzijn van inwoners?", "neutral"),
    ],
)
def test_a_direct_question_states_nothing(sentence, expected):
    assert _polarity(sentence) == expected


def test_priorities_named_are_no_concern():
    # problems named as priorities are aims, not concerns raised
    sentence = "Ambtenaren noemen drie speerpunten: preventie, participatie en integraal werken."
    assert _polarity(sentence) == "neutral"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a group that can turn somewhere for help is served, no difficulty stated
        ("Dak- en thuislozen kunnen terecht in de nachtopvang van de centrumgemeente.", "neutral"),
        ("Daklozen kunnen terecht in de nachtopvang.", "neutral"),
    ],
)
def test_a_group_served(sentence, expected):
    assert _polarity(sentence) == expected


def test_a_service_named_as_a_complement_is_not_cut():
    sentence = "De wachttijd voor schuldhulp is teruggebracht van acht naar vier weken."
    assert _polarity(sentence) == "positive"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a negator before a judgement word is that word's, not the problem's after it
        ("De aanbieders zijn niet blij met de lagere tarieven.", "negative"),
        # an aim with an auxiliary after "te" is an aim ("om te kunnen investeren")
        ("De contracten met aanbieders zijn te kort om te kunnen investeren.", "negative"),
    ],
)
def test_negator_of_a_judgement_and_aims_with_auxiliaries(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # too early to judge judges nothing; a question asserts nothing; a wait that rose
        ("Volgens raadsleden is het daarvoor nog te vroeg.", "neutral"),
        ("Is de transformatie geslaagd?", "neutral"),
        ("Wel is de doorlooptijd van een aanvraag opgelopen van 4 naar 6 weken.", "negative"),
    ],
)
def test_too_early_a_question_and_a_longer_wait(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # work without coherence, vision or direction is criticised
        ("Het beleid is opgesteld zonder samenhang en zonder visie.", "negative"),
        ("De gemeente werkt zonder regie aan de uitvoering.", "negative"),
        # a worry voiced after an opening that puts the verb before its subject
        ("In de regio maakt men zich zorgen.", "negative"),
        ("Wat betreft de jeugdzorg maakt de wethouder zich zorgen.", "negative"),
        ("Er wordt met zorg gekeken naar de ontwikkeling van de kosten.", "negative"),
        # care for each other stays praise
        ("Inwoners zorgen voor elkaar.", "positive"),
    ],
)
def test_direction_lacking_and_worries_in_any_word_order(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # vigilance against a pitfall is care taken
        ("De gemeente waakt ervoor dat inwoners niet tussen wal en schip vallen.", "positive"),
        # effort that weighs
        ("Het kost veel tijd om alle aanbieders te contracteren.", "negative"),
    ],
)
def test_vigilance_and_effort(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a correction sets one focus against another and denies nothing
        ("Het gaat niet om het geld, maar om de kwaliteit van de begeleiding.", "neutral"),
        ("Het gaat er niet om wie de hulp biedt, maar om wat het gezin nodig heeft.", "neutral"),
        ("Het is geen kwestie van regels, maar van tijd.", "neutral"),
        # not a correction: the "maar" clause names no counterpart of the negated phrase
        ("De hulp komt niet op tijd, maar pas na weken.", "negative"),
        # a fronted "van" phrase is what a closing "geen sprake" denies
        ("Van grote problemen bij de overgang is geen sprake.", "positive"),
        ("Van verbetering van de bereikbaarheid is nauwelijks sprake.", "negative"),
        # a negated negative idiom is no difficulty
        ("Volgens de wethouder is de jeugdhulp geen bodemloze put.", "positive"),
    ],
)
def test_corrections_and_denied_cases(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what matters is a focus, not a verdict: "het gaat om"
        ("Het gaat de gemeente om goede zorg dichtbij huis.", "neutral"),
        ("Het gaat er niet om wie de hulp biedt, maar om een betere aansluiting.", "neutral"),
        # dealing with something ("gaat zorgvuldig om met") is no focus
        ("De gemeente gaat zorgvuldig om met persoonsgegevens.", "positive"),
    ],
)
def test_a_focus_states_no_verdict(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a subject bad to have many of does not lack when there are fewer of it
        ("In de wijk wonen dit jaar minder werklozen dan vorig jaar.", "positive"),
        # a good thing named as subject still lacks when there is less of it
        ("Er is in de dorpen minder mantelzorg dan vroeger.", "negative"),
        ("De buurtbewoners geven weinig burenhulp.", "negative"),
    ],
)
def test_fewer_of_a_bad_thing_is_no_lack(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a resource used up, the verb closing the claim
        ("De wethouder verwacht dat het armoedebudget in het najaar op is.", "negative"),
        ("Het college meldt dat de bestemmingsreserve voor jeugdhulp op is.", "negative"),
        ("Ambtenaren zeggen dat het geld voor de pilot op raakt.", "negative"),
        # "is op" opening a phrase is no using up
        ("Het budget voor jeugdhulp is op orde.", "positive"),
        ("De vergadering van de raad is op dinsdag.", "neutral"),
    ],
)
def test_a_resource_used_up_is_a_difficulty(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a good thing as subject, a verdict against it in the predicate: one verdict
        ("De vernieuwing van de dagbesteding stagneert.", "negative"),
        ("Het vertrouwen tussen de partners staat onder druk.", "negative"),
        ("De goede samenwerking met de scholen loopt vast.", "negative"),
        # two things judged apart stay two verdicts
        ("De samenwerking is goed, maar de wachttijden zijn lang.", "mixed"),
    ],
)
def test_the_predicate_judges_its_subject(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # understatement: a smallness or an "on-" adjective denied affirms
        ("Dat de teams binnen een jaar draaiden, is geen kleine prestatie.", "positive"),
        ("De inbreng van de cliëntenraad is niet onbelangrijk.", "positive"),
        ("Het eerste jaar van de wijkteams was niet onverdienstelijk.", "positive"),
        ("Het is niet ondenkbaar dat de gemeente de regeling voortzet.", "neutral"),
        # a large challenge stays a challenge
        ("Voor de kleine kernen is dat geen geringe uitdaging.", "negative"),
        # a plain negation still falls short
        ("De aanvraag van de stichting werd niet ontvangen.", "negative"),
    ],
)
def test_litotes_affirms(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # approval on a condition is a reservation
        ("Scholen zijn bereid mee te doen, mits de gemeente de kosten draagt en goed "
         "begeleidt.", "mixed"),
        ("De aanbieders willen graag meewerken op voorwaarde dat de tarieven omhoog gaan.",
         "mixed"),
        # "hoewel" concedes without a "maar"
        ("De schulden worden niet als groot probleem gezien, hoewel het aantal aanvragen "
         "stijgt.", "mixed"),
        # what seldom happens falls short; limited after a granted "wel", mixed
        ("Ouders met een uitkering vragen zelden bijzondere bijstand aan.", "negative"),
        ("De cliëntenraad wordt wel geïnformeerd, maar zelden om advies gevraagd.", "mixed"),
        # a denied "everywhere" reaches the verb
        ("Het nieuwe beleid wordt niet overal in de dorpen even goed begrepen.", "negative"),
        # waiting months, or more than four weeks
        ("Volgens de Wmo-raad wachten ouderen vaak drie maanden op een rolstoel.", "negative"),
        ("In de zomer wachten gezinnen gemiddeld negen weken op een intake.", "negative"),
        ("Het duurt voor de meeste aanvragers erg lang voordat er een besluit is.", "negative"),
    ],
)  # fmt: skip
def test_conditions_concessions_rarity_and_waiting(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Het UWV heeft zijn vestiging in Teststad in 2015 gesloten.", "negative"),
        ("Sinds het ziekenhuis zijn afdelingen heeft afgebouwd, reizen ouderen ver.", "negative"),
        ("Het gezamenlijke sociaal bureau werd in 2014 opgeheven.", "neutral"),
    ],
)
def test_facility_closed_is_a_loss(sentence, expected):
    # a place where people are served, closed: a service lost; a body dissolved is no loss
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Raadsleden vinden de kwartaalrapportage informatief.", "positive"),
        ("Voor korte klussen melden zich genoeg vrijwilligers.", "positive"),
        ("Mantelzorgers voelen zich gehoord door de gemeente.", "positive"),
        ("Raadsleden vinden de rapportage informatief, maar te laat.", "mixed"),
        # a lenient stance, the counterpart of "kritischer"
        ("Over de provincie is het college milder.", "positive"),
        # "zich zien als" is no feeling seen ("gezien" matched on its lemma would be)
        ("De medewerkers zeggen dat zij zich zien als spil in de wijk.", "neutral"),
    ],
)
def test_information_quality_enough_and_recognition(sentence, expected):
    # the rest of the classes of "overzichtelijk", "voldoende" and "serieus genomen"
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what could not have been is the reason: the verdict before it stands
        ("De wijkteams zijn blij met de regionale inkoop, omdat zij alleen nooit zo ver hadden "
         "kunnen komen.", "positive"),
        # a counterfactual in the main clause still criticises
        ("Een langere aanloop was beter geweest.", "negative"),
    ],
)  # fmt: skip
def test_a_counterfactual_reason_does_not_turn_the_verdict(sentence, expected):
    assert polarity_of(sentence) == expected


def test_people_from_benefits_into_work_is_good_news():
    from extract_helpers import polarity_of

    s = "Volgens de ambtenaar kwamen in 2016 140 mensen vanuit de bijstand aan het werk."
    assert polarity_of(s) == "positive"
    s = "Een bakker nam twee mensen uit de bijstand in dienst, maar dat kostte veel papierwerk."
    assert polarity_of(s) == "mixed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Onder de Wmo staat dit jaar een rood getal.",
        "De jeugdhulp sloot 2016 af met een rood getal.",
        "In de kolom voor de jeugd staan rode getallen.",
        "Op de begroting van het sociaal domein staat een rood getal van twee miljoen.",
    ],
)
def test_red_figures_are_a_deficit(sentence):
    # "een rood getal" is a deficit (problem/budget-overrun, beside "rode cijfers"): negative
    _doc, ex = extract_text(sentence)
    assert [f.polarity for f in ex.findings] == ["negative"]
    assert any(c.endswith("problem/budget-overrun") for c in ex.findings[0].concerns)


def test_black_figures_are_no_deficit():
    assert _polarity("De Wmo sloot 2016 af met zwarte cijfers.") != "negative"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a long way to work or still to go is a shortfall, the way to work found is not
        ("Statushouders hebben een lange weg naar werk door de taal.", "negative"),
        ("Voor veel bijstandsgerechtigden is het een lange weg naar een baan.", "negative"),
        ("Jongeren zonder diploma hebben een lange weg naar de arbeidsmarkt.", "negative"),
        ("Met de integrale toegang heeft de gemeente nog een lange weg voor de boeg.", "negative"),
        ("De klantmanagers wijzen hun klanten de weg naar werk.", "positive"),
    ],
)
def test_a_long_way_to_go(sentence, expected):
    assert _polarity(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # going without the basics of a living, or without a say, is a hardship
        ("Veel gezinnen in de wijk zitten al jaren zonder werk.", "negative"),
        ("Jongeren staan na hun achttiende zonder woning en inkomen op straat.", "negative"),
        ("De raad voelt zich in de regio een partner zonder stem.", "negative"),
        # denied, the hardship is a reassurance
        ("Geen enkel gezin is zonder woning komen te zitten.", "positive"),
    ],
)
def test_going_without_the_basics_is_a_hardship(sentence, expected):
    assert _polarity(sentence) == expected
