"""Figures in Spanish: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

from releasepipe.extract.figures import extract

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
def test_figures_es(sentence, text, value, unit, qualifier, kind, end_value):
    figs = extract(sentence, LANG)
    hit = [f for f in figs if f.text == text]
    assert hit, [(f.text, f.value, f.unit) for f in figs]
    f = hit[0]
    assert (f.value, f.unit, f.qualifier, f.kind, f.end_value) == (pytest.approx(value), unit, qualifier, kind, end_value)
    assert sentence[f.start:f.end] == f.text


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('El 12 de marzo se inaugura la sede.', '12'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_not_figures_es(sentence, fragment):
    assert not [f for f in extract(sentence, LANG) if fragment in f.text]
