"""Time the batch writers: milliseconds per release brief, for the digest and the exports.

    python benchmarks/summary.py                 # a synthetic release of typical size
    python benchmarks/summary.py out/**/*.json   # releases written by `releasepipe run`

With JSON files from a run, the extraction time of each file is read from the
run's ``run-report.json`` (found above the files) and the summary's share of it
is printed: the target is at most 25 %. The share uses the summary's CPU time,
which a busy machine disturbs less than wall-clock time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from releasepipe.write.exports import contacts_vcf, facts_csv
from releasepipe.write.summary import digest_docx, release_docx

BODY = """Communiqué de presse
Afrique de l’Ouest

Au Burkina Faso, 48 000 déplacés accèdent à l’eau potable grâce à un programme d’urgence

Ouagadougou, le 12 février 2025 – L’Organisation internationale pour les migrations (OIM) et le Fonds des Nations Unies pour l’enfance (UNICEF) ont réhabilité 65 forages dans les provinces du Sanmatenga et du Bam depuis octobre 2024. Plus de 48 000 personnes déplacées, dont près de 60 % d’enfants, ont désormais accès à l’eau potable à moins de 500 mètres de leur abri.

Le programme, doté de 3,8 millions d’euros par l’Union européenne, prévoit aussi la construction de 1 200 latrines d’ici juin 2025. « Chaque forage remis en service, c’est une maladie évitée et une fille qui retourne à l’école », a déclaré Mme Awa Ouédraogo, cheffe de mission de l’OIM au Burkina Faso.

Selon le ministère de l’Eau, au moins 2 millions de personnes ont quitté leur foyer depuis 2019 à cause de l’insécurité. Les besoins restent immenses : seuls 35 % des 1,5 million de dollars demandés pour la saison sèche ont été reçus. « Sans financement supplémentaire, nous devrons suspendre les livraisons par camion-citerne dès le mois d’avril », a ajouté M. Paul Sawadogo, coordonnateur humanitaire adjoint.

Une mission conjointe se rendra à Kaya du 3 au 7 mars pour évaluer les besoins de 12 communes. Les résultats seront présentés à Genève le 20 mars lors d’une réunion des donateurs.

The IOM and UNICEF programme is part of the 2025 Humanitarian Response Plan for Burkina Faso.

