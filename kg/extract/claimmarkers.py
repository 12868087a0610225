"""What turns a sentence of figures into a claim: a reason, a contrast, an enumeration, a verdict.

A sentence of the authors that reports figures is data unless a word says more than the
figures (:data:`_CLAIM_MARKER`): a reason ("omdat", "vooral door de groei van …"), a contrast
("daarentegen", "toch"), a concession ("ondanks", "hoewel", "weliswaar", "al bleef …"), a
hedge ("naar verluidt", "zou", "lijkt", "naar eigen schatting"), an enumeration (a colon
before words), a projection ("bij deze trend"), a named source ("volgens"), a factor weighed
in a choice. Some of those words say no
more than the figures in their place: a colon before the figures of a level or a change, a
year's label in a bracketed series ("(2014: 980; 2015: 1.045)"), a fraction ("een derde"),
"maar" for "only" before an amount, "daarentegen" linking levels or changes, "door" naming
the agent of a passive. Split out of :mod:`kg.extract.datasentences`, which reads the rest.

Examples
--------
>>> marked("Het aantal is sinds 2014 gehalveerd (2014: 1.020; 2016: 510).")
False
>>> marked("Het aantal is gehalveerd, omdat de regels strenger werden.")
True
"""

from __future__ import annotations

import re

from kg.extract.datacounts import change_before
from kg.extract.linekeys import key_end
from kg.extract.numberwords import COUNT_WORDS
from kg.extract.speechcues import by_first_letter

__all__ = ["levelled_figures", "marked"]

