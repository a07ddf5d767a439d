"""Label tables: every language has every label, and CLDR gives names, dates and numbers."""

from __future__ import annotations

import pytest

from releasepipe.write.labels import LABELS, LANGUAGES, labels_for, summary_language


def test_labels_every_language_has_the_keys_of_english():
    for lang, table in LABELS.items():
        assert set(table) == set(LABELS["en"]), lang
        assert all(isinstance(v, str) and v.strip() for v in table.values()), lang


def test_labels_cover_the_languages_of_the_release_pipeline():
    assert {"fr", "en", "es", "de", "it", "pt", "nl"} <= set(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_labels_formats_are_placeholders_only_where_english_has_them(lang):
    table = LABELS[lang]
    for key, value in LABELS["en"].items():
        for field in ("{n}", "{start}", "{end}", "{date}", "{langs}"):
            assert (field in value) == (field in table[key]), (lang, key)


@pytest.mark.parametrize(("lang", "name", "day", "number"), [
    ("en", "French", "October 14, 2024", "1,500,000"),
    ("fr", "français", "14 octobre 2024", "1\u202f500\u202f000"),
    ("de", "Französisch", "14. Oktober 2024", "1.500.000"),
])
def test_labels_names_dates_and_numbers_come_from_cldr(lang, name, day, number):
    labels = labels_for(lang)
    assert labels.language_name("fr") == name
    assert labels.date("2024-10-14") == day
    assert labels.number(1500000) == number
    assert labels.date("P3D") == "P3D"  # not a date: as given


@pytest.mark.parametrize(("release", "forced", "expected"), [
    ("fr", None, "fr"), ("pt-BR", None, "pt"), ("ar", None, "en"), ("und", None, "en"), (None, None, "en"),
    ("fr", "de", "de"),
])
def test_labels_summary_language(release, forced, expected):
    assert summary_language(release, forced) == expected
