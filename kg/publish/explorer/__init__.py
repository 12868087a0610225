"""The linked-data explorer ``kg serve`` adds to its SPARQL endpoint.

Dereferenceable IRIs (:mod:`~kg.publish.explorer.entity`, content negotiation in
:mod:`~kg.publish.explorer.rdfout`), the findings browser
(:mod:`~kg.publish.explorer.findings`), a REST API from the query library
(:mod:`~kg.publish.explorer.restapi`) and the query editor
(:mod:`~kg.publish.explorer.editor`), routed by :mod:`~kg.publish.explorer.routes`.
Every page links its style sheet and scripts from ``/static/`` (no inline
script, nothing remote) and escapes all text from the graph.
"""
