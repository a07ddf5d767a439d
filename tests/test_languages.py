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


def test_languages_coverage_table_rows():
    """lang.coverage: one row per language met, packs first; the stages follow Pack.stages()."""
    from releasepipe import lang
    from releasepipe.extract.language import detectable
    from releasepipe.lang import coverage
    from releasepipe.pipeline import load_pipeline

    config = load_pipeline("default", check_models=False)
    rows = coverage.table(config)
    codes = [row.code for row in rows]
    assert len(codes) == len(set(codes))
    assert set(codes) == set(lang.CODES) | set(detectable()) | set(config.models) | set(config.fallbacks)
    assert codes[:len(lang.CODES)] == list(lang.CODES)  # packs first
    by_code = {row.code: row for row in rows}
    for row in rows:
        concerns = lang.get(row.code).stages()
        assert row.stages == {stage: concerns[concern] for stage, concern in coverage.STAGE_CONCERNS.items()}
    assert by_code["fr"].name == "French" and by_code["tl"].name == "Tagalog"
    assert by_code["cs"].model is not None and by_code["cs"].model.fallback
    assert by_code["cs"].model.score == "slavicner-dev 0.684"
    lines = coverage.format_table(rows)
    assert lines[0].split()[:5] == ["lang", "name", "pack", "lang-id", "NER"]