#: The words and phrases that turn figures into a claim: a reason, a contrast, an
#: enumeration, a verdict.
_MARKERS = (
    r"omdat|doordat|vanwege|want|dus|daardoor|daarom|maar|echter|wel|gekozen"
    r"|opgenomen|selectie|in\s+lijn|eerste|tweede|derde|vierde|vijfde|dankzij"
    # a reason named as such: "Een vierde reden was de financiële positie: …"
    r"|reden|redenen"
    # a cause: "vooral door de groei van …", "als gevolg van …", "te wijten aan …"
    r"|(?:vooral|mede|onder\s+meer|met\s+name|deels|grotendeels|voornamelijk|komt)\s+door"
    r"|gevolg\s+van|te\s+wijten\s+aan|toe\s+te\s+schrijven\s+aan"
    # a contrast adverb: "hield daarentegen bijna 4 ton over"
    r"|daarentegen|toch|evenwel|desondanks|niettemin"
    # a concession (gold decision: concessive figure sentences are findings): "Ondanks de
    # groei …", "hoewel klein in aantallen", "is weliswaar gedaald", "ofschoon …", "Enerzijds
    # …, anderzijds …", "ook al …"; a conjunction "al" after a comma or at the start, its
    # verb right after it ("…, al bleef het onder het landelijk niveau")
    r"|ondanks|hoewel|alhoewel|ofschoon|weliswaar|enerzijds|anderzijds|niettegenstaande"
    # a provision an actor makes, in an active finite form ("De gemeente vergoedt een
    # toeslag van 15%", "biedt beschut werk aan 80 mensen", "Sinds 2016 financiert de
    # gemeente …"): an arrangement, no statistic; the passive of a count ("werden 31
    # uitkeringen verstrekt") has the participle and stays data
    r"|biedt|bieden|bood|boden|vergoedt|vergoeden|vergoedde|vergoedden|verstrekte|verstrekten"
    r"|financiert|financieren|financierde|financierden|subsidieert|subsidiëren|subsidieerde"
    r"|subsidieerden"
    # a hedge: hearsay, appearance, a conjecture or the source's own estimate ("zou naar
    # verluidt zijn gestegen", "lijkt te dalen", "Er zouden 200 gezinnen …", "naar eigen
    # schatting een kwart"): the figures as someone holds them, no plain statistic
    r"|verluidt|zou|zouden|lijkt|lijken|leek|leken|schijnt|schijnen"
    r"|eigen\s+(?:schatting|inschatting|zeggen|opgave)"
    r"|desalniettemin|(?:ook|zelfs)\s+al|(?:^|(?<=,\s)|(?<=;\s))al\s+(?:is|was|zijn|waren|ligt|lag"
    r"|liggen|lagen|blijft|bleef|blijven|bleven|daalt|daalde|dalen|daalden|stijgt|steeg|stijgen"
    r"|stegen|groeit|groeide|groeien|groeiden|gaat|ging|neemt|nam|heeft|had|hebben|hadden)"
    # a link of cause: "…, wat met de vergrijzing samenhangt", "te maken heeft met …"
    r"|samen(?:hangt|hangen|hing|hingen)|(?:hangt|hangen|hing|hingen)\s+(?:\w+\s+){0,4}?samen"
    r"|te\s+maken\s+(?:heeft|hebben|had|hadden)\s+met|verklaart|verklaard"
    # what a change or a cost is due to or paid by: "komt de groei vrijwel geheel voor
    # rekening van begeleiding", "komt voor rekening van de gemeente"
    r"|voor\s+rekening\s+van"
    # a fit that explains: "…, wat past bij de leeftijdsopbouw"
    r"|(?:wat|dat|die|dit)\s+(?:past|passen|paste|pasten)\s+bij"
    # a projection of the figures: "en is bij deze trend binnen drie jaar op"
    r"|bij\s+(?:deze|dit|die|dat|het\s+huidige)\s+(?:trend|tempo|groei|ontwikkeling)"
    r"|als\s+(?:dit|dat|deze\s+trend)\s+(?:zo\s+)?doorzet|als\s+(?:dit|dat)\s+zo\s+doorgaat"
    # an open question the figures raise: "De vraag is of drie teams dat aankunnen", "blijft
    # de vraag of …", "het is de vraag of …": the authors' doubt, no statistic
    r"|vraag(?:\s+[\w-]+){0,8}?\s+(?:is|blijft|was)\s+of|(?:de|een)\s+vraag\s+of"
    r"|(?:is|blijft|was)\s+(?:het\s+)?de\s+vraag\s+of"
    # a named source: "volgens X", "aldus X", "uit de monitor van X blijkt"
    r"|volgens|aldus|blijkt|bleek"
    # an effect the figures had: "…, wat tot ruim 400 bezwaren leidde", "leidde tot een
    # wachtlijst" (a reason or effect makes a figure sentence a finding: the guideline)
    r"|(?:leidde|leidden|leidt|leiden)\s+tot|tot\s+(?:[\w.,€%-]+\s+){1,6}?(?:leidde|leidden|leidt)"
    # a verb of perceiving before the change it saw: "De kredietbank zag het aantal
    # aanmeldingen stijgen", "ziet de wachtlijst oplopen" (the gold guideline: such a verb
    # attributes the figures, so the sentence is a finding)
    r"|(?:zag|zagen|ziet|zien|merkte|merkten)\s+(?:[\w%.,€-]+\s+){1,7}?(?:stijgen|dalen|toenemen"
    r"|afnemen|groeien|oplopen|teruglopen|verdubbelen|halveren|verminderen)"
    # a person named by a title: the figures tell a case ("Mevrouw De Boer is 79 en woont …")
    r"|mevrouw|meneer"
    # a capacity reached, a state judged: "liggen alle 34 bedden vol", "zit de opvang vol"
    r"|overvol|volgeboekt|vol(?=\s*[.,;!?])"
    # a factor that weighed in a choice: "Daarnaast speelden de demografie (…) een rol",
    # "Daarnaast woog het gebruik van jeugdhulp mee"
    r"|(?:speelde|speelden|speelt|spelen)\b[^.;:]*\b(?:mee|een\s+rol)"
    r"|(?:woog|wogen|weegt|wegen|telde|telden)\b[^.;:]*\bmee"
    # a vote's outcome: a motion, an amendment or a proposal adopted or rejected ("De motie
    # wordt aangenomen met 19 stemmen voor", "Het amendement werd met 20 tegen 9 verworpen"):
    # a decision of the council, no statistic of its votes
    r"|(?:motie|amendement|voorstel|initiatiefvoorstel)\b[^.;:]{0,60}?\b(?:aangenomen|verworpen)"
)
#: What turns figures into a claim: a colon or one of :data:`_MARKERS` (gathered by their
#: first letter: the same matches, without every alternative tried at each word).
_CLAIM_MARKER = re.compile(rf"[:→⇒]|\b(?:{by_first_letter(_MARKERS)})\b", re.IGNORECASE)
#: An arrow between two figures: the change from one to the other ("640 → 710"), no more.
_FIGURE_BEFORE = re.compile(r"\d[\d.,]*\s*(?:%|‰|mln|miljoen|\))?\s*$")
_FIGURE_AFTER = re.compile(r"\s*(?:€\s*)?\d")


