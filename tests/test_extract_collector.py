"""The collector pause around one document's extraction."""

from __future__ import annotations

import gc

import pytest

from kg.extract.collector import paused


def test_paused_restores_an_enabled_collector_also_on_error():
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_paused_leaves_a_disabled_collector_disabled():
    gc.disable()
    try:
        with paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_extraction_runs_with_the_collector_paused(monkeypatch):
    from tests.extract_helpers import extract_text

    seen = []
    import kg.extract as extract_module

    real = extract_module._extract
    monkeypatch.setattr(
        extract_module, "_extract", lambda *a: seen.append(gc.isenabled()) or real(*a)
    )
    extract_text("Teststad is een gemeente.", "De gemeente werkt samen met Leusden.")
    assert seen == [False]
    assert gc.isenabled()
