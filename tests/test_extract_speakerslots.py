"""The slots other than the subject's from which a group speaks (one group, one sentence)."""

from __future__ import annotations

import pytest

from kg.extract.model import SentenceMention
from kg.extract.sentencecache import clear
from kg.extract.speakerslots import other_slot
from tests.extract_helpers import extract_text, finding_for, key, speakers_of


def ask(sentence: str, group: str, initial: bool = False, subject_speaker: bool = False):
    """other_slot of the group named ``group`` in ``sentence`` (the whole text)."""
    clear()
    start = sentence.index(group)
    m = SentenceMention("role/x", "role", start, start + len(group), group, 0)
    after = sentence[m.end :]
    return other_slot(sentence, 0, len(sentence), m, after, initial, subject_speaker)


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Volgens raadsleden gaat het goed.", "raadsleden"),
        ("Naar de mening van de wethouder is het budget krap.", "wethouder"),
        ("Daarom vinden ambtenaren het goed.", "ambtenaren"),
        ("In 2015 hebben ambtenaren gemerkt dat het druk was.", "ambtenaren"),
        ("Vanuit de zorgaanbieders wordt aangegeven dat het krap is.", "zorgaanbieders"),
        ("Bij raadsleden leeft het gevoel dat het beter kan.", "raadsleden"),
        ("Bij de huisartsen ziet men dat de lijnen kort zijn.", "huisartsen"),
        ("De ervaring van de consulenten is dat het werkt.", "consulenten"),
        ("Er is bij ambtenaren zorg over de kosten.", "ambtenaren"),
        ("In het gesprek met de wethouder kwam naar voren dat het goed gaat.", "wethouder"),
        ("Voor de wethouder is het duidelijk dat het moet.", "wethouder"),
        ("Over de toegang zijn raadsleden tevreden.", "raadsleden"),
        # three words between the group and its stance
        ("Samengevat zijn de gesprekspartners in Teststad gematigd positief.", "gesprekspartners"),
        ("Dat wordt herkend door de wijkteams.", "wijkteams"),
        ("Er wordt door de wethouder op gewezen dat het krap is.", "wethouder"),
        ("Wat de wethouder betreft, is het klaar.", "wethouder"),
        ("Het beeld van de raad is dat het goed gaat.", "raad"),
        ("Het valt raadsleden op dat het druk is.", "raadsleden"),
        ("In gesprekken met huisartsen werd duidelijk dat het druk is.", "huisartsen"),
        ("Navraag bij de woningcorporatie leert dat het druk is.", "woningcorporatie"),
        ("Bij navraag bij de scholen blijkt dat het druk is.", "scholen"),
        ("Voor zorgaanbieders is het onduidelijk welke eisen gelden.", "zorgaanbieders"),
        ("Het wijkteam wordt door de huisartsen als traag gezien.", "huisartsen"),
        ("Het idee leeft bij raadsleden dat de kosten stijgen.", "raadsleden"),
        ("Het gevoel overheerst onder zorgaanbieders dat het te veel is.", "zorgaanbieders"),
        ("Onder ambtenaren is het draagvlak voor de aanpak groot.", "ambtenaren"),
        ("Door zorgaanbieders wordt geklaagd over de lasten.", "zorgaanbieders"),
        ("Binnen de wijkteams wordt gevreesd dat het krap is.", "wijkteams"),
        ("Binnen het wijkteam leeft het gevoel dat het te druk is.", "wijkteam"),
        ("Vanuit de raad is er kritiek op de informatie.", "raad"),
        ("In de raad leeft het gevoel dat de kosten stijgen.", "raad"),
        ("In de raad wordt gevreesd dat de kosten stijgen.", "raad"),
        ("De reacties van huisartsen zijn positief.", "huisartsen"),
        ("De geluiden uit het onderwijs zijn positief.", "onderwijs"),
        ("De waardering van de huisartsen voor het wijkteam is groot.", "huisartsen"),
        ("De tevredenheid onder ambtenaren is groot.", "ambtenaren"),
        ("Vanuit de scholen bestaat er behoefte aan overleg.", "scholen"),
        ("De stijgende kosten baren raadsleden zorgen.", "raadsleden"),
        ("Het stemt de wethouder tevreden dat het lukt.", "wethouder"),
        ("De gedachte bij de raad is dat de kosten dalen.", "raad"),
    ],
)
def test_a_group_speaks_from_another_slot(sentence, group):
    assert ask(sentence, group) == (True, False)


