"""Batch speed and memory of `releasepipe run`, as ratios against bare spaCy on the same machine.

    python benchmarks/speed.py [--n 600] [--repeats 2] [--rss 500 5000] [--pipeline default] [--markdown]

Builds a folder of N French releases (the project's samples plus, when present,
the press releases of ../shared/corpus, repeated under new names, every
paragraph ended by a marker that makes it distinct: no paragraph repeats, so the
paragraph cache has nothing to save), then measures in one go:

- bare ``nlp.pipe`` of the pipeline's French model over the same texts, twice:
  as spaCy loads it with the definition's ``exclude`` list (``tok2vec`` + ``ner``),
  and with ``ner`` alone, the component releasepipe runs (the official
  pipelines' shared ``tok2vec`` feeds only components that are excluded, so
  releasepipe drops it; see ``releasepipe.models``);
- ``releasepipe run`` JSON only (``--no-docx``) and with Word outputs, ``--jobs 1``;
- ``--jobs 2`` against ``--jobs 1`` (JSON only, marginal throughput too);
- peak RSS of ``--jobs 1`` runs over LOW and HIGH releases (memory must stay flat);
- a rerun of the HIGH batch where nothing changed, and ``releasepipe --help``;
- a second batch of N releases built like real traffic: unique bodies (the same
  texts, their paragraphs marked), the paragraphs the texts themselves repeat
  (a project's "About" block) kept, and each release ending with the "About" and
  contact blocks of one of six organizations: bare ``nlp.pipe`` over those whole
  texts, ``run --no-docx --jobs 1`` with and without the paragraph cache, and a
  rerun into the same OUT after one paragraph of every release was edited.

Start-up and warm-up are excluded from throughput on both sides. The bare
run loads its model and reads one copy of every distinct text before the
clock starts (spaCy's first sight of a text adds its words to the vocabulary
and grows its buffers, about 10 % of a first pass). releasepipe's throughput
is marginal wall-clock time: (N - n) releases over the difference between the
wall time of a run over N releases and of the same command over n = N/2 of
them (at least one copy of every distinct text), for ``--jobs 2`` as for
``--jobs 1``. With n that large every worker of ``--jobs 2`` has met every
text, so has loaded every model the big run needs (a release with an English
or Spanish paragraph loads that model, in each worker), before the part that
is measured; with n = N/10 a worker could still load a model in the big run
only, which charged ~1 s of start-up to ``--jobs 2``'s throughput.
Each throughput is the best of ``--repeats`` measurements (the fastest
bare pass; the shortest wall time of each run), and the bare baseline is
measured again after the releasepipe runs, the faster counting: on a shared
virtual machine a single pass can be 5 % off.
Everything a run does per release counts: reading, models, extractors,
schema validation, writing JSON (and Word), the state database and the
rebuilt releases.jsonl and digest.
"""

from __future__ import annotations

import os

# One numeric thread per process, as `releasepipe run` sets for itself; the bare
# baseline runs the same way (21.4 releases/s against 21.0 with the default
# thread pools, on 2 cores).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "press"


def french_texts() -> list[tuple[str, bytes]]:
    """(name, bytes) of French releases: samples, then the measurement corpus when present."""
    found = [(p.name, p.read_bytes()) for p in sorted((ROOT / "samples" / "fr").glob("*.txt"))]
    for folder in (CORPUS / "fsfe" / "fr", CORPUS / "debian" / "fr"):
        if folder.is_dir():
            found += [(p.name, p.read_bytes()) for p in sorted(folder.glob("*.txt"))]
    return found


