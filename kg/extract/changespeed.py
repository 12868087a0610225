"""The speed of a change: "stijgt snel", "verdwijnt niet snel" measure a change, not a service.

"Snel" approves of a service that is quick ("de hulp is snel geregeld"); next to a verb
of change ("het aantal 75-plussers stijgt snel", "het tekort verdwijnt niet snel",
"neemt snel toe") it says how fast the change goes, and the change itself judges (a
level of a quantity, :mod:`kg.extract.direction`; a problem that grows or goes away). The
verbs of change are the direction words of ``kg/data/quantity-direction.toml`` (rising,
falling, "neemt … toe") and a few verbs of coming and going (closed-class Dutch: a
problem appears, disappears, a population ages).
"""

from __future__ import annotations

from kg.extract.direction import load

#: Words of speed (the lemma "snel" of the tone cue "sneller", and its counterparts).
SPEED = frozenset(
    {"snel", "snelle", "sneller", "snelste", "langzaam", "langzamer", "traag", "trager"}
)
#: Verbs of coming and going that a word of speed measures, beyond the direction words.
_COMING_AND_GOING = frozenset(
    {"verdwijnt", "verdwijnen", "verdween", "verdwenen", "vergrijst", "vergrijzen",
     "vergrijsde", "vergrijsden", "ontstaat", "ontstaan", "ontstond", "ontstonden",
     "loopt", "lopen", "liep", "liepen", "oplopen", "oploopt", "opliep"}
)  # fmt: skip
#: Most words between the word of speed and the verb it measures (a main clause may put
#: its subject between: "stijgt het aantal 75-plussers snel").
REACH = 4


def measures_change(word: str, before: list[str], after: list[str]) -> bool:
    """Whether a word of speed stands within :data:`REACH` words of a verb of change.

    ``before`` and ``after`` are the words of its clause before and after it, lower case.

    Examples
    --------
    >>> measures_change("snel", ["het", "aantal", "stijgt"], ["en"])
    True
    >>> measures_change("snel", ["het", "tekort", "niet"], ["verdwijnt"])
    True
    >>> measures_change("snel", ["de", "hulp", "is"], ["geregeld"])
    False
    """
    if word not in SPEED:
        return False
    d = load()
    near = before[-REACH:] + after[:REACH]
    return any(
        w in d.levels
        or w in _COMING_AND_GOING
        or (w in d.particles and set(near) & d.particle_verbs)
        for w in near
    )
