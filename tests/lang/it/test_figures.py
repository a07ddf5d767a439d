"""Figures in Italian: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

from releasepipe.extract.figures import extract

LANG = "it"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('Il comune stanzia 1,5 milioni di euro.', '1,5 milioni di euro', 1500000, 'EUR', None, 'money', None),
    ('Oltre 600 volontari hanno aderito.', 'Oltre 600 volontari', 600, 'volontari', 'more_than', 'count', None),
    ('Il biglietto costa 7 euro e 50 centesimi.', '7 euro e 50 centesimi', 7.5, 'EUR', None, 'money', None),
    ('La disoccupazione è scesa al 9 per cento.', '9 per cento', 9, '%', None, 'percent', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_it(sentence, text, value, unit, qualifier, kind, end_value):
    figs = extract(sentence, LANG)
    hit = [f for f in figs if f.text == text]
    assert hit, [(f.text, f.value, f.unit) for f in figs]
    f = hit[0]
    assert (f.value, f.unit, f.qualifier, f.kind, f.end_value) == (pytest.approx(value), unit, qualifier, kind, end_value)
    assert sentence[f.start:f.end] == f.text


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('Il 12 marzo si apre la mostra.', '12'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_not_figures_it(sentence, fragment):
    assert not [f for f in extract(sentence, LANG) if fragment in f.text]
