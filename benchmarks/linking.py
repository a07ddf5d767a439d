"""How well the batch entity index joins one entity across documents and languages,
and how well translation groups find the language versions of a release.

    python benchmarks/linking.py --outputs DIR [--gold GOLD.jsonl]
    python benchmarks/linking.py --translations OUT

``--outputs DIR``: the release JSON of a run over the SlavicNER sample (as
``score_slavicner.py --keep DIR`` leaves them). Each document-level entity
releasepipe found is matched to the gold entity of the same type whose
mentions it overlaps most; over pairs of matched entities of different
documents, "same entity" by the gold cross-lingual id is compared with "same
batch entity" (``releasepipe.linking.index``): pairwise precision and
recall, within one language and across languages.

``--translations OUT``: the outputs of ``releasepipe run`` over
``../shared/corpus/press`` (``debian/index.csv`` groups the language versions
of each announcement; FSFE versions share a file name): translation groups
scored by pairs of releases (precision, recall).

Both read ``../shared`` (absent: nothing to measure) and only the standard
library besides releasepipe.
"""

from __future__ import annotations

import argparse
import collections
import csv
import importlib.util
import json
import sys
import tarfile
import tempfile
import time
from math import comb
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TYPE_OF = {"person": "PER", "organization": "ORG", "location": "LOC"}


def _scorer():
    path = SHARED / "tools" / "score_slavicner.py"
    spec = importlib.util.spec_from_file_location("score_slavicner", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def slavic(outputs: Path, gold_path: Path) -> dict:
    from releasepipe import linking

    scorer = _scorer()
    gold = {g["doc"]: g for g in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines())}
    releases, raw = {}, {}
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(gold_path.parent / "texts.tar.gz") as tar:
        tar.extractall(tmp, filter="data")
        for doc in gold:
            out = outputs / Path(doc).with_suffix(".json")
            if out.is_file():
                releases[doc] = json.loads(out.read_text(encoding="utf-8"))
                raw[doc] = (Path(tmp) / doc).read_text(encoding="utf-8")
    t = time.perf_counter()
    entities = linking.index(releases.values())
    seconds = time.perf_counter() - t
    batch_of = {(m.release, m.name): e.id for e in entities for m in e.releases}
    items = []  # (doc, lang, gold id, batch id)
    for doc, release in releases.items():
        offsets = scorer.align(release["text"], raw[doc])
        golds = collections.defaultdict(list)
        for s, e, kind, _form, _lemma, cid in gold[doc]["mentions"]:
            golds[(cid, kind)].append((s, e))
        path = release["source"]["path"]
        for entity in release.get("entities", []):
            kind = TYPE_OF.get(entity["type"])
            if kind is None or (path, entity["name"]) not in batch_of:
                continue
            spans = [(offsets[m["start"]], offsets[m["end"] - 1] + 1) for m in entity["mentions"]]
            best, hits = None, 0
            for (cid, gkind), gspans in golds.items():
                if gkind != kind:
                    continue
                n = sum(1 for a in spans for b in gspans if a[0] < b[1] and b[0] < a[1])
                if n > hits:
                    best, hits = cid, n
            if best is not None:
                items.append((doc, gold[doc]["lang"], best, batch_of[(path, entity["name"])]))
    return {"entities": len(entities), "matched": len(items), "seconds": round(seconds, 2), **_pairs(items)}


