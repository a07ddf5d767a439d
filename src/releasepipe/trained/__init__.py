"""NER pipelines trained for releasepipe and shipped inside the package.

One folder per language (``de``, ``pl``, ``ru``, ``pt``, ``sr``, ``hr``) and one multilingual
pipeline (``xx``: spaCy's multi-language tokenizer, trained on de, pl, ru, pt, sk,
hr, sr and da together, the fallback of languages without a model of their own),
each the output of
``nlp.to_disk()``: a blank tokenizer, a small hash-embedding tok2vec and an
``ner`` component finding PER, ORG, LOC (and MISC where the training data had
it). ``meta.json`` records the training data with their commits, the licence
that follows from them and the scores on held-back data. The recipe that
produces them is ``training/`` in the source repository.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["LANGS", "NAME", "path", "meta", "load", "shipped"]

#: Languages for which a pipeline is trained; ``xx`` is the multilingual one.
LANGS: tuple[str, ...] = ("de", "pl", "ru", "pt", "sr", "hr", "xx")

#: The name pipeline definitions use for a shipped pipeline.
NAME = "releasepipe_ner_{lang}"

_HERE = Path(__file__).resolve().parent


def path(lang: str) -> Path | None:
    """The folder of the shipped pipeline for ``lang``, or None when there is none."""
    if lang not in LANGS:
        return None
    folder = _HERE / lang
    return folder if (folder / "meta.json").is_file() else None


def meta(lang: str) -> dict[str, Any]:
    """The pipeline's ``meta.json``: name, version, licence, sources, performance."""
    folder = path(lang)
    if folder is None:
        raise LookupError(f"no trained pipeline for {lang!r}; shipped: {', '.join(shipped()) or 'none'}")
    return json.loads((folder / "meta.json").read_text(encoding="utf-8"))


def load(lang: str, *, exclude: tuple[str, ...] | list[str] = ()) -> "Language":
    """Load the shipped pipeline for ``lang`` (a new ``Language`` on every call)."""
    import spacy

    folder = path(lang)
    if folder is None:
        raise LookupError(f"no trained pipeline for {lang!r}; shipped: {', '.join(shipped()) or 'none'}")
    return spacy.load(folder, exclude=list(exclude))


def shipped() -> tuple[str, ...]:
    """The languages whose pipeline folder is present."""
    return tuple(lang for lang in LANGS if path(lang) is not None)
