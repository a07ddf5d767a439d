"""Word lists and token patterns for entities: what press releases write, per language.

Data only: ``entities`` and ``roles`` decide what to do with it. The words of
each language are in its pack (``releasepipe.lang``: ``entities``, ``people``
and ``layout``); this module reads them and builds the entity-ruler patterns.
A language whose pack lists no words for a field gets the union of every
pack's (a name is a name), which keeps the rule-based cleanup useful without
a model of its own. What is written alike in every language (legal forms,
acronyms of international bodies) is kept here.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import chain
from typing import Any, Mapping

from .. import lang
from ..lang import cldr

#: The words of an enumeration written between its conjuncts in every language: a comma.
_COMMA = frozenset({","})


def _packs() -> list[lang.Pack]:
    return [lang.get(code) for code in lang.CODES]


@cache
def _table(concern: str, name: str) -> dict[str, frozenset[str]]:
    """A pack field by language, for the languages whose pack lists words in it."""
    out: dict[str, frozenset[str]] = {}
    for pack in _packs():
        words = getattr(getattr(pack, concern), name)
        if words:
            out[pack.code] = frozenset(words)
    return out


@cache
def _union(concern: str, name: str) -> frozenset[str]:
    """A pack field, every pack's words together (the ``xx`` pack's too)."""
    return frozenset(lang.every(concern, name, fallback=True))


def entity_words(code: str, name: str) -> frozenset[str]:
    """The ``entities`` field ``name`` of language ``code``; the union of every pack's when its
    pack lists none (a name is a name: the rules stay useful for a language without words)."""
    table = _table("entities", name)
    return table[code] if code in table else _union("entities", name)


def honorifics() -> frozenset[str]:
    """Courtesy titles written before a name, every language's: they go into aliases, never into the name."""
    return _union("people", "honorifics")


def particles() -> frozenset[str]:
    """Particles that may open a person's name in lower case (de Castro, von der Leyen), every language's."""
    return _union("people", "particles")


@cache
def label_words() -> frozenset[str]:
    """Labels of a release's furniture (contact lines, kickers): never a name on their own."""
    return _LABELS | _union("layout", "labels")


#: Labels written alike in every language (abbreviations, web words).
_LABELS: frozenset[str] = frozenset({
    "tel", "tel.", "fax", "email", "e-mail", "mail", "web", "www", "http", "https", "url", "info", "copyright",
})


def name_joiners() -> frozenset[str]:
    """Small words inside a name, every language's ("of", "de", "für", "&")."""
    return _union("entities", "name_joiners")


def acronym_skips() -> frozenset[str]:
    """Words an acronym leaves out, every language's ("Ministry of Health" -> "MH")."""
    return _union("entities", "acronym_skips")


def affiliation_prepositions() -> frozenset[str]:
    """Prepositions of an affiliation after a name, every language's ("from", "de", "von")."""
    return _union("entities", "affiliation_prepositions")


def place_nouns() -> frozenset[str]:
    """Nouns of settlements and divisions, every language's: "the town of Jarablus", "la provincia de Ica",
    "Idlib province". A name written with one of them is a place."""
    return _union("entities", "place_nouns")


def feature_nouns(code: str) -> frozenset[str]:
    """Nouns of natural features and camps as base forms ("river", "rio", "camp", "puszcza"): a
    name written with one is a place."""
    return entity_words(code, "feature_nouns")


def regime_nouns(code: str) -> frozenset[str]:
    """Lower-case nouns of a power named by its leader before them ("regime", "junta")."""
    return entity_words(code, "regime_nouns")


def compound_heads(code: str) -> bool:
    """Whether a body's head, or a noun introducing one, may end a compound word ("Bundesministerium")."""
    return _entity_flag(code, "compound_heads", False)


def names_before_head(code: str) -> bool:
    """Whether ``code`` writes capitalised names before the head noun ("Idlib province", "U.S. Embassy")."""
    return _entity_flag(code, "names_before_head", True)


