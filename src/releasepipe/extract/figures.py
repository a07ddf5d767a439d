"""Figures: numbers with their meaning ("3 200 migrants", "1,5 million d'euros", "près de 40 %").

Works on plain text, without a spaCy model. Numerals written in digits are
read with locale rules (thousands and decimal separators, scale words);
numbers written as words are found by ``text2num`` (``text_to_num``), which
covers fr, en, es, de, it, pt and nl. What no library does well for press
prose, and is therefore written here as per-language tables, is the meaning
around the numeral: currency, percent, unit or counted noun, qualifier
("plus de", "rund") and ranges, and telling figures apart from years,
ordinals, list and section numbers, versions and phone numbers.

Public API: :func:`extract` (figures) and :func:`numbers` (every numeral with
its value, the lower layer the figures are built on).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import find_numbers, text2num

from releasepipe.model import Figure

__all__ = ["Numeral", "extract", "numbers"]

LANGS = ("fr", "en", "es", "de", "it", "pt", "nl")

_NBSP = "\u00a0\u202f\u2009\u2007"
_WORD = r"[^\W\d_]"
_APOS = "'’"


def _alt(words: Sequence[str]) -> str:
    """A regex alternation, longest first, with internal spaces matching any blank."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        out.append(re.escape(w).replace(r"\ ", rf"[\s{_NBSP}]+").replace("'", f"[{_APOS}]"))
    return "|".join(out)


# ---------------------------------------------------------------------------
# Per-language tables
# ---------------------------------------------------------------------------

# Thousands separators per language (the decimal mark is the other of . and ,).
_THOUSANDS = {
    "en": [",", " ", _NBSP],
    "fr": [" ", _NBSP, "."],
    "de": [".", "'", " ", _NBSP],
    "es": [".", " ", _NBSP],
    "it": [".", " ", _NBSP],
    "pt": [".", " ", _NBSP],
    "nl": [".", " ", _NBSP],
}
_DECIMAL_POINT_LANGS = {"en"}

