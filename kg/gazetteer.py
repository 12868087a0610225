"""The gazetteer: IRIs and RDF of the reference municipalities, provinces and regions.

The graph describes the reference entities the profiles name, not all 414
municipalities: for every municipality a profile mentions it holds the
municipality, the municipalities it was merged into (so Onderbanken and
Beekdaelen are both present and linked), its province, and — for a municipality
of 2015 — its labour-market region with the region's central municipality. So
the graph stays about the profiles, and a query or map shows what they name;
the complete lists are the CSV files in ``kg/data/reference``.

IRIs (under the data base):

- municipality: ``id/municipality/<slug of the CBS name>`` (``bergen-l``)
- province: ``id/province/<slug>``
- labour-market region: ``id/region/arbeidsmarktregio-<slug>``
- the two source data sets: ``id/dataset/reference-municipalities`` and
  ``id/dataset/reference-labour-market-regions``
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from kg.extract.model import Entity
from kg.extract.municipalities import matcher_for
from kg.namespaces import DCAT, DCTERMS, ID, KG, ORG, OWL, RDF, RDFS, SKOS, slugify
from kg.reference import LabourMarketRegion, Municipality, Reference

__all__ = [
    "TOOI_MUNICIPALITY",
    "municipality_entity",
    "municipality_iri",
    "province_iri",
    "reference_triples",
    "region_iri",
]

TOOI_MUNICIPALITY = "https://identifier.overheid.nl/tooi/id/gemeente/"
MUNICIPALITIES_DATASET = ID + "dataset/reference-municipalities"
REGIONS_DATASET = ID + "dataset/reference-labour-market-regions"
#: Year of the labour-market region composition in the reference data.
REGION_YEAR = 2015


def municipality_iri(m: Municipality) -> str:
    """IRI of a municipality: its CBS name, slugified.

    Examples
    --------
    >>> from kg.reference import default_reference
    >>> municipality_iri(default_reference().by_code["GM0893"]).rsplit("/", 2)[-2:]
    ['municipality', 'bergen-l']
    """
    return f"{ID}municipality/{slugify(m.name)}"


def municipality_entity(m: Municipality) -> Entity:
    """The extractor's entity for a reference municipality (labelled by its official name)."""
    return Entity(municipality_iri(m), "municipality", m.official_name)


def province_iri(name: str) -> str:
    """IRI of a province (``Fryslân`` → ``id/province/fryslan``)."""
    return f"{ID}province/{slugify(name)}"


def region_iri(region: LabourMarketRegion) -> str:
    """IRI of a labour-market region (``id/region/arbeidsmarktregio-zuid-limburg``)."""
    return f"{ID}region/arbeidsmarktregio-{slugify(region.name)}"


@lru_cache(maxsize=4)
def _by_iri(reference: Reference) -> dict[str, Municipality]:
    return {municipality_iri(m): m for m in reference.municipalities}


@lru_cache(maxsize=4)
def _regions_by_iri(reference: Reference) -> dict[str, LabourMarketRegion]:
    return {region_iri(r): r for r in reference.region_of.values()}


def described_codes(reference: Reference, iris: Iterable[str]) -> list[str]:
    """CBS codes the graph describes for the entity IRIs ``iris``, sorted.

    The named municipalities, the centrals of their 2015 labour-market regions
    and of the labour-market regions named themselves, and everything these were
    merged into.

    Examples
    --------
    >>> from kg.reference import default_reference
    >>> ref = default_reference()
    >>> [ref.by_code[c].name for c in described_codes(ref, [ID + "municipality/onderbanken"])]
    ['Onderbanken', 'Heerlen', 'Beekdaelen']

    A region named without any of its members is described through its central:

    >>> region = ID + "region/arbeidsmarktregio-stedendriehoek-en-noordwest-veluwe"
    >>> [ref.by_code[c].name for c in described_codes(ref, [region])]
    ['Apeldoorn']
    """
    index = _by_iri(reference)
    regions = _regions_by_iri(reference)
    iris = list(iris)
    named = {index[iri].cbs_code for iri in iris if iri in index}
    named |= {regions[iri].central_code for iri in iris if iri in regions}
    codes: set[str] = set()
    todo = set(named)
    # Until nothing is added: a successor's region has a central of its own
    # (Haarlemmerliede → Haarlemmermeer → Amsterdam), which the graph must
    # describe too, as the lead municipality of that region.
    while todo:
        codes |= todo
        found: set[str] = set()
        for code in todo:
            found.update(m.cbs_code for m in reference.successors(code))
            region = reference.region_of.get(code)
            if region is not None:
                found.add(region.central_code)
        todo = found - codes
    return sorted(codes)


