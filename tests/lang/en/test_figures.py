"""Figures in English: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

LANG = "en"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('The city will invest $5-10 million in housing.', '$5-10 million', 5000000, 'USD', None, 'money', 10000000),
    ('More than 1,200 volunteers signed up.', 'More than 1,200 volunteers', 1200, 'volunteers', 'more_than', 'count', None),
    ('Each ticket costs 3 dollars 20 cents.', '3 dollars 20 cents', 3.2, 'USD', None, 'money', None),
    ('The grant totals EUR12,50 per pupil.', 'EUR12,50', 12.5, 'EUR', None, 'money', None),
    ('Refugees received 400 shekels each.', '400 shekels', 400, 'ILS', None, 'money', None),
    ('The release brings together 14 different Apache project teams.', '14 different Apache project teams', 14,
     'different Apache project teams', None, 'count', None),
    ('About 40 percent of homes lack power.', 'About 40 percent', 40, '%', 'about', 'percent', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_value_and_unit_en(check, sentence, text, value, unit, qualifier, kind, end_value):
    check.figure(sentence, text, value, unit, qualifier, kind, end_value)


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('On 15 March the council votes on the plan.', '15'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_figures_not_a_figure_en(check, sentence, fragment):
    check.not_figure(sentence, fragment)
