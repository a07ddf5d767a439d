"""Who to call: contact records (name, role, phones, e-mails, URLs) of a release.

Phones are found with phonenumbers' in-text matcher and written in E.164;
e-mails are validated and normalized by email-validator. What no library does
is decide which number, address and name belong together: that is done here
from the layout of the text (a contact block is a run of short lines, one
person after another; elsewhere a contact sits in one sentence, "please
contact X at ...").

A number written without a country code needs a region. It is taken, first
valid wins, from: a postal address in the record itself (a country name, a
US state and ZIP code), the ``region`` argument (``--region`` or the dateline
country), the country-code domains of the record's own e-mails and URLs, and
the one country-code domain used in the release. When none of these gives a
region the number is skipped with a warning, never guessed.

Fax numbers are kept out of ``phones``, in each contact's ``faxes`` (E.164).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher, ValidationResult

from .. import lang
from ..errors import Code
from ..model import Contact, Entity, Issue
from . import entity_rules as rules
from . import gazetteer, roles

__all__ = ["dateline_region", "extract", "PHONE_REGION_UNKNOWN"]

#: Warning code: a number without country code was skipped, no region known.
PHONE_REGION_UNKNOWN = Code.PHONE_REGION_UNKNOWN.value

#: Warning code: a number without country code read as North American from its layout.
PHONE_READ_AS_NANP = Code.PHONE_READ_AS_NANP.value
_MSG_NANP = "phone number {raw!r} has no country code; read as North American (+1) from its layout"
#: Warning code: a number without country code, no region known, read in the country of the
#: release's language because it is a valid number there.
PHONE_READ_BY_LANGUAGE = Code.PHONE_READ_BY_LANGUAGE.value
_MSG_BY_LANGUAGE = ("phone number {raw!r} has no country code; read in {region}, the country of the "
                    "release's language, where it is a valid number (pass --region to say otherwise)")
# "(650) 565-9800", "650-565-9800", "650.565.9800": area code, exchange, line,
# separated as only the North American plan writes them (a dash or dot before
# the last four digits). Other plans' ten-digit numbers are grouped otherwise.
_COUNTRY_CODE_BEFORE = re.compile(r"\+\d{1,3}[\s.\-]*\Z")
_NANP_STYLE = re.compile(r"^(?:1[-. ])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}(?:,?\s*(?:x|ext\.?|extension|poste|Durchwahl)\s*\d+)?$", re.I)

_MSG_REGION_UNKNOWN = (
    "phone number {raw!r} has no country code and no region could be inferred "
    "(pass --region); skipped"
)


# --------------------------------------------------------------------------
# Vocabulary. Hand-written: no library labels the lines of a contact block.

def _labels(name: str) -> str:
    """A ``layout`` label field of every pack as an alternation, longest first; a space in a label
    is any run of spaces."""
    words = lang.every("layout", name)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


def _patterns(name: str) -> str:
    """A ``layout`` pattern field of every pack (the ``xx`` pack's too) as an alternation, longest first."""
    found = lang.every("layout", name, fallback=True)
    return "|".join(sorted(found, key=lambda p: (-len(p), p)))


def _words_of(name: str) -> str:
    """A ``layout`` word field of every pack (the ``xx`` pack's too) as an alternation, longest first."""
    found = lang.every("layout", name, fallback=True)
    return "|".join(re.escape(w) for w in sorted(found, key=lambda w: (-len(w), w)))


# Labels that announce a phone number on its line (the packs' words, and the letters written
# alike in every language: "T:", "M:", "D:"). The last label before a number decides whether
# it is a fax.
_PHONE_LABEL = re.compile(
    rf"(?<![\w])(?:{_labels('phone_labels')}|t|o|c|m|d)(?!\w)\s*\.?\s*(?:\([^)]{{0,12}}\))?\s*[:.]?",
    re.IGNORECASE,
)
_FAX_LABEL = re.compile(
    rf"(?<![\w/])(?:{_labels('fax_labels')}|f)(?!\w)\s*\.?\s*[:.]?",
    re.IGNORECASE,
)
# Words that make a number a reference, not a phone ("Réf. 2024/113-45").
# The packs' words (``layout.reference_labels``), and the labels written alike in every language.
_REF_LABEL = re.compile(
    r"(?<!\w)(?:" + _patterns("reference_labels") + r"|n°|nº|isbn|issn|iban|bic)\s*[.:#°]?\s*$",
    re.IGNORECASE,
)
# Labels that close the words before a number or an address ("…, teléfono:").
_TRAILING_LABELS = re.compile(
    r"(?:[\s,;]*(?:" + _PHONE_LABEL.pattern + "|" + _FAX_LABEL.pattern
    + "|" + _labels("email_labels") + r")\s*[:.]?)+\s*$",
    re.IGNORECASE,
)
# Verbs inviting the reader to get in touch: every pack's (``layout.contact_verbs``).
_CONTACT_VERB = re.compile(r"\b(?:" + _patterns("contact_verbs") + r")\b", re.IGNORECASE)
# A line that is only the heading of a contact block: every language pack's (``layout.contact_lines``).
_HEADING = re.compile(
    r"^\W*(?:" + "|".join(lang.every("layout", "contact_lines")) + r")\W*$",
    re.IGNORECASE,
)
# Words naming a body: every pack's (``layout.organization_words``).
_ORG_WORDS = re.compile(r"\b(?:" + _patterns("organization_words") + r")\b", re.IGNORECASE)
_ROLE_WORDS = re.compile(
    r"\b(?:director|directeur|directrice|directora?|direktor(?:in)?|manager|managerin|lead|"
    r"head|chief|chef(?:fe|in)?|jefe|jefa|officer|spokes(?:person|man|woman)|porte-parole|"
    r"portavoz|sprecher(?:in)?|pressesprecher(?:in)?|press officer|attach[ée]e? de presse|"
    r"charg[ée]e? de|responsable|coordinat(?:or|eur|rice)|coordinador(?:a)?|koordinator(?:in)?|"
    r"president|pr[ée]sident(?:e)?|presidente|pr[äa]sident(?:in)?|ceo|cfo|cto|coo|vp|"
    r"vice|executive|ex[ée]cuti(?:f|ve)|secretary|secr[ée]taire|secretari[oa]|gesch[äa]ftsf[üu]hrer(?:in)?|"
    r"leiter(?:in)?|referent(?:in)?|consultant|conseill(?:er|[èe]re)|advisor|adviser|asesor(?:a)?|"
    r"berater(?:in)?|specialist|sp[ée]cialiste|especialista|media relations|communications? (?:officer|manager|lead)|"
    r"editor|r[ée]dact(?:eur|rice)|redakteur(?:in)?|analyst|engineer|ing[ée]nieur|founder|fondat(?:eur|rice)|"
    r"partner|associate|assistant(?:e)?|counsel|avocat(?:e)?|lawyer|anwalt|anw[äa]ltin)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _names_role(line: str) -> bool:
    """Whether a piece of a contact record names a function: a word of the list above anywhere
    ("Head of Media Relations"), or one of its first words a function in some language pack
    ("Responsabile comunicazione", "rzeczniczka prasowa Zenit Software S.A.")."""
    return bool(_ROLE_WORDS.search(line)) or any(roles.is_role_word(w) for w in _WORD.findall(line)[:4])


# Street words: every pack's, alone (``layout.street_words``) or ending a compound (``street_endings``).
_STREET = re.compile(
    r"\b(?:" + _patterns("street_words") + r")\b|(?:" + _patterns("street_endings") + r")\b",
    re.IGNORECASE,
)
# Courtesy titles and name particles: every language pack's (``people``), as ``entity_rules`` reads them.
_HONORIFIC = "(?:" + "|".join(sorted({re.escape(h.rstrip(".")) for h in rules.honorifics()}, key=len, reverse=True)) \
    + r")\.?"
_PARTICLE = "(?:" + "|".join(sorted((re.escape(p) for p in rules.particles()), key=len, reverse=True)) + ")"
_CAP = r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\.?|[A-ZÀ-ÖØ-Þ]\.)"
_NAME_LINE = re.compile(
    rf"^\s*(?:{_HONORIFIC}\s+)?(?P<name>{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{1,3}})"
    r"(?P<tail>\s*(?:\(.*\)|,.*|\s+(?:for|pour|para|für|f[üu]r)\s+.*|[-–—:].*)?)\s*$"
)
_INLINE_NAME = re.compile(
    rf"(?:{_HONORIFIC}\s+)?(?P<name>{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{1,2}})"
)
# First words of a line that is no name: every pack's (``layout.not_name_starts``), and web addresses.
_NOT_NAME_START = re.compile(r"^(?:" + _patterns("not_name_starts") + r"|www|http)\b", re.IGNORECASE)
# World regions heading a contact line: every pack's (``layout.region_labels``).
_REGION_LABEL = re.compile(
    r"^\s*(?:" + _patterns("region_labels") + r")\s*[:–—-]?\s+(?=[A-ZÀ-Þ])",
    re.IGNORECASE,
)
_US_STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
).split()
_US_ZIP = re.compile(r"\b(?:" + "|".join(_US_STATES) + r")\.?\s+\d{5}(?:-\d{4})?\b")
# "Curitiba, PR 80050-240", "Minneapolis, MN 55418", "Eltham, VIC 3095": the
# "city, state code" address layout puts a postal code, not a phone, after it.
_POSTAL_BEFORE = re.compile(r"[^\W\d_]{2,},\s*[A-Z]{2,3}\.?\s+\Z")
_CA_POSTCODE = re.compile(r"\b(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU)?\s*[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")
# Country-code domains that are mostly used as generic names, not for a country.
_GENERIC_CCTLDS = {"io", "tv", "me", "ai", "fm", "ly", "cc", "ws", "to", "gg", "sh", "so", "ac", "am",
                   "nu", "la", "im", "vc"}

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}(?![\w@-])"
)
# Obfuscated addresses: "name [at] iom.int", "name (at) iom (dot) int", "name at iom dot int".
# The words standing for "@" and ".": every pack's (``layout.at_words``, ``dot_words``, ``spelled_at_words``,
# ``spelled_dot_words``), read case-sensitively; the spelled ones in lower or upper case.
_AT_WORDS = _words_of("at_words")
_DOT_WORDS = _words_of("dot_words")