# Six organizations' recurring blocks (written for this benchmark): each release of the
# realistic batch ends with its organization's "About" and contact blocks, as real
# releases do.
ORGANIZATIONS = [
    ("À propos de l'Alliance Eau Sahel\n\nL'Alliance Eau Sahel, fondée en 2004 à Niamey, réunit 37 associations "
     "locales et trois universités. Elle a construit plus de 1 200 points d'eau au Niger, au Mali et au Burkina "
     "Faso, avec le soutien de l'Union européenne et de la Banque africaine de développement.",
     "Contact presse : Mariama Issoufou, chargée de communication, +227 20 73 45 61, presse@alliance-eau.example"),
    ("À propos de la Fondation Horizon Santé\n\nCréée en 1998 à Lyon, la Fondation Horizon Santé finance la "
     "recherche sur les maladies tropicales négligées. Elle soutient 64 équipes dans 18 pays et publie chaque "
     "année un rapport indépendant sur l'accès aux médicaments essentiels.",
     "Relations médias : Claire Dumont, +33 4 72 10 58 20, claire.dumont@horizon-sante.example"),
    ("À propos du Réseau Littoral Atlantique\n\nLe Réseau Littoral Atlantique rassemble depuis 2011 les "
     "communes côtières de Bretagne et des Pays de la Loire. Il coordonne la surveillance de l'érosion, la "
     "restauration des dunes et l'information du public sur les risques de submersion.",
     "Pour plus d'informations : Yann Le Goff, directeur, +33 2 98 44 17 03, contact@littoral.example"),
    ("À propos de Solidarité Numérique Afrique\n\nSolidarité Numérique Afrique forme chaque année 5 000 jeunes "
     "aux métiers du numérique à Dakar, Abidjan et Douala. Ses programmes sont gratuits et ouverts aux jeunes de "
     "16 à 25 ans sortis du système scolaire.",
     "Contact : Aïssatou Ndiaye, responsable presse, +221 33 821 47 90, presse@sna.example"),
    ("À propos de l'Observatoire des Migrations Alpines\n\nL'Observatoire des Migrations Alpines, basé à "
     "Grenoble, documente depuis 2016 les passages de la frontière franco-italienne. Ses rapports s'appuient sur "
     "des entretiens avec les personnes migrantes, les bénévoles et les autorités locales.",
     "Contact presse : Luca Bernardi, +33 4 76 51 22 86, luca.bernardi@oma.example"),
    ("À propos de Terres Solidaires\n\nTerres Solidaires accompagne 9 000 familles paysannes à Madagascar et aux "
     "Comores dans la transition vers l'agroécologie. L'association est financée par des dons privés et l'Agence "
     "française de développement.",
     "Contact médias : Hery Rakoto, +261 20 22 345 67, medias@terres-solidaires.example"),
]


NOTES = ("Notes aux rédactions : les photos et vidéos de ce communiqué sont libres de droits pour un usage "
         "éditorial, avec la mention du photographe. Les porte-parole sont disponibles pour des entretiens en "
         "français, en anglais et en espagnol, sur place ou par téléphone.")


def _paragraphs(data: bytes) -> list[str]:
    return [p for p in data.decode("utf-8").replace("\r\n", "\n").split("\n\n") if p.strip()]


def build_inbox(folder: Path, n: int, *, realistic: bool = False) -> None:
    """N releases made from the French texts, every paragraph distinct from every other
    (a marker ends it: the model reads each once, with or without a cache), or, with
    ``realistic``, like real traffic: unique bodies, the paragraphs the texts themselves
    repeat (a project's "About" block) kept, and each release's organization's blocks."""
    texts = french_texts()
    counts: dict[str, int] = {}
    for _, data in texts:
        for p in _paragraphs(data):
            counts[p] = counts.get(p, 0) + 1
    folder.mkdir(parents=True)
    for i in range(n):
        name, data = texts[i % len(texts)]
        paragraphs = [p if realistic and counts[p] > 1 else f"{p} ({i}.{k})" for k, p in enumerate(_paragraphs(data))]
        if realistic:
            about, contact = ORGANIZATIONS[i % len(ORGANIZATIONS)]
            paragraphs += [NOTES, about, contact]
        (folder / f"{i:05d}-{name}").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def repeated_share(folder: Path) -> float:
    """The share of the characters of a batch that sit in paragraphs written in two or more releases."""
    counts: dict[str, int] = {}
    for path in folder.iterdir():
        for p in set(_paragraphs(path.read_bytes())):
            counts[p] = counts.get(p, 0) + 1
    total = sum(len(p) for path in folder.iterdir() for p in _paragraphs(path.read_bytes()))
    return sum(len(p) * c for p, c in counts.items() if c > 1) / total


