"""Decoding, normalization and block offsets shared by every reader."""

from __future__ import annotations

import codecs

import pytest

from releasepipe.errors import Code, InputError
from releasepipe.ingest.text import (
    decode,
    iso_date,
    join_blocks,
    normalize,
    one_line,
    paragraph_blocks,
)

FR = (
    "Niamey, le 14 octobre 2024 – Le Programme a distribué 1 200 tonnes de vivres "
    "aux familles déplacées. « C’est une étape », a déclaré la cheffe de mission ; "
    "le budget atteint 2,5 millions d’€."
)
DE = "Berlin, 14. Oktober 2024: Größere Maßnahmen für Geflüchtete folgen im Frühjahr."
PL = "Warszawa, 14 października 2024 r. – Organizacja ogłosiła dziś nowy program pomocy dla uchodźców."
RU = "Москва, 14 октября 2024 года – Организация объявила сегодня о новой программе помощи беженцам."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(FR.encode("utf-8"), FR, id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + FR.encode("utf-8"), FR, id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + FR.encode("utf-16-le"), FR, id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + FR.encode("utf-16-be"), FR, id="utf-16-be-bom"),
        pytest.param(codecs.BOM_UTF32_LE + FR.encode("utf-32-le"), FR, id="utf-32-le-bom"),
        pytest.param(FR.encode("utf-16-le"), FR, id="utf-16-le-no-bom"),
        pytest.param(FR.encode("cp1252"), FR, id="cp1252"),
        pytest.param(DE.encode("latin-1"), DE, id="latin-1"),
        pytest.param("Déclaration à la presse".encode("cp1252"), "Déclaration à la presse", id="cp1252-short"),
        pytest.param("Señal de alerta".encode("latin-1"), "Señal de alerta", id="latin-1-short"),
        pytest.param(PL.encode("cp1250"), PL, id="cp1250-polish"),
        pytest.param(RU.encode("cp1251"), RU, id="cp1251-russian"),
    ],
)
def test_decode_encodings(data: bytes, expected: str) -> None:
    text, issues = decode(data)
    assert text == expected
    assert issues == []


def test_decode_utf8_wins_over_detection_for_short_text() -> None:
    assert decode("Genève".encode())[0] == "Genève"


def test_decode_declared_charset_is_honoured() -> None:
    assert decode(RU.encode("cp1251"), declared="windows-1251")[0] == RU


def test_decode_declared_latin1_reads_as_cp1252() -> None:
    # Browsers and mail clients read "iso-8859-1" as windows-1252.
    assert decode(b"l\x92aide \x96 \x80", declared="ISO-8859-1")[0] == "l’aide – €"


def test_decode_wrong_declared_charset_falls_back() -> None:
    assert decode(FR.encode("cp1252"), declared="utf-8")[0] == FR


def test_decode_unknown_declared_charset_falls_back() -> None:
    assert decode(FR.encode("utf-8"), declared="x-no-such-charset")[0] == FR


