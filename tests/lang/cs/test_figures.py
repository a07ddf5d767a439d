"""Figures in Czech: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

LANG = "cs"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('Město uvolní na opravy škol 2,5 milionu korun.', '2,5 milionu korun', 2500000, 'CZK', None, 'money', None),
    ('Firma do nové linky investuje 3 miliardy Kč.', '3 miliardy Kč', 3000000000, 'CZK', None, 'money', None),
    ('Dotace kraje dosáhne 15 mil. Kč.', '15 mil. Kč', 15000000, 'CZK', None, 'money', None),
    ('Vstupné stojí 1 500 eur na osobu.', '1 500 eur', 1500, 'EUR', None, 'money', None),
    ('Tržby meziročně vzrostly o 12,5 procenta.', '12,5 procenta', 12.5, '%', None, 'percent', None),
    ('Nezaměstnanost klesla o 0,3 procentního bodu.', '0,3 procentního bodu', 0.3, '%', None, 'percent', None),
    ('Závod vytvoří přes 200 nových pracovních míst.', 'přes 200 nových pracovních míst', 200,
     'nových pracovních míst', 'more_than', 'count', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_value_and_unit_cs(check, sentence, text, value, unit, qualifier, kind, end_value):
    check.figure(sentence, text, value, unit, qualifier, kind, end_value)


# sentences whose number is no figure (a date, an ordinal)
NOT_FIGURES = [
    ('Konference se koná 15. března v Olomouci.', '15'),
    ('Tým obsadil 3. místo v celostátní soutěži.', '3'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_figures_not_a_figure_cs(check, sentence, fragment):
    check.not_figure(sentence, fragment)
