"""Claims and their voices (kg/extract/claims.py) on synthetic profiles."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.document import Sentence
from kg.extract.claims import Claim, assign_voices, read_claims, segment
from kg.extract.speakers import Speech
from tests.extract_helpers import _lexicon_and_headings, extract_text, finding_for, key


def _doc(text: str, *spans: tuple[int, int, int]) -> SimpleNamespace:
    """A document of sentences given as ``(start, end, paragraph)`` in one section."""
    sentences = [Sentence(i, a, b, 0, p) for i, (a, b, p) in enumerate(spans)]
    return SimpleNamespace(text=text, sentences=sentences)


def test_an_announcement_joins_the_sentence_it_announces():
    text = "De aanpak ziet er als volgt uit. Eerst komt de intake. Dan volgt zorg."
    doc = _doc(text, (0, 32, 0), (33, 54, 0), (55, 70, 0))
    assert [[s.index for s in unit] for unit in segment(doc)] == [[0, 1], [2]]


def test_the_following_announces_the_next_sentence():
    text = "De knelpunten zijn de volgende. De tarieven zijn laag. Klaar."
    doc = _doc(text, (0, 31, 0), (32, 54, 0), (55, 61, 0))
    assert [[s.index for s in unit] for unit in segment(doc)] == [[0, 1], [2]]


def test_a_quotation_open_across_a_sentence_break_is_one_claim():
    text = "Zij zeggen: “we kennen de mensen. Die zijn ver weg”. Klaar."
    doc = _doc(text, (0, 33, 0), (34, 52, 0), (53, 59, 0))
    assert [[s.index for s in unit] for unit in segment(doc)] == [[0, 1], [2]]


def test_an_announcement_never_joins_across_a_paragraph():
    text = "Het ziet er als volgt uit. Eerst dit."
    doc = _doc(text, (0, 26, 0), (27, 37, 1))
    assert [[s.index for s in unit] for unit in segment(doc)] == [[0], [1]]


def test_a_closing_attribution_covers_the_sentences_before_it_in_its_paragraph():
    text = "Het gaat goed. Het kan beter. Dat zeggen ambtenaren. Iets anders."
    sentences = [
        Sentence(0, 0, 14, 0, 0),
        Sentence(1, 15, 29, 0, 0),
        Sentence(2, 30, 52, 0, 0),
        Sentence(3, 53, 65, 0, 1),
    ]
    said = Speech(("role/civil-servants",), True)
    claims = [Claim([s]) for s in sentences]
    claims[2] = Claim([sentences[2]], speech=said, explicit=True)
    assign_voices(SimpleNamespace(text=text), claims)
    assert [c.voice for c in claims[:3]] == [("role/civil-servants",)] * 3
    # the voice carries on into the next paragraph of the section
    assert claims[3].voice == ("role/civil-servants",)


def test_a_closing_attribution_covers_a_voice_carried_over_the_paragraph_break():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat de toegang goed is georganiseerd. De lijnen zijn kort.",
        "De wachtlijsten voor de jeugd-GGZ zijn lang. Ouders moeten soms maanden wachten, zo "
        "vertelt een jeugdconsulent.",
    )
    assert _voice_of(doc, ex, "De lijnen") == ["role/civil-servants"]
    assert _voice_of(doc, ex, "De wachtlijsten") == ["role/youth-consultants"]
    doc, ex = extract_text(
        "Ambtenaren vertellen dat de toegang goed is georganiseerd. De wachtlijsten voor de "
        "jeugd-GGZ zijn lang. Ouders moeten soms maanden wachten, zo vertelt een jeugdconsulent."
    )
    assert _voice_of(doc, ex, "De wachtlijsten") == ["role/civil-servants"]


def test_guillemets_are_quotation_marks():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat de monitor vooral cijfers bevat.",
        "Een beleidsmedewerker: «We weten wel wat we uitgeven.»",
        "«We weten wat we uitgeven. Maar niet wat het oplevert», zegt een beleidsmedewerker.",
    )
    assert _voice_of(doc, ex, "Een beleidsmedewerker:") == ["role/policy-officers"]
    (finding,) = [f for f in ex.findings if "Maar niet" in doc.text[f.start : f.end]]
    assert len(finding.sentences) == 2


def test_a_paragraph_opening_with_what_happened_to_a_group_is_not_its_account():
    doc, ex = extract_text(
        "Ambtenaren zijn tevreden over de inspraak.",
        "De Wmo-raad en de cliëntenraad zijn in 2015 samengevoegd tot een adviesraad. De "
        "Wmo-raad vindt dat hij te laat wordt betrokken.",
    )
    assert _voice_of(doc, ex, "samengevoegd") == ["role/authors"]
    assert _voice_of(doc, ex, "te laat") == ["role/wmo-council"]


def test_a_footnote_is_the_authors():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat de tekorten op de jeugdhulp aanhouden.¹",
        "¹ In Nijverdal staan twee verpleeghuizen die veel cliënten van buiten trekken.",
    )
    assert _voice_of(doc, ex, "In Nijverdal") == ["role/authors"]


def test_a_bracketed_footnote_is_the_authors():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat de tekorten op de jeugdhulp aanhouden.[1]",
        "[1] In Nijverdal staan twee verpleeghuizen die veel cliënten van buiten trekken.",
    )
    assert _voice_of(doc, ex, "In Nijverdal") == ["role/authors"]


def test_a_quotation_covers_only_itself():
    text = "Het gaat goed. “Het kan beter”, zegt een ambtenaar."
    sentences = [Sentence(0, 0, 14, 0, 0), Sentence(1, 15, 51, 0, 0)]
    claims = [
        Claim([sentences[0]]),
        Claim([sentences[1]], speech=Speech(("role/civil-servants",), True), explicit=True),
    ]
    assign_voices(SimpleNamespace(text=text), claims)
    assert [c.voice for c in claims] == [(), ("role/civil-servants",)]


def test_read_claims_gives_each_claim_its_mentions_and_voice():
    doc, ex = extract_text("Ambtenaren vertellen dat de wachtlijst groeit. De raad is kritisch.")
    lexicon, _ = _lexicon_and_headings()
    claims = read_claims(doc, ex.mentions, lexicon)
    assert len(claims) == 2
    first = claims[0]
    assert [key(v) for v in first.voice] == ["role/civil-servants"]
    assert "role/civil-servants" in {key(m.entity) for m in first.mentions}
    assert all(first.start <= m.start < first.end for m in first.mentions)


def _voice_of(doc, ex, fragment: str) -> list[str]:
    finding = next(f for f in ex.findings if fragment in doc.text[f.start : f.end])
    return sorted(key(s) for s in finding.speakers)


def test_a_subject_pronoun_that_reports_takes_up_the_subject_before_it():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat de wijkteams goed werken. Huisartsen vormen een lastige "
        "schakel. Zij geven aan dat zij niet weten wie zij moeten bellen. De lijnen zijn lang."
    )
    # a group described by a copula: a fact in the authors' voice (kg.extract.groupfacts)
    assert _voice_of(doc, ex, "lastige schakel") == ["role/authors"]
    assert _voice_of(doc, ex, "Zij geven aan") == ["role/general-practitioners"]
    assert _voice_of(doc, ex, "De lijnen") == ["role/general-practitioners"]


@pytest.mark.parametrize(
    "sentence", ["Volgens haar werkt dat goed.", "Volgens hem werkt dat goed.", "Hij is tevreden."]
)
def test_a_singular_pronoun_does_not_take_up_a_plural_subject(sentence):
    doc, ex = extract_text(
        "De wethouder vertelt dat de gemeente koos voor een brede toegang. Inwoners hoeven "
        f"zo maar één keer hun verhaal te doen. {sentence}"
    )
    assert _voice_of(doc, ex, sentence[:10]) == ["role/alderman"]


@pytest.mark.parametrize(
    "opener",
    [
        "De gemeente werkt met een kwartaalrapportage die aan de raad wordt gestuurd.",
        "De regio koopt de specialistische jeugdhulp gezamenlijk in.",
        "Teststad werkt voor de Participatiewet samen met de buurgemeenten.",
    ],
)
def test_a_paragraph_opening_with_the_municipality_as_subject_is_the_authors(opener):
    doc, ex = extract_text(
        "Ambtenaren vertellen dat zij weinig zicht hebben op de jeugdhulp.",
        f"{opener} Dat vraagt veel van de organisatie.",
    )
    assert _voice_of(doc, ex, opener[:15]) == ["role/authors"]
    assert _voice_of(doc, ex, "Dat vraagt") == ["role/authors"]


def test_a_paragraph_about_the_municipality_is_not_taken_up_by_a_voice_resumed_later():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat de mantelzorgers goed in beeld zijn. De Wmo-raad is kritischer.",
        "Voor de Participatiewet voert de gemeente de uitkeringen zelf uit. Het aanbod is volgens "
        "ambtenaren nog mager.",
    )
    assert _voice_of(doc, ex, "Voor de Participatiewet") == ["role/authors"]
    assert _voice_of(doc, ex, "Het aanbod") == ["role/civil-servants"]


def test_a_paragraph_going_on_about_the_municipality_keeps_the_voice():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat zij weinig zicht hebben op de jeugdhulp.",
        "Ook de gemeente zelf krijgt de cijfers laat.",
        "De gemeente heeft daarom een eigen monitor laten maken.",
    )
    assert _voice_of(doc, ex, "Ook de gemeente") == ["role/civil-servants"]
    assert _voice_of(doc, ex, "eigen monitor") == ["role/civil-servants"]


def test_a_paragraph_opening_with_a_routine_of_a_group_is_the_authors_fact():
    doc, ex = extract_text(
        "Het college stuurt op drie doelen: minder dure zorg, snellere hulp en meer eigen kracht.",
        "De raad ontvangt elk kwartaal een monitor met het aantal cliënten, de wachttijden en "
        "de uitgaven. Raadsleden vinden die monitor te summier.",
        "De Wmo-raad organiseert twee keer per jaar een bijeenkomst. De Wmo-raad is positief "
        "over de opkomst.",
    )
    assert _voice_of(doc, ex, "De raad ontvangt") == ["role/authors"]
    assert _voice_of(doc, ex, "te summier") == ["role/council-members"]
    # a fact about a group, not figures only: a finding
    assert _voice_of(doc, ex, "organiseert twee keer") == ["role/authors"]


def test_a_quotation_opening_or_interrupting_an_account_closes_its_turn():
    # the quotation is its speaker's; the plain sentence after it is the authors' again,
    # whether the quotation opens its paragraph or interrupts an account in it
    doc, ex = extract_text(
        "De wethouder is tevreden over de eerste resultaten.",
        "Een jeugdconsulent vertelt: “Ouders bellen pas als het echt mis is.” Preventie "
        "krijgt daarom meer aandacht.",
    )
    assert _voice_of(doc, ex, "Ouders bellen") == ["role/youth-consultants"]
    assert _voice_of(doc, ex, "Preventie") == ["role/authors"]
    doc, ex = extract_text(
        "De wethouder is tevreden over de eerste resultaten. Een jeugdconsulent vertelt: "
        "“Ouders bellen pas als het echt mis is.” Preventie krijgt daarom meer aandacht."
    )
    assert _voice_of(doc, ex, "Preventie") == ["role/authors"]


def test_a_subject_pronoun_without_a_report_keeps_the_voice():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat de wijkteams goed werken. Huisartsen werken met een vaste "
        "lijst. Zij verwijzen rechtstreeks naar de jeugdhulp."
    )
    assert _voice_of(doc, ex, "Zij verwijzen") == ["role/civil-servants"]


def test_a_fact_about_a_group_ends_the_account_it_interrupts():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat de wijkteams goed werken. Huisartsen vormen een lastige "
        "schakel. Zij verwijzen rechtstreeks naar de jeugdhulp."
    )
    assert _voice_of(doc, ex, "Zij verwijzen") == ["role/authors"]


def test_a_speaker_named_only_in_a_contrasting_clause_joins_the_voice_carried_on():
    doc, ex = extract_text(
        "Raadsleden vertellen dat de wijkteams dicht bij de mensen staan. In de oude wijken "
        "komen veel bewoners langs, maar ambtenaren vrezen dat ouderen buiten beeld blijven."
    )
    assert _voice_of(doc, ex, "maar ambtenaren") == ["role/civil-servants", "role/council-members"]


def test_a_speaker_opening_the_sentence_or_already_carried_holds_it_alone():
    doc, ex = extract_text(
        "Raadsleden vertellen dat de wijkteams dicht bij de mensen staan. Ambtenaren vrezen "
        "dat ouderen buiten beeld blijven, maar de teams zijn druk."
    )
    assert _voice_of(doc, ex, "Ambtenaren vrezen") == ["role/civil-servants"]
    doc, ex = extract_text(
        "Raadsleden vertellen dat de wijkteams dicht bij de mensen staan. Er komen veel "
        "bewoners langs, maar raadsleden vrezen dat ouderen buiten beeld blijven."
    )
    assert _voice_of(doc, ex, "maar raadsleden") == ["role/council-members"]


def test_a_bare_function_speaks_for_the_body_before_and_is_no_concern():
    doc, ex = extract_text(
        "Wij spraken met de cliëntenraad. De voorzitter is kritisch over de eigen bijdrage."
    )
    chair = next(f for f in ex.findings if doc.text[f.start :].startswith("De voorzitter"))
    assert [key(s) for s in chair.speakers] == ["role/client-council"]
    assert "role/voorzitter" not in [key(c) for c in chair.concerns]
    assert "problem/co-payment-debts" in [key(c) for c in chair.concerns]


def test_a_tables_rows_are_data_and_the_account_goes_on_after_them():
    from kg.document import parse_profile
    from kg.extract import extract

    lexicon, headings = _lexicon_and_headings()
    text = (
        "Teststad\n\nEen motto\n\nSamenwerking\n"
        "Ambtenaren vertellen dat het beleid werkt. Het beleid is volgens hen goed.\n\n"
        "Werkloosheid       5,9%      7,4%\n"
        "Bijstand           4,1%      5,0%\n\n"
        "Jeugdhulp          hoog      gemiddeld\n\n"
        "Het gaat goed met de samenwerking.\n"
    )
    doc = parse_profile(text, "teststad", headings)
    found = {
        doc.text[f.start : f.end]: [key(s) for s in f.speakers]
        for f in extract(doc, lexicon).findings
    }
    assert "Werkloosheid 5,9% 7,4%" not in found  # a row of figures: data, no finding
    assert found["Jeugdhulp hoog gemiddeld"] == ["role/authors"]  # a row: the authors'
    assert found["Het gaat goed met de samenwerking."] == ["role/civil-servants"]


def test_a_key_figure_line_in_an_account_is_data():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat het beleid werkt.",
        "Werkloosheid: 5,9% (NL 7,4%)",
        "Het gaat goed.",
    )
    texts = [doc.text[f.start : f.end] for f in ex.findings]
    assert "Werkloosheid: 5,9% (NL 7,4%)" not in texts
    assert [key(s) for s in ex.findings[-1].speakers] == ["role/civil-servants"]


def test_a_bare_function_opening_a_paragraph_speaks_for_the_body_named_before_it():
    doc, ex = extract_text(
        "Wij spraken met de Wmo-raad.", "De voorzitter is kritisch over de eigen bijdrage."
    )
    chair = next(f for f in ex.findings if doc.text[f.start :].startswith("De voorzitter"))
    assert [key(s) for s in chair.speakers] == ["role/wmo-council"]
    assert "role/voorzitter" not in [key(c) for c in chair.concerns]


def test_a_voice_named_in_a_closing_concession_takes_up_no_account():
    """ "…, al zijn die volgens ambtenaren nog vaag": a remark on the fact; what follows is
    the authors' again."""
    doc, ex = extract_text(
        "Teststad werkt samen met Buurstad in de regio. "
        "Met de provincie zijn er afspraken, al zijn die volgens ambtenaren nog weinig concreet. "
        "Veilig Thuis is ondergebracht bij de GGD."
    )

    def speakers(fragment):
        found = [f for f in ex.findings if fragment in doc.text[f.start : f.end]]
        return sorted(key(s) for s in found[0].speakers)

    assert speakers("weinig concreet") == ["role/civil-servants"]
    assert speakers("ondergebracht") == ["role/authors"]