#: A figure; the article or number of a fraction ("een derde", "twee derde").
_DIGIT = re.compile(r"\d")
_FRACTION = re.compile(r"\b(?:een|twee)\s+$", re.IGNORECASE)
#: A word of level before a colon: the figures after it give that level ("ligt hoger dan in
#: vergelijkbare gemeenten: 12% …", "is hoog: …", "een relatief oude bevolking: 22% …", "De
#: bevolking is jong: 31% …").
_LEVEL = re.compile(
    r"\b(?:hoger|lager|hoog|laag|boven|onder|rond|gemiddeld|gemiddelde|vaker|minder|meer"
    r"|relatief|jonger|ouder|groter|kleiner|jong|oud|vergrijsd"
    # the attributive forms of age: "een jonge stad", "een vergrijsde gemeente"
    r"|jonge|oude|vergrijsde"
    # the level the other way round from the one before: "Bij de Wmo is het omgekeerd: 14% …"
    r"|omgekeerd|andersom)\b",
    re.IGNORECASE,
)


#: A comparison after a colon: the level named before it, given for other places or groups
#: ("ligt lager dan in de omliggende gemeenten: in X maken ouderen vaker gebruik van … dan
#: in de stad", "… is hoog: jongeren komen er meer voor dan elders").
_COMPARED = re.compile(
    r"(?:\b(?:hoger|lager|groter|kleiner|vaker|minder|meer|sneller|langer|korter)\b"
    r"|\b(?:even|zo|half\s+zo)\s+[a-zà-ÿ]+\b)[^;:.]*?\b(?:dan|als)\b",
    re.IGNORECASE,
)
#: A year inside brackets right before a colon: the label of a series' figure ("(2014: 980;
#: 2015: 1.045)").
_SERIES_YEAR = re.compile(r"\([^()]*\b(?:19|20)\d\d\s*$")
#: A change from one figure to another ("van 1,2% naar 0,8%").
_FROM_TO = re.compile(r"\bvan\s+\d[\d.,]*\s*%?\s+naar\s+\d", re.IGNORECASE)


#: The town an ordinal ranks in its area ("de tweede stad van Twente", "de derde gemeente in
#: de provincie"), with no relative clause after it ("de tweede gemeente in X die …": what
#: it was second to do is a remark).
_RANK = re.compile(
    r"\s+(?:[a-zà-ÿ]+e\s+)?(?:stad|gemeente|kern|plaats|woonkern)\s+(?:van|in)\s+"
    r"(?:(?!\b(?:die|dat|waar)\b)[^,;:.()]){2,40}?(?=\s*(?:[,;.]|\ben\b|$))"
    r"(?!\s*,?\s*(?:die|dat|waar)\b)",
    re.IGNORECASE,
)
_ORDINALS = frozenset({"tweede", "derde", "vierde", "vijfde"})
#: The population's size a rank goes with ("81.000 inwoners"), not a rate ("per 1.000").
_SIZE = re.compile(r"(?<![\d.])(?<!per )\d[\d.]*\s+inwoners\b", re.IGNORECASE)
#: A passive clause right before "vooral door": "door" names its agent ("Ook de Wmo wordt meer
#: dan gemiddeld gebruikt, vooral door de groep 75-plussers"), who is counted, no cause.
_PASSIVE = re.compile(
    r"\b(?:wordt|worden|werd|werden)\b[^.;:,]{0,80}?\b[a-zà-ÿ]{3,}[dt]\s*,?\s*$", re.IGNORECASE
)


