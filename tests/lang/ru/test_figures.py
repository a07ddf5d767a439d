"""Figures in Russian: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

LANG = "ru"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('Фонд выделил 2,5 миллиона долларов на ремонт.', '2,5 миллиона долларов', 2500000, 'USD', None, 'money', None),
    ('Каждая семья получит 200 евро.', '200 евро', 200, 'EUR', None, 'money', None),
    ('Более 3 тысяч человек эвакуированы.', 'Более 3 тысяч человек', 3000, 'человек', 'more_than', 'count', None),
    ('Инфляция составила 7,4 процента.', '7,4 процента', 7.4, '%', None, 'percent', None),
    ('В акции участвовали двадцать пять тысяч волонтеров.', 'двадцать пять тысяч волонтеров', 25000, 'волонтеров', None, 'count', None),
    ('Бюджет проекта составит 1,2 млрд рублей.', '1,2 млрд рублей', 1200000000, 'RUB', None, 'money', None),
    ('Компания создаст 200 новых рабочих мест.', '200 новых рабочих мест', 200, 'новых рабочих мест', None, 'count', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_value_and_unit_ru(check, sentence, text, value, unit, qualifier, kind, end_value):
    check.figure(sentence, text, value, unit, qualifier, kind, end_value)


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('Форум пройдет 15 марта в Казани.', '15'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_figures_not_a_figure_ru(check, sentence, fragment):
    check.not_figure(sentence, fragment)