def _spelled(name: str) -> set[str]:
    """A ``layout`` field of spelled words of every pack, each in lower and upper case."""
    return {w for x in lang.every("layout", name, fallback=True) for w in (x, x.upper())}


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_SPELLED_AT = _alternation(_spelled("spelled_at_words"))
_SPELLED_DOT = _alternation(_spelled("spelled_dot_words"))
_SPOKEN_DOT = _alternation(_spelled("spelled_dot_words") | set(lang.every("layout", "dot_words", fallback=True)))
_AT = rf"(?:\s*[\[\(\{{<]\s*(?:{_AT_WORDS}|@)\s*[\]\)\}}>]\s*|\s+(?:{_SPELLED_AT})\s+(?=[\w-]+\s+(?:{_SPELLED_DOT})\s))"
_DOT = rf"(?:\s*[\[\(\{{<]\s*(?:{_DOT_WORDS}|\.)\s*[\]\)\}}>]\s*|\s+(?:{_SPOKEN_DOT})\s+|\.)"
_OBFUSCATED = re.compile(
    rf"(?<![\w.+-])(?P<local>[A-Za-z0-9][\w.+-]*?){_AT}(?P<domain>[A-Za-z0-9][\w-]*(?:{_DOT}[A-Za-z0-9][\w-]*)+)",
)
_DOT_SUB = re.compile(_DOT)
# What every obfuscated address holds (a bracketed "at", or " dot " after a bare "at"):
# a quick test that spares most texts the slower search above.
_OBFUSCATED_HINT = re.compile(rf"[\[\(\{{<]\s*(?:{_AT_WORDS}|@)\s*[\]\)\}}>]|\s(?:{_SPELLED_DOT})\s")
_URL = re.compile(
    r"(?<![\w@/.])(?:https?://|www\.)[^\s<>\"'«»“”„]+"
    r"|(?<![\w@/.-])(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s<>\"'«»“”„]*",
    re.IGNORECASE,
)
_BARE_DOMAIN_LINE = re.compile(r"^\s*((?:[a-z0-9-]+\.)+[a-z]{2,})\s*$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_HANDLE = re.compile(r"(?<![\w@./])@(?P<user>[A-Za-z0-9_]{1,30})(?:@(?P<host>(?:[\w-]+\.)+[a-z]{2,}))?(?![\w@])")
_SOCIAL_SITES = (
    (re.compile(r"instagram", re.I), "https://www.instagram.com/{}"),
    (re.compile(r"tiktok", re.I), "https://www.tiktok.com/@{}"),
    (re.compile(r"threads", re.I), "https://www.threads.net/@{}"),
    (re.compile(r"facebook", re.I), "https://www.facebook.com/{}"),
    (re.compile(r"youtube", re.I), "https://www.youtube.com/@{}"),
)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÀ-ÖØ-Þ«“\"„(]|\s*$)")
# Abbreviations whose full stop ends no sentence ("Dr", "Tel", "Tfno"): every language pack's (``layout``).
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:"
    + "|".join(sorted({re.escape(a) for a in lang.every("layout", "abbreviations")}))
    + r"))$"
)
_TRAILING_PUNCT = ".,;:!?)]}'\"»”"
_SHORT_LINE = 90  # characters: longer lines are prose, not lines of a contact block
_MIN_NATIONAL_DIGITS = 7  # shorter digit runs without country code are years, counts, codes


@dataclass
class _Item:
    kind: str  # "phone", "email", "url", or "pending": a number awaiting its region
    value: str
    start: int
    end: int
    raw: str = ""
    fax: bool = False


