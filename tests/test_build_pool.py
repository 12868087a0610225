"""The worker pool: results in input order, cached by the workers, equal to one process."""

from __future__ import annotations

import shutil

import pytest

from kg.build import Resources, process_document
from kg.build.doccache import read_cache
from kg.build.pool import chunksize, parallel_results
from tests.conftest import ONTOLOGY, SEEDS


@pytest.fixture(scope="module")
def resources():
    return Resources.create(ONTOLOGY, validate=False)


def test_results_come_in_task_order_and_are_cached(resources, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    paths = []
    for i, source in enumerate(sorted(SEEDS.glob("*.txt")) * 2):
        target = seeds / f"{i}-{source.name}"
        shutil.copyfile(source, target)
        paths.append(target)
    cache = tmp_path / "cache"
    tasks = [(p, f"key{i}" if i % 2 == 0 else None) for i, p in enumerate(paths)]
    results = list(parallel_results(resources, tasks, 2, cache))
    assert [r.name for r in results] == [p.stem for p in paths]
    alone = [process_document(p, resources)[0] for p in paths]
    assert [r.block for r in results] == [r.block for r in alone]
    assert sorted(p.stem for p in cache.glob("*.json")) == ["key0", "key2"]
    cached = read_cache(cache, "key2")
    assert (cached.name, cached.block, cached.shared) == (
        paths[2].stem,
        alone[2].block,
        alone[2].shared,
    )


@pytest.mark.parametrize(
    "count, jobs, expected", [(0, 2, 1), (10, 2, 1), (160, 2, 10), (1000, 2, 16), (10**6, 8, 16)]
)
def test_chunks_are_small_enough_to_spread_the_work(count, jobs, expected):
    assert chunksize(count, jobs) == expected
