"""Pipeline definitions (``pipelines/*.toml``) and turning a document into a release.

A definition names the stages to run and the spaCy model per language. The
language and anatomy stages always run: they make the release draft every
other stage reads. The other stages share one shape (:class:`Stage`): a
function that takes the :class:`Draft` (the release being built, its anatomy,
the run's options and reference date, the spans earlier stages took) and
returns its items and issues (:class:`StageOutput`). They are registered by
name with :func:`stage`, as spaCy registers its components, and run in the
registry's order; a definition chooses which of them run.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
import tomllib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from datetime import date
from importlib import resources
from pathlib import Path

from typing import TYPE_CHECKING, Any

from . import __version__, models
from . import cache as cache_mod
from . import lang as lang_packs
from .cache import ParagraphCache
from .errors import Code, ConfigError
from .extract import anatomy as anatomy_mod
from .extract import contacts as contacts_mod
from .extract import dates as dates_mod
from .extract import figures as figures_mod
from .extract import language as language_mod
from .extract import people as people_mod
from .extract import quotes as quotes_mod
from .model import SCHEMA_VERSION, Document, Issue, Release, Source

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Options:
    """Per-run settings that are not part of a pipeline definition."""

    lang: str | None = None
    reference_date: date | None = None
    region: str | None = None


# --- stages ---------------------------------------------------------------------

@dataclass(slots=True)
class Draft:
    """A release being built: what the language and anatomy stages made of a document,
    and what every later stage reads."""

    release: Release
    anatomy: anatomy_mod.Anatomy
    options: Options = field(default_factory=Options)
    #: (model name, language) -> paragraph spans to run through that model
    requests: dict[tuple[str, str], list[tuple[int, int]]] = field(default_factory=dict)
    #: what the models read: (doc, offset of its text in the release's text)
    docs: list[tuple["Doc", int]] = field(default_factory=list)
    #: stage name -> the spans its items took, which later stages leave alone
    taken: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.release.text

    @property
    def lang(self) -> str:
        """The release's language code (``und`` when undetermined)."""
        return self.release.language.code

    @property
    def reference(self) -> date | None:
        """What relative dates resolve against: the dateline date, else ``published``, else ``--reference-date``."""
        return _reference_date(self.release, self.options)

    @property
    def persons(self) -> list[Any]:
        """The person entities found so far."""
        return [e for e in self.release.entities if e.type == "person"]


@dataclass(frozen=True, slots=True)
class StageOutput:
    """What a stage found: its items (they replace the release field the stage fills) and its warnings."""

    items: list[Any]
    issues: list[Issue] = field(default_factory=list)


#: A stage's work: the draft in, its items and issues out.
StageFunction = Callable[[Draft], StageOutput]


@dataclass(frozen=True, slots=True)
class Stage:
    """One registered stage: its function and what the pipeline does around it."""

    name: str
    run: StageFunction
    #: the ``Release`` field its items fill
    fills: str
    #: anatomy blocks whose items are dropped (an item is kept when it starts in none of them)
    skip_blocks: tuple[str, ...] = ()
    #: which of its items take their span (``Draft.taken[name]``), so that later stages leave it
    claims: Callable[[Any], bool] | None = None
    #: the language-pack concern whose words it reads (``lang.Pack.stages()``): a release whose
    #: language lacks them gets RP215, naming the stage and what it still reads
    concern: str | None = None
    #: the end of that warning, ``{lang}`` standing for the language code
    without_words: str = ""
    #: runs in its place whatever stages the definition lists (a step others rely on, not a choice)
    implied: bool = False


#: Registered stages, in the order they run.
REGISTRY: dict[str, Stage] = {}


def stage(name: str, *, fills: str, skip_blocks: tuple[str, ...] = (), claims: Callable[[Any], bool] | None = None,
          concern: str | None = None, without_words: str = "",
          implied: bool = False) -> Callable[[StageFunction], StageFunction]:
    """Register the decorated function as the stage ``name``, filling the release field ``fills``;
    stages run in the order they are registered."""
    def register(fn: StageFunction) -> StageFunction:
        REGISTRY[name] = Stage(name, fn, fills, skip_blocks, claims, concern, without_words, implied)
        return fn
    return register


