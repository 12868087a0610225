"""One preferred label per language for each topic (or minted entity) over a build.

A topic's IRI comes from a key that ignores the hyphens inside words
(:func:`kg.extract.topickeys.topic_iri`), so the spellings of one compound
("privacy-regelgeving", "privacyregelgeving") are one topic, and each document
labels it with its own first spelling. When documents spell a topic differently the
graph would hold two Dutch ``skos:prefLabel`` values, which SKOS forbids (the shapes
check it). The build keeps one: the spelling the most documents use, ties going to
the document first in the build's order (the profiles' sorted order, so the choice
is deterministic and needs no list of spellings); the other spellings become
``skos:altLabel`` values, under which the topic is still found.

The same holds for every other node the documents mint and label themselves: an
organisation or body named "Veilig Thuis Brabant-Noordoost" in one profile and "Veilig
Thuis Brabant Noordoost" in another has one key (the slug ignores the hyphen), and would
otherwise carry two Dutch preferred labels; it gets one in the same way.

The choice is made here, over the statements the documents share, so a document's
own block (and its cache entry) does not depend on the other documents.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.namespaces import RDF, SKOS

PREF = f"<{SKOS}prefLabel>"
ALT = f"<{SKOS}altLabel>"
_TYPE = f"<{RDF}type>"


class TopicLabels:
    """Collects the Dutch preferred labels of each document, then picks one per node.

    Examples
    --------
    >>> from kg.namespaces import KG
    >>> t = "<https://w3id.org/kg-decentralisatie/concept/topic/wmoloket>"
    >>> kind = f"{t} {_TYPE} <{KG}Topic> ."
    >>> a, b = (f'{t} {PREF} "{label}"@nl .' for label in ("wmo-loket", "wmoloket"))
    >>> labels = TopicLabels()
    >>> for shared in ([kind, a], [kind, b], [kind, b]):
    ...     labels.add(shared)
    >>> out = labels.resolve({kind, a, b})
    >>> [line.split('"')[1] for line in out if PREF in line]  # two documents spell it so
    ['wmoloket']
    >>> [line.split('"')[1] for line in out if ALT in line]
    ['wmo-loket']
    """

    def __init__(self) -> None:
        #: Preferred-label line (language-tagged) → (documents using it, order first seen).
        self._seen: dict[str, list[int]] = {}
        self._documents = 0

    def add(self, shared: Iterable[str]) -> None:
        """Count the language-tagged preferred labels among one document's shared lines."""
        self._documents += 1
        for line in shared:
            if f" {PREF} " in line and line.endswith(" .") and '"@' in line:
                found = self._seen.get(line)
                if found is None:
                    self._seen[line] = [1, self._documents]
                else:
                    found[0] += 1

    def resolve(self, shared: set[str]) -> set[str]:
        """``shared`` with one preferred label per node and language, the others alternative."""
        by_subject: dict[tuple[str, str], list[str]] = {}
        for line in self._seen:
            language = line[line.rindex('"@') + 2 : -2]
            by_subject.setdefault((line[: line.index(">") + 1], language), []).append(line)
        clashes = {s: lines for s, lines in by_subject.items() if len(lines) > 1}
        if not clashes:
            return shared
        out = set(shared)
        for lines in clashes.values():
            lines.sort(key=lambda line: (-self._seen[line][0], self._seen[line][1], line))
            for line in lines[1:]:
                out.discard(line)
                out.add(line.replace(f" {PREF} ", f" {ALT} ", 1))
        return out
