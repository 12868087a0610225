"""Property-based tests: whatever a seed file holds, the build gives a correct graph
or a one-line DataError naming the file, never a traceback.

Each example goes through the whole per-document pipeline (read, decode, parse,
extract, RDF, SHACL check, Turtle) with :func:`kg.build.process_document`.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.build import Resources, build, process_document
from kg.errors import DataError
from tests.conftest import ONTOLOGY, SEEDS
from tests.integrity_support import check_one_line_error, check_quotes, load_turtle

KG = "https://w3id.org/kg-decentralisatie/def#"
ID = "https://w3id.org/kg-decentralisatie/id/"

PROPERTY = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def context():
    ctx = Resources.create(ONTOLOGY, validate=True)
    ctx.lexicon, ctx.headings, ctx.shapes  # noqa: B018 - load once, not per example
    return ctx


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("properties")


def run_one(context, path, data: bytes):
    """Process one seed file; return the parsed store and document, or None after a DataError."""
    path.write_bytes(data)
    try:
        result, (_, doc, _) = process_document(path, context)
    except DataError as exc:
        check_one_line_error(str(exc), path.name)
        return None
    turtle = context.formatter.header() + result.block + "\n".join(result.shared)
    store = load_turtle(turtle)
    texts = [row["t"].value for row in store.query(f"SELECT ?t {{ ?d <{KG}cleanedText> ?t }}")]
    assert texts == [doc.text]
    assert check_quotes(store) >= len(doc.sentences) > 0
    return store, doc


# --- strategies ------------------------------------------------------------------

NAMES = ["Brunssum", "Best", "Epe", "Zijpe", "Ede", "Uden", "Putten", "Oss", "De Bilt", "Weert"]
SENTENCES = [
    "Ambtenaren vertellen dat de Wmo in {name} lastig is.",
    "Volgens raadsleden werkt {name} samen met Maastricht.",
    "Het gaat best goed, zeggen zorgaanbieders; op zijn best is het een begin.",
    "De kosten van de Jeugdwet stegen met ongeveer 10% tot € 850,- per inwoner.",
    "Dat is 8 ton meer dan landelijk gemiddeld.",
    "“Wij doen het samen,” aldus de wethouder.",
    "Er zijn zorgmijders en de privacyregels zitten in de weg.",
    "t.o.v. 2015 is het aantal cliënten bijna gehalveerd!",
    "Is dat zo? Ja.",
    "Financiën: een tekort van € 1,2 miljoen.",
]
NOISE = ["\x00", "\x01", "\x0b", "\x1b", "\x7f", "\u00ad", "\u200b", "\u2028", "\ufeff", "\t", "\r"]


@st.composite
def profiles(draw, headings: list[str]) -> str:
    """A profile-shaped text: title, maybe a motto, known headings in any order
    (some missing, some twice), paragraphs of Dutch sentences, control characters."""
    name = draw(st.sampled_from(NAMES))
    lines = [name]
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["Samen sterk", "“Best bijzonder”", "Epe: elke dag"])))
    for heading in draw(st.lists(st.sampled_from(headings), max_size=6)):
        lines.append(heading)
        for sentence in draw(st.lists(st.sampled_from(SENTENCES), max_size=4)):
            lines.append(sentence.format(name=name))
        lines.append(draw(st.sampled_from(["  ", "", "Foto", "12"])))
    text = "\n\n".join(lines)
    for _ in range(draw(st.integers(0, 4))):
        position = draw(st.integers(0, len(text)))
        text = text[:position] + draw(st.sampled_from(NOISE)) + text[position:]
    return text


# --- properties ------------------------------------------------------------------


@pytest.mark.slow
@PROPERTY
@given(data=st.binary(max_size=3000))
def test_any_bytes(context, workdir, data):
    run_one(context, workdir / "bytes.txt", data)


@pytest.mark.slow
@PROPERTY
@given(text=st.text(max_size=3000))
def test_any_unicode_with_control_characters_and_nul(context, workdir, text):
    run_one(context, workdir / "unicode.txt", text.encode("utf-8", "surrogatepass"))


@pytest.mark.slow
@PROPERTY
@given(data=st.data())
def test_profiles_with_sections_in_any_order_missing_or_repeated(context, workdir, data):
    labels = sorted({h.labels[0] for h in context.headings})
    text = data.draw(profiles(labels))
    encoding = data.draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
    outcome = run_one(context, workdir / "profile.txt", text.encode(encoding, "surrogatepass"))
    if outcome is None:
        return
    store, doc = outcome
    assert store.query(f"ASK {{ ?d <{KG}describes> ?m ; <{KG}cleanedText> ?t }}")
    # A name that is also a common word ("best") is mentioned only when capitalised.
    for mention in store.query(
        f"SELECT ?exact {{ ?m <{KG}refersTo> ?e ; <http://www.w3.org/ns/oa#exact> ?exact . "
        f'FILTER(STRSTARTS(STR(?e), "{ID}municipality/")) }}'
    ):
        assert mention["exact"].value[:1].isupper()


# --- cases ---------------------------------------------------------------------


def test_headings_only_is_refused_naming_the_file(context, workdir):
    labels = [h.labels[0] for h in context.headings][:8]
    path = workdir / "headings.txt"
    path.write_text("\n\n".join(["Brunssum", *labels]))
    with pytest.raises(DataError, match="no running text") as err:
        process_document(path, context)
    check_one_line_error(str(err.value), "headings.txt")


def test_nul_inside_utf16_text_is_refused(context, workdir):
    path = workdir / "nul.txt"
    path.write_bytes("Brunssum\n\nEen zin.\x00 Nog een.\n".encode("utf-16"))
    with pytest.raises(DataError, match="NUL") as err:
        process_document(path, context)
    check_one_line_error(str(err.value), "nul.txt")


@pytest.mark.slow
def test_one_enormous_line(context, workdir):
    sentence = "In Brunssum vertellen ambtenaren dat de Wmo lastig is" + " en het gaat door" * 3000
    text = "Brunssum\n\n" + (sentence + ". ") * 20
    assert len(text) > 1_000_000 and text.count("\n") == 2
    store, doc = run_one(context, workdir / "line.txt", text.encode())
    assert len(doc.sentences) == 20


def test_municipality_named_like_a_common_word(context, workdir):
    text = (
        "Best\n\nSamen sterk\n\nBestuur\n\n"
        "Ambtenaren in Best vinden dat het best goed gaat. Op zijn best is het een begin.\n"
    )
    store, doc = run_one(context, workdir / "best.txt", text.encode())
    best = f"<{ID}municipality/best>"
    assert store.query(f"ASK {{ ?d <{KG}describes> {best} }}")
    mentions = [
        row["exact"].value
        for row in store.query(
            f"SELECT ?exact {{ ?m <{KG}refersTo> {best} ; <http://www.w3.org/ns/oa#exact> ?exact }}"
        )
    ]
    assert mentions and all(m == "Best" for m in mentions)


def test_duplicated_profiles_are_two_documents_about_one_municipality(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = (SEEDS / "brunssum.txt").read_bytes()
    (seeds / "brunssum.txt").write_bytes(text)
    (seeds / "brunssum-kopie.txt").write_bytes(text)
    target, summary = build(seeds, tmp_path / "out", ONTOLOGY, jobs=1, cache=False)
    assert summary.documents == 2
    store = load_turtle(target)
    described = {
        row["d"].value: row["m"].value
        for row in store.query(f"SELECT ?d ?m {{ ?d <{KG}describes> ?m }}")
    }
    assert described == {
        ID + "document/brunssum": ID + "municipality/brunssum",
        ID + "document/brunssum-kopie": ID + "municipality/brunssum",
    }
    assert check_quotes(store) > 500


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (("Best.txt", "best.txt"), "same document key 'best'"),
        (("a b.txt", "a-b.txt"), "same document key 'a-b'"),
    ],
)
def test_seed_names_with_the_same_key_are_refused(tmp_path, names, message):
    for name in names:
        (tmp_path / name).write_bytes((SEEDS / "brunssum.txt").read_bytes())
    with pytest.raises(DataError, match=message) as err:
        build(tmp_path, tmp_path / "out", ONTOLOGY, jobs=1)
    check_one_line_error(str(err.value), names[1])