@stage("entities", fills="entities")
def _entities(draft: Draft) -> StageOutput:
    """People, organizations and places, from what the models read of each block."""
    from .extract import entities as entities_mod

    draft.docs.sort(key=lambda pair: pair[1])
    found = entities_mod.extract(draft.docs, text=draft.text, lang=draft.lang,
                                 places=anatomy_mod.place_spans(draft.text, draft.anatomy.dateline))
    draft.docs.clear()
    return StageOutput(found)


# Dates and figures are read in every block but the contact blocks, whose numbers are
# phones, faxes and postal codes; each records its block, so that readers can rank
# the body's facts before those of the boilerplate.
@stage("dates", fills="dates", skip_blocks=("contact",),
       claims=lambda d: d.kind != "duration",  # a duration ("plus de 10 ans") is a date and a figure
       concern="dates", without_words="no date words for {lang!r}; only numeric dates, years and CLDR's calendar "
                             "names read")
def _dates(draft: Draft) -> StageOutput:
    found, issues = dates_mod.extract(draft.text, draft.lang, reference=draft.reference)
    return StageOutput(found, issues)


@stage("figures", fills="figures", skip_blocks=("contact",), concern="numbers",
       without_words="no number words for {lang!r}; only digits, symbols and currency codes read")
def _figures(draft: Draft) -> StageOutput:
    return StageOutput(figures_mod.extract(draft.text, draft.lang, exclude=draft.taken.get("dates", [])))


@stage("contacts", fills="contacts")
def _contacts(draft: Draft) -> StageOutput:
    release, text = draft.release, draft.text
    dateline = None
    if release.dateline is not None:
        line_end = text.find("\n", release.dateline.start)
        dateline = text[release.dateline.start:line_end if line_end > 0 else None][:80]
    found, issues = contacts_mod.extract(text, region=draft.options.region, blocks=draft.anatomy.spans("contact"),
                                         persons=draft.persons, lang=draft.lang, dateline=dateline)
    return StageOutput(found, issues)


@stage("people", fills="entities", implied=True)
def _people(draft: Draft) -> StageOutput:
    """Each contact's name a person, and the role and organization of each person, from the rest
    of the release (contacts, roles)."""
    found = people_mod.from_contacts(draft.text, draft.release.entities, draft.release.contacts, draft.lang)
    people_mod.complete(found, draft.release.contacts)
    return StageOutput(found)


@stage("quotes", fills="quotes")
def _quotes(draft: Draft) -> StageOutput:
    return StageOutput(quotes_mod.extract(draft.text, draft.lang, persons=draft.persons))


@stage("speakers", fills="entities", implied=True)
def _speakers(draft: Draft) -> StageOutput:
    """Each quote's speaker a person."""
    return StageOutput(people_mod.from_speakers(draft.text, draft.release.entities, draft.release.quotes, draft.lang))


_REQUIRED = ("language", "anatomy")
#: Stages a definition may list, in the order they run.
STAGES: tuple[str, ...] = _REQUIRED + tuple(name for name, s in REGISTRY.items() if not s.implied)
_KEYS = {"name", "description", "stages", "models", "fallbacks", "exclude", "language"}


