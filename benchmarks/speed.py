"""Batch speed and memory of `releasepipe run`, as ratios against bare spaCy on the same machine.

    python benchmarks/speed.py [--n 400] [--pipeline default] [--markdown]

Builds a folder of N French releases (the project's samples plus, when present,
the press releases of ../shared/corpus, repeated under new names), then
measures in one go:

- bare ``nlp.pipe`` of the pipeline's French model (same components, same texts);
- ``releasepipe run`` JSON only (``--no-docx``) and with Word outputs, ``--jobs 1``;
- ``--jobs 2`` against ``--jobs 1`` (JSON only);
- peak RSS of a ``--jobs 1`` run, and of runs over N/10 and N releases (memory must stay flat);
- a rerun where nothing changed, and ``releasepipe --help``.

Model loading is excluded from throughput: the bare run loads its model
before the clock starts, and releasepipe's throughput is taken from the time
between the first and the last release written (run-report timings).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "press"


def french_texts() -> list[tuple[str, bytes]]:
    """(name, bytes) of French releases: samples, then the measurement corpus when present."""
    found = [(p.name, p.read_bytes()) for p in sorted((ROOT / "samples" / "fr").glob("*.txt"))]
    for folder in (CORPUS / "fsfe" / "fr", CORPUS / "debian" / "fr"):
        if folder.is_dir():
            found += [(p.name, p.read_bytes()) for p in sorted(folder.glob("*.txt"))]
    return found


def build_inbox(folder: Path, n: int) -> None:
    texts = french_texts()
    folder.mkdir(parents=True)
    for i in range(n):
        name, data = texts[i % len(texts)]
        # A marker line keeps every copy distinct (own hash, own output).
        (folder / f"{i:05d}-{name}").write_bytes(data + f"\n\nRéf. {i}\n".encode())


def bare_pipe(inbox: Path, model: str, exclude: list[str]) -> float:
    """Releases per second of nlp.pipe over the release texts, model loaded beforehand."""
    import spacy

    from releasepipe import ingest

    texts = [ingest.read(p).text for p in sorted(inbox.iterdir())]
    nlp = spacy.load(model, exclude=exclude)
    list(nlp.pipe(texts[:8]))
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return len(texts) / (time.perf_counter() - t)


def cli(*args: str) -> tuple[float, int]:
    """Wall seconds and peak RSS (kB) of one `releasepipe` command in a fresh process."""
    t = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-m", "releasepipe.cli", *args], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return time.perf_counter() - t, max(rss, before)


def throughput(out: Path) -> float:
    """Releases per second from the run report, excluding start-up and model loading."""
    report = json.loads((out / "run-report.json").read_text(encoding="utf-8"))
    seconds = sum(f["seconds"] for f in report["files"] if f["status"] == "ok" and not f["reused"])
    done = sum(1 for f in report["files"] if f["status"] == "ok" and not f["reused"])
    return done / seconds if seconds else float("nan")


def peak_rss_kb(*args: str) -> int:
    """Peak RSS of a command run in its own process (so earlier children do not count)."""
    code = ("import resource, subprocess, sys;"
            f"subprocess.run([sys.executable, '-m', 'releasepipe.cli', *{list(args)!r}], check=True,"
            " stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    return int(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=400, help="releases in the batch")
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
        bare = bare_pipe(inbox, model, list(config.exclude))
        rows.append((f"bare nlp.pipe ({model}, {', '.join(['tok2vec', 'ner'])})", f"{bare:.1f} releases/s"))

        common = ["--pipeline", args.pipeline]
        wall_json, _ = cli("run", str(inbox), "--out", str(tmp / "json1"), "--no-docx", "--jobs", "1", *common)
        json1 = throughput(tmp / "json1")
        rows.append(("releasepipe run --no-docx --jobs 1", f"{json1:.1f} releases/s ({json1 / bare:.2f}× bare); "
                                                            f"wall {wall_json:.1f} s incl. start-up"))
        wall_docx, _ = cli("run", str(inbox), "--out", str(tmp / "docx1"), "--jobs", "1", *common)
        docx1 = throughput(tmp / "docx1")
        rows.append(("releasepipe run (JSON + Word) --jobs 1", f"{docx1:.1f} releases/s ({docx1 / bare:.2f}× bare); "
                                                                f"wall {wall_docx:.1f} s"))
        wall_j2, _ = cli("run", str(inbox), "--out", str(tmp / "json2"), "--no-docx", "--jobs", "2", *common)
        rows.append(("--jobs 2 vs --jobs 1 (JSON only, wall incl. start-up)",
                     f"{wall_json:.1f} s → {wall_j2:.1f} s ({wall_json / wall_j2:.2f}×)"))
        same = (tmp / "json1" / "releases.jsonl").read_bytes() == (tmp / "json2" / "releases.jsonl").read_bytes()
        rows.append(("releases.jsonl identical for --jobs 1 and 2", "yes" if same else "NO"))

        small = tmp / "small"
        build_inbox(small, max(args.n // 10, 1))
        rss_small = peak_rss_kb("run", str(small), "--out", str(tmp / "rss-small"), "--no-docx", "--jobs", "1", *common)
        rss_big = peak_rss_kb("run", str(inbox), "--out", str(tmp / "rss-big"), "--no-docx", "--jobs", "1", *common)
        rows.append((f"peak RSS, --jobs 1: {args.n // 10} → {args.n} releases",
                     f"{rss_small / 1024:.0f} MB → {rss_big / 1024:.0f} MB ({rss_big / rss_small - 1:+.0%})"))

        rerun, _ = cli("run", str(inbox), "--out", str(tmp / "json1"), "--no-docx", *common)
        rows.append((f"rerun with nothing changed ({args.n} releases)", f"{rerun:.2f} s"))
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


if __name__ == "__main__":
    main()
