"""What a claim that points back at the claim before takes over (kg.extract.discourse)."""

from __future__ import annotations

from collections import Counter

from kg.extract.discourse import (
    about_them,
    continued,
    identified,
    state_of_affairs,
    summed_up,
    taken_over,
)
from tests.extract_helpers import extract_text, finding_for, key

LAWS_AND_PROBLEM = ("c/law/jeugdwet", "c/law/wmo-2015", "c/problem/laws-not-integrated")


def test_a_demonstrative_takes_over_the_difficulty_not_every_name():
    for claim in ("Dat vergt overleg.", "Dit kost tijd.", "Daardoor duurt het langer."):
        assert taken_over(claim, LAWS_AND_PROBLEM) == {"c/problem/laws-not-integrated"}, claim


def test_a_demonstrative_after_a_claim_without_a_problem_takes_over_all_it_named():
    before = ("c/role/national-government", "c/role/vng")
    assert taken_over("Dat levert tegenstrijdigheden op.", before) == set(before)


def test_a_personal_pronoun_takes_over_the_actors_too():
    assert taken_over("Ze overleggen daarover elke maand.", LAWS_AND_PROBLEM) == set(
        LAWS_AND_PROBLEM
    )


def test_state_of_affairs_of_nothing_is_nothing():
    assert state_of_affairs(()) == set()


def test_a_demonstrative_subject_with_a_copula_identifies_the_state_of_affairs():
    before = ("c/problem/waiting-lists", "c/role/schools")
    for claim in ("Dat is een andere logica.", "Dit waren de eerste signalen.", "“Dat is zo."):
        assert identified(claim, before) == {"c/problem/waiting-lists"}, claim
    # a demonstrative determiner, another verb, or another subject identifies nothing
    for claim in ("Dat team is klein.", "Dat leidt tot onrust.", "De scholen zijn tevreden."):
        assert identified(claim, before) == set(), claim
    assert identified("Dat is zo.", ()) == set()


def test_hen_after_a_preposition_takes_over_the_problems_before():
    before = ("c/problem/sheltered-work", "c/law/wsw", "c/role/employers")
    for claim in ("Voor hen is er weinig werk.", "Met hen wordt vaak gesproken."):
        assert about_them(claim, before) == {"c/problem/sheltered-work"}, claim
    # "hun" is mostly a possessive; "hen" without a preposition is an object
    for claim in ("Voor hun ouders is er weinig.", "Werkgevers nemen hen aan."):
        assert about_them(claim, before) == set(), claim


def test_dat_after_a_problem_and_a_law_carries_only_the_problem():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat de privacyregelgeving rond de Wmo een belemmering is. "
        "Dat kost veel tijd."
    )
    assert [key(c) for c in finding_for(doc, ex, "Dat kost").concerns] == ["problem/privacy-rules"]


def test_a_pronoun_after_a_problem_and_a_law_carries_both():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat de privacyregelgeving rond de Wmo een belemmering is. "
        "Ze vinden dat lastig."
    )
    concerns = {key(c) for c in finding_for(doc, ex, "Ze vinden").concerns}
    assert concerns == {"law/wmo-2015", "problem/privacy-rules"}


def test_hen_after_a_preposition_is_about_the_group_of_the_claim_before():
    doc, ex = extract_text(
        "De gemeente werkt samen met werkgevers in de regio. Jongeren die vroeger in de "
        "sociale werkvoorziening terechtkwamen, vinden moeilijk werk, want beschut werk "
        "ontbreekt. Voor hen is het aanbod nog mager."
    )
    concerns = {key(c) for c in finding_for(doc, ex, "Voor hen").concerns}
    # "vinden moeilijk werk" names unemployment, "beschut werk ontbreekt" sheltered work
    assert concerns == {"problem/sheltered-work", "problem/unemployment"}


def test_dat_is_adds_the_state_of_affairs_before_within_a_paragraph_only():
    claim = "Dat is een ander uitgangspunt dan dat van het sociaal wijkteam."
    before = "De gemeente werkt samen met scholen. Scholen kijken vooral naar de wachtlijst."
    doc, ex = extract_text(f"{before} {claim}")
    concerns = {key(c) for c in finding_for(doc, ex, "Dat is een").concerns}
    assert concerns == {"problem/waiting-lists", "role/social-team"}
    doc, ex = extract_text(before, claim)  # a new paragraph: no state of affairs before it
    assert [key(c) for c in finding_for(doc, ex, "Dat is een").concerns] == ["role/social-team"]