def reference_triples(reference: Reference, iris: Iterable[str], terms: Any) -> set[tuple]:
    """The triples describing the reference entities behind ``iris``.

    Parameters
    ----------
    reference : Reference
        The reference data.
    iris : iterable of str
        Entity IRIs a document names (others are ignored).
    terms : NTriplesTerms or RdflibTerms
        How terms are made (see :mod:`kg.terms`).

    Returns
    -------
    set of tuple
        ``(subject, predicate, object)`` terms.
    """
    t = terms
    out: set[tuple] = set()
    kind = t.iri(RDF + "type")
    pref, source = t.iri(SKOS + "prefLabel"), t.iri(DCTERMS + "source")
    codes = described_codes(reference, iris)
    regions: dict[str, LabourMarketRegion] = {}
    for code in codes:
        m = reference.by_code[code]
        s = t.iri(municipality_iri(m))
        out |= _municipality(t, reference, m, s)
        region = reference.region_of.get(code)
        if region is not None and m.exists_in(REGION_YEAR):
            regions[region.name] = region
            r = t.iri(region_iri(region))
            out.add((s, t.iri(KG + "memberOf"), r))
            out.add((r, t.iri(KG + "hasMember"), s))
            out.add((r, t.iri(ORG + "hasMember"), s))
        p = t.iri(province_iri(m.province))
        out.add((p, kind, t.iri(KG + "Province")))
        out.add((p, pref, t.literal(m.province, "nl")))
        out.add((p, pref, t.literal(dict(reference.provinces)[m.province], "en")))
    for region in regions.values():
        r = t.iri(region_iri(region))
        out.add((r, kind, t.iri(KG + "Region")))
        out.add((r, kind, t.iri(KG + "LabourMarketRegion")))
        out.add((r, pref, t.literal(f"arbeidsmarktregio {region.name}", "nl")))
        out.add((r, pref, t.literal(f"{region.name} labour-market region", "en")))
        out.add((r, t.iri(SKOS + "altLabel"), t.literal(region.name, "nl")))  # the area's name
        central = reference.by_code[region.central_code]
        out.add((r, t.iri(KG + "leadMunicipality"), t.iri(municipality_iri(central))))
        out.add((r, source, t.iri(REGIONS_DATASET)))
    if codes:
        out |= _dataset(t, MUNICIPALITIES_DATASET, "gemeenten", "municipalities")
    if regions:
        out |= _dataset(
            t, REGIONS_DATASET, "arbeidsmarktregio's 2015", "labour-market regions 2015"
        )
    return out


def _municipality(t: Any, reference: Reference, m: Municipality, s: Any) -> set[tuple]:
    k = KG
    out = {
        (s, t.iri(RDF + "type"), t.iri(k + "Municipality")),
        (s, t.iri(SKOS + "prefLabel"), t.literal(m.official_name, "nl")),
        (s, t.iri(SKOS + "prefLabel"), t.literal(m.official_name, "en")),
        (s, t.iri(k + "cbsCode"), t.literal(m.cbs_code)),
        (s, t.iri(DCTERMS + "identifier"), t.literal(m.cbs_code)),
        (s, t.iri(OWL + "sameAs"), t.iri(TOOI_MUNICIPALITY + m.cbs_code.lower())),
        (s, t.iri(k + "province"), t.iri(province_iri(m.province))),
        (s, t.iri(DCTERMS + "source"), t.iri(MUNICIPALITIES_DATASET)),
    }
    if m.name != m.official_name:
        out.add((s, t.iri(SKOS + "altLabel"), t.literal(m.name, "nl")))
    # what the extractor recognises, for label search (kg query parameters)
    for form, surface, cue in matcher_for(reference).forms_of(m.cbs_code):
        if form == "variant" and not cue:
            out.add((s, t.iri(SKOS + "altLabel"), t.literal(surface, "nl")))
        elif form == "adjective":
            out.add((s, t.iri(SKOS + "hiddenLabel"), t.literal(surface, "nl")))
    if m.valid_from is not None:
        out.add((s, t.iri(k + "validFromYear"), t.integer(m.valid_from)))
    if m.valid_to is not None:
        out.add((s, t.iri(k + "validToYear"), t.integer(m.valid_to)))
    if m.merged_into is not None:
        successor = municipality_iri(reference.by_code[m.merged_into])
        out.add((s, t.iri(k + "mergedInto"), t.iri(successor)))
    return out


def _dataset(t: Any, iri: str, nl: str, en: str) -> set[tuple]:
    d = t.iri(iri)
    label = t.iri(RDFS + "label")
    return {
        (d, t.iri(RDF + "type"), t.iri(KG + "ReferenceDataSet")),
        (d, t.iri(RDF + "type"), t.iri(DCAT + "Dataset")),
        (d, label, t.literal(f"Referentiegegevens: {nl}", "nl")),
        (d, label, t.literal(f"Reference data: {en}", "en")),
        (
            d,
            t.iri(DCTERMS + "source"),
            t.literal("kg/data/reference (see its README.md for the sources)"),
        ),
    }
