#!/usr/bin/env python3
"""Raw NER training files → spaCy ``.spacy`` train/dev/test files, labels PER/ORG/LOC/MISC.

Reads the files of ``../shared/corpus/ner-train/`` (and, for German, part of the
CC0 ``../shared/corpus/ner/europeana-de.jsonl``) exactly as published and writes
``training/build/<lang>/{train,dev}.spacy`` plus one ``test-<set>.spacy`` per
held-back evaluation set. Nothing here is committed; the build folder is
recreated by ``training/train.py``.

Every source is read into ``Sentence`` records (detokenized text + character
spans), so training, the held-back scores in the model's meta and
``benchmarks/trained_ner.py`` all see the same text and the same gold.

usage: python training/convert.py LANG [--build DIR] [--no-europeana]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
TRAIN_DIR = CORPUS / "ner-train"
NER_DIR = CORPUS / "ner"
BUILD = ROOT / "training" / "build"
LANGS = ("de", "pl", "ru", "pt", "sk", "hr", "sr", "da", "xx")

# --- label mapping tables --------------------------------------------------------------
# A source label maps to PER, ORG, LOC, MISC, or None (the tokens become O).

#: KPWr (82 fine ``nam_*`` types). Facilities (buildings, streets, squares,
#: bridges, parks, stations) are places a release names as venues, as in
#: CoNLL and GermEval, so ``nam_fac_*`` → LOC, except ``nam_fac_system``
#: (GSM, Windows, customs IT systems), which is not a place. Nationalities
#: (``nam_org_nation``: "Polacy") and groups of people (``nam_org_group``:
#: "internauci") are not organizations. Events and products are MISC;
#: adjectives (``nam_adj*``: "polski"), gods, animals, characters,
#: inhabitants, numbers, currencies, licences, web addresses are dropped.
KPWR_PREFIXES: tuple[tuple[str, str | None], ...] = (
    ("nam_liv_person", "PER"),
    ("nam_org_nation", None),
    ("nam_org_group_", "ORG"),  # nam_org_group_team, nam_org_group_band
    ("nam_org_group", None),
    ("nam_org_", "ORG"),
    ("nam_loc", "LOC"),
    ("nam_fac_system", None),
    ("nam_fac_", "LOC"),
    ("nam_eve", "MISC"),
    ("nam_pro", "MISC"),
)

#: GermEval 2014, outer level only: derived and part types ("deutsche",
#: "EU-weit") are dropped, as in ``../shared/corpus/ner/germeval2014-de.jsonl``.
GERMEVAL = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}

#: WikiNER (ru, IOB1) and UNER (Bosque, PUD; IOB2) already use these names.
WIKINER = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
UNER = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}

#: LeNER-Br (legal Portuguese): time expressions, laws and case-law are not names.
LENER = {"PESSOA": "PER", "ORGANIZACAO": "ORG", "LOCAL": "LOC",
         "TEMPO": None, "LEGISLACAO": None, "JURISPRUDENCIA": None}

#: Europeana has no MISC class (3 stray tags in the German file are dropped).
EUROPEANA = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


def kpwr_label(tag: str) -> str | None:
    for prefix, label in KPWR_PREFIXES:
        if tag.startswith(prefix):
            return label
    return None


def germeval_label(tag: str) -> str | None:
    if tag.endswith(("deriv", "part")):
        return None
    return GERMEVAL.get(tag)


# --- records ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its text and gold entities as (start, end, label) character spans."""

    id: str
    text: str
    spans: tuple[tuple[int, int, str], ...]

    def to_json(self) -> dict:
        return {"id": self.id, "text": self.text,
                "entities": [{"start": s, "end": e, "label": lab} for s, e, lab in self.spans]}


_NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "!", "?", "%", "»", "”", "…"}
_NO_SPACE_AFTER = {"(", "[", "«", "„", "“"}