def test_the_bare_head_of_a_body_speaks_for_the_group_of_the_claim_before():
    doc, ex = extract_text(
        "De Wmo-raad herkent dat. Volgens de voorzitter komen de adviezen te laat."
    )
    found = [f for f in ex.findings if "voorzitter" in doc.text[f.start : f.end]]
    assert [key(s) for s in found[0].speakers] == ["role/wmo-council"]


def test_a_quotation_in_single_quotes_over_two_sentences_is_one_claim():
    from types import SimpleNamespace

    from kg.document import Sentence

    text = "De wethouder: ‘We hebben niet gewacht. Daardoor stonden de teams er.’ Dat klopt."
    a, b = text.index("Daardoor"), text.index("Dat klopt")
    doc = SimpleNamespace(
        text=text,
        sentences=[
            Sentence(0, 0, a - 1, 0, 0),
            Sentence(1, a, b - 1, 0, 0),
            Sentence(2, b, len(text), 0, 0),
        ],
    )
    assert [[s.index for s in unit] for unit in segment(doc)] == [[0, 1], [2]]


def test_a_singular_pronoun_takes_up_the_one_person_who_spoke_right_before():
    # the quotation illustrates the alderman's account, but "volgens hem" is the official's
    doc, ex = extract_text(
        "Het budget is krap, zegt de wethouder. ‘Dat was een half jaar werk’, legt een "
        "beleidsmedewerker uit. Volgens hem lopen de cijfers van het Rijk maanden achter."
    )
    last = [f for f in ex.findings if "Volgens hem" in doc.text[f.start : f.end]]
    assert [sorted(key(s) for s in f.speakers) for f in last] == [["role/policy-officers"]]


