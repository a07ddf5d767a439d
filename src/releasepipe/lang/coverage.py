"""Which stages releasepipe runs fully, language by language (``releasepipe languages``).

One row per language releasepipe meets: every language with a pack
(``lang.CODES``), every language langdetect can report, and every language a
pipeline definition gives a model or a fallback. For each: whether language
identification knows it, the NER model the definition gives it (its own, a
fallback with the score the definition records, or none), and whether its
pack holds the words of each rule-based stage (``Pack.stages()``); a stage
without them reads only what needs no words (digits, ISO dates, symbols) and
says so on each release (warning RP215).

    >>> from releasepipe.lang import coverage
    >>> from releasepipe.pipeline import load_pipeline
    >>> row = next(r for r in coverage.table(load_pipeline("default")) if r.code == "fr")
    >>> row.stages["dates"], row.model.name
    (True, 'fr_core_news_md')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import models
from . import CODES, get, has_pack

__all__ = ["STAGE_CONCERNS", "LanguageRow", "format_table", "table"]

#: Stage shown -> the pack concern whose words it reads (``lang.base``).
STAGE_CONCERNS: dict[str, str] = {
    "dates": "dates", "figures": "numbers", "quotes": "speech", "roles": "people", "anatomy": "layout",
    "entity_rules": "entities",
}


@dataclass(frozen=True, slots=True)
class LanguageRow:
    """What releasepipe can do with one language."""

    code: str
    #: the language's English name (CLDR), or the code when CLDR has none
    name: str
    #: it has a pack of its own (else the language-independent ``xx`` pack)
    pack: bool
    #: language identification (langdetect) can report it
    detected: bool
    #: the NER model the pipeline gives it, or None: no people, organizations or places (RP201)
    model: models.Choice | None
    #: stage -> whether the pack holds its words (STAGE_CONCERNS)
    stages: dict[str, bool] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "pack": self.pack, "language_id": self.detected,
                "model": self.model.to_dict() if self.model else None, "stages": dict(self.stages)}


def table(config: Any) -> list[LanguageRow]:
    """One row per language for the pipeline definition ``config`` (a ``PipelineConfig``): languages
    with a pack first, then the others, each group by code."""
    from ..extract.language import detectable

    detected = detectable()
    chosen = {choice.lang: choice for choice in models.choices(config)}
    codes = set(CODES) | set(detected) | set(chosen)
    rows = []
    for code in sorted(codes, key=lambda c: (not has_pack(c), c)):
        concerns = get(code).stages()
        rows.append(LanguageRow(code=code, name=_name(code), pack=has_pack(code), detected=code in detected,
                                model=chosen.get(code),
                                stages={stage: concerns[concern] for stage, concern in STAGE_CONCERNS.items()}))
    return rows


def _name(code: str) -> str:
    """The English name; a code CLDR reads as another language ("tl" as Filipino) keeps its own."""
    from . import cldr

    parsed, english = cldr.locale(code), cldr.locale("en")
    if parsed is not None and parsed.language == code:
        return cldr.language_name(code, "en")
    return (english.languages.get(code) if english is not None else None) or code


def format_table(rows: list[LanguageRow]) -> list[str]:
    """The rows as aligned text lines, a header first and a key last."""
    header = ["lang", "name", "pack", "lang-id", "NER model", *STAGE_CONCERNS]
    lines = [header]
    for row in rows:
        lines.append([row.code, row.name, "yes" if row.pack else "xx", "yes" if row.detected else "no",
                      _model_cell(row.model), *("yes" if row.stages[s] else "no" for s in STAGE_CONCERNS)])
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip() for line in lines]
    out += ["",
            "pack: the language's own words (lang/<code>.py), or xx: none, only digits, ISO dates and symbols.",
            "lang-id: language identification can report it. NER model: its own, a fallback with the score the",
            "pipeline records (releases warn RP209), or none (RP201). A stage `no` lacks the language's words:",
            "it reads only what needs none (dates and figures warn RP215 on each release)."]
    return out


def _model_cell(choice: models.Choice | None) -> str:
    if choice is None:
        return "none"
    cell = choice.name
    if choice.fallback:
        cell += f" (fallback{', ' + choice.score if choice.score else ''})"
    if not choice.installed:
        cell += " NOT INSTALLED"
    return cell