def plan(stages: Sequence[str]) -> list[Stage]:
    """The registered stages that run for a definition listing ``stages``, in order."""
    return [s for name, s in REGISTRY.items() if name in stages or s.implied]


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    """One pipeline definition, validated."""

    name: str
    description: str = ""
    stages: tuple[str, ...] = STAGES
    models: dict[str, str] = field(default_factory=dict)
    #: Languages without a model of their own, and the neighbour's model they borrow.
    fallbacks: dict[str, str] = field(default_factory=dict)
    #: spaCy components no stage reads, left out when a model loads.
    exclude: tuple[str, ...] = ()
    language_min_chars: int = 10
    path: str | None = None

    @property
    def fingerprint(self) -> str:
        """A hash of everything that changes the output: definition, package and contract version,
        and the language packs (their source, and the CLDR data Babel gives them): editing a pack
        changes it, so an incremental run redoes the releases it made."""
        payload = json.dumps(
            [__version__, SCHEMA_VERSION, self.stages, sorted(self.models.items()), sorted(self.fallbacks.items()),
             self.exclude, self.language_min_chars, lang_packs.fingerprint(), _babel_version()]
        )
        return hashlib.sha256(payload.encode()).hexdigest()[:16]

    @classmethod
    def from_dict(cls, data: dict, *, source: str, check_models: bool = True) -> PipelineConfig:
        """Validate a parsed definition; errors name ``source`` and list the valid values.

        ``check_models`` also requires every named model to be installed.
        """
        unknown = set(data) - _KEYS
        if unknown:
            raise ConfigError(Code.PIPELINE_INVALID,
                              f"{source}: unknown key(s) {', '.join(sorted(unknown))}; valid: {', '.join(sorted(_KEYS))}")
        stages = tuple(data.get("stages", STAGES))
        bad = [s for s in stages if s not in STAGES]
        if bad:
            raise ConfigError(Code.UNKNOWN_STAGE,
                              f"{source}: unknown stage(s) {', '.join(map(repr, bad))}; valid: {', '.join(STAGES)}")
        stages = tuple(s for s in STAGES if s in stages or s in _REQUIRED)
        model_map, fallbacks = data.get("models", {}), data.get("fallbacks", {})
        for table, value in (("models", model_map), ("fallbacks", fallbacks)):
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                raise ConfigError(Code.PIPELINE_INVALID, f"{source}: [{table}] maps language codes to model names")
        if check_models and "entities" in stages:
            for name in [*model_map.values(), *fallbacks.values()]:
                try:
                    models.check(name)
                except ConfigError as exc:
                    raise ConfigError(exc.code, f"{source}: {exc.message}") from None
        lang_opts = data.get("language", {})
        return cls(
            name=str(data.get("name", Path(source).stem)),
            description=str(data.get("description", "")),
            stages=stages,
            models=dict(model_map),
            fallbacks={k: v for k, v in fallbacks.items() if k not in model_map},
            exclude=tuple(data.get("exclude", ())),
            language_min_chars=int(lang_opts.get("min_chars", 10)),
            path=source,
        )


@cache
def _babel_version() -> str:
    """The installed Babel's version, whose CLDR data fill the packs (read without importing Babel)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("babel")
    except PackageNotFoundError:  # pragma: no cover - a dependency
        return ""


def _builtin_dir() -> Path:
    """Where the shipped definitions are: inside the installed package, or the
    ``pipelines/`` folder of a source checkout (editable installs)."""
    packaged = resources.files("releasepipe") / "pipelines"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "pipelines"


def available() -> list[PipelineConfig]:
    """The shipped pipeline definitions, by name."""
    return [load_pipeline(p) for p in sorted(_builtin_dir().glob("*.toml"))]


def load_pipeline(name_or_path: str | Path = "default", *, check_models: bool = True) -> PipelineConfig:
    """A pipeline definition by shipped name (``default``, ``fast``) or by path."""
    path = Path(name_or_path)
    if not (path.suffix == ".toml" or path.exists()):
        path = _builtin_dir() / f"{name_or_path}.toml"
        if not path.is_file():
            names = ", ".join(sorted(p.stem for p in _builtin_dir().glob("*.toml")))
            raise ConfigError(Code.PIPELINE_NOT_FOUND,
                              f"no pipeline named {str(name_or_path)!r}; shipped: {names} (or give a path to a .toml file)")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(Code.PIPELINE_NOT_FOUND, f"{path}: no such pipeline file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise ConfigError(Code.PIPELINE_INVALID, f"{path}: {exc}") from None
    return PipelineConfig.from_dict(data, source=str(path), check_models=check_models)


def process(document: Document, source: Source, *, config: PipelineConfig, options: Options = Options(),
            cache: ParagraphCache | None = None) -> Release:
    """Turn one read document into a release, running the definition's stages."""
    result = process_many([(document, source)], config=config, options=options, cache=cache)[0]
    if isinstance(result, Exception):
        raise result
    return result