def test_a_pronominal_adverb_in_a_claim_with_its_own_problem_adds_the_problems_before():
    before = ("c/problem/status-holders", "c/role/social-team")
    own = {"c/problem/housing-shortage"}
    for claim in (
        "De corporaties willen daaraan meewerken, maar er is woningnood.",
        "Hierover is overleg, want de woningnood is groot.",
    ):
        assert continued(claim, before, own) == {"c/problem/status-holders"}, claim
    # no adverb, or no problem of its own (then the paragraph's subject rules apply)
    assert continued("De corporaties zien woningnood.", before, own) == set()
    assert continued("De corporaties werken daaraan mee.", before, {"c/role/x"}) == set()


def test_daaraan_with_a_problem_of_its_own_keeps_the_problem_before_in_a_text():
    doc, ex = extract_text(
        "De gemeente moet dit jaar veel statushouders huisvesten. De taakstelling is hoog."
        " De woningcorporaties willen daaraan meewerken, maar de wachtlijst groeit."
    )
    concerns = {key(c) for c in finding_for(doc, ex, "willen daaraan").concerns}
    assert concerns >= {"problem/status-holders", "problem/waiting-lists"}


def test_what_holds_for_something_else_takes_over_nothing():
    for claim in (
        "Dat geldt ook voor de buurtvereniging.",
        "Hetzelfde geldt op het terrein van wonen.",
        "Dit gold eveneens bij de aanbesteding.",
    ):
        assert taken_over(claim, LAWS_AND_PROBLEM) == set(), claim
    # "Dat geldt" with no new subject still says what the claim before said
    assert taken_over("Dat geldt al jaren.", LAWS_AND_PROBLEM) == {"c/problem/laws-not-integrated"}


def test_dat_geldt_ook_voor_is_not_about_the_difficulty_before_in_a_text():
    doc, ex = extract_text(
        "Ambtenaren vertellen dat de privacyregelgeving het delen van gegevens remt. "
        "Dat geldt ook voor de afspraken met de buurtvereniging."
    )
    assert finding_for(doc, ex, "Dat geldt ook").concerns == ()


def test_a_summing_up_demonstrative_stands_for_the_problem_most_claims_named():
    named = Counter({"c/problem/waiting-lists": 3, "c/problem/privacy-rules": 1})
    for claim in (
        "Dit zijn allemaal signalen van een systeem onder druk.",
        "Dat alles vraagt om een nieuwe aanpak.",
        "Al deze knelpunten komen in het overleg aan bod.",
    ):
        assert summed_up(claim, named) == {"c/problem/waiting-lists"}, claim
    # no summing up word, a tie, or a problem named once sums up nothing
    assert summed_up("Dit zijn signalen van druk.", named) == set()
    assert summed_up("Dat alles kost tijd.", Counter({"c/problem/a": 1})) == set()
    tie = Counter({"c/problem/a": 2, "c/problem/b": 2})
    assert summed_up("Dat alles kost tijd.", tie) == set()


def test_a_summing_up_claim_takes_the_paragraphs_problem_not_the_claim_before_in_a_text():
    doc, ex = extract_text(
        "Ouders wachten maanden op jeugdhulp. De wachtlijst voor de jeugd-ggz groeit. "
        "Ook voor dyslexiezorg is er een wachtlijst. De scholen en het wijkteam overleggen"
        " weinig. Dit zijn allemaal zaken die de wethouder bezighouden."
    )
    concerns = {key(c) for c in finding_for(doc, ex, "Dit zijn allemaal").concerns}
    # the problem two claims named and its own name, not the actors of the claim before
    assert concerns == {"problem/waiting-lists", "role/alderman"}


def test_them_in_capitals_still_refers_back():
    # the pre-check looked for "hen" case-sensitively, so "VOOR HEN" took nothing over
    before = ("c/problem/sheltered-work", "c/law/wsw")
    assert about_them("VOOR HEN is het aanbod mager.", before) == {"c/problem/sheltered-work"}
