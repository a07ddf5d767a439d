"""Polish dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import pytest

LANG = "pl"

# (sentence, mention text, value, end value, kind), read against REF (conftest: Monday 14 October 2024)
CASES = [
    ('WARSZAWA, 14 października 2024 r. – Fundacja przedstawiła raport.',
     '14 października 2024 r.', '2024-10-14', None, 'date'),
    ('Targi odbędą się od 3 do 5 marca 2025 roku.',
     'od 3 do 5 marca 2025 roku', '2025-03-03', '2025-03-05', 'range'),
    ('Ministerstwo odpowiedziało wczoraj.',
     'wczoraj', '2024-10-13', None, 'relative'),
    ('Decyzja zapadnie w przyszłym tygodniu.',
     'w przyszłym tygodniu', '2024-10-21', '2024-10-27', 'relative'),
    ('Zakład zamknięto dwa lata temu.',
     'dwa lata temu', '2022', None, 'relative'),
    ('Spotkanie zaplanowano na 20 listopada.',
     '20 listopada', '2024-11-20', None, 'date'),
]


@pytest.mark.parametrize("sentence,text,value,end_value,kind", CASES)
def test_dates_mention_pl(check, sentence, text, value, end_value, kind):
    check.date(sentence, text, value, end_value, kind)
