"""Croatian dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import pytest

LANG = "hr"

# (sentence, mention text, value, end value, kind), read against REF (conftest: Monday 14 October 2024)
CASES = [
    ('ZAGREB, 15. ožujka 2024. – Zaklada je danas predstavila godišnje izvješće.',
     '15. ožujka 2024', '2024-03-15', None, 'date'),
    ('Sajam će se održati od 3. do 5. ožujka 2025.',
     'od 3. do 5. ožujka 2025', '2025-03-03', '2025-03-05', 'range'),
    ('Ministarstvo je zahtjev odbilo jučer.',
     'jučer', '2024-10-13', None, 'relative'),
    ('Gradsko vijeće o prijedlogu će glasovati sljedeći tjedan.',
     'sljedeći tjedan', '2024-10-21', '2024-10-27', 'relative'),
    ('Tvornica u Osijeku zatvorena je prije dvije godine.',
     'prije dvije godine', '2022', None, 'relative'),
    ('Obnova mosta završit će za tri mjeseca.',
     'za tri mjeseca', '2025-01', None, 'relative'),
    ('Sastanak je zakazan za 20. studenoga.',
     '20. studenoga', '2024-11-20', None, 'date'),
    ('U trećem tromjesečju prihodi tvrtke su rasli.',
     'U trećem tromjesečju', '2024-07', '2024-09', 'range'),
    ('Rezultate ćemo objaviti u srijedu.',
     'srijedu', '2024-10-16', None, 'relative'),
    ('Ugovor je potpisan 15. 3. 2024. u Zagrebu.',
     '15. 3. 2024', '2024-03-15', None, 'date'),
]


@pytest.mark.parametrize("sentence,text,value,end_value,kind", CASES)
def test_dates_mention_hr(check, sentence, text, value, end_value, kind):
    check.date(sentence, text, value, end_value, kind)
