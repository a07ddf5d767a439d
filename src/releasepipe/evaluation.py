"""Score releases against gold labels: the checks, the gold loader and a batch evaluation.

:func:`score` mirrors the scoring rules of the measurement corpus
(``shared/tools/score_release.py``): the same checks, with the same names, in
the same order, passing under the same conditions, so that figures measured
here and there agree. It is re-implemented rather than imported because the
package must stand alone. The gold format, the matching rules and how to run
an evaluation on one's own releases are in ``docs/evaluation.md``;
``samples/gold/`` labels the shipped samples.

:func:`run_gold` does it all in one call::

    >>> from releasepipe.evaluation import run_gold, table
    >>> report = run_gold("samples/gold")  # doctest: +SKIP
    >>> report.overall.rate  # doctest: +SKIP

The module never prints; ``releasepipe evaluate`` is its command-line shell.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .pipeline import Options, PipelineConfig, load_pipeline

if TYPE_CHECKING:  # pragma: no cover
    from .runner import FileResult

__all__ = [
    "CATEGORIES",
    "PRECISION",
    "UNIT_ALIASES",
    "Check",
    "CaseResult",
    "GoldCase",
    "GoldError",
    "Grouping",
    "Rate",
    "Report",
    "default_texts",
    "evaluate",
    "load_gold",
    "norm",
    "run_gold",
    "score",
    "table",
]

#: Check categories, in the order :func:`table` lists them.
CATEGORIES: tuple[str, ...] = (
    "language", "anatomy", "offsets",
    "person", "role", "organization", "location",
    "figure", "date", "phone", "email", "contact_link", "quote", "speaker",
    "precision_person", "precision_organization", "precision_location",
)
#: Categories that penalise what was found but not labelled (the others count what was labelled).
PRECISION: frozenset[str] = frozenset(c for c in CATEGORIES if c.startswith("precision_"))

#: A gold unit written as a word also matches the contract's normalized unit.
UNIT_ALIASES: dict[str, list[str]] = {
    "%": ["%"], "pourcent": ["%", "pourcent"], "pour cent": ["%", "pour cent"], "percent": ["%", "percent"],
    "per cent": ["%", "per cent"], "por ciento": ["%", "por ciento"], "prozent": ["%", "prozent"],
    "dollar": ["usd", "dollar"], "dólar": ["usd", "dólar"], "dollars": ["usd", "dollar"], "dólares": ["usd", "dólar"],
    "euro": ["eur", "euro"], "euros": ["eur", "euro"], "€": ["eur", "€"], "$": ["usd", "$"],
    "pound": ["gbp", "pound"], "£": ["gbp", "£"], "franc": ["chf", "franc"],
}

_ARTICLE = re.compile(r"^(the|l'|la|le|les|el|los|die|der|das) ")
_DAY_MONTH = re.compile(r"^--(\d{2})-(\d{2})")
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


class GoldError(Exception):
    """A gold file that cannot be read, or whose text cannot be found."""


@dataclass(frozen=True, slots=True)
class Check:
    """One scored fact: ``ok`` tells whether the release got it; ``detail`` shows what it had instead."""

    category: str
    name: str
    ok: bool
    detail: Any = ""

    def to_dict(self) -> dict[str, Any]:
        return {"category": self.category, "name": self.name, "ok": self.ok, "detail": self.detail}


# --- the checks ----------------------------------------------------------------

def norm(value: Any) -> str:
    """Compare-ready form: NFKC, straight apostrophes, one space, lower case, no leading article."""
    s = unicodedata.normalize("NFKC", str(value or "")).replace("’", "'").replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s).strip().lower()
    return _ARTICLE.sub("", s)


def _bare(value: Any) -> str:
    """:func:`norm` without leading quote marks, dashes and invisible format characters."""
    s = norm(value)
    while s and not s[0].isalnum():
        s = s[1:]
    return norm(s)  # again: an article can follow the stripped marks ("“The quay…" and "The quay…" agree)


def _of_type(release: dict[str, Any], typ: str) -> list[dict[str, Any]]:
    return [e for e in release.get("entities") or [] if e.get("type") == typ]


def _all_names(entity: dict[str, Any]) -> set[str]:
    """The normalized name, aliases and mention texts of an entity."""
    values = [entity.get("name", ""), *(entity.get("aliases") or [])]
    values += [m.get("text", "") for m in entity.get("mentions") or [] if isinstance(m, dict)]
    return {norm(v) for v in values if v}


def _date_parts(value: Any) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of an ISO date, a partial one (``2024-05``) or a yearless one (``--05-03``)."""
    v = str(value or "")
    m = _DAY_MONTH.match(v)
    if m:
        return (None, int(m.group(1)), int(m.group(2)))
    m = _ISO_DATE.match(v)
    if not m:
        return (None, None, None)
    y, mo, d = (int(g) if g else None for g in m.groups())
    return (y, mo, d)


