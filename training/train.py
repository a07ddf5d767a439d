#!/usr/bin/env python3
"""Train, evaluate and ship one releasepipe NER pipeline.

    python training/train.py LANG [--no-europeana] [--no-ship] [--max-steps N] [--reuse-model]

1. converts the raw training files (``training/convert.py``) into ``training/build/LANG``;
2. runs ``spacy train training/configs/LANG.cfg`` on one CPU thread;
3. scores ``model-best`` on every held-back set (PER/ORG/LOC, exact character spans);
4. writes the pipeline with its meta (name, version, sources, licence, scores) to
   ``src/releasepipe/trained/LANG`` — only what ``nlp.to_disk`` writes, no
   training artefacts.

Training takes 5–25 minutes per language on one core (see ``training/README.md``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Iterable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import convert  # noqa: E402

SHIPPED = ROOT / "src" / "releasepipe" / "trained"
VERSION = "0.1.0"
LABELS = ("PER", "ORG", "LOC")

#: Where each language's training data comes from (repository @ full commit, file) and its licence.
SOURCES: dict[str, list[dict[str, str]]] = {
    "pl": [
        {"name": "KPWr NER (train split; 10% of it for model selection)",
         "url": "https://github.com/wronaq/polish-ner", "commit": "6e0f785",
         "files": "train.txt", "license": "CC BY 3.0",
         "note": "= clarin-pl/kpwr-ner; 82 fine nam_* types mapped to PER/ORG/LOC/MISC"},
    ],
    "ru": [
        {"name": "WikiNER ru, downsampled (UKPLab/linspector)",
         "url": "https://github.com/UKPLab/linspector", "commit": "46a7cca",
         "files": "extrinsic/data/ner/ru/{train,dev}.txt", "license": "CC BY 4.0",
         "note": "silver (Wikipedia links); IOB1; train + 75% of dev (25% for model selection); "
                 "multi-word MISC spans starting lowercase dropped from training"},
    ],
    "pt": [
        {"name": "UNER Portuguese-Bosque (train)",
         "url": "https://github.com/UniversalNER/UNER_Portuguese-Bosque", "commit": "f2c2ad6",
         "files": "pt_bosque-ud-train.iob2", "license": "CC BY-SA 4.0",
         "note": "every sentence as split by UD, and those with a contraction also joined (de o → do)"},
        {"name": "LeNER-Br (train)", "url": "https://github.com/peluz/lener-br",
         "commit": "4999cb7", "files": "train.conll", "license": "MIT",
         "note": "legal domain; PESSOA/ORGANIZACAO/LOCAL kept, other types dropped"},
    ],
    "de": [
        {"name": "GermEval 2014 (dev split; 10% of it for model selection)",
         "url": "https://github.com/davidsbatista/NER-datasets", "commit": "db7ff3c",
         "files": "GermEval2014/NER-de-dev.tsv", "license": "CC BY 4.0",
         "note": "outer level; deriv/part types dropped; OTH → MISC"},
        {"name": "Europeana Newspapers NER, German (first 80% of each provider's chunks)",
         "url": "https://github.com/EuropeanaNewspapers/ner-corpora",
         "commit": "6bf838d23112c255fd81431b1187ab30ef6c2d90",
         "files": "as converted in ../shared/corpus/ner/europeana-de.jsonl", "license": "CC0 1.0",
         "note": "19th/20th-century OCR newspapers; the last 20% per provider is held back"},
    ],
}
_UNER_XX = {
    "sk": ("Slovak-SNK", "886e7c6"), "hr": ("Croatian-SET", "20dcb2e"),
    "sr": ("Serbian-SET", "0d9685f"), "da": ("Danish-DDT", "983c4cd"),
}
#: The multilingual model: the training splits of every language above (MISC dropped, since
#: the UNER treebanks have none) and the UNER train splits of sk, hr, sr and da.
SOURCES["xx"] = [
    *SOURCES["de"], *SOURCES["pl"],
    {**SOURCES["ru"][0], "files": "extrinsic/data/ner/ru/train.txt",
     "note": "silver (Wikipedia links); IOB1; train split only (dev selects the model); "
             "multi-word MISC spans starting lowercase dropped"},
    *SOURCES["pt"],
    *({"name": f"UNER {name} (train)", "url": f"https://github.com/UniversalNER/UNER_{name}",
       "commit": commit, "files": f"{convert.UNER_XX[lang][1]}-train.iob2",
       "license": "CC BY-SA 4.0",
       "note": ("also transliterated to Cyrillic" if lang == "sr" else "")
               + "; dev split selects the model, test split held back"}
      for lang, (name, commit) in _UNER_XX.items()),
]

#: sk, hr, sr, da: a model of their own, on the same UNER train split the multilingual one uses.
for _lang, (_name, _commit) in _UNER_XX.items():
    SOURCES[_lang] = [
        {"name": f"UNER {_name} (train)", "url": f"https://github.com/UniversalNER/UNER_{_name}",
         "commit": _commit, "files": f"{convert.UNER_XX[_lang][1]}-train.iob2",
         "license": "CC BY-SA 4.0",
         "note": ("also transliterated to Cyrillic; " if _lang == "sr" else "")
                 + "dev split selects the model, test split held back"},
    ]

#: A language whose model also trains on a neighbour's train split lists that split too.
for _lang, _others in convert.UNER_NEIGHBOURS.items():
    for _other in _others:
        _name, _commit = _UNER_XX[_other]
        SOURCES[_lang].append(
            {"name": f"UNER {_name} (train)", "url": f"https://github.com/UniversalNER/UNER_{_name}",
             "commit": _commit, "files": f"{convert.UNER_XX[_other][1]}-train.iob2",
             "license": "CC BY-SA 4.0",
             "note": "a neighbour's data, Latin script; its test split is scored, not trained on"})

#: The model's licence follows its training data.
LICENSE = {
    "pl": "CC BY 3.0 (KPWr)",
    "ru": "CC BY 4.0 (WikiNER)",
    "pt": "CC BY-SA 4.0 (share-alike, from UNER Bosque; LeNER-Br is MIT)",
    "de": "CC BY 4.0 (GermEval 2014; Europeana part CC0)",
    **{_lang: f"CC BY-SA 4.0 (share-alike, from UNER "
              f"{' and '.join([_name, *(_UNER_XX[o][0] for o in convert.UNER_NEIGHBOURS.get(_lang, ()))])})."
              " A redistributed or modified copy keeps the share-alike terms"
       for _lang, (_name, _) in _UNER_XX.items()},
    "xx": "CC BY-SA 4.0 (share-alike, from UNER Bosque, Slovak-SNK, Croatian-SET, Serbian-SET "
          "and Danish-DDT; the other sources are CC BY 3.0/4.0, MIT and CC0, which allow it). "
          "A redistributed or modified copy keeps the share-alike terms",
}

#: The held-back set whose score is the model's headline score, and what it is.
HEADLINE = {"pl": "test-kpwr", "ru": "test-wikiner", "pt": "test-bosque", "de": "test-germeval",
            "xx": "test-sk", "sk": "test-sk", "hr": "test-hr", "sr": "test-sr", "da": "test-da"}
EVAL_SOURCES = {
    "test-kpwr": "KPWr test split (gold), wronaq/polish-ner @ 6e0f785",
    "test-wikiner": "WikiNER ru test split (silver), UKPLab/linspector @ 46a7cca",
    "test-pud": "UNER Russian-PUD test (gold, CC BY-SA 3.0), UniversalNER/UNER_Russian-PUD @ 6f5acd6",
    "test-bosque": "UNER Portuguese-Bosque test (gold, UD tokens: 'de o'), @ f2c2ad6",
    "test-bosque-contracted": "the same with contractions joined ('do')",
    "test-lener": "LeNER-Br test (gold, legal), peluz/lener-br @ 4999cb7",
    "test-germeval": "GermEval 2014 test (gold), davidsbatista/NER-datasets @ db7ff3c",
    "test-europeana": "Europeana-de, last 20% of each provider (gold, OCR), @ 6bf838d",
    **{f"test-{lang}": f"UNER {name} test (gold), UniversalNER/UNER_{name} @ {commit}"
       for lang, (name, commit) in _UNER_XX.items()},
    "test-sr-cyrl": "UNER Serbian-SET test transliterated to Cyrillic (convert.sr_cyrillic)",
}


# --- scoring ---------------------------------------------------------------------------

def prf(counts: Counter) -> dict[str, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4)}


def spans_of(doc, labels: dict[str, str]) -> set[tuple[int, int, str]]:
    """(start_char, end_char, PER/ORG/LOC) of a doc's entities, after ``labels`` mapping."""
    out = set()
    for ent in doc.ents:
        label = labels.get(ent.label_)
        if label in LABELS:
            out.add((ent.start_char, ent.end_char, label))
    return out


