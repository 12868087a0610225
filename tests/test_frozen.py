"""kg.frozen: a frozen dataclass's quick ``__init__`` makes the same instances."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import FrozenInstanceError, dataclass, field

import pytest

from kg.document import Paragraph, Sentence
from kg.extract.model import Entity, Finding, Indicator, Relation, SentenceMention, Topic
from kg.frozen import quick_init


@dataclass(frozen=True)
class _Plain:
    start: int
    end: int
    label: str = ""
    tags: tuple[str, ...] = ()


@quick_init
@dataclass(frozen=True)
class _Quick:
    start: int
    end: int
    label: str = ""
    tags: tuple[str, ...] = ()


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((1, 2), {}),
        ((1, 2, "x"), {}),
        ((1,), {"end": 2, "tags": ("a",)}),
        ((), {"start": 0, "end": 0}),
    ],
)
def test_the_instance_is_the_dataclass_one(args, kwargs):
    plain, quick = _Plain(*args, **kwargs), _Quick(*args, **kwargs)
    assert dataclasses.astuple(plain) == dataclasses.astuple(quick)
    assert repr(plain).replace("_Plain", "_Quick") == repr(quick)
    assert quick == _Quick(*args, **kwargs) and hash(quick) == hash(_Quick(*args, **kwargs))
    assert vars(quick) == vars(plain)


def test_it_stays_frozen_and_copies():
    quick = _Quick(1, 2, "x")
    with pytest.raises(FrozenInstanceError):
        quick.start = 3  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del quick.end  # type: ignore[misc]
    assert dataclasses.replace(quick, end=5) == _Quick(1, 5, "x")
    assert copy.copy(quick) == quick and copy.deepcopy(quick) == quick
    assert pickle.loads(pickle.dumps(quick)) == quick


def test_the_call_is_checked_as_before():
    with pytest.raises(TypeError):
        _Quick(1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Quick(1, 2, "x", (), 5)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Quick(1, 2, colour="red")  # type: ignore[call-arg]


def test_only_a_plain_frozen_dataclass_qualifies():
    @dataclass(frozen=True)
    class Factory:
        items: list = field(default_factory=list)

    @dataclass(frozen=True)
    class Post:
        x: int

        def __post_init__(self) -> None:
            pass

    @dataclass(frozen=True, kw_only=True)
    class Keywords:
        x: int

    @dataclass(frozen=True, slots=True)
    class Slotted:
        x: int

    class NoDataclass:
        pass

    for cls in (Factory, Post, Keywords, Slotted, NoDataclass):
        with pytest.raises(TypeError):
            quick_init(cls)


def test_the_extractor_records_use_it():
    for cls in (Entity, SentenceMention, Finding, Topic, Indicator, Relation, Sentence, Paragraph):
        assert cls.__init__.__module__ == cls.__module__
        assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
    assert Sentence(1, 0, 5, None, 1) == Sentence(
        index=1, start=0, end=5, section=None, paragraph=1
    )
    assert Entity("x", "law", "Wmo").labels == ()
