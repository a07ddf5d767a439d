"""The hostile corpus against the readers: every file is refused with a code, or read correctly.

Each file is generated in a temporary folder (builders in conftest.py);
nothing binary is committed. The runner's side of the corpus (symlinks
leaving the input folder, time limit, signals) is tested with the runner.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import re
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_corpus import (
    BOMB_SIZE,
    CORPUS,
    PDF_TEXT,
    Case,
    Member,
    bomb_member,
    cyclic_pdf,
    document_xml,
    make_pdf,
    package,
    repeated_member,
    valid_docx,
    zlib_stream,
)
from docx.oxml.parser import parse_xml
from lxml import etree

import releasepipe
from releasepipe.errors import Code, InputError, TimeLimit
from releasepipe.ingest import FORMATS, read, read_bytes
from releasepipe.ingest.limits import DEFAULT_LIMITS, TOO_DEEP, TOO_LARGE, UNSAFE_CONTENT, Limits

LOL = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + "]>"
)
XXE = '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
SECRET_MARKERS = ("root:", "/bin/", "nologin")
RELEASE = "Genève, le 3 mars 2025 – Le programme a aidé 3 200 familles déplacées."


def refused(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> InputError:
    """The error for ``path``: one line, a code, the path, no traceback."""
    with pytest.raises(InputError) as caught:
        read(path, limits=limits)
    error = caught.value
    assert error.path == str(path)
    assert error.message and "\n" not in error.message and "Traceback" not in error.message
    return error


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- .docx: zip bombs, entity attacks, broken packages -----------------------


def test_hostile_zip_bomb_refused_from_declared_sizes(zip_bomb: Path) -> None:
    assert zip_bomb.stat().st_size < 2 * 1024 * 1024
    started = time.perf_counter()
    error = refused(zip_bomb)
    assert time.perf_counter() - started < 1.0  # nothing was inflated
    assert error.code is UNSAFE_CONTENT
    assert "word/document.xml" in error.message and "zip bomb" in error.message


def test_hostile_zip_bomb_over_inflated_limit_without_ratio(tmp_path: Path) -> None:
    """With the ratio check lifted, the declared total still refuses it."""
    path = write(tmp_path, "bombe-sans-ratio.docx", package(bomb_member(200 << 20)))
    error = refused(path, limits=Limits(max_compression_ratio=1e9, max_xml_part_bytes=1 << 40))
    assert error.code is TOO_LARGE
    assert "max_inflated_bytes" in error.message


def test_hostile_zip_bomb_with_lying_header_is_refused(tmp_path: Path) -> None:
    """Headers declaring 2 KB for 1 GiB: inflating stops at the declared size, the CRC fails."""
    path = write(tmp_path, "menteur.docx", package(bomb_member(declared=2048)))
    started = time.perf_counter()
    assert refused(path).code is Code.CORRUPT_FILE
    assert time.perf_counter() - started < 2.0


def test_hostile_inflated_size_is_counted_while_inflating(tmp_path: Path) -> None:
    """Members each under the ratio, together over the inflated limit."""
    block = random.Random(1).randbytes(1024).hex().encode()  # compresses about 2:1
    members = [repeated_member(f"word/media/part{i}.bin", b"", block, 512, b"") for i in range(3)]
    path = write(tmp_path, "gros.docx", package(document_xml(RELEASE).encode(), *members))
    error = refused(path, limits=Limits(max_inflated_bytes=2 << 20))
    assert error.code is TOO_LARGE


def test_hostile_docx_with_a_huge_xml_part(tmp_path: Path) -> None:
    """A 24 MB document.xml, compressed 2:1 (python-docx takes some 9 times an XML part's size)."""
    block = random.Random(2).randbytes(2048).hex().encode()
    member = repeated_member("word/document.xml", b"<w:document>", block, 6_000, b"</w:document>")
    path = write(tmp_path, "enorme.docx", package(member))
    error = refused(path, limits=Limits(max_compression_ratio=1e9))
    assert error.code is TOO_LARGE and "max_xml_part_bytes" in error.message


def test_hostile_zip_with_too_many_members(tmp_path: Path) -> None:
    members = [Member.of(f"word/media/{i}.xml", b"<a/>") for i in range(60)]
    path = write(tmp_path, "nombreux.docx", package(document_xml(RELEASE).encode(), *members))
    assert refused(path, limits=Limits(max_zip_members=50)).code is TOO_LARGE
    assert read(path).text == RELEASE


@pytest.mark.parametrize(
    ("name", "doctype", "body"),
    [
        pytest.param("rires-word.docx", LOL, "a &lol9; b", id="billion-laughs"),
        pytest.param("xxe-word.docx", XXE, "a &xxe; b", id="external-entity"),
        pytest.param("dtd.docx", "<!DOCTYPE w:document>", "a", id="bare-doctype"),
    ],
)
def test_hostile_docx_with_dtd_is_refused(tmp_path: Path, name: str, doctype: str, body: str) -> None:
    path = write(tmp_path, name, package(document_xml(body, doctype).encode()))
    error = refused(path)
    assert error.code is UNSAFE_CONTENT
    assert "DTD" in error.message


def test_hostile_docx_with_dtd_in_utf16_is_refused(tmp_path: Path) -> None:
    xml = document_xml("a &xxe; b", XXE).replace('encoding="UTF-8"', 'encoding="UTF-16"')
    path = write(tmp_path, "xxe16.docx", package(codecs.BOM_UTF16_LE + xml.encode("utf-16-le")))
    assert refused(path).code is UNSAFE_CONTENT


def test_hostile_docx_dtd_in_an_svg_image_is_not_xml_of_the_package(tmp_path: Path) -> None:
    svg = Member.of("word/media/image1.svg", b'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
                    b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg/>')
    path = write(tmp_path, "image.docx", package(document_xml(RELEASE).encode(), svg))
    assert read(path).text == RELEASE


def test_hostile_python_docx_parser_neither_expands_nor_fetches() -> None:
    """The second line of defence, should a DTD slip past the package check."""
    with pytest.raises(etree.XMLSyntaxError, match="amplification"):
        parse_xml(document_xml("a &lol9; b", LOL).encode())
    element = parse_xml(document_xml("a &xxe; b", XXE).encode())
    text = "".join(element.itertext())
    assert not any(marker in text for marker in SECRET_MARKERS)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        pytest.param("pas-un-zip.docx", b"Ceci est un texte, pas un document Word.\n" * 20, id="not-a-zip"),
        pytest.param("tronque-word.docx", valid_docx()[:2000], id="truncated"),
        pytest.param("fin-tronquee.docx", valid_docx()[:-40], id="truncated-directory"),
    ],
)
def test_hostile_broken_docx(tmp_path: Path, name: str, data: bytes) -> None:
    assert refused(write(tmp_path, name, data)).code is Code.CORRUPT_FILE