def place_of() -> frozenset[str]:
    """Words joining such a noun to the name ("of", "de")."""
    return _union("entities", "place_of")


def others() -> frozenset[str]:
    """"other" in "Homs and other towns", every language's."""
    return _union("entities", "others")


def law_words() -> frozenset[str]:
    """Last words of the names of laws and legal texts, every language's: "Digital Markets Act",
    "Loi Travail", "Ley de Transparencia" are no bodies."""
    return _union("entities", "law_words")


@cache
def org_heads() -> frozenset[str]:
    """Words that make a span an organization whatever the model said ("Ambassade de France" is no place)."""
    return LEGAL_FORMS | _union("entities", "org_heads")


@cache
def compound_org_heads(code: str) -> tuple[str, ...]:
    """Head words of bodies that language ``code`` writes at the end of a compound
    ("Polizeipräsidium", "Amtsgericht", "Fietsersbond"): its own, at least four letters, none
    weak; none for a language that writes no compound nouns."""
    if not lang.has_pack(code) or not lang.get(code).people.compounds_nouns:
        return ()
    heads = entity_words(code, "org_heads") - entity_words(code, "weak_org_heads")
    return tuple(sorted(h for h in heads if len(h) >= 4 and h.isalpha()))


def names_a_body(words: list[str], code: str) -> bool:
    """Whether words of a name hold a body's head word: any language's, as written or as its base
    form ("Press Office", "Urząd Miasta"), or at the end of a compound in language ``code``
    ("Polizeipräsidium Oberbayern Nord")."""
    compounds = compound_org_heads(code)
    return any(w.casefold() in body_words() or compounds and w[:1].isupper() and w.casefold().endswith(compounds)
               for w in words)


@cache
def heads_read_in(code: str) -> frozenset[str]:
    """Head words of bodies read in a release of language ``code``: its own, English's (releases
    name bodies in English everywhere) and the legal forms."""
    return entity_words(code, "org_heads") | entity_words("en", "org_heads") | LEGAL_FORMS


@cache
def body_words() -> frozenset[str]:
    """Every pack's head words of bodies, as written and as base forms ("Fundación", "Urząd")."""
    return org_heads() | _union("entities", "org_head_lemmas")


#: Legal forms closing a company's name, written alike in every language ("Acme GmbH", "Acme Inc."):
#: the head words of the token patterns. ``legal_form_pattern`` reads cleanco's full list in the text.
LEGAL_FORMS: frozenset[str] = frozenset({
    "inc", "inc.", "ltd", "ltd.", "gmbh", "s.a.", "e.v.", "llc", "ag", "plc", "corp", "corp.", "corporation",
    "ggmbh", "b.v.", "n.v.",
})

#: Forms cleanco lists that texts write far more often as something else: Latin and English
#: abbreviations ("e.g.", "a.d."), conjunctions with "company", capitals that are acronyms of
#: other things ("VAT", "CIO", "EC"), and German's "Etat" (a budget). Neither English word
#: frequencies nor the form's shape tell these.
_NOT_LEGAL_FORMS = frozenset({"a.d.", "c.a.", "e.e.", "e.g.", "e.u.", "ent.", "gte.", "o.d.", "p.c.", "p.p.", "s.e.",
                              "s.s.", "s.f.", "ses.", "b.m.", "& co", "& co.", "& company", "and company", "c. por a.",
                              "s. en c.", "i/s", "g/s", "k/s", "p/s", "a/s", "s.p.", "vat", "cio", "cpt", "ec", "nl",
                              "sf", "sep", "sem", "private", "company", "limited", "unlimited", "incorporated",
                              "co", "co.", "coop.", "koop.", "rt.", "gp", "lp", "ev", "cv", "c.v.", "l.p.", "ong",
                              "mb", "sd", "hf", "kv.", "etat"})
