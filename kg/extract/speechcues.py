"""The words of reported speech in Dutch: who says, thinks or feels something.

Regular-expression vocabularies shared by speaker detection
(:mod:`kg.extract.speakers`) and the discovery of groups no list foresaw
(:mod:`kg.extract.speakergroups`). Written from general Dutch grammar (reporting
verbs and their particles, the perfect, attitude predicates, passive participles,
quantifiers of a group), not from any profile.

Examples
--------
>>> bool(REPORTING.match("geven aan")), bool(REPORTING.match("hebben aangegeven"))
(True, True)
>>> bool(REPORTING.match("zijn kritisch")), bool(REPORTING.match("werken"))
(True, False)
>>> bool(NOT_REPORTING.match(" vindt volgend jaar plaats"))
True
>>> bool(REPORTING.match("spreekt elke maand met de scholen"))
False
>>> sorted(w for w in PAST_WORDS if w.startswith(("benadrukt", "dacht")))
['benadrukte', 'benadrukten', 'dacht', 'dachten']
"""

from __future__ import annotations

import re

from kg.extract.prefixscan import heads

__all__ = [
    "ANY_TENSE",
    "ATTITUDE",
    "FEELINGS",
    "FUNCTION",
    "FUNCTION_NOUN",
    "FUNCTION_WORDS",
    "NOT_REPORTING",
    "ONE_SPLIT_AFTER",
    "ONE_SPLIT_BEFORE",
    "PARTICIPLES",
    "PAST",
    "PAST_WORDS",
    "PERFECT",
    "QUANT",
    "QUANT_LISTED",
    "REPORTED",
    "REPORTING",
    "STANCE",
    "STRUCK",
    "SUBORDINATE",
    "VERBS",
    "VERB_LAST",
    "RELATIVE_REPORTS",
    "by_first_letter",
]


def by_first_letter(alternation: str) -> str:
    """``alternation`` (a regular expression ``a|b|…``) with its alternatives gathered by
    the letter they begin with, each group behind a look-ahead for that letter.

    It matches exactly what ``alternation`` matches, wherever it stands: at a position
    only the alternatives that begin with the letter there can match, and those are
    tried in their own order, as in ``alternation``. The engine otherwise tries every
    alternative of a long list at every position; now it tries one look-ahead per letter
    and the alternatives of one letter. An alternative that begins with more than one
    letter ("(?:be)?merkt") stands in each of their groups. Without a literal beginning
    for every alternative, ``alternation`` is returned as it is.

    A letter whose alternatives all open with it written out ("vindt", "vond"; not
    "(?:be)?merkt") has them stand behind the letter itself instead (:func:`_opened`): the
    engine passes over such a group after one test of the character, where a look-ahead
    costs a step of its own for every group before the right one.

    Examples
    --------
    >>> print(by_first_letter(r"vindt|stelt|(?:be)?merkt|vond").replace("|(?", "\\n(?"))
    (?=[bB])(?:(?:be)?merkt)
    (?=[mM])(?:(?:be)?merkt)
    (?=[sS])(?:stelt)
    (?-i:[vV])(?<=v)(?:indt|ond)
    >>> by_first_letter(r"\\w+|vindt")  # may begin with any letter: as it is
    '\\\\w+|vindt'
    """
    groups: dict[str, list[str]] = {}
    for alternative in _alternatives(alternation):
        letters = heads(re.compile(alternative, re.IGNORECASE), 1)
        if not letters or not all(c.isalpha() and c.isascii() for c in letters):
            return alternation
        for letter in letters:
            groups.setdefault(letter, []).append(alternative)
    return "|".join(_opened(c, listed) for c, listed in sorted(groups.items()))


def _written_first(alternative: str) -> str:
    """The letter ``alternative`` opens with when it is written out and stands once (not
    "(?:be)?merkt", not "a?b"), else ""; never one that ``re.IGNORECASE`` matches to other
    characters than its two cases (i, k and s: "İ", "ı", the Kelvin sign, "ſ")."""
    first = alternative[:1]
    if (
        first.isascii()
        and first.isalpha()
        and first.lower() not in "iks"
        and alternative[1:2] not in ("", "?", "*", "+", "{")
    ):
        return first
    return ""


def _opened(c: str, listed: list[str]) -> str:
    """The group of the alternatives ``listed`` of the letter ``c``.

    When they all open with one letter written out (:func:`_written_first`), they match
    that letter in either case (``(?-i:…)``: a plain set, which the engine tests before
    it tries the group), then the letter as written, looked back at under the pattern's
    own flags, then the rest of each: what the alternatives match, whether the pattern
    ignores case or not. Otherwise they stand behind a look-ahead for the letter.

    >>> _opened("v", ["vindt", "vond"]), _opened("b", ["bemerkt", "(?:be)?merkt"])
    ('(?-i:[vV])(?<=v)(?:indt|ond)', '(?=[bB])(?:bemerkt|(?:be)?merkt)')
    """
    first = _written_first(listed[0])
    if first and all(_written_first(alternative) == first for alternative in listed):
        rest = "|".join(alternative[1:] for alternative in listed)
        return f"(?-i:[{first.lower()}{first.upper()}])(?<={first})(?:{rest})"
    return f"(?=[{c}{c.upper()}])(?:{'|'.join(listed)})"


def _alternatives(alternation: str) -> list[str]:
    """The top-level alternatives of a regular expression (its ``|`` outside groups and sets).

    >>> _alternatives(r"a(?:b|c)|[|]d|e\\|f")
    ['a(?:b|c)', '[|]d', 'e\\\\|f']
    """
    found: list[str] = []
    depth, start, i, in_set = 0, 0, 0, False
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 1  # the escaped character stands for itself
        elif in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
            if alternation[i + 1 : i + 2] == "]":
                i += 1  # "[]…]": a leading "]" is a member
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            found.append(alternation[start:i])
            start = i + 1
        i += 1
    found.append(alternation[start:])
    return found


