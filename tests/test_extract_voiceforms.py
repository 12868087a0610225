"""Tests for kg.extract.voiceforms: the forms of voice read apart from the group slots."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, key

from kg.extract.model import SentenceMention
from kg.extract.voiceforms import (
    PRONOUN_REPORT,
    PROVIDERS,
    QUOTED,
    impersonal,
    impersonal_voice,
    kinds_of_providers,
    pronoun_report,
    pronoun_subject,
    speaker_mentions,
)
from kg.namespaces import CONCEPT


def _mention(text: str, word: str, entity: str, kind: str = "role") -> SentenceMention:
    at = text.index(word)
    return SentenceMention(entity, kind, at, at + len(word), word, 0)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Uit de monitor blijkt dat het aantal stijgt.", True),
        ("Uit het onderzoek van de GGD bleek dat jongeren vaker drinken.", True),
        ("Volgens de landelijke cijfers is de werkloosheid laag.", True),
        ("Er wordt vaak gezegd dat de lijnen kort zijn.", True),
        ("Uit de gesprekken blijkt dat het goed gaat.", False),  # the interviewees speak
        ("Volgens de wethouder is het goed.", False),
        # a survey's answers are data
        ("Toch gaven jongeren in een enquête aan dat zij het team niet kennen.", True),
        ("Het team is bekend: in een enquête van de gemeente zegt 61% het te kennen.", True),
        ("In een peiling noemt de helft van de ouders de wachttijd te lang.", True),
        ("De gesprekspartners in dit onderzoek zijn tevreden.", False),  # the study's interviews
        # what cannot be told yet, said impersonally
        ("Hoe groot de eenzaamheid is, laat zich moeilijk vaststellen.", True),
        ("Of de begroting sluit, valt naar het zich laat aanzien pas later te beoordelen.", True),
        ("De wethouder laat zich niet zien in de wijk.", False),
        # evidence from data with a relative clause; the report's own conclusion
        ("Uit de monitor die de GGD jaarlijks maakt, blijkt dat het aantal stijgt.", True),
        ("Een tweede conclusie is dat de gemeente van de regio afhangt.", True),
        ("De conclusie van de raad is dat het beter kan.", False),
        # each form where its own words stand (the passive without "uit", "viel … te")
        ("Knelpunten worden vaak genoemd door de teams.", True),
        ("Wat de kosten zijn, viel toen niet te voorspellen.", True),
        ("In het jaarlijkse tevredenheidsonderzoek geeft 80% een voldoende.", True),
        ("In dat geval valt de uitkering lager uit.", False),
    ],
)
def test_impersonal_reports_and_evidence_from_data(sentence, expected):
    assert impersonal(sentence, sentence.lower()) is expected
    assert impersonal(sentence, None) is expected  # without the plain pre-test alike


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Zij geven aan dat de lijnen kort zijn.", True),
        ("Ook zij zijn kritisch over de tarieven.", True),
        ("Volgens hen verloopt dat goed.", True),
        ("Zij verwijzen door naar de jeugdhulp.", False),  # acting, not reporting
        ("Ze zien toe op de kwaliteit.", False),  # supervising, not seeing
    ],
)
def test_a_pronoun_that_reports_takes_up_the_subject_before(sentence, expected):
    assert (pronoun_subject(sentence, "role/gp") == "role/gp") is expected
    assert pronoun_subject(sentence, None) is None  # nothing to take up


def test_a_closing_pronoun_report_and_a_quotation_are_found():
    assert PRONOUN_REPORT.search("Het gaat goed, zo stellen zij.")
    assert PRONOUN_REPORT.search("Het gaat goed, volgens hen.")
    assert PRONOUN_REPORT.search("Men zegt dat het goed gaat.") is None  # impersonal "men"
    assert QUOTED.match("“Het gaat goed”, zegt de wethouder.")
    assert QUOTED.match("Het gaat “goed”.") is None


def test_a_role_noun_before_a_name_yields_to_the_name():
    s = "Woningcorporatie Viverion geeft aan dat de wachtlijst groeit."
    role = _mention(s, "Woningcorporatie", "role/housing")
    org = _mention(s, "Viverion", "organisation/viverion", "organisation")
    (found,) = speaker_mentions(s, [org, role])
    assert (found.entity, found.start) == ("organisation/viverion", 0)


def test_staff_speak_for_their_group_and_a_document_is_no_speaker():
    s = "Een bestuurder van een zorgorganisatie zegt dat het goed gaat."
    board = _mention(s, "bestuurder", "role/board")
    care = _mention(s, "zorgorganisatie", "role/care")
    assert [m.entity for m in speaker_mentions(s, [board, care])] == ["role/care"]
    s = "De GGD-monitor laat een stijging zien."
    ggd = _mention(s, "GGD", "organisation/ggd", "organisation")
    assert speaker_mentions(s, [ggd]) == []
    s = "De Wmo-cliëntenraad is kritisch."
    council = _mention(s, "cliëntenraad", "role/client-council")
    (found,) = speaker_mentions(s, [council])
    assert s[found.start : found.end] == "Wmo-cliëntenraad"  # the glued first part too


def test_the_staff_of_a_service_speak_as_the_group_that_runs_it():
    s = "Medewerkers van de nachtopvang zien steeds meer jonge daklozen."
    staff = _mention(s, "Medewerkers", "role/civil-servants")
    (found,) = speaker_mentions(s, [staff])
    assert found.entity.endswith("role/maatschappelijke-opvang")
    assert s[found.start : found.end] == "Medewerkers van de nachtopvang"
    s = "Medewerkers van de gemeente zien dat ook."  # no service: the staff noun stays
    staff = _mention(s, "Medewerkers", "role/civil-servants")
    assert [m.entity for m in speaker_mentions(s, [staff])] == ["role/civil-servants"]


def test_the_staff_of_a_service_are_the_speaker_of_the_finding():
    _doc, ex = extract_text("Het aantal daklozen is gestegen, vertellen medewerkers van de opvang.")
    assert [key(sp) for sp in ex.findings[0].speakers] == ["role/maatschappelijke-opvang"]


def test_a_pronoun_that_opens_a_past_report_takes_up_the_subject_before():
    assert pronoun_subject("Zij benadrukten dat de lijnen kort zijn.", "role/gp") == "role/gp"
    assert pronoun_subject("Zij werkten hard.", "role/gp") is None


@pytest.mark.parametrize(
    "text",
    [
        "Het aanbod is te klein, zo benadrukten zij.",
        "De lijnen zijn kort, beklemtoonde hij.",
        "Dat gaat goed, zo verwachtten ze.",
    ],
)
def test_a_past_pronoun_report_closing_the_sentence_is_read(text):
    said = pronoun_report(text)
    assert said is not None and said.start() > len(text) // 2


def test_a_closing_pronoun_without_a_past_report_is_not():
    assert pronoun_report("Het budget is krap voor wie het nodig heeft, en daar zijn ze.") is None


GGZ = "c/role/mental-health-care"


@pytest.mark.parametrize(
    ("text", "kind", "merged"),
    [
        ("Aanbieders van GGZ zijn kritisch over de inkoop.", "GGZ", True),
        ("De zorgaanbieders van de GGZ vinden de tarieven te laag.", "GGZ", True),
        ("Volgens aanbieders van jeugd-GGZ is het krap.", "GGZ", True),
        ("Aanbieders en de GGZ zijn kritisch over de inkoop.", "GGZ", False),
        ("Aanbieders van zorg voor ouderen vinden het krap.", "ouderen", False),
    ],
)
def test_providers_of_a_kind_are_that_kind(text, kind, merged):
    general = _mention(text, text.split()[0] if text[0] == "A" else text.split()[1], PROVIDERS)
    narrower = _mention(text, kind, GGZ if kind == "GGZ" else "c/role/oudere")
    speaking = kinds_of_providers(text, [general, narrower])
    kept = kinds_of_providers(text, [general, narrower], merge=False)
    if merged:
        assert [(m.entity, m.start) for m in speaking] == [(GGZ, general.start)]
        assert [(m.entity, m.start) for m in kept] == [(GGZ, narrower.start)]
    else:
        assert speaking == kept == [general, narrower]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hun ervaring is dat de lijnen kort zijn.", "role/gp"),
        ("Zijn conclusie luidt dat het beter moet.", "role/gp"),
        ("Hun aantal is de laatste jaren gestegen.", None),
    ],
)
def test_a_possessive_view_takes_up_the_subject_before(text, expected):
    assert pronoun_subject(text, "role/gp") == expected


def test_a_persons_name_after_the_title_of_an_office_speaks_as_the_office():
    text = "Wethouder Jansen vertelt dat het goed gaat."
    title = _mention(text, "Wethouder", "role/alderman")
    name = _mention(text, "Jansen", "organisation/jansen", "organisation")
    assert [m.entity for m in speaker_mentions(text, [title, name])] == ["role/alderman"]
    text = "Woningcorporatie Viverion vertelt dat het goed gaat."
    kind = _mention(text, "Woningcorporatie", "role/housing-corporations")
    body = _mention(text, "Viverion", "organisation/viverion", "organisation")
    assert [m.entity for m in speaker_mentions(text, [kind, body])] == ["organisation/viverion"]


def test_a_function_with_a_role_of_its_own_speaks_as_itself():
    from kg.extract.voiceforms import own_role

    s = "Klantmanagers van het Werkplein merken dat de instroom stijgt."
    managers = _mention(s, "Klantmanagers", "role/klantmanager")
    assert own_role(s, managers)
    assert [m.entity for m in speaker_mentions(s, [managers])] == ["role/klantmanager"]
    s = "Medewerkers van het Werkplein merken dat de instroom stijgt."
    assert not own_role(s, _mention(s, "Medewerkers", "role/civil-servants"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Nu zeggen zij dat de rust is teruggekeerd.",
        "Over de dagbesteding, die sinds 2015 krimpt, zijn zij somber.",
        "Inmiddels besteden zij naar eigen zeggen meer tijd aan preventie.",
    ],
)
def test_a_pronoun_after_the_verb_takes_up_the_subject_before_it(sentence):
    doc, ex = extract_text(
        f"De thuiszorgorganisaties waren in 2015 nog fel gekant tegen de kortingen. {sentence}"
    )
    found = next(f for f in ex.findings if sentence[:12] in doc.text[f.start : f.end])
    assert [key(s) for s in found.speakers] == ["role/home-care-organisations"]


def test_a_pronoun_after_a_fronted_phrase_that_is_no_adverb_of_time_is_not_read():
    assert pronoun_subject("In de wijk zien zij meer armoede.", "role/gp") is None
    assert pronoun_subject("Nu zien zij meer armoede.", "role/gp") == "role/gp"
    # the pronoun is looked for first, after any white space and in any case
    assert pronoun_subject("Nu zien\tZE meer armoede.", "role/gp") == "role/gp"
    assert pronoun_subject("Nu zien wij meer armoede.", "role/gp") is None


def test_the_view_after_het_is_takes_up_the_group_named_last():
    assert (
        pronoun_subject("Het is hun oordeel dat de tarieven te laag zijn.", "role/gp") == "role/gp"
    )
    assert pronoun_report("Het is hun oordeel dat de tarieven te laag zijn.") is not None
    # a view's noun with "dat" but no "het is" before it is a noun phrase, not a report
    assert pronoun_subject("Zijn indruk dat het goed gaat wordt niet gedeeld.", "role/gp") is None


@pytest.mark.parametrize(
    ("text", "carried", "expected"),
    [
        # an agentless passive of opinion, no voice carried: those spoken with
        ("De toegang wordt als ingewikkeld ervaren.", (), ("role/interviewees",)),
        ("Dat werd niet overal gewaardeerd.", (), ("role/interviewees",)),
        ("Er wordt geklaagd over de tarieven.", (), ("role/interviewees",)),
        ("Het wijkteam werd als een verbetering beschouwd.", (), ("role/interviewees",)),
        # a carried voice goes on (None: the caller keeps it)
        ("De toegang wordt als ingewikkeld ervaren.", ("role/alderman",), None),
        # an agent names the holder: not this reader's
        ("De toegang wordt door ouders als ingewikkeld ervaren.", (), None),
        # evidence from data: no voice
        ("Uit de monitor blijkt dat het aantal daalt.", (), ()),
        # no impersonal form at all
        ("Het aantal daalt.", (), None),
    ],
)
def test_impersonal_voice(text, carried, expected):
    got = impersonal_voice(text, text.lower(), 0, carried)
    if expected:
        expected = tuple(CONCEPT + key for key in expected)
    assert got == expected
