"""Figures in French: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

from releasepipe.extract.figures import extract

LANG = "fr"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ("La région recevra 2,5 millions d'euros pour ses écoles.", "2,5 millions d'euros", 2500000, 'EUR', None, 'money', None),
    ('Près de 3 400 familles ont été relogées.', 'Près de 3 400 familles', 3400, 'familles', 'about', 'count', None),
    ("L'ONG a versé 400 shekels à chaque foyer.", '400 shekels', 400, 'ILS', None, 'money', None),
    ('Le gouvernement promet cinq cents riyals par mois.', 'cinq cents riyals', 500, 'SAR', None, 'money', None),
    ('Le billet coûte 12 euros 50.', '12 euros 50', 12.5, 'EUR', None, 'money', None),
    ('Entre 20 et 30 bénévoles sont attendus.', 'Entre 20 et 30 bénévoles', 20, 'bénévoles', None, 'count', 30),
    ('Le taux atteint 7,4 % cette année.', '7,4 %', 7.4, '%', None, 'percent', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_fr(sentence, text, value, unit, qualifier, kind, end_value):
    figs = extract(sentence, LANG)
    hit = [f for f in figs if f.text == text]
    assert hit, [(f.text, f.value, f.unit) for f in figs]
    f = hit[0]
    assert (f.value, f.unit, f.qualifier, f.kind, f.end_value) == (pytest.approx(value), unit, qualifier, kind, end_value)
    assert sentence[f.start:f.end] == f.text


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('Le 15 mars, la mairie ouvrira ses portes.', '15'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_not_figures_fr(sentence, fragment):
    assert not [f for f in extract(sentence, LANG) if fragment in f.text]