def process_many(
    items: Sequence[tuple[Document, Source]], *, config: PipelineConfig, options: Options = Options(),
    cache: ParagraphCache | None = None,
) -> list[Release | Exception]:
    """Turn a batch of documents into releases, one result per item, in order.

    The spaCy models see the paragraphs of the whole batch in one ``nlp.pipe``
    stream per model, which is what makes them fast. With a ``cache``, a
    paragraph whose model result it holds (from this batch or an earlier one)
    is not read by the model again; the releases are the same without it. A
    release that fails gets its exception in its place; the others are unaffected.
    """
    drafts: list[Draft | Exception] = []
    for document, source in items:
        try:
            drafts.append(_prepare(document, source, config, options))
        except Exception as exc:  # noqa: BLE001 - reported per release by the caller
            drafts.append(exc)
    ready = [d for d in drafts if isinstance(d, Draft)]
    if "entities" in config.stages and ready:
        try:
            _run_models(ready, config, cache)
        except Exception:  # noqa: BLE001 - isolate the release that breaks the batch
            for draft in ready:
                draft.docs.clear()
            for i, one in enumerate(drafts):
                if isinstance(one, Draft):
                    try:
                        _run_models([one], config, cache)
                    except Exception as exc:  # noqa: BLE001
                        drafts[i] = exc
    results: list[Release | Exception] = []
    for item in drafts:
        if isinstance(item, Exception):
            results.append(item)
            continue
        draft = item
        try:
            results.append(_finish(draft, config))
        except Exception as exc:  # noqa: BLE001
            results.append(exc)
    return results


def _prepare(document: Document, source: Source, config: PipelineConfig, options: Options) -> Draft:
    """Language, anatomy, and which paragraphs each model must read."""
    text = document.text
    warnings: list[Issue] = list(document.warnings)
    paragraphs = [(s, e) for s, e, _ in document.blocks] or anatomy_mod.paragraphs(text)

    language = language_mod.detect(text, paragraphs=paragraphs, forced=options.lang,
                                   min_chars=config.language_min_chars)
    lang = language.code
    if lang == "und":
        warnings.append(Issue(Code.LANGUAGE_UNDETERMINED.value,
                              "language could not be determined; language-specific stages did less"))

    anatomy = anatomy_mod.find(text, blocks=document.blocks, title_hint=document.title,
                               parse_date=lambda s: _dateline_date(s, lang, options.reference_date), language=lang)
    if anatomy.title is None:
        warnings.append(Issue(Code.NO_TITLE.value, "no title found"))
    published = document.published or (anatomy.dateline.date if anatomy.dateline else None)
    if published is None and options.reference_date:
        published = options.reference_date.isoformat()

    release = Release(
        id=release_id(source.path), content_sha256=source.sha256, source=source, text=text, language=language,
        kicker=anatomy.kicker, title=anatomy.title, dateline=anatomy.dateline,
        published=published, embargo=anatomy.embargo, blocks=anatomy.blocks, warnings=warnings,
    )
    draft = Draft(release, anatomy, options)
    if "entities" in config.stages:
        draft.requests = _model_requests(release, anatomy, config)
    return draft


def release_id(path: str) -> str:
    """The ``id`` of the release read from ``path`` (the input's path as the run names
    it, relative to the input folder): the first 16 hex digits of the SHA-256 of
    the path in UTF-8. Two inputs of one run never share it, even with the same
    bytes, and an input keeps it from run to run while its path stays the same."""
    return hashlib.sha256(path.encode("utf-8")).hexdigest()[:16]


