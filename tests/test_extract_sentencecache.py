"""Per-document memo tables: answers kept for one document, emptied by ``clear``."""

from extract_helpers import extract_text

from kg.extract import negation, sentencecache
from kg.extract.sentencecache import clear, memo, table


def test_memo_computes_each_argument_tuple_once_until_cleared():
    calls = []

    @memo
    def words_of(text: str, start: int, end: int) -> tuple[str, ...]:
        calls.append((start, end))
        return tuple(text[start:end].split())

    text = "de wachttijd is lang"
    assert words_of(text, 0, 12) == ("de", "wachttijd")
    assert words_of(text, 0, 12) == ("de", "wachttijd")
    assert words_of(text, 3, 20) == ("wachttijd", "is", "lang")
    assert calls == [(0, 12), (3, 20)]
    clear()
    words_of(text, 0, 12)
    assert calls == [(0, 12), (3, 20), (0, 12)]


def test_clear_empties_every_table():
    first, second = table(), table()
    first["a"], second["b"] = 1, 2
    clear()
    assert first == {} and second == {}


def test_memoised_clauses_hand_each_caller_its_own_list():
    s = "Het loket werkt goed, maar de wachttijd is lang."
    spans = negation.clauses(s, 0, len(s))
    spans.append((0, 1))  # a caller that changes its list changes no one else's
    assert [s[a:b] for a, b in negation.clauses(s, 0, len(s))] == [
        "Het loket werkt goed",
        "maar de wachttijd is lang.",
    ]


def test_extract_starts_each_document_with_empty_tables_and_leaves_them_empty(monkeypatch):
    s = "Het loket werkt goed, maar de wachttijd is lang."
    negation.clauses(s, 0, len(s))
    assert any((s, 0, len(s)) in t for t in sentencecache._TABLES)
    seen = []
    clauses = negation.clauses

    def spy(text, start, end):  # noqa: ANN001, ANN202
        seen.append(any((s, 0, len(s)) in t for t in sentencecache._TABLES))
        return clauses(text, start, end)

    monkeypatch.setattr(negation, "clauses", spy)
    extract_text("De wachttijd bij het loket is volgens bewoners niet lang.")
    assert seen and not any(seen)  # emptied when the document starts
    assert not any(sentencecache._TABLES)  # and when it ends
    assert negation.words.cache_info().currsize == 0  # so is the cache of the words


def test_spans_equal_reading_the_span_itself():
    import re

    word = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-’'][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")
    text = "De wijkteams-leden zeggen: 'de wachttijd' is (te) lang, aldus 12-jarigen."
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            expected = tuple(
                (m.start(), m.end(), m.group().lower()) for m in word.finditer(text, start, end)
            )
            assert sentencecache.spans(word, text, start, end, lower=True) == expected


def test_whole_text_read_by_split_equals_finditer():
    import re

    text = "De Wmo-raad’s leden: 12-jarigen, ſtaat İn (te) lang; é ÉÉN ende."
    patterns = [
        re.compile(r"\w+"),
        re.compile(r"(?<=[a-z])[a-z]+", re.IGNORECASE),  # reads the text before its match
        re.compile(r"(\w)\w*"),  # a group of its own: read match by match
        re.compile(r"\b\w*"),  # may match nothing: read match by match
        re.compile(r"[a-zé]+(?:[-’'][a-z]+)*", re.IGNORECASE),
    ]
    for pattern in patterns:
        for lower in (False, True):
            found, starts, ends = sentencecache._read_whole(pattern, text, lower)
            expected = tuple(
                (m.start(), m.end(), m.group().lower() if lower else m.group())
                for m in pattern.finditer(text)
            )
            assert found == expected and found
            assert starts == [s for s, _, _ in expected] and ends == [e for _, e, _ in expected]
    assert sentencecache._as_group(patterns[0]) is not None
    assert sentencecache._as_group(patterns[2]) is None
    assert sentencecache._as_group(patterns[3]) is None


def test_inside_run_is_the_two_word_characters_pattern():
    import re

    from kg.extract.sentencecache import inside_run

    pair = re.compile(r"\w\w")
    text = "ab_ c-d²e ½x\u0130y ſz’q\u00a0r\u212a9 _\t\u0663a"
    for at in range(-1, len(text) + 2):
        expected = at > 0 and pair.match(text, at - 1, at + 1) is not None
        assert inside_run(text, at) == expected, at