def test_they_after_a_contrast_take_up_the_main_clause_s_speakers():
    doc, ex = extract_text(
        "Waar ambtenaren tevreden zijn over de rapportages, vinden raadsleden die te dik. "
        "Zij willen weten wat de hulp oplevert."
    )
    last = [f for f in ex.findings if "Zij willen" in doc.text[f.start : f.end]]
    assert [sorted(key(s) for s in f.speakers) for f in last] == [["role/council-members"]]


@pytest.mark.parametrize(
    "opening",
    [
        "De Wmo-raad is in 2015 met de cliëntenraad en de jongerenraad samengevoegd tot één raad.",
        "De Wmo-raad en de cliëntenraad zijn in 2015 samengegaan in één adviesraad.",
        "De Wmo-raad is in 2015 omgevormd tot een adviesraad met negen leden.",
    ],
)
def test_a_paragraph_opening_with_what_befell_a_group_is_the_authors_fact(opening):
    doc, ex = extract_text(
        "Raadsleden vinden de tarieven te laag.",
        opening + " De adviesraad voelt zich, aldus de voorzitter, serieus genomen.",
    )
    first = next(f for f in ex.findings if doc.text[f.start : f.end] == opening)
    assert [key(s) for s in first.speakers] == ["role/authors"]


def test_a_first_clause_of_figures_is_no_part_of_the_carried_voice():
    doc, ex = extract_text(
        "Huisartsen zijn tevreden over de teams. Het aandeel schoolverlaters daalde van 3,9% "
        "naar 3,1%, maar de leerplichtambtenaren wijzen erop dat een groep buiten beeld raakt."
    )
    found = next(f for f in ex.findings if "leerplicht" in doc.text[f.start : f.end])
    assert [key(s) for s in found.speakers] == ["role/compulsory-education-officers"]


