"""Polish dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import datetime as dt

import pytest

from releasepipe.extract.dates import extract

REF = dt.date(2024, 10, 14)  # a Monday

# (sentence, mention text, value, end value, kind), read against REF
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
def test_dates_pl(sentence, text, value, end_value, kind):
    mentions, issues = extract(sentence, "pl", reference=REF)
    hit = [m for m in mentions if m.text == text]
    assert hit, [(m.text, m.value) for m in mentions]
    assert (hit[0].value, hit[0].end_value, hit[0].kind) == (value, end_value, kind)
    assert sentence[hit[0].start:hit[0].end] == text
    assert not [i for i in issues if i.code == "RP215"]