# --- PDF ---------------------------------------------------------------------------


def test_hostile_pdf_flate_bomb_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "bombe-flate.pdf", make_pdf(zlib_stream(PDF_TEXT, b" " * (1 << 20), BOMB_SIZE >> 20)))
    started = time.perf_counter()
    error = refused(path)
    assert error.code is TOO_LARGE and "max_inflated_bytes" in error.message
    assert time.perf_counter() - started < 5.0


def test_hostile_pdf_runlength_after_flate_is_counted(tmp_path: Path) -> None:
    runs = b"\x81 " * (1 << 20)  # each pair of bytes decodes to 128 spaces
    path = write(tmp_path, "rle.pdf", make_pdf(zlib_stream(b"", runs, 1), b"[/FlateDecode /RunLengthDecode]"))
    assert refused(path, limits=Limits(max_inflated_bytes=16 << 20)).code is TOO_LARGE


def test_hostile_pdf_corrupt_checksum_is_read_in_linear_time(tmp_path: Path) -> None:
    """pdfminer's own fallback takes seconds per MB here (byte by byte, quadratic)."""
    path = write(tmp_path, "crc.pdf", make_pdf(zlib_stream(PDF_TEXT, b" " * (1 << 16), 128, bad_checksum=True)))
    started = time.perf_counter()
    assert read(path).text == "Texte du communique de presse."
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        pytest.param("vide.pdf", b"", Code.EMPTY_INPUT, id="empty-file"),
        pytest.param("sans-page.pdf", b"%PDF-1.4\n%%EOF\n", Code.CORRUPT_FILE, id="no-objects"),
        pytest.param("tronque-pdf.pdf", make_pdf(zlib_stream(PDF_TEXT)) [:300], Code.CORRUPT_FILE, id="truncated"),
    ],
)
def test_hostile_broken_pdf(tmp_path: Path, name: str, data: bytes, code: Code) -> None:
    assert refused(write(tmp_path, name, data)).code is code


# --- HTML, Markdown, e-mail -------------------------------------------------------