#: Frequency (wordfreq Zipf, in English) from which a short form written in capitals is read as a
#: word rather than a legal form ("AS", "AT", "UK").
_SHORT_FORM_ZIPF = 4.0
#: Frequency below which a bare form of four letters or more is no English word and is read in any
#: case ("gmbh", "ltda", "sarl").
_LONG_FORM_ZIPF = 3.5


@cache
def legal_forms() -> tuple[frozenset[str], frozenset[str]]:
    """(forms matched in any case, forms matched only in capitals) from cleanco's table of legal
    forms of every country: a form with full stops or spaces, or a bare one of four letters or more
    that is no English word, in any case ("s.p.a.", "sp. z o.o.", "gmbh", "ltda"); a shorter one,
    or the bare letters of a dotted one, in capitals only ("AG", "NV", "BV"), unless English writes
    it as a word ("AS", "AT"); the packs' own forms (``entities.legal_forms``: those cleanco lacks)
    in capitals ("ООО"). English is the one word list asked: releases quote companies of every
    country in every language, and loading every language's dictionary costs seconds a process."""
    from cleanco.termdata import terms_by_country, terms_by_type
    from wordfreq import zipf_frequency

    terms = {t.strip() for table in (terms_by_type, terms_by_country) for forms in table.values() for t in forms}
    any_case, capitals = set(), set()
    for term in terms - _NOT_LEGAL_FORMS:
        bare = "".join(c for c in term if c.isalpha())
        if not bare or not all(c.isalpha() or c in ". &/-" for c in term):
            continue
        english = zipf_frequency(bare, "en")
        if "." in term or " " in term:
            any_case.add(term)
            if len(bare) <= 4 and english < _SHORT_FORM_ZIPF and bare not in _NOT_LEGAL_FORMS:
                capitals.add(bare.upper())  # "BV" of "b.v.", "SRL" of "s.r.l."
        elif len(bare) >= 4 and english < _LONG_FORM_ZIPF:
            any_case.add(term)
        elif english < _SHORT_FORM_ZIPF:
            capitals.add(term.upper())
    capitals |= {form.upper() for form in _union("entities", "legal_forms")}
    return frozenset(any_case), frozenset(capitals)


@cache
def legal_form_pattern() -> re.Pattern[str]:
    """A legal form as a whole word: group ``form``. A form with full stops is also read without
    the last one (the sentence's: "… S.p.A") and without the spaces inside ("sp.z o.o.")."""
    any_case, capitals = legal_forms()
    variants = set(any_case)
    variants |= {f[:-1] for f in any_case if f.endswith(".") and "." in f[:-1]}
    variants |= {v.replace(". ", ".") for v in list(variants)}
    ci = _trie(variants)
    cs = "|".join(re.escape(f) for f in sorted(capitals, key=lambda f: (-len(f), f)))  # the same text each run
    return re.compile(rf"(?<![\w.])(?P<form>(?i:{ci})|{cs})(?![\w-])")


def _trie(words: set[str]) -> str:
    """An alternation of ``words`` factored by their prefixes. Hand-written: no kept library
    builds one, and a flat alternation of two hundred forms is tried form by form at every
    character of the text (six times slower on a batch of releases)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alternatives = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body  # a word may end here, or go on

    return build(root)


@cache
def weak_org_heads() -> frozenset[str]:
    """Head words of ``org_heads()`` that name a firm only after a proper name ("Acme Software", "Sun
    Microsystems"): after common words they make a concept or a product ("Free Software",
    "Software Libre", "Legal Programme"). Every language's."""
    return _union("entities", "weak_org_heads")


def elisions() -> frozenset[str]:
    """Elided words written onto a name ("l" of "l'OIM", "d" of "d'Amnesty"), every language's."""
    return _union("entities", "elisions")


def people_endings() -> frozenset[str]:
    """Endings of the adjectives of peoples and languages ("French", "Chinese", "Iraqi"), every language's."""
    return _union("entities", "people_endings")


