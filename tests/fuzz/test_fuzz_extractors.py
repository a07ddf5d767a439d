"""Property tests over every extractor: nothing raises, and every offset indexes the text.

Extractors take the text a reader produced, so they are fed normalized text
as well as raw text. Contacts and quotes are still being built: their tests
skip when the module cannot be imported.
"""

from __future__ import annotations

import datetime as dt
import importlib
from types import ModuleType

import pytest
from fuzz_strategies import languages, texts
from hypothesis import given
from hypothesis import strategies as st

from releasepipe.extract import anatomy, dates, figures, language
from releasepipe.ingest.text import normalize, paragraph_blocks
from releasepipe.model import Entity, Mention

references = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
release_texts = st.one_of(texts, texts.map(normalize))


def optional_module(name: str) -> ModuleType:
    try:
        return importlib.import_module(f"releasepipe.extract.{name}")
    except Exception as exc:  # a module in flux may not import at all
        pytest.skip(f"releasepipe.extract.{name} does not import: {exc}")


def in_text(text: str, start: int, end: int) -> None:
    assert isinstance(start, int) and isinstance(end, int)
    assert 0 <= start <= end <= len(text)


@given(release_texts, languages)
def test_fuzz_figures(text: str, lang: str) -> None:
    for figure in figures.extract(text, lang):
        in_text(text, figure.start, figure.end)
        assert text[figure.start : figure.end] == figure.text
        assert figure.kind in ("count", "money", "percent", "quantity", "duration")


@given(release_texts, languages)
def test_fuzz_figures_numbers(text: str, lang: str) -> None:
    for numeral in figures.numbers(text, lang):
        in_text(text, numeral.start, numeral.end)
        assert numeral.start < numeral.end


@given(release_texts, languages, references)
def test_fuzz_dates(text: str, lang: str, reference: dt.date | None) -> None:
    mentions, issues = dates.extract(text, lang, reference=reference)
    for mention in mentions:
        in_text(text, mention.start, mention.end)
        assert text[mention.start : mention.end] == mention.text
    for issue in issues:
        assert issue.code.startswith("RP2")


@given(release_texts, st.one_of(st.none(), texts), st.booleans())
def test_fuzz_anatomy(text: str, title_hint: str | None, with_blocks: bool) -> None:
    blocks = paragraph_blocks(text) if with_blocks else ()
    found = anatomy.find(text, blocks=blocks, title_hint=title_hint, parse_date=lambda s: None)
    for block in found.blocks:
        in_text(text, block.start, block.end)
    if found.dateline is not None:
        in_text(text, found.dateline.start, found.dateline.end)


@given(release_texts)
def test_fuzz_anatomy_with_date_parser(text: str) -> None:
    def parse_date(written: str) -> str | None:
        mentions, _ = dates.extract(written, "fr")
        return mentions[0].value if mentions else None

    found = anatomy.find(text, parse_date=parse_date)
    for block in found.blocks:
        in_text(text, block.start, block.end)


@given(release_texts)
def test_fuzz_language(text: str) -> None:
    info = language.detect(text)
    assert 0.0 <= info.confidence <= 1.0
    position = 0
    for segment in info.segments:  # cover the text from 0 to len(text) with no gap
        assert segment.start == position and segment.start <= segment.end
        position = segment.end
    assert position == (len(text) if info.segments else 0)


@given(release_texts, st.sampled_from([None, "FR", "NE", "US", "DE", "CH", "ZZ"]), st.booleans())
def test_fuzz_contacts(text: str, region: str | None, with_blocks: bool) -> None:
    contacts = optional_module("contacts")
    blocks = [(s, e) for s, e, _ in paragraph_blocks(text)] if with_blocks else ()
    found, issues = contacts.extract(text, region=region, blocks=blocks)
    for contact in found:
        in_text(text, contact.start, contact.end)
    for issue in issues:
        assert issue.code.startswith("RP2")


@st.composite
def text_and_persons(draw: st.DrawFn) -> tuple[str, list[Entity]]:
    text = draw(release_texts)
    persons = []
    for _ in range(draw(st.integers(0, 3))):
        if not text:
            break
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, min(len(text), start + 30)))
        persons.append(Entity(type="person", name=text[start:end], mentions=[Mention(start, end, text[start:end])]))
    return text, persons


@given(text_and_persons(), languages)
def test_fuzz_quotes(case: tuple[str, list[Entity]], lang: str) -> None:
    quotes = optional_module("quotes")
    text, persons = case
    for quote in quotes.extract(text, lang, persons=persons):
        in_text(text, quote.start, quote.end)
        assert text[quote.start : quote.end] == quote.text
        if quote.speaker_mention is not None:
            mention = quote.speaker_mention
            in_text(text, mention.start, mention.end)
            assert text[mention.start : mention.end] == mention.text