def test_hostile_html_nested_100000_levels(tmp_path: Path) -> None:
    n = 100_000
    path = write(tmp_path, "html-profond-100000.html", f"<html><body>{'<div>' * n}texte{'</div>' * n}</body></html>".encode())
    started = time.perf_counter()
    error = refused(path)
    assert error.code is TOO_DEEP and "max_html_depth" in error.message
    assert time.perf_counter() - started < 10.0


def test_hostile_html_nesting_under_the_limit_is_read(tmp_path: Path) -> None:
    n = 400
    path = write(tmp_path, "html-profond-400.html", f"<html><body>{'<div>' * n}{RELEASE}{'</div>' * n}</body></html>".encode())
    started = time.perf_counter()
    assert read(path).text == RELEASE
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(("name", "doctype", "body"), [("rires-page.html", LOL, "&lol9;"), ("xxe-page.html", XXE, "&xxe;")])
def test_hostile_html_entities_are_not_expanded(tmp_path: Path, name: str, doctype: str, body: str) -> None:
    path = write(tmp_path, name, f"{doctype}<html><body><p>{RELEASE} {body}</p></body></html>".encode())
    started = time.perf_counter()
    text = read(path).text
    assert RELEASE in text and "lollol" not in text
    assert not any(marker in text for marker in SECRET_MARKERS)
    assert time.perf_counter() - started < 1.0


def test_hostile_html_script_only_page(tmp_path: Path) -> None:
    page = b"<html><head><script>document.write('<p>Texte</p>')</script></head><body><script>x()</script></body></html>"
    assert refused(write(tmp_path, "script.html", page)).code is Code.EMPTY_INPUT


def test_hostile_html_markup_over_the_text_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "long.html", b"<p>" + b"texte " * 400_000 + b"</p>")
    assert refused(path).code is TOO_LARGE


def test_hostile_markdown_deep_quotes_are_refused_not_dropped(tmp_path: Path) -> None:
    source = "> " * 50_000 + "citation\n\nfin"
    started = time.perf_counter()
    error = refused(write(tmp_path, "md-citations-profondes.md", source.encode()))
    assert error.code is TOO_DEEP and "max_markdown_depth" in error.message
    assert time.perf_counter() - started < 5.0


def test_hostile_markdown_deep_lists_and_brackets(tmp_path: Path) -> None:
    source = "> " * 50 + "citation\n\n" + "".join("  " * i + "- item\n" for i in range(30)) + "[" * 2_000
    started = time.perf_counter()
    doc = read(write(tmp_path, "md-listes-et-crochets.md", source.encode()))
    assert "citation" in doc.text and "[[[[" in doc.text
    assert time.perf_counter() - started < 5.0


def nested_eml(levels: int) -> bytes:
    head = b"From: presse@example.org\r\nSubject: Profond\r\nMIME-Version: 1.0\r\n"
    opens = b"".join(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i) for i in range(levels))
    closes = b"".join(b"\r\n--b%d--\r\n" % i for i in reversed(range(levels)))
    return head + opens + b"Content-Type: text/plain\r\n\r\n" + RELEASE.encode() + b"\r\n" + closes


@pytest.mark.parametrize("levels", [300, 5_000])
def test_hostile_eml_deeply_nested_multipart(tmp_path: Path, levels: int) -> None:
    error = refused(write(tmp_path, f"eml-profond-{levels}.eml", nested_eml(levels)))
    assert error.code is TOO_DEEP and "max_mime_depth" in error.message


def test_hostile_eml_nesting_under_the_limit_is_read(tmp_path: Path) -> None:
    assert read(write(tmp_path, "imbrique.eml", nested_eml(20))).text == RELEASE


def test_hostile_eml_headers_only(tmp_path: Path) -> None:
    data = b"From: presse@example.org\r\nSubject: Rien\r\nDate: Mon, 14 Oct 2024 09:30:00 +0000\r\n"
    assert refused(write(tmp_path, "entetes.eml", data)).code is Code.EMPTY_INPUT


# --- text: sizes and encodings --------------------------------------------------------


def test_hostile_40_mb_text_file_is_refused_unread(big_text: Path) -> None:
    started = time.perf_counter()
    error = refused(big_text)
    assert error.code is TOO_LARGE and "max_bytes" in error.message
    assert time.perf_counter() - started < 0.5


def test_hostile_read_bytes_checks_the_size_too() -> None:
    with pytest.raises(InputError) as caught:
        read_bytes(b"x" * 2048, "txt", limits=Limits(max_bytes=1024))
    assert caught.value.code is TOO_LARGE