# Scale words: lower-cased word -> multiplier. Multi-word keys allowed.
_SCALES: dict[str, dict[str, float]] = {
    "en": {"dozen": 12, "dozens": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
           "trillion": 1e12, "trillions": 1e12, "lakh": 1e5, "lakhs": 1e5,
           "crore": 1e7, "crores": 1e7, "bln": 1e9, "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "mln": 1e6},
    "fr": {"douzaine": 12, "douzaines": 12, "mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
           "billion": 1e12, "billions": 1e12, "md": 1e9, "mds": 1e9, "mrd": 1e9, "m": 1e6, "k": 1e3},
    "es": {"docena": 12, "docenas": 12, "mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "mil millones": 1e9,
           "millardo": 1e9, "millardos": 1e9, "billón": 1e12, "billones": 1e12, "billon": 1e12, "mdd": 1e6, "m": 1e6},
    "de": {"dutzend": 12, "tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio.": 1e6, "mio": 1e6,
           "milliarde": 1e9, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12},
    "it": {"dozzina": 12, "dozzine": 12, "mila": 1e3, "mille": 1e3, "milione": 1e6, "milioni": 1e6, "mln": 1e6, "miliardo": 1e9,
           "miliardi": 1e9, "mld": 1e9, "mld.": 1e9},
    "pt": {"dúzia": 12, "dúzias": 12, "mil": 1e3, "milhão": 1e6, "milhões": 1e6, "milhao": 1e6, "milhoes": 1e6, "mil milhões": 1e9,
           "bilhão": 1e9, "bilhões": 1e9, "bi": 1e9, "mi": 1e6},
    "nl": {"dozijn": 12, "duizend": 1e3, "miljoen": 1e6, "miljoenen": 1e6, "mln": 1e6, "mln.": 1e6, "miljard": 1e9,
           "miljarden": 1e9, "mld": 1e9, "mld.": 1e9, "biljoen": 1e12},
}
# Scale suffixes glued to digits ("£1.1bn", "10M", "5k"): any language.
_GLUED_SCALES = {"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "md": 1e9, "mds": 1e9, "mrd": 1e9, "mio": 1e6}

# Connector between a scale word and the counted noun or currency.
_OF = {"fr": ["de", "d'"], "es": ["de"], "pt": ["de"], "it": ["di"], "en": ["of"], "de": [], "nl": ["aan"]}

_PERCENT = {
    "en": ["percent", "per cent", "pct", "percentage points"],
    "fr": ["pour cent", "pourcent", "pour-cent", "points de pourcentage"],
    "es": ["por ciento", "por cien", "puntos porcentuales"],
    "de": ["Prozent", "Prozentpunkte", "v. H."],
    "it": ["per cento", "percento", "punti percentuali"],
    "pt": ["por cento", "pontos percentuais"],
    "nl": ["procent", "percent", "procentpunt"],
}

# Currency symbols and codes written before or after the amount.
_CURRENCY_SYMBOLS = {
    "€": "EUR", "$": "USD", "US$": "USD", "USD$": "USD", "U$S": "USD", "£": "GBP", "¥": "JPY", "₹": "INR",
    "₽": "RUB", "R$": "BRL", "C$": "CAD", "CA$": "CAD", "CAD$": "CAD", "A$": "AUD", "AU$": "AUD",
    "AUD$": "AUD", "HK$": "HKD", "MX$": "MXN", "MXN$": "MXN", "NZ$": "NZD", "Fr.": "CHF", "CHF": "CHF",
    "₦": "NGN", "₺": "TRY", "zł": "PLN", "kr": "SEK",
}
_ISO_CODES = ("USD EUR GBP CHF JPY CNY CAD AUD BRL MXN INR RUB SEK NOK DKK PLN CZK HUF ZAR NGN XOF "
              "XAF KES TRY HKD NZD SGD KRW ARS CLP COP PEN UAH RON BGN ILS EGP MAD TND GHS ETB").split()
# Currency names after the amount (lower-case keys).
_CURRENCY_WORDS: dict[str, dict[str, str]] = {
    "en": {"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
           "u.s. dollars": "USD", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
           "swiss francs": "CHF", "swiss franc": "CHF", "yen": "JPY", "yuan": "CNY", "rupees": "INR",
           "canadian dollars": "CAD", "australian dollars": "AUD", "cents": "USD"},
    "fr": {"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "dollars américains": "USD",
           "dollars us": "USD", "livre sterling": "GBP", "livres sterling": "GBP", "livres": "GBP",
           "franc suisse": "CHF", "francs suisses": "CHF", "francs cfa": "XOF", "franc cfa": "XOF",
           "yens": "JPY", "yen": "JPY", "dollars canadiens": "CAD"},
    "es": {"euro": "EUR", "euros": "EUR", "dólar": "USD", "dólares": "USD", "dolares": "USD",
           "dólares estadounidenses": "USD", "libra esterlina": "GBP", "libras esterlinas": "GBP",
           "libras": "GBP", "francos suizos": "CHF", "pesos mexicanos": "MXN", "yenes": "JPY"},
    "de": {"euro": "EUR", "dollar": "USD", "us-dollar": "USD", "pfund": "GBP", "britische pfund": "GBP",
           "franken": "CHF", "schweizer franken": "CHF", "yen": "JPY"},
    "it": {"euro": "EUR", "dollari": "USD", "dollaro": "USD", "sterline": "GBP", "sterlina": "GBP",
           "franchi svizzeri": "CHF", "yen": "JPY"},
    "pt": {"euro": "EUR", "euros": "EUR", "dólar": "USD", "dólares": "USD", "reais": "BRL", "real": "BRL",
           "libras": "GBP", "francos suíços": "CHF"},
    "nl": {"euro": "EUR", "dollar": "USD", "dollars": "USD", "pond": "GBP", "ponden": "GBP",
           "zwitserse frank": "CHF"},
}

# Physical units (as written): kind "quantity".
_PHYSICAL_UNITS = ("km km² km2 m² m2 m³ m3 cm mm kg g mg t kt Mt ha l L ml hl kW kWh MW MWh GW GWh TW TWh "
                   "W V Hz MHz GHz km/h mph °C °F GB MB TB Go Mo To Mbit/s Gbit/s").split()
_PHYSICAL_WORDS = {
    "en": "tonnes tons ton tonne kilometres kilometers kilometre kilometer miles mile metres meters hectares "
          "acres litres liters gallons barrels megawatts gigawatts kilograms kilos square kilometres",
    "fr": "tonnes tonne kilomètres kilomètre mètres mètre hectares hectare litres litre kilos kilogrammes "
          "mégawatts gigawatts barils",
    "es": "toneladas tonelada kilómetros kilómetro metros metro hectáreas hectárea litros litro kilos "
          "kilogramos megavatios barriles",
    "de": "tonnen tonne kilometer meter hektar liter kilogramm kilo megawatt gigawatt barrel",
    "it": "tonnellate tonnellata chilometri chilometro metri metro ettari ettaro litri litro chili "
          "chilogrammi megawatt barili",
    "pt": "toneladas tonelada quilômetros quilómetros quilômetro metros metro hectares hectare litros litro "
          "quilos megawatts barris",
    "nl": "ton kilometer meter hectare liter kilo kilogram megawatt vaten",
}
# Time units: a figure with one of these is a duration.
_TIME_WORDS = {
    "en": "years year months month weeks week days day hours hour decades decade centuries",
    "fr": "ans an années année mois semaines semaine jours jour heures heure décennies décennie siècles",
    "es": "años año meses mes semanas semana días día horas hora décadas década siglos",
    "de": "jahre jahren jahr jahres monate monaten monat wochen woche tage tagen tag stunden stunde "
          "jahrzehnte jahrzehnten",
    "it": "anni anno mesi mese settimane settimana giorni giorno ore ora decenni decennio secoli",
    "pt": "anos ano meses mês semanas semana dias dia horas hora décadas década",
    "nl": "jaar jaren maanden maand weken week dagen dag uur uren decennia",
}

_QUALIFIERS: dict[str, dict[str, str]] = {
    "en": {"more than": "more_than", "over": "more_than", "above": "more_than", "in excess of": "more_than",
           "upwards of": "more_than", "well over": "more_than", "some": "about", "about": "about",
           "around": "about", "approximately": "about", "roughly": "about", "nearly": "about",
           "almost": "about", "close to": "about", "an estimated": "about", "estimated": "about",
           "approx.": "about", "circa": "about", "less than": "less_than", "fewer than": "less_than",
           "under": "less_than", "below": "less_than", "at least": "at_least", "no fewer than": "at_least",
           "no less than": "at_least", "up to": "at_most", "at most": "at_most", "no more than": "at_most"},
    "fr": {"plus de": "more_than", "plus d'": "more_than", "au-delà de": "more_than", "davantage de": "more_than",
           "environ": "about", "près de": "about", "presque": "about", "quelque": "about",
           "autour de": "about", "approximativement": "about", "à peu près": "about", "quasiment": "about",
           "moins de": "less_than", "moins d'": "less_than", "au moins": "at_least", "pas moins de": "at_least",
           "jusqu'à": "at_most", "au plus": "at_most", "au maximum": "at_most", "tout au plus": "at_most"},
    "es": {"más del": "more_than", "alrededor del": "about", "cerca del": "about", "en torno al": "about",
           "menos del": "less_than", "más de": "more_than", "mas de": "more_than", "por encima de": "more_than", "alrededor de": "about",
           "cerca de": "about", "casi": "about", "aproximadamente": "about", "unos": "about", "unas": "about",
           "en torno a": "about", "menos de": "less_than", "al menos": "at_least", "por lo menos": "at_least",
           "como mínimo": "at_least", "hasta": "at_most", "como máximo": "at_most"},
    "de": {"mehr als": "more_than", "über": "more_than", "gut": "about", "rund": "about", "etwa": "about",
           "ca.": "about", "circa": "about", "zirka": "about", "ungefähr": "about", "fast": "about",
           "knapp": "about", "annähernd": "about", "beinahe": "about", "weniger als": "less_than",
           "unter": "less_than", "mindestens": "at_least", "wenigstens": "at_least", "bis zu": "at_most",
           "höchstens": "at_most", "maximal": "at_most"},
    "it": {"più di": "more_than", "oltre": "more_than", "circa": "about", "quasi": "about",
           "intorno a": "about", "all'incirca": "about", "meno di": "less_than", "almeno": "at_least",
           "fino a": "at_most", "al massimo": "at_most"},
    "pt": {"mais de": "more_than", "cerca de": "about", "quase": "about", "aproximadamente": "about",
           "por volta de": "about", "menos de": "less_than", "pelo menos": "at_least", "no mínimo": "at_least",
           "até": "at_most", "no máximo": "at_most"},
    "nl": {"meer dan": "more_than", "ruim": "more_than", "bijna": "about", "ongeveer": "about",
           "circa": "about", "ca.": "about", "zo'n": "about", "rond de": "about", "minder dan": "less_than",
           "ten minste": "at_least", "minstens": "at_least", "tenminste": "at_least", "tot": "at_most",
           "maximaal": "at_most", "hooguit": "at_most"},
}

# Range: an opener before the first number and a connector between the two.
_RANGE_OPEN = {"en": ["between", "from"], "fr": ["entre", "de", "d'"], "es": ["entre", "de"],
               "de": ["zwischen", "von"], "it": ["tra", "fra", "da"], "pt": ["entre", "de"],
               "nl": ["tussen", "van"]}
_RANGE_AND = {"en": ["and"], "fr": ["et"], "es": ["y"], "de": ["und"], "it": ["e"], "pt": ["e"], "nl": ["en"]}
_RANGE_TO = {"en": ["to"], "fr": ["à"], "es": ["a"], "de": ["bis"], "it": ["a"], "pt": ["a"], "nl": ["tot"]}

# Words before a number that make it a label, not a quantity ("Article 3", "version 2.0").
_LABEL_WORDS = (
    "article art. articles section sections chapter chapitre capítulo capitulo kapitel capitolo hoofdstuk "
    "paragraph paragraphe párrafo parrafo absatz abs. paragraaf paragrafo § no. nº n° n.º nr. nr no "
    "number numéro numero número nummer version versión versione versie v. page pages p. pp. seite "
    "página pagina annex annexe anexo anhang allegato bijlage point punto punkt item rule règle regla "
    "regel regola resolution résolution resolución resolutie risoluzione directive directiva richtlinie "
    "direttiva richtlijn regulation règlement reglamento verordnung regolamento verordening title titre "
    "título titel titolo part partie parte teil deel level niveau nivel stufe livello room salle sala "
    "raum stanza zaal line ligne línea zeile riga regel step étape paso schritt passo stap phase fase "
    "round tour ronda runde turno ronde grade stage etappe tappa lot lote box boîte case platz place "
    "rank rang puesto posto plaats top week semaine semana woche settimana kw kalenderwoche tome volume "
    "vol. band booth stand stand hall halle gate porte terminal route ruta straße strasse via rue avenue "
    "avenida calle piazza plaza platz weg straat laan rang"
).split()


def _stopwords(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Function words that end a counted noun (and that a noun never is).
_STOP = {
    "en": _stopwords(
        "the a an of to in on at for by with from and or but as is are was were be been being has have had "
        "will would can could should may might must do does did not no than that this these those which who "
        "whom whose what when where why how it its their they them he she his her we our you your i me my "
        "per each every all some any more most less least many much few several other such only also "
        "about over under into onto out up down off since until during after before while between among "
        "through across against within without via so very just too then there here if whether both either "
        "neither nor yet still again already ago later earlier percent cent"),
    "fr": _stopwords(
        "le la les l un une des du de d au aux à a et ou mais ni car donc or que qui quoi dont où ce cet "
        "cette ces son sa ses leur leurs notre nos votre vos mon ma mes il elle ils elles on nous vous je "
        "se s en y ne pas plus moins très trop tout tous toute toutes autres autre chaque par pour sur sous "
        "dans avec sans entre vers chez depuis pendant avant après contre selon dont est sont était étaient "
        "été être a ont avait avaient sera seront fait comme ainsi aussi déjà encore environ près cent"),
    "es": _stopwords(
        "el la los las lo un una unos unas de del al a y e o u pero ni que quien quienes cual cuales cuyo "
        "donde cuando como este esta estos estas ese esa esos esas aquel su sus nuestro nuestra nuestros mi "
        "mis tu tus él ella ellos ellas nosotros se le les me te en por para con sin sobre entre hacia hasta "
        "desde durante según ante tras es son era eran fue fueron ha han había sido ser está están más menos "
        "muy todo todos toda todas otro otros otra otras cada también ya no ciento"),
    "de": _stopwords(
        "der die das den dem des ein eine einen einem einer eines und oder aber sondern denn dass als wie "
        "wenn ob in im an am auf aus bei mit nach von vom zu zum zur für über unter vor hinter neben "
        "zwischen durch gegen ohne um bis seit während ist sind war waren wird werden wurde wurden hat "
        "haben hatte hatten sein seine ihr ihre unser unsere es er sie wir ihr man sich nicht kein keine "
        "mehr weniger sehr alle jeder jede jedes auch noch schon bereits nur insgesamt rund etwa"),
    "it": _stopwords(
        "il lo la i gli le l un uno una dei degli delle del dello della di a da in con su per tra fra al "
        "allo alla ai agli alle dal dalla dai nel nella nei negli nelle sul sulla e ed o ma che chi cui "
        "come dove quando questo questa questi queste quello quella suo sua suoi sue loro nostro nostra è "
        "sono era erano ha hanno aveva non più meno molto tutti tutte ogni anche già cento"),
    "pt": _stopwords(
        "o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela pelos pelas "
        "para com sem sobre entre até desde e ou mas que quem qual quais cujo onde quando como este esta "
        "estes estas esse essa seu sua seus suas nosso nossa é são era eram foi foram tem têm ser está "
        "estão não mais menos muito todos todas cada também já cento"),
    "nl": _stopwords(
        "de het een en of maar dat die dit deze wie wat waar wanneer hoe in op aan bij met naar van voor "
        "door over onder tussen tot sinds tijdens na zonder om uit is zijn was waren wordt worden werd "
        "werden heeft hebben had hadden zal zullen kan kunnen niet geen meer minder zeer heel alle elke "
        "ook al nog er hun haar zijn ons onze we wij zij ze hij je u ik"),
}
_OTHER_STOP = frozenset().union(*_STOP.values())

# Plural counted nouns that do not end in -s ("people"), after which a noun phrase ends (en, nl).
_IRREGULAR_PLURALS = frozenset("people children men women staff personnel police cattle mensen kinderen".split())

# Endings of words that are verbs or participles rather than part of a counted noun (2nd word on).
_VERBISH = {
    "en": ("ed", "ing"),
    "fr": ("é", "ée", "és", "ées", "ant", "aient", "ait", "ent", "ont", "er", "ir", "it", "is"),
    "es": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ando", "iendo", "aron", "ieron",
           "ar", "er", "ir", "aban", "ían", "rán", "rían"),
    "it": ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uti", "are", "ere", "ire",
           "ano", "ono", "ava", "avano"),
    "pt": ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ando", "endo", "aram", "eram",
           "ar", "er", "ir", "rão", "riam"),
    "nl": ("de", "te", "den", "ten", "end"),
    "de": (),
}