def detokenize(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens into plain text (no space before closing punctuation) and their offsets."""
    parts: list[str] = []
    offsets = []
    pos = 0
    for i, word in enumerate(words):
        if i and not (word in _NO_SPACE_BEFORE or words[i - 1] in _NO_SPACE_AFTER):
            parts.append(" ")
            pos += 1
        offsets.append((pos, pos + len(word)))
        parts.append(word)
        pos += len(word)
    return "".join(parts), offsets


def decode(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end, raw label) from IOB1 or IOB2 tags.

    A span starts at ``B-X``, or at ``I-X`` that does not continue an ``X`` span.
    """
    spans: list[tuple[int, int, str]] = []
    cur: list | None = None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, label = tag.partition("-")
        if prefix == "I" and cur is not None and cur[2] == label:
            cur[1] = i + 1
            continue
        if cur is not None:
            spans.append(tuple(cur))
            cur = None
        if prefix in ("B", "I") and label:
            cur = [i, i + 1, label]
    return spans


def from_tokens(sid: str, words: list[str], tags: list[str],
                mapping: Callable[[str], str | None]) -> Sentence:
    text, offsets = detokenize(words)
    spans = []
    for start, end, raw in decode(tags):
        label = mapping(raw)
        if label is not None:
            spans.append((offsets[start][0], offsets[end - 1][1], label))
    return Sentence(sid, text, tuple(spans))


def _blocks(path: Path, *, comment: str | None = None) -> Iterator[list[list[str]]]:
    """Blank-line separated blocks of whitespace-split columns."""
    block: list[list[str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if comment and line.startswith(comment):
                continue
            cols = line.split()
            if cols:
                block.append(cols)
            elif block:
                yield block
                block = []
    if block:
        yield block


# --- readers, one per source -------------------------------------------------------------

def read_kpwr(split: str) -> list[Sentence]:
    """KPWr ``train`` or ``test``: ``token tag`` lines."""
    path = TRAIN_DIR / "kpwr-ner_cc-by-3.0" / f"{split}.txt"
    return [from_tokens(f"kpwr-{split}-{n}", [c[0] for c in b], [c[-1] for c in b], kpwr_label)
            for n, b in enumerate(_blocks(path))]


def read_germeval_dev() -> list[Sentence]:
    """GermEval 2014 dev: ``n token outer inner`` columns, ``#`` source lines."""
    path = TRAIN_DIR / "germeval2014-dev_cc-by" / "NER-de-dev.tsv"
    out = []
    for n, block in enumerate(_blocks(path, comment="#")):
        words = [c[1] for c in block]
        tags = [c[2] for c in block]
        out.append(from_tokens(f"germeval-dev-{n + 1}", words, tags, germeval_label))
    return out


def read_wikiner(split: str) -> list[Sentence]:
    """WikiNER ru (UKPLab/linspector), ``token X B-X tag`` lines, IOB1."""
    path = TRAIN_DIR / "wikiner_linspector_cc-by" / f"{split}.txt"
    return [from_tokens(f"wikiner-ru-{split}-{n}", [c[0] for c in b], [c[-1] for c in b],
                        WIKINER.get)
            for n, b in enumerate(_blocks(path))]


def drop_phrase_misc(rows: list[Sentence]) -> list[Sentence]:
    """Training only: drop MISC spans of several words that start with a lowercase word.

    WikiNER's silver MISC spans are link anchors, some of them whole phrases around a
    place ("битва под Полтавой", "чемпионат мира в Казани"); learnt as they are, they make
    the model swallow the place in "на конференции в Москве". Such spans become O;
    single-word MISC ("русский") and every PER/ORG/LOC span are kept.
    """
    out = []
    for row in rows:
        spans = tuple(sp for sp in row.spans
                      if not (sp[2] == "MISC" and row.text[sp[0]].islower()
                              and " " in row.text[sp[0]:sp[1]]))
        out.append(Sentence(row.id, row.text, spans))
    return out


def _iob2_blocks(path: Path) -> list[list[list[str]]]:
    """The sentences of a UNER ``.iob2`` file, each as its rows of tab-separated columns."""
    blocks: list[list[list[str]]] = []
    block: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").split("\n") + [""]:
        if line.startswith("#"):
            continue
        if line.strip():
            block.append(line.split("\t"))
        elif block:
            blocks.append(block)
            block = []
    return blocks


def read_uner(path: Path, prefix: str) -> list[Sentence]:
    """UNER ``.iob2`` (tab-separated ``n token tag …``, ``#`` comment lines)."""
    return [from_tokens(f"{prefix}-{n}", [c[1] for c in block], [c[2] for c in block], UNER.get)
            for n, block in enumerate(_iob2_blocks(path))]


def read_bosque(split: str) -> list[Sentence]:
    return read_uner(TRAIN_DIR / "uner_bosque_cc-by-sa" / f"pt_bosque-ud-{split}.iob2",
                     f"bosque-{split}")


def read_pud() -> list[Sentence]:
    return read_uner(TRAIN_DIR / "uner_pud_cc-by-sa" / "ru_pud-ud-test.iob2", "pud-ru-test")


def read_lener(split: str) -> list[Sentence]:
    path = TRAIN_DIR / "lener-br_mit" / f"{split}.conll"
    return [from_tokens(f"lener-{split}-{n}", [c[0] for c in b], [c[-1] for c in b], LENER.get)
            for n, b in enumerate(_blocks(path))]


def read_jsonl(path: Path, mapping: dict[str, str], *, trim: str = "") -> list[Sentence]:
    """The uniform ``../shared/corpus/ner`` format; ``trim`` strips those characters off span ends."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        spans = []
        for ent in rec["entities"]:
            label = mapping.get(ent["label"])
            if label is None:
                continue
            start, end = ent["start"], ent["end"]
            while trim and end > start + 1 and rec["text"][end - 1] in trim:
                end -= 1
            spans.append((start, end, label))
        out.append(Sentence(rec["id"], rec["text"], tuple(spans)))
    return out


#: Europeana-de: the last fifth of every provider's chunks is held back for evaluation.
EUROPEANA_HELD_BACK = 0.2


def read_europeana_de() -> tuple[list[Sentence], list[Sentence]]:
    """(usable for training, held back): per provider file, chunks in order, the last 20 % held back.

    Trailing periods glued to names by the OCR source ("Strobel.") are trimmed off spans.
    """
    rows = read_jsonl(NER_DIR / "europeana-de.jsonl", EUROPEANA, trim=".,;:")
    by_provider: dict[str, list[Sentence]] = {}
    for s in rows:
        by_provider.setdefault(s.id.rsplit("-", 1)[0], []).append(s)
    train, held = [], []
    for chunks in by_provider.values():
        cut = round(len(chunks) * (1 - EUROPEANA_HELD_BACK))
        train += chunks[:cut]
        held += chunks[cut:]
    return train, held


# --- Portuguese contractions -------------------------------------------------------------

#: UD Bosque writes contractions as their parts ("em o governo"); real text has "no governo".
PT_CONTRACTIONS = {
    ("de", "o"): "do", ("de", "a"): "da", ("de", "os"): "dos", ("de", "as"): "das",
    ("em", "o"): "no", ("em", "a"): "na", ("em", "os"): "nos", ("em", "as"): "nas",
    ("a", "o"): "ao", ("a", "os"): "aos", ("a", "a"): "à", ("a", "as"): "às",
    ("por", "o"): "pelo", ("por", "a"): "pela", ("por", "os"): "pelos", ("por", "as"): "pelas",
    ("de", "ele"): "dele", ("de", "ela"): "dela", ("de", "eles"): "deles", ("de", "elas"): "delas",
    ("em", "ele"): "nele", ("em", "ela"): "nela", ("em", "eles"): "neles", ("em", "elas"): "nelas",
    ("de", "este"): "deste", ("de", "esta"): "desta", ("de", "estes"): "destes",
    ("de", "estas"): "destas", ("de", "esse"): "desse", ("de", "essa"): "dessa",
    ("de", "esses"): "desses", ("de", "essas"): "dessas", ("de", "isso"): "disso",
    ("de", "isto"): "disto", ("de", "aquele"): "daquele", ("de", "aquela"): "daquela",
    ("de", "aqueles"): "daqueles", ("de", "aquelas"): "daquelas", ("de", "aquilo"): "daquilo",
    ("em", "este"): "neste", ("em", "esta"): "nesta", ("em", "esse"): "nesse",
    ("em", "essa"): "nessa", ("em", "isso"): "nisso", ("em", "isto"): "nisto",
    ("em", "aquele"): "naquele", ("em", "aquela"): "naquela", ("em", "um"): "num",
    ("em", "uma"): "numa", ("a", "aquele"): "àquele", ("a", "aquela"): "àquela",
}


def _contract(first: str, second: str) -> str | None:
    joined = PT_CONTRACTIONS.get((first.lower(), second.lower()))
    if joined is None:
        return None
    if first.isupper() and (second.isupper() or len(first) > 1):
        return joined.upper()
    if first[0].isupper():
        return joined[0].upper() + joined[1:]
    return joined


def contract_pt(words: list[str], tags: list[str]) -> tuple[list[str], list[str]]:
    """Join split contractions back; a pair is joined only when it does not straddle an entity edge."""
    out_w: list[str] = []
    out_t: list[str] = []
    i = 0
    while i < len(words):
        if i + 1 < len(words):
            joined = _contract(words[i], words[i + 1])
            t1, t2 = tags[i], tags[i + 1]
            inside = t1 != "O" and t2.startswith("I-")
            if joined and (inside or (t1 == "O" and t2 == "O")):
                out_w.append(joined)
                out_t.append(t1)
                i += 2
                continue
        out_w.append(words[i])
        out_t.append(tags[i])
        i += 1
    return out_w, out_t


def read_bosque_contracted(split: str) -> list[Sentence]:
    """Bosque with contractions joined as in running text (for training and a second score)."""
    path = TRAIN_DIR / "uner_bosque_cc-by-sa" / f"pt_bosque-ud-{split}.iob2"
    out = []
    for n, block in enumerate(_iob2_blocks(path)):
        words, tags = contract_pt([c[1] for c in block], [c[2] for c in block])
        out.append(from_tokens(f"bosque-{split}-c-{n}", words, tags, UNER.get))
    return out


# --- splits per language -----------------------------------------------------------------

def _split_off(rows: list[Sentence], fraction: float, seed: str) -> tuple[list[Sentence], list[Sentence]]:
    """(rest, a seeded ``fraction`` sample) — both kept in file order."""
    idx = set(random.Random(seed).sample(range(len(rows)), round(len(rows) * fraction)))
    return ([r for i, r in enumerate(rows) if i not in idx], [r for i, r in enumerate(rows) if i in idx])


#: Russian: the fraction of the WikiNER dev split kept for model selection (the rest is trained on).
WIKINER_DEV_KEPT = 0.25
#: Russian: drop multi-word MISC spans that start lowercase from training (``drop_phrase_misc``).
WIKINER_DROP_PHRASE_MISC = True


#: Portuguese: train on every Bosque sentence in both forms (UD-split and contracted);
#: False: half the sentences (seeded) in each form.
PT_BOSQUE_BOTH_FORMS = True


#: German: GermEval sentences are repeated this many times in the training set, so the
#: modern-language gold is not outweighed by the larger historical OCR set.
GERMEVAL_REPEAT = 1


def datasets(lang: str, *, europeana: bool = True,
             germeval_repeat: int = GERMEVAL_REPEAT) -> dict[str, list[Sentence]]:
    """``train``, ``dev`` (model selection) and ``test-*`` (held back, never trained on) sets."""
    if lang == "pl":
        train, dev = _split_off(read_kpwr("train"), 0.1, "kpwr-dev")
        return {"train": train, "dev": dev, "test-kpwr": read_kpwr("test")}
    if lang == "ru":
        # The WikiNER dev split is a third of the size of train: a seeded quarter of it is
        # enough for model selection, the rest is trained on (test is never touched).
        dev_train, dev = _split_off(read_wikiner("dev"), WIKINER_DEV_KEPT, "wikiner-dev")
        train = read_wikiner("train") + dev_train
        if WIKINER_DROP_PHRASE_MISC:
            train = drop_phrase_misc(train)
        return {"train": train, "dev": dev,
                "test-wikiner": read_wikiner("test"), "test-pud": read_pud()}
    if lang == "pt":
        # Every Bosque training sentence as split by UD, and each one with a contraction
        # also with it joined, so the model reads both "do Porto" and the UD test set's
        # "de o Porto", and the newspaper text is not outweighed by LeNER-Br's legal text.
        split, joined = read_bosque("train"), read_bosque_contracted("train")
        if PT_BOSQUE_BOTH_FORMS:
            bosque = split + [j for s, j in zip(split, joined) if j.text != s.text]
        else:  # half the sentences (seeded) in each form
            rng = random.Random("bosque-contract")
            bosque = [j if rng.random() < 0.5 else s for s, j in zip(split, joined)]
        return {"train": bosque + read_lener("train"), "dev": read_bosque("dev"),
                "test-bosque": read_bosque("test"),
                "test-bosque-contracted": read_bosque_contracted("test"),
                "test-lener": read_lener("test")}
    if lang == "de":
        train, dev = _split_off(read_germeval_dev(), 0.1, "germeval-dev")
        eur_train, eur_held = read_europeana_de()
        return {"train": train * germeval_repeat + (eur_train if europeana else []), "dev": dev,
                "test-germeval": read_jsonl(NER_DIR / "germeval2014-de.jsonl", GERMEVAL),
                "test-europeana": eur_held}
    if lang in UNER_XX:
        return datasets_uner(lang)
    if lang == "xx":
        return datasets_xx()
    raise SystemExit(f"unknown language {lang!r}; one of {', '.join(LANGS)}")


# --- the multilingual set -----------------------------------------------------------------

#: UNER treebanks trained on by the multilingual model: language → (folder, file stem).
#: Only their ``train`` files are trained on; ``dev`` selects the model, ``test`` is held back.
UNER_XX = {
    "sk": ("uner_slovak-snk_cc-by-sa", "sk_snk-ud"),
    "hr": ("uner_croatian-set_cc-by-sa", "hr_set-ud"),
    "sr": ("uner_serbian-set_cc-by-sa", "sr_set-ud"),
    "da": ("uner_danish-ddt_cc-by-sa", "da_ddt-ud"),
}

#: Languages whose own model also trains on a neighbour's UNER train split (Latin script):
#: Croatian and Serbian are one standard language in two norms, and the Serbian-SET
#: treebank is written in Latin like the Croatian one.
UNER_NEIGHBOURS: dict[str, tuple[str, ...]] = {"hr": ("sr",)}

#: Serbian Latin → Cyrillic (the two scripts map one to one; digraphs first).
SR_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ", "Lj": "Љ", "Nj": "Њ", "Dž": "Џ",
               "LJ": "Љ", "NJ": "Њ", "DŽ": "Џ"}
SR_LETTERS = dict(zip("abvgdđežzijklmnoprstćufhcčš", "абвгдђежзијклмнопрстћуфхцчш"))
SR_LETTERS.update({k.upper(): v.upper() for k, v in list(SR_LETTERS.items())})


def sr_cyrillic(text: str) -> str:
    """Serbian Latin text in Cyrillic, character for character except the digraphs.

    Offsets shift where a digraph becomes one letter, so callers map spans with
    ``sr_cyrillic_sentence``. Letters outside the Serbian alphabet (q, w, x, y) are kept.
    """
    out = []
    i = 0
    while i < len(text):
        pair = text[i:i + 2]
        if pair in SR_DIGRAPHS:
            out.append(SR_DIGRAPHS[pair])
            i += 2
            continue
        out.append(SR_LETTERS.get(text[i], text[i]))
        i += 1
    return "".join(out)


def sr_cyrillic_sentence(row: Sentence) -> Sentence:
    """A Serbian Latin sentence and its spans, written in Cyrillic."""
    cuts = sorted({0, len(row.text)} | {p for s, e, _ in row.spans for p in (s, e)})
    new_pos = {}
    text = ""
    for a, b in zip(cuts, cuts[1:]):
        new_pos[a] = len(text)
        text += sr_cyrillic(row.text[a:b])
    new_pos[len(row.text)] = len(text)
    return Sentence(row.id + "-cyrl", text,
                    tuple((new_pos[s], new_pos[e], lab) for s, e, lab in row.spans))


def datasets_uner(lang: str) -> dict[str, list[Sentence]]:
    """A UNER treebank's own model (sk, hr, sr, da): train split, dev split, test held back.

    The same splits the multilingual model uses, so the two score on the same held-back
    test. Serbian also trains on its sentences transliterated to Cyrillic (as the
    multilingual model does) and is scored in both scripts.
    """
    folder, stem = UNER_XX[lang]
    base = TRAIN_DIR / folder / stem
    train = read_uner(Path(f"{base}-train.iob2"), f"uner-{lang}-train")
    dev = read_uner(Path(f"{base}-dev.iob2"), f"uner-{lang}-dev")
    test = read_uner(Path(f"{base}-test.iob2"), f"uner-{lang}-test")
    out = {"train": train, "dev": dev, f"test-{lang}": test}
    if lang == "sr":
        out["train"] = train + [sr_cyrillic_sentence(r) for r in train]
        out["dev"] = dev + [sr_cyrillic_sentence(r) for r in dev]
        out["test-sr-cyrl"] = [sr_cyrillic_sentence(r) for r in test]
    for other in UNER_NEIGHBOURS.get(lang, ()):
        # A neighbour's train split is trained on too; its test split is scored (never its
        # dev split: model selection stays on the language's own dev set).
        ofolder, ostem = UNER_XX[other]
        obase = TRAIN_DIR / ofolder / ostem
        out["train"] = out["train"] + read_uner(Path(f"{obase}-train.iob2"), f"uner-{other}-train")
        out[f"test-{other}"] = read_uner(Path(f"{obase}-test.iob2"), f"uner-{other}-test")
    return out


def no_misc(rows: list[Sentence]) -> list[Sentence]:
    """MISC spans become O: the UNER treebanks have no MISC class, so no source may teach one."""
    return [Sentence(r.id, r.text, tuple(sp for sp in r.spans if sp[2] != "MISC")) for r in rows]


#: Multilingual model selection: at most this many sentences of each language's dev set.
XX_DEV_PER_LANG = 500


def datasets_xx() -> dict[str, list[Sentence]]:
    """The multilingual set: every training split of ``ner-train``, no dev or test file.

    de, pl and pt train as their own models do; ru trains on the WikiNER train split only
    (its dev file selects the model); sk, hr, sr and da on their UNER train splits, Serbian
    also transliterated to Cyrillic (the only Cyrillic South Slavic text there is, for
    Bulgarian and Ukrainian beside Russian). MISC is dropped everywhere. Model selection
    uses a seeded sample of every language's dev set; the UNER test splits are held back.
    """
    own = {lang: datasets(lang) for lang in ("de", "pl", "pt")}
    ru_train = drop_phrase_misc(read_wikiner("train"))
    train = own["de"]["train"] + own["pl"]["train"] + own["pt"]["train"] + ru_train
    devs = [own["de"]["dev"], own["pl"]["dev"], own["pt"]["dev"], read_wikiner("dev")]
    held: dict[str, list[Sentence]] = {}
    for lang, (folder, stem) in UNER_XX.items():
        base = TRAIN_DIR / folder / stem
        rows = read_uner(Path(f"{base}-train.iob2"), f"uner-{lang}-train")
        train += rows
        if lang == "sr":
            train += [sr_cyrillic_sentence(r) for r in rows]
        devs.append(read_uner(Path(f"{base}-dev.iob2"), f"uner-{lang}-dev"))
        held[f"test-{lang}"] = read_uner(Path(f"{base}-test.iob2"), f"uner-{lang}-test")
    dev = []
    for rows in devs:
        dev += _split_off(rows, min(1.0, XX_DEV_PER_LANG / len(rows)), "xx-dev")[1]
    return {"train": no_misc(train), "dev": no_misc(dev), **held}


def to_docbin(nlp, rows: Iterable[Sentence]):
    """A DocBin of ``nlp.make_doc`` docs; spans that do not align with tokens are skipped."""
    from spacy.tokens import DocBin
    db = DocBin(store_user_data=False)
    skipped = 0
    for row in rows:
        doc = nlp.make_doc(row.text)
        ents = []
        for start, end, label in row.spans:
            span = doc.char_span(start, end, label=label, alignment_mode="contract")
            if span is None or not len(span):
                skipped += 1
                continue
            ents.append(span)
        try:
            doc.ents = ents
        except ValueError:
            skipped += len(ents)
            doc.ents = []
        db.add(doc)
    return db, skipped


def build(lang: str, out: Path, *, europeana: bool = True,
          germeval_repeat: int = GERMEVAL_REPEAT) -> dict[str, dict]:
    """Write ``out/<name>.spacy`` (and ``.jsonl``) for every set; returns counts per set."""
    import spacy
    nlp = spacy.blank(lang)
    out.mkdir(parents=True, exist_ok=True)
    stats = {}
    for name, rows in datasets(lang, europeana=europeana, germeval_repeat=germeval_repeat).items():
        db, skipped = to_docbin(nlp, rows)
        db.to_disk(out / f"{name}.spacy")
        with (out / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row.to_json(), ensure_ascii=False) + "\n")
        labels = Counter(lab for r in rows for *_, lab in r.spans)
        stats[name] = {"sentences": len(rows), "entities": dict(sorted(labels.items())),
                       "skipped_spans": skipped}
    return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("lang", choices=LANGS)
    ap.add_argument("--build", type=Path, default=None, help="output folder (training/build/LANG)")
    ap.add_argument("--no-europeana", action="store_true", help="German: GermEval dev only")
    args = ap.parse_args(argv)
    if not TRAIN_DIR.is_dir():
        print(f"corpus not found at {TRAIN_DIR}; nothing to convert")
        return 0
    stats = build(args.lang, args.build or BUILD / args.lang, europeana=not args.no_europeana)
    print(json.dumps(stats, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
