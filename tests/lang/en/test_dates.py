"""English dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import pytest

LANG = "en"

# (sentence, mention text, value, end value, kind), read against REF (conftest: Monday 14 October 2024)
CASES = [
    ('NAIROBI, June 3, 2025 /PRNewswire/ -- The foundation announced',
     'June 3, 2025', '2025-06-03', None, 'date'),
    ('The exhibition runs from 4 to 6 November 2025.',
     'from 4 to 6 November 2025', '2025-11-04', '2025-11-06', 'range'),
    ('The agency confirmed the figures yesterday.',
     'yesterday', '2024-10-13', None, 'relative'),
    ('Talks will resume next month.',
     'next month', '2024-11', None, 'relative'),
    ('The plant closed three years ago.',
     'three years ago', '2021', None, 'relative'),
    ('The plant opened on 12 March of 98, after a long dispute.',
     '12 March of 98', '1998-03-12', None, 'date'),
    ('The audit covers the past two quarters.',
     'past two quarters', '2024-04-01', '2024-09-30', 'relative'),
    ('Offices reopen after the following Easter.',
     'the following Easter', '2025-04-20', None, 'relative'),
]


@pytest.mark.parametrize("sentence,text,value,end_value,kind", CASES)
def test_dates_mention_en(check, sentence, text, value, end_value, kind):
    check.date(sentence, text, value, end_value, kind)
