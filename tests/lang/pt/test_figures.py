"""Figures in Portuguese: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

from releasepipe.extract.figures import extract

LANG = "pt"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('O governo vai investir 2 milhões de reais.', '2 milhões de reais', 2000000, 'BRL', None, 'money', None),
    ('Cerca de 1.500 famílias foram afetadas.', 'Cerca de 1.500 famílias', 1500, 'famílias', 'about', 'count', None),
    ('O bilhete custa 3 euros com 99 cêntimos.', '3 euros com 99 cêntimos', 3.99, 'EUR', None, 'money', None),
    ('A inflação subiu 4,5 por cento.', '4,5 por cento', 4.5, '%', None, 'percent', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_pt(sentence, text, value, unit, qualifier, kind, end_value):
    figs = extract(sentence, LANG)
    hit = [f for f in figs if f.text == text]
    assert hit, [(f.text, f.value, f.unit) for f in figs]
    f = hit[0]
    assert (f.value, f.unit, f.qualifier, f.kind, f.end_value) == (pytest.approx(value), unit, qualifier, kind, end_value)
    assert sentence[f.start:f.end] == f.text


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('A 12 de março abre a nova sede.', '12'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_not_figures_pt(sentence, fragment):
    assert not [f for f in extract(sentence, LANG) if fragment in f.text]
