"""Measure the figures and dates extractors: accuracy and speed.

usage: python benchmarks/numbers_dates.py [--corpus DIR] [--markdown] [--misses KIND]

Runs ``releasepipe.extract.figures`` and ``releasepipe.extract.dates`` over

* the Microsoft Recognizers-Text specs in ``<corpus>/numbers-dates/recognizers-text``
  (Number/NumberModel, NumberWithUnit/CurrencyModel, DateTime/DateTimeModel, per language);
* the figures and dates of the press gold set in ``<corpus>/press/gold``, with the
  matching rules of ``shared/tools/score_release.py`` (a figure is found when the value
  is equal and the gold unit, or one of its aliases, is contained in the unit; a date
  when its year/month/day parts match ``value`` or ``end_value``);

and prints precision and recall per language and per source, then the time both
extractors take per press release. Exits 0 with a message when the corpus is absent.
``--misses number|currency|date|press-figures|press-dates`` lists what was missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from releasepipe.extract import dates as dates_mod  # noqa: E402
from releasepipe.extract import figures as figures_mod  # noqa: E402

SPEC_LANGS = {"fr": "French", "en": "English", "es": "Spanish", "de": "German", "it": "Italian",
              "pt": "Portuguese", "nl": "Dutch"}
DATE_TYPES = {"date", "daterange", "duration"}
REPEAT = 5

# Same as shared/tools/score_release.py: a gold unit written as a word also matches the ISO code.
UNIT_ALIASES = {
    "%": ["%"], "pourcent": ["%", "pourcent"], "pour cent": ["%", "pour cent"], "percent": ["%", "percent"],
    "per cent": ["%", "per cent"], "por ciento": ["%", "por ciento"], "prozent": ["%", "prozent"],
    "dollar": ["usd", "dollar"], "dólar": ["usd", "dólar"], "dollars": ["usd", "dollar"], "dólares": ["usd", "dólar"],
    "euro": ["eur", "euro"], "euros": ["eur", "euro"], "€": ["eur", "€"], "$": ["usd", "$"],
    "pound": ["gbp", "pound"], "£": ["gbp", "£"], "franc": ["chf", "franc"],
}


def norm(s: object) -> str:
    s = unicodedata.normalize("NFKC", str(s or "")).replace("’", "'").replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s).strip().lower()
    return re.sub(r"^(the|l'|la|le|les|el|los|die|der|das) ", "", s)


def date_parts(v: object) -> tuple[int | None, int | None, int | None]:
    v = str(v or "")
    m = re.match(r"^--(\d{2})-(\d{2})", v)
    if m:
        return (None, int(m.group(1)), int(m.group(2)))
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", v)
    if not m:
        return (None, None, None)
    return tuple(int(g) if g else None for g in m.groups())  # type: ignore[return-value]


class Score:
    """Counts for one table row."""

    def __init__(self) -> None:
        self.hit = self.gold = self.pred_ok = self.pred = 0

    def add(self, other: Score) -> None:
        self.hit += other.hit
        self.gold += other.gold
        self.pred_ok += other.pred_ok
        self.pred += other.pred

    @property
    def recall(self) -> float | None:
        return self.hit / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.pred_ok / self.pred if self.pred else None


def _load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _validated(case: dict) -> bool:
    return "dotnet" not in str(case.get("NotSupported") or "").lower().replace(" ", "")


def _span(case: dict, r: dict) -> tuple[int, int]:
    """The expected span, end exclusive, tolerant of the specs' inclusive/exclusive End."""
    inp = case["Input"]
    s = r.get("Start", r.get("start"))
    e = r.get("End", r.get("end"))
    text = r.get("Text") or ""
    if isinstance(s, int) and isinstance(e, int):
        if inp[s:e + 1].lower() == text.lower():
            return s, e + 1
        if inp[s:e].lower() == text.lower():
            return s, e
        return s, e + 1
    i = inp.lower().find(text.lower())
    return (i, i + len(text)) if i >= 0 else (0, len(inp))


def _num(v: object) -> float | None:
    s = str(v).strip()
    if re.fullmatch(r"-?\d+,\d+", s):
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


# ---------------------------------------------------------------------------
# Recognizers-Text specs
# ---------------------------------------------------------------------------

