"""Spanish dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import pytest

LANG = "es"

# (sentence, mention text, value, end value, kind), read against REF (conftest: Monday 14 October 2024)
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
def test_dates_mention_es(check, sentence, text, value, end_value, kind):
    check.date(sentence, text, value, end_value, kind)