# Adjectives after which a counted noun goes on, even with a proper noun ("23 different Eclipse projects").
_OPEN_ADJECTIVES = frozenset("different new other additional separate major key main further distinct unique "
                             "individual verschillende nieuwe andere".split())

_ORDINAL_SUFFIX = r"(?:er|ère|re|e|ème|eme|è|nd|st|rd|th|º|ª|°|o|a|os|as|ste|te|de|ten|sten)"

_VAGUE_WORDS = frozenset(
    "hundreds thousands millions billions centaines milliers millions milliards cientos miles millones "
    "hunderte tausende millionen centinaia migliaia milioni centenas milhares honderden duizenden "
    "miljoenen dozens dozen douzaine douzaines dizaines decenas dutzende decine dozijn".split())


# ---------------------------------------------------------------------------
# Compiled patterns, one set per language
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Lang:
    code: str
    number: re.Pattern[str]
    scale: re.Pattern[str]
    scales: dict[str, float]
    of: re.Pattern[str]
    percent: re.Pattern[str]
    currency_after: re.Pattern[str]
    currency_words: dict[str, str]
    currency_before: re.Pattern[str]
    physical: re.Pattern[str]
    time_words: frozenset[str]
    qualifier: re.Pattern[str]
    qualifiers: dict[str, str]
    range_mid: re.Pattern[str]
    range_open: re.Pattern[str]
    stop: frozenset[str]
    verbish: tuple[str, ...]
    thousands: str


_WORD_RE = re.compile(rf"{_WORD}+(?:[-‐]{_WORD}+)*(?:\.(?=\s|$))?|[^\W_]+")
_TOKEN_RE = re.compile(rf"{_WORD}+(?:[-‐]{_WORD}+)*|\d+|[^\w\s]")
_PHONE_RE = re.compile(
    r"(?:\+|00)\d{1,3}[\s.\-/]*(?:\(0\)[\s.\-/]*)?\d(?:[\d\s.\-/]{5,16})\d"
    r"|\(?\b0\d{1,4}\)?[\s.\-/]\d{2,4}(?:[\s.\-/]\d{2,4}){1,4}\b"
    r"|\b\d{2}(?:[ .]\d{2}){4}\b")
