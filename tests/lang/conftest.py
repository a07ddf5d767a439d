"""The checks every language's tests share: each ``<code>/test_*.py`` holds its sentences and
expectations and hands each row to the ``check`` fixture, bound to the module's ``LANG``."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import spacy
from spacy.tokens import Span

from releasepipe import lang
from releasepipe.extract import anatomy, dates, entities, figures, quotes, roles
from releasepipe.model import Entity, Mention

#: The day relative dates are read against in every language's dates table: a Monday.
REF = dt.date(2024, 10, 14)


class LangCheck:
    """What a language's sentences are checked for, through the stages that read the pack's words."""

    def __init__(self, code: str) -> None:
        self.code = code

    # words ----------------------------------------------------------------------------------------

    def _person(self, text: str, name: str) -> Entity:
        """A person entity with a mention at every occurrence of its name."""
        mentions = [Mention(m.start(), m.end(), name) for m in re.finditer(re.escape(name), text)]
        return Entity(type="person", name=name, mentions=mentions)

    def _doc(self, text: str, people: list[str]):
        """A model-free doc whose people are marked by hand, as a recognizer would."""
        doc = spacy.blank(self.code)(text)
        spans = [doc.char_span(text.index(p), text.index(p) + len(p), label="PER") for p in people]
        doc.ents = [s for s in spans if isinstance(s, Span)]
        return doc

    def quotes(self, text: str, people: list[str], expected: list[tuple[str, str]]) -> None:
        """The quotes of ``text`` start as ``expected`` says, each with its speaker, and no others."""
        found = quotes.extract(text, self.code, persons=[self._person(text, p) for p in people])
        assert [(q.text[:len(start)], q.speaker) for q, (start, _) in zip(found, expected)] == expected
        assert len(found) == len(expected), [q.text for q in found]

    def role(self, text: str, person: str, role: str) -> None:
        """The one person of ``text`` (marked by hand) is given ``role``."""
        found = entities.extract([(self._doc(text, [person]), 0)], text=text, lang=self.code)
        people = [e for e in found if e.type == "person"]
        assert [(e.name, e.role) for e in people] == [(person, role)]

    def organization(self, text: str, name: str) -> None:
        """The rules alone find one organization in ``text``, named ``name``."""
        nlp = spacy.blank(self.code)
        entities.configure(nlp, self.code)
        found = entities.extract([(nlp(text), 0)], text=text, lang=self.code)
        assert [e.name for e in found if e.type == "organization"] == [name]

    def role_word(self, word: str, expected: bool) -> None:
        assert roles.is_role_word(word, self.code) is expected

    def contact_heading(self, release: str, heading: str, contact: str) -> None:
        """A release ending in ``heading`` then the line ``contact`` ends in a contact block."""
        text = release + heading + "\n" + contact + "\n"
        kinds = [b.kind for b in anatomy.find(text).blocks]
        assert kinds[-1] == "contact", kinds

    def pack_has_the_words(self) -> None:
        stages = lang.get(self.code).stages()
        assert stages["speech"] and stages["people"] and stages["layout"], stages

    # dates ----------------------------------------------------------------------------------------

    def date(self, sentence: str, text: str, value: str, end_value: str | None, kind: str) -> None:
        """``sentence`` read against REF has a mention ``text`` of that value, end and kind, at its
        place, and no unreadable-date issue (RP215)."""
        mentions, issues = dates.extract(sentence, self.code, reference=REF)
        hit = [m for m in mentions if m.text == text]
        assert hit, [(m.text, m.value) for m in mentions]
        assert (hit[0].value, hit[0].end_value, hit[0].kind) == (value, end_value, kind)
        assert sentence[hit[0].start:hit[0].end] == text
        assert not [i for i in issues if i.code == "RP215"]

    # figures --------------------------------------------------------------------------------------

    def figure(self, sentence: str, text: str, value: float, unit: str | None, qualifier: str | None,
               kind: str, end_value: float | None) -> None:
        """``sentence`` has a figure ``text`` of that value, unit, qualifier, kind and end, at its place."""
        figs = figures.extract(sentence, self.code)
        hit = [f for f in figs if f.text == text]
        assert hit, [(f.text, f.value, f.unit) for f in figs]
        f = hit[0]
        assert (f.value, f.unit, f.qualifier, f.kind, f.end_value) == (pytest.approx(value), unit, qualifier, kind, end_value)
        assert sentence[f.start:f.end] == f.text

    def not_figure(self, sentence: str, fragment: str) -> None:
        """No figure of ``sentence`` takes in ``fragment`` (a date, a label)."""
        assert not [f for f in figures.extract(sentence, self.code) if fragment in f.text]


@pytest.fixture
def check(request: pytest.FixtureRequest) -> LangCheck:
    """The checks, for the language named by the test module's ``LANG``."""
    return LangCheck(request.module.LANG)