def test_a_first_clause_without_figures_goes_on_with_the_carried_voice():
    doc, ex = extract_text(
        "Huisartsen zijn tevreden over de teams. De wachttijden zijn wel lang, maar de "
        "leerplichtambtenaren wijzen erop dat een groep buiten beeld raakt."
    )
    found = next(f for f in ex.findings if "leerplicht" in doc.text[f.start : f.end])
    assert len(found.speakers) == 2


def test_men_placed_in_the_town_hall_is_the_civil_servants():
    doc, ex = extract_text("Over de koers is men in het stadhuis eensgezind.")
    assert [key(s) for s in ex.findings[0].speakers] == ["role/civil-servants"]
    doc, ex = extract_text("Over het Rijk is men kritisch.")
    assert [key(s) for s in ex.findings[0].speakers] == ["role/interviewees"]


def test_a_first_clause_with_only_a_year_goes_on_with_the_carried_voice():
    doc, ex = extract_text(
        "Huisartsen zijn tevreden over de teams. In 2016 waren de wachttijden lang, maar de "
        "leerplichtambtenaren wijzen erop dat een groep buiten beeld raakt."
    )
    found = next(f for f in ex.findings if "leerplicht" in doc.text[f.start : f.end])
    assert len(found.speakers) == 2


def test_a_noun_after_an_article_is_no_participle_of_what_befell_a_group():
    from kg.extract.claims import _UNDERGOES

    assert _UNDERGOES.match("De Wmo-raad is in 2015 omgevormd tot een adviesraad.")
    assert not _UNDERGOES.match("De Wmo-raad is zeer tevreden over het beleid.")


