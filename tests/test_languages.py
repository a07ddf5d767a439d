"""What releasepipe knows of each language, as the pipeline, the CLI and the summaries use it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("lang", "code", "name"), [
    ("en", "fr", "French"), ("fr", "pl", "polonais"), ("de", "uk", "Ukrainisch"), ("es", "sw", "suajili"),
    ("nl", "pt-BR", "Portugees"),
    # a code CLDR reads as another language keeps its own name
    ("en", "und", "Unknown language"), ("fr", "und", "langue indéterminée"), ("en", "tl", "Tagalog"),
    ("en", "xx", "xx"),
])
def test_languages_summary_names_come_from_lang_cldr(lang, code, name):
    from releasepipe.write.labels import labels_for

    assert labels_for(lang).language_name(code) == name
