"""Russian dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import pytest

LANG = "ru"

# (sentence, mention text, value, end value, kind), read against REF (conftest: Monday 14 October 2024)
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
def test_dates_mention_ru(check, sentence, text, value, end_value, kind):
    check.date(sentence, text, value, end_value, kind)