def test_a_quotation_closes_its_speakers_turn():
    doc, ex = extract_text(
        "De wethouder zegt het zo: “Wie hulp nodig heeft, moet niet drie keer hoeven bellen.” "
        "Daarom is er sinds 2015 één loket voor zorg en jeugd. Dat loket is in het stadhuis."
    )
    assert _voice_of(doc, ex, "Wie hulp") == ["role/alderman"]
    assert _voice_of(doc, ex, "Daarom is er") == ["role/authors"]
    assert _voice_of(doc, ex, "Dat loket") == ["role/authors"]


def test_a_pronoun_after_a_quotation_takes_up_its_speaker():
    doc, ex = extract_text(
        "De wethouder zegt het zo: “Wie hulp nodig heeft, moet niet drie keer hoeven bellen.” "
        "Volgens haar werkt het loket goed."
    )
    assert _voice_of(doc, ex, "Volgens haar") == ["role/alderman"]


def test_another_member_takes_up_the_group_named_last():
    doc, ex = extract_text(
        "Raadsleden zijn matig te spreken over het dashboard. Zo zegt een fractievoorzitter: "
        "‘Het zijn vooral aantallen.’ Een ander raadslid wijst erop dat de raad weinig invloed "
        "heeft."
    )
    assert _voice_of(doc, ex, "Een ander raadslid") == ["role/council-members"]


