"""Figures in Dutch: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

LANG = "nl"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('De gemeente trekt 3 miljoen euro uit.', '3 miljoen euro', 3000000, 'EUR', None, 'money', None),
    ('Ruim 250 vrijwilligers meldden zich.', 'Ruim 250 vrijwilligers', 250, 'vrijwilligers', 'more_than', 'count', None),
    ('Een kaartje kost 5 euro 50.', '5 euro 50', 5.5, 'EUR', None, 'money', None),
    ('Ongeveer 12 procent van de huishoudens.', 'Ongeveer 12 procent', 12, '%', 'about', 'percent', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_value_and_unit_nl(check, sentence, text, value, unit, qualifier, kind, end_value):
    check.figure(sentence, text, value, unit, qualifier, kind, end_value)


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('Op 12 maart opent het nieuwe kantoor.', '12'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_figures_not_a_figure_nl(check, sentence, fragment):
    check.not_figure(sentence, fragment)
