"""Figures in Italian: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

LANG = "it"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('Il comune stanzia 1,5 milioni di euro.', '1,5 milioni di euro', 1500000, 'EUR', None, 'money', None),
    ('Oltre 600 volontari hanno aderito.', 'Oltre 600 volontari', 600, 'volontari', 'more_than', 'count', None),
    ('Il biglietto costa 7 euro e 50 centesimi.', '7 euro e 50 centesimi', 7.5, 'EUR', None, 'money', None),
    ('La disoccupazione è scesa al 9 per cento.', '9 per cento', 9, '%', None, 'percent', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_value_and_unit_it(check, sentence, text, value, unit, qualifier, kind, end_value):
    check.figure(sentence, text, value, unit, qualifier, kind, end_value)


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('Il 12 marzo si apre la mostra.', '12'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_figures_not_a_figure_it(check, sentence, fragment):
    check.not_figure(sentence, fragment)