def test_a_later_report_claims_a_paragraph_opened_by_its_group_as_a_bare_plural():
    doc, ex = extract_text(
        "De wethouder is tevreden over de eerste resultaten.",
        "Zorgaanbieders werken meer samen dan voorheen. De lijnen zijn kort. Zorgaanbieders "
        "zien dat de gemeente vertrouwen geeft.",
    )
    assert _voice_of(doc, ex, "De lijnen") == ["role/care-providers"]


def test_a_paragraph_opened_by_a_body_s_deed_is_not_claimed_by_its_later_report():
    # "De gemeenteraad heeft …": the authors describe what the council did
    doc, ex = extract_text(
        "De wethouder is tevreden over de eerste resultaten.",
        "De gemeenteraad heeft in 2014 een kaderbesluit genomen. Raadsleden zeggen dat zij "
        "daardoor grip houden op de Wmo.",
    )
    assert _voice_of(doc, ex, "De gemeenteraad heeft") == ["role/authors"]


def test_the_items_of_a_list_carry_the_voice_of_its_label_line():
    # the label line makes no claim; an item naming its own speaker keeps it
    doc, ex = extract_text(
        "Knelpunten volgens de Wmo-consulenten:\n- Het besluit duurt te lang.\n"
        "- De wethouder noemt de wachttijd onaanvaardbaar.\nSterke punten:\n"
        "- Mantelzorgers krijgen een vast aanspreekpunt."
    )
    assert _voice_of(doc, ex, "Het besluit") == ["role/wmo-consultants"]
    assert _voice_of(doc, ex, "De wethouder noemt") == ["role/alderman"]
    assert _voice_of(doc, ex, "Mantelzorgers krijgen") == ["role/authors"]
    assert not any(doc.text[f.start : f.end].startswith("Knelpunten") for f in ex.findings)


