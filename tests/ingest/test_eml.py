"""E-mail reader."""

from __future__ import annotations

import base64
import random
from email.message import EmailMessage
from pathlib import Path

import pytest

from releasepipe.errors import Code, InputError
from releasepipe.ingest import Limits, read, read_bytes
from releasepipe.model import Document

PLAIN = (
    "Niamey, le 14 octobre 2024 – Le programme de retour volontaire a aidé 3\u00a0200 personnes.\n"
    "\n"
    "« Ce programme change des vies », a déclaré Aminata Diallo.\n"
    "\n"
    "Contact presse :\n"
    "Julie Martin\n"
    "+227 90 12 34 56\n"
)
HTML = (
    "<html><body><h1>Au Niger, 3&nbsp;200 migrants rentrés</h1>"
    "<p>Niamey, le 14 octobre 2024 – Le programme de retour volontaire a aidé 3&nbsp;200 personnes.</p>"
    "<p>Contact presse : Julie Martin</p></body></html>"
)


def new_message(subject: str = "Communiqué : au Niger, 3 200 migrants rentrés chez eux") -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = "Julie Martin <jmartin@example.org>"
    message["To"] = "redaction@example.com"
    message["Date"] = "Mon, 14 Oct 2024 09:30:00 +0000"
    return message


def blocks_of(doc: Document) -> list[tuple[str, str]]:
    return [(doc.text[s:e], kind) for s, e, kind in doc.blocks]


def test_eml_prefers_plain_part_and_reports_attachment(tmp_path: Path) -> None:
    message = new_message()
    message.set_content(PLAIN)
    message.add_alternative(HTML, subtype="html")
    message.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="communique.pdf")
    path = tmp_path / "retours.eml"
    path.write_bytes(message.as_bytes())

    doc = read(path)
    assert doc.format == "eml"
    assert doc.title == "Communiqué : au Niger, 3 200 migrants rentrés chez eux"
    assert doc.published == "2024-10-14"
    assert doc.author == "Julie Martin"
    assert doc.text == PLAIN.strip()
    assert not doc.text.startswith("Communiqué :")  # the Subject is not added to the body
    assert [text for text, _ in blocks_of(doc)] == [
        "Niamey, le 14 octobre 2024 – Le programme de retour volontaire a aidé 3\u00a0200 personnes.",
        "« Ce programme change des vies », a déclaré Aminata Diallo.",
        "Contact presse :\nJulie Martin\n+227 90 12 34 56",
    ]
    assert [(w.code, w.message) for w in doc.warnings] == [
        (Code.ATTACHMENT_SKIPPED.value, "attachment not read: communique.pdf (application/pdf)")
    ]


def test_eml_html_only() -> None:
    message = new_message()
    message.set_content(HTML, subtype="html")
    doc = read_bytes(message.as_bytes(), "eml")
    assert doc.title == "Communiqué : au Niger, 3 200 migrants rentrés chez eux"
    assert blocks_of(doc) == [
        ("Au Niger, 3\u00a0200 migrants rentrés", "title"),
        ("Niamey, le 14 octobre 2024 – Le programme de retour volontaire a aidé 3\u00a0200 personnes.", "paragraph"),
        ("Contact presse : Julie Martin", "paragraph"),
    ]
    assert doc.warnings == []


def test_eml_part_charset_is_used() -> None:
    raw = (
        "From: presse@example.org\r\n"
        "Subject: =?iso-8859-1?q?Appel_=E0_la_solidarit=E9?=\r\n"
        "Date: Tue, 4 Mar 2025 08:00:00 +0100\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=iso-8859-1\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "\r\n"
        "Gen=E8ve, le 4 mars 2025 =96 L=92appel est lanc=E9.\r\n"
    ).encode("ascii")
    doc = read_bytes(raw, "eml")
    assert doc.title == "Appel à la solidarité"
    assert doc.text == "Genève, le 4 mars 2025 – L’appel est lancé."
    assert doc.published == "2025-03-04"
    assert doc.author == "presse@example.org"


def test_eml_wrong_charset_label_falls_back_to_detection() -> None:
    raw = (
        b"Subject: Test\r\nContent-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + "Genève, le 4 mars – déclaration à la presse.".encode("utf-8")
    )
    assert read_bytes(raw, "eml").text == "Genève, le 4 mars – déclaration à la presse."


def test_eml_part_charset_outside_the_whatwg_standard_is_ignored() -> None:
    text = "Genève, le 4 mars – L’appel \\u0041\\x3c est lancé pour les régions touchées."
    raw = (
        b"Subject: Test\r\nContent-Type: text/plain; charset=unicode_escape\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + text.encode("cp1252")
    )
    assert read_bytes(raw, "eml").text == text


