"""Which sentences form one claim: quotations, announcements, lists and questions."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from extract_helpers import extract_text, key

from kg.document import Sentence
from kg.extract.claimunits import list_label, position, segment


def _units(text: str, paragraphs: list[int]) -> list[list[str]]:
    """Split ``text`` at ". ", "? ", ":\\n" and ";\\n" into sentences with the given paragraphs."""
    sentences, start, k = [], 0, 0
    for i, ch in enumerate(text):
        after = text[i + 1 : i + 2]
        if (ch in ".?" and after in ("", " ", "\n", "’")) or (ch in ":;" and after == "\n"):
            end = i + 1 + (text[i + 1 : i + 2] == "’")
            while text[start] in " \n-":
                start += 1
            sentences.append(Sentence(k, start, end, 0, paragraphs[k]))
            k, start = k + 1, end
    doc = SimpleNamespace(text=text, sentences=sentences)
    return [[text[s.start : s.end] for s in unit] for unit in segment(doc)]


def test_a_quotation_over_three_sentences_is_one_claim_with_its_attribution():
    text = (
        "De wethouder zegt: ‘Het gaat goed. Maar het blijft krap. Dat zien we.’ Aldus hij. Dan dit."
    )
    units = _units(text, [0, 0, 0, 0, 0])
    assert len(units) == 2 and units[0][-1] == "Aldus hij." and units[1] == ["Dan dit."]


def test_a_stray_mark_does_not_reach_a_later_quotation():
    text = "Het team werkt ‘van wieg tot graf‘en dat gaat goed. Het is een ‘proef’ geweest."
    assert len(_units(text, [0, 0])) == 2


def test_an_announced_list_is_one_claim():
    text = "Zij zien twee dingen:\n- de kosten stijgen;\n- de wachttijd loopt op.\nDat klopt."
    units = _units(text, [0, 1, 2, 3])
    assert len(units[0]) == 3 and units[1] == ["Dat klopt."]


def test_a_question_is_one_claim_with_its_answer():
    units = _units("Waarom niet? Het loket is ver weg. Dat klopt.", [0, 0, 0])
    assert [len(u) for u in units] == [2, 1]
    units = _units("Waarom niet? Hoe dan?", [0, 0])
    assert [len(u) for u in units] == [1, 1]


def test_a_question_opening_its_paragraph_is_one_claim_with_its_answer():
    text = "Sluiten school en zorg aan? Het aantal thuiszitters daalde. Dan dit."
    units = _units(text, [0, 0, 0])
    assert units[0] == ["Sluiten school en zorg aan?", "Het aantal thuiszitters daalde."]


def test_a_question_before_a_list_is_no_finding():
    from tests.extract_helpers import extract_text

    doc, ex = extract_text(
        "De cijfers zijn gemiddeld. Wat valt op?",
        "- De raad vindt de wachttijd voor jeugdhulp te lang.",
    )
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert "Wat valt op?" not in quotes and any("wachttijd" in q for q in quotes)


def test_position_reads_the_number_and_falls_back_to_a_search():
    sentences = [Sentence(i + 1, 10 * i, 10 * i + 9, 0, 0) for i in range(4)]
    assert [position(sentences, s) for s in sentences] == [0, 1, 2, 3]
    assert position(sentences[2:], sentences[3]) == 1  # not numbered from the first: search
    renumbered = [Sentence(0, 0, 9, 0, 0), Sentence(1, 10, 19, 0, 0)]
    assert position(renumbered, renumbered[1]) == 1


def test_the_items_of_a_list_of_sentences_are_claims_of_their_own():
    # a capital opens each item: each is a sentence of its own, not a fragment of the label
    text = "Knelpunten volgens de consulenten:\n- Het duurt lang.\n- Veel cliënten haken af.\n"
    assert _units(text, [0, 1, 2]) == [
        ["Knelpunten volgens de consulenten:"],
        ["Het duurt lang."],
        ["Veel cliënten haken af."],
    ]


def test_a_list_label_is_told_from_an_announcement_of_fragments():
    text = "Knelpunten:\n- Het duurt lang.\nZe noemen twee dingen:\n- de kosten;\n- de regels.\n"
    doc = SimpleNamespace(
        text=text,
        sentences=[
            Sentence(1, 0, 11, 0, 0),
            Sentence(2, 14, 29, 0, 1),
            Sentence(3, 30, 52, 0, 2),
            Sentence(4, 55, 66, 0, 3),
        ],
    )
    assert list_label(text, doc.sentences, doc.sentences[:1])
    assert not list_label(text, doc.sentences, doc.sentences[2:3])


def test_a_sentence_that_only_announces_the_quotation_joins_it():
    text = "Een huisarts vat de stemming samen. ‘We doen wat we kunnen.’ Dan dit."
    units = _units(text, [0, 0, 0])
    assert units[0] == ["Een huisarts vat de stemming samen.", "‘We doen wat we kunnen.’"]


def test_a_sentence_with_a_claim_of_its_own_does_not_join_the_quotation():
    text = "Een huisarts vat samen dat het goed gaat. ‘We doen wat we kunnen.’"
    units = _units(text, [0, 0])
    assert len(units) == 2


# Lists whose items a number or a letter opens read as a dash list does: a label line
# ("Knelpunten volgens X:") makes no claim and gives its voice to the sentence items; an
# announcing sentence ("X noemen twee lessen:") forms one claim with its fragment items.
# Sentences of our own, one per mark of an item.
_LABELLED = [
    "Knelpunten volgens de jeugdconsulenten:\n1. De wachttijd voor jeugdhulp is te lang.\n"
    "2. Aanbieders sturen hun facturen te laat.",
    "Knelpunten volgens de jeugdconsulenten:\n1) De wachttijd voor jeugdhulp is te lang.\n"
    "2) Aanbieders sturen hun facturen te laat.",
    "Knelpunten volgens de jeugdconsulenten:\na) De wachttijd voor jeugdhulp is te lang.\n"
    "b) Aanbieders sturen hun facturen te laat.",
    "Knelpunten volgens de jeugdconsulenten:\na. De wachttijd voor jeugdhulp is te lang.\n"
    "b. Aanbieders sturen hun facturen te laat.",
    "Knelpunten volgens de jeugdconsulenten:\n• De wachttijd voor jeugdhulp is te lang.\n"
    "• Aanbieders sturen hun facturen te laat.",
]


@pytest.mark.parametrize("paragraph", _LABELLED)
def test_a_label_line_gives_its_voice_to_numbered_or_lettered_sentence_items(paragraph):
    doc, ex = extract_text(paragraph, heading="Jeugd")
    quotes = [doc.text[f.start : f.end] for f in ex.findings]
    assert quotes == [
        "De wachttijd voor jeugdhulp is te lang.",
        "Aanbieders sturen hun facturen te laat.",
    ]  # the label line is no finding
    assert {tuple(map(key, f.speakers)) for f in ex.findings} == {("role/youth-consultants",)}


_ANNOUNCED = [
    "De teamleiders noemen drie lessen:\n1. de teams hebben meer tijd nodig;\n"
    "2. de huisartsen moeten eerder worden betrokken;\n3. de registratie moet eenvoudiger.",
    "De teamleiders noemden drie lessen:\n1) de teams hebben meer tijd nodig;\n"
    "2) de huisartsen moeten eerder worden betrokken;\n3) de registratie moet eenvoudiger.",
    "Volgens de teamleiders zijn er drie lessen:\na) de teams hebben meer tijd nodig;\n"
    "b) de huisartsen moeten eerder worden betrokken;\nc) de registratie moet eenvoudiger.",
    "Drie lessen trekken de teamleiders:\na. de teams hebben meer tijd nodig;\n"
    "b. de huisartsen moeten eerder worden betrokken;\nc. de registratie moet eenvoudiger.",
]


@pytest.mark.parametrize("paragraph", _ANNOUNCED)
def test_an_announcing_sentence_forms_one_claim_with_its_enumerated_fragments(paragraph):
    doc, ex = extract_text(paragraph, heading="Jeugd")
    assert len(ex.findings) == 1
    quote = doc.text[ex.findings[0].start : ex.findings[0].end]
    assert quote.endswith("de registratie moet eenvoudiger.")
    assert "lessen" in quote


@pytest.mark.parametrize(
    "text",
    [
        "In de tekst noemen we hen met een code:\n\nR1 – wethouder Zorg\n\nR2 – raadslid\n\nZo.",
        "We spraken met:\nA – directeur van Stichting Noord\nB – huisarts in het dorp\n",
        "De gemeente kiest drie speerpunten:\nPreventie\nEigen kracht\nSamenwerking\n",
        "De respondenten zijn hieronder genummerd:\n\n1 – beleidsadviseur\n\n2 – teamleider\n",
    ],
)
def test_a_line_that_announces_an_unmarked_list_is_a_label(text):
    end = text.index(":") + 1
    doc = SimpleNamespace(text=text, sentences=[Sentence(1, 0, end, 0, 0)])
    assert list_label(text, doc.sentences, doc.sentences)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence goes on after the colon
        "Met de provincie gaat het beter:\ndie droeg € 2 miljoen bij.\nDemocratie\n",
        # marked fragments: the rules of lists read them
        "Ze noemen twee dingen:\n- de kosten\n- de regels\n",
        # one bare line is a heading, no list
        "Het college schrijft:\nBestuur\n\nDe raad is tevreden over de teams.\n",
    ],
)
def test_a_colon_before_no_unmarked_list_is_no_label(text):
    end = text.index(":") + 1
    doc = SimpleNamespace(text=text, sentences=[Sentence(1, 0, end, 0, 0)])
    assert not list_label(text, doc.sentences, doc.sentences)


def test_the_dated_heading_of_a_diary_entry_is_no_claim():
    text = "Vrijdag 3 juni, station Zwolle. De wethouder is tevreden. Het gaat goed."
    assert _units(text, [0, 0, 0]) == [["De wethouder is tevreden."], ["Het gaat goed."]]
    text = "Vrijdag 3 juni sprak ik de wethouder. Het gaat goed."
    assert len(_units(text, [0, 0])) == 2


INTERVIEWEES = "https://w3id.org/kg-decentralisatie/concept/role/interviewees"


@pytest.mark.parametrize(
    ("item", "held"),
    [
        ("- Regels laat, betalingen chaotisch in 2015", True),
        ("- Drie colleges, één organisatie → alles in drievoud", True),
        ("- Samen 24 medewerkers in twee teams", False),
        ("- 130 budgethouders met een achterstand", False),
    ],
)
def test_the_talks_hold_the_items_that_give_no_figures(item, held):
    from kg.extract.claimunits import item_lead

    lead = item_lead(item, [Sentence(0, 2, len(item), 0, 0)], (INTERVIEWEES,))
    assert lead == ((INTERVIEWEES,) if held else ())
    # another label's voice holds them all
    assert item_lead(item, [Sentence(0, 2, len(item), 0, 0)], ("role/x",)) == ("role/x",)


def test_a_sketching_sentence_announces_a_plain_sentence_too():
    text = "De consulent schetste de opzet. Sinds 2015 werkt elk dorp met een eigen team. Klaar."
    assert [len(u) for u in _units(text, [0, 0, 0])] == [2, 1]
    text = "Zij vatten de twee avonden samen. Over het loket was men tevreden. Dan dit."
    assert [len(u) for u in _units(text, [0, 0, 0])] == [2, 1]
    text = "De directeur typeert de wijkteams als een vangnet. Het loket is er altijd. Dan dit."
    assert [len(u) for u in _units(text, [0, 0, 0])] == [1, 1, 1]


def test_a_turn_lead_joins_the_labelled_quotation_after_it():
    text = "Respondent C, ambtenaar, reageerde als eerste. C: ‘Het loket is te ver.’ Daarna dit."
    assert [len(u) for u in _units(text, [0, 0, 0])] == [2, 1]
    text = "Respondent C, ambtenaar, zag het anders. C: ‘Het loket is te ver.’ Daarna dit."
    assert [len(u) for u in _units(text, [0, 0, 0])] == [1, 1, 1]


def test_the_leaders_course_of_the_talk_is_no_claim():
    text = "De moderator legde de groep een tabel voor. Het tekort groeit. Dat klopt."
    assert _units(text, [0, 0, 0])[0] == ["Het tekort groeit."]


@pytest.mark.parametrize(
    "lead",
    [
        "Host Anna: Ik vat het even samen.",
        "Presentator Kees: Ik vat het kort samen.",
        "Moderator: We vatten het samen.",
        "Gespreksleider Ria: Ik vat de avond samen.",
    ],
)
def test_a_labelled_summing_up_announces_the_summary(lead):
    text = f"{lead} Het loket werkt goed, maar de regels knellen. Dan dit."
    assert [len(u) for u in _units(text, [0, 0, 0])] == [2, 1]


def test_a_labelled_verdict_with_vat_stays_a_claim_of_its_own():
    text = "Host Anna: Ik vat het samen als een succes. Het loket werkt goed. Dan dit."
    assert [len(u) for u in _units(text, [0, 0, 0])] == [1, 1, 1]


def test_a_transcripts_moves_leave_no_claim_end_to_end():
    doc, ex = extract_text(
        "Host Anna: Dan de schuldhulp.",
        "Bram: Het aantal aanmeldingen is flink gestegen. [lacht] Dat had niemand verwacht.",
        "Anna: Dat is een forse stijging.",
        "Bram: Zeker. De wachttijd loopt op.",
    )
    found = [doc.text[f.start : f.end] for f in ex.findings]
    assert "Host Anna: Dan de schuldhulp." not in found
    assert "[lacht]" not in found and "Bram: Zeker." not in found
    assert "Dat had niemand verwacht." in found