#: An amount after "maar": the focus particle "only" ("komen maar half zo vaak voor", "maar
#: 4% …"), no contrast.
_ONLY = re.compile(
    r"\s+(?:\d|half\b|weinig\b|een\s+(?:klein|paar|fractie)|enkele\b|twee\b|drie\b|vier\b"
    r"|vijf\b|zes\b|tien\b)",
    re.IGNORECASE,
)


def marked(text: str) -> bool:
    """Whether a figure sentence holds a word that makes it a claim (:data:`_CLAIM_MARKER`).

    A colon followed by figures gives the figures of the level named before it ("ligt hoger
    dan gemiddeld: 12% van de jongeren …"), a fraction ("een derde meer") is no ordinal and
    "maar" before an amount is "only" ("maar half zo vaak") and "daarentegen" beside a
    level only links it to the levels before it ("Het gebruik daarentegen is lager", gold
    decision 1 of the twenty-seventh session): none says more than the figures.

    Examples
    --------
    >>> marked("Het gebruik ligt hoger dan gemiddeld: 12% van de jongeren krijgt hulp.")
    False
    >>> marked("Er zijn 41 uitkeringen, ruim een derde meer dan landelijk.")
    False
    >>> marked("De cijfers: 12% van de jongeren krijgt hulp.")
    True
    >>> marked("Het ligt lager dan elders: in Olst gaan ouderen vaker naar de huisarts dan hier.")
    False
    >>> marked("Het gebruik is hoog: jongeren krijgen er meer hulp dan in Ommen.")
    False
    >>> marked("Het gebruik is hoog: de teams werken er anders.")
    True
    >>> marked("Een andere reden is de positie: de gemeente krijgt minder dan gemiddeld.")
    True
    >>> marked("Er zijn 41 uitkeringen, maar de raad weet dat.")
    True
    >>> marked("Trajecten komen maar half zo vaak voor als in vergelijkbare steden.")
    False
    >>> marked("Het gebruik van re-integratie daarentegen is 4% lager.")
    False
    >>> marked("De Wmo wordt meer dan gemiddeld gebruikt, vooral door ouderen.")
    False
    >>> marked("De kosten stegen, vooral door de groei van de jeugdhulp.")
    True
    >>> marked("Op de Wmo bleef daarentegen 4 ton over.")
    True
    >>> marked("Het aantal is sinds 2014 gehalveerd (2014: 1.020; 2016: 510).")
    False
    >>> marked("Het aandeel is daarentegen gedaald, van 1,2% naar 0,8%.")
    False
    >>> marked("X telt 81.000 inwoners en is de tweede stad van Twente.")
    False
    >>> marked("X is met 40.000 inwoners de derde gemeente in de provincie Zeeland.")
    False
    >>> marked("X was de tweede gemeente in Drenthe die een wijkteam startte.")
    True
    >>> marked("Een tweede reden is de financiële positie.")
    True
    >>> marked("Drie punten vallen op: de kosten, de wachttijd en de toegang.")
    True
    >>> marked("Het aandeel ligt boven het gemiddelde, wat past bij de leeftijdsopbouw.")
    True
    >>> marked("De korting was 20%, wat tot ruim 300 bezwaren leidde.")
    True
    >>> marked("Het tekort van € 2 miljoen leidde tot een bezuiniging van 5%.")
    True
    >>> marked("Het wijkteam zag het aantal meldingen stijgen van 80 naar 120.")
    True
    >>> marked("De voedselbank ziet de vraag in 2016 met een derde toenemen.")
    True
    >>> marked("Het aantal meldingen steeg van 80 naar 120.")
    False
    >>> marked("Meneer Jansen is 79 en woont sinds 2010 in Oost.")
    True
    >>> marked("Om tien uur zijn alle 20 plaatsen in de opvang vol.")
    True
    >>> marked("De opvang telt 20 plaatsen, volgend jaar 24.")
    False
    >>> marked("Er zijn 20 plaatsen in de volwassenenopvang.")
    False
    >>> marked("Tot 2016 steeg het aantal van 80 naar 120.")
    False
    """
    return any(_says_more(text, m) for m in _CLAIM_MARKER.finditer(text))