Contacts presse
OIM Burkina Faso : Aminata Zongo, chargée de communication, +226 25 30 66 77, azongo@iom.int
UNICEF : Jean-Baptiste Kaboré, +226 70 12 34 56, jbkabore@unicef.org, https://www.unicef.org/burkinafaso
"""


def _span(text: str, surface: str, after: int = 0) -> dict[str, Any]:
    start = text.index(surface, after)
    return {"start": start, "end": start + len(surface), "text": surface}


def synthetic_release() -> dict[str, Any]:
    """A French release of typical length with every kind of extraction filled in."""
    t = BODY
    sha = hashlib.sha256(t.encode()).hexdigest()
    english = _span(t, "The IOM and UNICEF programme is part of the 2025 Humanitarian Response Plan for Burkina Faso.")

    def entity(kind: str, name: str, aliases: list[str], role: str | None, *mentions: str) -> dict[str, Any]:
        found, after = [], 0
        for m in mentions:
            found.append(_span(t, m, after))
            after = found[-1]["end"]
        return {"type": kind, "name": name, "aliases": aliases, "role": role, "mentions": found}

    figures = [("48 000 déplacés", 48000, "déplacés", None, "count"), ("65 forages", 65, "forages", None, "count"),
               ("Plus de 48 000 personnes", 48000, "personnes", "more_than", "count"),
               ("près de 60 %", 60, "%", "about", "percent"), ("500 mètres", 500, "m", "less_than", "quantity"),
               ("3,8 millions d’euros", 3800000, "EUR", None, "money"),
               ("1 200 latrines", 1200, "latrines", None, "count"),
               ("au moins 2 millions de personnes", 2000000, "personnes", "at_least", "count"),
               ("35 %", 35, "%", None, "percent"), ("1,5 million de dollars", 1500000, "USD", None, "money"),
               ("12 communes", 12, "communes", None, "count")]
    dates = [("depuis octobre 2024", "2024-10", None, "date"), ("d’ici juin 2025", "2025-06", None, "date"),
             ("depuis 2019", "2019", None, "date"), ("dès le mois d’avril", "2025-04", None, "date"),
             ("du 3 au 7 mars", "2025-03-03", "2025-03-07", "range"), ("le 20 mars", "2025-03-20", None, "date")]
    quotes = [("Chaque forage remis en service, c’est une maladie évitée et une fille qui retourne à l’école",
               "Awa Ouédraogo"),
              ("Sans financement supplémentaire, nous devrons suspendre les livraisons par camion-citerne dès le mois "
               "d’avril", "Paul Sawadogo")]
    return {
        "schema_version": "2.0", "id": sha[:16], "content_sha256": sha,
        "source": {"path": "fr/ouagadougou-eau.txt", "format": "txt", "bytes": len(t.encode()), "sha256": sha},
        "text": t,
        "language": {"code": "fr", "confidence": 0.99, "candidates": [{"code": "fr", "probability": 0.99}],
                     "segments": [{"start": 0, "end": english["start"], "code": "fr"},
                                  {"start": english["start"], "end": english["end"], "code": "en"},
                                  {"start": english["end"], "end": len(t), "code": "fr"}]},
        "kicker": ["Communiqué de presse", "Afrique de l’Ouest"],
        "title": "Au Burkina Faso, 48 000 déplacés accèdent à l’eau potable grâce à un programme d’urgence",
        "dateline": {"place": "Ouagadougou", "date": "2025-02-12",
                     **{k: v for k, v in _span(t, "Ouagadougou, le 12 février 2025").items() if k != "text"}},
        "published": "2025-02-12",
        "entities": [
            entity("person", "Awa Ouédraogo", ["Mme Awa Ouédraogo"], "cheffe de mission de l’OIM au Burkina Faso",
                   "Awa Ouédraogo"),
            entity("person", "Paul Sawadogo", ["M. Paul Sawadogo"], "coordonnateur humanitaire adjoint",
                   "Paul Sawadogo"),
            entity("organization", "Organisation internationale pour les migrations", ["OIM", "IOM"], None,
                   "Organisation internationale pour les migrations", "OIM", "OIM"),
            entity("organization", "Fonds des Nations Unies pour l’enfance", ["UNICEF"], None,
                   "Fonds des Nations Unies pour l’enfance", "UNICEF", "UNICEF"),
            entity("organization", "Union européenne", [], None, "Union européenne"),
            entity("organization", "ministère de l’Eau", [], None, "ministère de l’Eau"),
            entity("location", "Burkina Faso", [], None, "Burkina Faso", "Burkina Faso"),
            entity("location", "Sanmatenga", [], None, "Sanmatenga"),
            entity("location", "Bam", [], None, "Bam"),
            entity("location", "Kaya", [], None, "Kaya"),
            entity("location", "Genève", [], None, "Genève"),
            entity("misc", "Humanitarian Response Plan", [], None, "Humanitarian Response Plan"),
        ],
        "dates": [{**_span(t, s), "value": v, "end_value": e, "kind": k} for s, v, e, k in dates],
        "figures": sorted(({**_span(t, s), "value": v, "unit": u, "qualifier": q, "kind": k}
                           for s, v, u, q, k in figures), key=lambda f: f["start"]),
        "contacts": [
            {"name": "Aminata Zongo", "role": "chargée de communication", "organization": "OIM Burkina Faso",
             "phones": ["+22625306677"], "emails": ["azongo@iom.int"], "urls": [],
             "start": t.index("OIM Burkina Faso :"), "end": t.index("azongo@iom.int") + 14},
            {"name": "Jean-Baptiste Kaboré", "role": None, "organization": "UNICEF",
             "phones": ["+22670123456"], "emails": ["jbkabore@unicef.org"],
             "urls": ["https://www.unicef.org/burkinafaso"],
             "start": t.index("UNICEF : "), "end": len(t) - 1},
        ],
        "quotes": [{**_span(t, q), "speaker": who, "speaker_mention": _span(t, who, t.index(q))} for q, who in quotes],
        "warnings": [],
    }


def timed(fn: Callable[[], bytes], repeat: int) -> tuple[float, float, int]:
    """Median wall-clock and CPU milliseconds of ``fn`` over ``repeat`` calls, and its output size.

    One warm-up call comes first. CPU time is the steadier figure on a busy machine.
    """
    size = len(fn())
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - t0) * 1000)
    return statistics.median(wall), statistics.median(cpu), size


def extraction_seconds(path: Path) -> float | None:
    """The extraction time of the release in ``path``, from the run report above it."""
    for out in path.resolve().parents:
        report = out / "run-report.json"
        if report.is_file():
            rel = path.resolve().relative_to(out).as_posix()
            for f in json.loads(report.read_text(encoding="utf-8")).get("files", []):
                if f.get("output") == rel and f.get("status") == "ok":
                    return f.get("seconds")
            return None
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("json", nargs="*", type=Path, help="release JSON files (default: a synthetic release)")
    parser.add_argument("--repeat", type=int, default=20, help="timed calls per release (median is printed)")
    args = parser.parse_args(argv)

    if args.json:
        paths = [p for p in args.json if p.name not in ("run-report.json",) and p.suffix == ".json"]
        releases = [(str(p), json.loads(p.read_text(encoding="utf-8")), extraction_seconds(p)) for p in paths]
    else:
        releases = [("synthetic (fr, 11 figures, 12 entities, 6 dates, 2 quotes, 2 contacts)",
                     synthetic_release(), None)]

    per_release, per_release_cpu, shares = [], [], []
    print(f"{'release':60} {'ms':>6} {'cpu ms':>6} {'KiB':>5} {'extract ms':>10} {'share':>6}")
    for name, release, seconds in releases:
        ms, cpu, size = timed(lambda: release_docx(release), args.repeat)
        per_release.append(ms)
        per_release_cpu.append(cpu)
        extract = f"{seconds * 1000:10.0f}" if seconds else f"{'-':>10}"
        share = ""
        if seconds:
            shares.append(cpu / (seconds * 1000))
            share = f"{shares[-1]:6.0%}"
        print(f"{name[-60:]:60} {ms:6.1f} {cpu:6.1f} {size / 1024:5.1f} {extract} {share:>6}")
    print(f"summary: median {statistics.median(per_release):.1f} ms (CPU {statistics.median(per_release_cpu):.1f} ms), "
          f"max {max(per_release):.1f} ms over {len(per_release)} release(s)")
    if shares:
        print(f"summary / extraction: median {statistics.median(shares):.0%}, max {max(shares):.0%} (target <= 25 %)")

    batch = [r for _, r, _ in releases]
    if len(batch) == 1:
        batch = batch * 16  # a digest of a typical batch
    ms, cpu, size = timed(lambda: digest_docx(batch), max(3, args.repeat // 4))
    print(f"digest of {len(batch)} releases: {ms:.1f} ms, CPU {cpu:.1f} ms ({cpu / len(batch):.1f} ms per release), "
          f"{size / 1024:.0f} KiB")
    ms_no, cpu_no, _ = timed(lambda: digest_docx(batch, briefs=False), max(3, args.repeat // 4))
    print(f"digest without the briefs (page 1 with its charts, contents, contacts): {ms_no:.1f} ms, CPU {cpu_no:.1f} ms")
    for name, writer in (("facts.csv", facts_csv), ("contacts.vcf", contacts_vcf)):
        ms, cpu, size = timed(lambda: writer(batch), max(3, args.repeat // 4))
        print(f"{name} of {len(batch)} releases: {ms:.1f} ms, CPU {cpu:.1f} ms, {size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