@dataclass
class _Record:
    start: int
    end: int
    name: str | None = None
    name_start: int | None = None
    role: str | None = None
    organization: str | None = None
    items: list[_Item] = field(default_factory=list)
    lines: list[tuple[int, int]] = field(default_factory=list)
    address_seen: bool = False

    @property
    def has_items(self) -> bool:
        return any(i.kind != "url" for i in self.items)


# --------------------------------------------------------------------------
# Public API


def extract(
    text: str,
    *,
    region: str | None = None,
    blocks: Sequence[tuple[int, int]] = (),
    persons: Sequence[Entity] = (),
    lang: str | None = None,
    dateline: str | None = None,
) -> tuple[list[Contact], list[Issue]]:
    """Contact records of ``text`` and the warnings met while reading them.

    ``region`` is the ISO 3166 code to read numbers written without a country
    code (``--region`` or the dateline country). ``blocks`` are the offsets of
    the release's contact block(s) when known; records elsewhere are found
    too. ``persons`` are person entities whose mentions name the records; with
    none, names are found from the layout. ``dateline``, the release's dateline line, gives
    ``region`` when it names a country and none was given; a city alone gives a weaker hint,
    trusted only for a number valid there, after the e-mail domains ("Lyon, le 3 mars"). ``lang``,
    the release's language, is the last hint: a number valid in the country CLDR gives as that
    language's likeliest ("06 12 34 56 78" in a French release) is read there, unless the
    dateline's town is in other countries only ("Neuchâtel").
    """
    region = region.upper() if region else None
    if region is None and dateline:
        region = dateline_region(dateline)
    city_region, towns = _dateline_city(dateline) if dateline and region is None else (None, None)
    language_region = _language_region(lang)
    if towns and language_region not in towns:
        # a release from across the border ("Neuchâtel", "Genève", "Mechelen"): the language
        # does not tell the country
        language_region = None
    issues: list[Issue] = []
    masked = _mask(text)
    lines = _lines(text)
    emails = _find_emails(text)
    urls = _find_urls(text, emails)
    numbers = _find_numbers(masked, text, region, emails, urls, blocks, city_region)
    items = sorted(emails + urls + numbers, key=lambda i: i.start)
    mentions = _person_mentions(persons)

    records = _block_records(text, lines, items, mentions, blocks, lang or "und")
    taken = {id(i) for r in records for i in r.items}
    records += _prose_records(text, [i for i in items if id(i) not in taken], mentions)
    records.sort(key=lambda r: r.start)

    release_region = _release_region(emails, urls)
    contacts: list[Contact] = []
    seen: set[tuple] = set()
    for rec in records:
        phones, fax = _resolve_numbers(text, rec, region, release_region, issues, city_region, language_region)
        emails_ = _unique(i.value for i in rec.items if i.kind == "email")
        urls_ = _unique(i.value for i in rec.items if i.kind == "url")
        if not (phones or fax or emails_):
            continue
        key = (rec.name, tuple(phones), tuple(fax), tuple(emails_))
        if key in seen:
            continue
        seen.add(key)
        contacts.append(Contact(
            name=rec.name, role=rec.role, organization=rec.organization,
            phones=phones, emails=emails_, urls=urls_, start=rec.start, end=rec.end, faxes=fax,
        ))
    return contacts, issues


# --------------------------------------------------------------------------
# Finding items


def _mask(text: str) -> str:
    """A same-length copy of ``text`` that the phone matcher reads better.

    A doubled prefix ("++1 650…", "+49 +49 …") stops the matcher; blanking the
    first plus keeps every offset.
    """
    return re.sub(r"\+(?=\+)", " ", text)


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


# What a line must hold for _EMAIL or _HANDLE, and for _URL, to match in it.
_AT_SIGN = re.compile("@")
_URL_HINT = re.compile(r"/|www\.", re.IGNORECASE)