#: Model labels → PER/ORG/LOC, for our models and the official fallbacks alike.
MODEL_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC",
                "FAC": "LOC"}


def evaluate(nlp, rows: Iterable, *, ignore_misc_pred: bool = False) -> dict:
    """Exact-span P/R/F1 over PER/ORG/LOC, overall and per type.

    ``rows`` are ``convert.Sentence`` records whose MISC spans are already
    mapped out, so a MISC prediction is never counted and a MISC gold span never missed.
    """
    rows = list(rows)
    total: Counter = Counter()
    per: dict[str, Counter] = {lab: Counter() for lab in LABELS}
    for row, doc in zip(rows, nlp.pipe((r.text for r in rows), batch_size=256)):
        gold = {s for s in row.spans if s[2] in LABELS}
        pred = spans_of(doc, MODEL_LABELS)
        for s in pred & gold:
            total["tp"] += 1
            per[s[2]]["tp"] += 1
        for s in pred - gold:
            total["fp"] += 1
            per[s[2]]["fp"] += 1
        for s in gold - pred:
            total["fn"] += 1
            per[s[2]]["fn"] += 1
    out = prf(total)
    out["n_sentences"] = len(rows)
    out["n_entities"] = total["tp"] + total["fn"]
    out["per_type"] = {lab: prf(c) for lab, c in per.items()}
    return out