def test_a_closing_attribution_covers_more_than_its_sentence():
    assert ask("Het gaat goed, zo stellen raadsleden.", "raadsleden") == (True, True)
    assert ask("Het gaat goed, aldus de wethouder.", "wethouder") == (True, True)
    assert ask("Het gaat goed, volgens de wethouder.", "wethouder") == (True, True)
    assert ask("Het gaat goed, stelt de Wmo-raad vast.", "Wmo-raad") == (True, True)


def test_a_quotation_after_a_colon_needs_the_group_to_open_the_clause():
    sentence = "De wethouder: “Het gaat goed.”"
    assert ask(sentence, "wethouder", initial=True) == (True, False)
    # (a group that opens the sentence opens its item: kg.extract.itemvoices reads it so)
    inside = "Het gaat nu om de wethouder: “Het gaat goed.”"
    assert ask(inside, "wethouder", initial=False) == (False, False)


def test_inverted_order_yields_to_a_subject_that_speaks():
    # "Zorgaanbieders zien zorgverzekeraars …": the group after a speaking subject is what
    # the claim is about
    sentence = "Zorgaanbieders zien zorgverzekeraars in een ivoren toren zitten."
    assert ask(sentence, "zorgverzekeraars") == (True, False)
    assert ask(sentence, "zorgverzekeraars", subject_speaker=True) == (False, False)


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Raadsleden krijgen veel informatie.", "Raadsleden"),
        ("In 2014 stelde de raad het beleidsplan vast.", "raad"),
        ("In 2014 stelde de raad de kaders vast.", "raad"),
        ("De gemeente betaalt de huisartsen voor hun werk.", "huisartsen"),
        ("Volgens de cijfers van het CBS is de werkloosheid laag.", "CBS"),
    ],
)
def test_a_group_in_no_speakers_slot_does_not_speak(sentence, group):
    clear()
    start = sentence.index(group)
    m = SentenceMention("organisation/x", "organisation", start, start + len(group), group, 0)
    assert other_slot(sentence, 0, len(sentence), m, sentence[m.end :], False, False) == (
        False,
        False,
    )


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Vanuit de cliëntenraad klinkt de zorg dat de bijdrage te hoog is.", "cliëntenraad"),
        ("Vanuit de scholen klinkt de wens om meer samen te werken.", "scholen"),
        ("Vanuit de huisartsen klinkt de roep om meer overleg.", "huisartsen"),
        ("Van de kant van zorgaanbieders klinkt de vraag of het kan.", "zorgaanbieders"),
        ("Vanuit de raad komt de oproep om te investeren.", "raad"),
    ],
)
def test_what_sounds_from_a_group_is_said_by_it(sentence, group):
    assert ask(sentence, group) == (True, False)


def test_care_that_comes_from_a_group_is_delivered_not_said():
    assert ask("Vanuit het wijkteam komt de zorg bij mensen thuis.", "wijkteam") == (False, False)


def test_what_the_talks_with_the_people_served_show_is_not_their_voice():
    # "uit de gesprekken met cliënten blijkt" may report a service's own talks
    sentence = "Uit de gesprekken met cliënten blijkt dat zij tevreden zijn."
    start = sentence.index("cliënten")
    m = SentenceMention("role/care-recipients", "role", start, start + 8, "cliënten", 0)
    assert other_slot(sentence, 0, len(sentence), m, sentence[m.end :], False, False) == (
        False,
        False,
    )


def test_what_the_talks_with_a_profession_show_is_its_voice():
    sentence = "Uit de gesprekken met huisartsen blijkt dat de lijnen kort zijn."
    assert ask(sentence, "huisartsen") == (True, False)


def test_a_late_inverted_group_closes_the_sentence_only_after_a_comma():
    # a fronted phrase before the verb opens the group's own report: it covers no more
    sentence = "Na de start van de werkwijze met de scholen in de wijk ervaren huisartsen rust."
    assert ask(sentence, "huisartsen") == (True, False)
    sentence = "De lijnen met de scholen in de wijk zijn erg kort, zo stellen de huisartsen."
    assert ask(sentence, "huisartsen") == (True, True)
    # a word that points back opens the sentence: it covers what it points to
    assert ask("Dat zeggen ook de huisartsen.", "huisartsen") == (True, True)


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Bij het loket melden veel inwoners zich met schulden.", "inwoners"),
        ("Bij het wijkteam stellen de consulenten een plan op.", "consulenten"),
    ],
)
def test_an_inverted_verb_whose_particle_does_not_report(sentence, group):
    assert ask(sentence, group) == (False, False)