#: Reporting verbs (full forms). "geven … aan", "nemen … waar", "merken … op" and
#: "voegen … toe" need their particle; "vindt … plaats" and "ziet … toe" are not reporting.
_VERB_FORMS = (
    r"vertel(?:t|len|de|den)|stel(?:t|len|de|den)|vind(?:t|en)?|vond(?:en)?|ervaa?r(?:t|en)?"
    r"|ervoer(?:en)?|zie(?:t|n)?|zag(?:en)?|me(?:ent|nen)|meende(?:n)?|verkla(?:art|ren|arde|arden)"
    r"|oorde(?:elt|len|elde|elden)|zeg(?:t|gen)|zei(?:den)?"
    # (not meeting or agreeing: "spreekt regelmatig met de scholen", "spraken af dat"; but
    # "spreekt van een crisis", "spreekt zich uit": saying)
    r"|(?:spre(?:ekt|ken)|sprak(?:en)?)(?!\s+(?:\w+\s+){0,2}?(?:met|af)\b)"
    r"|beschrij(?:ft|ven)|beschreven|de(?:elt|len|elde|elden)|herken(?:t|nen)|erken(?:t|nen)"
    r"|constate(?:ert|ren|erde|erden)|onderken(?:t|nen)|noem(?:t|en|de|den)|benadruk(?:t|ken)"
    r"|den(?:kt|ken)|verwacht(?:en)?|ho(?:ort|ren)|voel(?:t|en)|conclude(?:ert|ren|erde|erden)"
    r"|bevestig(?:t|en)|waarschuw(?:t|en)|betwijfel(?:t|en)|wij(?:st|zen)\s+(?:(?:ook|daarnaast|daarbij|bovendien|vooral|verder|tevens|nog|wel|eveneens)\s+)?(?:erop|(?:er\s+(?:\w+\s+){0,2}?)?op)"
    r"|ge(?:eft|ven)\b[^,;:.]{0,40}?\baan|gaf\b[^,;:.]{0,40}?\baan|gaven\b[^,;:.]{0,40}?\baan"
    r"|ne(?:emt|men)\b[^,;:.]{0,30}?\bwaar|mer(?:kt|ken)\b[^,;:.]{0,30}?\bop"
    r"|voeg(?:t|en)\b[^,;:.]{0,30}?\btoe|trek(?:t|ken)\s+de\s+conclusie"
    r"|meld(?:t|en|de|den)|signale(?:ert|ren|erde|erden)|pleit(?:en|te|ten)?|erkenn?(?:en|de|den)"
    r"|va(?:t|tten)\b[^,;:.]{0,30}?\bsamen|zijn\s+van\s+mening|is\s+van\s+mening"
    r"|schat(?:ten|te|tten)?|wij(?:t|ten)|wijtte(?:n)?"
    r"|waarde(?:ert|ren|erde|erden)|type(?:ert|ren|erde|erden)|vre(?:est|zen|esde|esden)"
    r"|betreu(?:rt|ren|rde|rden)|onderstre(?:ept|pen)|bea(?:amt|men)|juich(?:t|en)\s+(?:\w+\s+){0,3}?toe"
    r"|bekla(?:agt|gen|agde|agden)|kla(?:agt|gen|agde|agden)|prijst"
    # qualifying or claiming what was said: "Een ambtenaar relativeert dat", "nuanceert dit"
    r"|relative(?:ert|ren)|nuance(?:ert|ren)|bewe(?:ert|ren)"
    r"|mer(?:kt|ken|kte|kten)\s+(?:\w+\s+)?dat|(?:laat|laten|liet|lieten)\s+weten"
    r"|leg(?:t|gen|de|den)\b[^,;:.]{0,30}?\buit\b|licht(?:en|te|ten)?\b[^,;:.]{0,30}?\btoe\b"
    # (the object may follow what it is placed at: "plaatst bij de cijfers over 2015 een
    # kanttekening")
    r"|(?:plaats|plaatst|plaatsen|zet|zetten)\s+(?:[\w-]+\s+){0,8}?"
    r"(?:kanttekeningen|kanttekening|vraagtekens|vraagteken)"
    # adding to what was said: "De gezinscoach vult aan dat …" (not "vult het tekort aan")
    r"|vul(?:t|len)\s+aan(?=\s*(?:dat\b|:))"
    r"|(?:uit|uiten|uitte|uitten)\s+(?:\w+\s+){0,2}?(?:zorgen|zorg|kritiek|twijfels|onvrede"
    r"|waardering|lof|ongenoegen|bezorgdheid|frustratie)"
    r"|vra(?:agt|gen)\s+zich\s+(?:\w+\s+)?af|vroeg(?:en)?\s+zich\s+(?:\w+\s+)?af"
    r"|ho(?:opt|pen)|twijfel(?:t|en|de|den)|ga(?:at|an)\s+ervan\s+uit"
    r"|ge(?:eft|ven)\s+toe|beoorde(?:elt|len|elde|elden)|benoem(?:t|en|de|den)"
    r"|schets(?:t|en|te|ten)|advise(?:ert|ren|erde|erden)|voorzie(?:t|n)|ra(?:adt|den)\s+aan"
    r"|mis(?:t|sen|te|ten)|onderschrij(?:ft|ven)|ontken(?:t|nen)|betwist(?:en)?"
    r"|(?:heeft|hebben|had|hadden)\s+het\s+(?:\w+\s+)?over"  # "hebben het over": talk about
    r"|omschrij(?:ft|ven)|omschreven|verwoord(?:t|en|de|den)|karakterise(?:ert|ren|erde|erden)|bestempel(?:t|en|de|den)"
    r"|(?:ge(?:eft|ven)|gaf|gaven)\s+(?:als|het|een)\s+(?:voorbeeld|reden|oorzaak|verklaring)"
    r"|reage(?:ert|ren|erde|erden)\s+(?:\w+\s+)?(?:positief|negatief|kritisch|verdeeld"
    r"|terughoudend|enthousiast|gematigd|afwachtend|teleurgesteld|verheugd|gemengd|wisselend)"
    r"|sta(?:at|an|ond|onden)\s+(?:\w+\s+)?(?:positief|negatief|kritisch|sceptisch|welwillend"
    r"|open|afwachtend|gereserveerd)\s+tegenover|verschil(?:t|len|de|den)\s+van\s+mening"
    r"|verba(?:ast|zen|asde|asden)\s+zich|sluit(?:en)?\s+zich\s+(?:\w+\s+)?aan"
    r"|ro(?:ept|epen)\s+(?:\w+\s+)?op\s+tot|vra(?:agt|gen)\s+(?:\w+\s+)?(?:om|aandacht)"
    # asking a question in indirect speech: "vraagt waarom …", "vraagt naar de wachtlijsten"
    r"|vra(?:agt|gen)\s+(?:\w+\s+)?(?:waarom|hoe|of|naar|welke|wat|wanneer|hoeveel)\b"
    # perceiving, knowing and expecting: "merken een stijging", "weten dat", "beseffen"
    r"|(?:be)?mer(?:kt|ken|kte|kten)(?!\s+(?:\w+\s+)?(?:weinig|niets|niks|nauwelijks)\s+van)"
    r"|voorspel(?:t|len|de|den)|vermoed(?:t|en|de|den)"
    r"|we(?:et|ten)\s+(?:\w+\s+)?dat|besef(?:t|fen|te|ten)|reali?se(?:ert|ren|erde|erden)\s+zich"
    r"|hou(?:dt|den)\s+er\s+(?:\w+\s+)?rekening\s+mee"
    r"|krij(?:gt|gen)\s+(?:\w+\s+){0,2}?(?:signalen|signaal|klachten|geluiden)"
    # saying and judging: "geven te kennen", "maken duidelijk", "beschouwen … als"
    r"|(?:ge(?:eft|ven)|gaf|gaven)\s+te\s+kennen|ma(?:akt|ken)\s+(?:\w+\s+)?duidelijk"
    r"|rapporte(?:ert|ren|erde|erden)|roem(?:t|en|de|den)|beschouw(?:t|en|de|den)\b[^,;:.]{0,40}?\bals\b"
    r"|(?:to(?:ont|nen|onde|onden)|uit(?:en|te|ten)?)\s+zich\s+(?:\w+\s+)?(?:positief|negatief"
    r"|kritisch|lovend|tevreden|ontevreden|bezorgd|enthousiast|teleurgesteld|voorstander|tegenstander)"
    r"|la(?:at|ten)\s+zich\b[^,;:.]{0,30}?\buit\b"
    r"|dring(?:t|en)\s+(?:\w+\s+){0,3}?aan\s+op|ma(?:akt|ken)\s+zich\s+(?:\w+\s+)?sterk"
    # judging, praising and pleading: "hekelen", "loven", "bepleiten", "opperen" (the past
    # forms are in ``_PAST_FORMS``)
    r"|hekel(?:t|en)|bekritise(?:ert|ren)|lo(?:oft|ven)|gelo(?:oft|ven)|suggere(?:ert|ren)"
    r"|opper(?:t|en)|bepleit(?:en)?|beklemto(?:ont|nen)|beto(?:ogt|gen)|verzucht(?:en)?"
    r"|ondervind(?:t|en)|wenst|kaart(?:en)?\s+(?:\w+\s+){0,3}?aan\b"
    r"|leve(?:rt|ren)\s+(?:\w+\s+)?kritiek|(?:stoort|storen|ergert|ergeren)\s+zich"
    r"|(?:houdt|houden)\s+(?:\w+\s+)?rekening\s+met"
    # running into something: "lopen aan tegen", "lopen ertegenaan dat"
    r"|lo(?:opt|pen)\s+(?:\w+\s+){0,2}?(?:aan\s+tegen|ertegenaan|tegenaan"
    r"|tegen\s+(?:\w+\s+){0,3}?aan\b)"
    # remarking and putting forward: "maken de kanttekening dat", "voeren aan dat", "brengen
    # naar voren", "sluiten niet uit dat"
    r"|ma(?:akt|ken|akte|akten)\s+(?:\w+\s+)?(?:kanttekening|kanttekeningen|opmerking"
    r"|opmerkingen|melding)\b|voe(?:rt|ren|rde|rden)\s+(?:\w+\s+){0,2}?aan\s+(?:dat|als)\b"
    r"|bre(?:ngt|ngen)\s+(?:\w+\s+){0,3}?naar\s+voren|sluit(?:en)?\s+(?:\w+\s+)?niet\s+uit"
    # remarking in passing and blaming ("tekenen daarbij aan", "verwijten"), counting on
    # ("rekenen erop dat"). Every form is a literal beginning :mod:`kg.extract.prefixscan`
    # scans for in the patterns that hold this list (``_SPEECH`` of
    # :mod:`kg.extract.speakergroups`, ``PRONOUN_REPORT``): past its limit they are fitted to
    # shorter beginnings, tried at more places
    r"|teken(?:t|en)\b[^,;:.]{0,30}?\baan\b|verwijt(?:en)?|reke(?:nt|nen)\s+erop"
    # counting on what is to come, an expectation: "rekent op een krappe begroting", "rekenen
    # voor 2017 op een tekort" (not reckoning up: "rekent af", "rekent uit")
    r"|reke(?:nt|nen)\s+(?:[\w-]+\s+){0,4}?op\s+(?:een|de|het|meer|minder|nog)\b"
    # working out a sum for the listener: "rekent voor dat …" (voorrekenen)
    r"|reke(?:nt|nen)\s+voor(?=\s+dat\b)"
    r"|belo(?:oft|ven|ofde|ofden)"
    # hesitating, a stance on the question before: "De wethouder aarzelt."
    r"|aarzel(?:t|en|de|den)"
    # relating causes: "legt een verband met de financiële stress", "leggen een relatie tussen"
    r"|leg(?:t|gen|de|den)\s+(?:\w+\s+)?(?:verband|relatie|link)\b"
    # characterising and insisting: "kenschetsen de start als …", "hameren op het belang"
    r"|kenschets(?:t|en|te|ten)|hame(?:rt|ren|rde|rden)\s+(?:\w+\s+)?op\b"
    # ascribing a cause: "schrijven de stijging toe aan de vergrijzing"
    r"|schrij(?:ft|ven)\b[^,;:.]{0,40}?\btoe\s+aan\b"
    # answering a question: "beantwoorden die vraag met een voorzichtig nee"
    r"|beantwoord(?:t|en|de|den)\b[^,;:.]{0,40}?\bmet\s+(?:een\s+)?(?:\w+\s+)?(?:ja|nee)\b"
    # comparing, a judgement of where one stands: "Ambtenaren vergelijken de stad met …"
    r"|vergelijk(?:t|en)\b[^,;:.]{0,60}?\bmet\b"
    # answering the question before: "De wethouder antwoordt dat …", "antwoorden raadsleden"
    r"|antwoord(?:t|en|de|den)\b"
    # telling what they remember: "Beleidsmedewerkers herinneren zich dat …"
    r"|herinner(?:t|en|de|den)\s+zich"
    # (an auditor's opinion on the accounts, "keurde de jaarrekening goed", "heeft geen
    # goedkeurende verklaring kunnen geven", is an act the authors report: gold README,
    # settlement point 9; no reporting verb)
    # insisting: "De wethouder houdt daarentegen vol dat …" (volhouden)
    r"|hou(?:dt|den)\b[^,;:.]{0,30}?\bvol\s+dat\b|hield(?:en)?\b[^,;:.]{0,30}?\bvol\s+dat\b"
)
#: Reporting verbs in the past tense that :data:`VERBS` lacks (a profile may tell its
#: interviews in the past: "Ambtenaren benadrukten …", "De wethouder wees op …"), with a few
#: stances the list lacks; the same verbs and particles as there. A list of its own
#: (:data:`PAST`), scanned for in patterns of their own, so that the beginnings the scanned
#: patterns of :data:`VERBS` hold stay within the prefix scan's limit.
_PAST_FORMS = (
    r"benadrukte(?:n)?|herkende(?:n)?|onderkende(?:n)?|bevestigde(?:n)?|waarschuwde(?:n)?"
    r"|hoopte(?:n)?|verwachtte(?:n)?|dacht(?:en)?|voelde(?:n)?|hoorde(?:n)?"
    r"|(?:wees|wezen)\s+(?:\w+\s+)?(?:erop|(?:er\s+(?:\w+\s+){0,2}?)?op)\b|nam(?:en)?\b[^,;:.]{0,30}?\bwaar"
    # "wees er in zijn verslag over 2018 op dat …": "er … op dat" around a longer phrase
    r"|(?:wees|wezen)\s+er\b[^,;:.]{0,40}?\bop\s+dat\b"
    r"|voegde(?:n)?\b[^,;:.]{0,30}?\btoe|vatte(?:n)?\b[^,;:.]{0,30}?\bsamen"
    r"|onderstreepte(?:n)?|beaamde(?:n)?|juichte(?:n)?\s+(?:\w+\s+){0,3}?toe"
    # judging what it is: "Huisartsen achten de wachttijden te lang" (not the numeral "acht")
    r"|achtte(?:n)?|acht(?:en)?(?=\s+(?:het|de|dat|deze|dit|die|een|hun|zijn|haar)\s)"
    r"|prees|prezen|prijzen|(?:sloot|sloten)\s+zich\s+(?:\w+\s+)?aan"
    r"|(?:riep|riepen)\s+(?:\w+\s+)?op\s+tot|(?:vroeg|vroegen)\s+(?:\w+\s+)?(?:om|aandacht"
    r"|waarom|hoe|of|naar|welke|wat|wanneer|hoeveel)\b"
    r"|wist(?:en)?\s+(?:\w+\s+)?dat|maakte(?:n)?\s+(?:\w+\s+)?duidelijk|ontkende(?:n)?"
    r"|betwistte(?:n)?|(?:gaf|gaven)\s+toe|ging(?:en)?\s+ervan\s+uit|hekelde(?:n)?"
    r"|bekritiseerde(?:n)?|loofde(?:n)?|suggereerde(?:n)?|opperde(?:n)?|bepleitte(?:n)?"
    r"|beklemtoonde(?:n)?|betoogde(?:n)?|verzuchtte(?:n)?|ondervond(?:en)?|wenste(?:n)?"
    r"|relativeerde(?:n)?|nuanceerde(?:n)?|beweerde(?:n)?"
    r"|kaartte(?:n)?\s+(?:\w+\s+){0,3}?aan\b|leverde(?:n)?\s+(?:\w+\s+)?kritiek"
    r"|(?:stoorde|stoorden|ergerde|ergerden)\s+zich|(?:hield|hielden)\s+(?:\w+\s+)?rekening"
    r"\s+(?:met|mee)|(?:liep|liepen)\s+(?:\w+\s+){0,2}?(?:aan\s+tegen|ertegenaan|tegenaan"
    r"|tegen\s+(?:\w+\s+){0,3}?aan\b)|bracht(?:en)?\s+(?:\w+\s+){0,3}?naar\s+voren"
    r"|(?:sloot|sloten)\s+(?:\w+\s+)?niet\s+uit|tekende(?:n)?\b[^,;:.]{0,30}?\baan\b"
    r"|verweet|verweten|rekende(?:n)?\s+erop"
    r"|rekende(?:n)?\s+(?:[\w-]+\s+){0,4}?op\s+(?:een|de|het|meer|minder|nog)\b|rekende(?:n)?\s+voor(?=\s+dat\b)|(?:liet|lieten)\s+zich\b[^,;:.]{0,30}?\buit\b"
    r"|(?:drong|drongen)\s+(?:\w+\s+){0,3}?aan\s+op|maakte(?:n)?\s+zich\s+(?:\w+\s+)?sterk"
    r"|beschreef|omschreef|onderschreef|onderschreven|raadde(?:n)?\s+aan"
    r"|(?:kreeg|kregen)\s+(?:\w+\s+){0,2}?(?:signalen|signaal|klachten|geluiden)"
    r"|vulde(?:n)?\s+aan(?=\s*(?:dat\b|:))|(?:vergeleek|vergeleken)\b[^,;:.]{0,60}?\bmet\b"
    r"|(?:plaatste|plaatsten|zette|zetten)\s+(?:[\w-]+\s+){0,8}?(?:kanttekeningen|kanttekening"
    r"|vraagtekens|vraagteken)|(?:was|waren)\s+van\s+mening"
    # a stance of support, a picture given: "staan achter de keuze", "geven een positief beeld"
    r"|(?:staat|staan|stond|stonden)\s+(?:\w+\s+)?achter\s+(?:de|het|deze|dit|die|dat|hun"
    r"|zijn|haar)\b|(?:geeft|geven|gaf|gaven)\s+(?:een|het)\s+(?:\w+\s+)?beeld\b"
    # hedging and worrying: "houden een slag om de arm", "houden hun hart vast"
    r"|(?:houdt|houden|hield|hielden)\s+(?:\w+\s+)?(?:een\s+slag\s+om\s+de\s+arm"
    r"|(?:hun|zijn|haar|het)\s+hart\s+vast)"
)
VERBS = by_first_letter(_VERB_FORMS)
PAST = by_first_letter(_PAST_FORMS)
#: The past forms of one word only (:data:`PAST` without its particles and objects),
#: for a set lookup: "benadrukte", "benadrukten", "dacht", "dachten".
_ONE_WORD = re.compile(r"([a-zà-ÿ]+)(\(\?:(n|en)\)\?)?")
PAST_WORDS = frozenset(
    form
    for alternative in _alternatives(_PAST_FORMS)
    if (one := _ONE_WORD.fullmatch(alternative))
    for form in (one.group(1), one.group(1) + (one.group(3) or ""))
)
#: The present and past reporting verbs in one list, gathered by first letter, for the
#: patterns matched at a position rather than scanned for by their literal beginnings.
ANY_TENSE = by_first_letter(f"{_VERB_FORMS}|{_PAST_FORMS}")
#: A report in the perfect (``REPORTED`` are its participles): "Raadsleden hebben
#: aangegeven", "De wethouder heeft in het gesprek verteld" ("gesteld" also sets
#: conditions, so it is left out).
REPORTED = (
    r"(?:aangegeven|gezegd|verteld|benadrukt|opgemerkt|gemeld|bevestigd|erkend|geconstateerd"
    r"|gesignaleerd|laten\s+weten|genoemd|gewaarschuwd|gepleit|uitgesproken|toegelicht|uitgelegd"
    r"|gemerkt|gewezen|gerapporteerd"
    # complained, asked, argued, concluded, proposed, advised: "Raadsleden hebben geklaagd"
    r"|geklaagd|betoogd|geconcludeerd|voorgesteld|geadviseerd|aangekaart|gevreesd)"
)
PERFECT = rf"(?:heeft|hebben|had|hadden)\s+(?:\w+\s+){{0,4}}?{REPORTED}"
#: Attitude predicates: the subject's stance, as good as a reporting verb.
STANCE = "(?:%s)" % by_first_letter(  # noqa: UP031
    r"trots|tevreden|tevredener|positief|positiever|negatief|negatiever|kritisch|kritischer"
    r"|bezorgd|zoekende|lovend|enthousiast|somber|somberder|ontevreden|optimistisch"
    r"|pessimistisch|sceptisch|terughoudend|overtuigd|verdeeld|te\s+spreken"
    r"|het\s+(?:\w+\s+){0,3}?(?:eens|oneens)|blij|bang|ongerust|gerust|content|teleurgesteld"
    r"|verheugd|van\s+oordeel|voorstander|tegenstander|voorstanders|tegenstanders"
    r"|verbaasd|verrast|gefrustreerd|boos|onzeker|huiverig|afwachtend|vol\s+lof|gekant\s+tegen"
    r"|terughoudender|sceptischer|mild|milder|voorzichtig|voorzichtiger|bezorgder|optimistischer"
    r"|pessimistischer"
    r"|de\s+mening\s+toegedaan|(?:er|daar|hier)\s+(?:\w+\s+)?zeker\s+van|gelukkig\s+(?:mee|met)|stellig"
)
#: Dutch adverbs of degree that may stand before a stance ("gematigd kritisch", "ronduit
#: tevreden"): a closed class of the grammar.
_DEGREE = "(?:%s)" % by_first_letter(  # noqa: UP031
    r"zeer|erg|heel|vrij|tamelijk|redelijk|behoorlijk|bijzonder|uiterst|gematigd|matig"
    r"|overwegend|uitgesproken|nogal|enigszins|licht|ronduit|buitengewoon|best|wat|iets|minder"
    r"|niet|weinig|allerminst|zeker|duidelijk"
)
#: What one may judge a thing to be with "achten" (consider): needed, wished, important, feasible.
_JUDGED = (
    r"nodig|noodzakelijk|wenselijk|onwenselijk|gewenst|van\s+belang|belangrijk|zinvol"
    r"|verstandig|haalbaar|onhaalbaar|reëel|onvoldoende|voldoende|te\s+\w+"
)
ATTITUDE = by_first_letter(
    # "zijn tevreden", also as it seems or turns out: "lijken tevreden", "blijken kritisch"
    # and as it stays: "De wethouder blijft optimistisch"
    r"(?:is|zijn|was|waren|lijkt|lijken|leek|leken|blijkt|blijken|bleek|bleken|blijft|blijven"
    r"|bleef|bleven)"
    # (a degree adverb right before the stance takes no word of the three: "zijn over het Rijk
    # gematigd kritisch")
    rf"\s+(?:\w+\s+){{0,3}}?(?:{_DEGREE}\s+)?{STANCE}"
    # the stance's topic as a prepositional phrase between copula and adjective: "De
    # wijkteammedewerkers zijn over hun eigen ruimte positief", "is over de samenwerking met
    # de gemeente positief", "zijn over de afspraken met de zorgverzekeraar tevreden" (up to
    # six words: a noun with a phrase of its own)
    rf"|(?:is|zijn|was|waren)\s+over\s+(?:[\w'’-]+\s+){{1,6}}?(?:{_DEGREE}\s+)?{STANCE}"
    r"|(?:heeft|hebben|had|hadden)\s+(?:\w+\s+){0,2}?(?:de\s+indruk|het\s+idee|het\s+gevoel"
    # worries ("hebben zorgen over"), not a duty ("hebben ervoor te zorgen", "te zorgen voor")
    r"|het\s+beeld|de\s+ervaring|moeite|liever|graag|(?<!\bte\s)zorgen(?!\s+voor\b)"
    r"|twijfels|bedenkingen|waardering|(?:de\s+|goede\s+)?hoop|de\s+verwachting|de\s+overtuiging"
    r"|kritiek|bezwaar|bezwaren|begrip|vragen\s+bij|last\s+van|(?:een\s+)?hard\s+hoofd"
    r"|behoefte|(?:veel\s+|weinig\s+|geen\s+|er\s+)?vertrouwen)"
    r"|(?:is|zijn|was|waren)\s+(?:\w+\s+)?(?:onder\s+de\s+indruk|stellig|duidelijk\s+over"
    # a verdict announced: "De wethouder is duidelijk: …", "Raadsleden zijn stellig:"
    r"|(?:duidelijk|helder|kort|resoluut)(?=\s*:))"
    # "maakt zich daar “geen grote zorgen” over": a quotation mark may stand in between
    r"|(?:maakt|maken|maakte|maakten)\s+zich\s+(?:\W?\w+\s+){0,3}?\W?zorgen"
    # a struggle they tell of: "Raadsleden worstelen met hun kaderstellende rol"
    r"|(?:worstelt|worstelen|worstelde|worstelden)\s+(?:\w+\s+)?met"
    r"|(?:kijkt|kijken|keek|keken)\s+(?:er\s+|daar\s+|hier\s+)?(?:met\b|positief|kritisch"
    r"|tevreden|somber|anders|terug)|(?:zit|zitten|zat|zaten)\s+(?:\w+\s+)?niet\s+te\s+wachten"
    r"|(?:wil|willen|wilde|wilden)\b|naar\s+eigen\s+(?:zeggen|opgave|(?:in)?schatting)"
    # by its own account: "Het werkgeversservicepunt plaatste volgens eigen opgave 140 mensen",
    # also by its own estimate: "Het steunpunt bereikt naar eigen schatting een kwart"
    r"|volgens\s+eigen\s+(?:zeggen|opgave|(?:in)?schatting)"
    # a wish: "Huisartsen zouden graag meer contact hebben", "zou liever zien"
    r"|(?:zou|zouden)\s+(?:\w+\s+)?(?:graag|liever)"
    r"|(?:is|zijn|was|waren)\s+zich\s+(?:\w+\s+){0,2}?bewust"
    # a judgement of need or worth ("achten": consider): "waar de cliëntenraad er veertig nodig
    # acht", "De raad acht het van belang dat …" (not the numeral: the verb last, or "het" after)
    rf"|(?:{_JUDGED})\s+(?:acht|achten|achtte|achtten)\b"
    rf"|(?:acht|achten|achtte|achtten)\s+het\s+(?:\w+\s+)?(?:{_JUDGED})\b"
    # a likelihood judged of what follows as its object: "De controller acht een verdere groei
    # van 5 tot 8% waarschijnlijker" (an article after the verb: no numeral)
    rf"|(?:acht|achten|achtte|achtten)\s+(?:een|de|het|die|deze|dit)\s+[^,;:.]{{1,60}}?"
    r"(?:\s|%)(?:on)?(?:waarschijnlijk|aannemelijk|denkbaar)(?:er)?\b"
    # idioms of raising the alarm, a stance as much as a report: "trekken aan de bel", "slaan
    # alarm", "luiden de noodklok" (here, not among the verbs: their beginnings are counted)
    r"|(?:trekt|trekken|trok|trokken)\s+(?:\w+\s+){0,2}?aan\s+de\s+(?:alarm)?bel"
    r"|(?:slaat|slaan|sloeg|sloegen)\s+(?:\w+\s+)?alarm"
    r"|(?:luidt|luiden|luidde|luidden)\s+(?:\w+\s+)?de\s+(?:noodklok|alarmklok|alarmbel)"
    rf"|{PERFECT}"
)
#: The stance a group takes ("stellen zich kritisch op", "stelde zich terughoudend op").
_TAKEN = (
    r"(?:kritisch|positief|negatief|terughoudend|afwachtend|welwillend|sceptisch|constructief"
    r"|coöperatief|voorzichtig|kritischer|positiever|terughoudender|gereserveerd|open)"
)
#: (an infinitive with "te" is no finite report: "weten het loket te vinden")
REPORTING = re.compile(rf"(?<!\bte\s)\b(?:{VERBS})\b|\b(?:{ATTITUDE})\b", re.IGNORECASE)
NOT_REPORTING = re.compile(
    r"^\s*(?:vindt|vinden|vond)\b[^,;:.]*\bplaats\b|^\s*(?:ziet|zien|zag|zagen)\s+toe\b"
    # "blijven denken vanuit hun eigen organisatie", "denken mee", "denken in oplossingen":
    # a way of working, not a view
    r"|^\s*(?:denkt|denken|dacht|dachten)\s+(?:\w+\s+)?(?:vanuit|mee\b|in\s+(?:termen|oplossingen"
    r"|mogelijkheden|hokjes|producten|schotten))"
    # "stelt de kaders vast", "stelt een plan op": setting, not saying (but "stelt vast dat")
    # (but "stellen zich kritisch op": a stance taken)
    rf"|^\s*stel(?:t|len|de|den)\b(?![^,;:.]*\bdat\b)(?!\s+zich\s+(?:\w+\s+)?{_TAKEN}\s+op\b)"
    r"[^,;:.]*\b(?:vast|op|in|beschikbaar|aan)\b"
    # "melden zich bij het wijkteam", "melden verzuim bij de leerplichtambtenaar": signing
    # up or notifying an office, not saying (but "melden dat")
    r"|^\s*meld(?:t|en|de|den)\b(?![^,;:.]*\bdat\b)[^,;:.]*\b(?:zich|bij)\b"
    # "rapporteert twee keer per jaar aan de raad": accounting to a body, not a view (but
    # "rapporteert dat")
    r"|^\s*rapporte(?:ert|ren|erde|erden)\b(?![^,;:.]*\bdat\b)[^,;:.]*\baan\b"
    # providing, looking like and refraining: "voorzien in dagbesteding", "zien er anders
    # uit", "zien af van" (but "voorzien dat", "zien dat")
    r"|^\s*voorzie(?:t|n)\s+(?:\w+\s+)?in\b|^\s*(?:ziet|zien|zag|zagen)\s+er\b[^,;:.]*\buit\b"
    r"|^\s*(?:ziet|zien|zag|zagen)\s+(?:\w+\s+){0,2}?af\s+van\b"
    # belonging: "hoort bij de arbeidsmarktregio" (hearing is "horen dat", "horen van")
    r"|^\s*(?:hoort|horen|hoorde|hoorden)\s+(?:\w+\s+)?bij\b"
    # an advisory body's remit: "adviseren het college gevraagd en ongevraagd" (what it does,
    # not an advice it gives)
    r"|^\s*advise(?:ert|ren|erde|erden)\s+(?:\w+\s+){0,3}?(?:on)?gevraagd\s+en\s+(?:on)?gevraagd\b",
    re.IGNORECASE,
)

