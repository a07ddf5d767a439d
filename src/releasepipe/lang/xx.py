"""The language-independent pack: what holds for a language releasepipe has no pack for.

Digits, ISO dates, symbols and ISO currency codes need no words; the word
lists here are empty, so stages report that they had no words for the
language (RP215) rather than guess. The one list it holds, particles of
names from languages without a pack ("ibn", "bin"), is read with every
pack's, whatever the release's language.
"""

from __future__ import annotations

from .base import LayoutWords, Pack, PeopleWords, words

# --- people: what holds whatever the release's language ----------------------
PEOPLE = PeopleWords(
    # particles of Arabic and Hebrew names, written alike in releases of every language
    particles=words("al ben bin el ibn"),
)

# --- layout: words of contact lines from languages without a pack ------------
LAYOUT = LayoutWords(
    # Swedish and Finnish company forms (aktiebolag, osakeyhtiö), read with every pack's
    organization_words=(r"ab", r"oy"),
    # Swedish street words ('Drottninggatan', 'Kungsvägen'), alone or ending a compound
    street_words=(r"vägen", r"gatan"),
    street_endings=(r"vägen", r"gatan"),
)

PACK = Pack(code="xx", people=PEOPLE, layout=LAYOUT)
