"""releasepipe: turn press releases in many languages into validated data.

>>> import releasepipe
>>> release = releasepipe.process_path("samples/fr/niamey-retours.txt")
>>> release["language"]["code"], release["title"]

Names are imported lazily, so ``import releasepipe`` (and the CLI's ``--help``)
does not pay for importing spaCy.
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
    "process_path": "releasepipe.runner",
    "run": "releasepipe.runner",
    "release_schema": "releasepipe.schema",
    "validate": "releasepipe.schema",
}

__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:  # pragma: no cover
    from .errors import Code, ConfigError, InputError, ReleasepipeError
    from .model import Document, Release
    from .pipeline import Options, PipelineConfig, load_pipeline, process
    from .runner import process_path, run
    from .schema import release_schema, validate


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'releasepipe' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
