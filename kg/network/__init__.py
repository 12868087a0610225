"""The networkx layer: a typed projection of the RDF graph and analytics on it."""

from kg.graphfile import load_graph
from kg.network.projection import find_node, label, nodes_of_type, project

__all__ = ["find_node", "label", "load_graph", "nodes_of_type", "project"]
