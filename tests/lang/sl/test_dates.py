"""Slovenian dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import pytest

LANG = "sl"

# (sentence, mention text, value, end value, kind), read against REF (conftest: Monday 14 October 2024)
CASES = [
    ('LJUBLJANA, 15. marca 2024 – Fundacija je danes predstavila letno poročilo.',
     '15. marca 2024', '2024-03-15', None, 'date'),
    ('Sejem bo potekal od 3. do 5. marca 2025.',
     'od 3. do 5. marca 2025', '2025-03-03', '2025-03-05', 'range'),
    ('Ministrstvo je zahtevo zavrnilo včeraj.',
     'včeraj', '2024-10-13', None, 'relative'),
    ('Občinski svet bo o predlogu glasoval prihodnji teden.',
     'prihodnji teden', '2024-10-21', '2024-10-27', 'relative'),
    ('Tovarna v Celju je bila zaprta pred dvema letoma.',
     'pred dvema letoma', '2022', None, 'relative'),
    ('Obnova mostu se bo končala čez tri mesece.',
     'čez tri mesece', '2025-01', None, 'relative'),
    ('Sestanek je načrtovan za 20. novembra.',
     '20. novembra', '2024-11-20', None, 'date'),
    ('V tretjem četrtletju so prihodki družbe rasli.',
     'V tretjem četrtletju', '2024-07', '2024-09', 'range'),
    ('Rezultate bomo objavili v sredo.',
     'sredo', '2024-10-16', None, 'relative'),
    ('Pogodba je bila podpisana 15. 3. 2024 v Ljubljani.',
     '15. 3. 2024', '2024-03-15', None, 'date'),
]


@pytest.mark.parametrize("sentence,text,value,end_value,kind", CASES)
def test_dates_mention_sl(check, sentence, text, value, end_value, kind):
    check.date(sentence, text, value, end_value, kind)
