"""The whole-release API: text or files in, typed releases out, models loaded once.

>>> import releasepipe
>>> nlp = releasepipe.load()                      # the shipped "default" pipeline
>>> release = nlp.process_text("GENÈVE, 3 mars 2025 – L'OIM a aidé 1 200 familles.", lang="fr")
>>> release.title, [e.name for e in release.entities]  # doctest: +SKIP
>>> for release in nlp.pipe(["a.txt", "b.docx"], jobs=2):  # doctest: +SKIP
...     print(release.source.path, release.language.code)

A :class:`Pipeline` keeps its models (one per language, loaded on first use)
and its paragraph cache for as long as it lives; the module-level
:func:`process_text` and :func:`process_path` share one default pipeline.
Every release is the one ``releasepipe run`` writes: ``release.to_json()`` is
byte for byte ``OUT/<name>.json``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from .errors import Code, InputError
from .model import Release
from .pipeline import Options, PipelineConfig, load_pipeline

__all__ = ["Pipeline", "load", "process_text", "process_path"]


class Pipeline:
    """A pipeline definition, its options and its models, ready to process releases.

    Make one with :func:`load`. Models load lazily, once per language, and stay
    loaded; so does the paragraph cache (a paragraph met again is not read by a
    model twice).

    >>> nlp = load("fast", reference_date="2025-03-03")
    >>> nlp.process_text("Press release\\n\\nFerry resumes\\n\\nOSLO, 3 May – The ferry sails.").dateline.place
    'Oslo'
    """

    def __init__(self, config: PipelineConfig, options: Options = Options(), *, cache: bool = True) -> None:
        from . import cache as cache_mod

        self.config = config
        self.options = options
        self._cache = cache_mod.ParagraphCache() if cache else None

    def __repr__(self) -> str:
        return f"<releasepipe.Pipeline {self.config.name!r} {self.options}>"

    def process_text(self, text: str, *, name: str | None = None, lang: str | None = None,
                     reference_date: date | str | None = None, region: str | None = None,
                     format: str = "txt") -> Release:
        """The release of ``text`` (an e-mail body, a scraped page, a database row).

        ``name`` is the path the release records (``source.path``; default
        ``text.txt``, or ``text.<format>``); ``format`` the reader to use (``txt``,
        ``md``, ``html``, ``eml``); ``lang``, ``reference_date`` and ``region``
        override the pipeline's options for this text. Raises ``InputError``
        for a text that cannot be read (empty, too large).

        >>> load().process_text("Comunicado de prensa\\n\\nLIMA, 2 de mayo de 2024 – El PMA ...").language.code
        'es'
        """
        data = text.encode("utf-8")
        return self._one(data, name or f"text.{format.lstrip('.')}", format, self._options(lang, reference_date, region))

    def process_path(self, path: str | os.PathLike[str]) -> Release:
        """The release of the file at ``path`` (.txt, .md, .docx, .html, .eml, .pdf).

        >>> load().process_path("samples/fr/niamey-retours.txt").title  # doctest: +SKIP
        """
        # Read as a run reads it (once, under the readers' limits), in this process.
        return next(iter(self.pipe([Path(path)])))

    def pipe(self, items: Iterable[str | os.PathLike[str]], *, jobs: int = 1,
             batch_size: int = 16) -> Iterator[Release]:
        """Releases of many texts or paths (``str`` is text, ``pathlib.Path`` a file), in input order.

        The models see each batch of ``batch_size`` releases in one stream, as in
        ``releasepipe run``; with ``jobs`` > 1 the batches go to that many worker
        processes (each loads the models once). A text or file that fails raises
        its ``InputError`` when its turn comes.

        >>> texts = ["Communiqué de presse\\n\\n...", "Press release\\n\\n..."]
        >>> [r.language.code for r in load().pipe(texts)]  # doctest: +SKIP
        """
        from .runner import InputFile, RunSettings, process_inputs
        from .write.jsonout import loads

        def inputs() -> Iterator[InputFile]:
            for k, item in enumerate(items):
                if isinstance(item, os.PathLike):
                    path = Path(item)
                    yield InputFile(path, path.name)
                else:
                    name = f"text-{k}.txt"
                    yield InputFile(Path(name), name, data=str(item).encode("utf-8"))

        settings = RunSettings(jobs=jobs, docx=False, isolate=jobs > 1, file_timeout=None, cache=self._cache is not None)
        batch: list[InputFile] = []
        for item in inputs():
            batch.append(item)
            if len(batch) >= batch_size * max(1, jobs):
                yield from self._results(process_inputs(batch, config=self.config, options=self.options,
                                                        settings=settings), loads)
                batch = []
        if batch:
            yield from self._results(process_inputs(batch, config=self.config, options=self.options,
                                                    settings=settings), loads)

    # --- internals -----------------------------------------------------------------

    @staticmethod
    def _results(outcomes: Iterable[Any], loads: Any) -> Iterator[Release]:
        for result, json_text in outcomes:
            if json_text is None:
                error = result.error or {}
                raise InputError(Code(error.get("code", Code.PROCESSING_FAILED.value)), error.get("message", ""),
                                 path=result.path)
            yield Release.from_dict(loads(json_text))

    def _options(self, lang: str | None, reference_date: date | str | None, region: str | None) -> Options:
        if isinstance(reference_date, str):
            reference_date = date.fromisoformat(reference_date)
        return Options(lang=lang or self.options.lang, reference_date=reference_date or self.options.reference_date,
                       region=region or self.options.region)

    def _one(self, data: bytes, name: str, fmt: str, options: Options) -> Release:
        from . import ingest

        return self._finish(ingest.read_bytes(data, fmt, name=name), name, fmt, data, options)

    def _finish(self, document: Any, name: str, fmt: str, data: bytes, options: Options) -> Release:
        from . import schema
        from .model import Source
        from .pipeline import process

        source = Source(path=name, format=document.format or fmt, bytes=len(data), sha256=hashlib.sha256(data).hexdigest())
        release = process(document, source, config=self.config, options=options, cache=self._cache)
        schema.validate(release.to_dict())
        return release


def load(pipeline: str | os.PathLike[str] | PipelineConfig = "default", *, lang: str | None = None,
         reference_date: date | str | None = None, region: str | None = None, cache: bool = True) -> Pipeline:
    """A :class:`Pipeline` for a shipped definition (``"default"``, ``"fast"``), a ``.toml``
    path, or a loaded :class:`~releasepipe.pipeline.PipelineConfig`.

    ``lang`` forces the language of every text, ``reference_date`` (a ``date`` or
    ISO string) resolves relative dates, ``region`` reads phone numbers written
    without a country code; ``cache=False`` runs the model on every paragraph.

    >>> nlp = releasepipe.load("fast", lang="fr")  # doctest: +SKIP
    """
    config = pipeline if isinstance(pipeline, PipelineConfig) else load_pipeline(os.fspath(pipeline))
    if isinstance(reference_date, str):
        reference_date = date.fromisoformat(reference_date)
    return Pipeline(config, Options(lang=lang, reference_date=reference_date, region=region), cache=cache)


@cache
def _default() -> Pipeline:
    return load()


def process_text(text: str, **options: Any) -> Release:
    """The release of ``text`` with the default pipeline, loaded once per process
    (keyword options as :meth:`Pipeline.process_text`).

    >>> r = releasepipe.process_text("GENÈVE, 3 mars 2025 – ...", lang="fr")  # doctest: +SKIP
    >>> r.title, [e.name for e in r.entities]  # doctest: +SKIP
    """
    return _default().process_text(text, **options)


def process_path(path: str | os.PathLike[str]) -> Release:
    """The release of the file at ``path`` with the default pipeline, loaded once per process.

    >>> releasepipe.process_path("samples/en/geneva-displacement-report.txt").title  # doctest: +SKIP
    """
    return _default().process_path(path)
