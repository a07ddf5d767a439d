"""releasepipe: turn press releases in many languages into validated data.

>>> import releasepipe
>>> release = releasepipe.process_path("samples/fr/niamey-retours.txt")
>>> release.language.code, release.title
>>> nlp = releasepipe.load("default")          # models load once, on first use
>>> release = nlp.process_text("GENÈVE, 3 mars 2025 – …", lang="fr")
>>> [r.title for r in nlp.pipe(texts, jobs=2)]
>>> report = releasepipe.evaluate("samples/gold")   # gold labels in, scores out
>>> report.overall.rate

Names are imported lazily, so ``import releasepipe`` (and the CLI's ``--help``)
does not pay for importing spaCy; ``dir(releasepipe)`` lists them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Code": "releasepipe.errors",
    "ReleasepipeError": "releasepipe.errors",
    "InputError": "releasepipe.errors",
    "ConfigError": "releasepipe.errors",
    "Document": "releasepipe.model",
    "Release": "releasepipe.model",
    "PipelineConfig": "releasepipe.pipeline",
    "Options": "releasepipe.pipeline",
    "load_pipeline": "releasepipe.pipeline",
    "process": "releasepipe.pipeline",
    "Pipeline": "releasepipe.api",
    "load": "releasepipe.api",
    "process_text": "releasepipe.api",
    "process_path": "releasepipe.api",
    "run": "releasepipe.runner",
    "RunSettings": "releasepipe.runner",
    "index_entities": "releasepipe.linking",
    "translations": "releasepipe.linking",
    "release_schema": "releasepipe.schema",
    "validate": "releasepipe.schema",
    "evaluate": "releasepipe.evaluation:run_gold",
}

__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:  # pragma: no cover
    from .errors import Code, ConfigError, InputError, ReleasepipeError
    from .model import Document, Release
    from .api import Pipeline, load, process_path, process_text
    from .linking import index_entities, translations
    from .pipeline import Options, PipelineConfig, load_pipeline, process
    from .runner import RunSettings, run
    from .schema import release_schema, validate
    from .evaluation import run_gold as evaluate


def __dir__() -> list[str]:
    return sorted(__all__)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'releasepipe' has no attribute {name!r}")
    module, _, attribute = module.partition(":")
    value = getattr(import_module(module), attribute or name)
    globals()[name] = value
    return value