_DATE_LIKE_RE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that look like phone numbers (and not like numeric dates)."""
    return [m.span() for m in _PHONE_RE.finditer(text) if not _DATE_LIKE_RE.fullmatch(m.group())]


_TIME_OF_DAY_RE = re.compile(r"\b\d{1,2}(?::\d{2}|[hH]\d{2}|\s?[hH]\b|\s?(?:a\.?m\.?|p\.?m\.?)(?!\w))")
_LIST_NUMBER_RE = re.compile(r"(?m)^[ \t]*(?:\d+(?:\.\d+)*[.)]|\(\d+\))[ \t]")


def _lang_tables(lang: str) -> _Lang:
    return _compiled(lang if lang in LANGS else "en")


@lru_cache(maxsize=None)
def _compiled(lang: str) -> _Lang:
    seps = "".join(_THOUSANDS[lang])
    ts = f"[{re.escape(seps)}]"
    dec = r"\." if lang in _DECIMAL_POINT_LANGS else ","
    other = "," if lang in _DECIMAL_POINT_LANGS else r"\."
    # Grouped thousands with one consistent separator, else plain digits; then an optional decimal
    # part (the locale's mark, or the other mark when not followed by exactly three digits).
    number = re.compile(
        rf"(?<![\w.,:@#])(?<![^\W\d_][-/])(?<![\w][.,])(?P<num>(?:\d{{1,3}}(?P<sep>{ts})\d{{3}}(?:(?P=sep)\d{{3}})*(?!\d)"
        rf"|\d+)(?:{dec}\d+|{other}(?!\d{{3}}(?!\d))\d+)?)"
        rf"(?P<glued>(?:bn|mn|[mMkK]|Md|Mds|Mrd|Mio)(?![\w]))?"
        rf"(?P<ord>{_ORDINAL_SUFFIX}(?!\w))?"
        rf"(?![\w,.](?:\d))(?![.,]?\d)")
    scales = _SCALES[lang]
    scale = re.compile(rf"[\s{_NBSP}]*(?P<scale>{_alt(scales)})(?!\w)", re.I)
    of = re.compile(rf"[\s{_NBSP}]*(?:{_alt(_OF[lang])})(?:(?<=['’])|[\s{_NBSP}]+)" if _OF[lang] else r"(?!x)x",
                    re.I)
    percent = re.compile(rf"[\s{_NBSP}]*(?:%|‰|{_alt(_PERCENT[lang])}(?!\w))", re.I)
    words = _CURRENCY_WORDS[lang]
    cur_tokens = [*_CURRENCY_SYMBOLS, *_ISO_CODES]
    currency_after = re.compile(
        rf"[\s{_NBSP}]*(?P<cur>{_alt(cur_tokens)}|{_alt(words)})(?![^\W\d_])", re.I)
    currency_before = re.compile(rf"(?P<cur>{_alt(cur_tokens)})[\s{_NBSP}]*$")
    physical = re.compile(
        rf"[\s{_NBSP}]*(?P<unit>(?-i:{_alt(_PHYSICAL_UNITS)})(?![\w²³/])|(?:{_alt(_PHYSICAL_WORDS[lang].split())})"
        rf"(?!\w))", re.I)
    quals = _QUALIFIERS[lang]
    qualifier = re.compile(rf"(?:^|(?<=[\s(«\"“„']))(?P<q>{_alt(quals)})[\s{_NBSP}]*$", re.I)
    range_mid = re.compile(
        rf"[\s{_NBSP}]*(?:[-–—]|(?:{_alt(_RANGE_TO[lang])})(?!\w)|(?P<and>{_alt(_RANGE_AND[lang])})(?!\w))"
        rf"[\s{_NBSP}]*", re.I)
    range_open = re.compile(rf"(?:^|(?<=\W))(?:{_alt(_RANGE_OPEN[lang])})[\s{_NBSP}]*$", re.I)
    return _Lang(lang, number, scale, {k.lower(): v for k, v in scales.items()}, of, percent, currency_after,
                 {k.lower(): v for k, v in words.items()}, currency_before, physical,
                 frozenset(_TIME_WORDS[lang].split()), qualifier, {k.lower(): v for k, v in quals.items()},
                 range_mid, range_open, _STOP[lang], _VERBISH[lang], seps)


# ---------------------------------------------------------------------------
# Numerals
# ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Numeral:
    """A number written in the text: digits (with scale words) or words."""

    start: int
    end: int
    value: float | int
    words: bool = False  # written as words ("trois", "twenty-two")
    scaled: bool = False  # a scale word or suffix was applied ("1,5 million", "£1bn")
    ordinal: bool = False
    grouped: bool = False  # written with thousands separators ("3 200")
    form: str = ""  # "fraction" ("two thirds"), "ratio" ("one in three"), "power" ("1.3e6"), else ""


def _to_number(raw: str, t: _Lang, sep: str | None) -> float | int:
    if not sep and re.fullmatch(r"\d{1,3}[.,]000", raw):
        return int(raw[:-4]) * 1000
    if sep:
        raw = raw.replace(sep, "")
    if t.code in _DECIMAL_POINT_LANGS:
        raw = raw.replace(",", ".") if "." not in raw else raw
    else:
        raw = raw.replace(",", ".")
    val = float(raw)
    return int(val) if val.is_integer() and "." not in raw else val


def _clean(value: float) -> float | int:
    if value and abs(value) < 1e-3:  # "a trillionth": significant digits, not decimal places
        return float(f"{value:.6g}")
    value = round(value, 6)
    return int(value) if float(value).is_integer() else value


class _Tok:
    """A token for text2num: the word and where it is."""

    __slots__ = ("word", "start", "end", "lang")

    def __init__(self, word: str, start: int, end: int, lang: str = "") -> None:
        self.word, self.start, self.end, self.lang = word, start, end, lang

    def text(self) -> str:
        return _respell(self.word, self.lang)

    def nt_separated(self, previous: _Tok) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def _digit_numerals(text: str, t: _Lang) -> list[Numeral]:
    out = []
    for m in t.number.finditer(text):
        start, end = m.start("num"), m.end("num")
        sep = m.group("sep")
        try:
            value = _to_number(m.group("num"), t, sep)
        except ValueError:
            continue
        scaled = False
        if m.group("ord"):
            out.append(Numeral(start, m.end(), value, ordinal=True))
            continue
        if m.group("glued"):
            value *= _GLUED_SCALES[m.group("glued").lower()]
            end, scaled = m.end("glued"), True
        else:
            sm = t.scale.match(text, end)
            # a one-letter scale ("m", "k") only right after the digits, never "3 m" (metres)
            if sm and not (len(sm.group("scale")) == 1 and sm.start("scale") != end):
                word = sm.group("scale").lower()
                value *= t.scales.get(word, 1.0)
                end, scaled = sm.end("scale"), True
        out.append(Numeral(start, end, _clean(value), scaled=scaled, grouped=bool(sep)))
    return out


_TENS_EN = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())


def _merged_fraction(toks: list[_Tok], lang: str) -> float | None:
    """The value of a numerator and a plural ordinal that text2num read as one ordinal ("twenty fifths"
    is 20/5, "one hundred thirty fifths" 100/35, "one hundred and thirty fifths" 130/5), else None."""

    def value(words: list[str]) -> float | None:
        occ = find_numbers([_Tok(w, 0, 0, lang) for w in words], lang, 0.0)
        return float(occ[0].value) if len(occ) == 1 and occ[0].end == len(words) else None

    words = [tk.word for tk in toks if tk.word not in "-‐"]
    den = value([words[-1][:-1]])
    num_words = words[:-1]
    if den is None:
        return None
    if "-" not in words[-1] and den < 10 and len(num_words) >= 2 and num_words[-1].lower() in _TENS_EN \
            and num_words[-2].lower() != "and":  # "three twenty firsts": 3/21
        den += value([num_words[-1]]) or 0
        num_words = num_words[:-1]
    num = value(num_words) if num_words else None
    if num is None or den < 3:
        return None
    return num / den


#: Tokens kept on each side of a word text2num reads as a number: the words that
#: join a number's parts ("a hundred", "cent un", "one hundred and five") are no
#: numbers on their own.
_NUMBER_CONTEXT = 3


@lru_cache(maxsize=1 << 16)
def _number_word(word: str, lang: str) -> bool:
    """Whether text2num reads ``word`` alone as a number (cached: a release repeats its words)."""
    return bool(find_numbers([_Tok(word, 0, len(word), lang)], lang, 0.0))


def _number_windows(words: list[str], lang: str) -> list[tuple[int, int]]:
    """Ranges of ``words`` around those text2num reads as numbers, merged: text2num
    only needs to read these.

    text2num calls back into Python for every token it reads, so reading a whole
    release costs more than all the rest of the figures; a number's words are
    consecutive, so windows around the words it reads alone hold every number.
    """
    windows: list[tuple[int, int]] = []
    for i, word in enumerate(words):
        if _number_word(word, lang):
            lo, hi = max(0, i - _NUMBER_CONTEXT), i + _NUMBER_CONTEXT + 1
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], hi)
            else:
                windows.append((lo, hi))
    return windows


def _word_numerals(text: str, t: _Lang) -> list[Numeral]:
    matches = list(_TOKEN_RE.finditer(text))
    toks: dict[int, _Tok] = {}
    occurrences = []
    for lo, hi in _number_windows([m.group() for m in matches], t.code):
        window = [_Tok(m.group(), m.start(), m.end(), t.code) for m in matches[lo:hi]]
        toks.update(enumerate(window, lo))
        occurrences += [(lo + occ.start, lo + occ.end, occ) for occ in find_numbers(window, t.code, 0.0)]
    out = []
    for occ_start, occ_end, occ in occurrences:
        first, last = toks[occ_start], toks[occ_end - 1]
        span = text[first.start:last.end]
        if any(ch.isdigit() for ch in span):
            continue
        value = occ.value
        if occ.is_ordinal and occ.end - occ.start >= 2 and t.code == "en" and last.word.lower().endswith("s"):
            frac = _merged_fraction([toks[i] for i in range(occ_start, occ_end)], t.code)
            if frac is not None:  # "three fifths" read by text2num as one plural ordinal
                out.append(Numeral(first.start, last.end, _clean(frac), words=True, form="fraction"))
                continue
        if occ.is_ordinal:
            out.append(Numeral(first.start, last.end, _clean(value), words=True, ordinal=True))
            continue
        out.append(Numeral(first.start, last.end, _clean(value), words=True,
                           scaled=value >= 1000 and not any(c.isdigit() for c in span)))
    return out


def numbers(text: str, lang: str) -> list[Numeral]:
    """Every numeral of ``text`` with its value, in reading order.

    Digits follow the locale of ``lang`` ("1.500" is 1500 in German and 1.5 in
    English); numbers written as words are read by text2num. Ordinals are
    included with ``ordinal=True``.
    """
    t = _lang_tables(lang)
    digits = _digit_numerals(text, t)
    spans = _Spans([(n.start, n.end) for n in digits])
    words = [w for w in _word_numerals(text, t) if not _overlaps(w.start, w.end, spans)]
    found = sorted(digits + words, key=lambda n: n.start)
    found = _compose(text, _fractions(text, found), t)
    powers = _powers(text, t)
    if powers:
        spans = _Spans([(n.start, n.end) for n in powers])
        found = sorted(powers + [n for n in found if not _overlaps(n.start, n.end, spans)], key=lambda n: n.start)
    return _signed(text, found)


_FRACTION_CHARS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
                   "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_FRACTION_CHAR_RE = re.compile("[" + "".join(_FRACTION_CHARS) + "]")
_MINUS_RE = re.compile(r"(?:(?<![\w\d.,+-])-[ \t]?|\b(?:minus|negative|negativo|negativa|negatief|négatif|négative"
                       r"|negativ|negativer)[ \t]+)$",
                       re.I)


def _fractions(text: str, found: list[Numeral]) -> list[Numeral]:
    """Join "3/4" and "2 1/4" into one numeral, and read "½"."""
    out: list[Numeral] = []
    i = 0
    while i < len(found):
        n = found[i]
        if (i + 1 < len(found) and not n.words and not found[i + 1].words
                and re.fullmatch(r"[ \t]*/[ \t]*", text[n.end:found[i + 1].start])
                and found[i + 1].value and isinstance(n.value, int) and isinstance(found[i + 1].value, int)
                and not re.match(r"[ \t]*/\d", text[found[i + 1].end:found[i + 1].end + 3])):
            d = found[i + 1]
            value = n.value / d.value
            start = n.start
            if out and not out[-1].words and isinstance(out[-1].value, int) and \
                    re.fullmatch(r"[ \t]+", text[out[-1].end:n.start]):
                whole = out.pop()
                value += whole.value
                start = whole.start
            out.append(Numeral(start, d.end, _clean(value)))
            i += 2
            continue
        out.append(n)
        i += 1
    for m in _FRACTION_CHAR_RE.finditer(text):
        out.append(Numeral(m.start(), m.end(), _clean(_FRACTION_CHARS[m.group()])))
    return sorted(out, key=lambda n: n.start)


# ---------------------------------------------------------------------------
# Composite numerals: fractions, mixed numbers, ratios, scale words after words
# ---------------------------------------------------------------------------

# Spellings text2num does not read, rewritten before it sees a token: Spanish numbers
# written without their accent, French "-ieme" ordinals, German "ue"/"ss" for "ü"/"ß".
_RESPELL_ES = {"dieciseis": "dieciséis", "veintidos": "veintidós", "veintitres": "veintitrés",
               "veintiseis": "veintiséis", "veintiun": "veintiún", "millon": "millón"}
_RESPELL_DE = (("fuenf", "fünf"), ("dreissig", "dreißig"), ("zwoelf", "zwölf"))


def _respell(word: str, lang: str) -> str:
    if lang == "es":
        return _RESPELL_ES.get(word.lower(), word)
    if lang == "fr" and word.lower().endswith(("ieme", "iemes")):
        return re.sub(r"ieme(s?)$", r"ième\1", word, flags=re.I)
    if lang == "de" and ("ue" in word or "ss" in word or "oe" in word):
        for a, b in _RESPELL_DE:
            word = re.sub(a, b, word, flags=re.I)
    return word


# Fraction words that are not read as ordinals by text2num, with the denominator they
# stand for. Ordinals text2num reads ("fifths", "cinquièmes", "quintos") are denominators
# too, from 3 on: "second"/"seconde"/"segundo" are time units before they are halves.
_FRACTION_WORDS: dict[str, dict[str, int]] = {
    "en": {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
           **{w + s: v for w, v in (("hundredth", 100), ("thousandth", 10**3), ("millionth", 10**6),
                                    ("billionth", 10**9), ("trillionth", 10**12)) for s in ("", "s")}},
    "fr": {"demi": 2, "demie": 2, "demis": 2, "demies": 2, "tiers": 3, "quart": 4, "quarts": 4},
    "es": {"medio": 2, "media": 2, "medios": 2, "medias": 2, "tercio": 3, "tercios": 3, "cuarto": 4,
           "cuartos": 4},
    "de": {"halb": 2, "halbe": 2, "halbes": 2, "halben": 2, "halber": 2, "drittel": 3, "viertel": 4,
           "fünftel": 5, "sechstel": 6, "siebtel": 7, "achtel": 8, "neuntel": 9, "zehntel": 10,
           "zwanzigstel": 20, "hundertstel": 100, "tausendstel": 1000},
    "it": {"mezzo": 2, "mezza": 2, "mezzi": 2, "terzo": 3, "terzi": 3, "quarto": 4, "quarti": 4},
    "pt": {"meio": 2, "meia": 2, "meios": 2, "terço": 3, "terços": 3, "quarto": 4, "quartos": 4},
    "nl": {"half": 2, "halve": 2, "derde": 3, "derden": 3, "kwart": 4, "vierde": 4, "vierden": 4},
}
# Of those, the ones that are a fraction even without a numerator before them when a
# connector ("three and half", "cinco y medio") or a scale word ("half million") follows.
_HALF_WORDS = frozenset("half demi demie medio media halb halbe halbes halben mezzo mezza meio meia "
                        "halve quarter quart".split())
# Ordinals that may be fractions after "a"/"un" only when "of"/"de" follows ("a third of",
# not "a third party"); the words of _FRACTION_WORDS other than these need no such check.
_AMBIGUOUS_DENOMINATORS = frozenset("third tercio terzo terço derde vierde cuarto quarto".split())
# One half as a noun ("more than half", "la moitié", "die Hälfte").
_HALF_NOUNS = {"en": ["half"], "fr": ["moitié"], "es": ["mitad"], "de": ["Hälfte"], "it": ["metà"],
               "pt": ["metade"], "nl": ["helft"]}
# German halves and three quarters written as one word ("zweieinhalb", "anderthalb").
_DE_HALF_COMPOUND = re.compile(
    r"\b(?:(?P<n>ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)(?:ein|und)halb"
    r"|(?P<ah>anderthalb)|(?P<dv>dreiviertel))\b", re.I)
# Articles that count as the numerator one ("a fifth", "un quart", "ein Drittel").
_ONE_WORDS = {"en": ["a", "an", "one"], "fr": ["un", "une"], "es": ["un", "una", "uno"],
              "de": ["ein", "eine", "einen", "einem", "einer", "eines"], "it": ["un", "una", "uno", "un'"],
              "pt": ["um", "uma"], "nl": ["een", "één"]}
# "of" after an ambiguous ordinal makes it a fraction ("a third of the budget").
_FRACTION_OF = r"(?:of|de|d['’]|des|du|del|della|dei|di|da|do|dos|das|van|der|des)\b"
# Connector between a whole number and its fraction ("two and a half", "cinco con dos tercios").
_MIXED_AND = {"en": ["and"], "fr": ["et"], "es": ["y", "con"], "de": ["und"], "it": ["e"], "pt": ["e"],
              "nl": ["en"]}
# Of those, the ones that are never inside a number ("y" is, in "treinta y dos").
_SPLIT_AND = {**_MIXED_AND, "es": ["con"]}
# Connector between a larger scale group and what follows ("four thousand three hundred and 21").
_CHAIN_AND = {"en": ["and"], "fr": ["et"], "es": ["y"], "de": ["und"], "it": ["e"], "pt": ["e"], "nl": ["en"]}
# "one in three", "1 sur 3", "uno de cada tres", "3 von 10": a ratio, value numerator / denominator.
_RATIO = {"en": ["over", "out of", "in"], "fr": ["sur"], "es": ["sobre", "de cada"], "de": ["von"],
          "it": ["su"], "pt": ["em cada", "de cada", "em"], "nl": ["op", "op de"]}
# Of those, connectors that also mean something else ("in 2020", "over 10 years"): the
# denominator may then not be a year nor be followed by a time unit.
_RATIO_LOOSE = frozenset("in over em von op".split())
# The last word of a numeral that is a scale: what a following smaller group adds to.
_HUNDREDS = {"hundred": 100, "cent": 100, "cents": 100, "cien": 100, "ciento": 100, "hundert": 100,
             "cento": 100, "cem": 100, "honderd": 100}
# Multipliers after a numeral written as words: the scale words of _SCALES (three letters
# or more, "m"/"k" are units after words) and the dozens.
_DOZENS = frozenset("dozen dozens douzaine douzaines docena docenas dutzend dozzina dozzine dúzia dúzias "
                    "dozijn".split())


@dataclass(frozen=True)
class _Composer:
    denominators: re.Pattern[str]
    half_nouns: re.Pattern[str]
    one_before: re.Pattern[str]
    mixed: re.Pattern[str]
    chain: re.Pattern[str]
    ratio: re.Pattern[str]
    scale_after: re.Pattern[str]
    dozen_article: re.Pattern[str]
    fraction_of: re.Pattern[str]


@lru_cache(maxsize=None)
def _composer(lang: str) -> _Composer:
    b = rf"[\s{_NBSP}]+"
    scale_words = [w for w in _SCALES[lang] if len(w.rstrip(".")) >= 3]
    return _Composer(
        denominators=re.compile(rf"(?<![\w-])(?:{_alt(_FRACTION_WORDS[lang])})(?![\w-])", re.I),
        half_nouns=re.compile(rf"(?<![\w-])(?:{_alt(_HALF_NOUNS[lang])})(?![\w-])", re.I),
        one_before=re.compile(rf"(?<![\w-])(?:{_alt(_ONE_WORDS[lang])})(?:{b}|-)$", re.I),
        mixed=re.compile(rf"{b}(?:{_alt(_MIXED_AND[lang])}){b}$", re.I),
        chain=re.compile(rf"{b}(?:(?P<and>{_alt(_CHAIN_AND[lang])}){b})?$", re.I),
        ratio=re.compile(rf"{b}(?P<w>{_alt(_RATIO[lang])}){b}$", re.I),
        scale_after=re.compile(rf"(?:{b}|-|{b}(?:a|an|of{b}a|de|d['’]){b})(?P<s>{_alt(scale_words)})(?!\w)",
                               re.I),
        dozen_article=re.compile(rf"(?<![\w-])(?:{_alt(_ONE_WORDS[lang])}){b}(?P<s>{_alt(_DOZENS)})(?!\w)", re.I),
        fraction_of=re.compile(rf"{b}{_FRACTION_OF}", re.I),
    )


_NOT_DENOMINATORS = frozenset("second seconds seconde secondes segundo segundos secondo secondi segunda "
                              "zweite zweiten tweede".split())


def _is_denominator(n: Numeral, text: str) -> bool:
    if n.form == "denom":
        return True
    return (n.ordinal and n.words and n.value >= 3
            and text[n.start:n.end].lower() not in _NOT_DENOMINATORS)


def _cardinal(n: Numeral) -> bool:
    return not n.ordinal and not n.form


def _last_scale(text: str, n: Numeral, t: _Lang) -> float:
    """The multiplier of the scale word a numeral ends with ("4 thousand" -> 1000), else 0."""
    m = re.search(r"(\w+)\W*$", text[n.start:n.end])
    if not m:
        return 0
    w = m.group(1).lower()
    return t.scales.get(w) or _HUNDREDS.get(w) or 0


def _split_on_and(text: str, n: Numeral, t: _Lang) -> tuple[Numeral, Numeral] | None:
    """"one hundred and three" read by text2num as 103 -> (100, 3), to put a fraction on the 3."""
    span = text[n.start:n.end]
    last = None
    for m in re.finditer(rf"[\s{_NBSP}]+(?:{_alt(_SPLIT_AND[t.code])})[\s{_NBSP}]+", span, re.I):
        last = m
    if not n.words or last is None:
        return None
    try:
        whole = text2num(_respell(span[:last.start()], t.code), t.code)
        part = text2num(_respell(span[last.end():], t.code), t.code)
    except (ValueError, TypeError, IndexError):
        return None
    return (Numeral(n.start, n.start + last.start(), whole, words=True, scaled=whole >= 1000),
            Numeral(n.start + last.end(), n.end, part, words=True))


def _compose(text: str, found: list[Numeral], t: _Lang) -> list[Numeral]:
    """Numerals made of several parts: "two thirds", "3 millions et demi", "one in three",
    "a dozen", "one trillion", "4 thousand 3 hundred and 21"."""
    c = _composer(t.code)
    found_spans = [(n.start, n.end) for n in found]
    spans = _Spans(found_spans)
    extra = [Numeral(m.start(), m.end(), _FRACTION_WORDS[t.code][m.group().lower()], words=True, form="denom")
             for m in c.denominators.finditer(text) if not _overlaps(m.start(), m.end(), spans)]
    spans = _Spans(found_spans + [(n.start, n.end) for n in extra])
    extra += [Numeral(m.start(), m.end(), 0.5, words=True, form="fraction")
              for m in c.half_nouns.finditer(text) if not _overlaps(m.start(), m.end(), spans)]
    extra += [Numeral(m.start(), m.end(), 12, words=True, scaled=True)
              for m in c.dozen_article.finditer(text) if not _overlaps(m.start("s"), m.end("s"), spans)]
    for m in _HYPHEN_PAIR_RE.finditer(text):
        # "two-thirds", "one-eighth": text2num reads a hyphenated word as one number or none
        a, b_ = m.group("a"), m.group("b")
        if _overlaps(m.start(), m.end(), spans) or not (b_.lower() in _FRACTION_WORDS[t.code]
                                                         or b_.lower().endswith(_ORDINAL_ENDINGS)):
            continue
        occ = find_numbers([_Tok(a, m.start("a"), m.end("a"), t.code), _Tok(b_, m.start("b"), m.end("b"), t.code)],
                           t.code, 0.0)
        if len(occ) == 2 and not occ[0].is_ordinal and (occ[1].is_ordinal or b_.lower() in _FRACTION_WORDS[t.code]):
            extra.append(Numeral(m.start("a"), m.end("a"), occ[0].value, words=True))
            extra.append(Numeral(m.start("b"), m.end("b"), occ[1].value, words=True, ordinal=True))
        elif len(occ) == 1 and not occ[0].is_ordinal and b_.lower() in _FRACTION_WORDS[t.code]:
            extra.append(Numeral(m.start("a"), m.end("a"), occ[0].value, words=True))
    if t.code == "de":
        for m in _DE_HALF_COMPOUND.finditer(text):
            v = 1.5 if m.group("ah") else 0.75 if m.group("dv") else text2num(m.group("n").lower(), "de") + 0.5
            extra.append(Numeral(m.start(), m.end(), v, words=True, form="fraction"))
    if not extra and len(found) < 2 and not (found and found[0].words):
        return found
    if extra:
        espans = _Spans([(n.start, n.end) for n in extra])
        found = sorted(extra + [n for n in found if not _overlaps(n.start, n.end, espans)],
                       key=lambda n: n.start)
    out: list[Numeral] = []
    i = 0
    while i < len(found):
        n = found[i]
        i += 1
        if out and n.start < out[-1].end:
            continue  # already part of the numeral before ("a dozen" in "half a dozen")
        nxt = found[i] if i < len(found) else None
        # a numerator and its denominator: "three fifths", "un quart", "zwei Drittel", "tres veinteavos"
        if _cardinal(n) and nxt is not None and re.fullmatch(rf"[\s{_NBSP}-]+", text[n.end:nxt.start]) \
                and n.value and n.words or (_cardinal(n) and nxt is not None and abs(n.value) < 1000
                                            and re.fullmatch(rf"[\s{_NBSP}-]+", text[n.end:nxt.start])):
            den = None
            if _is_denominator(nxt, text) and (n.words or nxt.form != "denom"):
                den = nxt.value  # "2 quarters" after digits is a period, not a half
            elif nxt.words and _cardinal(nxt) and 0 < nxt.value < 1 and t.code == "es":
                den = round(1 / nxt.value)  # "-avos" read by text2num as the fraction itself
            parts = _split_on_and(text, n, t) if den else None
            if parts:
                out.append(parts[0])
                n = parts[1]
            if den and abs(n.value) < 1000:
                n = Numeral(n.start, nxt.end, _clean(n.value / den), words=True, form="fraction")
                i += 1
                nxt = found[i] if i < len(found) else None
        # "a fifth", "un demi", "ein Drittel"; "half" before a scale ("half million", "demi-million")
        if n.form == "denom" or (_is_denominator(n, text) and not n.form):
            low = text[n.start:n.end].lower()
            one = c.one_before.search(text, max(0, n.start - 6), n.start)
            if one and (n.form != "denom" or low in _AMBIGUOUS_DENOMINATORS) and not (
                    c.fraction_of.match(text, n.end) or re.match(rf"[\s{_NBSP}]*(?:[,.;:!?)]|$)", text[n.end:])):
                one = None
            if one:
                n = Numeral(one.start(), n.end, _clean(1 / n.value), words=True, form="fraction")
            elif n.form == "denom" and low in _HALF_WORDS and (
                    (out and c.mixed.search(text, out[-1].end, n.start))
                    or c.scale_after.match(text, n.end) or _scale_numeral(text, nxt, n.end, t)):
                n = Numeral(n.start, n.end, _clean(1 / n.value), words=True, form="fraction")
        if n.form == "denom" or (n.ordinal and n.form == ""):
            out.append(n)
            continue
        prev = out[-1] if out else None
        # a fraction or a number written as words before a scale: "half a million", "one trillion", "three dozens"
        mult = 1.0
        if (n.form == "fraction" or (n.words and _cardinal(n))) and not n.scaled:
            sm = c.scale_after.match(text, n.end)
            if sm:
                mult = t.scales.get(sm.group("s").lower(), 1)
                n = Numeral(n.start, sm.end(), _clean(n.value * mult), words=True, scaled=True, form=n.form)
            elif nxt is not None and _scale_numeral(text, nxt, n.end, t):
                mult = nxt.value
                n = Numeral(n.start, nxt.end, _clean(n.value * nxt.value), words=True, scaled=True, form=n.form)
                i += 1
        # a whole number and its fraction: "two and a half", "cent trois et deux tiers", "3 millions et demi";
        # a scale after the fraction applies to both when the whole has none ("fünf und drei Viertel Milliarden")
        while n.form == "fraction" and prev is not None and _cardinal(prev) and prev.end <= n.start \
                and c.mixed.fullmatch(text, prev.end, n.start):
            scale = _last_scale(text, prev, t)
            if n.scaled and not scale and not prev.scaled:
                value = prev.value * mult + n.value
            else:
                value = prev.value + (n.value * scale if scale >= 1e6 and not n.scaled else n.value)
            big = scale >= 1e6 or n.scaled
            n = Numeral(prev.start, n.end, _clean(value), words=prev.words or n.words,
                        scaled=prev.scaled or big, form="" if big else "fraction")
            out.pop()
            prev = out[-1] if out else None
        if n.form == "fraction" and n.scaled:
            n = Numeral(n.start, n.end, n.value, words=n.words, scaled=True)  # "half a million" is a count
        # a smaller group after a scale: "4 thousand 3 hundred and 21", "twenty-one trillion three hundred"
        if prev is not None and _cardinal(n) and _cardinal(prev) and prev.end <= n.start:
            cm = c.chain.fullmatch(text, prev.end, n.start)
            scale = _last_scale(text, prev, t) if cm else 0
            if scale and n.value < scale and n.value >= 0 and (cm.group("and") or n.scaled or (n.words and prev.words)) \
                    and not _is_year_text(text, n):
                out[-1] = Numeral(prev.start, n.end, _clean(prev.value + n.value), words=prev.words or n.words,
                                  scaled=True, grouped=prev.grouped)
                continue
            # a ratio: "one in three", "1 sur 3", "uno de cada tres"
            rm = c.ratio.fullmatch(text, prev.end, n.start)
            if rm and n.value and 0 < prev.value < n.value and not _is_year_text(text, n):
                w = rm.group("w").lower()
                if w not in _RATIO_LOOSE or not (t.physical.match(text, n.end) or _time_word_after(text, n.end, t)):
                    out[-1] = Numeral(prev.start, n.end, _clean(prev.value / n.value),
                                      words=prev.words or n.words, form="ratio")
                    continue
        out.append(n)
    return [n for n in out if n.form != "denom"]


def _scale_numeral(text: str, n: Numeral | None, pos: int, t: _Lang) -> bool:
    """``n`` is a bare scale word ("million" read by text2num) right after ``pos``."""
    return (n is not None and n.words and n.value >= 1000 and text[n.start:n.end].lower() in t.scales
            and re.fullmatch(rf"(?:[\s{_NBSP}]+(?:(?:a|an|of[\s{_NBSP}]+a|de|d['’])[\s{_NBSP}]+)?|-)",
                             text[pos:n.start], re.I) is not None)


def _is_year_text(text: str, n: Numeral) -> bool:
    raw = text[n.start:n.end]
    return len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2100


def _time_word_after(text: str, pos: int, t: _Lang) -> bool:
    m = re.compile(rf"[\s{_NBSP}]+({_WORD}+)").match(text, pos)
    return bool(m and m.group(1).lower() in t.time_words)


# Endings of ordinals used as denominators after a hyphen ("one-eighth", "cinq-huitièmes").
_ORDINAL_ENDINGS = ("th", "ths", "ième", "ièmes", "ieme", "iemes", "avo", "avos", "tel", "simo", "simos")
_HYPHEN_PAIR_RE = re.compile(rf"(?<![\w-])(?P<a>{_WORD}+)-(?P<b>{_WORD}+)(?![\w-])")

# Powers and scientific notation: "1.3e6", "1.1^23", "6.23x10^-4".
_POWER_RE = re.compile(
    r"(?<![\w.,])(?P<m>\d+(?:[.,]\d+)?)(?:[ \t]?[eE](?P<e>[+-]?\d+)|\^(?P<p>[+-]?-?\d+)"
    r"|[ \t]?[x×][ \t]?10\^(?P<x>[+-]?\d+))(?![\w^])")


def _powers(text: str, t: _Lang) -> list[Numeral]:
    if "^" not in text and "e" not in text and "E" not in text:
        return []
    out = []
    for m in _POWER_RE.finditer(text):
        mant = m.group("m")
        mant = mant.replace(",", ".") if t.code not in _DECIMAL_POINT_LANGS else mant.replace(",", "")
        try:
            base = float(mant)
            if m.group("e") is not None:
                v = base * 10 ** int(m.group("e"))
            elif m.group("x") is not None:
                v = base * 10 ** int(m.group("x"))
            else:
                p = m.group("p")
                exp = int(p.lstrip("+-")) * (-1 if p.count("-") % 2 else 1)
                if abs(exp) > 300:
                    continue
                v = base ** exp
        except (ValueError, OverflowError, ZeroDivisionError):
            continue
        out.append(Numeral(m.start(), m.end(), _clean(v) if abs(v) < 1e15 else v, form="power"))
    return out


def _signed(text: str, found: list[Numeral]) -> list[Numeral]:
    """A minus sign or word before a numeral ("-1", "minus five") makes it negative."""
    out = []
    for n in found:
        m = _MINUS_RE.search(text, max(0, n.start - 12), n.start)
        if m and not n.ordinal:
            n = Numeral(m.start(), n.end, -n.value, n.words, n.scaled, n.ordinal, n.grouped, n.form)
        out.append(n)
    return out


class _Spans:
    """Spans asked whether they overlap a given span, in logarithmic time: a
    release has thousands of numerals and of dates, and asking each span in turn
    made the stage quadratic."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        #: the greatest end among the spans that start up to each
        self._ends: list[int] = []
        for _, e in ordered:
            self._ends.append(max(e, self._ends[-1]) if self._ends else e)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end)  # the spans that start before ``end``
        return i > 0 and self._ends[i - 1] > start


