"""Bulgarian dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import pytest

LANG = "bg"

# (sentence, mention text, value, end value, kind), read against REF (conftest: Monday 14 October 2024)
CASES = [
    ('СОФИЯ, 15 март 2024 г. – Фондацията представи днес годишния си доклад.',
     '15 март 2024 г.', '2024-03-15', None, 'date'),
    ('Изложението ще се проведе от 3 до 5 март 2025 г.',
     'от 3 до 5 март 2025 г.', '2025-03-03', '2025-03-05', 'range'),
    ('Министерството отхвърли искането вчера.',
     'вчера', '2024-10-13', None, 'relative'),
    ('Общинският съвет ще гласува следващата седмица.',
     'следващата седмица', '2024-10-21', '2024-10-27', 'relative'),
    ('Заводът в Русе беше затворен преди две години.',
     'преди две години', '2022', None, 'relative'),
    ('Ремонтът на моста ще приключи след три месеца.',
     'след три месеца', '2025-01', None, 'relative'),
    ('Срещата е насрочена за 20 ноември.',
     '20 ноември', '2024-11-20', None, 'date'),
    ('През третото тримесечие продажбите на компанията растат.',
     'третото тримесечие', '2024-07', '2024-09', 'range'),
    ('Резултатите ще бъдат обявени в сряда.',
     'сряда', '2024-10-16', None, 'relative'),
]


@pytest.mark.parametrize("sentence,text,value,end_value,kind", CASES)
def test_dates_mention_bg(check, sentence, text, value, end_value, kind):
    check.date(sentence, text, value, end_value, kind)