def test_a_group_that_shares_a_speakers_view_speaks_with_it():
    sentence = "Raadsleden vinden, net als de wethouder, dat de kosten te hoog zijn."
    assert ask(sentence, "wethouder", subject_speaker=True) == (True, False)
    # with nobody speaking, "net als" compares what groups do
    sentence = "Het wijkteam werkt net als de huisartsen in de wijk."
    assert ask(sentence, "huisartsen") == (False, False)


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Vanuit het wijkteam is er zorg voor de cliënt.", "wijkteam"),  # care given
        ("De zorg van de huisartsen is goed.", "huisartsen"),  # care given
        ("Binnen het wijkteam wordt gewerkt met een vast aanspreekpunt.", "wijkteam"),
        ("In het wijkteam wordt gewerkt met een vast aanspreekpunt.", "wijkteam"),
        ("De gemeente geeft een zorgaanbieder de opdracht.", "zorgaanbieder"),
        ("Het baart de wethouder geen moeite.", "wethouder"),
    ],
)
def test_work_care_and_orders_in_a_groups_slot_are_no_voice(sentence, group):
    assert ask(sentence, group) == (False, False)


def test_a_reply_or_view_closing_a_quotation_names_its_speaker():
    assert ask("“Het geld is op”, reageert een zorgaanbieder.", "zorgaanbieder")[0]
    assert ask("“Het geld is op”, klinkt het bij de huisartsen.", "huisartsen")[0]
    assert ask("“Het geld is op”, is de stellige overtuiging van een raadslid.", "raadslid")[0]
    assert ask("“Het geld is op”, zo luidt het oordeel van de Wmo-raad.", "Wmo-raad")[0]
    assert ask("“Het geld is op”, zo zegt men bij de huisartsen.", "huisartsen")[0]
    assert ask("“Het geld is op”, hoor je bij de huisartsen.", "huisartsen")[0]
    assert ask("“Het geld is op”, is te horen bij de huisartsen.", "huisartsen")[0]
    assert ask("“Het geld is op”, is een veelgehoorde klacht onder raadsleden.", "raadsleden")[0]
    assert ask("Een veelgehoorde klacht van huisartsen is dat het druk is.", "huisartsen")[0]
    # complaints counted or handled are no view
    assert not ask("De klachten van cliënten zijn gestegen.", "cliënten")[0]
    assert not ask("De klacht van de cliënt is afgehandeld.", "cliënt")[0]
    # a reply to something, not closing the quotation
    assert not ask("“Het geld is op”, reageert een zorgaanbieder op de vraag.", "zorgaanbieder")[0]


def test_a_group_after_the_verb_of_a_pronoun_is_its_object():
    assert ask("Zij noemen het wijkteam goed bereikbaar.", "wijkteam") == (False, False)
    assert ask("Het gaat goed, zo stellen de huisartsen.", "huisartsen") == (True, True)


def test_one_of_a_group_closing_with_a_split_verb_covers_more_than_its_sentence():
    assert ask("Het budget is krap, zo drukt een wethouder het uit.", "wethouder") == (True, True)
    assert ask("“Het budget is krap”, zo vat een zorgaanbieder het samen.", "zorgaanbieder")[0]
    assert ask("“Het budget is krap”, zo geeft een raadslid aan.", "raadslid")[0]
    assert ask("“Het budget is krap”, vult een raadslid aan.", "raadslid")[0]
    assert ask("“Het budget is krap”, stelt een raadslid vast.", "raadslid")[0]
    # without a comma before the verb the group is no closing speaker
    assert ask("Daarom geeft een zorgaanbieder het op.", "zorgaanbieder") == (False, False)


