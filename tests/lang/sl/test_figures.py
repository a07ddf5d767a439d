"""Figures in Slovenian: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

LANG = "sl"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('Vlada bo za obnovo šol namenila 3 milijone evrov.', '3 milijone evrov', 3000000, 'EUR', None, 'money', None),
    ('Družba bo v novo linijo vložila 2,5 milijarde evrov.', '2,5 milijarde evrov', 2500000000, 'EUR', None,
     'money', None),
    ('Vstopnica stane 1.500 evrov.', '1.500 evrov', 1500, 'EUR', None, 'money', None),
    ('Dolg podjetja znaša 1,2 milijarde dolarjev.', '1,2 milijarde dolarjev', 1200000000, 'USD', None, 'money',
     None),
    ('Prihodki so se povečali za 12,5 odstotka.', '12,5 odstotka', 12.5, '%', None, 'percent', None),
    ('Brezposelnost se je znižala za 0,3 odstotne točke.', '0,3 odstotne točke', 0.3, '%', None, 'percent', None),
    ('Tovarna bo ustvarila več kot 200 novih delovnih mest.', 'več kot 200 novih delovnih mest', 200,
     'novih delovnih mest', 'more_than', 'count', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_value_and_unit_sl(check, sentence, text, value, unit, qualifier, kind, end_value):
    check.figure(sentence, text, value, unit, qualifier, kind, end_value)


# sentences whose number is no figure (a date, a label, an ordinal)
NOT_FIGURES = [
    ('Konferenca bo 15. marca v Mariboru.', '15'),
    ('Sprememba se nanaša na člen 5 zakona.', '5'),
    ('Ekipa je osvojila 3. mesto na državnem tekmovanju.', '3'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_figures_not_a_figure_sl(check, sentence, fragment):
    check.not_figure(sentence, fragment)
