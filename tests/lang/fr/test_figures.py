"""Figures in French: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

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
def test_figures_value_and_unit_fr(check, sentence, text, value, unit, qualifier, kind, end_value):
    check.figure(sentence, text, value, unit, qualifier, kind, end_value)


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('Le 15 mars, la mairie ouvrira ses portes.', '15'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_figures_not_a_figure_fr(check, sentence, fragment):
    check.not_figure(sentence, fragment)