@pytest.mark.parametrize(
    ("sentence", "group", "closing"),
    [
        ("De wachtlijsten groeien, zo benadrukte de wethouder.", "wethouder", True),
        ("Het budget is te krap, zo beklemtoonden de raadsleden.", "raadsleden", True),
        ("Daarnaast herkende een beleidsmedewerker het beeld.", "beleidsmedewerker", False),
        ("De vraag daalt, verwachtte een medewerker van het wijkteam.", "wijkteam", True),
    ],
)
def test_a_past_verb_before_an_inverted_group_reports(sentence, group, closing):
    assert ask(sentence, group) == (True, closing)


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Het gaat goed, zo werkte de wethouder.", "wethouder"),
        ("Zij benadrukten het belang van de wethouder.", "wethouder"),
        ("De wachtlijst groeit, zo benadrukte het rapport van de raadsleden.", "raadsleden"),
    ],
)
def test_a_past_verb_not_right_before_the_group_does_not_invert_it(sentence, group):
    assert ask(sentence, group) == (False, False)


def ask_organisation(sentence: str, name: str):
    """other_slot of the organisation named ``name`` in ``sentence``."""
    clear()
    start = sentence.index(name)
    m = SentenceMention("organisation/x", "organisation", start, start + len(name), name, 0)
    return other_slot(sentence, 0, len(sentence), m, sentence[m.end :], False, False)


def test_an_organisation_with_figures_speaks_unless_figures_are_its_trade():
    # a credit bank in the field reports what it sees, also in figures
    said = "Volgens de Kredietbank heeft 1 op de 11 huishoudens schulden."
    assert ask_organisation(said, "Kredietbank") == (True, False)
    # a statistics office is the figures' source, not a voice
    source = "Volgens CBS ligt de werkloosheid op 7%."
    assert ask_organisation(source, "CBS") == (False, False)


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        # the agent of a passive of attributing, admitting, denying
        (
            "Het aantal steeg, een stijging die door de schuldhulpverleners van de gemeente "
            "vooral wordt toegeschreven aan de crisis.",
            "schuldhulpverleners",
        ),
        ("Dat de Wmo onder druk komt, wordt door de wethouder niet ontkend.", "wethouder"),
        # a remark between commas before the participle, an adjective before the agent
        ("Dat knelt, wordt door Edese ambtenaren, niet zonder zelfkritiek, erkend.", "ambtenaren"),
        # the staff of a group as the agent
        ("Door de medewerkers van de wijkteams wordt benadrukt dat het druk is.", "wijkteams"),
    ],
)
def test_the_agent_of_a_passive_report_speaks(sentence, group):
    assert ask(sentence, group)[0]


def test_without_its_agent_a_passive_of_estimating_names_no_one():
    assert ask("Het aantal wordt door de gemeente op ruim duizend geschat.", "gemeente")[0]
    assert not ask("Het aantal mantelzorgers wordt op 1.600 geschat.", "mantelzorgers")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "De wethouder financiën relativeert: ‘Per saldo valt het mee.’",
        "De wethouder zorg en welzijn: ‘Den Haag heeft het geld eraf gehaald.’",
    ],
)
def test_a_group_with_its_field_introduces_a_quotation(sentence):
    assert ask(sentence, "wethouder", initial=True) == (True, False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het budget is, zo lichten ambtenaren toe, al jaren te krap.",
        "De toegang loopt, zo leggen ambtenaren uit, sinds 2015 via vijf teams.",
        "Het aantal groeit, zo vullen ambtenaren aan, vooral in de dorpen.",
    ],
)
def test_a_split_verb_of_an_attribution_between_commas_names_its_group(sentence):
    assert ask(sentence, "ambtenaren")[0]


def test_a_split_verb_with_its_particle_elsewhere_is_no_attribution():
    assert not ask("Het budget legt, zo zeggen zij, ambtenaren veel werk op.", "ambtenaren")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het gebruik ligt hoger dan elders, wat ambtenaren vooral toeschrijven aan de vergrijzing.",
        "Het aantal steeg, een stijging die ambtenaren wijten aan de wachtlijsten.",
        "Het aantal steeg, een ontwikkeling die ambtenaren in verband brengen met de crisis.",
    ],
)
def test_a_group_ascribing_a_cause_in_a_closing_relative_clause_speaks(sentence):
    assert ask(sentence, "ambtenaren")[0]


def test_a_group_in_a_closing_relative_clause_that_ascribes_nothing_is_silent():
    assert not ask("Het aantal steeg, een stijging die ambtenaren merkten.", "ambtenaren")[0]


