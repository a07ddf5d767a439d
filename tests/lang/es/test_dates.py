"""Spanish dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import datetime as dt

import pytest

from releasepipe.extract.dates import extract

REF = dt.date(2024, 10, 14)  # a Monday

# (sentence, mention text, value, end value, kind), read against REF
CASES = [
    ('MADRID, 5 de mayo de 2025. La fundación presentó su informe.',
     '5 de mayo de 2025', '2025-05-05', None, 'date'),
    ('La feria se celebrará del 2 al 4 de abril de 2025.',
     'del 2 al 4 de abril de 2025', '2025-04-02', '2025-04-04', 'range'),
    ('El ministerio lo anunció ayer.',
     'ayer', '2024-10-13', None, 'relative'),
    ('La votación será el próximo año.',
     'el próximo año', '2025', None, 'relative'),
    ('La planta cerró hace tres años.',
     'hace tres años', '2021', None, 'relative'),
]


@pytest.mark.parametrize("sentence,text,value,end_value,kind", CASES)
def test_dates_es(sentence, text, value, end_value, kind):
    mentions, issues = extract(sentence, "es", reference=REF)
    hit = [m for m in mentions if m.text == text]
    assert hit, [(m.text, m.value) for m in mentions]
    assert (hit[0].value, hit[0].end_value, hit[0].kind) == (value, end_value, kind)
    assert sentence[hit[0].start:hit[0].end] == text
    assert not [i for i in issues if i.code == "RP215"]
