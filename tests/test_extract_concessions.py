"""Tests for kg.extract.concessions: a judgement conceded and another set against it."""

from __future__ import annotations

from kg.extract import concessions


def test_concession_needs_a_later_maar():
    s = "Het budget is weliswaar gestegen, maar de vraag groeit sneller."
    assert concessions.concessive(s, 0, len(s))
    assert not concessions.concessive("Het budget is weliswaar gestegen.", 0, 33)


def test_a_concessive_al_clause_concedes():
    s = "Het loket werkt goed, al vindt de raad het traag."
    assert concessions.concessive(s, 0, len(s))
    assert not concessions.concessive("Het loket werkt al jaren goed, zegt de raad.", 0, 44)


def test_a_bare_wel_grants_a_fact_not_a_judgement():
    s = "De gemeente heeft wel een rol, maar die is beperkt."
    assert concessions.conceded_by_wel(s, 0, len(s))
    s = "Er is weliswaar een loket, maar de drempel is hoog."
    assert not concessions.conceded_by_wel(s, 0, len(s))


def test_two_sides_set_against_each_other_are_mixed():
    from extract_helpers import polarity_of

    s = (
        "Enerzijds erkennen raadsleden dat de gemeente de inkoop niet alleen kan dragen; "
        "anderzijds voelt de raad zich ver van de besluiten van de regio."
    )
    assert concessions.two_sided(s, 0, len(s))
    assert polarity_of(s) == "mixed"
    s = "Aan de ene kant is er meer geld, aan de andere kant meer vraag."
    assert concessions.two_sided(s, 0, len(s))
    s = "Aan de andere kant voelde de gemeente zich overvallen."
    assert not concessions.two_sided(s, 0, len(s))


def test_an_affirming_wel_is_a_grant_of_its_own():
    from extract_helpers import polarity_of

    # "wel" that closes its clause (or stands before its last word) affirms the thing
    assert polarity_of("Dagbesteding is er wel, maar ouders vinden het aanbod versnipperd.") == (
        "mixed"
    )
    assert polarity_of("Adviezen worden wel gelezen, maar komen te laat.") == "mixed"
    # "wel" before what the other side qualifies grants a fact only
    assert polarity_of("De gemeente heeft wel een rol, maar die is beperkt.") == "negative"


def test_hoewel_or_al_with_no_maar_concedes_in_a_subordinate_clause():
    s = "Hoewel de gemeente aan de grens ligt, hoort zij bij een regio in het binnenland."
    assert concessions.subordinate(s, 0, len(s))
    s = "De gemeente hoort niet bij de regio, al werken de dorpen er wel mee samen."
    assert concessions.subordinate(s, 0, len(s))
    s = "Hoewel er weinig geld is, werkt het loket wel, maar de wachttijden zijn lang."
    assert not concessions.subordinate(s, 0, len(s))


def test_a_fact_granted_against_a_fact_weighs_nothing():
    from extract_helpers import polarity_of

    s = "Hoewel de gemeente in het noorden ligt, valt zij onder de zuidelijke regio."
    assert polarity_of(s) == "neutral"
    # a judgement on either side keeps the concession two-sided
    s = "Hoewel de start moeizaam was, werkt het loket nu goed."
    assert polarity_of(s) == "mixed"
    s = "Het loket werkt goed, al vindt de raad de wachttijden te lang."
    assert polarity_of(s) == "mixed"


def test_a_concessive_al_with_a_singular_verb_concedes_whatever_follows():
    s = "De teams werken samen, al vindt een medewerker de afstemming traag."
    assert concessions.concessive(s, 0, len(s))
    s = "Het gemiddelde is niet hoog, al wordt in een wijk veel armoede gezien."
    assert concessions.concessive(s, 0, len(s))
    # "al" of time before a duration concedes nothing
    s = "De teams werken samen, al heel lang."
    assert not concessions.concessive(s, 0, len(s))


def test_a_point_understood_before_maar_is_conceded():
    from extract_helpers import polarity_of

    for sentence in [
        "De wethouder begrijpt de kritiek, maar wijst op de resultaten van de wijkteams.",
        "Het college heeft begrip voor de zorgen van de ouders, maar houdt vast aan de korting.",
        "Ambtenaren snappen de ergernis van de aanbieders, maar de regels komen uit Den Haag.",
        "De directeur begreep de bezwaren, maar zag geen andere weg.",
    ]:
        assert concessions.concessive(sentence, 0, len(sentence)), sentence
        assert polarity_of(sentence) == "mixed", sentence
    # without "maar", or negated, understanding grants nothing
    for sentence in [
        "De wethouder begrijpt de kritiek op de wachttijden.",
        "De raad begrijpt niet waarom de kosten zo hard stijgen, maar vraagt geen uitleg.",
    ]:
        head = set(sentence.lower().replace(",", "").split()[:6])
        assert not concessions.understood(head) or "maar" not in sentence, sentence
    assert not concessions.concessive("De wethouder begrijpt de kritiek op de wachttijden.", 0, 51)


def test_a_denial_before_maar_wel_is_one_side_denied_and_one_granted():
    from extract_helpers import polarity_of

    s = "De adviesraad twijfelt niet aan de goede wil, maar wel aan de snelheid van het college."
    assert concessions.granted_after(s, 0, len(s))
    assert concessions.concessive(s, 0, len(s))
    assert polarity_of(s) == "mixed"
    # "maar ook" adds, and "wel" before "maar" is another rule
    s = "Het loket is niet alleen open, maar ook goed bereikbaar."
    assert not concessions.granted_after(s, 0, len(s))
    assert polarity_of(s) == "positive"