def _model_requests(release: Release, anatomy: anatomy_mod.Anatomy,
                    config: PipelineConfig) -> dict[tuple[str, str], list[tuple[int, int]]]:
    """Every block of the release (boilerplate and "about" blocks too: a reader lists the
    people and places named there) goes to the model of its language (segments), else
    the document's."""
    requests: dict[tuple[str, str], list[tuple[int, int]]] = {}
    missing: set[str] = set()
    borrowed: set[tuple[str, str]] = set()
    not_installed: set[tuple[str, str]] = set()
    doc_lang = release.language.code
    for start, end in ((b.start, b.end) for b in anatomy.blocks):
        lang = _segment_language(release, start) or doc_lang
        if lang not in config.models and lang not in config.fallbacks:
            lang = doc_lang
        name = config.models.get(lang)
        if name is not None and not models.is_installed(name):
            # One release's language without its model does not stop the batch.
            not_installed.add((lang, name))
            name = None
        if name is None and lang in config.fallbacks and models.is_installed(config.fallbacks[lang]):
            name = config.fallbacks[lang]
            borrowed.add((lang, name))
        if name is None:
            missing.add(lang)
            continue
        requests.setdefault((name, lang), []).append((start, end))
    for lang, name in sorted(not_installed):
        release.warnings.append(Issue(
            Code.MODEL_NOT_INSTALLED.value,
            f"the NER model {name} for language {lang!r} is not installed (releasepipe models install {name})"))
    for lang in sorted(missing):
        release.warnings.append(Issue(
            Code.NO_MODEL.value, f"no NER model for language {lang!r}; people, organizations and places not extracted"))
    for lang, name in sorted(borrowed):
        release.warnings.append(Issue(
            Code.FALLBACK_MODEL.value, f"no NER model for language {lang!r}; entities from the fallback model {name}"))
    return requests


def _run_models(drafts: Sequence[Draft], config: PipelineConfig, cache: ParagraphCache | None = None) -> None:
    """One ``nlp.pipe`` stream per model over the paragraphs of every draft that the
    cache does not know; each distinct paragraph is read once."""
    from .extract import entities as entities_mod  # imports spaCy
    from .extract import gazetteer

    jobs: dict[tuple[str, str], list[tuple[Draft, int, int]]] = {}
    for draft in drafts:
        for key, spans in draft.requests.items():
            jobs.setdefault(key, []).extend((draft, s, e) for s, e in spans)
    for (name, lang), work in jobs.items():
        nlp = models.load(name, exclude=config.exclude)
        # The rule components, and the tables of the languages the stages will read these
        # releases in, are part of loading the model. Those are the releases' own languages,
        # not the paragraph's: a French release's English boilerplate is read with French
        # tables, and building the English ones too cost a second or more per language.
        tables = {draft.lang for draft, _, _ in work if draft.lang in config.models or draft.lang in config.fallbacks}
        if (id(nlp), lang) not in _PREPARED or not tables <= _PRELOADED:
            with _loading():
                entities_mod.configure(nlp, lang)
                for code in sorted(tables - _PRELOADED):
                    gazetteer.preload(code)
            _PREPARED.add((id(nlp), lang))
            _PRELOADED.update(tables)
        # A paragraph longer than the model accepts (spaCy's E088), or than MODEL_PIECE, is read in pieces.
        limit = min(nlp.max_length, MODEL_PIECE)
        work = [(draft, a, b) for draft, s, e in work
                for a, b in split_text(draft.release.text, s, e, limit=limit)]
        todo = work
        if cache is not None:
            prefix = _cache_salt(nlp, name, lang, config)
            keys = [cache_mod.key(prefix, draft.release.text[s:e]) for draft, s, e in work]
            known = cache.get_many(list(dict.fromkeys(keys)))
            # The first job of each unknown paragraph goes to the model; its copies wait for it.
            todo, copies, first = [], [], {}
            for job, k in zip(work, keys):
                if k in known:
                    job[0].docs.append((_doc_from_spans(nlp, job[0].release.text[job[1]:job[2]], known[k]), job[1]))
                elif k in first:
                    copies.append((job, k))
                else:
                    first[k] = job
                    todo.append(job)
            key_of = {id(job): k for k, job in first.items()}
        # Paragraphs of like length share a batch: the network pads every text of
        # a batch to its longest, so mixing titles and long paragraphs wastes work.
        todo.sort(key=lambda job: job[2] - job[1])
        new: dict[bytes, tuple[cache_mod.Span, ...]] = {}
        with entities_mod.for_language(nlp, lang):
            for batch in _batches(todo):
                texts = [draft.release.text[s:e] for draft, s, e in batch]
                read = [(doc, job) for doc, job in zip(nlp.pipe(texts, batch_size=len(texts)), batch)]
                for doc, (draft, start, _) in read:
                    draft.docs.append((doc, start))
                if cache is not None:
                    entries = [(key_of[id(job)], _spans_of(doc)) for doc, job in read]
                    cache.put_many(entries)
                    new.update(entries)
        if cache is not None:
            for (draft, s, e), k in copies:
                draft.docs.append((_doc_from_spans(nlp, draft.release.text[s:e], new[k]), s))


