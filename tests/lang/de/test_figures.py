"""Figures in German: real-style sentences, what the figures stage reads in them."""

from __future__ import annotations

import pytest

LANG = "de"

# (sentence, figure text, value, unit, qualifier, kind, end value)
FIGURES = [
    ('Das Land stellt 4,2 Mio. Euro bereit.', '4,2 Mio. Euro', 4200000, 'EUR', None, 'money', None),
    ('Rund 800 Helfer sind im Einsatz.', 'Rund 800 Helfer', 800, 'Helfer', 'about', 'count', None),
    ('Die Spende beträgt 250 Schweizer Franken.', '250 Schweizer Franken', 250, 'CHF', None, 'money', None),
    ('Der Eintritt kostet 12,50EUR.', '12,50EUR', 12.5, 'EUR', None, 'money', None),
    ('Zur Konferenz kamen rund 200 Open Source-Entwickler.', 'rund 200 Open Source-Entwickler', 200,
     'Open Source-Entwickler', 'about', 'count', None),
    ('Die Quote stieg auf 5,5 Prozent.', '5,5 Prozent', 5.5, '%', None, 'percent', None),
]


@pytest.mark.parametrize("sentence,text,value,unit,qualifier,kind,end_value", FIGURES)
def test_figures_value_and_unit_de(check, sentence, text, value, unit, qualifier, kind, end_value):
    check.figure(sentence, text, value, unit, qualifier, kind, end_value)


# sentences whose number is no figure (a date, a label)
NOT_FIGURES = [
    ('Am 3. Mai beginnt die Messe.', '3'),
]


@pytest.mark.parametrize("sentence,fragment", NOT_FIGURES)
def test_figures_not_a_figure_de(check, sentence, fragment):
    check.not_figure(sentence, fragment)
