"""Names of a kind of care that stand either for its providers or for the care itself.

Dutch names mental health care ("ggz", "jeugd-ggz", "de specialistische jeugd-ggz") with one
word for the care and for the institutions that give it. The article tells them apart, as
with any mass noun that also names an institution ("het onderwijs", "de politie"):

- with a definite article (and any adjectives) the word names the institutions, the
  providers one is referred to, waits for or cannot reach: "verwijzen naar de jeugd-ggz",
  "de wachttijden bij de gespecialiseerde ggz", "de jeugd-ggz is lastiger bereikbaar"
  (``role/mental-health-care``, the role whose acronym label is "GGZ");
- without an article it names the care, a form of youth care that is used, grows or is
  bought ("veel jeugd-ggz", "voor klinische jeugd-ggz"): the Youth Act's care
  (``law/jeugdwet``), as "jeugdhulp" is; plain "ggz" without an article (care for
  adults too) is left alone;
- a word of use, growth, cost or purchase next to it names the care whatever the article
  ("het gebruik van jeugdhulp, vooral de jeugd-ggz", "de ambulante jeugd-ggz neemt toe",
  the annotation guideline's own examples), unless the words right before it name the
  providers themselves: a place one is referred to or waits at ("naar de", "bij de"), a
  waiting list or time of it ("Wachtlijst jeugd-ggz", "de wachttijd voor de jeugd-ggz")
  or its providers ("aanbieders van jeugd-ggz"), with or without an article (gold
  README, decision 8 of the twenty-seventh session: a wait or a referral at a provider).

The acronym in capitals ("GGZ") is already a label of the role; only the forms the
lexicon does not match (lower case) are read here, so what it finds is never overruled.

Benefits are named the same way (:func:`benefits`): "de uitkeringen" a municipality pays,
budgets or carries out are the social assistance of the Participatiewet ("het BUIG-budget
voor de uitkeringen", "voert de uitkeringen zelf uit"), the plural standing for the
scheme; the singular is one person's benefit or a payment to the municipality ("een
WW-uitkering", "de integratie-uitkering").
"""

from __future__ import annotations

import re

from kg.extract.mentions import Mention

__all__ = ["benefits", "care_forms"]

#: "ggz" or "jeugd-ggz" standing alone (not the first part of a compound: "ggz-instelling").
_GGZ = re.compile(r"(?<![\w-])(?:jeugd-)?ggz(?![\w-])")
#: A definite article, then adjectives ("de specialistische", "de gespecialiseerde") right
#: before the name.
_DEFINITE = re.compile(r"(?<!\w)(?:de|die|deze)\s+(?:[a-zë]+e\s+){0,2}$", re.IGNORECASE)
#: Words of a care used, growing, costing or bought (general Dutch of volumes of care).
_USED = re.compile(
    r"\b(?:gebruik|groei|groeit|groeide|gegroeid|toename|toegenomen|gestegen"
    r"|(?:neemt|nam|namen)\s+(?:[\w%,.]+\s+){0,4}toe|stijg\w*|steeg"
    r"|ingekocht|inkoop|inkopen|kosten|uitgaven)\b",
    re.IGNORECASE,
)
#: Right before the name, the providers named as such: "verwijzen naar (de)", "wachten bij
#: (de)", "Wachtlijst", "de wachttijden voor (de)", "aanbieders van", with adjectives.
_PROVIDERS = re.compile(
    r"(?<![\w-])(?:naar|bij|wacht(?:lijst|tijd)(?:en)?(?:\s+(?:voor|bij))?"
    r"|aanbieders?\s+van|instellingen?\s+voor)\s+(?:de\s+)?(?:[a-zë]+e\s+){0,2}$",
    re.IGNORECASE,
)
#: How far around the name a word of use is looked for (its clause, roughly).
_NEAR = 60


def care_forms(
    text: str, start: int, end: int, found: list[Mention], role: Mention | None, law: Mention | None
) -> list[Mention]:
    """The mentions of "ggz" and "jeugd-ggz" in lower case in ``text[start:end]``.

    Parameters
    ----------
    text : str
        The document's text.
    start, end : int
        The sentence's span.
    found : list of Mention
        The lexicon's matches in the sentence (a name they cover is left alone).
    role, law : Mention or None
        Templates (entity and kind) of the providers' role and of the Youth Act.

    Examples
    --------
    >>> role = Mention("role/mental-health-care", "role", 0, 0, "")
    >>> law = Mention("law/jeugdwet", "law", 0, 0, "")
    >>> text = "Huisartsen verwijzen naar de jeugd-ggz."
    >>> [(m.text, m.entity) for m in care_forms(text, 0, len(text), [], role, law)]
    [('jeugd-ggz', 'role/mental-health-care')]
    >>> text = "We zien vooral veel jeugd-ggz, weinig ggz."
    >>> [(m.text, m.entity) for m in care_forms(text, 0, len(text), [], role, law)]
    [('jeugd-ggz', 'law/jeugdwet')]
    >>> text = "Het gebruik van jeugdhulp, vooral de jeugd-ggz, is hoog."
    >>> [(m.text, m.entity) for m in care_forms(text, 0, len(text), [], role, law)]
    [('jeugd-ggz', 'law/jeugdwet')]

    The providers named before it win over a word of growth; growth in any tense:

    >>> def read(text):
    ...     return [m.entity for m in care_forms(text, 0, len(text), [], role, law)]
    >>> read("Wachtlijst jeugd-ggz: sterk gegroeid.")
    ['role/mental-health-care']
    >>> read("Aanbieders van jeugd-ggz zien de kosten stijgen.")
    ['role/mental-health-care']
    >>> read("De wachttijden bij de jeugd-ggz zijn gestegen tot elf weken.")
    ['role/mental-health-care']
    >>> read("Het aantal kinderen in de jeugd-ggz nam in 2016 met 9% toe.")
    ['law/jeugdwet']
    >>> read("Vooral de specialistische jeugd-ggz is sinds 2015 gegroeid.")
    ['law/jeugdwet']
    """
    out: list[Mention] = []
    for match in _GGZ.finditer(text, start, end):
        s, e = match.span()
        if any(m.start < e and s < m.end for m in found):
            continue
        used = _USED.search(text, max(start, s - _NEAR), min(end, e + _NEAR)) is not None
        if _PROVIDERS.search(text, max(start, s - 40), s) or (
            _DEFINITE.search(text, max(start, s - 40), s) and not used
        ):
            template = role
        else:
            template = law if match.group().startswith("jeugd") else None
        if template is not None:
            out.append(Mention(template.entity, template.kind, s, e, match.group()))
    return out


#: The plural "uitkeringen" alone (not the end of a compound: "WW-uitkeringen" is UWV's).
_BENEFITS = re.compile(r"(?<![\w-])[Uu]itkeringen(?![\w-])")


def benefits(text: str, start: int, end: int, found: list[Mention], law: Mention) -> list[Mention]:
    """The plural "uitkeringen" in ``text[start:end]`` as mentions of the Participatiewet.

    Examples
    --------
    >>> law = Mention("law/participatiewet", "law", 0, 0, "")
    >>> text = "Het budget voor de uitkeringen schoot tekort; een WW-uitkering niet."
    >>> [(m.text, m.entity) for m in benefits(text, 0, len(text), [], law)]
    [('uitkeringen', 'law/participatiewet')]
    """
    out: list[Mention] = []
    for match in _BENEFITS.finditer(text, start, end):
        s, e = match.span()
        if not any(m.start < e and s < m.end for m in found):
            out.append(Mention(law.entity, law.kind, s, e, match.group()))
    return out
