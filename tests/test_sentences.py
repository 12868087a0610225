import pytest

from kg.sentences import split_sentences


def _split(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_splits_on_terminal_punctuation():
    assert _split("Een zin. Twee zinnen! Drie? Vier.") == [
        "Een zin.",
        "Twee zinnen!",
        "Drie?",
        "Vier.",
    ]


def test_keeps_abbreviations_and_initials_inside():
    text = "Het daalt t.o.v. vorig jaar. Volgens J. de Vries bijv. niet."
    assert _split(text) == ["Het daalt t.o.v. vorig jaar.", "Volgens J. de Vries bijv. niet."]


def test_closing_quote_stays_with_sentence():
    text = "Hij zei “het gaat goed”. Daarna niet."
    assert _split(text) == ["Hij zei “het gaat goed”.", "Daarna niet."]


def test_no_split_before_lower_case():
    text = "“Kan dat wel?” is een vraag. Ja."
    assert _split(text) == ["“Kan dat wel?” is een vraag.", "Ja."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zij werken samen. 's-Hertogenbosch is centrumgemeente.",
            ["Zij werken samen.", "'s-Hertogenbosch is centrumgemeente."],
        ),
        (
            "Het loket is open. ’s Avonds is het dicht.",
            ["Het loket is open.", "’s Avonds is het dicht."],
        ),
        ("Dat is de regio. 't Zandt doet mee.", ["Dat is de regio.", "'t Zandt doet mee."]),
        # at a sentence start the word after the elided article has the capital
        ("Het is zo. 's avonds niet.", ["Het is zo. 's avonds niet."]),
    ],
)
def test_a_sentence_may_open_with_an_elided_article(text, expected):
    assert _split(text) == expected


def test_double_period_ends_once():
    assert _split("Hoger dan gemiddeld.. Het aandeel") == ["Hoger dan gemiddeld..", "Het aandeel"]


def test_offsets_respect_span():
    text = "XX Een. Twee. YY"
    spans = split_sentences(text, 3, 13)
    assert [text[s:e] for s, e in spans] == ["Een.", "Twee."]


def test_empty_and_blank():
    assert split_sentences("") == []
    assert split_sentences("   ") == []


def test_st_for_sint_ends_no_sentence():
    text = "De gemeenten Mill en St. Hubert en St. Anthonis werken samen. Zij kopen in."
    assert _split(text) == [
        "De gemeenten Mill en St. Hubert en St. Anthonis werken samen.",
        "Zij kopen in.",
    ]


def test_in_samenwerking_met_and_in_opdracht_van_end_no_sentence():
    text = "Het loket werkt i.s.m. Stichting Welzijn en i.o.v. de Regio Twente. Dat gaat goed."
    assert _split(text) == [
        "Het loket werkt i.s.m. Stichting Welzijn en i.o.v. de Regio Twente.",
        "Dat gaat goed.",
    ]


def test_low_opening_quotes_start_a_sentence():
    t = "Ze zijn er blij mee. „Dit werkt”, zegt een consulent. ,,Het kan beter”, zegt de raad."
    assert [t[s:e] for s, e in split_sentences(t)] == [
        "Ze zijn er blij mee.",
        "„Dit werkt”, zegt een consulent.",
        ",,Het kan beter”, zegt de raad.",
    ]


def test_more_abbreviations_before_a_name_end_no_sentence():
    text = (
        "De teams werken i.p.v. Goes nu vanuit Heinkenszand, zie art. 2 van de verordening. "
        "Mevr. Jansen en prof. Bakker zijn het eens. Dat geldt m.n. Kapelle."
    )
    assert _split(text) == [
        "De teams werken i.p.v. Goes nu vanuit Heinkenszand, zie art. 2 van de verordening.",
        "Mevr. Jansen en prof. Bakker zijn het eens.",
        "Dat geldt m.n. Kapelle.",
    ]


def test_an_ellipsis_ends_a_sentence():
    assert _split("Het werkt goed… Toch zijn er zorgen.") == [
        "Het werkt goed…",
        "Toch zijn er zorgen.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing guillemet stays with its sentence
        (
            "Een ambtenaar zegt: «We moesten snel.» De raad stemde in.",
            ["Een ambtenaar zegt: «We moesten snel.»", "De raad stemde in."],
        ),
        ("Hij zei ‹ja.› Zij niet.", ["Hij zei ‹ja.›", "Zij niet."]),
        # "inw." (inwoners) closes no sentence
        ("Er wonen 33.000 inw. Veel ouderen.", ["Er wonen 33.000 inw. Veel ouderen."]),
        # an abbreviated month before a number is no sentence end ...
        ("Sinds 1 jan. 2015 werkt het. Ja.", ["Sinds 1 jan. 2015 werkt het.", "Ja."]),
        ("Per 1 sept. 2016 niet.", ["Per 1 sept. 2016 niet."]),
        # ... but before a capital it may be one
        ("Het is dec. Daarna jan. De rest.", ["Het is dec.", "Daarna jan.", "De rest."]),
    ],
)
def test_guillemets_inhabitants_and_months(text, expected):
    assert _split(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dat gebeurt m.b.v. De Kanteling en d.m.v. Een Nieuwe Aanpak.",
        "De raad wil z.s.m. Duidelijkheid.",
        "Ze werkt met Buren e.a. Gemeenten samen.",
        "Er wonen ong. 30.000 mensen.",
        "De gemeente (gem. Meppel) werkt.",
        "Dit geldt i.h.a. Voor iedereen.",
    ],
)
def test_common_dutch_abbreviations_end_no_sentence(text):
    assert _split(text) == [text]


def test_a_quotation_closed_after_an_abbreviation_ends_the_sentence():
    text = 'De wethouder: "Per saldo staan we in de min." Ze hoopt op meer geld (o.a.) voor jeugd.'
    assert [text[s:e] for s, e in split_sentences(text)] == [
        'De wethouder: "Per saldo staan we in de min."',
        "Ze hoopt op meer geld (o.a.) voor jeugd.",
    ]


def test_an_abbreviation_is_read_back_to_white_space_however_long_the_token():
    # the token before a period is read from a window first; a longer one is read whole
    long_token = "x" * 40 + "(o.a."
    text = f"Zie {long_token} De rest. Zie {'y' * 40}.a. De rest."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        f"Zie {long_token} De rest.",
        f"Zie {'y' * 40}.a.",
        "De rest.",
    ]


def test_sentences_are_trimmed_of_every_white_space_str_isspace_holds_of():
    text = "\u2003\xa0Een zin.\u2002 En nog een.\u3000\n"
    assert [text[s:e] for s, e in split_sentences(text)] == ["Een zin.", "En nog een."]
    assert split_sentences(" \xa0\u2003 ") == []


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Het gaat goed, hoor. [lacht] Ik twijfelde eerst.", 3),
        ("Dat kost geld. [stilte] Veel geld.", 3),
        ("Mooi is dat. [gelach in de zaal]", 2),
        ("Ja. [zucht] Het blijft lastig. [lacht] Echt.", 5),
    ],
)
def test_a_stage_direction_between_sentences_is_a_piece_of_its_own(text, pieces):
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert len(spans) == pieces
    assert any(p.startswith("[") and p.endswith("]") for p in spans)


@pytest.mark.parametrize(
    "text",
    ["Zie tabel [a] Hier staat het.", "Hij zegt [sic] dat het kan.", "De regels [toen] Golden."],
)
def test_a_bracket_inside_a_sentence_splits_nothing(text):
    assert len(split_sentences(text)) == 1
