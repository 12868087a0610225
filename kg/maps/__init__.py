"""Interactive, offline relationship maps drawn from the networkx projection."""

from kg.maps.generate import MapSet, generate_maps, plan_maps, write_maps
from kg.maps.kinds import KINDS

__all__ = ["KINDS", "MapSet", "generate_maps", "plan_maps", "write_maps"]