@cache
def abstract_endings() -> tuple[str, ...]:
    """Endings of abstract nouns, every language's: a two-word "person" ending in one ("Platform
    Neutrality", "Data Sovereignty", "Souveraineté Numérique") is a capitalised concept, not a name."""
    return tuple(sorted(_union("entities", "abstract_endings")))


#: Words that end an organization's name in English and German ("Harbour Light Foundation", "Acme GmbH",
#: "Freedom of the Seas Foundation"): a run of capitalised words before one is an ORG span.
ORG_SUFFIXES: frozenset[str] = frozenset({
    "foundation", "association", "institute", "university", "society", "federation", "alliance", "coalition",
    "council", "committee", "commission", "agency", "academy", "club", "network", "initiative",
    "consortium", "collective", "trust", "fund", "cooperative", "inc", "inc.", "ltd", "ltd.", "llc", "plc",
    "gmbh", "ag", "e.v.", "s.a.", "s.l.", "sarl", "sas", "corp", "corp.", "corporation", "cic", "ev",
    "stiftung", "verein", "verband", "gesellschaft", "fondation", "fundación",
})

#: Acronyms of one body in several languages: a release writing two of them means one entity.
ACRONYM_GROUPS: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in (
    "IOM OIM", "UNHCR HCR ACNUR", "WHO OMS WGO", "UN ONU UNO VN", "EU UE", "NATO OTAN", "WFP PAM",
    "UNDP PNUD", "ICRC CICR IKRK", "IMF FMI IWF", "WTO OMC", "ILO OIT BIT", "UNEP PNUE PNUMA",
    "OECD OCDE OCDE", "AU UA", "ECOWAS CEDEAO", "UNICEF FISE", "UNFPA FNUAP", "OCHA BCAH",
    "IFAD FIDA", "UNODC ONUDC", "FSFE", "ECB BCE EZB", "EIB BEI", "IAEA AIEA OIEA", "ICC CPI IStGH",
    "OSCE OSZE", "WMO OMM", "FAO",
))


