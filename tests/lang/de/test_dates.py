"""German dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import pytest

LANG = "de"

# (sentence, mention text, value, end value, kind), read against REF (conftest: Monday 14 October 2024)
CASES = [
    ('BERLIN, 7. Mai 2025 – Die Stiftung stellt ihren Bericht vor.',
     '7. Mai 2025', '2025-05-07', None, 'date'),
    ('Die Tagung findet vom 10. bis 12. Juni 2025 statt.',
     'vom 10. bis 12. Juni 2025', '2025-06-10', '2025-06-12', 'range'),
    ('Der Verband hat gestern die Zahlen vorgelegt.',
     'gestern', '2024-10-13', None, 'relative'),
    ('Die Entscheidung fällt nächste Woche.',
     'nächste Woche', '2024-10-21', '2024-10-27', 'relative'),
    ('Die Anmeldung endet am 30.11.2025.',
     '30.11.2025', '2025-11-30', None, 'date'),
]


@pytest.mark.parametrize("sentence,text,value,end_value,kind", CASES)
def test_dates_mention_de(check, sentence, text, value, end_value, kind):
    check.date(sentence, text, value, end_value, kind)
