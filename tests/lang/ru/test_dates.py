"""Russian dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import datetime as dt

import pytest

from releasepipe.extract.dates import extract

REF = dt.date(2024, 10, 14)  # a Monday

# (sentence, mention text, value, end value, kind), read against REF
CASES = [
    ('ЖЕНЕВА, 12 февраля 2025 года — Фонд представил доклад.',
     '12 февраля 2025 года', '2025-02-12', None, 'date'),
    ('Форум пройдёт с 3 по 5 марта 2025 г. в Казани.',
     'с 3 по 5 марта 2025 г.', '2025-03-03', '2025-03-05', 'range'),
    ('Министерство ответило вчера.',
     'вчера', '2024-10-13', None, 'relative'),
    ('Завод закрылся в прошлом году.',
     'в прошлом году', '2023', None, 'relative'),
    ('Решение примут через два месяца.',
     'через два месяца', '2024-12', None, 'relative'),
    ('Встреча назначена на 20 ноября.',
     '20 ноября', '2024-11-20', None, 'date'),
]


@pytest.mark.parametrize("sentence,text,value,end_value,kind", CASES)
def test_dates_ru(sentence, text, value, end_value, kind):
    mentions, issues = extract(sentence, "ru", reference=REF)
    hit = [m for m in mentions if m.text == text]
    assert hit, [(m.text, m.value) for m in mentions]
    assert (hit[0].value, hit[0].end_value, hit[0].kind) == (value, end_value, kind)
    assert sentence[hit[0].start:hit[0].end] == text
    assert not [i for i in issues if i.code == "RP215"]