#: (model object, language) pairs whose rule components and tables this process has set up
_PREPARED: set[tuple[int, str]] = set()
#: languages whose gazetteer tables this process has built
_PRELOADED: set[str] = set()


@contextmanager
def _loading() -> Iterator[None]:
    """Count the block as model loading (``models.load_seconds``, the supervisor told):
    time limits on a release leave it out, as they leave out loading the model itself."""
    started = models._loading()
    try:
        yield
    finally:
        models._loaded_since(started)


def _spans_of(doc: "Doc") -> tuple[cache_mod.Span, ...]:
    """What the cache keeps of a doc the model read: its entities, relative to its text."""
    return tuple((e.start_char, e.end_char, e.label_, e.ent_id_) for e in doc.ents)


def _doc_from_spans(nlp: Any, text: str, spans: Sequence[cache_mod.Span]) -> "Doc":
    """The doc the model made of ``text``, rebuilt from its cached entities: the tokenizer's
    tokens (the model's own tokenizer, so the same tokens) and the same entity spans."""
    doc = nlp.make_doc(text)
    ents = []
    for start, end, label, rule_id in spans:
        span = doc.char_span(start, end, label=label, span_id=rule_id or 0)
        if span is None:  # cannot happen with the same tokenizer; the model then reads it
            return nlp(text)
        ents.append(span)
    doc.ents = ents
    return doc


#: (model object, language, pipeline fingerprint) -> the cache-key prefix
_SALTS: dict[tuple[int, str, str], bytes] = {}


def _cache_salt(nlp: Any, name: str, lang: str, config: PipelineConfig) -> bytes:
    """Everything that could change what the model and the rules before it find in a
    paragraph: the model (name, version, components), spaCy's version, the pipeline's
    fingerprint and the entity rules (patterns and code)."""
    marker = (id(nlp), lang, config.fingerprint)
    salt = _SALTS.get(marker)
    if salt is None:
        import spacy

        from .extract import entities as entities_mod
        from .extract import entity_rules

        code = hashlib.sha256()
        for module in (entities_mod, entity_rules):
            code.update(Path(module.__file__ or "").read_bytes())
        patterns = json.dumps(nlp.get_pipe(entities_mod.RULER).patterns, sort_keys=True, default=str)
        salt = _SALTS[marker] = cache_mod.salt(
            lang, name, str(nlp.meta.get("version")), spacy.__version__, ",".join(nlp.pipe_names),
            config.fingerprint, hashlib.sha256(patterns.encode()).hexdigest(), code.hexdigest())
    return salt


_SENTENCE_GAP = re.compile(r"[.!?…][\"'»”’)\]]*\s+")
_GAP = re.compile(r"\s+")


#: Longest text the model reads at once. The network's memory grows with the text: one
#: 1.9 MB single-line release, read in pieces of spaCy's 1,000,000-character limit,
#: peaked at 2.7 GB; no paragraph of a real release comes near this size.
MODEL_PIECE = 100_000