def _on_lines_with(hint: re.Pattern[str], pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, read only on the lines where ``hint`` is found.

    For the address patterns above: none of their matches crosses a line break,
    and each holds a match of its hint. They start scanning at every word, and
    most lines of a release hold no address. The matches keep their offsets in
    ``text``, and the pattern still sees the line break around each line.
    """
    start = 0
    for line in text.split("\n"):
        if hint.search(line):
            yield from pattern.finditer(text, start, start + len(line))
        start += len(line) + 1


def _find_emails(text: str) -> list[_Item]:
    found: list[_Item] = []
    for m in _on_lines_with(_AT_SIGN, _EMAIL, text):
        value = _valid_email(m.group())
        if value:
            found.append(_Item("email", value, m.start(), m.end(), m.group()))
    for m in _OBFUSCATED.finditer(text) if _OBFUSCATED_HINT.search(text) else ():
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        domain = _DOT_SUB.sub(".", m.group("domain"))
        value = _valid_email(f"{m.group('local')}@{domain}")
        if value:
            found.append(_Item("email", value, m.start(), m.end(), m.group()))
    return found


def _valid_email(candidate: str) -> str | None:
    try:
        result = validate_email(candidate.strip(".-"), check_deliverability=False)
    except EmailNotValidError:
        return None
    return result.normalized.lower()


def _find_urls(text: str, emails: list[_Item]) -> list[_Item]:
    found: list[_Item] = []

    def add(start: int, end: int, url: str) -> None:
        if any(e.start <= start < e.end for e in emails):
            return
        found.append(_Item("url", url, start, end, text[start:end]))

    for m in _on_lines_with(_URL_HINT, _URL, text):
        raw = m.group()
        while raw and raw[-1] in _TRAILING_PUNCT:
            if raw[-1] == ")" and raw.count("(") >= raw.count(")"):
                break
            raw = raw[:-1]
        if "." not in raw.split("/")[0 if not raw.lower().startswith("http") else 2]:
            continue
        url = raw if re.match(r"https?://", raw, re.I) else "https://" + raw
        add(m.start(), m.start() + len(raw), url)
    for m in _on_lines_with(_AT_SIGN, _HANDLE, text):
        user, host = m.group("user"), m.group("host")
        if host:  # Mastodon style @user@instance
            url = f"https://{host.lower()}/@{user}"
        else:
            line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
            url = f"https://twitter.com/{user}"
            for pattern, template in _SOCIAL_SITES:
                if pattern.search(line):
                    url = template.format(user)
                    break
        found.append(_Item("url", url, m.start(), m.end(), m.group()))
    return found


def _find_numbers(
    masked: str,
    text: str,
    region: str | None,
    emails: list[_Item],
    urls: list[_Item],
    blocks: Sequence[tuple[int, int]],
    city_region: str | None = None,
) -> list[_Item]:
    """Phone-number spans. Numbers without country code stay ``pending`` until
    the record they belong to says which region to read them in."""
    found: list[_Item] = []
    busy = [(i.start, i.end) for i in emails + urls]
    masked, lines = _phone_lines(masked)

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in busy)

    # International numbers: the "+" makes them unambiguous, so the lenient
    # POSSIBLE level is safe and keeps numbers of plans that changed since
    # (VALID drops "+55(41)262-0782", an old 7-digit Curitiba number).
    for m in _matches(masked, lines, None):
        if not free(m.start, m.end) or _is_reference(text, m.start):
            continue
        found.append(_number_item(text, m.start, m.end, m.number))
        busy.append((m.start, m.end))
    # Numbers without a country code: the matcher needs a region to see them.
    # Probe with the likely regions; the record decides later which one holds.
    # Every match holds a digit and a match over a taken digit is dropped:
    # with no free digit left, the passes below can find nothing.
    if not any(free(*m.span()) for m in _DIGITS.finditer(masked)):
        return found
    # The release's own regions first (its dateline's, its addresses' domains', its dateline city's):
    # a region that does not know the area code reads only the end of "(030) 90139-4020".
    domains = [_domain_region(i.value) for i in emails + urls]
    probes = [r for r in (region, *domains, city_region, "US", "GB", "DE", "FR", "ES") if r]
    for probe in dict.fromkeys(probes):
        for m in _matches(masked, lines, probe):
            if m.raw_string.lstrip("(").startswith("+"):
                continue
            # A later region may read more of a number an earlier one read: the longer reading wins.
            shorter = [i for i in found if i.start < m.end and m.start < i.end]
            if not free(m.start, m.end) and not (shorter and all(
                    i.kind == "pending" and m.start <= i.start and i.end <= m.end
                    and i.end - i.start < m.end - m.start for i in shorter)):
                continue
            if _COUNTRY_CODE_BEFORE.search(masked, max(0, m.start - 8), m.start):
                # The national part of "+1 650-565-9800-752", whose glued extension
                # stopped the international pass: the retry below reads it whole.
                continue
            if _is_reference(text, m.start) or not _phone_context(text, m.start, m.end, blocks):
                continue
            if len(re.sub(r"\D", "", m.raw_string)) < _MIN_NATIONAL_DIGITS:
                continue
            for i in shorter:
                found.remove(i)
                busy.remove((i.start, i.end))
            found.append(_Item("pending", "", m.start, m.end, m.raw_string, _is_fax(text, m.start)))
            busy.append((m.start, m.end))
    # The matcher gives up on a number whose extension is glued with a hyphen
    # ("+1 650-565-9800-752"); retry such labelled strings without the tail.
    for run in re.finditer(r"\+?\(?\+?\d[\d\s().\-/]{6,}\d", masked):
        s, e = run.start(), run.end()
        while s < e and masked[s] == " ":
            s += 1
        raw = masked[s:e]
        international = raw.lstrip("(").startswith("+")
        if not free(s, e) or _is_reference(text, s):
            continue
        if not international and not _phone_context(text, s, e, blocks):
            continue
        trimmed = raw
        for _ in range(2):
            trimmed = re.sub(r"[-\s]\d{1,5}$", "", trimmed)
            if international:
                try:
                    num = phonenumbers.parse(trimmed, None)
                except phonenumbers.NumberParseException:
                    continue
                if phonenumbers.is_valid_number(num):
                    found.append(_number_item(text, s, s + len(trimmed), num))
                    busy.append((s, e))
                    break
            elif len(re.sub(r"\D", "", trimmed)) >= _MIN_NATIONAL_DIGITS:
                found.append(_Item("pending", "", s, s + len(trimmed), trimmed, _is_fax(text, s)))
                busy.append((s, e))
                break
    return found


# A run of digits and the separators phone numbers are written with.
_DIGIT_RUN = re.compile(r"\d[\d \u00a0\u202f().\-/]*\d")
_MIN_PHONE_DIGITS = 6


def _phone_lines(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with every line that holds no run of six digits or more blanked,
    and the (start, end) of the lines kept.

    The matcher is run up to seven times (international, then per probed
    region) and tries to parse every date and figure it meets; lines that
    cannot hold a phone number are spared it. Offsets do not change.
    """
    out: list[str] = []
    kept: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if any(sum(ch.isdigit() for ch in m.group()) >= _MIN_PHONE_DIGITS for m in _DIGIT_RUN.finditer(line)):
            out.append(line)
            kept.append((start, start + len(line)))
        else:
            out.append(" " * len(line))
        start += len(line) + 1
    return "\n".join(out), kept


@dataclass(frozen=True, slots=True)
class _Match:
    """A phone matcher's match, its offsets in the whole text."""

    start: int
    end: int
    raw_string: str
    number: phonenumbers.PhoneNumber


def _matches(text: str, lines: list[tuple[int, int]], region: str | None) -> Iterator[_Match]:
    """The matcher's numbers in ``text``, read only in ``lines`` (those ``_phone_lines`` kept).

    No match crosses a line break (the matcher's pattern holds none), and at the
    POSSIBLE level a match does not depend on the text around it, so reading the
    lines one by one finds what reading the whole text does, without scanning the
    blanked lines again on every pass. (The matcher gives up after 65,535 failed
    candidates, now per line instead of per text: far more than a release holds.)
    """
    for start, end in lines:
        for m in PhoneNumberMatcher(text[start:end], region, Leniency.POSSIBLE):
            yield _Match(start + m.start, start + m.end, m.raw_string, m.number)


def _number_item(text: str, start: int, end: int, number: phonenumbers.PhoneNumber) -> _Item:
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return _Item("phone", e164, start, end, text[start:end], _is_fax(text, start))


def _line_before(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1:pos]


def _is_reference(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a reference: after a reference label ("Réf.", "P.IVA"),
    or inside an account number written without its label ("DE89 3704 0044 0532 0130 00")."""
    line_start = text.rfind("\n", 0, start) + 1
    if _REF_LABEL.search(text[max(line_start, start - 20):start]):
        return True
    return any(m.start() <= start < m.end() for m in _IBAN.finditer(text, max(line_start, start - 40), start + 40))


#: An account number in the IBAN layout: country code, check digits, groups of four.
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[0-9A-Z]{4}){2,7}(?:[ \u00a0]?[0-9A-Z]{1,3})?\b")


def _is_fax(text: str, start: int) -> bool:
    """Whether the closest label before the number on its line is a fax label."""
    before = _line_before(text, start)
    fax = [m for m in _FAX_LABEL.finditer(before)]
    if not fax:
        return False
    last_fax = fax[-1]
    # "Tel./Fax:" announces a line that is both: keep it as a phone.
    if re.search(r"t[ée]l\w*\.?\s*/\s*$", before[:last_fax.start()], re.I):
        return False
    between = before[last_fax.end():]
    return not _PHONE_LABEL.search(between) or not re.search(r"[A-Za-z]{2,}", between)


#: How far before a number its label, a postal code or the start of its line is looked for.
#: Reading the whole line before each candidate made one long line quadratic (a 100 KB
#: single-line release took 170 s in this step); a label is a few words, far below this.
_NEAR = 256
_LABEL_BEFORE = re.compile(r"(?:^|[\s,;(])(?:" + _PHONE_LABEL.pattern + r"|" + _FAX_LABEL.pattern + r")\s*$",
                           re.I | re.M)
_LINE_STRIP = " \t:-–—•*+"
#: How close to a number, on its line, an e-mail address makes it a contact's phone.
_BESIDE = 40
#: How far back the verb of a sentence asking to call is looked for (longer runs without
#: a sentence end are not prose).
_SENTENCE = 1000


#: A date written with dots, slashes or dashes ("12.03.2025"), which the matcher may read as a number.
_DATE_LIKE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d")


def _beside_an_address(text: str, start: int, end: int) -> bool:
    """Whether an e-mail address is written on the number's line, within _BESIDE characters
    ("Mark de Boer, woordvoerder, 06 - 41 23 45 67, m.deboer@…"): a contact's fields. Never a
    date ("bis zum 12.03.2025 an presse@…"); references and account numbers are ruled out before
    (``_is_reference``)."""
    if _DATE_LIKE.fullmatch(text[start:end].strip()):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(_EMAIL.search(text, max(line_start, start - _BESIDE), min(line_end, end + _BESIDE)))


def _phone_context(text: str, start: int, end: int, blocks: Sequence[tuple[int, int]]) -> bool:
    """Whether a number without country code sits where phones are written.

    Figures, dates and codes look like numbers too; a national number is only
    taken on a labelled line ("Tel.:"), alone on its line, in a known contact
    block, or in a sentence that asks to call or contact someone.
    """
    line_start = text.rfind("\n", 0, start) + 1
    near = max(line_start, start - _NEAR)
    if _POSTAL_BEFORE.search(text, near, start):
        return False
    if any(a <= start < b for a, b in blocks):
        return True
    # ^ (multi-line) matches at the line's start, never at ``near`` inside the line; $ at ``start``.
    if _LABEL_BEFORE.search(text, near, start):
        return True
    if _beside_an_address(text, start, end):
        return True
    if not text[near:start].strip(_LINE_STRIP) and not text[line_start:near].strip(_LINE_STRIP):
        line_end = text.find("\n", end)
        after = _URL.sub("", _EMAIL.sub("", text[end:len(text) if line_end < 0 else line_end]))
        rest = re.sub(r"(?i)\b(?:ext|x|poste|durchwahl|dw|apt?|ext\.)\b\.?\s*\d+|[\s.,;:/|)(]", "", after)
        if not rest:
            return True
    # The sentence that asks to call: its verb within _SENTENCE characters of the number.
    sentence_start = max(text.rfind(". ", max(0, start - _SENTENCE), start), line_start - 1,
                         start - _SENTENCE - 1)
    return bool(_CONTACT_VERB.search(text, sentence_start + 1, start))


# --------------------------------------------------------------------------
# Grouping items into records


def _person_mentions(persons: Sequence[Entity]) -> list[tuple[int, int, str, str]]:
    out = []
    for ent in persons:
        if ent.type != "person":
            continue
        for m in ent.mentions:
            out.append((m.start, m.end, m.text, ent.name))
    return sorted(out)


def _block_records(
    text: str,
    lines: list[tuple[int, int]],
    items: list[_Item],
    mentions: list[tuple[int, int, str, str]],
    blocks: Sequence[tuple[int, int]],
    lang: str = "und",
) -> list[_Record]:
    """Records from runs of short lines (contact blocks, signatures, lists)."""
    pieces: list[list[tuple[int, int]] | None] = []  # runs of short lines; None: a prose line
    run: list[tuple[int, int]] = []
    for start, end in lines:
        line = text[start:end]
        in_block = any(a <= start < b for a, b in blocks)
        if run and in_block and not any(a <= run[-1][0] < b for a, b in blocks):
            pieces.append(run)  # where the contact blocks start, a run of lines outside them ends
            run = []
        if line.strip() and (len(line.strip()) <= _SHORT_LINE or in_block and not _is_prose(line)):
            run.append((start, end))
            continue
        if run:
            pieces.append(run)
            run = []
        if line.strip():
            pieces.append(None)
    if run:
        pieces.append(run)
    # A block laid out one item per paragraph ("Name", blank, "e-mail", blank,
    # "phone") is one run: short pieces separated only by blank lines join.
    def in_blocks(piece: list[tuple[int, int]]) -> bool:
        return any(a <= piece[0][0] < b for a, b in blocks)

    runs: list[list[tuple[int, int]]] = []
    prev: list[tuple[int, int]] | None = None
    for piece in pieces:
        # Pieces join only on the same side of a known contact block's edge.
        if (piece is not None and prev is not None and len(piece) <= 2 and len(prev) <= 2
                and in_blocks(piece) == in_blocks(prev)):
            runs[-1].extend(piece)
        elif piece is not None:
            runs.append(list(piece))
        prev = piece
    records: list[_Record] = []
    for r in runs:
        records.extend(_split_run(text, r, items, mentions, lang))
    return records


def _is_prose(line: str) -> bool:
    # "ext. 1415" is no sentence end: a new sentence starts with a letter.
    return len(line.split()) > 14 and bool(re.search(r"[.!?]\s*$|[.!?]\s+[^\W\d_]", line))


def _split_run(
    text: str,
    run: list[tuple[int, int]],
    items: list[_Item],
    mentions: list[tuple[int, int, str, str]],
    lang: str = "und",
) -> list[_Record]:
    run_items = [i for i in items if run[0][0] <= i.start < run[-1][1]]
    if not any(i.kind != "url" for i in run_items):
        return []
    records: list[_Record] = []
    cur: _Record | None = None
    pending_org: tuple[str, int] | None = None
    names = [_line_name(text, start, end, mentions, [i for i in run_items if start <= i.start < end])
             for start, end in run]
    desk = False  # whether pending_org is a line read as a desk's, not a label's
    pending_role: str | None = None  # a label line naming the next person's function
    for k, (start, end) in enumerate(run):
        line = text[start:end]
        line_items = [i for i in run_items if start <= i.start < end]
        stripped = line.strip()
        if _HEADING.match(stripped) and not line_items:
            continue
        name = names[k]
        if name is not None and not line_items and not _is_mention(name, mentions) \
                and not gazetteer.is_given_name(name[0].split()[0], lang) \
                and _person_before_items(k, run, run_items, names, mentions):
            # "Biuro Prasowe Uniwersytetu Warszawskiego" above "Anna Michalska-Grudzień" and her
            # numbers: a line that only looks like a name, with no first name, is the body of the
            # person named below.
            name = None
            if cur is None or not cur.has_items:
                if not desk:  # the body, not its department below; a label above ("Rückfragen an:") gives way
                    pending_org, desk = (stripped, start), True
                continue
        label = stripped.endswith(":") and not line_items and len(stripped.split()) <= 6
        if label:
            # "Aonix:" introduces the next person; it ends the current record.
            if cur is not None and cur.has_items:
                records.append(cur)
                cur = None
            text_of_label = stripped.rstrip(":").strip()
            if _names_role(text_of_label):
                pending_role = text_of_label  # "Portavoce:", "Spokesperson:"
            elif _body_label(text_of_label, lang):
                pending_org, desk = (text_of_label, start), False
            continue
        if name is not None and (cur is None or cur.has_items):
            if cur is not None:
                records.append(cur)
            begin = pending_org[1] if pending_org else start
            cur = _Record(start=begin, end=end)
            if pending_org:
                cur.organization = pending_org[0]
                pending_org, desk = None, False
        if cur is None:
            cur = _Record(start=pending_org[1] if pending_org else start, end=end)
            if pending_org:
                cur.organization = pending_org[0]
                pending_org, desk = None, False
        cur.lines.append((start, end))
        cur.end = max(cur.end, end)
        if name is not None and cur.name is None:
            cur.name, cur.name_start = name[0], name[1]
            label_role = pending_role or _label_role(text, start, name[1])
            pending_role = None
            if label_role and not cur.role:
                cur.role = label_role  # "Referente: Lorenzo Guidotti – tel. …"
            role, org = _role_org_after_name(text, name[2], end, lang)
            if role and not cur.role:
                cur.role = role
                cur.organization = cur.organization or org
            if line_items and name[2] <= line_items[0].start:
                role, org = _role_org_before_items(text, name[2], line_items[0].start, lang)
                cur.role = cur.role or role
                cur.organization = cur.organization or org
        elif not line_items:
            _classify_line(stripped, cur)
        cur.items.extend(line_items)
        bare = _BARE_DOMAIN_LINE.match(line)
        if not line_items and bare and "@" not in line:
            dom = bare.group(1)
            cur.items.append(_Item("url", "https://" + dom.lower(), start, end, dom))
    if cur is not None:
        records.append(cur)
    records = [r for r in records if r.has_items]
    for r in records:
        r.end = max(e for s, e in r.lines)
        r.start, r.end = _strip_span(text, r.start, r.end)
    return records


def _label_role(text: str, line_start: int, name_start: int) -> str | None:
    """The function a label names before a name on its line ("Referente: Lorenzo Guidotti")."""
    head = text[line_start:name_start].strip()
    if not head.endswith(":"):
        return None
    label = head.rstrip(":").strip(" -–—•*")
    return label if label and len(label.split()) <= 4 and _names_role(label) else None


def _body_label(label: str, lang: str) -> bool:
    """Whether a label line names a body ("Aonix:", "Eclipse Foundation:", "ACNUR:"), not the
    words of a heading ("Per informazioni:", "Pressestelle:"): an acronym, a capitalised word
    after the first, or a first word that is no common word."""
    words = label.split()
    if not words:
        return False
    return any(w.isupper() and len(w) > 1 for w in words) or any(w[:1].isupper() for w in words[1:]) \
        or not (gazetteer.is_common_word(words[0], lang) or gazetteer.is_common_word(words[0], "en"))


def _is_mention(name: tuple[str, int, int], mentions: list[tuple[int, int, str, str]]) -> bool:
    """Whether a line's name is a person entity's mention (not read from the layout alone)."""
    return any(ms == name[1] and me == name[2] for ms, me, _, _ in mentions)


def _person_before_items(k: int, run: list[tuple[int, int]], items: list[_Item],
                         names: list[tuple[str, int, int] | None],
                         mentions: list[tuple[int, int, str, str]]) -> bool:
    """Whether a person entity names a line after line ``k`` of ``run``, up to the first line
    holding a number or an address."""
    for j in range(k + 1, len(run)):
        name = names[j]
        if name is not None and _is_mention(name, mentions):
            return True
        if any(run[j][0] <= i.start < run[j][1] for i in items):
            return False
    return False


def _line_name(
    text: str, start: int, end: int, mentions: list[tuple[int, int, str, str]], line_items: list[_Item]
) -> tuple[str, int, int] | None:
    """The person named on a line of a contact block, as written, with its span."""
    rest = text[start:end]
    for i in line_items:
        rest = rest.replace(i.raw, " ")
    address = bool(re.search(r"\d", rest) or _STREET.search(rest))
    lead = start + len(text[start:end]) - len(text[start:end].lstrip(" -•*"))
    for ms, me, mtext, ename in mentions:
        if start <= ms and me <= end:
            # A name that opens the line is the record's, whatever follows ("…, Unit, Tel: …").
            if ms != lead and (address or any(i.start <= ms < i.end for i in line_items)):
                continue
            written = text[ms:me]
            name = written if len(written.split()) >= 2 else ename
            return name, ms, me
    if line_items:
        # "Julie Martin, +227 90 12 34 56": a name before the first item.
        # "Contact presse : Marc Lefèvre, 01 42 …": a label, then the name.
        head = text[start:line_items[0].start]
        label = re.match(r"\s*[^:\d@]{0,40}?\s:\s*|\s*[^:\d@]{0,40}?:\s+", head)
        skip = 0
        if label:
            # "Contact presse :", and "ACNUR:" or "En Panamá:" before a name.
            after = _INLINE_NAME.match(head, label.end() + len(head[label.end():]) - len(head[label.end():].lstrip()))
            if _HEADING.match(head[:label.end()]) or (after and _plausible_name(after.group("name"))):
                skip = label.end()
        while skip < len(head) and head[skip].isspace():
            skip += 1
        m = _INLINE_NAME.match(head, skip)
        # Between the name and the first number: a role and an organization at most.
        if m and _plausible_name(m.group("name")) and len(head.rstrip()) - m.end() < 120:
            return m.group("name"), start + m.start("name"), start + m.end("name")
        return None
    line = text[start:end]
    # Blocks sorted by region put the region first: "North America Wade Olson".
    label = _REGION_LABEL.match(line)
    if label and not _plausible_name(line.strip()):
        start, line = start + label.end(), line[label.end():]
    m = _NAME_LINE.match(line)
    if not m or not _plausible_name(m.group("name")):
        return None
    name = m.group("name").rstrip(".")
    return name, start + m.start("name"), start + m.start("name") + len(name)


def _plausible_name(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 4 or _NOT_NAME_START.match(name):
        return False
    if _ORG_WORDS.search(name) or _ROLE_WORDS.search(name) or _STREET.search(name):
        return False
    if any(w.isupper() and len(w) > 2 for w in words):  # "OTTAWA", "INNOOPRACT GmbH"
        return False
    if _country_region(name) or any(ch.isdigit() for ch in name):
        return False
    return True


def _role_org_after_name(text: str, name_end: int, line_end: int,
                         lang: str = "und") -> tuple[str | None, str | None]:
    """Role and organization written after a name on a line of its own: a function ("Gabriela
    Pardo, Press Officer"), or, whatever its words, the first of two or three comma-separated
    parts the last of which is the body ("Gabriela Pardo, Oficial de Comunicaciones, ACNUR
    Colombia"), not a town or a country ("Jan Nowak, Przemyśl, Polska"), nor a body first ("Sarah
    Jones, Firefly Communications, for Acme Robotics")."""
    tail = text[name_end:line_end].strip(" ,–—-:()")
    if not tail or re.search(r"\d", tail):
        return None, None
    parts = [p.strip() for p in tail.split(",") if p.strip()]
    if _names_role(tail) or len(parts) == 1 and _department(parts[0], lang):
        return parts[0] if parts else None, None
    if 2 <= len(parts) <= 3 and not any(_country_region(p) or gazetteer.is_town(p) for p in parts) \
            and _function_like(parts[0]) and parts[-1][:1].isupper():
        return parts[0], parts[-1]
    return None, None


def _department(part: str, lang: str) -> bool:
    """Whether a part of a contact line names a department, the contact's function there: words of
    the language, English ones beside them ("Unternehmenskommunikation", "Ufficio stampa",
    "Comunicación"), one at least not English, no body's word, acronym or place. A word English writes too is no
    evidence: brands are common words to the dictionaries ("Jane Doe, Apple"; "Anna Berg, Siemens")."""
    words = _WORD.findall(part)
    first = words[0].lower() if words else ""
    if not words or len(words) > 6 or first in rules.stop_words(lang) or first in rules.stop_words("en") \
            or _ORG_WORDS.search(part) or _country_region(part):
        return False  # "for Eclipse": no function
    content = [w for w in words if not (w.islower() and len(w) <= 3)]
    if not content or any(w.isupper() or gazetteer.is_place(w, lang) for w in content):
        return False
    native = [gazetteer.is_dictionary_word(w, lang) for w in content]
    english = [gazetteer.is_common_word(w, "en") for w in content]
    return all(n or e for n, e in zip(native, english)) and any(n and not e for n, e in zip(native, english))


def _function_like(part: str) -> bool:
    """Whether a part of a contact line may be a function no list holds: words joined by a small word
    in lower case ("Oficial de Comunicaciones"), not a name in capitals only (an agency "Firefly
    Communications", a degree "PhD", a company "Iberdrola")."""
    words = part.split()
    return len(words) >= 2 and any(w.islower() for w in words[1:-1])


def _role_org_before_items(text: str, name_end: int, item_start: int,
                           lang: str = "und") -> tuple[str | None, str | None]:
    """Role and organization written between a name and its first number or address.

    "Santiago Mera, asociado de comunicación, ACNUR Ecuador, teléfono: +593 …":
    the one-line layout puts the role first and the organization last.
    """
    segment = _TRAILING_LABELS.sub("", text[name_end:item_start])
    parts = [p.strip(" ,;:–—-()") for p in re.split(r"[,;(]|\s[–—-]\s", segment)]
    parts = [p for p in parts if p and not re.search(r"[\d@]", p)]
    if not parts or len(parts) > 3:
        return None, None
    if len(parts) == 1:
        only = parts[0]
        if _names_role(only) or only[0].islower() or _department(only, lang):
            return only, None
        return None, only
    role, org = parts[0], parts[-1]
    if _names_role(org) and not _names_role(role):
        role, org = org, role
    return role, org


# Words making a line one of a body, not of a role: every pack's (``layout.role_vetoes``).
_ROLE_VETO = re.compile(r"\b(?:" + _patterns("role_vetoes") + r")\b", re.IGNORECASE)


def _classify_line(line: str, rec: _Record) -> None:
    """Role or organization from a line of a record; address lines end both."""
    if rec.address_seen:
        return
    if _STREET.search(line) or re.search(r"\d|@|(?<![A-Za-z])[a-z0-9-]+\.[a-z]{2,}\b", line) or _country_region(line):
        rec.address_seen = rec.name is not None
        return
    if _HEADING.match(line):
        return
    clean = line.strip(" ,;:")
    if _names_role(clean) and not _ROLE_VETO.search(clean):
        if rec.role is None:
            rec.role = clean
        return
    if rec.organization is None and rec.name is not None:
        rec.organization = clean
    elif rec.organization is None and rec.name is None and _ORG_WORDS.search(clean):
        rec.organization = clean


def _prose_records(
    text: str,
    items: list[_Item],
    mentions: list[tuple[int, int, str, str]],
) -> list[_Record]:
    """Records written in a sentence: "please contact Julie Martin at …"."""
    contact_items = [i for i in items if i.kind != "url"]
    if not contact_items:
        return []
    records: list[_Record] = []
    done: set[int] = set()
    for item in contact_items:
        if id(item) in done:
            continue
        s0, e0 = _sentence(text, item.start)
        sent_items = [i for i in items if s0 <= i.start < e0]
        done.update(id(i) for i in sent_items)
        anchors = _inline_anchors(text, s0, e0, mentions, sent_items)
        if not anchors:
            rec = _Record(start=s0, end=e0, items=sent_items)
            records.append(rec)
            continue
        groups: list[_Record] = []
        for k, (a_start, a_end, name) in enumerate(anchors):
            g_end = anchors[k + 1][0] if k + 1 < len(anchors) else e0
            rec = _Record(start=s0 if k == 0 else a_start, end=g_end, name=name, name_start=a_start)
            rec.items = [i for i in sent_items if (k == 0 or i.start >= a_start) and i.start < g_end]
            rec.role = _inline_role(text, a_end, g_end)
            groups.append(rec)
        for rec in groups:
            if rec.items:
                rec.end = max(i.end for i in rec.items)
                records.append(rec)
    return records


def _sentence(text: str, pos: int) -> tuple[int, int]:
    para_start = text.rfind("\n", 0, pos) + 1
    para_end = text.find("\n", pos)
    para_end = len(text) if para_end < 0 else para_end
    start = para_start
    for m in _SENTENCE_END.finditer(text, para_start, para_end):
        if m.group() == "." and _ABBREVIATION.search(text, para_start, m.start()):
            continue
        if m.end() <= pos:
            start = m.end()
        else:
            return _strip_span(text, start, m.end())
    return _strip_span(text, start, para_end)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _inline_anchors(
    text: str, start: int, end: int, mentions: list[tuple[int, int, str, str]], items: list[_Item]
) -> list[tuple[int, int, str]]:
    anchors = []
    for ms, me, mtext, ename in mentions:
        if start <= ms and me <= end and not any(i.start <= ms < i.end for i in items):
            written = text[ms:me]
            anchors.append((ms, me, written if len(written.split()) >= 2 else ename))
    if anchors:
        return anchors
    # Without entities: a capitalised name right after "contact", or after
    # "or"/"ou"/"o"/"oder" that follows a contact item.
    pattern = re.compile(
        r"(?:\b(?:contact(?:er|ar|ez)?|kontaktieren\s+sie|wenden\s+sie\s+sich\s+an|reach|call|appelez|"
        r"joindre|llame\s+a|or|ou|o|oder|and|et|y|und)\s+)" + _INLINE_NAME.pattern
    )
    for m in pattern.finditer(text, start, end):
        if _plausible_name(m.group("name")):
            anchors.append((m.start("name"), m.end("name"), m.group("name")))
    return anchors


def _inline_role(text: str, name_end: int, end: int) -> str | None:
    m = re.match(r"\s*,\s*([^,;:()+\d@]{3,80}?)\s*(?:,|\(|:|\bat\b|\bau\b|\bunter\b)", text[name_end:end])
    if m and (_names_role(m.group(1)) or m.group(1)[:1].islower()):
        role = m.group(1).strip()
        if not _PHONE_LABEL.fullmatch(role) and not re.match(r"(?i)(?:t[ée]l|phone|e-?mail|courriel)", role):
            return role
    return None


# --------------------------------------------------------------------------
# Regions and numbers


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Country names in the languages of the packs onto ISO codes, from phonenumbers' data."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    names: dict[str, str] = {}
    for code, by_lang in LOCALE_DATA.items():
        for language in lang.CODES:
            value = by_lang.get(language)
            while value and value.startswith("*"):
                value = by_lang.get(value[1:])
            value = value or by_lang.get("aa")
            if value and not value.startswith("*"):
                names[_fold(value)] = code
    for alias, code in (("usa", "US"), ("u s a", "US"), ("u s", "US"), ("united states of america", "US"),
                        ("uk", "GB"), ("u k", "GB"), ("great britain", "GB"), ("england", "GB"),
                        ("scotland", "GB"), ("wales", "GB"), ("holland", "NL"), ("south africa", "ZA")):
        names[alias] = code
    return names


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[\W_]+", " ", s).strip()


def dateline_region(dateline: str) -> str | None:
    """The country a dateline names after its city ("Ottawa, Canada", "Palo Alto, CA", "Columbus,
    Ohio", "Laval, Mayenne"), or None.

    The caller passes it as ``region`` when the user gave none: the release
    itself says where it comes from.
    """
    for part in _dateline_parts(dateline)[1:]:
        if part.upper().rstrip(".") in _US_STATES and part.isupper():
            return "US"
        code = _country_region(part) or (gazetteer.subdivision_country(part) if not _DIGITS.search(part) else None)
        if code:
            return code
    return None


def _dateline_parts(dateline: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,–—-]", dateline)]


def _dateline_city(dateline: str) -> tuple[str | None, frozenset[str] | None]:
    """The country of the city a dateline opens with, when its name says which and nothing but a
    date follows it ("Lyon, le 3 mars" FR; not "Birmingham, Ala.", "Valencia, 3 de marzo"), and
    the countries that have a town of that name (None: the dateline opens with no name)."""
    parts = _dateline_parts(dateline)
    if not parts[0] or _DIGITS.search(parts[0]) or not parts[0][:1].isupper():
        return None, None  # no town first ("Publié le 03/03/2025")
    towns = gazetteer.town_countries(parts[0])
    rest = parts[1] if len(parts) > 1 else ""
    if rest and not _DIGITS.search(rest[:30]) and not rest[:1].islower():
        return None, towns  # "Ala.", "Mayenne": a qualifier the city's name alone would overrule
    return gazetteer.city_country(parts[0]), towns


def _country_region(line: str) -> str | None:
    """The country a postal-address line names ("Sweden", "India 410206", "U.S.A")."""
    names = _country_names()
    parts = [p for p in re.split(r"[,/]", line) if p.strip()]
    for part in parts[-1:] + parts[:1]:
        folded = _fold(re.sub(r"\b\d[\d -]*\b", " ", part))
        if folded in names:
            return names[folded]
    return None


def _address_region(text: str, rec: _Record) -> str | None:
    for s, e in rec.lines:
        line = text[s:e]
        if any(i.start < e and s < i.end for i in rec.items):
            continue
        if _US_ZIP.search(line):
            return "US"
        code = _country_region(line)
        if code:
            return code
    return None


def _domain_region(value: str) -> str | None:
    host = value.split("@")[-1] if "@" in value else re.sub(r"^https?://", "", value).split("/")[0]
    tld = host.rsplit(".", 1)[-1].lower()
    if tld in _GENERIC_CCTLDS:
        return None
    code = "GB" if tld == "uk" else tld.upper()
    return code if code in phonenumbers.SUPPORTED_REGIONS else None


def _release_region(emails: list[_Item], urls: list[_Item]) -> str | None:
    codes = {c for c in (_domain_region(i.value) for i in emails + urls) if c}
    return codes.pop() if len(codes) == 1 else None


def _language_region(lang: str | None) -> str | None:
    """The country CLDR's likely subtags give for ``lang`` (fr FR, pt BR, en US), if phonenumbers knows it."""
    if not lang or lang == "und":  # CLDR's likeliest for "und" is en_Latn_US
        return None
    from babel.core import get_global

    likely = get_global("likely_subtags").get(lang, "")
    code = likely.rsplit("_", 1)[-1] if likely.count("_") == 2 else None
    return code if code in phonenumbers.SUPPORTED_REGIONS else None


def _resolve_numbers(
    text: str, rec: _Record, region: str | None, release_region: str | None, issues: list[Issue],
    city_region: str | None = None, language_region: str | None = None,
) -> tuple[list[str], list[str]]:
    phones: list[str] = []
    faxes: list[str] = []
    candidates: list[str] = []
    for code in (
        _address_region(text, rec),
        region,
        *(_domain_region(i.value) for i in rec.items if i.kind in ("email", "url")),
        release_region,
    ):
        if code and code not in candidates:
            candidates.append(code)
    for item in rec.items:
        e164: str | None
        if item.kind == "phone":
            e164 = item.value
        elif item.kind == "pending":
            e164 = _parse_national(item.raw, candidates)
            if e164 is None and _NANP_STYLE.match(item.raw.strip()):
                # "(650) 565-9800", "919-781-8096": the North American numbering plan's own
                # layout; every NANP country shares +1, so E.164 does not depend on which.
                e164 = _parse_national(item.raw, ["US"])
                if e164 is not None:
                    issues.append(Issue(PHONE_READ_AS_NANP, _MSG_NANP.format(raw=item.raw.strip())))
            if e164 is None and city_region:
                e164 = _parse_national(item.raw, [city_region], valid_only=True)
            if e164 is None and not candidates and language_region:
                e164 = _parse_national(item.raw, [language_region], valid_only=True)
                if e164 is not None:
                    issues.append(Issue(PHONE_READ_BY_LANGUAGE, _MSG_BY_LANGUAGE.format(
                        raw=item.raw.strip(), region=language_region)))
            if e164 is None:
                if not candidates:
                    issues.append(Issue(PHONE_REGION_UNKNOWN, _MSG_REGION_UNKNOWN.format(raw=item.raw.strip())))
                continue
        else:
            continue
        (faxes if item.fax else phones).append(e164)
    return _unique(phones), _unique(faxes)


def _parse_national(raw: str, regions: list[str], *, valid_only: bool = False) -> str | None:
    """E.164 of a number written without country code, read in the first region
    where it is valid (or, failing that and unless ``valid_only``, possible in the first region)."""
    parsed = []
    for code in regions:
        try:
            num = phonenumbers.parse(raw, code)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, PhoneNumberFormat.E164)
        # IS_POSSIBLE_LOCAL_ONLY ("8005 0240" in Brazil, a postal code as often as
        # not) lacks its area code, so no E.164 can be written for it.
        if phonenumbers.is_possible_number_with_reason(num) == ValidationResult.IS_POSSIBLE:
            parsed.append(num)
    if parsed and not valid_only:
        return phonenumbers.format_number(parsed[0], PhoneNumberFormat.E164)
    return None


def _unique(values) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))
