"""Figures in Bulgarian: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

LANG = "bg"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('Общината отпуска 2,5 млн. лв. за ремонт на училищата.', '2,5 млн. лв.', 2500000, 'BGN', None, 'money', None),
    ('Всяко семейство ще получи по 200 лева.', '200 лева', 200, 'BGN', None, 'money', None),
    ('Компанията ще инвестира 3 милиарда евро в новия завод.', '3 милиарда евро', 3000000000, 'EUR', None,
     'money', None),
    ('Дългът на дружеството е 1,2 милиарда долара.', '1,2 милиарда долара', 1200000000, 'USD', None, 'money', None),
    ('Приходите нараснаха с 12,5 процента.', '12,5 процента', 12.5, '%', None, 'percent', None),
    ('Безработицата спадна с 0,3 процентни пункта.', '0,3 процентни пункта', 0.3, '%', None, 'percent', None),
    ('Заводът ще създаде над 200 нови работни места.', 'над 200 нови работни места', 200,
     'нови работни места', 'more_than', 'count', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_value_and_unit_bg(check, sentence, text, value, unit, qualifier, kind, end_value):
    check.figure(sentence, text, value, unit, qualifier, kind, end_value)


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('Конференцията ще се състои на 15 март в Пловдив.', '15'),
    ('Промяната засяга член 5 от закона.', '5'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_figures_not_a_figure_bg(check, sentence, fragment):
    check.not_figure(sentence, fragment)