def _cap(extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """A token that opens with a capital letter (Latin-1 range covers fr/en/es/de)."""
    token: dict[str, Any] = {"TEXT": {"REGEX": r"^[A-ZÀ-ÖØ-Þ]"}}
    token.update(extra or {})
    return token


def _words(name: str, code: str) -> list[str]:
    return sorted(entity_words(code, name))


def capitalises_nouns(code: str) -> bool:
    """Whether ``code`` writes every noun with a capital (German): capitals then tell no name."""
    return _entity_flag(code, "capitalises_nouns", False)


def _entity_flag(code: str, name: str, unknown: bool) -> bool:
    """A yes/no field of the pack of ``code``; ``unknown`` for a language without a pack."""
    return bool(getattr(lang.get(code).entities, name)) if lang.has_pack(code) else unknown


def org_patterns(lang: str) -> list[dict[str, Any]]:
    """Entity-ruler patterns that make official bodies ORG spans in ``lang``.

    "Ministère de l'Intérieur", "Ambassade de France", "Ministry of Foreign
    Affairs", "U.S. Embassy", "Ministerio de Asuntos Exteriores y Cooperación",
    "Bundesministerium für Bildung und Forschung". Token patterns cannot repeat
    a group, so every shape is listed and the ruler keeps the longest match.
    """
    triggers = _words("org_triggers", lang)
    prep = {"LOWER": {"IN": _words("org_prepositions", lang)}}
    article = {"LOWER": {"IN": _words("org_articles", lang)}, "OP": "?"}
    coord = {"LOWER": {"IN": _words("org_coordinations", lang)}}
    # capitalised words that are not themselves the head of another body
    name = _cap({"LOWER": {"NOT_IN": triggers}, "OP": "+"})
    # post-nominal adjective, lower case in French and Spanish ("Affaires étrangères"):
    # kept only when another part of the name follows.
    # Not where adjectives stand before their noun (English, German…): there a lower-case word after
    # the name is the sentence going on ("the Committee on Transport voted on Monday").
    adjective = [] if names_before_head(lang) else \
        [{"IS_LOWER": True, "IS_STOP": False, "IS_PUNCT": False, "OP": "?"}]
    if compound_heads(lang):
        # the head is a word ending in a trigger ("Bundesministerium", "Generalkonsulat", "Amt")
        trigger = _cap({"LOWER": {"REGEX": "(" + "|".join(triggers) + ")$"}})
    else:
        trigger = _cap({"LOWER": {"IN": triggers}})
    first = [prep, article, *_before_name(lang), name]
    # a list closing the name: "Committee on Civil Liberties, Justice and Home Affairs"
    listed = [{"ORTH": ","}, name, coord, name]
    more = ([*adjective, prep, article, name], [*adjective, coord, name], [*adjective, coord, prep, article, name],
            listed)
    tails = [first] + [first + m for m in more] + [first + m + n for m in more for n in more]
    if _entity_flag(lang, "name_after_head", False):
        # a capitalised adjective right after the head ("Agencia Sueca de Cooperación", "Agenzia
        # Regionale per la Protezione Civile"), then at least one part of the name
        post = _cap({"IS_STOP": False, "IS_ALPHA": True, "LOWER": {"NOT_IN": triggers}})
        tails += [[post] + first, [post] + first + more[0]]
    patterns = [{"label": "ORG", "pattern": [trigger] + tail, "id": "official-body"} for tail in tails]
    lower = sorted(_table("entities", "lower_case_triggers").get(lang, ()))  # the language's own only
    if lower:
        # "ministerie van Volksgezondheid, Welzijn en Sport": the head in lower case, as the language writes it
        patterns += [{"label": "ORG", "pattern": [{"LOWER": {"IN": lower}, "IS_LOWER": True}] + tail,
                      "id": "official-body"} for tail in tails]
    if names_before_head(lang):
        # "U.S. Embassy", "Iraqi Ministry of Defense", "Deutsche Botschaft": English and
        # German put capitalised words before the head (French and Spanish put them after).
        before = _cap({"IS_STOP": False, "LOWER": {"NOT_IN": triggers}, "OP": "{1,3}"})
        for tail in [[], *tails[:4]]:
            patterns.append({"label": "ORG", "pattern": [before, trigger, *tail], "id": "official-body"})
    for org_name in sorted(entity_words(lang, "org_names")):
        patterns.append({"label": "ORG", "pattern": [{"LOWER": w} for w in org_name.split()], "id": "official-body"})
    return patterns + _body_patterns(lang, prep, article, coord, adjective)


def _before_name(lang: str) -> list[dict[str, Any]]:
    """The lower-case adjective a language may write between a body's preposition and the rest of
    its name ("für digitale Nachhaltigkeit"), as an optional token; nothing elsewhere."""
    if not _entity_flag(lang, "adjectives_before_name", False):
        return []
    return [{"IS_LOWER": True, "IS_ALPHA": True, "IS_STOP": False, "OP": "?"}]


def _body_patterns(lang: str, prep: dict[str, Any], article: dict[str, Any], coord: dict[str, Any],
                   adjective: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Foundations, associations, institutes, universities, committees and companies.

    A head word followed by a name ("Institut Lumière", "Fundación por la Transparencia
    Local", "University of Bern", "Committee on Transport and Tourism"), and
    capitalised words closed by a suffix ("Harbour Light Foundation", "Freedom of the
    Seas Foundation", "Acme GmbH"). Any language gets the suffix
    patterns: releases quote bodies by their English or German names.
    """
    heads = _words("body_heads", lang)
    name = _cap({"LOWER": {"NOT_IN": heads}, "OP": "+"})
    head = _cap({"LOWER": {"IN": heads}})
    first = [prep, article, *_before_name(lang), name]
    more = ([*adjective, prep, article, name], [*adjective, coord, name], [{"ORTH": ","}, name, coord, name])
    tails = [first] + [first + m for m in more] + [first + m + n for m in more for n in more]
    # the other heads of bodies the pack lists (for typing a span) name one too with a preposition
    # and a name after them ("Comune di Milano", "Politecnico di Torino"): one name, no list ("… di
    # Milano e A2A" are two), that opens with no day or month ("Acme Group on Monday"); not the weak
    # heads ("Software", "Network"), nor a function ("Ministre de l'Intérieur Gérald Darmanin"), nor in
    # a language that capitalises every noun ("Gruppe der Betroffenen")
    titles = _union("people", "role_words") | _union("people", "role_stems")
    others = [] if capitalises_nouns(lang) else sorted(
        entity_words(lang, "org_heads") - weak_org_heads() - set(heads) - titles)
    other = _cap({"LOWER": {"IN": others}})
    named = _cap({"LOWER": {"NOT_IN": sorted(set(heads) | calendar(lang) | calendar("en"))}})
    own = [prep, article, *_before_name(lang), named, {**name, "OP": "*"}]
    # capitalised words before the head belong to the name ("Piccolo Teatro di Milano", "International
    # Organization for Migration"): the longest match is kept
    ahead = _cap({"IS_STOP": False, "LOWER": {"NOT_IN": heads + others}, "OP": "{1,3}"})
    patterns = [{"label": "ORG", "pattern": start + [other] + tail, "id": "official-body"}
                for start in ([], [ahead]) for tail in (own, own + more[0])] if others else []
    if _entity_flag(lang, "name_after_head", False):
        # the name right after the head ("Institut Lumière pour les Réseaux …", "Stiftung Warentest")
        tails += [[name], [name, prep, article, name], [name, prep, article, name, prep, article, name]]
    patterns += [{"label": "ORG", "pattern": [head] + tail, "id": "official-body"} for tail in tails]
    if names_before_head(lang):
        before = _cap({"IS_STOP": False, "LOWER": {"NOT_IN": heads}, "OP": "{1,3}"})
        patterns += [{"label": "ORG", "pattern": [before, head] + tail, "id": "official-body"}
                     for tail in tails[:3]]
    # capitalised words (or words with a capital inside: "eGov", "openGeo") closed by a suffix
    word = {"TEXT": {"REGEX": r"^[\w.'’&-]*[A-ZÀ-ÖØ-Þ]"}, "IS_STOP": False,
            "LOWER": {"NOT_IN": sorted(ORG_SUFFIXES)}}
    suffix = {"LOWER": {"IN": sorted(ORG_SUFFIXES)}, "TEXT": {"REGEX": r"^[A-ZÀ-ÖØ-Þ]"}}
    joiner = {"LOWER": {"IN": ["of", "for", "on"]}}
    # a place or qualifier after the suffix ("… Foundation Europe"), never a function ("… Foundation President")
    stems = sorted(_union("people", "role_stems") | _union("people", "role_words"))
    # or the start of another name ("Security Council Resolution 2401", "Foundation Award")
    followers = sorted(_union("entities", "org_name_followers"))
    functions = "|".join(re.escape(x) for x in (*stems, *followers))
    after = _cap({"IS_STOP": False, "LOWER": {"REGEX": f"^(?!(?:{functions}))"}, "OP": "?"})
    # a legal form closes a company's or an association's name whatever its case ("Schwalbe e.V.")
    legal = {"LOWER": {"IN": sorted(LEGAL_FORMS)}}
    patterns += [
        {"label": "ORG", "pattern": [{**word, "OP": "{1,4}"}, suffix, after], "id": "official-body"},
        {"label": "ORG", "pattern": [{**word, "OP": "{1,4}"}, legal], "id": "official-body"},
        {"label": "ORG", "pattern": [{**word, "OP": "{1,3}"}, joiner, {"LOWER": "the", "OP": "?"},
                                     {**word, "OP": "{1,3}"}, suffix, after], "id": "official-body"},
        # "Royal Academy of Sciences", "Mozilla Foundation for Open Web"
        {"label": "ORG", "pattern": [{**word, "OP": "{1,4}"}, suffix, joiner, {"LOWER": "the", "OP": "?"},
                                     {**word, "OP": "{1,3}"}], "id": "official-body"},
    ]
    return patterns


def articles(code: str) -> frozenset[str]:
    """Articles of ``code`` (none for a language without articles); every pack's for a language without a pack."""
    words = lang.get(code).entities
    if lang.has_pack(code) and (words.articles or words.articleless):
        return words.articles
    return _union("entities", "articles")


@cache
def calendar(code: str) -> frozenset[str]:
    """Weekday and month names of ``code``, as the model may take them for places or people.

    From the pack's dates (CLDR's names and the pack's spellings), else CLDR's, else every
    pack's. Abbreviations are left out ("mar", "sam", "sun" are words too), and every name
    is there with and without its accents ("février", "fevrier").
    """
    if lang.has_pack(code):
        dates = lang.get(code).dates
        return _full_names(dates.months) | _full_names(dates.weekdays)
    names = _full_names(cldr.months(code)) | _full_names(cldr.weekdays(code))
    return names or frozenset(chain.from_iterable(calendar(c) for c in lang.CODES))


def _full_names(table: Mapping[str, int]) -> frozenset[str]:
    """The names of ``table`` that are no abbreviation: four letters or more, or no longer name
    of the same month or day starts with them ("mai", "май" stay; "avr", "mar" go)."""
    out: set[str] = set()
    for name, index in table.items():
        if name.endswith(".") or len(name) < 3:
            continue
        if len(name) < 4 and any(cldr.fold(other) != cldr.fold(name) and cldr.fold(other).startswith(cldr.fold(name))
                                 and value == index for other, value in table.items()):
            continue
        out.update((name, cldr.fold(name)))
    return frozenset(out)


def locatives(code: str) -> frozenset[str]:
    """Prepositions after which a capitalised name is a place ("attack in al-Hilla")."""
    return entity_words(code, "locatives")


@cache
def place_prepositions(code: str) -> frozenset[str]:
    """Prepositions after which a name the model took for an organization or a people is a place
    ("attacks in Saraqib"); narrower than ``locatives`` ("sent to Microsoft"). A pack may say
    there are none (French "à" introduces as many clubs and firms as places)."""
    known = {p.code: p.entities.place_prepositions for p in _packs() if p.entities.place_prepositions is not None}
    if code in known:
        return frozenset(known[code])
    return frozenset(chain.from_iterable(known.values()))


def possessives(code: str) -> frozenset[str]:
    """Possessives: a name written after one is a thing ("its App Store"), not a person."""
    return entity_words(code, "possessives")


def coordinations(code: str) -> frozenset[str]:
    """Words joining the conjuncts of an enumeration ("Saraqib and Taftanaz", "Lyon et Lille")."""
    return _COMMA | entity_words(code, "coordinations")


def org_head_lemmas(code: str) -> frozenset[str]:
    """Head words of bodies as base forms, for languages that inflect them ("Rady Europejskiej" holds "rada")."""
    return frozenset(lang.get(code).entities.org_head_lemmas)


def org_introducers(code: str) -> frozenset[str]:
    """Common nouns written just before a company's or party's name, as base forms ("koncern Pfizer")."""
    return frozenset(lang.get(code).entities.org_introducers)


@cache
def stop_words(code: str) -> frozenset[str]:
    """spaCy's stop words of ``code`` (empty for a language spaCy has none for)."""
    from spacy.util import get_lang_class

    try:
        return frozenset(get_lang_class(code).Defaults.stop_words)
    except (ImportError, KeyError, AttributeError):
        return frozenset()