def _pairs(items: list[tuple[str, str, str, str]]) -> dict:
    """Pairwise precision and recall of "same entity" (items: doc, language, gold id,
    batch id), within each language, pooled over the languages ("within") and across
    languages; pairs inside one document are left out."""

    def pairs(subset, fields, *, docs: bool) -> int:
        counter = collections.Counter(((i[0],) if docs else ()) + tuple(i[k] for k in fields) for i in subset)
        return sum(comb(n, 2) for n in counter.values())

    def within(subset, fields) -> int:
        return pairs(subset, fields, docs=False) - pairs(subset, fields, docs=True)

    by_lang = collections.defaultdict(list)
    for item in items:
        by_lang[item[1]].append(item)
    result = {}
    for scope in (*sorted(by_lang), "across"):
        counts = []
        for fields in ((3,), (2,), (2, 3)):  # joined, truly the same, both
            if scope == "across":
                counts.append(pairs(items, fields, docs=False)
                              - sum(pairs(sub, fields, docs=False) for sub in by_lang.values()))
            else:
                counts.append(within(by_lang[scope], fields))
        joined, true, both = counts
        result[scope] = {"precision": round(both / joined, 3) if joined else None,
                         "recall": round(both / true, 3) if true else None, "pairs": true, "joined": joined,
                         "both": both}
    # pooled over the languages: every pair of documents of one language
    true, joined, both = (sum(result[lang][k] for lang in by_lang) for k in ("pairs", "joined", "both"))
    result["within"] = {"precision": round(both / joined, 3) if joined else None,
                        "recall": round(both / true, 3) if true else None, "pairs": true, "joined": joined,
                        "both": both}
    return result


def translations(out: Path) -> dict:
    """Translation groups over a run on ``press/`` (or any folder holding its ``debian``
    and ``fsfe`` folders): pairs of releases of one announcement, by the corpus indexes
    (debian: ``index.csv``; fsfe: the file name across its language folders)."""
    from releasepipe import linking

    corpus = SHARED / "corpus" / "press"
    debian = {row["path"]: row["doc_id"] for row in csv.DictReader((corpus / "debian" / "index.csv").open(encoding="utf-8"))}
    releases = [json.loads(line) for line in (out / "releases.jsonl").read_text(encoding="utf-8").splitlines()]
    truth = {}
    for release in releases:
        parts = Path(release["source"]["path"]).parts
        if "debian" in parts:
            rel = "/".join(parts[parts.index("debian") + 1:])
            if rel in debian:
                truth[release["source"]["path"]] = ("debian", debian[rel])
        elif "fsfe" in parts:
            truth[release["source"]["path"]] = ("fsfe", Path(release["source"]["path"]).stem)
    t = time.perf_counter()
    groups = linking.translations(releases)
    seconds = time.perf_counter() - t
    group_of = {path: g.group for g in groups for path in g.releases}
    result = {"releases": len(releases), "groups": len(groups), "seconds": round(seconds, 2)}
    for corpus_name in ("debian", "fsfe"):
        names = sorted(p for p, (c, _) in truth.items() if c == corpus_name)
        true = joined = both = 0
        for k, a in enumerate(names):
            for b in names[k + 1:]:
                same = truth[a] == truth[b]
                linked = a in group_of and group_of.get(a) == group_of.get(b)
                true, joined, both = true + same, joined + linked, both + (same and linked)
        wrong = sum(1 for p, g in group_of.items() if p in truth and truth[p][0] == corpus_name
                    and any(q in truth and truth[q] != truth[p] for q in
                            next(x.releases for x in groups if x.group == g)))
        result[corpus_name] = {"releases": len(names), "precision": round(both / joined, 3) if joined else None,
                               "recall": round(both / true, 3) if true else None, "pairs": true, "joined": joined,
                               "releases in a wrong group": wrong}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--outputs", type=Path, help="release JSON of a run over the SlavicNER sample")
    parser.add_argument("--gold", type=Path, default=SHARED / "corpus" / "slavicner-dev" / "gold.jsonl")
    parser.add_argument("--translations", type=Path, help="OUT of a run over press/ (debian and fsfe folders)")
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit("../shared is not here: nothing to measure")
    if args.outputs:
        print(json.dumps(slavic(args.outputs, args.gold), indent=1))
    if args.translations:
        print(json.dumps(translations(args.translations), indent=1))


if __name__ == "__main__":
    main()