def test_hostile_10_mb_single_line(tmp_path: Path) -> None:
    path = write(tmp_path, "une ligne.txt", b"mot " * (10 * 1024 * 1024 // 4))
    error = refused(path)
    assert error.code is TOO_LARGE and "max_text_chars" in error.message
    # Trusted input: raise the limit, and the line is read.
    doc = read(path, limits=Limits(max_text_chars=20_000_000))
    assert len(doc.text) == 10 * 1024 * 1024 - 1 and "\n" not in doc.text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(RELEASE.encode("utf-16-le"), RELEASE, id="utf-16-le-without-bom"),
        pytest.param(RELEASE.encode("utf-16-be"), RELEASE, id="utf-16-be-without-bom"),
        pytest.param(RELEASE.encode("cp1252"), RELEASE, id="cp1252"),
    ],
)
def test_hostile_unusual_encodings_are_read(tmp_path: Path, data: bytes, expected: str) -> None:
    name = f"encodage-{data[:4].hex()}.txt"
    assert read(write(tmp_path, name, data)).text == expected


@pytest.mark.parametrize("ext", [".txt", ".md", ".html"])
def test_hostile_nul_bytes_inside_text(tmp_path: Path, ext: str) -> None:
    """A few NUL bytes in a text: binary by our rules, refused with a code."""
    data = RELEASE.encode() + b"\x00\x00" + RELEASE.encode()
    assert refused(write(tmp_path, f"nul-{ext[1:]}{ext}", data)).code is Code.BINARY_CONTENT


@pytest.mark.parametrize("ext", sorted(FORMATS))
@pytest.mark.parametrize("seed", range(3))
def test_hostile_random_bytes_with_each_extension(tmp_path: Path, ext: str, seed: int) -> None:
    data = random.Random(seed).randbytes(4096 * (seed + 1))
    refused(write(tmp_path, f"aleatoire-{seed}-{ext[1:]}{ext}", data))


# --- file names and links ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["avec des espaces.txt", "communiqué_日本語_🎉.txt", "ligne\nnouvelle.txt", " .txt"]
)
def test_hostile_file_names(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, RELEASE.encode())
    assert read(path).text == RELEASE
    bad = write(tmp_path, "x" + name.replace(".txt", ".pdf"), b"pas un pdf")
    assert refused(bad).code is Code.CORRUPT_FILE


def test_hostile_symlink_loop(tmp_path: Path) -> None:
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    error = refused(tmp_path / "a.txt")
    assert error.code is Code.UNREADABLE


def test_hostile_fifo_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "tube.txt"
    os.mkfifo(path)
    assert refused(path).code is Code.UNREADABLE  # and it returns: a fifo would block a read


# --- limits ---------------------------------------------------------------------------------


def test_limits_reject_nonsense() -> None:
    with pytest.raises(ValueError, match="max_bytes"):
        Limits(max_bytes=0)
    with pytest.raises(ValueError, match="max_html_depth"):
        Limits(max_html_depth=-1)


def test_limits_can_be_raised_for_trusted_input(tmp_path: Path) -> None:
    page = f"<html><body>{'<div>' * 600}{RELEASE}{'</div>' * 600}</body></html>"
    path = write(tmp_path, "html-profond-600.html", page.encode())
    assert refused(path).code is TOO_DEEP
    assert read(path, limits=Limits(max_html_depth=1000)).text == RELEASE


# --- peak memory on the zip bomb -----------------------------------------------------------

PEAK_RSS_BOUND_MB = 150

_MEASURE = """
import json, sys
from releasepipe.errors import InputError
from releasepipe.ingest import read

def peak_kb():
    # VmHWM belongs to this process image; getrusage's ru_maxrss would carry over
    # the RSS of the parent that forked it (Linux keeps it across exec).
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))

import docx  # the reader's own import, so that the baseline includes it
baseline = peak_kb()
try:
    read(sys.argv[1])
    outcome = "read"
except InputError as exc:
    outcome = exc.code.value
print(json.dumps({"outcome": outcome, "peak_kb": peak_kb(), "baseline_kb": baseline}))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
def test_hostile_zip_bomb_peak_rss(zip_bomb: Path) -> None:
    """Reading the 1 GiB bomb in a fresh process stays under PEAK_RSS_BOUND_MB of peak RSS."""
    src = str(Path(releasepipe.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run([sys.executable, "-c", _MEASURE, str(zip_bomb)], capture_output=True, text=True,
                            env=env, timeout=120, check=True)
    measured = json.loads(result.stdout)
    assert measured["outcome"] == UNSAFE_CONTENT.value
    assert measured["peak_kb"] / 1024 < PEAK_RSS_BOUND_MB, measured
    assert (measured["peak_kb"] - measured["baseline_kb"]) / 1024 < 10, measured  # reading it cost almost nothing


# --- the corpus table: one stem per file, each file parsed, its outcome asserted -------------


def test_hostile_corpus_stems_are_distinct() -> None:
    """A run names each output after its input's stem: two cases with one stem would collide (RP108) unread."""
    stems = [Path(case.name).stem for case in CORPUS]
    assert len(set(stems)) == len(stems)