def _says_more(text: str, m: re.Match[str]) -> bool:
    """Whether the marker ``m`` of :data:`_CLAIM_MARKER` found in ``text`` says more than the
    figures in its place (:func:`marked` gives the places where it does not).

    Examples
    --------
    >>> text = "Trajecten komen maar half zo vaak voor, maar de raad weet dat."
    >>> [_says_more(text, m) for m in _CLAIM_MARKER.finditer(text)]
    [False, True]
    >>> text = "Meer ouderen → hulpvraag groeit; uitkeringen: 640 → 710"
    >>> [_says_more(text, m) for m in _CLAIM_MARKER.finditer(text) if m.group() == "→"]
    [True, False]
    >>> marked("De vraag is of twee teams met 30 mensen dat aankunnen.")
    True
    """
    word = m.group(0).lower()
    if word in "→⇒":
        # a slide's arrow of consequence ("Sterke vergrijzing → vraag naar hulp groeit"): an
        # effect, as "leidt tot"; between two figures only the change ("640 → 710")
        before = _FIGURE_BEFORE.search(text, max(0, m.start() - 20), m.start())
        return not (before and _FIGURE_AFTER.match(text, m.end()))
    if word == ":":
        if _SERIES_YEAR.search(text, max(0, m.start() - 40), m.start()):
            return False  # "(2014: 980; 2016: 1.115)": a series' year, no enumeration
        if _labelled_figures(text, m.start()):
            return False  # "Bijstand: 31 uitkeringen per 1.000 inwoners": a key and its value
        # the level or the change the figures after the colon give
        level = _LEVEL.search(text, 0, m.start()) or change_before(text, m.start())
        return not (level and (_DIGIT.search(text, m.end()) or _COMPARED.search(text, m.end())))
    if word in _ORDINALS and _RANK.match(text, m.end()) and _SIZE.search(text):
        return False  # "telt 81.000 inwoners en is de tweede stad van Twente": size and rank
    if word in ("derde", "vierde", "vijfde"):  # "een vijfde": a fraction
        return not _FRACTION.search(text, max(0, m.start() - 5), m.start())
    if word == "daarentegen":
        # "… daarentegen is lager", "is daarentegen gedaald, van 1,2% naar 0,8%": it
        # links the levels or the changes
        return not (_LEVEL.search(text) or _FROM_TO.search(text))
    if word.endswith(" door") and _PASSIVE.search(text, 0, m.start()):
        return False  # "wordt … gebruikt, vooral door 75-plussers": the agent, no cause
    if word == "maar":
        # "maar half zo vaak": "only", no contrast (after a comma: the conjunction)
        return text[: m.start()].rstrip().endswith(",") or not _ONLY.match(text, m.end())
    return True


#: A key that opens with an article or a demonstrative ("De cijfers:", "Het beeld:", "Deze
#: punten:") announces what follows, as a heading does; the label of a value names what the
#: value measures without one ("Bijstand:", "65-plussers:", "Wmo: overschot …").
_ANNOUNCING_KEY = re.compile(r"\W*(?:de|het|een|deze|dit|die|dat)\b", re.IGNORECASE)
#: The value of a label: a figure ("23%", "ongeveer € 820", "€ 4 mln") or a bare noun that
#: names what is counted ("overschot € 1,9 mln", "aandeel lage inkomens …"); a value that
#: opens with an article, a preposition or a dash is a clause, a circumstance or a list
#: ("…: het bedrag per plek daalt …", "…: in 2016 voor 300 gezinnen", "…: - de Kern; …").
_BARE_VALUE = re.compile(
    r":\s+(?!(?:de|het|een|in|na|voor|van|met|bij|op|door|tot|sinds|over|uit|aan|om|zonder"
    r"|tegen|naar|onder|boven|vanaf|ondanks|dankzij|wegens|vanwege|als|dat|die|er)\b)"
    r"(?:€|\d|[^\W\d_])",
    re.IGNORECASE,
)


