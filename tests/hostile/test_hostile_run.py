"""The hostile corpus through a whole `releasepipe run`: every hostile file reported with a code,
every good file processed, nothing leaked from outside the input folder, no partial file, bounded memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = ("Communiqué de presse\n\nDes vivres pour {city}\n\n{upper}, 14 octobre 2024 – Plus de 3 200 personnes "
        "ont reçu une aide alimentaire cette semaine, selon les autorités locales.\n")
SECRET = "SECRET-CONTENT-OUTSIDE"


@pytest.fixture()
def batch(tmp_path: Path, zip_bomb: Path, big_text: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub dir").mkdir(parents=True)
    for name in ("niamey.txt", "sub dir/dakar été.txt", "line\nbreak.txt"):
        city = Path(name).stem.split()[0].replace("\n", " ")
        (folder / name).write_text(GOOD.format(city=city, upper=city.upper()), encoding="utf-8")
    (folder / "bomb.docx").symlink_to(zip_bomb)  # a link leaving the folder is refused before it is read
    (folder / "bombe-copie.docx").write_bytes(zip_bomb.read_bytes())
    (folder / "gros.txt").write_bytes(big_text.read_bytes())
    (folder / "deep.html").write_text("<div>" * 100_000 + "texte" + "</div>" * 100_000, encoding="utf-8")
    (folder / "not-a-zip.docx").write_bytes(b"this is not a zip archive")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "nul.txt").write_bytes(b"Niamey\x00\x00\x00" * 200)
    (folder / "utf16.txt").write_bytes(GOOD.format(city="Agadez", upper="AGADEZ").encode("utf-16-le"))
    outside = tmp_path / "secret.txt"
    outside.write_text(SECRET, encoding="utf-8")
    (folder / "outside.txt").symlink_to(outside)
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    return folder


def test_hostile_run_reports_every_file_and_keeps_the_good_ones(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code = ("import resource, subprocess, sys;"
            "p = subprocess.run([sys.executable, '-m', 'releasepipe.cli', 'run', sys.argv[1], '--out', sys.argv[2],"
            " '--jobs', '1', '--no-docx', '--pipeline', 'fast'], capture_output=True, text=True);"
            "print(p.returncode); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);"
            "sys.stderr.write(p.stderr)")
    proc = subprocess.run([sys.executable, "-c", code, str(batch), str(out)], capture_output=True, text=True,
                          timeout=600)
    returncode, peak_kb = (int(x) for x in proc.stdout.split())
    assert returncode == 1, proc.stderr  # --fail-on error: some inputs failed
    print(f"hostile batch: peak RSS {peak_kb / 1024:.0f} MB")
    assert peak_kb < 1024 * 1024, f"peak RSS {peak_kb / 1024:.0f} MB"
    report = json.loads((out / "run-report.json").read_text(encoding="utf-8"))
    status = {f["path"]: (f["status"], f["error"]["code"] if f["error"] else None) for f in report["files"]}
    for good in ("niamey.txt", "sub dir/dakar été.txt", "line\nbreak.txt", "utf16.txt"):
        assert status[good] == ("ok", None), (good, status[good])
    expected = {"bomb.docx": "RP111", "outside.txt": "RP111", "loop.txt": "RP111", "bombe-copie.docx": "RP113",
                "gros.txt": "RP112", "deep.html": "RP114", "not-a-zip.docx": "RP104", "empty.pdf": "RP101",
                "nul.txt": "RP105"}
    for name, want in expected.items():
        assert status[name] == ("failed", want), (name, status[name])
    lines = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == len(expected)  # one line per bad file
    written = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*.json*"))
    assert SECRET not in written
    assert not list(out.rglob("*.part"))
    assert json.loads((out / "line\nbreak.json").read_text(encoding="utf-8"))["language"]["code"] == "fr"
    assert os.path.exists(out / "sub dir" / "dakar été.json")