@pytest.mark.parametrize("case", CORPUS, ids=[case.name for case in CORPUS])
def test_hostile_corpus_file(tmp_path: Path, case: Case) -> None:
    path = write(tmp_path, case.name, case.build())
    if case.refused:
        assert refused(path).code.value == case.outcome
    else:
        doc = read(path)
        assert case.outcome in doc.text
        assert [w.code for w in doc.warnings] == ([case.warning] if case.warning else [])


def test_hostile_pdf_reference_cycle_is_a_tiny_file() -> None:
    assert len(cyclic_pdf("title")) < 800


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_AS"), reason="needs RLIMIT_AS")
def test_hostile_eml_header_bomb_under_a_memory_cap(tmp_path: Path) -> None:
    """Read in a process capped at 1 GB of address space: refused with its code, not a MemoryError (22 GB before)."""
    case = next(case for case in CORPUS if case.name == "eml-sujet-200000-mots-encodes.eml")
    path = write(tmp_path, case.name, case.build())
    code = ("import resource, sys\n"
            "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
            "from releasepipe.errors import InputError\nfrom releasepipe.ingest import read\n"
            "try:\n    read(sys.argv[1])\nexcept InputError as exc:\n    print(exc.code.value)\n")
    src = str(Path(releasepipe.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.stdout.strip() == case.outcome, result.stderr[-500:]


# --- the time limit gets through every reader -----------------------------------------------


def _hang(*args: object, **kwargs: object) -> None:
    while True:
        pass


# (format, bytes, module attribute that is made to hang): the library step each reader wraps in `except Exception`.
HANGING_STEPS = [
    pytest.param("pdf", make_pdf(zlib_stream(PDF_TEXT)), "pdfminer.pdfdocument.PDFDocument.__init__", id="pdf-metadata"),
    pytest.param("pdf", make_pdf(zlib_stream(PDF_TEXT)), "releasepipe.ingest.pdf.extract_pages", id="pdf-pages"),
    pytest.param("pdf", cyclic_pdf("title"), "releasepipe.ingest.pdfrefs.PDFObjRef.resolve", id="pdf-reference"),
    pytest.param("docx", valid_docx(), "docx.Document", id="docx"),
    pytest.param("html", b"<p>Texte.</p>", "releasepipe.ingest.html.BeautifulSoup", id="html"),
    pytest.param("eml", b"Subject: T\r\n\r\nTexte.", "email.parser.BytesParser.parsebytes", id="eml"),
    pytest.param("txt", "Genève – texte".encode("cp1252"), "releasepipe.ingest.text.from_bytes", id="txt-detection"),
]


@pytest.mark.parametrize(("fmt", "data", "target"), HANGING_STEPS)
def test_hostile_time_limit_interrupts_a_hanging_reader(
    monkeypatch: pytest.MonkeyPatch, fmt: str, data: bytes, target: str
) -> None:
    """A library step that never returns is stopped by the runner's TimeLimit, which no reader turns into an error.

    (A catch-all once reported a PDF time-out as RP104 "corrupt file"; the runner gives RP110 only if
    TimeLimit reaches it.)
    """
    monkeypatch.setattr(target, _hang)

    def time_is_up(signum: int, frame: object) -> None:
        raise TimeLimit

    previous = signal.signal(signal.SIGALRM, time_is_up)
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    try:
        with pytest.raises(TimeLimit):
            read_bytes(data, fmt)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_hostile_readers_catch_no_base_exception() -> None:
    """No reader may catch BaseException or use a bare except: TimeLimit must get through."""
    folder = Path(releasepipe.__file__).parent / "ingest"
    for module in sorted(folder.glob("*.py")):
        source = module.read_text(encoding="utf-8")
        assert not re.search(r"except\s*:|except\s*\(?[^)\n]*BaseException", source), module.name