#: An age group as a key, which opens with its age ("65-plussers", "18-minners", "75-plussers
#: alleenwonend"): a label all the same, though not opening with a letter.
_AGE_KEY = re.compile(r"\W*\d{1,3}-[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){0,3}\s*", re.IGNORECASE)
#: A figure in the value, in digits or words ("23%", "twee keer zo hoog").
_COUNT = re.compile(COUNT_WORDS, re.IGNORECASE)


def _labelled_figures(text: str, colon: int) -> bool:
    """Whether the colon at ``colon`` closes the key of a key-value line
    (:func:`kg.extract.linekeys.key_end`: a label, no clause) whose value holds figures:
    the label names what the figures measure ("65-plussers: 23%, tegen 18% landelijk",
    "Wmo: overschot € 1,9 mln (2015)"), which a key-value line in the authors' voice
    reports as data (the annotation guideline), so the colon enumerates nothing. A key
    opening with an article (:data:`_ANNOUNCING_KEY`) announces, and stays a marker.

    Examples
    --------
    >>> s = "Mantelzorgers: ongeveer 4.000, een op de elf inwoners"
    >>> _labelled_figures(s, s.index(":"))
    True
    >>> s = "75-plussers: 9%, tegen 7% landelijk"
    >>> _labelled_figures(s, s.index(":"))
    True
    >>> s = "Noord en Zuid: aandeel lage inkomens twee keer zo hoog als in de rest"
    >>> _labelled_figures(s, s.index(":"))
    True
    >>> s = "Klachten over vervoer: 48 in 2016, vooral over te laat komen"
    >>> _labelled_figures(s, s.index(":"))
    True
    >>> s = "De cijfers: 12% van de jongeren krijgt hulp."
    >>> _labelled_figures(s, s.index(":"))
    False
    >>> s = "Ouderen: de vraag groeit."
    >>> _labelled_figures(s, s.index(":"))
    False
    >>> s = "Ook bezuinigt de provincie: het budget daalt van 8 naar 6 miljoen."
    >>> _labelled_figures(s, s.index(":"))
    False
    >>> s = "Vroeg erop af: in 2016 bij ongeveer 200 gezinnen"
    >>> _labelled_figures(s, s.index(":"))
    False
    """
    return (
        (key_end(text, 0, len(text)) == colon or _AGE_KEY.fullmatch(text, 0, colon) is not None)
        and _ANNOUNCING_KEY.match(text) is None
        and _BARE_VALUE.match(text, colon) is not None
        and _COUNT.search(text, colon) is not None
    )


#: A short copular clause before a colon: "Zwolle is een jonge stad:", "De bevolking is
#: relatief oud:", "Het is een vergrijsde gemeente:".
_COPULA_BEFORE = re.compile(
    r"\W*(?:[\w'-]+\s+){1,5}?(?:is|zijn|was|waren)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s*:",
    re.IGNORECASE,
)


def levelled_figures(text: str) -> bool:
    """Whether ``text`` opens with a short copular clause that gives its subject a level
    ("Zwolle is een jonge stad:", "De bevolking is relatief oud:") and gives the figures of
    that level after the colon: a level word with its figures, which the guideline keeps a
    comparison, so data, also where it describes the municipality.

    Examples
    --------
    >>> levelled_figures("Ommen is een jonge gemeente: 31% is jonger dan 25 jaar.")
    True
    >>> levelled_figures("De bevolking was relatief oud: 24% was 65 of ouder.")
    True
    >>> levelled_figures("Ommen is een dorp: de mensen kennen elkaar.")
    False
    >>> levelled_figures("Ommen is een gemeente met 31% jongeren.")
    False
    """
    head = _COPULA_BEFORE.match(text)
    return (
        head is not None
        and _LEVEL.search(text, 0, head.end()) is not None
        and _DIGIT.search(text, head.end()) is not None
    )
