"""Figures in Ukrainian: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

LANG = "uk"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('Уряд виділив 3 млн гривень на відновлення.', '3 млн гривень', 3000000, 'UAH', None, 'money', None),
    ('Понад 500 людей отримали допомогу.', 'Понад 500 людей', 500, 'людей', 'more_than', 'count', None),
    ('Інфляція становила 6,2 відсотка.', '6,2 відсотка', 6.2, '%', None, 'percent', None),
    ('Кожна родина отримає 200 євро.', '200 євро', 200, 'EUR', None, 'money', None),
    ('Мораторій продовжили ще на два додаткових роки.', 'два додаткових роки', 2, 'додаткових роки', None, 'duration', None),
    ("У програмі взяли участь двісті п'ятдесят учнів.", "двісті п'ятдесят учнів", 250, 'учнів', None, 'count', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_value_and_unit_uk(check, sentence, text, value, unit, qualifier, kind, end_value):
    check.figure(sentence, text, value, unit, qualifier, kind, end_value)


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('Конференція відбудеться 15 березня у Львові.', '15'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_figures_not_a_figure_uk(check, sentence, fragment):
    check.not_figure(sentence, fragment)