def edit_one_paragraph(folder: Path) -> None:
    """Edit the first paragraph after the title of every release, as a correction would."""
    for path in folder.iterdir():
        paragraphs = _paragraphs(path.read_bytes())
        k = 1 if len(paragraphs) > 1 else 0
        paragraphs[k] += " Mise à jour : les chiffres ont été corrigés."
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def bare_pipe(inbox: Path, model: str, exclude: list[str], batch_size: int | None, warm: int,
              passes: int = 1, ner_alone: bool = False) -> float:
    """Releases per second of nlp.pipe over the release texts (the best of
    ``passes`` passes), model loaded and its first ``warm`` texts read beforehand;
    with ``ner_alone``, without the embedding layer no remaining component reads."""
    import spacy

    from releasepipe import ingest, models

    texts = [ingest.read(p).text for p in sorted(inbox.iterdir())]
    nlp = spacy.load(model, exclude=exclude)
    if ner_alone:
        models.drop_unheard(nlp)
    list(nlp.pipe(texts[:warm], batch_size=batch_size))
    best = 0.0
    for _ in range(passes):
        t = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
        best = max(best, len(texts) / (time.perf_counter() - t))
    return best


def cli(*args: str) -> tuple[float, int]:
    """Wall seconds and peak RSS (kB) of one `releasepipe` command in a fresh process."""
    t = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-m", "releasepipe.cli", *args], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return time.perf_counter() - t, max(rss, before)


def walls(tmp: Path, name: str, big: Path, small: Path, repeats: int, *args: str) -> tuple[float, float]:
    """The shortest wall time of ``repeats`` runs over ``big`` and over ``small``
    (alternated, each into a new output folder so that every run does all the work)."""
    best_big = best_small = float("inf")
    for k in range(repeats):
        best_big = min(best_big, cli("run", str(big), "--out", str(tmp / f"{name}-{k}"), *args)[0])
        best_small = min(best_small, cli("run", str(small), "--out", str(tmp / f"{name}-small-{k}"), *args)[0])
    return best_big, best_small


def marginal(n_big: int, wall_big: float, n_small: int, wall_small: float) -> float:
    """Releases per second of the releases a bigger run adds: start-up cancels out."""
    return (n_big - n_small) / (wall_big - wall_small)


