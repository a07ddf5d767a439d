"""Figures in Polish: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

LANG = "pl"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('Budżet programu wynosi 1,2 mln zł.', '1,2 mln zł', 1200000, 'PLN', None, 'money', None),
    ('Na inwestycję przeznaczono 3 mld złotych.', '3 mld złotych', 3000000000, 'PLN', None, 'money', None),
    ('Koszt szacuje się na 5–7 mln zł.', '5–7 mln zł', 5000000, 'PLN', None, 'money', 7000000),
    ('Ponad 2 tys. osób wzięło udział w akcji.', 'Ponad 2 tys. osób', 2000, 'osób', 'more_than', 'count', None),
    ('Stopa bezrobocia wynosi 5,1 procent.', '5,1 procent', 5.1, '%', None, 'percent', None),
    ('W projekcie uczestniczy trzy tysiące uczniów.', 'trzy tysiące uczniów', 3000, 'uczniów', None, 'count', None),
    ('Fundacja przekazała 200 euro każdej rodzinie.', '200 euro', 200, 'EUR', None, 'money', None),
    ('Bilet kosztował 72,5 funta.', '72,5 funta', 72.5, 'GBP', None, 'money', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_value_and_unit_pl(check, sentence, text, value, unit, qualifier, kind, end_value):
    check.figure(sentence, text, value, unit, qualifier, kind, end_value)


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('Konferencja odbędzie się 15 marca w Warszawie.', '15'),
    ('Program działał między 2019 a 2021 rokiem.', '2019'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_figures_not_a_figure_pl(check, sentence, fragment):
    check.not_figure(sentence, fragment)
