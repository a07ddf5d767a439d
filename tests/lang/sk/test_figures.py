"""Figures in Slovak: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

LANG = "sk"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('Mesto uvoľní na opravy škôl 2,5 milióna eur.', '2,5 milióna eur', 2500000, 'EUR', None, 'money', None),
    ('Firma do novej linky investuje 3 miliardy eur.', '3 miliardy eur', 3000000000, 'EUR', None, 'money', None),
    ('Dlh spoločnosti je 1,2 miliardy dolárov.', '1,2 miliardy dolárov', 1200000000, 'USD', None, 'money', None),
    ('Tržby medziročne vzrástli o 12,5 percenta.', '12,5 percenta', 12.5, '%', None, 'percent', None),
    ('Nezamestnanosť klesla o 0,3 percentuálneho bodu.', '0,3 percentuálneho bodu', 0.3, '%', None, 'percent',
     None),
    ('Závod vytvorí vyše 200 nových pracovných miest.', 'vyše 200 nových pracovných miest', 200,
     'nových pracovných miest', 'more_than', 'count', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_value_and_unit_sk(check, sentence, text, value, unit, qualifier, kind, end_value):
    check.figure(sentence, text, value, unit, qualifier, kind, end_value)


# sentences whose number is no figure (a date, an ordinal)
NOT_FIGURES = [
    ('Konferencia sa koná 15. marca v Košiciach.', '15'),
    ('Tím obsadil 3. miesto v celoštátnej súťaži.', '3'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_figures_not_a_figure_sk(check, sentence, fragment):
    check.not_figure(sentence, fragment)
