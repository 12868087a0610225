"""Figures after a colon that give the change named before it are data."""

from __future__ import annotations

from kg.extract.datacounts import change_before, ranked_in, registered
from tests.extract_helpers import extract_text


def test_a_change_before_a_colon_is_read_as_a_level_is():
    for sentence in (
        "Het aantal uitkeringen bleef vrijwel gelijk: 410 in 2015 tegen 405 in 2018.",
        "Het aantal cliënten nam sterk toe: van 900 naar 1.200.",
        "Het gebruik is gestegen: 8% tegen 6% een jaar eerder.",
    ):
        assert change_before(sentence, sentence.index(":")), sentence
    for sentence in ("De cijfers: 12% krijgt hulp.", "Drie punten vallen op: de kosten."):
        assert not change_before(sentence, sentence.index(":")), sentence


def test_a_change_with_its_figures_after_a_colon_is_no_finding():
    doc, ex = extract_text(
        "Het aantal bijstandsuitkeringen bleef vrijwel gelijk: 410 in 2015 tegen 405 in 2018.",
        heading="Demografie en sociaaleconomische situatie",
    )
    assert [doc.text[f.start : f.end] for f in ex.findings] == []


def test_a_body_that_registered_a_count_is_no_voice():
    assert registered("Veilig Thuis Flevoland ontving in 2015 ruim 150 meldingen uit Dronten.")
    assert not registered("In 2015 ontving 1 op de 11 jongeren jeugdhulp.")


def test_no_speakers_voice_goes_on_over_a_registered_count():
    doc, ex = extract_text(
        "Intern begeleiders zien steeds meer kinderen met zorgen thuis. Veilig Thuis Flevoland "
        "ontving in 2015 ruim 150 meldingen uit Teststad."
    )
    # the centre's count is the authors' finding (gold README, thirty-second session's
    # settlement, point 5), not the internal supervisors' carried voice
    (count,) = [f for f in ex.findings if doc.text[f.start : f.end].startswith("Veilig Thuis")]
    assert [s.rsplit("/", 1)[-1] for s in count.speakers] == ["authors"]


def test_a_region_after_a_rank_by_size_is_its_reference():
    t = "De stad telt ruim 77.000 inwoners en is een van de grotere gemeenten van West-Brabant."
    assert ranked_in(t, t.index("West-Brabant"))
    t = "De stad is centrumgemeente van de regio West-Brabant."
    assert not ranked_in(t, t.index("West-Brabant"))


def test_a_referrers_share_is_read():
    from kg.extract.datacounts import referred_shares

    assert referred_shares("Huisartsen verwezen in 2016 ruim een derde van de jeugdigen door.")
    assert referred_shares("De wijkteams verwijzen 25% van de gezinnen naar specialistische hulp.")
    assert not referred_shares("Huisartsen verwezen in 2016 vaker naar de jeugd-ggz.")


def test_what_a_counts_subject_names_is_counted():
    from kg.extract.datacounts import counted_subject

    text = "Het aantal mensen dat via het werkplein werk vond, steeg van 48 naar 83."
    assert text[: counted_subject(text)].endswith("werk vond, ")
    assert counted_subject("Het aantal jongeren in de jeugd-ggz nam in 2015 met 14% toe.")
    assert not counted_subject("Het aantal jongeren in de jeugd-ggz is hoog.")


def test_a_body_in_a_counts_subject_leaves_the_change_data():
    for data in (
        "Het aantal mensen dat via het Werkplein Noord een baan kreeg, steeg van 48 naar 83.",
        "Het aantal jongeren in de jeugd-ggz nam in 2015 met 14% toe.",
    ):
        doc, ex = extract_text(data)
        assert data not in [doc.text[f.start : f.end] for f in ex.findings]
    said = "Het Werkplein Noord plaatste 83 mensen, terwijl het aantal vacatures daalde."
    doc, ex = extract_text(said)
    assert said in [doc.text[f.start : f.end] for f in ex.findings]


def test_a_referrer_as_the_label_of_a_share_is_a_category():
    from kg.extract.datacounts import referred_shares

    for line in (
        "Verwijzingen door huisartsen: 52% van alle verwijzingen (2016)",
        "Verwijzingen naar jeugdhulp via de wijkteams: ongeveer 30%",
        "Verwijzingen door het onderwijs (2016): 9%",
        "Verwijzingen door jeugdartsen: ruim 12% van het totaal",
    ):
        assert referred_shares(line), line
    for line in (
        "Verwijzingen door huisartsen: vaak te laat",
        "Huisartsen verwijzen veel door naar de specialist, 40 keer per maand.",
    ):
        assert not referred_shares(line), line
