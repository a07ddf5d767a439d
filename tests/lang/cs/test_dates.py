"""Czech dates: datelines, ranges and relative expressions, with the pack's words."""

from __future__ import annotations

import pytest

LANG = "cs"

# (sentence, mention text, value, end value, kind), read against REF (conftest: Monday 14 October 2024)
CASES = [
    ('PRAHA, 15. března 2024 – Nadace dnes představila výroční zprávu.',
     '15. března 2024', '2024-03-15', None, 'date'),
    ('Veletrh se uskuteční od 3. do 5. března 2025.',
     'od 3. do 5. března 2025', '2025-03-03', '2025-03-05', 'range'),
    ('Ministerstvo žádost zamítlo včera.',
     'včera', '2024-10-13', None, 'relative'),
    ('O dotacích vláda rozhodne příští týden.',
     'příští týden', '2024-10-21', '2024-10-27', 'relative'),
    ('Závod v Kolíně byl uzavřen před dvěma lety.',
     'před dvěma lety', '2022', None, 'relative'),
    ('Stavba mostu skončí za tři měsíce.',
     'za tři měsíce', '2025-01', None, 'relative'),
    ('Jednání rady je naplánováno na 20. listopadu.',
     '20. listopadu', '2024-11-20', None, 'date'),
    ('Ve třetím čtvrtletí tržby firmy vzrostly.',
     'Ve třetím čtvrtletí', '2024-07', '2024-09', 'range'),
    ('Výsledky zveřejníme ve středu.',
     'středu', '2024-10-16', None, 'relative'),
    ('Smlouva byla podepsána dne 15.3.2024 v Brně.',
     '15.3.2024', '2024-03-15', None, 'date'),
    ('Nová pravidla schválila vláda 1. 12. 2023 pro všechny obce.',
     '1. 12. 2023', '2023-12-01', None, 'date'),
]


@pytest.mark.parametrize("sentence,text,value,end_value,kind", CASES)
def test_dates_mention_cs(check, sentence, text, value, end_value, kind):
    check.date(sentence, text, value, end_value, kind)
