"""The IRI of a topic: a key of its label that ignores the hyphens inside words.

Topics are minted from the text (:mod:`kg.extract.topics`); the same key gives the same
topic in every document, whatever the spelling of a compound.
"""

from __future__ import annotations

from kg.extract.sentencecache import table
from kg.namespaces import CONCEPT, slugify

TOPIC = CONCEPT + "topic/"


def topic_iri(label: str) -> str:
    """IRI of the topic with Dutch label ``label`` (computed once per label in a document).

    The IRI comes from a key, not from the spelling: each word of the label is slugified
    without the hyphens inside it, so the spellings of one compound ("privacy-regelgeving",
    "privacyregelgeving"; "jeugd-GGZ", "jeugdggz"; "reïntegratie", "re-integratie") are
    one topic, while the words of a phrase stay apart ("huishoudelijke hulp"). The key
    depends on the label alone, so a document's IRIs do not depend on the other documents
    of the build (each keeps its spelling as the label: :mod:`kg.build.topiclabels`).

    >>> topic_iri("huishoudelijke hulp").rsplit("/", 2)[-2:]
    ['topic', 'huishoudelijke-hulp']
    >>> topic_iri("jeugd-GGZ") == topic_iri("jeugdggz") == TOPIC + "jeugdggz"
    True
    """
    found = _IRIS.get(label)
    if found is None:
        if label.replace(" ", "").isalnum():  # most labels: no hyphen or mark inside a word
            found = _IRIS[label] = TOPIC + slugify(label)
        else:
            words = (slugify(w).replace("-", "") for w in label.split() if any(map(str.isalnum, w)))
            found = _IRIS[label] = TOPIC + slugify(" ".join(words))
    return found


#: Label → :func:`topic_iri`, for the document.
_IRIS: dict[str, str] = table()