#: A person or part of a group who speaks for it: "een medewerker van het wijkteam",
#: "de voorzitter van de Wmo-raad", "een bestuurder van een zorgorganisatie", "de
#: consulenten van het Werkplein" (a service's front-line staff speak as the service). Not a
#: function the role list names as a role of its own: "klantmanagers van de ISD" speak as
#: client managers (``ontology/roles.ttl``).
FUNCTION_WORDS = (
    r"lid|leden|bestuurslid|bestuursleden|medewerkers?|vertegenwoordigers?|professionals?|voorzitters?|directeur(?:en|s)?"
    r"|directie|bestuurders?|managers?|coördinator(?:en)?|woordvoerders?"
    r"|leidinggevenden?|hoofd|hoofden|consulent(?:en)?|hulpverleners?|uitvoerders"
    r"|adviseurs?|specialisten?|deskundigen?|woonconsulent(?:en)?"
)
#: :data:`FUNCTION_WORDS` gathered by first letter (:func:`by_first_letter`: the same matches).
FUNCTION_NOUN = f"(?:{by_first_letter(FUNCTION_WORDS)})"
FUNCTION = rf"{FUNCTION_NOUN}\s+van(?:\s+(?:de|het|een))?"
#: Determiners and quantifiers of a group that speaks: "een van de", "een deel van de",
#: "niet alle", "vooral", "met name", "zowel".
QUANT_LISTED = (
    r"(?:de|het|een|één|deze|die|dezelfde|ook|zelfs|vooral|met\s+name|juist|zowel|verschillende"
    r"|alle|niet\s+alle|niet\s+alleen|betrokken"
    r"|veel|vele|weinig|sommige|enkele|diverse|meerdere|de\s+meeste|vrijwel|bijna|nagenoeg"
    r"|geen\s+van\s+de|(?:een|één|eén)\s+van\s+(?:de|het)|een\s+aantal"
    r"|een\s+(?:(?:groot|klein)\s+)?(?:deel|meerderheid|minderheid)\s+van\s+(?:de|het))"
)
#: :data:`QUANT_LISTED` with its alternatives gathered by first letter (:func:`by_first_letter`:
#: the same matches; the two that open with "é" stand apart, after the others, as only they
#: can match where an "é" stands).
QUANT = "(?:%s|één|één\\s+van\\s+(?:de|het))" % by_first_letter(  # noqa: UP031
    r"de|het|een|deze|die|dezelfde|ook|zelfs|vooral|met\s+name|juist|zowel|verschillende"
    r"|onder\s+(?:meer|andere)"
    r"|alle|niet\s+alle|niet\s+alleen|betrokken"
    r"|veel|vele|weinig|sommige|enkele|diverse|meerdere|de\s+meeste|vrijwel|bijna|nagenoeg"
    r"|geen\s+van\s+de|een\s+van\s+(?:de|het)|eén\s+van\s+(?:de|het)|een\s+aantal"
    r"|een\s+(?:(?:groot|klein)\s+)?(?:deel|meerderheid|minderheid)\s+van\s+(?:de|het)"
)

