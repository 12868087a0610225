"""Findings and indicators in the built graph, and the finding rules on synthetic text."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from kg.namespaces import KG, OA
from tests.extract_helpers import extract_text, finding_for, key

QUOTED = """
SELECT ?item ?exact ?start ?end ?text WHERE {
  VALUES ?cls { kg:Finding kg:IndicatorObservation }
  ?item a ?cls ; kg:quote ?q ; kg:inDocument ?doc .
  ?q oa:exact ?exact ; oa:start ?start ; oa:end ?end .
  ?doc kg:cleanedText ?text .
}
"""


def test_every_finding_and_indicator_quote_is_an_exact_slice(graph):
    rows = list(graph.query(QUOTED, initNs={"kg": KG, "oa": OA}))
    findings = set(
        graph.subjects(
            URIRef(str(graph.namespace_manager.expand_curie("rdf:type"))), URIRef(KG + "Finding")
        )
    )
    assert len(findings) > 200
    assert len({r.item for r in rows}) >= len(findings)
    for row in rows:
        assert str(row.text)[int(row.start) : int(row.end)] == str(row.exact), row.item


def test_extraction_objects_quote_the_text(build_result):
    for _, doc, ex in build_result.documents:
        for item in [*ex.findings, *ex.indicators]:
            assert 0 <= item.start < item.end <= len(doc.text)
            assert doc.text[item.start : item.end].strip() == doc.text[item.start : item.end]


def test_qualitative_indicator_has_no_value_in_the_graph(graph):
    rows = graph.query(
        """SELECT ?obs WHERE { ?obs a kg:IndicatorObservation ; kg:comparison ?c .
           FILTER NOT EXISTS { ?obs kg:value ?v } }""",
        initNs={"kg": KG},
    )
    assert len(list(rows)) >= 10


def test_both_profiles_report_privacy_rules_and_care_avoiders(graph):
    for problem in ("privacy-rules", "care-avoiders"):
        rows = graph.query(
            """SELECT DISTINCT ?m WHERE { ?f a kg:Finding ; kg:concernsProblem ?p ;
               kg:aboutMunicipality ?m }""",
            initNs={"kg": KG},
            initBindings={
                "p": URIRef(f"https://w3id.org/kg-decentralisatie/concept/problem/{problem}")
            },
        )
        names = {str(r.m).rsplit("/", 1)[-1] for r in rows}
        assert names == {"brunssum", "bunschoten"}, problem


def test_anaphora_carries_the_concerns_of_the_claim_before():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat de privacyregelgeving een belemmering is. Dat levert veel op."
    )
    finding = finding_for(doc, ex, "Dat levert")
    assert [key(c) for c in finding.concerns] == ["problem/privacy-rules"]


def test_figures_only_sentence_is_not_a_finding():
    doc, ex = extract_text(
        "Het telt 4% meer ouderen dan gemiddeld. De situatie is gunstig: 62% is rijk.",
        heading="Demografie en sociaaleconomische situatie",
    )
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert quotes == ["De situatie is gunstig: 62% is rijk."]
    assert {i.value for i in ex.indicators} >= {4, 62}


def test_quotation_across_a_sentence_break_is_one_claim():
    doc, ex = extract_text("Zij zeggen: “we kennen de mensen. Die tehuizen zijn ver weg”.")
    assert len(ex.findings) == 1
    assert ex.findings[0].sentences == (1, 2)


def test_a_topic_under_a_problem_makes_the_problem_a_concern():
    """A compound holding a problem word ("eenzaamheidsaanpak") concerns that problem."""
    _doc, ex = extract_text("De eenzaamheidsaanpak van de gemeente loopt goed.")
    (finding,) = ex.findings
    assert "https://w3id.org/kg-decentralisatie/concept/problem/loneliness" in finding.concerns
    _doc, ex = extract_text("Een eenzaamheidsaanpak is er niet.")
    assert not any("/problem/" in c for f in ex.findings for c in f.concerns)


def test_a_claim_naming_nothing_continues_its_paragraphs_topic_sentence():
    doc, ex = extract_text(
        "Eenzaamheid is het grootste probleem. De wethouder is bezorgd. Raadsleden zijn kritisch.",
        "De wethouder is tevreden.",
    )
    for quote in ("De wethouder is bezorgd", "Raadsleden zijn kritisch"):
        assert [key(c) for c in finding_for(doc, ex, quote).concerns] == ["problem/loneliness"]
    # a new paragraph has its own subject
    assert finding_for(doc, ex, "De wethouder is tevreden").concerns == ()


def test_a_claim_going_on_about_the_cooperation_in_one_body_is_about_that_body():
    doc, ex = extract_text(
        "Over de samenwerking in de GGD Twente is de wethouder kritisch. Raadsleden zijn niet "
        "overtuigd. Ambtenaren zijn positiever.",
        "De wethouder is tevreden.",
    )
    for quote in ("Raadsleden zijn niet overtuigd", "Ambtenaren zijn positiever"):
        concerns = {key(c) for c in finding_for(doc, ex, quote).concerns}
        assert concerns == {"body/ggd-twente", "problem/regional-distance"}
    assert finding_for(doc, ex, "De wethouder is tevreden").concerns == ()


def test_a_topic_sentence_naming_two_bodies_carries_neither():
    doc, ex = extract_text(
        "Over de samenwerking in de GGD Twente en de Regio Twente is de wethouder kritisch. "
        "Raadsleden zijn niet overtuigd."
    )
    concerns = {key(c) for c in finding_for(doc, ex, "Raadsleden zijn niet").concerns}
    assert not any(c.startswith("body/") for c in concerns)


def test_a_topic_sentence_with_several_problems_sets_no_subject():
    doc, ex = extract_text(
        "Eenzaamheid en armoede nemen toe. De wethouder is bezorgd.",
    )
    assert finding_for(doc, ex, "De wethouder is bezorgd").concerns == ()


def test_a_claim_with_a_concern_of_its_own_keeps_only_that():
    doc, ex = extract_text("Eenzaamheid is het grootste probleem. De GGD heeft een wachtlijst.")
    concerns = {key(c) for c in finding_for(doc, ex, "De GGD heeft").concerns}
    assert "problem/waiting-lists" in concerns
    assert "problem/loneliness" not in concerns


def test_counted_residents_are_no_concern():
    doc, ex = extract_text(
        "De gemeente (bijna 35.000 inwoners) kent veel armoede.",
        "De armoede onder inwoners is groot.",
    )
    assert [key(c) for c in finding_for(doc, ex, "De gemeente (bijna").concerns] == [
        "problem/poverty"
    ]
    assert "role/residents" in {key(c) for c in finding_for(doc, ex, "De armoede onder").concerns}


def test_residents_counted_as_the_clauses_subject_stay_a_concern():
    doc, ex = extract_text("Er wonen 30.000 inwoners en er is veel armoede.")
    assert "role/residents" in {key(c) for c in finding_for(doc, ex, "Er wonen").concerns}


def test_the_class_noun_of_a_named_speaker_is_no_concern():
    doc, ex = extract_text("Woningcorporatie Woonplus wijst op de wachtlijst.")
    finding = finding_for(doc, ex, "Woningcorporatie Woonplus")
    assert [key(s) for s in finding.speakers] == ["organisation/woonplus"]
    assert [key(c) for c in finding.concerns] == ["problem/waiting-lists"]


def test_cooperation_in_a_named_organisation_is_regional_cooperation():
    doc, ex = extract_text(
        "Over de samenwerking in ISD Noord zijn de oordelen verdeeld. Raadsleden vinden het lastig."
    )
    for quote in ("Over de samenwerking", "Raadsleden vinden"):
        assert "problem/regional-distance" in {key(c) for c in finding_for(doc, ex, quote).concerns}


def test_word_forms_of_problems_are_concerns():
    doc, ex = extract_text(
        "Dit leidt tot bureaucratische lasten.",
        "Er wonen veel eenzame ouderen.",
        "De consulenten zijn zwaar belast.",
    )
    expected = {
        "Dit leidt": "problem/bureaucracy",
        "Er wonen veel": "problem/loneliness",
        "De consulenten": "problem/capacity-shortage",
    }
    for quote, problem in expected.items():
        assert problem in {key(c) for c in finding_for(doc, ex, quote).concerns}, quote


def test_de_regio_is_the_labour_market_region_only_when_it_is_the_only_membership():
    labour = "Voor werk en inkomen valt de gemeente onder de arbeidsmarktregio Twente."
    doc, ex = extract_text(labour + " De regio is groot.")
    assert [key(c) for c in finding_for(doc, ex, "De regio is").concerns] == [
        "region/arbeidsmarktregio-twente"
    ]
    doc, ex = extract_text(
        "Teststad maakt deel uit van de GR Zorg Oost. " + labour + " De regio is groot."
    )
    assert finding_for(doc, ex, "De regio is").concerns == ()


def test_objections_are_no_court_ruling_but_a_ruling_is():
    doc, ex = extract_text(
        "Er komen weinig bezwaarschriften binnen.",
        "Een gerechtelijke uitspraak doorkruiste het beleid.",
    )
    assert "problem/court-rulings" not in {
        key(c) for c in finding_for(doc, ex, "Er komen weinig").concerns
    }
    assert "problem/court-rulings" in {
        key(c) for c in finding_for(doc, ex, "Een gerechtelijke").concerns
    }


def test_a_reference_back_that_names_the_region_is_about_the_region():
    labour = "Voor werk en inkomen valt de gemeente onder de arbeidsmarktregio Twente."
    doc, ex = extract_text(
        labour + " De armoede is groot. Deze aanpak helpt. Deze relaties in de regio zijn goed."
    )
    assert [key(c) for c in finding_for(doc, ex, "Deze aanpak").concerns] == ["problem/poverty"]
    assert [key(c) for c in finding_for(doc, ex, "Deze relaties").concerns] == [
        "region/arbeidsmarktregio-twente"
    ]


def test_a_new_point_ends_the_subject_of_the_topic_sentence():
    doc, ex = extract_text(
        "Eenzaamheid is het grootste probleem. De wethouder is bezorgd. "
        "Daar komt bij dat de buurt niet meewerkt. Raadsleden zijn kritisch."
    )
    assert [key(c) for c in finding_for(doc, ex, "De wethouder is").concerns] == [
        "problem/loneliness"
    ]
    for quote in ("Daar komt bij", "Raadsleden zijn"):
        assert finding_for(doc, ex, quote).concerns == (), quote


def test_a_pronominal_adverb_refers_back_to_the_claim_before():
    doc, ex = extract_text(
        "Eenzaamheid is het grootste probleem. De GGD heeft een wachtlijst. "
        "De gemeente heeft hierin een rol."
    )
    concerns = {key(c) for c in finding_for(doc, ex, "De gemeente heeft hierin").concerns}
    assert "problem/waiting-lists" in concerns
    assert "problem/loneliness" not in concerns


def test_civic_self_organisation_is_about_informal_care_without_judging_it():
    doc, ex = extract_text(
        "Het zelforganiserend vermogen van de wijk is beperkt.",
        "In de kernen ontstaan burgerinitiatieven.",
    )
    for quote in ("Het zelforganiserend", "In de kernen"):
        finding = finding_for(doc, ex, quote)
        assert "problem/low-informal-care" in {key(c) for c in finding.concerns}, quote
    # a subject label names the topic, it does not make the claim negative
    assert finding_for(doc, ex, "In de kernen").polarity != "negative"


def test_beschermd_werk_is_the_sheltered_work_of_the_participatiewet():
    doc, ex = extract_text("Voor beschermd werk is nog één plek gerealiseerd.")
    concerns = {key(c) for c in finding_for(doc, ex, "Voor beschermd werk").concerns}
    assert "problem/sheltered-work" in concerns


def test_figures_joined_by_a_semicolon_are_still_data():
    doc, ex = extract_text(
        "21% van de inwoners is 65 jaar of ouder; 27% is jonger dan 25 jaar.",
        heading="Demografie en sociaaleconomische situatie",
    )
    assert ex.findings == []
    assert {i.value for i in ex.indicators} >= {21, 27}


@pytest.mark.parametrize(
    "cause",
    [
        "vooral door de groei van de begeleiding",
        "als gevolg van de vergrijzing",
        "dankzij de wijkteams",
    ],
)
def test_figures_with_their_cause_are_a_finding(cause):
    sentence = f"Het aantal cliënten is in 2015 gestegen tot 2.300, {cause}."
    doc, ex = extract_text(sentence, heading="Zorggebruik")
    assert [doc.text[f.start : f.end] for f in ex.findings] == [sentence]
    doc, ex = extract_text(
        "Het aantal cliënten is in 2015 gestegen tot 2.300.", heading="Zorggebruik"
    )
    assert ex.findings == []


def test_figures_in_a_sentence_on_how_the_work_is_organised_are_a_finding():
    # how many teams there are, counted in words, is a plain fact of organisation (gold
    # decision 2 of the twenty-seventh session)
    for sentence in (
        "De gemeente werkt met gebiedsteams in vier gebieden.",
        "In de gemeente zijn vier gebiedsteams.",
    ):
        doc, ex = extract_text(sentence, heading="Organisatie")
        assert [doc.text[f.start : f.end] for f in ex.findings] == [sentence]
    for data in (
        "Het aantal huisartsen per 1.000 inwoners bedraagt 0,5.",
        "In de gemeente werken 120 huisartsen.",
        "Ongeveer 1 op de 12 jongeren ontvangt jeugdhulp.",
    ):
        doc, ex = extract_text(data, heading="Zorggebruik")
        assert ex.findings == [], data


def test_an_interviewers_question_is_no_finding():
    doc, ex = extract_text(
        "V: Wat was het grootste probleem in 2015?",
        "A: De huishoudelijke hulp, want dat leidde tot veel bezwaren.",
        heading="Interview met de wethouder",
    )
    assert [doc.text[f.start : f.end][:5] for f in ex.findings] == ["A: De"]
    assert [key(s) for s in ex.findings[0].speakers] == ["role/alderman"]


@pytest.mark.parametrize("label", ["Vraag", "Vraag 2", "Interviewer"])
def test_an_interviewers_labelled_question_is_no_finding_but_the_answer_is(label):
    doc, ex = extract_text(
        f"{label}: Hoe kijkt u terug op de eerste jaren?",
        "Antwoord: Met gemengde gevoelens, want de wachtlijsten groeien.",
        heading="Interview met de wethouder",
    )
    texts = [doc.text[f.start : f.end] for f in ex.findings]
    assert texts == ["Antwoord: Met gemengde gevoelens, want de wachtlijsten groeien."]
    assert [key(s) for s in ex.findings[0].speakers] == ["role/alderman"]


def test_an_initial_before_a_name_is_no_interviewers_label():
    doc, ex = extract_text("V. de Jong, wethouder, vertelt dat de wachtlijsten groeien.")
    assert len(ex.findings) == 1


def test_figures_that_name_a_place_are_a_finding():
    doc, ex = extract_text(
        "Het aandeel ouderen bedraagt 19%, met een concentratie in Zaandam.",
        heading="Demografie en sociaaleconomische situatie",
    )
    (finding,) = ex.findings
    assert [key(c) for c in finding.concerns] == ["place/zaandam"]
    doc, ex = extract_text(
        "Het aandeel ouderen bedraagt 19%, met een concentratie in de wijken.",
        heading="Demografie en sociaaleconomische situatie",
    )
    assert ex.findings == []  # no name: figures only


def test_a_reference_back_that_names_only_the_own_municipality_refers_back():
    doc, ex = extract_text(
        "Ambtenaren noemen armoede en eenzaamheid. Daarom is dat lastig in Teststad."
    )
    finding = finding_for(doc, ex, "Daarom is dat")
    assert [key(c) for c in finding.concerns] == ["problem/loneliness", "problem/poverty"]


def test_a_point_of_concern_opens_a_new_subject_in_its_paragraph():
    doc, ex = extract_text(
        "Zorgaanbieders zijn tevreden over de Wmo. Een zorgpunt is het beperkt aantal "
        "beleidsambtenaren. Als er twee ziek worden, stokt alles."
    )
    finding = finding_for(doc, ex, "Als er twee ziek")
    assert "problem/capacity-shortage" in {key(c) for c in finding.concerns}


def test_a_causal_adverb_after_a_subject_of_its_own_does_not_refer_back():
    doc, ex = extract_text(
        "Ambtenaren noemen armoede en eenzaamheid. Het aantal klachten is daarom geen maat.",
        "Ambtenaren noemen armoede en eenzaamheid. Daardoor is het lastig.",
    )
    assert finding_for(doc, ex, "Het aantal klachten").concerns == ()
    assert [key(c) for c in finding_for(doc, ex, "Daardoor is het").concerns] == [
        "problem/loneliness",
        "problem/poverty",
    ]


def test_a_reference_back_naming_only_actors_continues_the_paragraphs_subject():
    doc, ex = extract_text(
        "Eenzaamheid is het grootste probleem. De GGD ziet veel ouderen. "
        "Voor die groep is de huisarts nog onvoldoende toegerust."
    )
    concerns = {key(c) for c in finding_for(doc, ex, "Voor die groep").concerns}
    assert "problem/loneliness" in concerns
    # without the reference back, a claim naming an actor keeps only its own concerns
    doc, ex = extract_text(
        "Eenzaamheid is het grootste probleem. De huisarts is nog onvoldoende toegerust."
    )
    concerns = {key(c) for c in finding_for(doc, ex, "De huisarts").concerns}
    assert "problem/loneliness" not in concerns


def test_a_claim_taking_up_a_noun_of_the_claim_before_is_about_the_same():
    doc, ex = extract_text(
        "De samenwerking tussen huisartsen en de GGD stokt. "
        "Een vast overleg moet de samenwerking verbeteren."
    )
    concerns = {key(c) for c in finding_for(doc, ex, "Een vast overleg").concerns}
    assert {"role/general-practitioners", "role/ggd"} <= concerns
    # a generic noun ("de gemeente") takes up nothing
    doc, ex = extract_text(
        "De gemeente werkt met huisartsen en de GGD. Een vast overleg helpt de gemeente."
    )
    assert finding_for(doc, ex, "Een vast overleg").concerns == ()


def test_a_demonstrative_takes_up_the_claim_before_whoever_speaks():
    doc, ex = extract_text(
        "Naast de wijkteams zijn er jeugdteams met een eigen opdracht. Of die splitsing"
        " blijft, staat ter discussie, zo vertellen ambtenaren."
    )
    before = finding_for(doc, ex, "Naast de wijkteams")
    claim = finding_for(doc, ex, "Of die splitsing")
    assert [key(s) for s in claim.speakers] == ["role/civil-servants"]
    assert claim.concerns == before.concerns
    assert {key(c) for c in claim.concerns} >= {"role/social-team", "role/youth-team"}


def test_a_personal_pronoun_among_the_first_words_refers_to_the_claim_before():
    doc, ex = extract_text(
        "Het huis van een cliënt van de wijkverpleegkundige raakt vervuild. Het beste is als"
        " zij dat meteen oppakt."
    )
    concerns = finding_for(doc, ex, "Het beste is als zij").concerns
    assert concerns == finding_for(doc, ex, "Het huis van").concerns
    assert "role/district-nurses" in map(key, concerns)


def test_a_pronoun_for_the_speakers_refers_back_though_others_of_their_group_are_named():
    doc, ex = extract_text(
        "Ambtenaren zijn tevreden over de samenwerking met de huisartsen. Ze horen dat ook"
        " van ambtenaren uit buurgemeenten."
    )
    claim = finding_for(doc, ex, "Ze horen dat")
    assert [key(s) for s in claim.speakers] == ["role/civil-servants"]
    assert [key(c) for c in claim.concerns] == ["role/general-practitioners"]
    # without the pronoun, a claim naming the speakers' group says something new
    doc, ex = extract_text(
        "Ambtenaren zijn tevreden over de samenwerking met de huisartsen. Dit horen"
        " ambtenaren uit buurgemeenten niet."
    )
    assert finding_for(doc, ex, "Dit horen").concerns == ()


def test_a_noun_taken_up_after_adjectives_is_about_the_claim_before():
    doc, ex = extract_text(
        "Zorgaanbieders krijgen veel ruimte; de regels zijn eenvoudig. Het blijft wel lastig"
        " vanwege de landelijke en Europese regels.",
        "Zorgaanbieders krijgen veel ruimte; de regels zijn eenvoudig. Het blijft wel lastig"
        " vanwege het weer.",
    )
    claims = [f for f in ex.findings if doc.text[f.start : f.end].startswith("Het blijft")]
    assert [key(c) for c in claims[0].concerns] == ["role/care-providers"]
    assert claims[1].concerns == ()  # nothing taken up: nothing carried over


def test_a_paragraph_opening_with_how_the_field_is_organised_opens_in_the_authors_voice():
    doc, ex = extract_text(
        "Het UWV geeft aan dat veel mensen ver van de arbeidsmarkt staan.",
        "De jeugdhulp wordt ingekocht via het Regionaal Inkoopbureau Jeugd West-Brabant.",
    )
    said = finding_for(doc, ex, "ver van de arbeidsmarkt")
    plain = finding_for(doc, ex, "wordt ingekocht via")
    assert [key(s) for s in said.speakers] == ["organisation/uwv"]
    assert [key(s) for s in plain.speakers] == ["role/authors"]


def test_how_the_field_is_organised_inside_a_speakers_paragraph_is_the_authors_fact():
    # gold README, 27th settlement point 2: also in the middle of a speaker's paragraph
    doc, ex = extract_text(
        "Het UWV geeft aan dat veel mensen ver van de arbeidsmarkt staan. De jeugdhulp wordt"
        " ingekocht via het Regionaal Inkoopbureau Jeugd West-Brabant.",
    )
    plain = finding_for(doc, ex, "wordt ingekocht via")
    assert [key(s) for s in plain.speakers] == ["role/authors"]


def test_an_arrangement_set_against_a_clause_inside_a_paragraph_keeps_the_account():
    doc, ex = extract_text(
        "Het UWV geeft aan dat veel mensen ver van de arbeidsmarkt staan. De jeugdhulp wordt"
        " ingekocht via het Regionaal Inkoopbureau Jeugd West-Brabant, maar de lijnen zijn lang.",
    )
    account = finding_for(doc, ex, "wordt ingekocht via")
    assert [key(s) for s in account.speakers] == ["organisation/uwv"]


def test_an_arrangement_a_closing_attribution_covers_keeps_its_speaker():
    doc, ex = extract_text(
        "De toegang loopt goed. De jeugdhulp wordt ingekocht via het Regionaal Inkoopbureau"
        " Jeugd West-Brabant. Dat werkt goed, zegt een beleidsmedewerker.",
    )
    covered = finding_for(doc, ex, "wordt ingekocht via")
    assert [key(s) for s in covered.speakers] == ["role/policy-officers"]


def test_a_statistic_of_the_population_in_the_authors_voice_is_data():
    doc, ex = extract_text(
        "Een op de vijf huishoudens leeft van een laag inkomen.",
        "Het eerste jaar werd afgesloten met een tekort van € 2,1 miljoen op jeugd.",
        "Het gebruik ligt met 8,1% boven het landelijk gemiddelde, wat met de vergrijzing "
        "samenhangt.",
        heading="Demografie en sociaaleconomische situatie",
    )
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert not any("laag inkomen" in q for q in quotes)  # figures only: data
    assert any("tekort" in q for q in quotes)  # a deficit is a finding
    assert any("vergrijzing" in q for q in quotes)  # a cause is a remark beyond the figures


def test_a_place_named_as_the_reference_of_a_comparison_adds_nothing_to_the_figures():
    doc, ex = extract_text(
        "Per 1.000 inwoners zijn er 58 bijstandsuitkeringen, bijna twee keer zo veel als in "
        "Zeeland als geheel.",
        "Ongeveer 9% van de bevolking heeft een migratieachtergrond, geconcentreerd in de wijken "
        "Paauwenburg en Lammerenburg.",
        heading="Demografie en sociaaleconomische situatie",
        title="Vlissingen",
    )
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert not any("Zeeland" in q for q in quotes)  # the reference: data
    # where the share gathers, with no figure of its own: data (gold README, decision 18 of
    # the thirty-first session's settlement)
    assert not any("Paauwenburg" in q for q in quotes)


def test_a_quotation_with_a_figure_is_someones_words_not_data():
    doc, ex = extract_text(
        "Het team werkt hard. ‘Dat was een half jaar werk voor het hele team’, rekent een "
        "beleidsmedewerker Wmo voor.",
        heading="Demografie en sociaaleconomische situatie",
    )
    assert any("half jaar" in doc.text[f.start : f.end] for f in ex.findings)


def test_an_ended_arrangement_inside_a_speakers_paragraph_is_the_authors_account():
    doc, ex = extract_text(
        "Volgens de schuldhulpverleners duurt het zeven weken voordat een gesprek plaatsvindt. "
        "Tot 2015 voerde Teststad de schuldhulpverlening samen met Geldrop-Mierlo uit; die "
        "samenwerking is inmiddels beëindigd."
    )
    assert [key(s) for s in finding_for(doc, ex, "Tot 2015").speakers] == ["role/authors"]


def test_a_count_that_changed_without_a_figure_is_data_after_a_speaker():
    """A count that changed ("Het aantal vrijwilligers nam licht af."): no speaker's voice
    goes on over it."""
    doc, ex = extract_text(
        "De welzijnsorganisatie ziet vooral meer overbelaste mantelzorgers. "
        "Het aantal vrijwilligers nam licht af."
    )
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert "Het aantal vrijwilligers nam licht af." not in quotes


def test_an_arrangement_in_the_authors_voice_ends_the_account_it_interrupts():
    doc, ex = extract_text(
        "De politie wijst erop dat het aantal meldingen over verwarde personen toenam. "
        "Beschermd wonen valt onder Almere als centrumgemeente; wie daarop is aangewezen, moet "
        "meestal verhuizen naar Almere of Lelystad. Het vervoer voor ouderen is een zorgpunt: de "
        "buurtbus rijdt er nog maar twee keer per dag.",
        title="Dronten",
    )
    speakers = {
        doc.text[f.start : f.end][:12]: sorted(key(s) for s in f.speakers) for f in ex.findings
    }
    assert speakers["De politie w"] == ["role/police"]
    assert speakers["Beschermd wo"] == ["role/authors"]
    assert speakers["Het vervoer "] == ["role/authors"]


def test_key_figure_lines_of_a_fact_sheet_are_data():
    doc, ex = extract_text(
        "Inwoners (2016): 42.100.",
        "Aandeel 65-plussers: 23%, landelijk 18%.",
        "Werkloosheid (2016): 7,2%, tegen 6,0% landelijk.",
        "Wachtlijst jeugd-ggz: fors opgelopen.",
        heading="Demografie en sociaaleconomische situatie",
    )
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert quotes == ["Wachtlijst jeugd-ggz: fors opgelopen."]


def test_figures_under_a_source_heading_are_what_that_source_told():
    doc, ex = extract_text(
        "Uit de gesprekken met klantmanagers:",
        "Caseload: ongeveer 110.",
        "Instroom: 40 per maand.",
    )
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert "Caseload: ongeveer 110." in quotes
    assert "Instroom: 40 per maand." in quotes


def test_the_figures_of_a_scene_tell_its_story():
    doc, ex = extract_text(
        "In de wijk sluit het inloopspreekuur om half vijf. Er zijn twaalf mensen geweest.",
        "Er zijn in de gemeente twaalf sociale wijkteams.",
        heading="Ouderen",
    )
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert "Er zijn twaalf mensen geweest." in quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "De coördinatoren van de kernen komen vier keer per jaar bijeen.",
        "Het overleg over de inkoop vindt eens per kwartaal plaats.",
        "De stuurgroep vergadert twee keer per jaar.",
        "Er is eens per maand een inloopspreekuur in het dorpshuis.",
        "De klankbordgroep komt eens per jaar bijeen.",
    ],
)
def test_the_rhythm_of_a_meeting_is_no_figure_that_makes_a_sentence_data(sentence):
    doc, ex = extract_text(sentence)
    assert [i.unit for i in ex.indicators] == ["count"]  # the frequency is an indicator
    assert finding_for(doc, ex, sentence[:20])  # and the sentence a finding


@pytest.mark.parametrize(
    "sentence",
    [
        "In de gemeente wonen 300 mensen met een bijstandsuitkering.",
        "Per jaar komen er ongeveer 120 meldingen binnen.",
    ],
)
def test_a_count_per_year_stays_data(sentence):
    _, ex = extract_text(sentence)
    assert ex.findings == []


# An arrangement the speaker of the paragraph states through a pronoun ("Volgens hem voert X
# … uit") is that speaker's account, not the authors' fact (invented sentences).
@pytest.mark.parametrize(
    ("opening", "arrangement", "group"),
    [
        (
            "De klantmanager vertelt dat de bijstand stijgt.",
            "Volgens hem voert Werkbedrijf Noordkant de Participatiewet voor Teststad uit.",
            "klantmanager",
        ),
        (
            "De beleidsmedewerker vertelt dat de jeugdhulp duur is.",
            "Volgens haar wordt de jeugdhulp ingekocht via de regio Twente.",
            "policy-officers",
        ),
        (
            "De wethouder vertelt dat de kosten oplopen.",
            "Hij zegt dat Werkbedrijf Noordkant de Participatiewet voor Teststad uitvoert.",
            "alderman",
        ),
        (
            "De teamleider vertelt dat het team groeit.",
            "De jeugdhulp wordt volgens haar ingekocht via de regio Twente.",
            "teamleider",
        ),
    ],
)
def test_an_arrangement_told_through_a_pronoun_keeps_its_speaker(opening, arrangement, group):
    doc, ex = extract_text(f"{opening} {arrangement}")
    speakers = sorted(key(s) for s in finding_for(doc, ex, arrangement[:20]).speakers)
    assert speakers == [f"role/{group}"]