def _alts(group: str | Sequence[str]) -> list[str]:
    return [group] if isinstance(group, str) else list(group)


def _date_matches(date: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether ``value`` or ``end_value`` gives every part the gold date gives."""
    for v in (date.get("value"), date.get("end_value")):
        parts = _date_parts(v)
        if parts != (None, None, None) and all(
                gold.get(k) is None or gold.get(k) == x for k, x in zip(("year", "month", "day"), parts)):
            return True
    return False


def score(gold: dict[str, Any], release: dict[str, Any]) -> list[Check]:
    """Score one release (an output-contract dict) against one gold dict, check by check.

    Mirrors the shared scoring rules: the checks come in the same order, with
    the same categories, names, outcomes and details. Names, units and quote
    starts are compared after :func:`norm`; ``*_optional`` gold entities are
    neither required nor counted as spurious.
    """
    checks: list[Check] = []

    def check(category: str, name: str, ok: Any, detail: Any = "") -> None:
        checks.append(Check(category, name, bool(ok), detail))

    lang = (release.get("language") or {}).get("code")
    check("language", "language", lang == gold["language"], lang)
    if gold.get("title"):
        check("anatomy", "title", norm(release.get("title")) == norm(gold["title"]), release.get("title"))
    if gold.get("dateline_place"):
        dateline = release.get("dateline") or {}
        check("anatomy", "dateline", norm(dateline.get("place")) == norm(gold["dateline_place"]), dateline.get("place"))

    text = release.get("text") or ""
    bad = total = 0
    spans = [m for e in release.get("entities") or [] for m in e.get("mentions") or []]
    spans += [item for key in ("dates", "figures", "quotes") for item in release.get(key) or []]
    for span in spans:
        if isinstance(span, dict) and "start" in span and "text" in span:
            total += 1
            bad += text[span["start"]:span["end"]] != span["text"]
    check("offsets", "offsets", total > 0 and bad == 0, f"{bad} bad of {total}")

    persons = _of_type(release, "person")
    gold_persons = gold.get("persons") or {}
    known = {norm(p) for p in gold.get("persons", {})} | {norm(p) for p in gold.get("persons_optional", [])}
    for name, spec in gold_persons.items():
        hit = [e for e in persons if norm(name) in _all_names(e)]
        check("person", name, hit)
        if spec.get("role_contains"):
            role = norm(hit[0].get("role")) if hit else ""
            check("role", name, hit and norm(spec["role_contains"]) in role,
                  hit[0].get("role") if hit else "no person")
    wrong = [e.get("name") for e in persons if not (_all_names(e) & known)]
    check("precision_person", "no spurious persons", not wrong, wrong)

    for typ, key in (("organization", "organizations"), ("location", "locations")):
        entities = _of_type(release, typ)
        labelled: set[str] = set()
        for group in gold.get(key) or []:
            alts = {norm(a) for a in _alts(group)}
            labelled |= alts
            check(typ, _alts(group)[0], [e for e in entities if _all_names(e) & alts])
        for group in gold.get(key + "_optional") or []:
            labelled |= {norm(a) for a in _alts(group)}
        if gold.get(key):
            wrong = [e.get("name") for e in entities if not (_all_names(e) & labelled)]
            check(f"precision_{typ}", f"no spurious {key}", not wrong, wrong)

    figures = release.get("figures") or []
    for g in gold.get("figures") or []:
        unit = norm(g.get("unit_contains", ""))
        want = UNIT_ALIASES.get(unit, [unit])
        hit = [f for f in figures if isinstance(f.get("value"), (int, float)) and abs(f["value"] - g["value"]) < 1e-6
               and any(w in norm(f.get("unit")) for w in want)]
        check("figure", f"{g['value']} {g.get('unit_contains', '')}", hit,
              [(f.get("value"), f.get("unit")) for f in figures][:12])

    dates = release.get("dates") or []
    for g in gold.get("dates") or []:
        check("date", json.dumps(g), [d for d in dates if _date_matches(d, g)], [d.get("value") for d in dates][:12])

    contacts = release.get("contacts") or []
    for g in gold.get("contacts") or []:
        if g.get("phone"):
            check("phone", g["phone"], [c for c in contacts if g["phone"] in (c.get("phones") or [])],
                  [c.get("phones") for c in contacts])
        if g.get("email"):
            check("email", g["email"], [c for c in contacts if g["email"].lower() in (c.get("emails") or [])])
        if g.get("name") and (g.get("phone") or g.get("email")):
            email = (g.get("email") or "").lower()
            linked = [c for c in contacts if norm(c.get("name")) == norm(g["name"])
                      and (g.get("phone") in (c.get("phones") or []) or email in (c.get("emails") or []))]
            check("contact_link", g["name"], linked)

    quotes = release.get("quotes") or []
    for g in gold.get("quotes") or []:
        start = _bare(g["starts_with"])
        hit = [q for q in quotes if _bare(q.get("text")).startswith(start)]
        check("quote", g["starts_with"], hit)
        check("speaker", g["starts_with"], hit and norm(hit[0].get("speaker")) == norm(g["speaker"]),
              hit[0].get("speaker") if hit else "no quote")
    return checks


# --- the gold ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class GoldCase:
    """One labelled text: its gold, and what the pipeline is given."""

    #: the gold file's name without ``.gold.json``, e.g. ``news-20240812-01.fr`` (the language version)
    name: str
    #: the corpus set the text belongs to (``fsfe``, ``re3d``…), or the gold file's folder (``fr``, ``mixed``…)
    set: str
    gold: dict[str, Any]
    #: the text as releasepipe reads it (a JSONL record's text, or the file's text after its reader)
    text: str
    #: the release file the pipeline processes, in its own format; None: ``text`` is processed as a .txt
    path: Path | None = None

    @property
    def key(self) -> str:
        """``set/name``: unique across sets."""
        return f"{self.set}/{self.name}"

    @property
    def lang(self) -> str:
        """The gold language (ISO 639-1)."""
        return str(self.gold.get("language") or "und")

    @property
    def filename(self) -> str:
        """The input's file name (relative) in the batch: the key and the format's extension."""
        suffix = self.path.suffix.lower() if self.path is not None else ".txt"
        return f"{self.key}{suffix}"


def default_texts(gold_dir: str | Path) -> Path:
    """The folder a gold folder's ``file`` paths are relative to, when none is given.

    In the measurement corpus (``GOLD_DIR`` is or lies in ``press/gold``), the
    corpus root, the folder holding ``press/``; elsewhere, for texts beside
    their gold (``GOLD_DIR`` is or lies in a folder named ``gold``, as
    ``samples/gold``), that folder's parent (``samples/``). Any other folder
    raises :class:`GoldError`: its texts must be named.
    """
    here = Path(gold_dir).resolve()
    chain = (here, *here.parents)
    corpus = next((p for p in chain if p.name == "gold" and p.parent.name == "press"), None)
    if corpus is not None:
        return corpus.parent.parent
    beside = next((p for p in chain if p.name == "gold"), None)
    if beside is not None:
        return beside.parent
    raise GoldError(f"{gold_dir}: not a gold folder beside its texts (press/gold, <texts>/gold): "
                    "give the folder the gold files' `file` paths are relative to")


def load_gold(gold_dir: str | Path, texts_dir: str | Path | None = None) -> Iterator[GoldCase]:
    """The gold cases under ``gold_dir`` (searched recursively for ``*.gold.json``), in path order.

    Each gold file's ``file`` is resolved against ``texts_dir`` (default:
    :func:`default_texts`). A release file of any format releasepipe reads
    (``.txt``, ``.md``, ``.html``, ``.eml``, ``.docx``, ``.pdf``) is processed
    as it is, in its format; a ``.jsonl`` file holds records looked up by the
    gold's ``id``, whose text is the record's ``title``, a blank line and its
    ``text``. Raises :class:`GoldError`, one line naming the gold file, for a
    gold file that is not valid JSON or not in the gold format, or whose text
    cannot be found or read.
    """
    from .errors import InputError
    from .ingest import FORMATS, read

    gold_dir = Path(gold_dir)
    texts_dir = default_texts(gold_dir) if texts_dir is None else Path(texts_dir)
    if not gold_dir.is_dir():
        raise GoldError(f"{gold_dir}: no such folder")
    records: dict[Path, dict[str, dict[str, Any]]] = {}
    for path in sorted(gold_dir.rglob("*.gold.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path}: cannot read gold: {exc}") from None
        problem = gold_problem(gold)
        if problem:
            raise GoldError(f"{path}: {problem}")
        source = texts_dir / gold["file"]
        # an absolute path, '..' or a link out of the texts folder would read a file elsewhere
        if not source.resolve().is_relative_to(texts_dir.resolve()):
            raise GoldError(f"{path}: `file` {gold['file']!r} must be a path inside the texts folder {texts_dir}")
        release: Path | None = None
        if source.suffix == ".jsonl":
            if source not in records:
                records[source] = _records(source)
            record = records[source].get(str(gold.get("id")))
            if record is None:
                raise GoldError(f"{path}: no record with id {gold.get('id')!r} in {source}")
            text = f"{record.get('title') or ''}\n\n{record.get('text') or ''}"
        elif source.suffix.lower() in FORMATS:
            try:
                text = read(source).text
            except InputError as exc:
                raise GoldError(f"{path}: cannot read its text {source}: {exc.message}") from None
            release = source
        else:
            raise GoldError(f"{path}: `file` {gold['file']!r} is not a release format releasepipe reads "
                            f"({', '.join(sorted(FORMATS))}) nor a .jsonl file")
        yield GoldCase(path.name.removesuffix(".gold.json"), _set_of(gold["file"], path), gold, text, release)


_STRING_KEYS = ("file", "language", "title", "dateline_place")
_GROUP_KEYS = ("organizations", "locations", "organizations_optional", "locations_optional")
_DATE_PARTS = ("year", "month", "day")


def gold_problem(gold: Any) -> str | None:
    """What keeps a gold dict from being scored (one line), or None.

    Checks the keys :func:`score` reads and their shapes; other keys (``id``,
    ``source``, ``notes``…) are left alone.
    """
    if not isinstance(gold, dict):
        return "a gold file holds one JSON object"
    if "file" not in gold or "language" not in gold:
        return "a gold file needs `file` and `language`"
    for key in _STRING_KEYS:
        if key in gold and not (isinstance(gold[key], str) and gold[key].strip()):
            return f"`{key}` must be a non-empty string"
    persons = gold.get("persons", {})
    if not isinstance(persons, dict) or not all(isinstance(v, dict) for v in persons.values()):
        return '`persons` must be an object {"name": {"role_contains": "…"}} (or {} for no role)'
    for name, spec in persons.items():
        if "role_contains" in spec and not isinstance(spec["role_contains"], str):
            return f"`persons`: the role_contains of {name!r} must be a string"
    optional = gold.get("persons_optional", [])
    if not isinstance(optional, (list, dict)) or not all(isinstance(v, str) for v in optional):
        return "`persons_optional` must be a list of names (or an object like `persons`)"
    for key in _GROUP_KEYS:
        groups = gold.get(key, [])
        if not isinstance(groups, list) or not all(
                isinstance(g, str) or (isinstance(g, list) and g and all(isinstance(a, str) for a in g))
                for g in groups):
            return f'`{key}` must be a list of alias groups, e.g. [["Harbour Board", "HB"], ["Quay Trust"]]'
    for key in ("figures", "figures_optional"):
        for g in _items(gold, key):
            value = g.get("value") if isinstance(g, dict) else None
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not isinstance(
                    g.get("unit_contains", ""), str):
                return f'`{key}`: each figure is {{"value": number, "unit_contains": "…"}}, not {json.dumps(g)}'
    for key in ("dates", "dates_optional"):
        for g in _items(gold, key):
            if not isinstance(g, dict) or not any(isinstance(g.get(p), int) for p in _DATE_PARTS) or any(
                    g.get(p) is not None and not isinstance(g[p], int) for p in _DATE_PARTS):
                return f'`{key}`: each date gives integer parts, e.g. {{"year": 2024, "month": 5}}, not {json.dumps(g)}'
    for key in ("contacts", "contacts_optional"):
        for g in _items(gold, key):
            if not isinstance(g, dict) or any(g.get(k) is not None and not isinstance(g[k], str)
                                              for k in ("name", "phone", "email")):
                return f'`{key}`: each contact is {{"name", "phone", "email"}} (strings), not {json.dumps(g)}'
    for key in ("quotes", "quotes_optional"):
        for g in _items(gold, key):
            if not isinstance(g, dict) or not (isinstance(g.get("starts_with"), str) and g["starts_with"].strip()) \
                    or not (g.get("speaker") is None or isinstance(g["speaker"], str)):
                return f'`{key}`: each quote is {{"speaker": name, "starts_with": "first words"}}, not {json.dumps(g)}'
    return None


def _items(gold: dict[str, Any], key: str) -> list[Any]:
    """The list under ``key``; something that is not a list is returned as one bad item."""
    value = gold.get(key, [])
    return value if isinstance(value, list) else [_NOT_A_LIST]


_NOT_A_LIST = "(not a list)"


def _records(path: Path) -> dict[str, dict[str, Any]]:
    try:
        with path.open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"cannot read {path}: {exc}") from None
    return {str(r.get("id")): r for r in rows}


def _set_of(file: str, gold_path: Path) -> str:
    """``press/<set>/…`` gives ``<set>``; otherwise the gold file's folder name."""
    parts = Path(file).parts
    if len(parts) > 2 and parts[0] == "press":
        return parts[1]
    return gold_path.parent.name