def _overlaps(start: int, end: int, spans: _Spans) -> bool:
    return spans.overlaps(start, end)


# ---------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------

def _is_year(n: Numeral, text: str) -> bool:
    raw = text[n.start:n.end]
    return (not n.words and not n.scaled and not n.grouped and len(raw) == 4 and raw.isdigit()
            and 1800 <= int(raw) <= 2100)


def _prev_word(text: str, pos: int) -> str:
    m = re.search(rf"({_WORD}[\w.'’§°º-]*|§|n°|nº)[\s{_NBSP}]*$", text[max(0, pos - 40):pos])
    return m.group(1) if m else ""


def _counted_noun(text: str, pos: int, t: _Lang) -> tuple[str | None, int]:
    """The counted noun right after ``pos`` ("migrants", "public administrations"), and where it ends."""
    limit = min(len(text), pos + 120)
    words: list[tuple[str, int, int]] = []
    if 0 < pos < len(text) and text[pos].isalnum() and text[pos - 1].isalnum():
        return None, pos  # glued letters ("4G", "MP3") are a name, not a counted noun
    i = pos
    quote_open = None
    lang = t.code
    max_words = 3 if lang in ("en", "nl", "de") else 2
    complement_done = False
    while len(words) < max_words + (1 if complement_done else 0):
        m = re.compile(rf"[ \t{_NBSP}]*([«“\"„‘]?[ \t{_NBSP}]*)").match(text, i, limit)
        j = m.end()
        if m.group(1).strip():
            if words:
                break
            quote_open = m.group(1).strip()
        wm = _WORD_RE.match(text, j, limit)
        if not wm:
            break
        w = wm.group().rstrip(".")
        low = w.lower()
        if any(ch.isdigit() for ch in w):
            break
        if low in t.stop or (lang != "de" and low in _OTHER_STOP and len(low) <= 3 and words):
            # "lines of code", "lignes de code": one complement after a noun
            if (words and not complement_done and low in ("of", "de", "di", "do", "da")
                    and lang != "de"):
                nm = re.compile(rf"[\s{_NBSP}]+({_WORD}+(?:-{_WORD}+)*)").match(text, wm.end(), limit)
                if nm:
                    cw = nm.group(1)
                    cl = cw.lower()
                    if (cw[0].islower() and cl not in t.stop and cl not in _OTHER_STOP
                            and not cl.endswith(t.verbish or ("\0",))
                            and not (lang in ("fr", "es", "it", "pt") and cl.endswith(("er", "ir", "re", "ar")))):
                        words.append((cw, nm.start(1), nm.end(1)))
                        complement_done = True
            break
        if words:
            prev = words[-1][0]
            if lang == "de":
                if prev[0].isupper():
                    break
                if not w[0].isupper() and len(words) >= 2:
                    break
            else:
                if low.endswith(t.verbish) and len(low) > 3:
                    break
                if lang in ("en", "nl") and (prev.lower().endswith("s") and len(prev) > 3
                                             or prev.lower() in _IRREGULAR_PLURALS
                                             or (lang == "nl" and prev.lower().endswith("en"))):
                    break
                if lang in ("fr", "es", "it", "pt") and not w[0].islower() and not prev[0].isupper():
                    break
                if w[0].isupper() and prev[0].islower() and lang in ("en", "nl") \
                        and prev.lower() not in _OPEN_ADJECTIVES:
                    break
        elif lang == "de" and w[0].islower() and low in t.stop:
            break
        words.append((w, wm.start(), wm.start() + len(w)))
        i = wm.start() + len(w)
        if lang == "de" and w[0].isupper():
            break
    if lang == "de" and words and not any(w[0][0].isupper() for w in words):
        return None, pos
    if not words:
        return None, pos
    start, end = words[0][1], words[-1][2]
    if quote_open:
        cm = re.compile(rf"[\s{_NBSP}]*[»”\"“’]").match(text, end, limit)
        if cm:
            end = cm.end()
    return text[start:words[-1][2]], end


