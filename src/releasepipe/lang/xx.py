"""The language-independent pack: what holds for a language releasepipe has no pack for.

Digits, ISO dates, symbols and ISO currency codes need no words; every word
list here is empty, so stages report that they had no words for the language
(RP215) rather than guess.
"""

from __future__ import annotations

from .base import Pack

PACK = Pack(code="xx")
