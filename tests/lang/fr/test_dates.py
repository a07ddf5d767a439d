"""French dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import datetime as dt

import pytest

from releasepipe.extract.dates import extract

REF = dt.date(2024, 10, 14)  # a Monday

# (sentence, mention text, value, end value, kind), read against REF
CASES = [
    ('PARIS, 3 février 2025 – L’association lance sa campagne.',
     '3 février 2025', '2025-02-03', None, 'date'),
    ('Le forum se tiendra du 14 au 16 octobre 2025 à Lyon.',
     'du 14 au 16 octobre 2025', '2025-10-14', '2025-10-16', 'range'),
    ('La ministre s’est exprimée hier devant la presse.',
     'hier', '2024-10-13', None, 'relative'),
    ('Les résultats seront publiés la semaine prochaine.',
     'la semaine prochaine', '2024-10-21', '2024-10-27', 'relative'),
    ('Le centre a ouvert il y a deux ans.',
     'il y a deux ans', '2022', None, 'relative'),
    ('Le rapport sera remis le 23, avant la clôture.',
     'le 23', '2024-10-23', None, 'relative'),
    ('La réunion se tiendra vendredi 18 à Dakar.',
     'vendredi 18', '2024-10-18', None, 'relative'),
]


@pytest.mark.parametrize("sentence,text,value,end_value,kind", CASES)
def test_dates_fr(sentence, text, value, end_value, kind):
    mentions, issues = extract(sentence, "fr", reference=REF)
    hit = [m for m in mentions if m.text == text]
    assert hit, [(m.text, m.value) for m in mentions]
    assert (hit[0].value, hit[0].end_value, hit[0].kind) == (value, end_value, kind)
    assert sentence[hit[0].start:hit[0].end] == text
    assert not [i for i in issues if i.code == "RP215"]
