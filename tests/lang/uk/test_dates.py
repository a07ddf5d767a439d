"""Ukrainian dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import pytest

LANG = "uk"

# (sentence, mention text, value, end value, kind), read against REF (conftest: Monday 14 October 2024)
CASES = [
    ('КИЇВ, 18 квітня 2025 року — Фонд оприлюднив звіт.',
     '18 квітня 2025 року', '2025-04-18', None, 'date'),
    ('Виставка триватиме з 3 по 5 червня 2025 р.',
     'з 3 по 5 червня 2025 р.', '2025-06-03', '2025-06-05', 'range'),
    ('Міністерство відповіло вчора.',
     'вчора', '2024-10-13', None, 'relative'),
    ('Завод закрили два роки тому.',
     'два роки тому', '2022', None, 'relative'),
    ('Рішення ухвалять наступного тижня.',
     'наступного тижня', '2024-10-21', '2024-10-27', 'relative'),
    ('Зустріч призначено на 20 листопада.',
     '20 листопада', '2024-11-20', None, 'date'),
]


@pytest.mark.parametrize("sentence,text,value,end_value,kind", CASES)
def test_dates_mention_uk(check, sentence, text, value, end_value, kind):
    check.date(sentence, text, value, end_value, kind)
