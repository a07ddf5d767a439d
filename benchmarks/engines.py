"""`--engine dask` against `--jobs N` on this machine: same outputs, and throughput.

    python benchmarks/engines.py [--n 500] [--jobs 2] [--pipeline fast]

Builds N releases from the project's samples (all six formats, each copy made
distinct), runs `releasepipe run --no-docx` with the local engine and with a
Dask LocalCluster of the same number of workers, checks that every output but
the run report is byte-identical, and prints wall times (start-up and model
loading included) and the ratio. Needs `pip install ".[dask]"`.
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


def build_inbox(folder: Path, n: int) -> None:
    samples = sorted(p for p in (ROOT / "samples").rglob("*") if p.is_file())
    for i in range(n):
        src = samples[i % len(samples)]
        target = folder / f"{i // len(samples):03d}" / src.relative_to(ROOT / "samples")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)


def run(inbox: Path, out: Path, *args: str) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "releasepipe.cli", "run", str(inbox), "--out", str(out), "--no-docx",
                    "--fail-on", "never", *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != "run-report.json" and not p.name.startswith(".")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--pipeline", default="fast")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="releasepipe-engines-"))
    try:
        inbox = tmp / "in"
        build_inbox(inbox, args.n)
        common = ["--pipeline", args.pipeline, "--jobs", str(args.jobs)]
        local = run(inbox, tmp / "local", *common)
        dask = run(inbox, tmp / "dask", *common, "--engine", "dask")
        same = outputs(tmp / "local") == outputs(tmp / "dask")
        print(f"| {args.n} releases, pipeline `{args.pipeline}`, {args.jobs} workers | wall (s) | releases/s |")
        print("|---|---|---|")
        print(f"| `--jobs {args.jobs}` (local) | {local:.1f} | {args.n / local:.1f} |")
        print(f"| `--engine dask --jobs {args.jobs}` (LocalCluster) | {dask:.1f} | {args.n / dask:.1f} |")
        print(f"\ndask / local throughput: {local / dask:.2f}×; outputs byte-identical: {'yes' if same else 'NO'} "
              f"({len(outputs(tmp / 'local'))} files)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
