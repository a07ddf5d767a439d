"""French dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import pytest

LANG = "fr"

# (sentence, mention text, value, end value, kind), read against REF (conftest: Monday 14 October 2024)
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
def test_dates_mention_fr(check, sentence, text, value, end_value, kind):
    check.date(sentence, text, value, end_value, kind)