def extract(text: str, lang: str, *, exclude: Sequence[tuple[int, int]] = ()) -> list[Figure]:
    """The figures of ``text``: counts, money, percents, quantities and durations.

    ``lang`` is the ISO 639-1 code of the text (fr, en, es, de, it, pt, nl have
    full tables; other codes use the English tables for digits). ``exclude``
    holds spans already known to be something else (dates, phone numbers):
    no figure overlaps them. Durations ("plus de 10 ans") are figures too;
    do not pass duration dates in ``exclude``. A range ("between 20 and 30
    people") is one figure over the whole span whose ``value`` is the lower bound.
    """
    t = _lang_tables(lang)
    blocked = list(exclude)
    blocked += phone_spans(text)
    blocked += [m.span() for m in _TIME_OF_DAY_RE.finditer(text)]
    blocked = _Spans(blocked)
    nums = [n for n in numbers(text, lang) if not _overlaps(n.start, n.end, blocked)]
    list_starts = sorted({m.end() for m in _LIST_NUMBER_RE.finditer(text)})
    month_re = _month_pattern(t.code)

    figures: list[Figure] = []
    i = 0
    while i < len(nums):
        n = nums[i]
        i += 1
        if n.ordinal or n.value < 0 or text[n.start - 1:n.start] in ("/", "-") or text[n.end:n.end + 1] == "/" \
                or re.match(r"-\d{4}", text[n.end:n.end + 5]):
            continue  # fractions, references, numeric dates, phone number parts
        if n.words and (n.value < 2 or text[n.start:n.end].lower() in _VAGUE_WORDS):
            continue  # articles ("un", "one", "ein") and vague plurals ("hundreds")
        if n.form in ("ratio", "power") or (n.words and _DOZENS.intersection(text[n.start:n.end].lower().split())):
            continue  # "one in three" has no unit of its own; "a dozen" is a round number
        raw_end = n.end
        # list numbers ("1. ", "2) ") at the start of a line
        at = bisect_left(list_starts, n.start)
        if at < len(list_starts) and list_starts[at] <= n.end + 2 and re.match(r"[.)]", text[n.end:n.end + 1]):
            continue
        if text[n.end:n.end + 1] == "." and t.code == "de" and re.match(r"\.[\s\u00a0]+\w", text[n.end:n.end + 3]) \
                and not n.words:
            continue  # German ordinal "3. Platz"
        # day-month ("12 mars", "14/10") belong to dates
        if month_re.match(text, n.end) or re.match(r"[/.]\d{1,2}\b", text[n.end:n.end + 3]):
            continue
        start, end, value = n.start, n.end, n.value
        low_value = value
        high: Numeral | None = None
        # a range: "20 à 30", "between 20 and 30", "20-30"
        if i < len(nums):
            nxt = nums[i]
            mid = t.range_mid.fullmatch(text, n.end, nxt.start)
            if mid and not nxt.ordinal:
                opener = t.range_open.search(text, max(0, start - 20), start)
                if not mid.group("and") or opener:
                    if not (mid.group(0).strip() in "-–—" and _is_year(n, text) and _is_year(nxt, text)):
                        high = nxt
        if high is not None:
            opener = t.range_open.search(text, max(0, start - 20), start)
            if opener:
                start = opener.start()
            if high.scaled and not n.scaled and value < high.value and value < 1000:
                scale = high.value / float(_digits_value(text, high, t) or 1)
                if scale > 1:
                    low_value = _clean(value * scale)
            end = high.end
            i += 1
        elif _is_year(n, text):
            # a year-like number is a figure only with an explicit unit after it
            if not (t.percent.match(text, end) or t.currency_after.match(text, end) or t.physical.match(text, end)):
                continue
        qualifier = None
        kind = "count"
        unit: str | None = None
        # currency before: "$45 million", "USD 45 million", "€ 3"
        cb = t.currency_before.search(text, max(0, start - 8), start)
        if cb and not text[max(0, cb.start() - 1):cb.start()].isalpha():
            unit, kind = _currency_code(cb.group("cur"), t), "money"
            start = cb.start()
        tail = end
        if kind == "count":
            pm = t.percent.match(text, tail)
            cm = None
            if not pm:
                om = t.of.match(text, tail)
                cm = t.currency_after.match(text, om.end() if (om and (n.scaled or (high and high.scaled))) else tail)
                if cm is None and om:
                    cm = t.currency_after.match(text, tail)
            if pm:
                unit, kind, tail = "%", "percent", pm.end()
            elif cm and _currency_code(cm.group("cur"), t):
                unit, kind, tail = _currency_code(cm.group("cur"), t), "money", cm.end()
            else:
                ph = t.physical.match(text, tail)
                if ph:
                    unit, kind, tail = ph.group("unit"), "quantity", ph.end()
                else:
                    om = t.of.match(text, tail) if (n.scaled or (high and high.scaled)) else None
                    noun, nend = _counted_noun(text, om.end() if om else tail, t)
                    if noun is None and om:
                        noun, nend = _counted_noun(text, tail, t)
                    if noun:
                        unit, tail = noun, nend
                        head = noun.split()[0].lower()
                        if head in t.time_words:
                            kind = "duration"
                        elif head in _MONTH_WORDS.get(t.code, ()):
                            continue
        else:
            # "$45 million in aid": nothing more needed after a prefixed currency
            pass
        # plain numbers with no unit, scale or qualifier are not figures
        qm = t.qualifier.search(text, max(0, start - 30), start)
        if qm:
            qualifier = t.qualifiers.get(_norm_q(qm.group("q")))
        if unit is None and not n.scaled and not qualifier:
            continue
        if unit is None and not n.scaled and n.words:
            continue
        raw = text[n.start:raw_end]
        if kind == "count" and not n.scaled and (
                re.fullmatch(r"\d+\.0", raw)
                or (t.code not in _DECIMAL_POINT_LANGS and re.fullmatch(r"\d+\.\d{1,2}", raw))):
            continue  # versions ("2.0 release", "Eclipse 3.1" in a comma-decimal language)
        if kind == "count" and not n.grouped and not n.scaled and not n.words and isinstance(value, int) \
                and value >= 10000 and not qualifier:
            continue  # postcodes, extensions and ids are written without separators
        # labels: "Article 3", "version 2.0", "Debian 9"
        if kind == "count" and not n.scaled and start == n.start:
            pw = _prev_word(text, start)
            if pw:
                pl = pw.lower()
                if pl in _LABEL_SET or (t.code != "de" and pw[0].isupper() and pl not in t.stop and pl not in _OTHER_STOP
                                        and not qm and not _sentence_initial(text, start - len(pw) - 1)
                                        and not (high and t.range_open.search(text, max(0, start - 20), start))):
                    continue
        if qm:
            start = qm.start("q")
        if n.words and kind == "count" and unit and unit.split()[0].lower() in _OTHER_STOP:
            continue
        span_text = text[start:tail]
        if _overlaps(start, tail, blocked) and _overlaps(n.start, raw_end, blocked):
            continue
        figures.append(Figure(span_text, start, tail, low_value if high else value, unit, qualifier, kind,
                              end_value=_clean(high.value) if high else None))
    return figures