def split_text(text: str, start: int, end: int, *, limit: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut into spans of at most ``limit`` characters, at the last
    sentence end of each piece's second half, else at its last space, else at the limit."""
    pieces: list[tuple[int, int]] = []
    limit = max(limit, 2)
    while end - start > limit:
        hi, lo = start + limit, start + limit // 2
        cut = None
        for gap in (_SENTENCE_GAP, _GAP):
            last = None
            for last in gap.finditer(text, lo, hi):
                pass
            if last is not None:
                cut = last.end()
                break
        if cut is None or cut <= start:
            cut = hi
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


#: A model batch holds at most this many paragraphs and characters: the second
#: bound keeps the network's working memory flat however long the paragraphs.
#: Twice 64 and 16,000 took about 6 % less CPU on a first run over 400 French
#: releases, with the same outputs and the worker's peak memory within 1 %.
BATCH_DOCS = 128
BATCH_CHARS = 32_000


def _batches(work: list[tuple[Draft, int, int]]) -> Iterator[list[tuple[Draft, int, int]]]:
    batch: list[tuple[Draft, int, int]] = []
    size = 0
    for job in work:
        length = job[2] - job[1]
        if batch and (len(batch) >= BATCH_DOCS or size + length > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(job)
        size += length
    if batch:
        yield batch


def _finish(draft: Draft, config: PipelineConfig) -> Release:
    """The stages after the models, in order: each one's items fill its field of the release."""
    release = draft.release
    for one in plan(config.stages):
        output = one.run(draft)
        items = output.items
        if one.skip_blocks:
            items = _outside(items, sorted(s for kind in one.skip_blocks for s in draft.anatomy.spans(kind)))
        setattr(release, one.fills, items)
        issues = output.issues
        if one.concern is not None and not _has_words(draft.lang, one.concern):
            issues = [_without_words(one, draft.lang, issues), *(i for i in issues if i.code != _RP215)]
        release.warnings.extend(issues)
        if one.claims is not None:
            draft.taken[one.name] = [(item.start, item.end) for item in items if one.claims(item)]
    _number_blocks(release)
    return release


_RP215 = Code.NO_LANGUAGE_WORDS.value


def _without_words(one: Stage, code: str, issues: list[Issue]) -> Issue:
    """The one RP215 of a stage whose language has no words for it, naming the stage and the
    language: the stage's own, when it said what it could not read, else what it still reads."""
    own = next((i.message for i in issues if i.code == _RP215), None)
    if own is None:
        own = one.without_words.format(lang=code)
    return Issue(_RP215, own if own.startswith(f"{one.name}:") else f"{one.name}: {own}")


def _has_words(code: str, concern: str) -> bool:
    """Whether the pack of language ``code`` holds the words of ``concern`` (``Pack.stages()``).
    An undetermined language (``und``, already warned as RP202) is not asked."""
    return code == language_mod.UNDETERMINED or lang_packs.get(code).stages().get(concern, True)


def _outside(found: list[Any], spans: list[tuple[int, int]]) -> list[Any]:
    """The items of ``found`` (in text order) that start in none of ``spans`` (sorted)."""
    if not spans:
        return found
    starts = [s for s, _ in spans]
    kept = []
    for item in found:
        k = bisect.bisect_right(starts, item.start) - 1
        if k < 0 or item.start >= spans[k][1]:
            kept.append(item)
    return kept


def _number_blocks(release: Release) -> None:
    """Set ``block`` on every entity mention, date, figure and speaker mention: the index
    into ``release.blocks`` of the block the span starts in (None between blocks)."""
    starts = [b.start for b in release.blocks]
    ends = [b.end for b in release.blocks]

    def block_of(offset: int) -> int | None:
        k = bisect.bisect_right(starts, offset) - 1
        return k if k >= 0 and offset < ends[k] else None

    for entity in release.entities:
        entity.mentions = [replace(m, block=block_of(m.start)) for m in entity.mentions]
    release.dates = [replace(d, block=block_of(d.start)) for d in release.dates]
    release.figures = [replace(f, block=block_of(f.start)) for f in release.figures]
    release.quotes = [
        replace(q, speaker_mention=replace(q.speaker_mention, block=block_of(q.speaker_mention.start)))
        if q.speaker_mention is not None else q
        for q in release.quotes
    ]


def _reference_date(release: Release, options: Options) -> date | None:
    """What relative dates resolve against: the dateline date, else `published`, else --reference-date."""
    for value in (release.dateline.date if release.dateline else None, release.published):
        if value and len(value) == 10 and value[4] == "-":
            return date.fromisoformat(value)
    return options.reference_date


def _segment_language(release: Release, offset: int) -> str | None:
    for seg in release.language.segments:
        if seg.start <= offset < seg.end:
            return seg.code if seg.code != "und" else None
    return None


def _dateline_date(text: str, lang: str, reference: date | None) -> str | None:
    """ISO date of the date written in a dateline ("14 octobre 2024", "3. Juni")."""
    found, _ = dates_mod.extract(text, lang, reference=reference)
    return next((d.value for d in found if d.kind == "date" and d.value), None)
