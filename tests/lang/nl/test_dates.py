"""Dutch dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import pytest

LANG = "nl"

# (sentence, mention text, value, end value, kind), read against REF (conftest: Monday 14 October 2024)
CASES = [
    ('AMSTERDAM, 4 april 2025 – De stichting presenteert haar jaarverslag.',
     '4 april 2025', '2025-04-04', None, 'date'),
    ('De beurs loopt van 8 tot 10 mei 2025.',
     'van 8 tot 10 mei 2025', '2025-05-08', '2025-05-10', 'range'),
    ('Het ministerie reageerde gisteren.',
     'gisteren', '2024-10-13', None, 'relative'),
    ('De fabriek sloot drie jaar geleden.',
     'drie jaar geleden', '2021', None, 'relative'),
    ('De stemming is volgende week.',
     'volgende week', '2024-10-21', '2024-10-27', 'relative'),
    ('De vergadering is aanstaande vrijdag.',
     'aanstaande vrijdag', '2024-10-18', None, 'relative'),
    ('Het verslag verschijnt op 20-11 in Utrecht.',
     '20-11', '2024-11-20', None, 'date'),
]


@pytest.mark.parametrize("sentence,text,value,end_value,kind", CASES)
def test_dates_mention_nl(check, sentence, text, value, end_value, kind):
    check.date(sentence, text, value, end_value, kind)