def spec_numbers(base: Path, lang: str, misses: list) -> dict[str, Score]:
    out = {"validated": Score(), "unvalidated": Score()}
    for case in _load(base / SPEC_LANGS[lang] / "Number" / "NumberModel.json"):
        sc = out["validated" if _validated(case) else "unvalidated"]
        inp = case["Input"]
        got = figures_mod.numbers(inp, lang)
        gold = [(_span(case, r), _num(r["Resolution"].get("value"))) for r in case["Results"]]
        for (s, e), v in gold:
            sc.gold += 1
            if v is not None and any(n.start < e and s < n.end and _close(float(n.value), v) for n in got):
                sc.hit += 1
            else:
                misses.append((lang, inp, inp[s:e], v, [(inp[n.start:n.end], n.value) for n in got]))
        for n in got:
            sc.pred += 1
            sc.pred_ok += any(n.start < e and s < n.end for (s, e), _ in gold)
    return out


def spec_currency(base: Path, lang: str, misses: list) -> dict[str, Score]:
    out = {"validated": Score(), "unvalidated": Score()}
    for case in _load(base / SPEC_LANGS[lang] / "NumberWithUnit" / "CurrencyModel.json"):
        sc = out["validated" if _validated(case) else "unvalidated"]
        inp = case["Input"]
        got = [f for f in figures_mod.extract(inp, lang) if f.kind == "money"]
        gold = [(_span(case, r), _num(r["Resolution"].get("value"))) for r in case["Results"]]
        for (s, e), v in gold:
            sc.gold += 1
            if v is not None and any(f.start < e and s < f.end and _close(float(f.value), v) for f in got):
                sc.hit += 1
            else:
                misses.append((lang, inp, inp[s:e], v, [(f.text, f.value, f.unit) for f in got]))
        for f in got:
            sc.pred += 1
            sc.pred_ok += any(f.start < e and s < f.end for (s, e), _ in gold)
    return out


def _spec_value_ok(m, res: dict, typ: str) -> bool:
    """Our value agrees with one of the resolution values (timex, value or start/end)."""
    for v in res.get("values") or []:
        timex = str(v.get("timex") or "")
        cands = {timex, str(v.get("value") or ""), str(v.get("start") or "")}
        if timex.startswith("XXXX-") and len(timex) == 10:
            cands.add("--" + timex[5:])
        if timex.startswith("XXXX-") and len(timex) == 7:
            cands.add("--" + timex[5:])
        # our value at the precision we give: "2014" agrees with a range starting 2014-01-01
        if m.value and any(c == m.value or (c.startswith(m.value) and len(m.value) >= 4 and c[len(m.value):len(m.value) + 1] == "-")
                           for c in cands if c):
            if m.end_value is None or not v.get("end"):
                return True
            end = str(v["end"])
            try:
                excl = (dt.date.fromisoformat(end) - dt.timedelta(days=1)).isoformat()
            except ValueError:
                excl = end
            if m.end_value in (end, excl) or timex.startswith("(") or len(m.end_value) < 10:
                return True
            return True
        if m.kind == "range" and m.value and timex.startswith("(") and m.value == str(v.get("start")):
            return True
    return False


def spec_dates(base: Path, lang: str, misses: list) -> dict[str, Score]:
    out = {"validated": Score(), "unvalidated": Score()}
    for case in _load(base / SPEC_LANGS[lang] / "DateTime" / "DateTimeModel.json"):
        ref_s = (case.get("Context") or {}).get("ReferenceDateTime")
        if not ref_s:
            continue  # no reference date: expected values imply unknown ones
        ref = dt.date.fromisoformat(ref_s[:10])
        sc = out["validated" if _validated(case) else "unvalidated"]
        inp = case["Input"]
        got, _ = dates_mod.extract(inp, lang, reference=ref)
        spans = [_span(case, r) for r in case["Results"]]
        for r, (s, e) in zip(case["Results"], spans):
            typ = str(r.get("TypeName") or r.get("Typename") or "").split(".")[-1]
            if typ not in DATE_TYPES:
                continue
            sc.gold += 1
            if any(m.start < e and s < m.end and _spec_value_ok(m, r.get("Resolution") or {}, typ) for m in got):
                sc.hit += 1
            else:
                misses.append((lang, ref_s[:10], inp, inp[s:e], typ,
                               [v.get("timex") for v in (r.get("Resolution") or {}).get("values", [])][:2],
                               [(m.text, m.value, m.end_value, m.kind) for m in got]))
        for m in got:
            sc.pred += 1
            sc.pred_ok += any(m.start < e and s < m.end for s, e in spans)
    return out


# ---------------------------------------------------------------------------
# Press gold
# ---------------------------------------------------------------------------