def test_in_the_words_of_a_group_attributes_anywhere_in_the_sentence():
    s = "De koers is, in de woorden van de wethouder, 'dichtbij waar het kan'."
    assert ask(s, "wethouder")[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Uit de hoek van de huisartsen wordt aangegeven dat de lijnen kort zijn.",
        "Van de zijde van de huisartsen wordt benadrukt dat de lijnen kort zijn.",
    ],
)
def test_a_side_or_corner_a_passive_report_comes_from_is_its_source(sentence):
    assert ask(sentence, "huisartsen")[0]


def test_a_way_of_looking_inverted_after_a_fronted_phrase_is_a_stance():
    from extract_helpers import extract_text, key

    _doc, ex = extract_text("Naar de provincie kijken raadsleden en ambtenaren met argwaan.")
    assert sorted(key(s) for s in ex.findings[0].speakers) == [
        "role/civil-servants",
        "role/council-members",
    ]
    _doc, ex = extract_text("Naar de provincie kijken raadsleden elke maand.")
    assert [key(s) for s in ex.findings[0].speakers] == ["role/authors"]


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Een kwart van hen is, in de ogen van de consulent, overbelast.", "consulent"),
        ("Het team is, bij monde van de teamleider, van mening dat het kan.", "teamleider"),
        ("De kosten zijn, vanuit het perspectief van werkgevers, te hoog.", "werkgevers"),
        ("De kosten liggen, in de ogen van de regio zelf, te hoog.", "regio"),
        ("Vanuit het perspectief van de teamleden gaat dat niet ver genoeg.", "teamleden"),
        ("Uit het oogpunt van werkgevers is het aanbod beperkt.", "werkgevers"),
    ],
)
def test_a_point_of_view_between_commas_or_opening_the_sentence_is_the_groups(sentence, group):
    assert ask(sentence, group)[0]


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        # not set off by commas, later in the sentence: a view the clause reports
        ("Dat is volgens hen en in de ogen van de accountant onmogelijk.", "accountant"),
        # a perspective that names no holder of a view: a policy's point of departure
        ("Het beleid gaat uit van het perspectief van de cliënt.", "cliënt"),
    ],
)
def test_a_point_of_view_not_set_apart_is_no_attribution(sentence, group):
    assert not ask(sentence, group)[0]


def test_a_view_named_after_the_verb_and_judged_after_its_holder_is_the_holders():
    assert ask(
        "Over de SVB is het oordeel van budgethouders uitgesproken negatief.", "budgethouders"
    )[0]
    assert not ask(
        "Over de SVB is het oordeel van budgethouders nog niet bekend.", "budgethouders"
    )[0]


def test_a_hyphenated_class_noun_before_an_organisations_name_after_volgens():
    # "de GGZ-instelling Rivierzicht": the class noun of the name, as "zorginstelling X"
    doc, ex = extract_text("Volgens de GGZ-instelling Rivierzicht is het aantal plekken te laag.")
    speakers = [key(s) for s in finding_for(doc, ex, "is het aantal plekken").speakers]
    assert speakers == ["organisation/rivierzicht"]


