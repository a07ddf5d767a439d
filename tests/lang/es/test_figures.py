"""Figures in Spanish: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

LANG = "es"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('El Gobierno aportará 3,5 millones de dólares.', '3,5 millones de dólares', 3500000, 'USD', None, 'money', None),
    ('Unas 2.300 personas fueron evacuadas.', 'Unas 2.300 personas', 2300, 'personas', 'about', 'count', None),
    ('La entrada cuesta 15 euros con 50.', '15 euros con 50', 15.5, 'EUR', None, 'money', None),
    ('Cada familia recibirá 500 pesos mexicanos.', '500 pesos mexicanos', 500, 'MXN', None, 'money', None),
    ('El paro bajó al 12 por ciento.', '12 por ciento', 12, '%', None, 'percent', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_value_and_unit_es(check, sentence, text, value, unit, qualifier, kind, end_value):
    check.figure(sentence, text, value, unit, qualifier, kind, end_value)


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('El 12 de marzo se inaugura la sede.', '12'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_figures_not_a_figure_es(check, sentence, fragment):
    check.not_figure(sentence, fragment)
