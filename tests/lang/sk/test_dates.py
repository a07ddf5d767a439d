"""Slovak dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import pytest

LANG = "sk"

# (sentence, mention text, value, end value, kind), read against REF (conftest: Monday 14 October 2024)
CASES = [
    ('BRATISLAVA, 15. marca 2024 – Nadácia dnes predstavila výročnú správu.',
     '15. marca 2024', '2024-03-15', None, 'date'),
    ('Veľtrh sa uskutoční od 3. do 5. marca 2025.',
     'od 3. do 5. marca 2025', '2025-03-03', '2025-03-05', 'range'),
    ('Ministerstvo žiadosť zamietlo včera.',
     'včera', '2024-10-13', None, 'relative'),
    ('O dotáciách vláda rozhodne budúci týždeň.',
     'budúci týždeň', '2024-10-21', '2024-10-27', 'relative'),
    ('Závod v Martine bol zatvorený pred dvoma rokmi.',
     'pred dvoma rokmi', '2022', None, 'relative'),
    ('Rokovanie rady je naplánované na 20. novembra.',
     '20. novembra', '2024-11-20', None, 'date'),
    ('V treťom štvrťroku tržby firmy rástli.',
     'V treťom štvrťroku', '2024-07', '2024-09', 'range'),
    ('Výsledky zverejníme v stredu.',
     'stredu', '2024-10-16', None, 'relative'),
    ('Zmluva bola podpísaná 15. 3. 2024 v Bratislave.',
     '15. 3. 2024', '2024-03-15', None, 'date'),
]


@pytest.mark.parametrize("sentence,text,value,end_value,kind", CASES)
def test_dates_mention_sk(check, sentence, text, value, end_value, kind):
    check.date(sentence, text, value, end_value, kind)