def test_a_commitment_in_minutes_is_its_subject_s_promise():
    doc, ex = extract_text(
        "Toezegging: de wethouder stuurt de commissie voor 1 november een overzicht van de "
        "verwijzingen."
    )
    assert _voice_of(doc, ex, "Toezegging") == ["role/alderman"]


def test_a_closing_singular_pronoun_takes_up_the_one_member_named_last():
    # the member's story interrupts the civil servants' account; "zegt zij" is hers
    doc, ex = extract_text(
        "De ambtenaar licht toe dat de systemen niet op elkaar aansluiten. Een klantmanager "
        "vertelt in een interview dat zij 130 klanten heeft. ‘Voor echte begeleiding blijft "
        "dan weinig tijd over,’ zegt zij."
    )
    assert _voice_of(doc, ex, "Voor echte") == ["role/klantmanager"]


def test_a_quotation_closed_by_its_attribution_hands_the_account_to_its_speaker():
    # "‘…’, zegt een schuldhulpverlener." names the member last: what follows is theirs
    doc, ex = extract_text(
        "Schulden vormen volgens vrijwel iedereen de kern van de problematiek. ‘Bij bijna elk "
        "gezin liggen er rekeningen op tafel’, zegt een schuldhulpverlener. Vooral jonge "
        "gezinnen komen vaak te laat in beeld."
    )
    assert _voice_of(doc, ex, "Vooral jonge") == ["role/debt-counsellors"]


def test_the_account_a_quotation_hands_over_is_not_carried_over_a_count():
    # a change to a figure is a count: the authors' (gold README, sixteenth batch, decision 7)
    doc, ex = extract_text(
        "Schulden vormen volgens vrijwel iedereen de kern van de problematiek. ‘Bij bijna elk "
        "gezin liggen er rekeningen op tafel’, zegt een schuldhulpverlener. De wachttijd voor "
        "een eerste gesprek liep op tot zeven weken."
    )
    assert _voice_of(doc, ex, "De wachttijd") == ["role/authors"]


def test_a_question_before_a_list_gives_its_voice_to_the_items():
    doc, ex = extract_text(
        "Wat zeggen de zorgaanbieders?\n- De tarieven zijn krap.\n"
        "- Een aanbieder van dagbesteding meldt dat het aantal deelnemers daalt."
    )
    assert _voice_of(doc, ex, "De tarieven") == ["role/care-providers"]


