#!/usr/bin/env python3
"""What a run spends on the batch files once its releases are done, at 10,000 releases.

    python benchmarks/batch_files.py [--n 10000] [--outputs DIR] [--repeats 2]

A rerun that changed one release of a big batch rebuilds ``releases.jsonl``,
the batch entity index and translation groups (``entities.jsonl``,
``translations.jsonl``) and the exports (``facts.csv``, ``contacts.vcf``) from
every release JSON in OUT: that rebuild, not the one release, is what such a
rerun costs. This script copies the release JSON of ``--outputs`` (a folder of
release JSON, e.g. from ``score_slavicner.py --keep DIR``; by default a run over
``samples/``) under new names until there are N, then times the rebuild as
``releasepipe run`` does it (each file read once, Python's cycle collector
paused), phase by phase: reading and writing ``releases.jsonl``, the indexes,
the exports; and what keeping the indexes costs instead when the edits changed
nothing they read (their inputs' key, and reading them back for the digest).
Best of ``--repeats``. The Word digest is left out (``--no-docx``).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from releasepipe import linking, runner  # noqa: E402
from releasepipe.write.atomic import atomic_open  # noqa: E402
from releasepipe.write.jsonout import dumps_line, loads  # noqa: E402


def sources(outputs: Path | None, tmp: Path) -> list[dict]:
    if outputs is None:
        outputs = tmp / "samples-out"
        subprocess.run([sys.executable, "-m", "releasepipe.cli", "run", str(ROOT / "samples"), "--out", str(outputs),
                        "--no-docx"], check=False, capture_output=True)
    found = []
    for path in sorted(outputs.rglob("*.json")):
        data = loads(path.read_bytes())
        if isinstance(data, dict) and "entities" in data and "source" in data:
            found.append(data)
    if not found:
        sys.exit(f"no release JSON in {outputs}")
    return found


def build(out: Path, releases: list[dict], n: int) -> list[str]:
    """N release JSON files in ``out`` (copies under new paths), the batch as a run lists it."""
    batch = []
    for i in range(n):
        release = dict(releases[i % len(releases)])
        release["source"] = {**release["source"], "path": f"copy{i // len(releases)}/{release['source']['path']}"}
        name = f"r/{i:06d}.json"
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(dumps_line(release), encoding="utf-8")
        batch.append(name)
    return batch


def rebuild(out: Path, batch: list[str]) -> dict[str, float]:
    times = {}
    with runner._collector_paused():
        t = time.perf_counter()
        releases = []
        with atomic_open(out / "releases.jsonl") as jsonl:
            for name in batch:
                release = loads((out / name).read_bytes())
                releases.append(release)
                jsonl.write(dumps_line(release))
        times["releases.jsonl"] = time.perf_counter() - t
        t = time.perf_counter()
        runner.write_indexes(out, releases=releases)
        times["entities + translations"] = time.perf_counter() - t
        t = time.perf_counter()
        runner.write_exports(out, runner.RUN_EXPORTS, releases=releases)
        times["facts.csv + contacts.vcf"] = time.perf_counter() - t
        times["total"] = sum(times.values())
        # a rerun whose edits change nothing the indexes read keeps them: it computes their
        # inputs' key and reads them back for the digest instead of building them
        t = time.perf_counter()
        linking.inputs_key(releases)
        times["indexes kept: their key"] = time.perf_counter() - t
        t = time.perf_counter()
        assert runner._read_indexes(out) is not None
        times["  + read back (Word digest)"] = time.perf_counter() - t
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--outputs", type=Path, help="a folder of release JSON to copy (default: a run over samples/)")
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="releasepipe-batch-") as tmp_name:
        tmp = Path(tmp_name)
        out = tmp / "out"
        out.mkdir()
        batch = build(out, sources(args.outputs, tmp), args.n)
        best: dict[str, float] = {}
        for _ in range(args.repeats):
            for phase, seconds in rebuild(out, batch).items():
                best[phase] = min(best.get(phase, seconds), seconds)
        shutil.rmtree(out)
    print(f"batch files of {args.n} releases, best of {args.repeats}")
    for phase, seconds in best.items():
        print(f"  {phase:26} {seconds:6.2f} s")


if __name__ == "__main__":
    main()