# --- steps -----------------------------------------------------------------------------

def train(lang: str, build: Path, *, max_steps: int | None,
          config: Path | None = None) -> tuple[float, float]:
    """``spacy train`` on one thread; returns (wall, CPU) seconds."""
    config = config or HERE / "configs" / f"{lang}.cfg"
    cmd = [sys.executable, "-m", "spacy", "train", str(config),
           "--output", str(build / "model"),
           "--paths.train", str(build / "train.spacy"), "--paths.dev", str(build / "dev.spacy")]
    if max_steps:
        cmd += ["--training.max_steps", str(max_steps)]
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    start = time.monotonic()
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, env=env)
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    seconds = (time.monotonic() - start, cpu)
    (build / "model" / "train-seconds.json").write_text(json.dumps(
        {"wall": seconds[0], "cpu": seconds[1], "config": str(config)}), "utf-8")
    return seconds


def ship(lang: str, build: Path, stats: dict, seconds: tuple[float, float], *, europeana: bool,
         dest: Path) -> dict:
    import spacy
    nlp = spacy.load(build / "model" / "model-best")
    held = {}
    for name in stats:
        if name.startswith("test-"):
            rows = [convert.Sentence(r["id"], r["text"], tuple((e["start"], e["end"], e["label"])
                                                               for e in r["entities"]))
                    for r in map(json.loads, (build / f"{name}.jsonl").read_text("utf-8").splitlines())]
            held[name] = evaluate(nlp, rows)
            held[name]["data"] = EVAL_SOURCES[name]
            print(f"{lang} {name}: {held[name]['f']:.3f} (p {held[name]['p']:.3f}, r {held[name]['r']:.3f})")
    head = held[HEADLINE[lang]]
    sources = SOURCES[lang] if lang != "de" or europeana else SOURCES[lang][:1]
    nlp.meta.update({
        "name": f"releasepipe_ner_{lang}",
        "version": VERSION,
        "description": f"Compact {'multilingual' if lang == 'xx' else lang} NER (PER/ORG/LOC"
                       f"{'/MISC' if 'MISC' in nlp.get_pipe('ner').labels else ''}) for releasepipe: "
                       "blank tokenizer, hash-embedding CNN tok2vec, transition-based ner; no vectors.",
        "author": "releasepipe developers",
        "license": LICENSE[lang] if lang != "de" or europeana else "CC BY 4.0 (GermEval 2014)",
        "sources": sources,
        **({"languages_trained": ["de", "pl", "ru", "pt", "sk", "hr", "sr", "da"]}
           if lang == "xx" else {}),
        "performance": {
            "ents_f": head["f"], "ents_p": head["p"], "ents_r": head["r"],
            "ents_per_type": head["per_type"],
            "scored_on": HEADLINE[lang],
            "scoring": "PER/ORG/LOC, exact character spans, held-back data never trained on",
            "held_back": held,
        },
        "training": {
            "config": f"training/configs/{lang}.cfg",
            "sets": stats,
            "wall_seconds": round(seconds[0]),
            "cpu_seconds": round(seconds[1]),
            "threads": 1,
            "command": f"python training/train.py {lang}" + ("" if europeana else " --no-europeana"),
        },
    })
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest)
    return nlp.meta