def test_a_pronoun_after_a_fronted_adverb_takes_up_the_subject_before():
    """The pronoun of "Nu zeggen zij …" after "De thuiszorgorganisaties waren …": theirs,
    not the group named last in the section."""
    doc, ex = extract_text(
        "Volgens vertegenwoordigers van plaatselijke belangen gaat de burenhulp goed.",
        "De thuiszorgorganisaties waren in 2015 fel gekant tegen de kortingen. Nu zeggen zij "
        "dat de rust is teruggekeerd.",
    )
    now = finding_for(doc, ex, "Nu zeggen zij")
    assert [key(s) for s in now.speakers] == ["role/home-care-organisations"]
    then = finding_for(doc, ex, "waren in 2015")  # the "then" of their then-and-now
    assert [key(s) for s in then.speakers] == ["role/home-care-organisations"]


def test_a_paragraph_adding_a_theme_with_ook_is_the_authors_after_several_voices():
    doc, ex = extract_text(
        "Huisartsen zeggen dat de wachttijden oplopen. Volgens de politie zijn er meer "
        "verwarde jongeren op straat.",
        "Ook de armoede onder gezinnen is zichtbaarder geworden.",
    )
    assert _voice_of(doc, ex, "Ook de armoede") == ["role/authors"]


def test_a_paragraph_opening_with_ook_and_a_pronoun_goes_on_with_the_voice():
    doc, ex = extract_text(
        "Huisartsen zeggen dat de wachttijden oplopen. Volgens de politie zijn er meer "
        "verwarde jongeren op straat.",
        "Ook zij vinden de armoede onder gezinnen zichtbaarder.",
    )
    assert _voice_of(doc, ex, "Ook zij") == ["role/police"]


@pytest.mark.parametrize(
    ("opening", "fragment"),
    [
        ("De Wmo-raad, die in 2015 de cliëntenraad verving, heeft elf leden.", "elf leden"),
        ("De cliëntenraad telt sinds 2014 negen leden.", "negen leden"),
        ("De adviesraad bestaat sinds 2016 uit twaalf leden.", "twaalf leden"),
        ("De Wmo-raad, opgericht in 2013, heeft nu 14 leden.", "14 leden"),
    ],
)
def test_a_paragraph_opening_with_a_bodys_size_is_the_authors(opening, fragment):
    doc, ex = extract_text(
        "Het college is tevreden over de samenwerking met de adviesraden.",
        opening + " Waar het college de raad een belangrijke partner noemt, zien de leden"
        " zelf vooral een rol achteraf.",
    )
    plain = finding_for(doc, ex, fragment)
    assert [key(s) for s in plain.speakers] == ["role/authors"]


@pytest.mark.parametrize(
    ("text", "fragment", "group"),
    [
        (
            "Bij de praktijk vertelt huisarts Bos dat de lijnen kort zijn, “korter dan ooit”. "
            "Toch verwijst hij veel kinderen door naar de jeugd-ggz.",
            "Toch verwijst",
            "general-practitioners",
        ),
        (
            "De wethouder noemt de teams “een succes”. Daarom wil hij de teams uitbreiden.",
            "Daarom wil",
            "alderman",
        ),
        (
            "Een jeugdarts zegt: “de wachttijd is te lang”. Soms ziet hij kinderen pas na maanden.",
            "Soms ziet",
            "youth-doctors",
        ),
        (
            "De wethouder vertelt dat de teams “een succes” zijn. Bovendien wil hij meer geld.",
            "Bovendien wil",
            "alderman",
        ),
    ],
)
def test_a_pronoun_after_a_fronted_adverb_takes_up_the_person_named_last(text, fragment, group):
    doc, ex = extract_text(text)
    assert [key(s) for s in finding_for(doc, ex, fragment).speakers] == [f"role/{group}"]


def test_a_fronted_adverb_without_the_pronoun_takes_no_one_up():
    doc, ex = extract_text(
        "De wethouder noemt de teams “een succes”. Toch loopt het tekort op de jeugdhulp op."
    )
    assert [key(s) for s in finding_for(doc, ex, "Toch loopt").speakers] == ["role/authors"]
