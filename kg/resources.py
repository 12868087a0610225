"""Where the data files shipped with ``kg`` live: a source checkout or an installed wheel.

The ontology (``ontology/*.ttl``, the shapes, the JSON-LD context) and the query
library (``queries/*.rq``) are top-level folders of the repository. A wheel
carries them inside the package as ``kg/_ontology`` and ``kg/_queries`` (see
``[tool.setuptools.package-dir]`` in ``pyproject.toml``), so ``pip install .``
works from any folder. :func:`bundled_dir` finds whichever is there.
"""

from __future__ import annotations

from pathlib import Path

#: Top-level folder → the package that holds it in an installed wheel.
PACKAGED = {"ontology": "kg._ontology", "queries": "kg._queries"}


def bundled_dir(name: str, marker: str) -> Path:
    """The folder ``name`` shipped with kg: beside the package, else inside it.

    Parameters
    ----------
    name : str
        ``ontology`` or ``queries``.
    marker : str
        A glob that matches a file the folder must hold (``kg.ttl``, ``*.rq``).

    Returns
    -------
    Path
        The source checkout's folder (an editable install or a clone) when it
        holds ``marker``, else the installed package's copy (which may be
        missing: callers report that with the folder's path).

    Examples
    --------
    >>> (bundled_dir("queries", "*.rq") / "compare-problems.rq").is_file()
    True
    """
    here = Path(__file__).resolve().parent
    checkout = here.parent / name
    if any(checkout.glob(marker)):
        return checkout
    package, _, sub = PACKAGED[name].rpartition(".")
    inside = here / sub  # a wheel unpacked on disk: no importlib.resources (~5 ms) needed
    if package == __package__ and any(inside.glob(marker)):
        return inside
    from importlib import resources  # a zipped install, or the copy is missing

    return Path(str(resources.files(package) / sub))
