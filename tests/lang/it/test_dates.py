"""Italian dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import pytest

LANG = "it"

# (sentence, mention text, value, end value, kind), read against REF (conftest: Monday 14 October 2024)
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
def test_dates_mention_it(check, sentence, text, value, end_value, kind):
    check.date(sentence, text, value, end_value, kind)
