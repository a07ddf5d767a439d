"""The library's ``Pipeline.pipe`` against ``releasepipe run`` on the same releases.

    python benchmarks/api.py [--n 300] [--repeats 2] [--pipeline default]

Builds the speed benchmark's folder of N French releases (``speed.build_inbox``:
every paragraph distinct, so the paragraph cache saves nothing), then, in one
process with the models loaded once before the clock starts:

- ``run``: :func:`releasepipe.runner.run` over the folder, JSON only, ``--jobs 1``
  (what ``releasepipe run --no-docx`` does: reading, models, extractors,
  validation, JSON files, state, releases.jsonl, digest), its releases processed
  in a supervised worker process that loads the models (for time limits that
  hold), and the same with that worker left out (``isolate=False``), so in this
  process with its models already loaded, as the library works;
- ``pipe(paths)``: ``releasepipe.load(...).pipe`` over the same files as
  ``pathlib.Path`` objects, every ``Release`` built;
- ``pipe(texts)``: the same over the files' texts as strings.

Each is the best of ``--repeats`` passes, into a fresh OUT, without the
paragraph cache on either side: the texts are the same in every pass, and a
cache kept by the process would let a later pass skip the model. The ratio
``pipe / run`` is the library's throughput against the command's; the library
writes no files, so it should be no slower.

Last run (300 releases, best of 2, idle 2-core machine): run 15.2 releases/s,
run without the worker process 16.9, ``pipe(paths)`` 16.9, ``pipe(texts)`` 17.0:
the library as fast as the command's own work, 1.11x the command with its worker.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import releasepipe  # noqa: E402
from releasepipe.pipeline import load_pipeline  # noqa: E402
from releasepipe.runner import RunSettings, run  # noqa: E402
from speed import build_inbox  # noqa: E402


def best(repeats: int, work) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--pipeline", default="default")
    args = parser.parse_args()
    config = load_pipeline(args.pipeline)
    with tempfile.TemporaryDirectory(prefix="releasepipe-api-") as tmp:
        inbox = Path(tmp) / "in"
        build_inbox(inbox, args.n)
        paths = sorted(inbox.iterdir())
        texts = [p.read_text(encoding="utf-8") for p in paths]
        warm = releasepipe.load(config, cache=False)
        list(warm.pipe(paths[:20]))  # models loaded, vocabulary and buffers grown
        outs = iter(range(1_000))

        def command() -> None:
            out = Path(tmp) / f"out-{next(outs)}"
            report = run([inbox], out, config=config, settings=RunSettings(jobs=1, docx=False, force=True, cache=False))
            assert sum(1 for f in report.files if f.status == "ok") == args.n

        def command_in_process() -> None:
            out = Path(tmp) / f"out-{next(outs)}"
            report = run([inbox], out, config=config,
                         settings=RunSettings(jobs=1, docx=False, force=True, isolate=False, cache=False))
            assert sum(1 for f in report.files if f.status == "ok") == args.n

        def pipe_paths() -> None:
            assert sum(1 for _ in releasepipe.load(config, cache=False).pipe(paths)) == args.n

        def pipe_texts() -> None:
            assert sum(1 for _ in releasepipe.load(config, cache=False).pipe(texts)) == args.n

        rows = [("run --no-docx --jobs 1", best(args.repeats, command)),
                ("run, no worker process", best(args.repeats, command_in_process)),
                ("Pipeline.pipe(paths)", best(args.repeats, pipe_paths)),
                ("Pipeline.pipe(texts)", best(args.repeats, pipe_texts))]
    base = rows[0][1]
    print(f"{args.n} releases, best of {args.repeats}")
    for name, seconds in rows:
        print(f"  {name:26} {seconds:7.2f} s  {args.n / seconds:6.1f} releases/s  {base / seconds:5.2f}x run")


if __name__ == "__main__":
    main()
