"""What turns a sentence of figures into a claim (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.claimmarkers import marked


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aantal cliënten is sinds 2014 gehalveerd (2014: 800; 2016: 400).",
        "Het aantal deelnemers nam met een vijfde toe (2014: 200; 2016: 240).",
        "Het aandeel jongeren in de jeugdzorg is daarentegen gedaald, van 1,4% naar 0,9%.",
        "Het gebruik ligt hoger dan gemiddeld: 12% van de jongeren krijgt hulp.",
    ],
)
def test_figures_that_say_no_more(sentence):
    assert not marked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Drie punten vallen op: de kosten, de wachttijd en de toegang.",  # an enumeration
        "Het aantal is gehalveerd, omdat de regels strenger werden.",  # a reason
        "Op de Wmo bleef daarentegen 4 ton over.",  # a contrast with no level or change
        "De cijfers (bron: de gemeente) zijn gunstig.",  # a colon in brackets after no year
        "Het aandeel 75-plussers ligt boven het gemiddelde, wat past bij de vergrijzing.",  # a fit
        "De groei van 12% komt vooral voor rekening van de dagbesteding.",  # what it is due to
    ],
)
def test_figures_that_make_a_claim(sentence):
    assert marked(sentence)


# A concession turns figures into a claim (gold decision: concessive figure sentences are
# findings): a fronted preposition or clause, an inserted clause, an adverb, a trailing
# conjunction, a pair of correlatives. Sentences of our own.
@pytest.mark.parametrize(
    "sentence",
    [
        "Ondanks de groei van de bevolking daalde het aantal uitkeringen van 410 naar 380.",
        "Het aantal uitkeringen daalde ondanks de groei van de bevolking met 7%.",
        "Hoewel het aantal jongeren daalt, steeg het gebruik van jeugdhulp naar 11%.",
        "Het gebruik van de Wmo ligt, hoewel klein in aantallen, met 6% boven het gemiddelde.",
        "Het aantal meldingen is weliswaar gedaald van 120 naar 95.",
        "Het aantal uitkeringen steeg in 2016 met 5%, al bleef het onder het landelijk niveau.",
        "Al lag het aantal meldingen in 2016 hoger, het bleef onder de 150.",
        "Het aantal uitkeringen daalde met 4%, ofschoon de werkloosheid in de regio steeg.",
        "Enerzijds daalde de werkloosheid naar 5%, anderzijds steeg de bijstand met 4%.",
        "De kosten stegen met 3%, ook al daalde het aantal cliënten.",
    ],
)
def test_a_concession_makes_figures_a_claim(sentence):
    assert marked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # "al" the adverb ("already", "for"), no conjunction
        "Twee op de drie cliënten ontvangen al langer dan drie jaar een uitkering.",
        "Het aantal dat al is gestegen, bedraagt 50.",
        "Het aantal uitkeringen steeg al in 2015 met 5%.",
        "In 2014 lag het aantal al op 410.",
    ],
)
def test_the_adverb_al_is_no_concession(sentence):
    assert not marked(sentence)


# A hedge turns figures into a claim someone holds: hearsay, appearance, a conjecture in
# "zou", the source's own estimate; in main and inverted order, singular and plural, present
# and past. Sentences of our own.
@pytest.mark.parametrize(
    "sentence",
    [
        "Het aantal meldingen zou naar verluidt gestegen zijn naar 150.",
        "Naar verluidt steeg het aantal meldingen in 2016 naar 150.",
        "Er zouden ruim 200 gezinnen met schulden zijn.",
        "Het aantal cliënten zou in 2017 met 10% stijgen.",
        "Het aantal meldingen lijkt in 2016 gestegen naar 150.",
        "De wachtlijsten leken in 2015 met een kwart te krimpen.",
        "Het aantal thuiszitters schijnt verdubbeld tot 40.",
        "De stichting telt 1.100 vrijwilligers, naar eigen schatting een derde van het totaal.",
        "Het bureau plaatste naar eigen zeggen 140 mensen uit de bijstand.",
    ],
)
def test_a_hedge_makes_figures_a_claim(sentence):
    assert marked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # an approximation is no hedge of a source: "naar schatting" with no owner
        "Naar schatting zijn er 3.000 mantelzorgers actief.",
        "Het aantal uitkeringen steeg naar schatting met 5%.",
        "Ongeveer 11% van de jongeren krijgt jeugdhulp.",
        "Het aantal cliënten lag in 2016 rond de 1.200.",
    ],
)
def test_an_approximation_is_no_hedge(sentence):
    assert not marked(sentence)


# An actor's provision in an active finite form is an arrangement, no statistic: present
# and past, singular and plural, main and inverted order, with a relative clause. Sentences
# of our own; the passive of a count stays data.
@pytest.mark.parametrize(
    "sentence",
    [
        "De gemeente vergoedt sinds 2016 een reistoeslag van 15% bovenop het tarief.",
        "Sinds 2016 vergoeden de gemeenten samen 80% van de reiskosten.",
        "Het werkbedrijf biedt beschut werk aan ongeveer 80 mensen.",
        "In 2015 boden de wijkteams 120 gezinnen een vaste coach.",
        "De stichting, die de gemeente financiert, begeleidt 300 vrijwilligers.",
        "De gemeente subsidieerde in 2016 drie buurthuizen met € 40.000.",
        "Het fonds verstrekte 45 leningen aan ondernemers.",
    ],
)
def test_a_provision_makes_figures_a_claim(sentence):
    assert marked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Op elke 1.000 inwoners werden 31 bijstandsuitkeringen verstrekt.",
        "Er zijn in 2016 ruim 900 indicaties afgegeven.",
        "De gemeente ontvangt ongeveer € 600 per inwoner voor het sociaal domein.",
        "Aan huishoudelijke hulp werd € 4 miljoen uitgegeven.",
    ],
)
def test_a_count_of_what_was_provided_stays_data(sentence):
    assert not marked(sentence)


# A colon after a level word before a comparison of other places or groups gives that level
# in detail, as figures after it would (gold, fourteenth batch, decision 6). Main clause and
# inversion, "dan" and "als", plural and singular. Sentences of our own.
@pytest.mark.parametrize(
    "sentence",
    [
        "Het gebruik ligt lager dan elders: in Olst gaan ouderen vaker naar de huisarts dan hier.",
        "De bijstand is hoog: jongeren krijgen er meer uitkeringen dan in Ommen.",
        "Het gebruik van jeugdhulp is relatief laag: in de dorpen komt het minder voor dan hier.",
        "Het aandeel ouderen ligt boven het gemiddelde: in Hattem wonen er meer dan in de kernen.",
        "Het gebruik is laag: een gezin krijgt er half zo vaak hulp als in Deventer.",
    ],
)
def test_a_colon_before_a_comparison_says_no_more(sentence):
    assert not marked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het gebruik is hoog: de teams werken er anders.",  # what follows is no comparison
        "Een andere reden is de positie: de gemeente krijgt minder dan gemiddeld.",  # a reason
        "Een vierde reden was de omvang van 40.000 inwoners.",  # an ordinal of reasons
        "De redenen zijn bekend: 12% van de jongeren wacht.",  # a reason named
    ],
)
def test_a_reason_named_makes_figures_a_claim(sentence):
    assert marked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aantal daalde met een vierde, van 400 naar 300.",
        "Een vijfde van de inwoners is 65 jaar of ouder.",
        "Ruim een vierde meer uitkeringen dan in 2014: 120.",
        "Het budget is met een vijfde gedaald (2014: 10; 2016: 8).",
    ],
)
def test_a_fraction_in_words_is_no_ordinal(sentence):
    assert not marked(sentence)


# A short copular clause that gives its subject a level of age, with the figures of that level
# after the colon, is a level word with its figures (guideline: still a comparison, so
# data): present and past, singular and plural, the municipality or the population as
# subject. Sentences of our own.
@pytest.mark.parametrize(
    "sentence",
    [
        "Ommen is een jonge gemeente: 31% van de inwoners is jonger dan 25 jaar.",
        "De bevolking was relatief oud: 24% was 65 jaar of ouder.",
        "Het is een vergrijsde gemeente: een kwart is ouder dan 65, tegen 18% landelijk.",
        "De inwoners van Olst zijn ouder dan gemiddeld: 22% is 65-plus.",
        "Hattem was een oude stad: in 2015 was 26% 65 jaar of ouder.",
    ],
)
def test_a_level_with_its_figures_after_a_colon(sentence):
    from kg.extract.claimmarkers import levelled_figures

    assert levelled_figures(sentence)
    assert not marked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ommen is een dorp: de mensen kennen elkaar.",  # no level
        "Ommen is een jonge gemeente: de mensen kennen elkaar.",  # no figures
        "Ommen is een gemeente met 31% jongeren.",  # no colon
        "Volgens de wethouder is Ommen een jonge gemeente die trots is op haar jeugd: 31%.",
    ],
)
def test_no_level_with_its_figures(sentence):
    from kg.extract.claimmarkers import levelled_figures

    assert not levelled_figures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "De korting was 20%, wat tot ruim 300 bezwaren leidde.",
        "Het tekort van € 2 miljoen leidde tot een bezuiniging van 5%.",
        "De herindicatie van 900 cliënten leidt tot 120 bezwaarschriften.",
        "In 2016 kwamen 60 meldingen binnen, wat tot een wachtlijst van 8 weken leidde.",
    ],
)
def test_an_effect_of_the_figures_makes_a_claim(sentence):
    assert marked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het wijkteam zag het aantal meldingen stijgen van 80 naar 120.",
        "De voedselbank ziet de vraag in 2016 met een derde toenemen.",
        "De kredietbank zag in 2015 het aantal aanvragen met 12% dalen.",
        "Huisartsen merkten het aantal verwijzingen naar de ggz oplopen tot 300.",
    ],
)
def test_a_verb_of_perceiving_before_a_change_makes_a_claim(sentence):
    assert marked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Meneer Jansen is 79 en woont sinds 2010 in Oost.",
        "Mevrouw De Boer (81) krijgt twee keer per week hulp.",
        "Om tien uur zijn alle 20 plaatsen in de opvang vol.",
        "De dagbesteding is met 45 deelnemers overvol.",
    ],
)
def test_a_person_by_title_or_a_capacity_reached_makes_a_claim(sentence):
    assert marked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Het aantal meldingen steeg van 80 naar 120.",
        "Tot 2016 steeg het aantal van 80 naar 120.",
        "De opvang telt 20 plaatsen, volgend jaar 24.",
        "Er zijn 20 plaatsen in de volwassenenopvang.",
        "Het aantal aanvragen zag een daling van 12%.",
    ],
)
def test_plain_changes_and_counts_stay_unmarked(sentence):
    assert not marked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wolderveen telt 81.000 inwoners en is de tweede stad van Twente.",
        "Met 40.000 inwoners is Kruisdam de derde gemeente in de provincie Zeeland.",
        "Hoogkerk is de vierde kern van de gemeente, met 3.200 inwoners.",
        "Met 150.000 inwoners is het de tweede stad in Brabant en de grootste van de regio.",
    ],
)
def test_an_ordinal_that_ranks_a_town_says_no_more(sentence):
    assert not marked(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # what the town was the second to do is a remark
        "Kruisdam was de tweede gemeente in Drenthe die een wijkteam startte.",
        "Een tweede reden is de financiële positie van de gemeente.",
        "Ten tweede het geld: de gemeente kreeg 4% minder.",
    ],
)
def test_an_ordinal_that_counts_reasons_or_firsts_makes_a_claim(sentence):
    assert marked(sentence)


@pytest.mark.parametrize(
    "line",
    [
        "Uitkeringen: 412 per 1.000 huishoudens, minder dan in buurgemeente Zandvoort",
        "75-plussers: 11%, tegen 8% landelijk",
        "Wmo-cliënten: ongeveer 2.300 (2016)",
        "Jeugd: overschot € 0,4 mln in 2016",
        "Bezwaren Participatiewet: 31 in 2016, vooral over de tegenprestatie",
        "Noordwijk en De Hoven: aandeel jongeren twee keer zo hoog als elders",
    ],
)
def test_a_key_and_its_figures_enumerate_nothing(line):
    # a label names what the figures after its colon measure: no enumeration
    assert not marked(line)


@pytest.mark.parametrize(
    "line",
    [
        "De cijfers: 12% van de jongeren krijgt hulp.",  # an article: an announcement
        "Ook bezuinigt de provincie: het budget daalt van 8 naar 6 miljoen.",  # a clause
        "Vroeg erop af: in 2016 bij ongeveer 200 gezinnen",  # a circumstance, no figure's noun
        "Vier buurten vallen op: - de Haven; - het Veld, waar 30% werkloos is.",  # a list
        "Wmo-cliënten: 2.300, maar de groei stopt",  # a contrast after the figures
    ],
)
def test_a_colon_that_still_marks_a_claim(line):
    assert marked(line)


@pytest.mark.parametrize(
    "line",
    [
        "Meer 80-plussers → vraag naar dagbesteding groeit sneller dan gemiddeld",
        "Krappe woningmarkt → 40 statushouders wachten op een woning",
        "Korting 10% op de huishoudelijke hulp ⇒ ruim 200 bezwaren",
        "Nieuwe verdeling → de gemeente krijgt 4% minder",
    ],
)
def test_an_arrow_of_consequence_makes_a_claim(line):
    assert marked(line)


@pytest.mark.parametrize(
    "line",
    [
        "Bijstandsuitkeringen: 640 → 710 (2014-2016)",
        "Wachttijd in weken: 6 → 4",
        "Aandeel 75-plussers: 8% → 11%",
        "Budget: € 3,1 mln → € 2,8 mln",
    ],
)
def test_an_arrow_between_figures_is_a_change(line):
    assert not marked(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "De vraag is of twee teams met 30 medewerkers dat werk aankunnen.",
        "Het blijft de vraag of de 4 ton reserve genoeg is.",
        "De vraag voor 2018 is of het tekort van 2 miljoen terugloopt.",
        "Het is de vraag of 12 plaatsen volstaan.",
    ],
)
def test_an_open_question_makes_a_claim(sentence):
    assert marked(sentence)


def test_a_question_that_is_counted_is_no_open_question():
    assert not marked("Er kwamen 40 vragen over de eigen bijdrage binnen.")


@pytest.mark.parametrize(
    "text",
    [
        "De motie wordt aangenomen met 21 stemmen voor en 6 tegen.",
        "Het amendement werd met 20 tegen 9 stemmen verworpen.",
        "Het voorstel van het college is met 25 stemmen aangenomen.",
        "De motie over de eigen bijdrage wordt met 14 tegen 15 verworpen.",
        "Het aantal is gehalveerd, omdat de regels strenger werden.",
    ],
)
def test_a_vote_outcome_is_marked(text):
    assert marked(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 2016 zijn 12 nieuwe consulenten aangenomen.",
        "Er werden 31 uitkeringen verstrekt.",
        "De raad telt 27 zetels.",
        "Het aantal is sinds 2014 gehalveerd (2014: 1.020; 2016: 510).",
        "Bij de bijstand is het andersom: 3% van de inwoners heeft een uitkering.",
        "In de Wmo ligt het omgekeerd: 14% van de ouderen krijgt een voorziening.",
        "Bij de jeugd-ggz is het juist omgekeerd: 2% van de jongeren wacht.",
    ],
)
def test_a_hire_or_a_reversed_level_is_not_marked(text):
    assert not marked(text)
