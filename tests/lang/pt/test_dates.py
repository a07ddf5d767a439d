"""Portuguese dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import pytest

LANG = "pt"

# (sentence, mention text, value, end value, kind), read against REF (conftest: Monday 14 October 2024)
CASES = [
    ('LISBOA, 12 de março de 2025 – A associação divulgou o relatório.',
     '12 de março de 2025', '2025-03-12', None, 'date'),
    ('O congresso decorre de 6 a 8 de junho de 2025.',
     'de 6 a 8 de junho de 2025', '2025-06-06', '2025-06-08', 'range'),
    ('O ministério respondeu ontem.',
     'ontem', '2024-10-13', None, 'relative'),
    ('A fábrica fechou há dois anos.',
     'há dois anos', '2022', None, 'relative'),
    ('A votação será na próxima semana.',
     'na próxima semana', '2024-10-21', '2024-10-27', 'relative'),
    ('A reunião será na terça, qua. ou sexta.',
     'qua.', '2024-10-16', None, 'relative'),
    ('As inscrições fecham no dia 16.',
     'dia 16', '2024-10-16', None, 'relative'),
]


@pytest.mark.parametrize("sentence,text,value,end_value,kind", CASES)
def test_dates_mention_pt(check, sentence, text, value, end_value, kind):
    check.date(sentence, text, value, end_value, kind)
