"""Figures in Croatian: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

LANG = "hr"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('Vlada će za obnovu škola izdvojiti 3 milijuna eura.', '3 milijuna eura', 3000000, 'EUR', None, 'money', None),
    ('Tvrtka će u novu liniju uložiti 2,5 milijarde eura.', '2,5 milijarde eura', 2500000000, 'EUR', None,
     'money', None),
    ('Ulaznica stoji 1.500 eura.', '1.500 eura', 1500, 'EUR', None, 'money', None),
    ('Dug društva iznosi 1,2 milijarde dolara.', '1,2 milijarde dolara', 1200000000, 'USD', None, 'money', None),
    ('Prihodi su porasli 12,5 posto.', '12,5 posto', 12.5, '%', None, 'percent', None),
    ('Nezaposlenost je pala za 0,3 postotna boda.', '0,3 postotna boda', 0.3, '%', None, 'percent', None),
    ('Tvornica će otvoriti više od 200 novih radnih mjesta.', 'više od 200 novih radnih mjesta', 200,
     'novih radnih mjesta', 'more_than', 'count', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_value_and_unit_hr(check, sentence, text, value, unit, qualifier, kind, end_value):
    check.figure(sentence, text, value, unit, qualifier, kind, end_value)


# sentences whose number is no figure (a date, an ordinal)
NOT_FIGURES = [
    ('Konferencija će se održati 15. ožujka u Splitu.', '15'),
    ('Ekipa je osvojila 3. mjesto na državnom natjecanju.', '3'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_figures_not_a_figure_hr(check, sentence, fragment):
    check.not_figure(sentence, fragment)