def peak_rss_kb(*args: str) -> int:
    """Peak RSS of a command run in its own process (so earlier children do not count)."""
    code = ("import resource, subprocess, sys;"
            f"subprocess.run([sys.executable, '-m', 'releasepipe.cli', *{list(args)!r}], check=True,"
            " stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    return int(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=600, help="releases in the throughput batch")
    parser.add_argument("--rss", type=int, nargs=2, default=(500, 5000), metavar=("LOW", "HIGH"),
                        help="batch sizes whose peak RSS is compared (and HIGH is rerun unchanged)")
    parser.add_argument("--repeats", type=int, default=2,
                        help="runs per measurement; the fastest counts (on both sides)")
    parser.add_argument("--pipeline", default="default")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()

    from releasepipe.pipeline import load_pipeline

    config = load_pipeline(args.pipeline)
    model = config.models["fr"]
    tmp = Path(tempfile.mkdtemp(prefix="releasepipe-bench-"))
    try:
        inbox = tmp / "in"
        build_inbox(inbox, args.n)
        rows: list[tuple[str, str]] = []
        # The baseline is the faster of spaCy's default batch size and the 64 texts
        # releasepipe itself batches; a batch of 8 whole releases, hand-tuned for
        # these texts (less padding), is shown too.
        distinct = min(len(french_texts()), args.n)
        exclude = list(config.exclude)
        bares = {size: bare_pipe(inbox, model, exclude, size, distinct, passes=args.repeats) for size in (None, 64, 8)}
        ners = {size: bare_pipe(inbox, model, exclude, size, distinct, passes=args.repeats, ner_alone=True)
                for size in (None, 64)}

        common = ["--pipeline", args.pipeline]
        small = tmp / "small"
        # Half the batch, and at least one copy of every distinct text: every worker
        # loads the models the big run needs (English and Spanish paragraphs of some
        # releases) within the small run; loading one is start-up, not throughput.
        n_small = min(max(args.n // 2, distinct), args.n - 1)
        build_inbox(small, n_small)
        wall_json, wall_json_s = walls(tmp, "json1", inbox, small, args.repeats, "--no-docx", "--jobs", "1", *common)
        json1 = marginal(args.n, wall_json, n_small, wall_json_s)
        wall_plain, wall_plain_s = walls(tmp, "json1-nocache", inbox, small, args.repeats, "--no-docx", "--jobs", "1",
                                         "--no-cache", *common)
        json1_plain = marginal(args.n, wall_plain, n_small, wall_plain_s)
        wall_docx, wall_docx_s = walls(tmp, "docx1", inbox, small, args.repeats, "--jobs", "1", *common)
        docx1 = marginal(args.n, wall_docx, n_small, wall_docx_s)
        wall_j2, wall_j2_s = walls(tmp, "json2", inbox, small, args.repeats, "--no-docx", "--jobs", "2", *common)
        json2 = marginal(args.n, wall_j2, n_small, wall_j2_s)
        # The baseline again after the runs: the faster of both measurements counts,
        # so a machine that slowed down meanwhile does not flatter releasepipe.
        bare_after = bare_pipe(inbox, model, exclude, 64, distinct, passes=args.repeats)
        ner_after = bare_pipe(inbox, model, exclude, 64, distinct, passes=args.repeats, ner_alone=True)
        bare = max(bares[None], bares[64], bare_after)
        ner = max(ners[None], ners[64], ner_after)
        rows.append((f"bare nlp.pipe ({model}, tok2vec + ner), whole releases",
                     f"{bare:.1f} releases/s (default batch {bares[None]:.1f}, batch 64 {bares[64]:.1f} before "
                     f"and {bare_after:.1f} after the runs; batch 8: {bares[8]:.1f})"))
        rows.append((f"bare nlp.pipe ({model}, ner alone), whole releases",
                     f"{ner:.1f} releases/s (default batch {ners[None]:.1f}, batch 64 {ners[64]:.1f} before "
                     f"and {ner_after:.1f} after the runs)"))
        rows.append(("releasepipe run --no-docx --jobs 1", f"{json1:.1f} releases/s ({json1 / bare:.2f}× bare "
                                                            f"tok2vec + ner, {json1 / ner:.2f}× bare ner alone); "
                                                            f"wall {wall_json:.1f} s incl. start-up "
                                                            f"({wall_json_s:.1f} s for {n_small})"))
        rows.append(("releasepipe run --no-docx --jobs 1 --no-cache",
                     f"{json1_plain:.1f} releases/s (the cache costs {1 - json1 / json1_plain:+.1%} on a batch "
                     "where no paragraph repeats)"))
        rows.append(("releasepipe run (JSON + Word) --jobs 1",
                     f"{docx1:.1f} releases/s ({docx1 / bare:.2f}× bare tok2vec + ner, "
                     f"{docx1 / ner:.2f}× bare ner alone); wall {wall_docx:.1f} s"))
        rows.append(("--jobs 2 vs --jobs 1 (JSON only, marginal)",
                     f"{json1:.1f} → {json2:.1f} releases/s ({json2 / json1:.2f}×); "
                     f"wall incl. start-up {wall_json:.1f} s → {wall_j2:.1f} s ({wall_json / wall_j2:.2f}×)"))
        same = (tmp / "json1-0" / "releases.jsonl").read_bytes() == (tmp / "json2-0" / "releases.jsonl").read_bytes()
        rows.append(("releases.jsonl identical for --jobs 1 and 2", "yes" if same else "NO"))

        low, high = args.rss
        rss_in_low, rss_in_high = tmp / "rss-in-low", tmp / "rss-in-high"
        build_inbox(rss_in_low, low)
        build_inbox(rss_in_high, high)
        rss_low = peak_rss_kb("run", str(rss_in_low), "--out", str(tmp / "rss-low"), "--no-docx", "--jobs", "1",
                              *common)
        rss_high = peak_rss_kb("run", str(rss_in_high), "--out", str(tmp / "rss-high"), "--no-docx", "--jobs", "1",
                               *common)
        rows += realistic_rows(tmp, args, model, exclude, common)

        rows.append((f"peak RSS, --jobs 1: {low} → {high} releases",
                     f"{rss_low / 1024:.0f} MB → {rss_high / 1024:.0f} MB ({rss_high / rss_low - 1:+.0%})"))
        rerun, _ = cli("run", str(rss_in_high), "--out", str(tmp / "rss-high"), "--no-docx", *common)
        rows.append((f"rerun with nothing changed ({high} releases)", f"{rerun:.2f} s"))
        helptime = min(cli("--help")[0] for _ in range(3))
        rows.append(("releasepipe --help", f"{helptime:.2f} s"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    cores = os.cpu_count()
    if args.markdown:
        print(f"| measure ({args.n} French releases, pipeline `{args.pipeline}`, {cores} cores) | result |")
        print("|---|---|")
        for name, value in rows:
            print(f"| {name} | {value} |")
    else:
        for name, value in rows:
            print(f"{name:60} {value}")


def _pair(wall: tuple[float, float], n_small: int) -> tuple[float, int, float]:
    """(big wall, n small, small wall): the arguments of ``marginal`` after the batch size."""
    return wall[0], n_small, wall[1]


def realistic_rows(tmp: Path, args: argparse.Namespace, model: str, exclude: list[str],
                   common: list[str]) -> list[tuple[str, str]]:
    """The batch built like real traffic, with and without the paragraph cache, and a rerun
    after one paragraph of every release was edited."""
    inbox, small = tmp / "real-in", tmp / "real-small"
    build_inbox(inbox, args.n, realistic=True)
    n_small = args.n // 2
    build_inbox(small, n_small, realistic=True)
    warm = min(len(french_texts()), args.n)
    bare = max(bare_pipe(inbox, model, exclude, size, warm, passes=args.repeats) for size in (None, 64))
    ner = max(bare_pipe(inbox, model, exclude, size, warm, passes=args.repeats, ner_alone=True) for size in (None, 64))
    json_args = ["--no-docx", "--jobs", "1", *common]
    cached = marginal(args.n, *_pair(walls(tmp, "real-cache", inbox, small, args.repeats, *json_args), n_small))
    plain = marginal(args.n, *_pair(walls(tmp, "real-nocache", inbox, small, args.repeats, *json_args, "--no-cache"),
                                    n_small))
    same = ((tmp / "real-cache-0" / "releases.jsonl").read_bytes()
            == (tmp / "real-nocache-0" / "releases.jsonl").read_bytes())
    out = tmp / "real-rerun"
    first, _ = cli("run", str(inbox), "--out", str(out), *json_args)
    edit_one_paragraph(inbox)
    second, _ = cli("run", str(inbox), "--out", str(out), *json_args)
    return [
        ("realistic batch: characters in paragraphs written in 2+ releases", f"{repeated_share(inbox):.0%}"),
        (f"realistic batch: bare nlp.pipe ({model}), whole releases",
         f"tok2vec + ner {bare:.1f} releases/s; ner alone {ner:.1f} releases/s"),
        ("realistic batch: releasepipe run --no-docx --jobs 1",
         f"{cached:.1f} releases/s ({cached / ner:.2f}× bare ner alone, {cached / bare:.2f}× bare tok2vec + ner, "
         f"{cached / plain:.2f}× --no-cache at {plain:.1f} releases/s); JSON identical with --no-cache: "
         f"{'yes' if same else 'NO'}"),
        ("realistic batch: rerun after editing one paragraph of every release",
         f"{second:.1f} s against {first:.1f} s for the first run ({second / first:.2f}×)"),
    ]


if __name__ == "__main__":
    main()