def _cfg_core(text: str) -> dict:
    """The settings of a config that shape the model (paths and comments left out)."""
    from thinc.api import Config
    cfg = Config().from_str(text, interpolate=False)
    cfg.pop("paths", None)
    return {sect: dict(vals) for sect, vals in cfg.items() if not sect.startswith("corpora")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("lang", choices=convert.LANGS)
    ap.add_argument("--no-europeana", action="store_true", help="German: GermEval dev only")
    ap.add_argument("--no-ship", action="store_true",
                    help="write the pipeline to training/build/LANG/final, not into the package")
    ap.add_argument("--germeval-repeat", type=int, default=convert.GERMEVAL_REPEAT,
                    help="German: times the GermEval sentences are repeated in training")
    ap.add_argument("--max-steps", type=int, default=None, help="override [training] max_steps")
    ap.add_argument("--build", type=Path, default=None, help="build folder (training/build/LANG)")
    ap.add_argument("--config", type=Path, default=None, help="config (training/configs/LANG.cfg)")
    ap.add_argument("--reuse-model", action="store_true",
                    help="score and write the model already trained in the build folder (with the "
                         "same config and data) instead of training it again")
    args = ap.parse_args(argv)
    if not convert.TRAIN_DIR.is_dir():
        print(f"corpus not found at {convert.TRAIN_DIR}; nothing to train")
        return 0
    europeana = not args.no_europeana
    build = args.build or convert.BUILD / (args.lang + ("" if europeana or args.lang != "de" else "-ge"))
    if args.reuse_model:
        done = json.loads((build / "model" / "train-seconds.json").read_text("utf-8"))
        config = args.config or HERE / "configs" / f"{args.lang}.cfg"
        trained_cfg = (build / "model" / "model-best" / "config.cfg").read_text("utf-8")
        if _cfg_core(trained_cfg) != _cfg_core(config.read_text("utf-8")):
            raise SystemExit(f"{build}/model was trained with another config than {config}")
        seconds = (done["wall"], done["cpu"])
    elif (build / "model").exists():
        shutil.rmtree(build / "model")
    stats = convert.build(args.lang, build, europeana=europeana,
                          germeval_repeat=args.germeval_repeat)
    print(json.dumps(stats, indent=1))
    if not args.reuse_model:
        seconds = train(args.lang, build, max_steps=args.max_steps, config=args.config)
    dest = build / "final" if args.no_ship else SHIPPED / args.lang
    meta = ship(args.lang, build, stats, seconds, europeana=europeana, dest=dest)
    print(f"wrote {dest} after {seconds[0] / 60:.1f} min of training "
          f"({seconds[1] / 60:.1f} min CPU); "
          f"{meta['performance']['scored_on']} F1 {meta['performance']['ents_f']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
