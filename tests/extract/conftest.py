"""Fixtures for the extractor tests: the default pipeline's models, loaded once."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from releasepipe import models
from releasepipe.extract import entities
from releasepipe.pipeline import load_pipeline


@pytest.fixture(scope="session")
def pipelines() -> dict:
    """fr, en and es models, loaded and configured as a run loads them (skipped when absent)."""
    config = load_pipeline("default", check_models=False)
    loaded = {}
    for lang in ("fr", "en", "es"):
        name = config.models[lang]
        if name in models.installed():
            nlp = models.load(name, exclude=config.exclude)
            entities.configure(nlp, lang)
            loaded[lang] = nlp
    return loaded


@pytest.fixture(scope="session")
def entities_in(pipelines) -> Callable:
    """``entities_in(lang, text)``: entities extracted as the pipeline does, one doc per
    blank-line separated paragraph, every mention checked against the text."""

    def extract(lang: str, text: str) -> list:
        if lang not in pipelines:
            pytest.skip(f"no {lang} model installed")
        nlp = pipelines[lang]
        spans = [m.span() for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
        docs = list(zip(nlp.pipe(text[s:e] for s, e in spans), (s for s, _ in spans)))
        found = entities.extract(docs, text=text, lang=lang)
        for entity in found:
            for m in entity.mentions:
                assert text[m.start:m.end] == m.text
        return found

    return extract