def _digits_value(text: str, n: Numeral, t: _Lang) -> float | int | None:
    """The value of a numeral's digits before any scale word ("3" in "3 millions")."""
    m = t.number.match(text, n.start)
    if not m:
        return None
    try:
        return _to_number(m.group("num"), t, m.group("sep"))
    except ValueError:
        return None


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos + 1].rstrip()
    return pos <= 0 or not before or before[-1] in ".!?:;\n(«\"“"


def _norm_q(q: str) -> str:
    return re.sub(rf"[\s{_NBSP}]+", " ", q.lower()).replace("’", "'")


def _currency_code(token: str, t: _Lang) -> str | None:
    if token in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[token]
    if token.upper() in _ISO_CODES:
        return token.upper()
    low = re.sub(rf"[\s{_NBSP}]+", " ", token.lower())
    if low in t.currency_words:
        return t.currency_words[low]
    for sym, code in _CURRENCY_SYMBOLS.items():
        if sym.lower() == low:
            return code
    return None


_LABEL_SET = frozenset(_LABEL_WORDS)

_MONTH_WORDS = {
    "en": "january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec",
    "fr": "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre "
          "decembre janv févr avr juil sept oct nov déc",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
          "diciembre ene feb mar abr jun jul ago sep oct nov dic",
    "de": "januar jänner februar märz april mai juni juli august september oktober november dezember "
          "jan feb mär apr jun jul aug sep sept okt nov dez",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre "
          "gen feb mar apr mag giu lug ago set ott nov dic",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
          "jan fev mar abr mai jun jul ago set out nov dez",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december "
          "jan feb mrt apr jun jul aug sep sept okt nov dec",
}
_MONTH_WORDS = {k: frozenset(v.split()) for k, v in _MONTH_WORDS.items()}


@lru_cache(maxsize=None)
def _month_pattern(lang: str) -> re.Pattern[str]:
    months = _MONTH_WORDS.get(lang, _MONTH_WORDS["en"])
    glue = {"es": r"(?:de[\s\u00a0]+)?", "pt": r"(?:de[\s\u00a0]+)?", "en": r"(?:of[\s\u00a0]+)?"}.get(lang, "")
    return re.compile(rf"\.?[\s{_NBSP}]*{glue}(?:{'|'.join(sorted(months, key=len, reverse=True))})\b\.?",
                      re.I)
