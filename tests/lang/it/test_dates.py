"""Italian dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import datetime as dt

import pytest

from releasepipe.extract.dates import extract

REF = dt.date(2024, 10, 14)  # a Monday

# (sentence, mention text, value, end value, kind), read against REF
CASES = [
    ('ROMA, 9 luglio 2025 – La fondazione presenta il rapporto.',
     '9 luglio 2025', '2025-07-09', None, 'date'),
    ('Il festival si svolgerà dal 3 al 5 settembre 2025.',
     'dal 3 al 5 settembre 2025', '2025-09-03', '2025-09-05', 'range'),
    ('Il ministero ha risposto ieri.',
     'ieri', '2024-10-13', None, 'relative'),
    ('La sede è stata aperta tre anni fa.',
     'tre anni fa', '2021', None, 'relative'),
    ('I lavori riprenderanno il mese prossimo.',
     'il mese prossimo', '2024-11', None, 'relative'),
]


@pytest.mark.parametrize("sentence,text,value,end_value,kind", CASES)
def test_dates_it(sentence, text, value, end_value, kind):
    mentions, issues = extract(sentence, "it", reference=REF)
    hit = [m for m in mentions if m.text == text]
    assert hit, [(m.text, m.value) for m in mentions]
    assert (hit[0].value, hit[0].end_value, hit[0].kind) == (value, end_value, kind)
    assert sentence[hit[0].start:hit[0].end] == text
    assert not [i for i in issues if i.code == "RP215"]