# --- a batch -------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Rate:
    """Passed checks out of a total; ``rate`` is None when there were none."""

    passed: int = 0
    total: int = 0

    @property
    def rate(self) -> float | None:
        return self.passed / self.total if self.total else None

    def __add__(self, other: Rate) -> Rate:
        return Rate(self.passed + other.passed, self.total + other.total)

    def __str__(self) -> str:
        return "–" if self.rate is None else f"{self.rate:.2f} ({self.passed}/{self.total})"


@dataclass(frozen=True, slots=True)
class CaseResult:
    """One gold case after processing: its checks, and the error when the release failed."""

    key: str
    set: str
    lang: str
    checks: tuple[Check, ...]
    #: ``CODE: message`` when the pipeline failed on the text (then every check is scored on an empty release)
    error: str | None = None
    #: the release as scored (an output-contract dict; empty when the pipeline failed)
    release: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        rate = Rate(sum(c.ok for c in self.checks), len(self.checks))
        return {"case": self.key, "set": self.set, "lang": self.lang, "error": self.error,
                "passed": rate.passed, "total": rate.total, "checks": [c.to_dict() for c in self.checks]}


Grouping = Literal["set", "lang", "category"]


@dataclass(slots=True)
class Report:
    """Every case's checks, and the pipeline that produced them."""

    pipeline: str
    cases: list[CaseResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def overall(self) -> Rate:
        """All checks of all cases."""
        return Rate(sum(c.ok for r in self.cases for c in r.checks), sum(len(r.checks) for r in self.cases))

    @property
    def failed(self) -> list[CaseResult]:
        return [r for r in self.cases if r.error is not None]

    def summary(self, by: Grouping = "category") -> dict[str, dict[str, Rate]]:
        """``{group: {category: Rate}}``; group ``all`` always, plus one per set or language with ``by``.

        ``by="category"`` gives ``all`` only. Categories with no check in the
        group are left out; key ``total`` sums every category.
        """
        groups: dict[str, dict[str, Rate]] = {"all": {}}
        for result in self.cases:
            names = ["all"]
            if by == "set":
                names.append(result.set)
            elif by == "lang":
                names.append(result.lang)
            for check in result.checks:
                one = Rate(int(check.ok), 1)
                for name in names:
                    group = groups.setdefault(name, {})
                    group[check.category] = group.get(check.category, Rate()) + one
                    group["total"] = group.get("total", Rate()) + one
        order = {c: i for i, c in enumerate(CATEGORIES)}
        ordered = {"all": groups.pop("all")} | dict(sorted(groups.items()))
        return {g: dict(sorted(cats.items(), key=lambda kv: (kv[0] == "total", order.get(kv[0], len(order)), kv[0])))
                for g, cats in ordered.items()}

    def to_dict(self, by: Grouping = "category") -> dict[str, Any]:
        summary = {g: {c: {"passed": r.passed, "total": r.total, "rate": r.rate} for c, r in cats.items()}
                   for g, cats in self.summary(by).items()}
        return {"pipeline": self.pipeline, "seconds": round(self.seconds, 3), "summary": summary,
                "cases": [r.to_dict() for r in self.cases]}


def table(report: Report, by: Grouping = "category") -> list[tuple[str, ...]]:
    """Rows for printing: a header (``category``, ``all``, then each set or language), one row per
    category (precision checks last), then ``total``. Cells read ``rate (passed/total)``, ``–`` for none."""
    summary = report.summary(by)
    groups = list(summary)
    present = {c for cats in summary.values() for c in cats}
    categories = [c for c in CATEGORIES if c in present]
    categories += sorted(present - set(CATEGORIES) - {"total"})
    rows: list[tuple[str, ...]] = [("category", *groups)]
    for category in [*categories, "total"]:
        rows.append((category, *(str(summary[g].get(category, Rate())) for g in groups)))
    return rows


def evaluate(
    cases: Iterable[GoldCase],
    *,
    config: PipelineConfig,
    options: Options = Options(),
    jobs: int = 1,
    on_result: Callable[[FileResult], None] | None = None,
) -> Report:
    """Process every case's text with ``config`` in one batch, and score each release against its gold.

    Each case's release file is copied, in its format, to a temporary folder
    as ``<set>/<name>.<ext>`` (a case without a file gets its text as
    ``<set>/<name>.txt``) and the folder is run through
    :func:`releasepipe.runner.run`, so models load once and ``nlp.pipe`` sees
    the whole batch. A text the pipeline fails on is scored as an empty
    release (every check but the precision ones fails) and keeps its error.
    ``on_result`` receives each file's :class:`~releasepipe.runner.FileResult`.
    """
    import time

    from .runner import RunSettings, run

    cases = list(cases)
    keys = [c.key.casefold() for c in cases]
    if len(set(keys)) != len(keys):
        duplicates = sorted({k for k in keys if keys.count(k) > 1})
        raise GoldError(f"gold cases with the same name: {', '.join(duplicates)}")
    started = time.perf_counter()
    report = Report(pipeline=config.name)
    with tempfile.TemporaryDirectory(prefix="releasepipe-eval-") as tmp:
        inputs, out = Path(tmp) / "in", Path(tmp) / "out"
        for case in cases:
            path = inputs / case.filename
            path.parent.mkdir(parents=True, exist_ok=True)
            if case.path is not None:
                try:
                    shutil.copyfile(case.path, path)
                except OSError as exc:
                    raise GoldError(f"{case.key}: cannot read {case.path}: {exc.strerror or exc}") from None
            else:
                path.write_text(case.text, encoding="utf-8")
        results: dict[str, Any] = {}
        if cases:
            run_report = run([inputs], out, config=config, options=options,
                             settings=RunSettings(jobs=jobs, force=True, docx=False, prune=False),
                             on_result=on_result)
            results = {f.path: f for f in run_report.files}
        for case in cases:
            result = results.get(case.filename)
            release: dict[str, Any] = {}
            error: str | None = "not processed"
            if result is not None and result.status == "ok" and result.output:
                release = json.loads((out / result.output).read_text(encoding="utf-8"))
                error = None
            elif result is not None and result.error:
                error = f"{result.error['code']}: {result.error['message']}"
            report.cases.append(CaseResult(case.key, case.set, case.lang, tuple(score(case.gold, release)), error, release))
    report.seconds = time.perf_counter() - started
    return report


def run_gold(
    gold_dir: str | Path,
    texts: str | Path | None = None,
    pipeline: str | Path | PipelineConfig = "default",
    jobs: int = 1,
    *,
    options: Options = Options(),
) -> Report:
    """Process the releases a gold folder labels, and score them: :func:`load_gold`, then :func:`evaluate`.

    ``texts`` is the folder the gold files' ``file`` paths are relative to
    (default: :func:`default_texts`); ``pipeline`` a shipped pipeline name, a
    path to a ``.toml`` definition or a :class:`~releasepipe.pipeline.PipelineConfig`.
    Raises :class:`GoldError` for a gold folder that cannot be used (no gold
    file, a malformed one, a text missing) and
    :class:`~releasepipe.errors.ConfigError` for an unknown pipeline.

    >>> from releasepipe.evaluation import run_gold, table
    >>> report = run_gold("my-gold", texts="my-releases", pipeline="fast", jobs=2)  # doctest: +SKIP
    >>> for row in table(report, by="lang"):  # doctest: +SKIP
    ...     print(" | ".join(row))
    category | all | en | fr
    language | 1.00 (12/12) | 1.00 (7/7) | 1.00 (5/5)
    ...
    >>> [c.name for r in report.cases for c in r.checks if not c.ok]  # doctest: +SKIP
    """
    gold_dir = Path(gold_dir)
    texts_dir = default_texts(gold_dir) if texts is None else Path(texts)
    config = pipeline if isinstance(pipeline, PipelineConfig) else load_pipeline(pipeline)
    cases = list(load_gold(gold_dir, texts_dir))
    if not cases:
        raise GoldError(f"{gold_dir}: no *.gold.json file")
    return evaluate(cases, config=config, options=options, jobs=jobs)
