"""The build: seeds folder → documents → extraction → one Turtle file.

Two entry points share one per-document step (:func:`process_document`):

- :func:`build_graph` builds in memory and returns data (the Turtle bytes, the
  parsed documents and their extraction, a summary, and the graph on demand);
  for notebooks, tests and evaluation.
- :func:`build` streams a corpus of any size to ``OUT/kg.ttl``: documents are
  processed on all cores, each document's result is cached by content hash
  (unchanged seeds are not re-extracted), and the file is written atomically
  under a lock on the output folder.

Both produce byte-identical files for the same seeds. The Turtle file holds
the ontology block, then one block per document (the subjects it owns: the
document, its sections, sentences, mentions, findings, observations and
relations), then the shared block (statements about entities several documents
can mention, deduplicated).

Modules: :mod:`~kg.build.config` (settings and loaded resources),
:mod:`~kg.build.pipeline` (one document; the in-memory build),
:mod:`~kg.build.doccache` (the per-document cache), :mod:`~kg.build.pool`
(the worker pool), :mod:`~kg.build.streaming` (the streaming build).
"""

from kg.build.config import BuildConfig, Resources
from kg.build.doccache import CACHE_DIR, DocumentResult
from kg.build.pipeline import (
    BuildResult,
    BuildSummary,
    build_graph,
    parse_seed,
    process_document,
    write_build,
)
from kg.build.streaming import build
from kg.io import GRAPH_FILE, default_graph_path

__all__ = [
    "CACHE_DIR",
    "GRAPH_FILE",
    "BuildConfig",
    "BuildResult",
    "BuildSummary",
    "DocumentResult",
    "Resources",
    "build",
    "build_graph",
    "default_graph_path",
    "parse_seed",
    "process_document",
    "write_build",
]
