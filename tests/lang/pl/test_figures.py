"""Figures in Polish: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

from releasepipe.extract.figures import extract

LANG = "pl"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('Budżet programu wynosi 1,2 mln zł.', '1,2 mln zł', 1200000, 'PLN', None, 'money', None),
    ('Na inwestycję przeznaczono 3 mld złotych.', '3 mld złotych', 3000000000, 'PLN', None, 'money', None),
    ('Koszt szacuje się na 5–7 mln zł.', '5–7 mln zł', 5000000, 'PLN', None, 'money', 7000000),
    ('Ponad 2 tys. osób wzięło udział w akcji.', 'Ponad 2 tys. osób', 2000, 'osób', 'more_than', 'count', None),
    ('Stopa bezrobocia wynosi 5,1 procent.', '5,1 procent', 5.1, '%', None, 'percent', None),
    ('W projekcie uczestniczy trzy tysiące uczniów.', 'trzy tysiące uczniów', 3000, 'uczniów', None, 'count', None),
    ('Fundacja przekazała 200 euro każdej rodzinie.', '200 euro', 200, 'EUR', None, 'money', None),
    ('Bilet kosztował 72,5 funta.', '72,5 funta', 72.5, 'GBP', None, 'money', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_pl(sentence, text, value, unit, qualifier, kind, end_value):
    figs = extract(sentence, LANG)
    hit = [f for f in figs if f.text == text]
    assert hit, [(f.text, f.value, f.unit) for f in figs]
    f = hit[0]
    assert (f.value, f.unit, f.qualifier, f.kind, f.end_value) == (pytest.approx(value), unit, qualifier, kind, end_value)
    assert sentence[f.start:f.end] == f.text


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('Konferencja odbędzie się 15 marca w Warszawie.', '15'),
    ('Program działał między 2019 a 2021 rokiem.', '2019'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_not_figures_pl(sentence, fragment):
    assert not [f for f in extract(sentence, LANG) if fragment in f.text]