@pytest.mark.parametrize(
    ("sentence", "group", "expected"),
    [
        # the passive's agent in every tense: present, past and perfect, fronted or after
        # the auxiliary, the participle before "door" too
        ("Door zorgaanbieders is aangegeven dat de administratie te zwaar is.", "zorgaanbieders",
         (True, False)),
        ("Door de raadsleden was al eerder gewaarschuwd voor de tekorten.", "raadsleden",
         (True, False)),
        ("Dat is door de wijkteams ook gesignaleerd.", "wijkteams", (True, False)),
        ("Er zijn door huisartsen zorgen geuit over de wachttijd.", "huisartsen", (True, False)),
        ("Dat is benadrukt door de wethouder.", "wethouder", (True, False)),
        ("Door de huisartsen wordt gesteld dat de lijnen kort zijn.", "huisartsen", (True, False)),
        # a perfect of another verb is no report of its agent
        ("Door de wijkteams is de zorg dichter bij huis gekomen.", "wijkteams", (False, False)),
        # what comes from a group: its question, remark, warning or proposal
        ("Vanuit de raad kwam de vraag of de kosten niet te hoog zijn.", "raad", (True, False)),
        ("Vanuit de huisartsen komen opmerkingen over de lange lijnen.", "huisartsen",
         (True, False)),
        ("Van de kant van de cliëntenraad kwam een waarschuwing over de eigen bijdrage.",
         "cliëntenraad", (True, False)),
        ("Vanuit de wijkteams komt het voorstel om de regels te versoepelen.", "wijkteams",
         (True, False)),
        ("Vanuit de wijkteams komt de zorg bij mensen thuis.", "wijkteams", (False, False)),
        # "volgens" the source's own judgement, estimate or experience, anywhere in the clause
        ("Het tekort is volgens de inschatting van de wethouder tijdelijk.", "wethouder",
         (True, False)),
        ("Volgens de ervaring van huisartsen is de wachttijd te lang.", "huisartsen",
         (True, False)),
        ("De regels zijn volgens het oordeel van de cliëntenraad te streng.", "cliëntenraad",
         (True, False)),
        ("Volgens de mening van raadsleden komt de informatie te laat.", "raadsleden",
         (True, False)),
    ],
)  # fmt: skip
def test_passive_agents_sources_and_judgements_in_all_their_forms(sentence, group, expected):
    assert ask(sentence, group) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Over het Rijk zijn de Utrechtse raadsleden kritisch.", "role/council-members"),
        ("Over de inkoop zijn de meeste lokale huisartsen tevreden.", "role/general-practitioners"),
        ("Over de wachttijden waren de Leidse consulenten somber.", "civil-servants"),
        ("Over de tarieven maken de kleine zorgaanbieders zich zorgen.", "role/care-providers"),
    ],
)
def test_an_inverted_stance_of_a_group_with_adjectives(sentence, expected):
    from tests.extract_helpers import extract_text, key

    doc, ex = extract_text(sentence)
    assert any(expected in key(s) for s in ex.findings[0].speakers)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Een wethouder van Lingewaard (in een gesprek met de onderzoekers): ‘Het gaat goed.’",
            "alderman",
        ),
        ("De wethouder (in een interview): ‘We liggen op koers.’", "alderman"),
        ("Een raadslid (oppositie): ‘De informatie komt te laat.’", "council-members"),
        ("Een huisarts (Zuid): “Ik weet niet wie ik moet bellen.”", "general-practitioners"),
    ],
)
def test_a_group_introduces_a_quotation_after_a_bracketed_aside(sentence, expected):
    from tests.extract_helpers import extract_text, key

    doc, ex = extract_text(sentence)
    assert [key(s) for s in ex.findings[0].speakers] == [f"role/{expected}"]


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Wij hebben het college geadviseerd om de tarieven te verlagen.", "college"),
        ("We hebben de wethouder gevraagd de wachtlijst aan te pakken.", "wethouder"),
        ("Zij heeft de raadsleden gewezen op de stijgende kosten.", "raadsleden"),
        ("Hij had de ambtenaren laten weten dat het anders moest.", "ambtenaren"),
        ("Ik heb de wijkteams gevraagd om een overzicht te maken.", "wijkteams"),
    ],
)
def test_a_group_after_a_pronoun_subjects_split_verb_is_its_object(sentence, group):
    """The one advised or asked after "wij hebben" is no inverted subject."""
    assert ask(sentence, group)[0] is False


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Daarom heeft het college aangegeven dat het anders moet.", "college"),
        ("In de gesprekken hebben de wijkteams gemerkt dat het druk is.", "wijkteams"),
    ],
)
def test_a_split_verb_after_a_fronted_phrase_keeps_its_inverted_subject(sentence, group):
    """Without a subject before the verb, the group after it is the inverted subject."""
    assert ask(sentence, group)[0] is True


def test_a_passive_agent_past_a_long_object_and_als():
    # "Door X wordt <object> als <predicate> gezien": the agent holds the view
    paragraphs = ("Door ambtenaren wordt die regionale inkoop als onvermijdelijk gezien.",)
    assert speakers_of(paragraphs, "regionale inkoop") == ["role/civil-servants"]
    # no participle of a view after "als": a plain deed of the agent's
    paragraphs = ("Door ambtenaren wordt die regionale inkoop als enige taak uitgevoerd.",)
    assert speakers_of(paragraphs, "regionale inkoop") == ["role/authors"]
