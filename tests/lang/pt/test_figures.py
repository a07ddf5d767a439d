"""Figures in Portuguese: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

LANG = "pt"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('O governo vai investir 2 milhões de reais.', '2 milhões de reais', 2000000, 'BRL', None, 'money', None),
    ('Cerca de 1.500 famílias foram afetadas.', 'Cerca de 1.500 famílias', 1500, 'famílias', 'about', 'count', None),
    ('O bilhete custa 3 euros com 99 cêntimos.', '3 euros com 99 cêntimos', 3.99, 'EUR', None, 'money', None),
    ('A inflação subiu 4,5 por cento.', '4,5 por cento', 4.5, '%', None, 'percent', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_value_and_unit_pt(check, sentence, text, value, unit, qualifier, kind, end_value):
    check.figure(sentence, text, value, unit, qualifier, kind, end_value)


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('A 12 de março abre a nova sede.', '12'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_figures_not_a_figure_pt(check, sentence, fragment):
    check.not_figure(sentence, fragment)