def test_eml_format_flowed_is_unwrapped() -> None:
    raw = (
        b"Subject: Test\r\nContent-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
        b"Le programme de retour volontaire a aid\xc3\xa9 \r\n"
        b"des familles dans six r\xc3\xa9gions.\r\n"
        b"\r\n"
        b"Contact presse :\r\n"
        b"Julie Martin\r\n"
    )
    doc = read_bytes(raw, "eml")
    assert doc.text == (
        "Le programme de retour volontaire a aidé des familles dans six régions.\n\nContact presse :\nJulie Martin"
    )


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Fwd: TR: Communiqué de presse", "Communiqué de presse"),
        ("RE: WG: Pressemitteilung", "Pressemitteilung"),
        ("Retours : 3 200 personnes", "Retours : 3 200 personnes"),
    ],
)
def test_eml_subject_prefixes_removed(subject: str, title: str) -> None:
    message = new_message(subject)
    message.set_content("Texte.")
    assert read_bytes(message.as_bytes(), "eml").title == title


def test_eml_no_text_part_is_empty_input() -> None:
    message = new_message()
    message.set_content(b"\x89PNG fake", maintype="image", subtype="png", filename="photo.png")
    with pytest.raises(InputError) as caught:
        read_bytes(message.as_bytes(), "eml", name="photo.eml")
    assert caught.value.code is Code.EMPTY_INPUT
    assert caught.value.path == "photo.eml"


def test_eml_bad_date_is_none() -> None:
    message = new_message()
    del message["Date"]
    message["Date"] = "le 14 octobre"
    message.set_content("Texte.")
    assert read_bytes(message.as_bytes(), "eml").published is None


def test_eml_forwarded_message_is_reported() -> None:
    inner = new_message("Note aux rédactions")
    inner.set_content("Texte transféré.")
    message = new_message()
    message.set_content("Voir le message joint.")
    message.add_attachment(inner)
    doc = read_bytes(message.as_bytes(), "eml")
    assert doc.text == "Voir le message joint."
    assert [w.code for w in doc.warnings] == [Code.ATTACHMENT_SKIPPED.value]
    assert "Note aux rédactions" in doc.warnings[0].message


def raw_message(headers: bytes, body: bytes = b"Texte du communiqu\xc3\xa9.") -> bytes:
    sender = b"" if headers.startswith(b"From:") else b"From: presse@example.org\r\n"
    return sender + headers + b"\r\n\r\n" + body + b"\r\n"


ENCODED_A = b"=?utf-8?q?a?= "


@pytest.mark.parametrize(
    ("headers", "code", "field"),
    [
        pytest.param(b"Subject: " + ENCODED_A * 200_000, Code.TOO_LARGE, "max_header_chars", id="subject-2.8-mb"),
        pytest.param(b"Subject: " + b"=?utf-8?q?a?=" * 2_000, Code.UNSAFE_CONTENT, "max_header_encoded_words",
                     id="subject-2000-encoded-words"),
        pytest.param(b"Content-Type: text/plain" + b"".join(b"; p%d=v" % i for i in range(20_000)), Code.TOO_LARGE,
                     "max_header_chars", id="content-type-20000-parameters"),
        pytest.param(b"From: " + b", ".join(b"=?utf-8?q?N?= <a%d@x.org>" % i for i in range(1_500)),
                     Code.UNSAFE_CONTENT, "max_header_encoded_words", id="from-1500-encoded-names"),
    ],
)
def test_eml_header_over_a_limit_is_refused_before_it_is_parsed(headers: bytes, code: Code, field: str) -> None:
    with pytest.raises(InputError) as caught:
        read_bytes(raw_message(headers), "eml")
    assert caught.value.code is code
    assert f"({field})" in caught.value.message


def test_eml_header_limits_apply_to_parts_too() -> None:
    params = b"".join(b"; p%d=v" % i for i in range(20_000))
    raw = (
        b'Subject: Test\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: text/plain" + params + b"\r\n\r\nTexte.\r\n--b--\r\n"
    )
    with pytest.raises(InputError) as caught:
        read_bytes(raw, "eml")
    assert caught.value.code is Code.TOO_LARGE and "(max_header_chars)" in caught.value.message


@pytest.mark.parametrize(
    ("headers", "title"),
    [
        pytest.param(b"Subject: " + b"=?utf-8?q?Appel_=C3=A0_?= " * 40 + b"fin", "Appel à " * 40 + "fin",
                     id="subject-40-encoded-words"),
        # A field the reader never parses is not held to the limits.
        pytest.param(b"Subject: Test\r\nTo: " + b", ".join(b"=?utf-8?q?N?= <a%d@x.org>" % i for i in range(5_000)),
                     "Test", id="unread-to-with-5000-names"),
    ],
)
def test_eml_headers_under_the_limits_are_read(headers: bytes, title: str) -> None:
    doc = read_bytes(raw_message(headers), "eml")
    assert doc.title == title
    assert doc.text == "Texte du communiqué."


def test_eml_header_limits_can_be_raised() -> None:
    raw = raw_message(b"Subject: " + ENCODED_A * 1_500)
    limits = Limits(max_header_encoded_words=2_000)
    assert read_bytes(raw, "eml", limits=limits).title == "a" * 1_500


def test_eml_html_body_with_an_embedded_photo_is_read() -> None:
    photo = base64.b64encode(random.Random(0).randbytes(2 * 1024 * 1024)).decode()
    message = new_message()
    message.set_content(HTML.replace("</body>", f'<img src="data:image/jpeg;base64,{photo}"></body>'), subtype="html")
    doc = read_bytes(message.as_bytes(), "eml")
    assert doc.text.endswith("Contact presse : Julie Martin")