#: Participles of a passive report: "wordt door zorgaanbieders bevestigd".
PARTICIPLES = (
    r"(?:aangegeven|gezegd|gesteld|verteld|ervaren|betwijfeld|genoemd|benadrukt|opgemerkt"
    r"|gemeld|bevestigd|onderschreven|herkend|gedeeld|erkend|beaamd|gesignaleerd|geconstateerd"
    r"|beschreven|benoemd|betwist|omschreven|gewezen|opgeroepen|gewaarschuwd|gepleit"
    # judged, doubted, complained, feared: "wordt door de huisartsen als laagdrempelig gezien"
    r"|gezien|beoordeeld|getwijfeld|geklaagd|geuit|gevreesd|betreurd|bekritiseerd|gehekeld"
    r"|toegejuicht|aangekaart|gesuggereerd|geadviseerd|aanbevolen|bepleit"
    # sketched, put forward, voiced, praised: "wordt het beeld geschetst", "wordt geprezen"
    r"|geschetst|geopperd|uitgesproken|verwoord|geprezen|geroemd)"
)
#: Participles of a passive whose agent ("door X") holds the view: those of a passive report
#: (:data:`PARTICIPLES`) and the verbs of attributing, admitting, denying, expecting and
#: estimating ("een stijging die door de schuldhulpverleners wordt toegeschreven aan …", "wordt
#: door de wethouder niet ontkend", "wordt door de gemeente in verband gebracht met"). Read
#: only with the agent named: without it ("Het aantal wordt op 1.600 geschat") they report
#: nobody's view. Not "gewaardeerd": what the people served appreciate ("wordt door cliënten
#: gewaardeerd") describes the service, not their account.
AGENT_PARTICIPLES = (
    PARTICIPLES[:-1] + r"|toegeschreven|in\s+verband\s+gebracht|ontkend|onderkend|verklaard"
    r"|verwacht|voorzien|beschouwd|geschat|ingeschat|gerelativeerd|tegengesproken|aangemerkt)"
)
#: Feelings and views a group holds: "Bij raadsleden leeft het gevoel dat …".
FEELINGS = (
    r"(?:het\s+gevoel|het\s+idee|de\s+indruk|de\s+zorg|zorg|zorgen|het\s+beeld|twijfels?|onvrede"
    r"|ongerustheid|onbegrip|de\s+wens|weerstand|scepsis|frustratie|waardering|tevredenheid"
    # ("behoefte" and "onzekerheid" left out: also the needs of the people a service serves)
    r"|de\s+overtuiging|het\s+besef|(?:het\s+)?draagvlak|bezorgdheid|enthousiasme)"
)
#: One of a group closing a quotation or a claim with a split verb, after a comma:
#: "…”, zo vat een bestuurder van een zorgorganisatie het samen", "…, zo drukt een
#: raadslid het uit", "…, geeft een ambtenaar aan".
ONE_SPLIT_BEFORE = re.compile(
    r"\b(?:geeft|gaf|vat|vatte|drukt|drukte|licht|lichtte|legt|legde|voegt|voegde|vult|vulde"
    r"|stelt|stelde|rekent|rekende)"
    rf"\s+(?:een|één)\s+(?:{FUNCTION}\s+)?$",
    re.IGNORECASE,
)
#: The particle that closes a split verb after one of a group and the field its title
#: names: "…”, legt een beleidsmedewerker Wmo uit", "…, rekent een consulent voor".
ONE_SPLIT_AFTER = re.compile(r"^\s+(?:\S+\s+){0,2}?(?:uit|voor)\W*$", re.IGNORECASE)
#: Reporting verbs with their particle first, as a subordinate clause puts them: "aangeven",
#: "opmerken", "waarnemen"; and "melden", "signaleren", "merken", "vrezen" in every person.
_PARTICLE_FIRST = (
    r"aan(?:geven|geeft|gaven|gaf)|op(?:merken|merkt|merkten|merkte)|waar(?:nemen|neemt|namen|nam)"
    r"|meld(?:t|en|de|den)|signale(?:ert|ren|erde|erden)|merk(?:t|en|te|ten)|vre(?:est|zen|esde|esden)"
)
#: A relative clause of the group that reports or holds a view, its finite verb before the
#: clause it reports: "De huisartsen, die vinden dat …, verwijzen minder", "zorgaanbieders,
#: die al jaren waarschuwen dat …", "de cliëntenraad, die meldde dat …".
RELATIVE_REPORTS = re.compile(
    rf"^\s*,\s*die\s+(?:\w+\s+){{0,3}}?(?:{ANY_TENSE}|{_PARTICLE_FIRST})\s*,?\s+(?:dat|of)\b",
    re.IGNORECASE,
)
#: The conjunctions of a subordinate clause whose subject may report or hold a view (cause,
#: concession, contrast, time, consequence): "Omdat ambtenaren vinden dat …", "…, doordat
#: huisartsen melden dat …" (not "als" or "wanneer": a condition tells how a procedure goes).
_SUBORDINATORS = (
    r"hoewel|ofschoon|terwijl|waar|aangezien|omdat|doordat|nu|zodat|nadat|zolang|zeker\s+nu"
)
#: A subordinate clause opening the sentence, its subject a group that reports with the verb
#: last: "Zoals raadsleden aangeven, …", "Hoewel zorgaanbieders positief zijn, …" (or
#: closing it: "…, zoals raadsleden aangeven").
SUBORDINATE = re.compile(
    rf"(?:^\W*(?:zoals|{_SUBORDINATORS})|,\s*(?:zoals|{_SUBORDINATORS})"
    # a relative clause on the sentence or a noun in apposition to it: "…, wat ambtenaren
    # toeschrijven aan …", "…, een stijging die medewerkers toeschrijven aan …"
    rf"|,\s*(?:wat|hetgeen|(?:een|de|het)\s+(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ]+\s+(?:die|dat)))"
    # (the staff of a body: "…, een stijging die medewerkers van de opvang toeschrijven aan …")
    rf"\s+(?:{QUANT}\s+)*(?:(?:medewerkers|consulenten|professionals)\s+van\s+(?:de|het)\s+)?$",
    re.IGNORECASE,
)
#: A fact that strikes or worries the group it names last, in a relative clause on the
#: sentence: "…, wat de huisartsen niet verbaast", "…, wat de gemeente zorgen baart", "…,
#: wat ambtenaren verontrust" (the group is the object of the verb: its view of the fact).
STRUCK = (
    r"(?:verbaast|verbazen|verbaasde|verbaasden|verrast|verrassen|verraste|verrasten"
    r"|verontrust|verontrusten|verontrustte|verontrustten"
    r"|(?:grote\s+|veel\s+|de\s+nodige\s+)?zorgen\s+(?:baart|baren|baarde|baarden))"
)
VERB_LAST = re.compile(
    r"^\s+(?:\w+\s+){0,4}?(?:aangeven|aangaven|aangeeft|aangaf|zeggen|zeiden|zegt|zei|stellen"
    r"|stelden|stelt|vertellen|vertelden|vertelt|opmerken|opmerkt|benadrukken|benadrukt"
    r"|signaleren|signaleert|constateren|constateert|verwoorden|verwoordt|ervaren|ervaart"
    rf"|{STRUCK})\s*(?:[,;:.]|$)"
    # a cause ascribed, the verb last with its object after it: "toeschrijven aan", "wijten
    # aan", "in verband brengen met"
    r"|^\s+(?:\w+\s+){0,4}?(?:toeschrijven|toeschrijft|toeschreven|toeschreef|wijten|wijt"
    r"|weten|weet|in\s+verband\s+(?:brengen|brengt|brachten|bracht))\s+(?:aan|met)\b"
    rf"|^\s+(?:\w+\s+){{0,2}}?{STANCE}\s+(?:\w+\s+){{0,4}}?(?:is|zijn|was|waren)\b"
    # the finite verb before the clause it reports (extraposed): "omdat ambtenaren vinden dat
    # …", "nu zorgaanbieders aangeven dat …", "doordat huisartsen melden dat …"
    rf"|^\s+(?:\w+\s+){{0,3}}?(?:{ANY_TENSE}|{_PARTICLE_FIRST})\s*,?\s+(?:dat|of)\b",
    re.IGNORECASE,
)
