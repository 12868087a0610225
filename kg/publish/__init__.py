"""Publishing the graph as linked data.

Small modules, each with a pure function that returns data and, where useful, a
``write_*`` companion that writes it atomically:

- :mod:`kg.publish.graphs`: loading a graph file, finding its base IRI, and
  partitioning it into named graphs (one per source document, one for the
  ontology and vocabularies, one for shared entities);
- :mod:`kg.publish.export`: Turtle, TriG, N-Triples, N-Quads and JSON-LD;
- :mod:`kg.publish.validate`: SHACL validation against ``ontology/shapes.ttl``;
- :mod:`kg.publish.void`: the VoID + DCAT description of the dataset;
- :mod:`kg.publish.docs`: HTML documentation of the ontology;
- :mod:`kg.publish.push`: upload to a SPARQL 1.1 Graph Store;
- :mod:`kg.publish.serve`: a local read-only SPARQL endpoint.
"""