def test_decode_stray_byte_in_utf8_is_replaced_with_warning() -> None:
    data = FR.encode()
    text, issues = decode(data[:40] + b"\x92" + data[40:])
    assert "\ufffd" in text
    assert "déplacées" in text
    assert [issue.code for issue in issues] == [Code.DECODING_REPLACED.value]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        pytest.param(b"PK\x03\x04\x00\x00binary\x00\x00" * 20, Code.BINARY_CONTENT, id="nul-bytes"),
        pytest.param(bytes(range(1, 32)) * 20, Code.BINARY_CONTENT, id="control-chars"),
        pytest.param(bytes(range(0x80, 0x100)) * 3, Code.UNDECODABLE, id="high-bytes"),
        pytest.param(codecs.BOM_UTF16_LE + b"\x00\xd8", Code.UNDECODABLE, id="bad-utf-16-after-bom"),
    ],
)
def test_decode_rejects(data: bytes, code: Code) -> None:
    with pytest.raises(InputError) as caught:
        decode(data)
    assert caught.value.code is code
    assert "\n" not in caught.value.message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("a\r\nb\rc", "a\nb\nc", id="line-endings"),
        pytest.param("titre   \nsuite\t \n", "titre\nsuite", id="trailing-spaces"),
        pytest.param("un\n\n\n\n\ndeux", "un\n\ndeux", id="blank-lines-collapse"),
        pytest.param("un\n \t \n\u00a0\n\ndeux", "un\n\ndeux", id="whitespace-only-lines-are-blank"),
        pytest.param("huma\u00adnitaire\u200b ok\ufeff\u2060", "humanitaire ok", id="invisible-chars"),
        pytest.param("col1\tcol2", "col1 col2", id="tab"),
        pytest.param("3\u00a0200 et 40\u202f%", "3\u00a0200 et 40\u202f%", id="no-break-spaces-kept"),
        pytest.param("« Merci\u00a0»\u00a0", "« Merci\u00a0»", id="no-break-space-trailing-whole-text"),
        pytest.param("ligne\u00a0\nsuite", "ligne\u00a0\nsuite", id="no-break-space-at-line-end-kept"),
        pytest.param("Gene\u0300ve", "Gen\u00e8ve", id="nfc"),
        pytest.param("\n\n  texte  \n\n", "texte", id="strip"),
        pytest.param("a\x07b\x1bc", "abc", id="control-chars-removed"),
        pytest.param("a\fb\u2029c", "a\nb\n\nc", id="page-and-paragraph-separators"),
        pytest.param("\u200d\u200c", "\u200d\u200c", id="joiners-kept"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected
    assert normalize(expected) == expected  # idempotent


def test_join_blocks_offsets_are_exact() -> None:
    text, blocks = join_blocks(
        [
            ("Communiqué de presse", "paragraph"),
            ("  Au Niger, 3\u00a0200 migrants  ", "title"),
            ("\u00a0", "paragraph"),
            ("Première ligne\n\n\nseconde ligne", "paragraph"),
        ]
    )
    assert text == "Communiqué de presse\n\nAu Niger, 3\u00a0200 migrants\n\nPremière ligne\nseconde ligne"
    assert [(text[s:e], kind) for s, e, kind in blocks] == [
        ("Communiqué de presse", "paragraph"),
        ("Au Niger, 3\u00a0200 migrants", "title"),
        ("Première ligne\nseconde ligne", "paragraph"),
    ]
    assert normalize(text) == text


def test_join_blocks_empty() -> None:
    assert join_blocks([("  ", "paragraph")]) == ("", [])


def test_paragraph_blocks() -> None:
    text = "Un\ndeux\n\nTrois\n\nQuatre"
    assert [text[s:e] for s, e, _ in paragraph_blocks(text)] == ["Un\ndeux", "Trois", "Quatre"]
    assert {kind for _, _, kind in paragraph_blocks(text)} == {"paragraph"}


def test_one_line_keeps_no_break_spaces() -> None:
    assert one_line("  Au Niger,\n3\u00a0200   migrants ") == "Au Niger, 3\u00a0200 migrants"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-10-14", "2024-10-14"),
        ("2024-10-14T23:30:00-05:00", "2024-10-14"),
        ("2024/10/14", "2024-10-14"),
        ("20241014", "2024-10-14"),
        ("D:20241014093000+01'00'", "2024-10-14"),
        ("Mon, 14 Oct 2024 09:30:00 +0200", "2024-10-14"),
        ("2024-13-40", None),
        ("2024", None),
        ("hier", None),
        ("", None),
        (None, None),
    ],
)
def test_iso_date(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected


@pytest.mark.parametrize(("label", "codec"), [
    ("utf-8", "utf-8"), (" UTF8 ", "utf-8"), ("latin1", "cp1252"), ("iso-8859-1", "cp1252"), ("us-ascii", "cp1252"),
    ("windows-1251", "cp1251"), ("koi8-r", "koi8-r"), ("gbk", "gb18030"), ("gb2312", "gb18030"),
    ("shift_jis", "cp932"), ("euc-kr", "cp949"), ("iso-8859-8-i", "iso8859-8"), ("utf-16", "utf-16-le"),
    # not labels of the standard, or labels it decodes to nothing: detection decides
    ("unicode_escape", None), ("raw_unicode_escape", None), ("utf-7", None), ("idna", None), ("punycode", None),
    ("rot13", None), ("base64", None), ("iso-2022-kr", None), ("x-user-defined", None), ("no-such-charset", None),
])
def test_text_whatwg_codec(label, codec):
    import codecs

    from releasepipe.ingest.text import whatwg_codec

    found = whatwg_codec(label)
    assert (codecs.lookup(found).name if found else None) == (codecs.lookup(codec).name if codec else None)
