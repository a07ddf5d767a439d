"""Portuguese dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import datetime as dt

import pytest

from releasepipe.extract.dates import extract

REF = dt.date(2024, 10, 14)  # a Monday

# (sentence, mention text, value, end value, kind), read against REF
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
def test_dates_pt(sentence, text, value, end_value, kind):
    mentions, issues = extract(sentence, "pt", reference=REF)
    hit = [m for m in mentions if m.text == text]
    assert hit, [(m.text, m.value) for m in mentions]
    assert (hit[0].value, hit[0].end_value, hit[0].kind) == (value, end_value, kind)
    assert sentence[hit[0].start:hit[0].end] == text
    assert not [i for i in issues if i.code == "RP215"]