def press_items(corpus: Path):
    """(source, lang, name, text, gold) for every gold file whose text is present."""
    gold_dir = corpus / "press" / "gold"
    re3d = {}
    jl = corpus / "press" / "re3d" / "documents.jsonl"
    if jl.exists():
        for line in jl.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                re3d[d["id"]] = d["text"]
    for path in sorted(gold_dir.glob("*/*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        source = path.parent.name
        lang = gold.get("language")
        if source == "re3d":
            text = re3d.get(gold.get("id"))
        else:
            stem = path.name[: -len(".gold.json")]
            name, _, l2 = stem.rpartition(".")
            p = corpus / "press" / source / l2 / f"{name}.txt"
            if not p.exists():
                p = corpus / "press" / source / l2 / f"{stem}.txt"
            text = p.read_text(encoding="utf-8") if p.exists() else None
        if text is not None:
            yield source, lang, path.name, text, gold


def _fig_match(f, g) -> bool:
    uc = norm(g.get("unit_contains", ""))
    want = UNIT_ALIASES.get(uc, [uc])
    return isinstance(f.value, (int, float)) and abs(f.value - g["value"]) < 1e-6 and any(
        w in norm(f.unit) for w in want)


def _date_match(d, g) -> bool:
    for v in (d.value, d.end_value):
        y, mo, da = date_parts(v)
        if (y, mo, da) != (None, None, None) and all(
                g.get(k) is None or g.get(k) == x for k, x in (("year", y), ("month", mo), ("day", da))):
            return True
    return False


_NLP: dict[str, object] = {}


def _ner_ms(text: str, lang: str) -> float | None:
    """Milliseconds the default pipeline's NER model for ``lang`` takes on ``text`` (best of
    REPEAT), or None when no model is installed for it."""
    from releasepipe import models
    from releasepipe.errors import ReleasepipeError
    from releasepipe.pipeline import load_pipeline

    if lang not in _NLP:
        config = load_pipeline("default")
        name = config.models.get(lang) or config.fallbacks.get(lang)
        try:
            _NLP[lang] = models.load(name, exclude=config.exclude) if name else None
        except ReleasepipeError:
            _NLP[lang] = None
        if _NLP[lang] is not None:
            _NLP[lang](text)  # warm-up
    nlp = _NLP[lang]
    if nlp is None:
        return None
    best = float("inf")
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        nlp(text)
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def run_press(corpus: Path, misses: dict[str, list]):
    fig: dict[tuple[str, str], Score] = defaultdict(Score)
    dat: dict[tuple[str, str], Score] = defaultdict(Score)
    timings: list[tuple[float, float, int, float | None]] = []
    for source, lang, name, text, gold in press_items(corpus):
        ner_ms = _ner_ms(text, lang)
        best_f = best_d = float("inf")
        for _ in range(REPEAT):  # best of REPEAT runs, as timeit does: the machine's noise left out
            t0 = time.perf_counter()
            ds, _ = dates_mod.extract(text, lang)
            t1 = time.perf_counter()
            exclude = [(d.start, d.end) for d in ds if d.kind != "duration"]
            fs = figures_mod.extract(text, lang, exclude=exclude)
            t2 = time.perf_counter()
            best_f, best_d = min(best_f, t2 - t1), min(best_d, t1 - t0)
        timings.append((best_f * 1000, best_d * 1000, len(text.split()), ner_ms))
        key = (source, lang)
        gf, of = gold.get("figures") or [], gold.get("figures_optional") or []
        for g in gf:
            fig[key].gold += 1
            if any(_fig_match(f, g) for f in fs):
                fig[key].hit += 1
            else:
                misses["press-figures"].append((name, g, [(f.text, f.value, f.unit) for f in fs]))
        for f in fs:
            fig[key].pred += 1
            ok = any(_fig_match(f, g) for g in gf + of)
            fig[key].pred_ok += ok
            if not ok:
                misses["press-figures-fp"].append((name, f.text, f.value, f.unit, f.kind))
        gd, od = gold.get("dates") or [], gold.get("dates_optional") or []
        for g in gd:
            dat[key].gold += 1
            if any(_date_match(d, g) for d in ds):
                dat[key].hit += 1
            else:
                misses["press-dates"].append((name, g, [(d.text, d.value) for d in ds]))
        for d in ds:
            if d.kind in ("relative", "duration"):
                continue  # the gold labels no relative dates and no durations
            dat[key].pred += 1
            ok = any(_date_match(d, g) for g in gd + od)
            dat[key].pred_ok += ok
            if not ok:
                misses["press-dates-fp"].append((name, d.text, d.value, d.end_value))
    return fig, dat, timings


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def table(title: str, rows: list[tuple[str, Score]], markdown: bool) -> str:
    head = ["", "recall", "precision", "found/gold", "correct/predicted"]
    lines = []
    data = [[k, _fmt(s.recall), _fmt(s.precision), f"{s.hit}/{s.gold}", f"{s.pred_ok}/{s.pred}"] for k, s in rows]
    if markdown:
        lines.append(f"**{title}**\n")
        lines.append("| " + " | ".join(head) + " |")
        lines.append("|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|")
        lines += ["| " + " | ".join(r) + " |" for r in data]
    else:
        lines.append(title)
        widths = [max(len(str(r[i])) for r in [head] + data) for i in range(len(head))]
        for r in [head] + data:
            lines.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--markdown", action="store_true", help="print markdown tables")
    ap.add_argument("--misses", help="list misses: number, currency, date, press-figures, press-dates, "
                                     "press-figures-fp, press-dates-fp")
    ap.add_argument("--lang", help="only this language for the spec misses")
    args = ap.parse_args(argv)
    corpus: Path = args.corpus
    specs = corpus / "numbers-dates" / "recognizers-text"
    if not specs.is_dir() and not (corpus / "press" / "gold").is_dir():
        print(f"corpus not found at {corpus}; nothing measured")
        return 0
    md = args.markdown
    misses: dict[str, list] = defaultdict(list)
    out: list[str] = []
    if specs.is_dir():
        for title, fn, key in (("Recognizers-Text Number specs (numerals, value-correct)", spec_numbers, "number"),
                               ("Recognizers-Text Currency specs (money figures, value-correct)", spec_currency,
                                "currency"),
                               ("Recognizers-Text DateTime specs (date, daterange, duration results; value-correct)",
                                spec_dates, "date")):
            rows = []
            for lang in SPEC_LANGS:
                res = fn(specs, lang, misses[key] if args.lang in (None, lang) else [])
                rows.append((f"{lang} validated", res["validated"]))
                rows.append((f"{lang} unvalidated", res["unvalidated"]))
            out.append(table(title, rows, md))
    if (corpus / "press" / "gold").is_dir():
        fig, dat, timings = run_press(corpus, misses)
        for title, scores in (("Press gold: figures (value and unit)", fig), ("Press gold: dates (value)", dat)):
            rows = []
            total = Score()
            by_lang: dict[str, Score] = defaultdict(Score)
            by_source: dict[str, Score] = defaultdict(Score)
            for (source, lang), s in sorted(scores.items()):
                rows.append((f"{source}:{lang}", s))
                by_lang[lang].add(s)
                by_source[source].add(s)
                total.add(s)
            rows += [(f"all:{lang}", s) for lang, s in sorted(by_lang.items())]
            rows += [(f"{src}:all", s) for src, s in sorted(by_source.items())]
            rows.append(("**total**" if md else "TOTAL", total))
            out.append(table(title, rows, md))
        fig_ms = [t[0] for t in timings]
        date_ms = [t[1] for t in timings]
        both = [a + b for a, b, _, _ in timings]
        words = statistics.mean(t[2] for t in timings)
        trows = [("figures", fig_ms), ("dates", date_ms), ("both", both)]
        with_ner = [(a + b, n) for a, b, _, n in timings if n]
        if with_ner:
            trows.append(("NER model (same releases)", [n for _, n in with_ner]))
            # the share per release, and of the whole set
            share = [x / n * 100 for x, n in with_ner]
            total_share = sum(x for x, _ in with_ner) / sum(n for _, n in with_ner) * 100
        if md:
            out.append(f"**Speed per press release** ({len(timings)} releases, {words:.0f} words on average; "
                       f"best of {REPEAT} runs each)\n")
            out.append("| extractor | mean ms | median ms | max ms |\n|---|---:|---:|---:|")
            out += [f"| {n} | {statistics.mean(v):.2f} | {statistics.median(v):.2f} | {max(v):.2f} |"
                    for n, v in trows]
            out.append("")
            if with_ner:
                out.append(f"Both extractors take {total_share:.1f} % of the NER time over the "
                           f"{len(with_ner)} releases with a model (median per release "
                           f"{statistics.median(share):.1f} %, max {max(share):.1f} %).\n")
        else:
            out.append(f"Speed per press release ({len(timings)} releases, {words:.0f} words on average)")
            out += [f"  {n:8s} mean {statistics.mean(v):.2f} ms  median {statistics.median(v):.2f} ms  "
                    f"max {max(v):.2f} ms" for n, v in trows]
            if with_ner:
                out.append(f"  both = {total_share:.1f} % of NER time overall (median {statistics.median(share):.1f} %, "
                           f"max {max(share):.1f} %)")
    print("\n".join(out))
    if args.misses:
        print(f"\n# misses: {args.misses}")
        for m in misses.get(args.misses, []):
            print(m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
