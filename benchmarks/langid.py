"""Accuracy and speed of language identification: langdetect and releasepipe.

Reads ``<corpus>/{sentences,word-pairs}/<iso>.txt``, one text a line, the file
name being the label, and reports for each language the share of lines
identified correctly and the mean CPU time per line, for

* langdetect out of the box: ``langdetect.detect`` with ``DetectorFactory.seed = 0``;
* releasepipe: ``releasepipe.extract.language.detect``, where ``und`` counts as wrong.

Usage::

    python benchmarks/langid.py [--corpus PATH] [--limit N] [--markdown]

Without the corpus it says so and exits 0.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "langid"
TEST_SETS = ("sentences", "word-pairs")


@dataclass
class Score:
    """Lines seen, lines right, lines answered ``und`` and CPU seconds spent."""

    total: int = 0
    correct: int = 0
    undetermined: int = 0
    seconds: float = 0.0

    def add(self, other: Score) -> None:
        self.total += other.total
        self.correct += other.correct
        self.undetermined += other.undetermined
        self.seconds += other.seconds

    @property
    def accuracy(self) -> float:
        return 100.0 * self.correct / self.total if self.total else 0.0

    @property
    def ms_per_item(self) -> float:
        return 1000.0 * self.seconds / self.total if self.total else 0.0


@dataclass
class Results:
    """Scores by detector, test set and language."""

    languages: list[str]
    scores: dict[tuple[str, str, str], Score] = field(default_factory=dict)

    def overall(self, detector: str, test_set: str) -> Score:
        total = Score()
        for language in self.languages:
            total.add(self.scores[detector, test_set, language])
        return total


def langdetect_detector() -> Callable[[str], str]:
    """langdetect as most projects call it: ``detect`` with a fixed global seed."""
    import langdetect
    from langdetect import DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def run(text: str) -> str:
        try:
            return langdetect.detect(text)
        except LangDetectException:
            return "error"

    return run


def releasepipe_detector() -> Callable[[str], str]:
    """releasepipe's detector: the document language code."""
    try:
        from releasepipe.extract import language
    except ImportError:
        sys.path.insert(0, str(ROOT / "src"))
        from releasepipe.extract import language

    return lambda text: language.detect(text).code


DETECTORS = {"langdetect": langdetect_detector, "releasepipe": releasepipe_detector}


def read_lines(path: Path, limit: int | None) -> list[str]:
    # One text a line, split on "\n" only: some texts hold other Unicode line breaks.
    lines = [line.strip() for line in path.read_text(encoding="utf-8").split("\n")]
    lines = [line for line in lines if line]
    return lines[:limit] if limit else lines


def score(run: Callable[[str], str], lines: list[str], label: str) -> Score:
    """Run one detector over the lines of one file."""
    result = Score(total=len(lines))
    start = time.process_time()
    answers = [run(line) for line in lines]
    result.seconds = time.process_time() - start
    result.correct = sum(1 for answer in answers if answer == label)
    result.undetermined = sum(1 for answer in answers if answer == "und")
    return result


def evaluate(corpus: Path, limit: int | None) -> Results:
    languages = sorted(
        {path.stem for test_set in TEST_SETS for path in (corpus / test_set).glob("*.txt")}
    )
    results = Results(languages)
    for name, build in DETECTORS.items():
        run = build()
        run("A first text loads the language profiles before any timing.")
        for test_set in TEST_SETS:
            for language in languages:
                path = corpus / test_set / f"{language}.txt"
                lines = read_lines(path, limit) if path.exists() else []
                results.scores[name, test_set, language] = score(run, lines, language)
    return results


def table(results: Results, *, markdown: bool) -> str:
    """Accuracy per language, then the mean over all lines and the time per line."""
    header = ["language"]
    for test_set in TEST_SETS:
        header += [f"{test_set}: langdetect %", f"{test_set}: releasepipe %", f"{test_set}: und %"]

    def cells(scores: list[Score]) -> list[str]:
        out: list[str] = []
        for i in range(0, len(scores), 2):
            plain, ours = scores[i], scores[i + 1]
            und = 100.0 * ours.undetermined / ours.total if ours.total else 0.0
            out += [f"{plain.accuracy:.1f}", f"{ours.accuracy:.1f}", f"{und:.1f}"]
        return out

    rows: list[list[str]] = []
    for language in results.languages:
        scores = [
            results.scores[name, test_set, language]
            for test_set in TEST_SETS
            for name in DETECTORS
        ]
        rows.append([language] + cells(scores))
    overall = [results.overall(name, test_set) for test_set in TEST_SETS for name in DETECTORS]
    rows.append(["**all**" if markdown else "all"] + cells(overall))
    timing = ["ms/item"]
    for i in range(0, len(overall), 2):
        timing += [f"{overall[i].ms_per_item:.2f}", f"{overall[i + 1].ms_per_item:.2f}", ""]
    rows.append(timing)

    if markdown:
        rule = ["---"] + ["---:"] * (len(header) - 1)
        return "\n".join("| " + " | ".join(row) + " |" for row in [header, rule, *rows])
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return "\n".join(
        "  ".join(
            cell.rjust(width) if i else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths))
        )
        for row in [header, *rows]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="folder holding sentences/ and word-pairs/ (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="read only the first N lines of each file")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)

    if not any((args.corpus / test_set).is_dir() for test_set in TEST_SETS):
        print(f"langid corpus not found at {args.corpus}; nothing to measure.")
        return 0
    results = evaluate(args.corpus, args.limit)
    items = sum(s.total for (name, _, _), s in results.scores.items() if name == "langdetect")
    print(table(results, markdown=args.markdown))
    print(f"\n{items} lines per detector, {len(results.languages)} languages.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
