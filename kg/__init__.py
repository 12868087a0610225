"""kg: a knowledge graph of the 2015 decentralisation of the Dutch social domain.

The library turns municipality profiles (plain text) into an RDF graph under the
ontology in ``ontology/``, with every statement traceable to its source sentence.
The command-line interface lives in :mod:`kg.cli`; the library never imports it.
"""

__version__ = "0.1.0"
