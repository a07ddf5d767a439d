"""Dates: every date expression of a text, normalized to ISO 8601.

``extract(text, lang, reference=...)`` returns the date mentions and the
warnings they raise (an ambiguous day/month order). Values follow the output
contract: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``--MM-DD`` (year unknown and
no reference date), ``--MM`` (month alone, no reference date), durations as
``P10Y``, ranges with ``end_value``, and relative expressions ("hier", "last
week", "el próximo lunes") resolved against ``reference`` or left ``None``.

Why not dateparser: ``dateparser.search.search_dates`` restricted to one
language takes 20–120 ms on a 550-word release and reports fragments such as
"à sa", "53" or "Après six ans" as dates; ``dateparser.parse`` on candidate
spans costs 0.25 ms a call and gives nothing the month tables below do not.
So candidate spans are found and normalized with per-language tables of month
and weekday names and relative words (fr, en, es, de, it, pt, nl; other
languages get numeric dates and years only), which takes well under 1 ms.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import find_numbers, text2num

from releasepipe.extract.figures import _Tok, phone_spans
from releasepipe.errors import Code
from releasepipe.model import DateMention, Issue

__all__ = ["AMBIGUOUS_DAY_MONTH", "MONTHS", "WEEKDAYS", "extract"]

# Warning code (RP2xx: warning on a processed release) for a numeric date whose
# day/month order the locale does not settle, e.g. "03/04/2024" in English.
AMBIGUOUS_DAY_MONTH = Code.AMBIGUOUS_DAY_MONTH.value

_NB = "\u00a0\u202f\u2009"
_S = rf"[\s{_NB}]"

LANGS = ("fr", "en", "es", "de", "it", "pt", "nl")

# Month and weekday names per language. Written out because the stdlib's
# calendar names follow the system locale and dateparser's locale data costs
# ~100 ms to load; these 7 tables are small and exact.
MONTHS: dict[str, dict[str, int]] = {}
_MONTH_SRC = {
    "en": ("january february march april may june july august september october november december",
           "jan feb mar apr - jun jul aug sep|sept oct nov dec"),
    "fr": ("janvier février|fevrier mars avril mai juin juillet août|aout septembre octobre novembre "
           "décembre|decembre", "janv|jan févr|fév|fevr|fev - avr - - juil - sept|sep oct nov déc|dec"),
    "es": ("enero febrero marzo abril mayo junio julio agosto septiembre|setiembre octubre noviembre diciembre",
           "ene feb mar abr - jun jul ago sep|sept|set oct nov dic"),
    "de": ("januar|jänner februar|feber märz|maerz april mai juni juli august september oktober november "
           "dezember", "jan feb mär|mrz - - jun jul aug sep|sept okt nov dez"),
    "it": ("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
           "gen feb mar apr mag giu lug ago set|sett ott nov dic"),
    "pt": ("janeiro fevereiro março|marco abril maio junho julho agosto setembro outubro novembro dezembro",
           "jan fev mar abr - jun jul ago set out nov dez"),
    "nl": ("januari februari maart april mei juni juli augustus september oktober november december",
           "jan feb mrt apr - jun jul aug sep|sept okt nov dec"),
}
_FULL_MONTHS: dict[str, dict[str, int]] = {}
for _l, (_full, _abbr) in _MONTH_SRC.items():
    _FULL_MONTHS[_l] = {n: i + 1 for i, g in enumerate(_full.split()) for n in g.split("|")}
    MONTHS[_l] = dict(_FULL_MONTHS[_l])
    MONTHS[_l].update({n: i + 1 for i, g in enumerate(_abbr.split()) for n in g.split("|") if n != "-"})

WEEKDAYS: dict[str, dict[str, int]] = {}
_WEEKDAY_SRC = {
    "en": "monday tuesday wednesday thursday friday saturday sunday",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles|miercoles jueves viernes sábado|sabado domingo",
    "de": "montag dienstag mittwoch donnerstag freitag samstag|sonnabend sonntag",
    "it": "lunedì|lunedi martedì|martedi mercoledì|mercoledi giovedì|giovedi venerdì|venerdi sabato domenica",
    "pt": "segunda-feira terça-feira|terca-feira quarta-feira quinta-feira sexta-feira sábado|sabado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
}
for _l, _src in _WEEKDAY_SRC.items():
    WEEKDAYS[_l] = {n: i for i, g in enumerate(_src.split()) for n in g.split("|")}

# Relative day words: offset in days from the reference date.
_DAY_WORDS = {
    "en": {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
           "the day after tomorrow": 2},
    "fr": {"aujourd'hui": 0, "hier": -1, "demain": 1, "avant-hier": -2, "après-demain": 2},
    "es": {"hoy": 0, "ayer": -1, "mañana": 1, "anteayer": -2, "antes de ayer": -2, "antier": -2,
           "pasado mañana": 2},
    "de": {"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2},
    "it": {"oggi": 0, "ieri": -1, "domani": 1, "l'altro ieri": -2, "altroieri": -2, "dopodomani": 2},
    "pt": {"hoje": 0, "ontem": -1, "amanhã": 1, "anteontem": -2, "depois de amanhã": 2},
    "nl": {"vandaag": 0, "gisteren": -1, "morgen": 1, "eergisteren": -2, "overmorgen": 2},
}

# Calendar units: word -> (ISO designator, multiplier).
_UNITS = {
    "en": {"year": "Y", "years": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W", "day": "D",
           "days": "D", "decade": "10Y", "decades": "10Y", "century": "100Y", "centuries": "100Y",
           "hour": "H", "hours": "H", "h": "H", "hr": "H", "hrs": "H", "minute": "TM", "minutes": "TM", "min": "TM", "mins": "TM", "second": "TS", "seconds": "TS", "sec": "TS", "secs": "TS", "night": "D", "nights": "D", "fortnight": "2W"},
    "fr": {"an": "Y", "ans": "Y", "année": "Y", "années": "Y", "mois": "M", "semaine": "W", "semaines": "W",
           "jour": "D", "jours": "D", "journée": "D", "journées": "D", "décennie": "10Y", "décennies": "10Y",
           "siècle": "100Y", "siècles": "100Y", "heure": "H", "heures": "H", "h": "H", "minute": "TM", "minutes": "TM", "min": "TM", "seconde": "TS", "secondes": "TS", "sec": "TS", "nuit": "D", "nuits": "D"},
    "es": {"año": "Y", "años": "Y", "mes": "M", "meses": "M", "semana": "W", "semanas": "W", "día": "D",
           "días": "D", "dia": "D", "dias": "D", "década": "10Y", "décadas": "10Y", "siglo": "100Y",
           "siglos": "100Y", "hora": "H", "horas": "H", "h": "H", "minuto": "TM", "minutos": "TM", "min": "TM", "segundo": "TS", "segundos": "TS", "seg": "TS", "noche": "D", "noches": "D"},
    "de": {"jahr": "Y", "jahre": "Y", "jahren": "Y", "jahres": "Y", "monat": "M", "monate": "M",
           "monaten": "M", "monats": "M", "woche": "W", "wochen": "W", "tag": "D", "tage": "D", "tagen": "D",
           "jahrzehnt": "10Y", "jahrzehnte": "10Y", "jahrzehnten": "10Y", "jahrhundert": "100Y",
           "stunde": "H", "stunden": "H", "std": "H", "h": "H", "minute": "TM", "minuten": "TM", "min": "TM", "sekunde": "TS", "sekunden": "TS", "sek": "TS", "nacht": "D", "nächte": "D", "nächten": "D"},
    "it": {"anno": "Y", "anni": "Y", "mese": "M", "mesi": "M", "settimana": "W", "settimane": "W",
           "giorno": "D", "giorni": "D", "decennio": "10Y", "decenni": "10Y", "secolo": "100Y", "secoli": "100Y",
           "ora": "H", "ore": "H", "h": "H", "minuto": "TM", "minuti": "TM", "min": "TM", "secondo": "TS", "secondi": "TS", "notte": "D", "notti": "D"},
    "pt": {"ano": "Y", "anos": "Y", "mês": "M", "meses": "M", "semana": "W", "semanas": "W", "dia": "D",
           "dias": "D", "década": "10Y", "décadas": "10Y", "século": "100Y", "séculos": "100Y", "hora": "H", "h": "H", "minuto": "TM", "minutos": "TM", "segundo": "TS", "segundos": "TS",
           "horas": "H", "noite": "D", "noites": "D"},
    "nl": {"jaar": "Y", "jaren": "Y", "maand": "M", "maanden": "M", "week": "W", "weken": "W", "dag": "D",
           "dagen": "D", "decennium": "10Y", "decennia": "10Y", "eeuw": "100Y", "eeuwen": "100Y", "uur": "H", "minuut": "TM", "minuten": "TM", "seconde": "TS", "seconden": "TS",
           "uren": "H", "nacht": "D", "nachten": "D"},
}

# Direction words around "week/month/year" or a weekday: -1 last, 0 this, +1 next.
_DIR_BEFORE = {
    "en": {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1,
           "following": 1},
    "fr": {"ce": 0, "cet": 0, "cette": 0},
    "es": {"este": 0, "esta": 0, "próximo": 1, "próxima": 1, "proximo": 1, "proxima": 1, "pasado": -1,
           "pasada": -1},
    "de": {"letzte": -1, "letzten": -1, "letzter": -1, "letztes": -1, "vergangene": -1, "vergangenen": -1,
           "vergangenes": -1, "vorige": -1, "vorigen": -1, "voriges": -1, "diese": 0, "diesen": 0,
           "dieses": 0, "diesem": 0, "nächste": 1, "nächsten": 1, "nächstes": 1, "nächster": 1,
           "kommende": 1, "kommenden": 1, "kommendes": 1, "laufenden": 0, "nächstem": 1, "letztem": -1,
           "kommendem": 1, "vergangenem": -1, "vorletzte": -2, "vorletzten": -2, "vorletztes": -2, "vorletztem": -2,
           "vorletzter": -2, "übernächste": 2, "übernächsten": 2, "übernächstes": 2, "übernächstem": 2,
           "übernächster": 2},
    "it": {"questo": 0, "questa": 0, "quest'": 0, "prossimo": 1, "prossima": 1, "scorso": -1, "scorsa": -1},
    "pt": {"este": 0, "esta": 0, "neste": 0, "nesta": 0, "próximo": 1, "próxima": 1, "proximo": 1,
           "proxima": 1, "passado": -1, "passada": -1},
    "nl": {"vorige": -1, "vorig": -1, "afgelopen": -1, "deze": 0, "dit": 0, "volgende": 1, "volgend": 1,
           "komende": 1, "komend": 1},
}
_DIR_AFTER = {
    "en": {},
    "fr": {"dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "prochain": 1, "prochaine": 1,
           "-ci": 0, "en cours": 0},
    "es": {"pasado": -1, "pasada": -1, "anterior": -1, "próximo": 1, "próxima": 1, "que viene": 1,
           "entrante": 1, "en curso": 0},
    "de": {},
    "it": {"scorso": -1, "scorsa": -1, "passato": -1, "passata": -1, "prossimo": 1, "prossima": 1,
           "in corso": 0},
    "pt": {"passado": -1, "passada": -1, "anterior": -1, "que vem": 1, "próximo": 1, "próxima": 1},
    "nl": {},
}
_ARTICLES = {
    "en": "the", "fr": "le la l' les", "es": "el la los las", "de": "im am", "it": "il la l' lo",
    "pt": "o a na no", "nl": "het de",
}

# "N units ago" / "in N units".
_AGO = {
    "en": (None, "ago"), "fr": ("il y a", None), "es": ("hace", None), "de": ("vor", None),
    "it": (None, "fa"), "pt": ("há", "atrás"), "nl": (None, "geleden"),
}
# "within 3 months", "dentro de dos años": the span from the reference date, not one day.
_WITHIN = {"en": "within", "fr": "d'ici", "es": "dentro de", "de": "innerhalb von|binnen", "it": "entro",
           "pt": "dentro de", "nl": "binnen"}
_IN = {"en": "in", "fr": "dans", "es": "en", "de": "in", "it": "tra|fra", "pt": "daqui a",
       "nl": "over"}

# "the last 3 months", "les 3 prochaines semaines": -1 back from the reference, +1 ahead.
_LAST_NEXT = {
    "en": {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1, "upcoming": 1},
    "fr": {"derniers": -1, "dernières": -1, "prochains": 1, "prochaines": 1},
    "es": {"últimos": -1, "últimas": -1, "pasados": -1, "pasadas": -1, "próximos": 1, "próximas": 1,
           "siguientes": 1},
    "de": {"letzten": -1, "vergangenen": -1, "nächsten": 1, "kommenden": 1, "folgenden": 1},
    "it": {"ultimi": -1, "ultime": -1, "scorsi": -1, "scorse": -1, "passati": -1, "prossimi": 1, "prossime": 1},
    "pt": {"últimos": -1, "últimas": -1, "passados": -1, "próximos": 1, "próximas": 1},
    "nl": {"afgelopen": -1, "laatste": -1, "vorige": -1, "komende": 1, "volgende": 1},
}

# Vague periods ("dans les prochains mois"): relative, no single ISO value.
_VAGUE = {
    "en": r"(?:in|over|during)\s+the\s+(?:coming|next\s+few|past\s+few|last\s+few|recent)\s+(?:days|weeks|months|years)"
          r"|in\s+recent\s+(?:days|weeks|months|years)|(?:these\s+days|nowadays|recently)",
    "fr": r"(?:dans|pour|au\s+cours)\s+(?:les|des)\s+(?:prochain|prochaine|dernier|dernière)s\s+(?:jours|semaines|mois|années)"
          r"|ces\s+dern(?:iers|ières)\s+(?:jours|semaines|mois|années)|récemment|prochainement",
    "es": r"(?:en|durante)\s+(?:los|las)\s+(?:próximos|próximas|últimos|últimas)\s+(?:días|semanas|meses|años)"
          r"|recientemente|próximamente",
    "de": r"in\s+den\s+(?:kommenden|nächsten|letzten|vergangenen)\s+(?:Tagen|Wochen|Monaten|Jahren)"
          r"|kürzlich|demnächst|neulich",
    "it": r"(?:nei|negli|nelle)\s+(?:prossimi|prossime|ultimi|ultime)\s+(?:giorni|settimane|mesi|anni)"
          r"|recentemente|prossimamente",
    "pt": r"(?:nos|nas)\s+(?:próximos|próximas|últimos|últimas)\s+(?:dias|semanas|meses|anos)"
          r"|recentemente|em\s+breve",
    "nl": r"(?:in\s+)?de\s+(?:komende|afgelopen|laatste)\s+(?:dagen|weken|maanden|jaren)|onlangs|binnenkort",
}

# Words that open a range before its first part, and connectors between parts.
_RANGE_OPEN = {"en": "from|between", "fr": "du|de|d'|entre", "es": "del|de|desde|entre", "de": "vom|von|zwischen",
               "it": "dal|dallo|dall'|da|tra|fra", "pt": "de|do|desde|entre", "nl": "van|tussen"}
_RANGE_TO = {"en": "to|until|till|through|thru", "fr": "au|à|jusqu'au|jusqu'à", "es": "al|a|hasta",
             "de": "bis|zum|bis zum", "it": "al|a|fino al", "pt": "a|ao|até", "nl": "tot|t/m|tot en met"}
_RANGE_AND = {"en": "and|&", "fr": "et", "es": "y", "de": "und", "it": "e", "pt": "e", "nl": "en"}
# "since": kept in the span, as the output contract's "depuis 2015".
_SINCE = {"en": "since", "fr": "depuis", "es": "desde", "de": "seit", "it": "dal|dalla|dall'|sin dal",
          "pt": "desde", "nl": "sinds"}
# Before a month alone ("en mars", "in March"), so that "May" or "mars" alone is not a date.
_MONTH_CONTEXT = {
    "en": r"in|since|until|till|by|from|through|during|early|late|mid-?|end\s+of|beginning\s+of|"
          r"start\s+of|middle\s+of|of|to|and|last|next|this|before|after",
    "fr": r"en|depuis|jusqu'en|dès|début|fin|mi-|courant|mois\s+de|mois\s+d'|de|d'|à|et|au|avant|après",
    "es": r"en|desde|hasta|de|a|y|principios\s+de|finales\s+de|mediados\s+de|mes\s+de|fines\s+de",
    "de": r"im|seit|bis|ab|Anfang|Ende|Mitte|von|und|vor|nach|zum|im\s+Monat",
    "it": r"a|in|da|dal|fino\s+a|entro|mese\s+di|inizio|fine|metà|e|di|ad|prima\s+di|dopo",
    "pt": r"em|desde|até|de|a|e|início\s+de|final\s+de|meados\s+de|mês\s+de|fim\s+de",
    "nl": r"in|sinds|tot|vanaf|begin|eind|half|medio|en|van|voor|na",
}
# Boundary modifiers absorbed into the span ("fin mars", "early 2020"): value unchanged.
_MODIFIERS = {
    "en": r"early|late|mid-|mid|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|"
          r"start\s+of|the\s+middle\s+of|middle\s+of",
    "fr": r"début|fin|mi-|courant|à\s+la\s+fin\s+de|au\s+début\s+de|à\s+la\s+mi-|au\s+milieu\s+de|milieu\s+de|"
          r"fin\s+de|début\s+de",
    "es": r"principios\s+de|finales\s+de|mediados\s+de|fines\s+de|comienzos\s+de|inicios\s+de|"
          r"a\s+principios\s+de|a\s+finales\s+de|a\s+mediados\s+de",
    "de": r"Anfang|Ende|Mitte|Anfang\s+des\s+Jahres|Ende\s+des\s+Jahres",
    "it": r"inizio|fine|metà|a\s+metà|all'inizio\s+di|alla\s+fine\s+di|all'inizio\s+del|alla\s+fine\s+del|"
          r"inizio\s+del|fine\s+del",
    "pt": r"início\s+de|inicio\s+de|final\s+de|fim\s+de|meados\s+de|no\s+início\s+de|no\s+final\s+de",
    "nl": r"begin|eind|half|medio|midden",
}
# Weekends: the word, and the determiners that name this week's ("the weekend", "am Wochenende").
_WEEKEND = {"en": "weekend|week-end", "fr": "week-end|weekend|week end", "es": "fin de semana|finde",
            "de": "wochenende", "it": "fine settimana|weekend|week-end", "pt": "fim de semana",
            "nl": "weekend"}
_WEEKEND_THIS = {"en": "the|this|that", "fr": "le|ce|du|au", "es": "el|este|ese|al",
                 "de": "am|dem|das|dieses|diesem|übers", "it": "il|questo|nel|al",
                 "pt": "o|este|neste|no|esse|nesse", "nl": "het|dit|dat"}
# Halves in durations: before a unit ("half an hour", "une demi-journée") and after a number or a unit
# ("two and a half years", "una hora y media").
_HALF = {"en": ("half{_S}+an?", "and{_S}+(?:a{_S}+)?half"), "fr": ("(?:une?{_S}+)?demi-?", "et{_S}+demie?"),
         "es": ("(?:una?{_S}+)?(?:media|medio)", "y{_S}+(?:media|medio)"),
         "de": ("(?:eine?[nms]?{_S}+)?(?:halbe|halben|halbes|halber)", ""),
         "it": ("(?:una?{_S}+)?(?:mezza|mezzo)", "e{_S}+(?:mezza|mezzo)"),
         "pt": ("(?:uma?{_S}+)?(?:meia|meio)", "e{_S}+(?:meia|meio)"),
         "nl": ("(?:een{_S}+)?half", "en{_S}+een{_S}+half")}

# "the week of April 10th": the week around a day.
_WEEK_OF = {"en": r"(?:the\s+)?week\s+(?:of|beginning|commencing|starting(?:\s+on)?)(?:\s+the)?|w/c",
            "fr": r"la\s+semaine\s+du",
            "es": r"la\s+semana\s+(?:del?|que\s+(?:inicia|comienza|va\s+del?)|a\s+partir\s+del?)(?:\s+el)?",
            "de": r"(?:die|der)\s+woche\s+vom", "it": r"la\s+settimana\s+del", "pt": r"a\s+semana\s+de",
            "nl": r"de\s+week\s+van"}

# Counting from a day: "3 days after January 12th", "dans trois jours" is "in"; "two weeks later".
_COUNT_AFTER = {"en": "after|from", "fr": "après", "es": "después de|despues de|a partir de", "de": "nach",
                "it": "dopo", "pt": "depois de|a partir de", "nl": "na"}
_COUNT_BEFORE = {"en": "before", "fr": "avant", "es": "antes de", "de": "vor", "it": "prima di",
                 "pt": "antes de", "nl": "voor"}
_COUNT_LATER = {"en": "later|afterwards|from now|from today", "fr": "plus tard|après", "es": "después|más tarde",
                "de": "später|danach", "it": "dopo|più tardi", "pt": "depois|mais tarde", "nl": "later"}
_COUNT_EARLIER = {"en": "earlier", "fr": "plus tôt|auparavant|avant", "es": "antes", "de": "früher|zuvor|vorher",
                  "it": "prima", "pt": "antes", "nl": "eerder"}

# Fixed-date holidays: (month, day).
_HOLIDAYS = {
    "en": {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
           "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
           "valentine's day": (2, 14), "independence day": (7, 4)},
    "fr": {"noël": (12, 25), "jour de noël": (12, 25), "la saint-sylvestre": (12, 31),
           "jour de l'an": (1, 1), "nouvel an": (1, 1), "fête nationale": (7, 14), "la toussaint": (11, 1),
           "fête du travail": (5, 1)},
    "es": {"navidad": (12, 25), "nochebuena": (12, 24), "nochevieja": (12, 31), "año nuevo": (1, 1),
           "día de reyes": (1, 6)},
    "de": {"weihnachten": (12, 25), "heiligabend": (12, 24), "silvester": (12, 31), "neujahr": (1, 1),
           "tag der arbeit": (5, 1), "tag der deutschen einheit": (10, 3), "allerheiligen": (11, 1),
           "allerseelen": (11, 2), "johannistag": (6, 24), "barbaratag": (12, 4), "nikolaustag": (12, 6),
           "valentinstag": (2, 14), "reformationstag": (10, 31), "mariä himmelfahrt": (8, 15),
           "heilige drei könige": (1, 6), "dreikönigstag": (1, 6), "erster weihnachtsfeiertag": (12, 25),
           "ersten weihnachtsfeiertag": (12, 25), "erster weihnachtstag": (12, 25), "ersten weihnachtstag": (12, 25),
           "zweiter weihnachtsfeiertag": (12, 26), "zweiten weihnachtsfeiertag": (12, 26),
           "zweiter weihnachtstag": (12, 26), "zweiten weihnachtstag": (12, 26)},
    "it": {"natale": (12, 25), "vigilia di natale": (12, 24), "capodanno": (1, 1), "ferragosto": (8, 15),
           "santo stefano": (12, 26)},
    "pt": {"natal": (12, 25), "véspera de natal": (12, 24), "ano novo": (1, 1)},
    "nl": {"kerstmis": (12, 25), "eerste kerstdag": (12, 25), "kerstavond": (12, 24), "oudejaarsavond": (12, 31),
           "nieuwjaarsdag": (1, 1), "koningsdag": (4, 27)},
}

# Holidays counted from Easter Sunday: days after it.
_MOVABLE = {
    "en": {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2, "holy saturday": -1,
           "maundy thursday": -3, "ash wednesday": -46, "ascension day": 39, "pentecost": 49, "whit sunday": 49,
           "whitsun": 49, "whit monday": 50, "corpus christi": 60},
    "fr": {"pâques": 0, "dimanche de pâques": 0, "lundi de pâques": 1, "vendredi saint": -2, "jeudi saint": -3,
           "mercredi des cendres": -46, "jeudi de l'ascension": 39, "pentecôte": 49, "lundi de pentecôte": 50},
    "es": {"domingo de pascua": 0, "domingo de resurrección": 0, "lunes de pascua": 1, "viernes santo": -2,
           "jueves santo": -3, "sábado santo": -1, "miércoles de ceniza": -46, "pentecostés": 49},
    "de": {"ostern": 0, "ostersonntag": 0, "ostermontag": 1, "karfreitag": -2, "karsamstag": -1,
           "gründonnerstag": -3, "aschermittwoch": -46, "rosenmontag": -48, "christi himmelfahrt": 39,
           "pfingsten": 49, "pfingstsonntag": 49, "pfingstmontag": 50, "fronleichnam": 60},
    "it": {"pasqua": 0, "pasquetta": 1, "lunedì dell'angelo": 1, "venerdì santo": -2, "pentecoste": 49},
    "pt": {"páscoa": 0, "domingo de páscoa": 0, "sexta-feira santa": -2, "quarta-feira de cinzas": -46},
    "nl": {"pasen": 0, "eerste paasdag": 0, "tweede paasdag": 1, "goede vrijdag": -2, "hemelvaartsdag": 39,
           "pinksteren": 49, "tweede pinksterdag": 50},
}


def _easter(y: int) -> dt.date:
    """Easter Sunday of year ``y`` (Gregorian calendar, anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


# Quarters: the word, and the ordinals that name one ("third quarter", "3e trimestre", "3. Quartal").
_QUARTER_WORD = {"en": "quarter", "fr": "trimestre", "es": "trimestre", "de": "quartal", "it": "trimestre",
                 "pt": "trimestre", "nl": "kwartaal"}
_QUARTER_ORD = {
    "en": {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4},
    "fr": {"premier": 1, "1er": 1, "deuxieme": 2, "second": 2, "2e": 2, "2eme": 2, "troisieme": 3, "3e": 3,
           "3eme": 3, "quatrieme": 4, "dernier": 4, "4e": 4, "4eme": 4},
    "es": {"primer": 1, "1er": 1, "1o": 1, "1º": 1, "segundo": 2, "2o": 2, "2º": 2, "tercer": 3, "3er": 3, "3o": 3,
           "3º": 3, "cuarto": 4, "4o": 4, "4º": 4},
    "de": {"ersten": 1, "erste": 1, "1.": 1, "zweiten": 2, "zweite": 2, "2.": 2, "dritten": 3, "dritte": 3,
           "3.": 3, "vierten": 4, "vierte": 4, "4.": 4},
    "it": {"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4, "1º": 1, "2º": 2, "3º": 3, "4º": 4},
    "pt": {"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4, "1º": 1, "2º": 2, "3º": 3, "4º": 4},
    "nl": {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4},
}
# Direction words after a quarter besides _DIR_AFTER ("trimestre actual", "trimestre anterior").
_QUARTER_DIR_AFTER = {"es": {"actual": 0, "siguiente": 1}, "fr": {"en cours": 0}, "it": {"successivo": 1},
                      "pt": {"atual": 0, "seguinte": 1}}
# Decades written with digits: "the 1990s", "les années 1990", "los años 90" is left out (century unknown).
_DECADE = {
    "en": r"(?:the{_S}+)?(?P<y>(?:1[6-9]|20)\d0)['’]?s",
    "fr": r"(?:les{_S}+)?annees{_S}+(?P<y>(?:1[6-9]|20)\d0)",
    "es": r"(?:los{_S}+)?anos{_S}+(?P<y>(?:1[6-9]|20)\d0)",
    "de": r"(?:den{_S}+|die{_S}+)?(?P<y>(?:1[6-9]|20)\d0)er(?:{_S}+Jahren?)?",
    "it": r"(?:gli{_S}+)?anni{_S}+(?P<y>(?:1[6-9]|20)\d0)",
    "pt": r"(?:os{_S}+)?anos{_S}+(?P<y>(?:1[6-9]|20)\d0)",
    "nl": r"(?:de{_S}+)?jaren{_S}+(?P<y>(?:1[6-9]|20)\d0)",
}
# Numbered weeks: "week 31", "semaine 12", "KW 14", with an optional year after.
_WEEK_NUM = {"en": "week", "fr": "semaine", "es": "semana", "de": "kw|kalenderwoche|woche", "it": "settimana",
             "pt": "semana", "nl": "week"}

_ORD = r"(?:er|ère|re|e|ème|eme|st|nd|rd|th|º|°|ª|o|\.)?"


def _fold_table() -> dict[int, str]:
    """Accent folding that keeps every offset: each accented Latin letter becomes its base letter."""
    import unicodedata

    table = {ord("’"): "'", ord("ʼ"): "'", ord("‘"): "'"}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[cp] = base
    return table


_FOLD = _fold_table()


def _fold(s: str) -> str:
    """``s`` without accents, same length: "décembre" -> "decembre", so "decembre" matches too."""
    return s.translate(_FOLD)


def _fold_keys(d: dict) -> dict:
    return {_fold(k): (_fold_keys(v) if isinstance(v, dict) else v) for k, v in d.items()}


def _rc(pattern: str, flags: int = re.I) -> re.Pattern[str]:
    return re.compile(_fold(pattern), flags)


# Every table is looked up with accent-folded keys: extraction runs on folded text.
_QUARTER_ORD_F = _fold_keys(_QUARTER_ORD)
for _tbl in (MONTHS, _FULL_MONTHS, WEEKDAYS, _DAY_WORDS, _UNITS, _DIR_BEFORE, _DIR_AFTER, _HOLIDAYS, _LAST_NEXT,
             _MOVABLE):
    _folded = _fold_keys(_tbl)
    _tbl.clear()
    _tbl.update(_folded)


def _lower_alt(words) -> str:
    """``_alt`` of the lowercased words, for a case-sensitive pattern run on lowercased text.

    Such an alternation runs about twice as fast as the same one with
    re.IGNORECASE, which compares letter by letter at every position.
    """
    return _alt({w.lower() for w in words}) if words else r"(?!x)x"


def _alt(words) -> str:
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        out.append(re.escape(w).replace(r"\ ", rf"{_S}+").replace("'", "['’]").replace(r"\-", "[-‐]"))
    return "|".join(out)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: str  # date, range, duration, relative
    a: tuple[int | None, int | None, int | None] = (None, None, None)
    b: tuple[int | None, int | None, int | None] | None = None
    value: str | None = None  # preset ISO value (durations, relative)
    end_value: str | None = None
    day_only_left: bool = False
    warn: str | None = None
    weekday: bool = False  # a weekday alone ("mardi"), absorbed by a date written right after it


@dataclass(frozen=True)
class _Tables:
    lang: str
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_re: re.Pattern[str]
    left_weekday: re.Pattern[str]
    left_day_range: re.Pattern[str]
    left_open: re.Pattern[str]
    left_since: re.Pattern[str]
    left_modifier: re.Pattern[str]
    connector: re.Pattern[str]
    month_context: re.Pattern[str]
    year_block_after: re.Pattern[str]
    year_block_before: re.Pattern[str]
    #: the four word scans that place the windows: lowercase patterns, run on the
    #: lowercased text (see _lower_alt)
    unit_re: re.Pattern[str]
    fullmonth_re: re.Pattern[str]
    month_re: re.Pattern[str]
    gates: dict[str, re.Pattern[str]]
    #: patterns that need one of a few words: a lowercase scan of the lowercased
    #: text for those words decides whether the pattern runs at all
    word_gates: dict[str, re.Pattern[str]]
    count_link: re.Pattern[str] | None = None
    week_of: re.Pattern[str] | None = None
    count_later: re.Pattern[str] | None = None


_DIGIT_SLASH = re.compile(r"\d/\d")
_DIGIT_DASH = re.compile(r"\d-\d")
_DIGIT_RANGE = re.compile(r"\d[/–-]\d")


@lru_cache(maxsize=None)
def _tables(lang: str) -> _Tables:
    base = lang if lang in LANGS else None
    # English month names are common in other languages' datelines ("OTTAWA, Canadá - June 25, 2008")
    months = {**{k: v for k, v in _FULL_MONTHS["en"].items() if k not in ("may", "march")},
              **MONTHS.get(base or "", {})}
    full = _FULL_MONTHS.get(base or "", {})
    weekdays = WEEKDAYS.get(base or "", {})
    mon = _alt(months) if months else r"(?!x)x"
    fullmon = _alt(full) if full else r"(?!x)x"
    wd = _alt(weekdays) if weekdays else r"(?!x)x"
    L = base or "en"
    of = {"es": r"(?:de|del)", "pt": r"(?:de|do)", "en": r"(?:of)", "fr": r"(?:de)", "it": r"(?:del)",
          "de": r"(?:des)", "nl": r"(?:van)"}[L]
    day = rf"(?P<d>[0-3]?\d){_ORD}"
    year = r"(?P<y>(?:1[6-9]|20|21)\d\d)(?!\d)"
    pats: list[tuple[str, str]] = [
        ("iso", r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w/]|-\d)"),
        ("ymd", r"(?<![\w/.-])(?P<y>\d{4})/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\w/])"),
        ("ym", r"(?<![\w/.-])(?P<y>(?:19|20)\d\d)-(?P<m>0?[1-9]|1[0-2])(?![\w/-])"),
        ("numeric", r"(?<![\w/.,-])(?P<p>[0-3]?\d)(?P<s>[./-])(?P<q>[0-3]?\d)(?P=s)"
                    r"(?P<y>\d{4}|(?<=/\d/)\d{2}|(?<=/\d\d/)\d{2})(?![\w/-]|[.,]\d)"),
        ("dm_num", r"(?<![\w/.,:-])(?P<p>[0-3]?\d)/(?P<q>[0-3]?\d)(?![\w/]|[.,]\d)"),
        ("dm_num_de", r"(?<![\w/.,:-])(?P<p>[0-3]?\d)\.(?P<q>[01]?\d)\.(?![\w]|\d)") if L == "de" else ("", ""),
        ("day_month",
         rf"(?<![\w.,/$€£-])(?<![$€£]{_S}){day}(?:{_S}*(?:-|–|/){_S}*(?P<d2>[0-3]?\d){_ORD})?{_S}*(?:{of}{_S}+|de{_S}+)?"
         rf"(?P<mon>{mon})(?![^\W\d_])\.?(?:,?{_S}*(?:{of}{_S}+|de{_S}+)?{year})?"),
        ("month_day",
         rf"(?<![\w])(?P<mon>{mon})(?![^\W\d_])\.?{_S}*(?:the{_S}+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
         rf"(?:{_S}*(?:-|–|to|through){_S}*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?(?![\d:.,]\d|\w)"
         rf"(?:,?{_S}*{year})?"),
        ("day_month_sep", rf"(?<![\w/.-])(?P<d>[0-3]?\d)(?P<s>[/-])(?P<mon>{mon})(?P=s)(?P<y>\d{{4}})(?![\w/-])"),
        ("ymd_mon", rf"(?<![\w/.-])(?P<y>\d{{4}})(?P<s>[/-])(?P<mon>{mon})(?P=s)(?P<d>[0-3]?\d)(?![\w/-])"),
        ("month_day_sep", rf"(?<![\w/.-])(?P<mon>{mon})(?P<s>[/-])(?P<d>[0-3]?\d)(?:(?P=s)(?P<y>\d{{4}}))?(?![\w/]|-\d)"),
        ("month_year", rf"(?<![\w])(?P<mon>{mon})(?![^\W\d_])\.?,?{_S}*(?:{of}{_S}+|de{_S}+)?{year}"),
        ("month", rf"(?<![\w-])(?P<mon>{fullmon})(?![^\W\d_])"),
        # "between August and October", "Jan-Feb 2017", "de noviembre a febrero de 2017"
        ("month_pair", rf"(?<![\w])(?:(?P<open>{_RANGE_OPEN[L]}){_S}+)?(?P<mon>{mon})(?![^\W\d_])\.?{_S}*"
                       rf"(?:[-–]|(?P<to>{_RANGE_TO[L]})|(?P<and>{_RANGE_AND[L]})){_S}*(?P<mon2>{mon})(?![^\W\d_])\.?"
                       rf"(?:,?{_S}*(?:{of}{_S}+|de{_S}+)?{year})?"),
        # "from 10/1 to 11/7", "5/1-5/7/2020", "10/1-11/2/2017"
        ("num_range", rf"(?<![\w/.,-])(?:(?P<open>{_RANGE_OPEN[L]}){_S}+)?(?P<p>[0-3]?\d)/(?P<q>[0-3]?\d)"
                      rf"(?:/(?P<y1>\d{{4}}))?{_S}*(?:[-–]|{_RANGE_TO[L]}){_S}*(?P<p2>[0-3]?\d)/(?P<q2>[0-3]?\d)"
                      rf"(?:/{year})?(?![\w/]|[.,]\d)"),
        ("year_range", r"(?<![\w.,/-])(?P<y>(?:19|20)\d\d)(?:/|[-–]|–)(?P<y2>(?:19|20)\d\d|\d\d)(?![\w/%]|[.,]\d)"),
        ("year", r"(?<![\w.,/+-])(?P<y>(?:19|20)\d\d|2100)(?![\w/%°]|[.,]\d|-\d|:\d)"),
    ]
    if weekdays:
        dwords = _DAY_WORDS[L]
        pats.append(("dayword", rf"(?<![\w-])(?P<w>{_alt(dwords)})(?![\w-])"))
        units = {k: v for k, v in _UNITS[L].items() if v in ("Y", "M", "W")}
        per = _alt(k for k, v in units.items())
        before = _DIR_BEFORE[L]
        after = _DIR_AFTER[L]
        arts = _alt(_ARTICLES[L].split())
        if before:
            pats.append(("period_before", rf"(?<![\w])(?:(?:{arts}){_S}*)?(?P<dir>{_alt(before)}){_S}*(?P<u>{per})(?![\w])"))
            pats.append(("weekday_before", rf"(?<![\w])(?:(?:{arts}){_S}*)?(?P<dir>{_alt(before)}){_S}*(?P<wd>{wd})(?![\w])"))
        if after:
            pats.append(("period_after", rf"(?<![\w])(?:(?:{arts}){_S}*)?(?P<u>{per}){_S}*(?P<dir>{_alt(after)})(?![\w])"))
            pats.append(("weekday_after", rf"(?<![\w])(?:(?:{arts}){_S}*)?(?P<wd>{wd}){_S}*(?P<dir>{_alt(after)})(?![\w])"))
        if L == "fr":
            pats.append(("period_fr_ci", rf"(?<![\w])(?P<dir>ce|cet|cette){_S}*(?P<u>{per})(?:-ci)?(?![\w])"))
        if L == "it":
            pats.append(("period_it", rf"(?<![\w])(?P<dir>quest['’]){_S}*(?P<u>anno)(?![\w])"))
        allunits = _alt(_UNITS[L])
        numw = rf"(?P<n>\d+(?:[.,]\d+)?|[^\W\d_]+(?:[-‐][^\W\d_]+)*)"
        pre, post = _AGO[L]
        if pre:
            pats.append(("ago", rf"(?<![\w])(?:{_alt([pre])}){_S}+{numw}{_S}+(?P<u>{allunits})(?![\w])"))
        if post:
            pats.append(("ago", rf"(?<![\w]){numw}{_S}+(?P<u>{allunits}){_S}+(?:{_alt([post])})(?![\w])"))
        pats.append(("in", rf"(?<![\w])(?:{_IN[L]}){_S}+{numw}{_S}+(?P<u>{allunits})(?![\w])"))
        ahead = _alt(k for k, v in _LAST_NEXT[L].items() if v > 0)
        pats.append(("in", rf"(?<![\w])(?P<within>{_WITHIN[L]}){_S}+(?:(?:the{_S}+)?(?:{ahead}){_S}+)?"
                           rf"{numw}{_S}+(?P<u>{allunits})(?![\w])"))
        pats.append(("duration", rf"(?<![\w.,]){numw}(?:{_S}+|[-‐])(?P<u>{allunits})(?![\w])"))
        pats.append(("duration", rf"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)?)(?P<u>{allunits})(?![\w])"))
        if L == "de":
            pats.append(("dur_quarter_hour", rf"(?<![\w])(?:eine?{_S}+)?(?P<q>drei)?viertelstunde(?![\w])"))
        hb, ah = (x.replace("{_S}", _S) for x in _HALF[L])
        pats.append(("dur_half", rf"(?<![\w]){hb}{_S}*(?P<u>{allunits})(?![\w])"))
        if ah:
            pats.append(("dur_half", rf"(?<![\w.,]){numw}{_S}+(?P<plus>{ah}){_S}+(?P<u>{allunits})(?![\w])"))
            pats.append(("dur_half", rf"(?<![\w.,]){numw}{_S}+(?P<u>{allunits}){_S}+(?P<plus>{ah})(?![\w])"))
        lastnext = _alt(_LAST_NEXT[L])
        pats.append(("span_n", rf"(?<![\w])(?P<dir>{lastnext}){_S}+{numw}{_S}+(?P<u>{allunits})(?![\w])"))
        pats.append(("span_n", rf"(?<![\w]){numw}{_S}+(?P<dir>{lastnext}){_S}+(?P<u>{allunits})(?![\w])"))
        if before:
            pats.append(("month_dir", rf"(?<![\w])(?P<dir>{_alt(before)}){_S}+(?P<mon>{fullmon})(?![\w])"))
        if after:
            pats.append(("month_dir", rf"(?<![\w])(?P<mon>{fullmon}){_S}+(?P<dir>{_alt(after)})(?![\w])"))
        if L == "en":
            pats.append(("day_only", rf"(?<![\w])the{_S}+(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?![\w])"
                                     rf"(?!{_S}*(?:of{_S}+)?(?:{mon}))"))
        pats.append(("vague", rf"(?<![\w])(?:{_VAGUE[L]})(?![\w])"))
        qw = _QUARTER_WORD[L]
        qord = _alt(_QUARTER_ORD[L])
        yof = rf"(?:{_S}*,?{_S}*(?:(?:of|de|del|des|du|van|di|do){_S}+)?(?:(?:the|l'|le|el|il|o|het){_S}+)?{year})?"
        pats.append(("quarter", rf"(?<![\w])(?:(?:the|le|el|il|o|das|im|het|de){_S}+)?(?P<q>{qord}){_S}*{qw}(?![\w]){yof}"))
        pats.append(("quarter", rf"(?<![\w])(?:(?:the|le|el|il|o|das|im|het|de){_S}+)?(?P<q>{qord}){_S}*{qw}(?![\w])"
                                rf"(?:{_S}+(?:of|de|del|des|van|di|do|des){_S}+(?:the|l'|le|el|il|o|het|dem){_S}*"
                                rf"(?P<ythis>year|annee|ano|jahres|anno|jaar))"))
        pats.append(("quarter", rf"(?<![\w])[Qq](?P<qn>[1-4])(?:{_S}*[/-]?{_S}*(?P<y>(?:19|20)\d\d)(?!\d)|{_S}*['’](?P<yy>\d\d)(?!\d))?(?![\w])"))
        pats.append(("quarter", rf"(?<![\w])(?P<y>(?:19|20)\d\d){_S}*[/-]?{_S}*[Qq](?P<qn>[1-4])(?![\w])"))
        qdir_b = _alt({**before, "current": 0, "previous": -1} if L == "en" else before) if before else None
        qdir_a = _alt({**after, **_QUARTER_DIR_AFTER.get(L, {})}) if (after or L in _QUARTER_DIR_AFTER) else None
        if qdir_b:
            pats.append(("quarter_rel", rf"(?<![\w])(?P<dir>{qdir_b}){_S}*{qw}(?![\w])"))
        if qdir_a:
            pats.append(("quarter_rel", rf"(?<![\w]){qw}{_S}*(?P<dir>{qdir_a})(?![\w])"))
        pats.append(("decade", rf"(?<![\w'’])" + _DECADE[L].replace("{_S}", _S) + r"(?![\w])"))
        pats.append(("week_num", rf"(?<![\w])(?:{_WEEK_NUM[L]})\.?{_S}*(?P<w>[1-5]?\d)(?![\w.,]\d|\w)"
                                 rf"(?:{_S}*(?:,|of|de|del|von|van|di|do)?{_S}*{year})?"))
        pats.append(("day_month_words", rf"(?<![\w])(?P<dw>[^\W\d_]+(?:[-‐ ][^\W\d_]+){{0,3}}){_S}+(?:{of}{_S}+|de{_S}+)?(?P<mon>{fullmon})(?![^\W\d_])(?:,?{_S}*(?:{of}{_S}+|de{_S}+)?{year})?"))
        pats.append(("month_day_words", rf"(?<![\w])(?P<mon>{fullmon}){_S}+(?:the{_S}+)?(?P<dw>[^\W\d_]+(?:[-‐ ][^\W\d_]+){{0,2}})(?![^\W\d_])(?:,?{_S}*{year})?"))
        pats.append(("holiday", rf"(?<![\w])(?P<h>{_alt(_HOLIDAYS[L])})(?![\w])(?:{_S}+{year})?"))
        pats.append(("movable", rf"(?<![\w])(?P<h>{_alt(_MOVABLE[L])})(?![\w])(?:{_S}+{year})?"))
        wk = _WEEKEND[L]
        wk_pre = _alt(set(_WEEKEND_THIS[L].split("|")) | set(before))
        wk_post = rf"(?:{_S}+(?P<post>{_alt(after)}))?" if after else ""
        # "the weekend edition", "weekend shifts": a noun after "weekend" makes it an adjective
        wk_noun = (rf"(?!{_S}+(?:edition|shift|trip|break|getaway|pass|show|course|session|workshop|market|event|"
                   rf"festival|visit|program|programme|service|rate|work|staff|team|warrior)s?(?![\w]))"
                   if L == "en" else "")
        pats.append(("weekend", rf"(?<![\w-])(?P<pre>{wk_pre}){_S}+(?P<we>{wk})(?![\w-]){wk_noun}{wk_post}"))
        if after:
            pats.append(("weekend", rf"(?<![\w-])(?:(?:{arts}){_S}+)?(?P<we>{wk}){_S}+(?P<post>{_alt(after)})(?![\w])"))
        pats.append(("weekday", rf"(?<![\w-])(?P<wd>{wd})(?![\w-])"))
    compiled = tuple((name, _rc(p)) for name, p in pats if name)
    open_words = _RANGE_OPEN[L]
    connector = _rc(
        rf"{_S}*(?:[-–—]|(?P<to>{_RANGE_TO[L]})|(?P<and>{_RANGE_AND[L]})){_S}*(?:(?:the|le|el|il|o|den|de){_S}+)?$",
        re.I)
    return _Tables(
        lang=L,
        patterns=compiled,
        months=months,
        weekdays=weekdays,
        weekday_re=_rc(rf"(?P<wd>{_lower_alt(weekdays)})", 0),
        left_weekday=_rc(
            rf"(?:(?:on|le|el|am|il|o|a|op){_S}+)?(?P<wd>{wd})(?:{_S}*(?:,|{_RANGE_AND[L]}|[-–]){_S}*(?:{wd}))*"
            rf",?{_S}*(?P<paren>\()?{_S}*(?:(?:the|le|el|den|il|o){_S}+)?$"),
        left_day_range=_rc(
            rf"(?:(?P<open>{open_words}){_S}*(?:(?:the|le|el|il|o|dem|den){_S}+)?)?(?P<d>[0-3]?\d){_ORD}{_S}*"
            rf"(?:[-–]|(?:{_RANGE_TO[L]}|{_RANGE_AND[L]}))"
            rf"{_S}*(?:(?:the|le|el|il|o|dem|den){_S}+)?$"),
        left_open=_rc(rf"(?<![\w])(?:{open_words}){_S}*(?:(?:the|le|el|il|o|den){_S}+)?$"),
        left_since=_rc(rf"(?<![\w])(?:{_SINCE[L]}){_S}*(?:(?:the|le|el|il|o|den|l['’]){_S}*)?$"),
        left_modifier=_rc(rf"(?<![\w])(?:{_MODIFIERS[L]}){_S}*(?:(?:de|d'|del|des|of)?{_S}*)$"),
        connector=connector,
        month_context=_rc(rf"(?<![\w])(?:{_MONTH_CONTEXT[L]})['’]?{_S}*(?:(?:the|le|la|el|den){_S}+)?$"),
        year_block_after=_rc(
            rf"{_S}*(?:%|‰|pour{_S}*cent|percent|per{_S}*cent|por{_S}*ciento|prozent|per{_S}*cento|procent|"
            rf"€|\$|£|EUR\b|USD\b|euros?\b|dollars?\b|dólares\b|km|kg|tonnes?\b|m²)"),
        fullmonth_re=_rc(rf"(?<![\w])(?:{_lower_alt(full)})(?![\w])", 0),
        month_re=_rc(rf"(?<![^\W\d_])(?:{_lower_alt(months)})(?![^\W\d_])", 0),  # "3maart" too
        gates={"quarter": _rc(rf"{_QUARTER_WORD[L]}|q[1-4]"), "quarter_rel": _rc(_QUARTER_WORD[L]),
               "decade": _rc(r"\d0(?:['’]?s|er)\b|ann[eé]es|a[nñ]os|anni|jaren"),
               "week_num": _rc(rf"(?:{_WEEK_NUM[L]})\.?{_S}*\d"),
               # numbers joined by a slash or a dash, which these patterns need
               **dict.fromkeys(("ymd", "dm_num", "num_range"), _DIGIT_SLASH),
               **dict.fromkeys(("iso", "ym"), _DIGIT_DASH), "year_range": _DIGIT_RANGE},
        word_gates={
            "holiday": _rc(_lower_alt(_HOLIDAYS[L]), 0), "movable": _rc(_lower_alt(_MOVABLE[L]), 0),
            "weekend": _rc(_lower_alt(_WEEKEND[L].split("|")), 0), "dayword": _rc(_lower_alt(_DAY_WORDS[L]), 0),
        } if weekdays else {},
        unit_re=_rc(rf"(?<![^\W\d_])(?:{_lower_alt(_UNITS[L])})(?![\w])", 0) if weekdays else _rc(r"(?!x)x"),
        week_of=_rc(rf"(?<![\w])(?:{_WEEK_OF[L]}){_S}*$") if L in _WEEK_OF else None,
        count_link=_rc(rf"{_S}+(?:(?P<after>{_COUNT_AFTER[L]})|(?P<before>{_COUNT_BEFORE[L]})){_S}+"
                       rf"(?:(?:the|le|la|l'|el|la|dem|der|il|o|a|de){_S}+)?") if weekdays else None,
        count_later=_rc(rf"{_S}+(?:(?P<later>{_COUNT_LATER[L]})|(?P<earlier>{_COUNT_EARLIER[L]}))(?![\w])"
                        rf"(?!{_S}*(?:de|del|d'|di|do|of|the|le|la|les|el|los|las|der|die|dem|den|het)(?![\w]))")
        if weekdays else None,
        year_block_before=_rc(
            rf"(?:[€$£#№]|n°|nº|no\.|nr\.?|art\.|article|iso|version|v\.|page|p\.|more\s+than|over|plus\s+de|"
            rf"más\s+de|mehr\s+als|über|oltre|più\s+di|mais\s+de|meer\s+dan|about|environ|rund|etwa|circa|"
            rf"unos|cerca\s+de|près\s+de|some|up\s+to|jusqu'à|hasta|bis\s+zu|fino\s+a|até|tot){_S}*$"),
    )


def _days_in_month(y: int, m: int) -> int:
    return _cal.monthrange(y, m)[1]


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None:
        if not 1 <= d <= 31:
            return False
        if m is not None and d > _days_in_month(y or 2000, m):
            return False
    return True


def _iso(p: tuple[int | None, int | None, int | None]) -> str | None:
    y, m, d = p
    if y is not None and m is not None and d is not None:
        return f"{y:04d}-{m:02d}-{d:02d}"
    if y is not None and m is not None:
        return f"{y:04d}-{m:02d}"
    if y is not None:
        return f"{y:04d}"
    if m is not None and d is not None:
        return f"--{m:02d}-{d:02d}"
    if m is not None:
        return f"--{m:02d}"
    return None


def _nearest_year(m: int, d: int | None, ref: dt.date) -> int:
    """The year that puts month ``m`` (day ``d``) nearest to the reference date."""
    best, best_gap = ref.year, None
    # 29 February: the nearest leap year, up to four years away
    years = range(ref.year - 4, ref.year + 5) if (m, d) == (2, 29) else (ref.year - 1, ref.year, ref.year + 1)
    for y in years:
        if d is not None and d > _days_in_month(y, m):
            continue
        dd = min(d or 15, _days_in_month(y, m))
        gap = abs((dt.date(y, m, dd) - ref).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = y, gap
    return best


# Vague counts read as three, as "a few days" is read by calendar assistants: "quelques semaines" -> P3W.
_FEW = frozenset({"few", "several", "quelques", "plusieurs", "unos", "unas", "algunos", "algunas", "varios",
                  "varias", "einige", "einigen", "mehrere", "mehreren", "alcuni", "alcune", "diversi", "diverse",
                  "alguns", "algumas", "varios", "enkele", "meerdere"})


def _number(word: str, lang: str) -> float | None:
    w = word.replace(",", ".")
    try:
        return float(w)
    except ValueError:
        pass
    low = word.lower()
    if low in _FEW:
        return 3.0
    if lang == "de" and low.endswith("einhalb") and low != "einhalb":  # "zweieinhalb"
        whole = _number(low[:-7], lang)
        return None if whole is None else whole + 0.5
    if lang == "de" and low == "anderthalb":
        return 1.5
    if low in ("a", "an", "one", "un", "une", "uno", "una", "un", "ein", "eine", "einem", "einen", "einer",
               "um", "uma", "één", "een"):
        return 1.0
    if lang not in LANGS:
        return None
    try:
        return float(text2num(low, lang))
    except (ValueError, TypeError):
        return None


def _shift(ref: dt.date, n: float, unit: str) -> tuple[str, dt.date | None]:
    """``ref`` moved by ``n`` units, as ISO at the unit's precision."""
    n = int(n)
    mult = 1
    if unit[:-1].isdigit():
        mult, unit = int(unit[:-1]), unit[-1]
    n *= mult
    if unit == "D":
        d = ref + dt.timedelta(days=n)
        return d.isoformat(), d
    if unit == "W":
        d = ref + dt.timedelta(weeks=n)
        return d.isoformat(), d
    if unit == "M":
        total = ref.year * 12 + ref.month - 1 + n
        y, m = divmod(total, 12)
        return f"{y:04d}-{m + 1:02d}", None
    if unit == "Y":
        return f"{ref.year + n:04d}", None
    return ref.isoformat(), ref


def _duration(n: float, unit: str) -> str:
    mult = 1
    if unit[:-1].isdigit():
        mult, unit = int(unit[:-1]), unit[-1]
    v = n * mult
    num = str(int(v)) if float(v).is_integer() else f"{v:g}"
    if unit in ("H", "TM", "TS"):
        return f"PT{num}{unit[-1]}"
    return f"P{num}{unit}"


def _add(ref: dt.date, n: int, unit: str) -> dt.date:
    """``ref`` moved by ``n`` calendar units, the day clamped to the month's length."""
    mult = 1
    if unit[:-1].isdigit():
        mult, unit = int(unit[:-1]), unit[-1]
    n *= mult
    if unit == "D":
        return ref + dt.timedelta(days=n)
    if unit == "W":
        return ref + dt.timedelta(weeks=n)
    months = n * 12 if unit == "Y" else n
    y, m = divmod(ref.year * 12 + ref.month - 1 + months, 12)
    return dt.date(y, m + 1, min(ref.day, _days_in_month(y, m + 1)))


def _weekday_date(ref: dt.date, wd: int, direction: int | None, *, by_week: bool = False) -> dt.date:
    """Weekday ``wd`` near ``ref``: in the week ``direction`` weeks away when ``by_week`` ("next Friday" is
    the Friday of next week), else the nearest one in that direction."""
    delta = wd - ref.weekday()
    if by_week and direction:
        return ref + dt.timedelta(days=delta, weeks=direction)
    if direction is not None and abs(direction) > 1:  # "übernächsten Montag"
        step = 1 if direction > 0 else -1
        return _weekday_date(ref, wd, step) + dt.timedelta(weeks=direction - step)
    if direction == -1:
        return ref + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
    if direction == 1:
        return ref + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
    if direction == 0:
        return ref + dt.timedelta(days=delta)
    # bare weekday: the nearest one
    if delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    return ref + dt.timedelta(days=delta)


def _month_of(name: str, t: _Tables) -> int | None:
    return t.months.get(name.lower().rstrip("."))


# Patterns whose matches may start inside an earlier one ("March and May twenty nine").
_OVERLAPPING = frozenset({"day_month_words", "month_day_words"})
# Patterns whose every match holds a month name, and how far around a month name
# they are looked for ("du lundi 14 au mercredi 16 octobre 2024" starts 27
# characters before "octobre"). Scanning only there spares most of the text.
_MONTH_LED = frozenset({"day_month", "month_day", "day_month_sep", "ymd_mon", "month_day_sep", "month_year",
                        "month", "month_pair", "month_dir"})
_WORD_REACH = 80
# Patterns whose every match holds a weekday name or a calendar unit word, scanned
# only within _WORD_REACH of one.
_WORD_LED = {"weekday_before": "weekday", "weekday_after": "weekday", "weekday": "weekday",
             "period_before": "unit", "period_after": "unit", "period_fr_ci": "unit", "period_it": "unit"}


def _around(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    """Windows of _WORD_REACH characters on both sides of ``spans``, overlaps joined."""
    return _merged((max(0, start - _WORD_REACH), min(size, end + _WORD_REACH)) for start, end in spans)


def _merged(windows) -> list[tuple[int, int]]:
    """Overlapping (start, end) windows joined, in order."""
    out: list[tuple[int, int]] = []
    for lo, hi in windows:
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _overlapping(pat: re.Pattern[str], text: str, lo: int, hi: int):
    pos = lo
    while (m := pat.search(text, pos, hi)) is not None:
        yield m
        pos = m.start() + 1


_DAY_MONTH_LINK = frozenset({"de", "del", "of", "the", "des", "van", "di", "do"})


def _day_words(text: str, start: int, end: int, lang: str, *, last: bool) -> tuple[int, int, int] | None:
    """A day of the month written as words inside ``text[start:end]`` ("twenty-first", "neunundzwanzigsten"):
    the day and its span, the last number of the words before a month or the first one after it."""
    toks = [_Tok(m.group(), start + m.start(), start + m.end(), lang)
            for m in re.finditer(r"[^\W\d_]+", text[start:end])]
    if last:  # "diez de octubre", "zehnter des": the connector before the month is not part of the day
        while toks and toks[-1].word.lower() in _DAY_MONTH_LINK:
            toks.pop()
    if not toks:
        return None
    occs = find_numbers(toks, lang, 0.0)
    if not occs:
        return None
    occ = occs[-1] if last else occs[0]
    if (last and occ.end != len(toks)) or (not last and occ.start != 0):
        return None
    v = occ.value
    if not isinstance(v, int) and not float(v).is_integer():
        return None
    if not 1 <= int(v) <= 31:
        return None
    return int(v), toks[occ.start].start, toks[occ.end - 1].end


def _candidates(text: str, t: _Tables, ref: dt.date | None) -> list[_Cand]:
    out: list[_Cand] = []
    L = t.lang
    # patterns built around a calendar unit ("3 ans", "il y a 3 ans") only run near one: much faster
    # Folded text keeps its length when lowercased (the one letter lower() lengthens,
    # "İ", is folded to "I"), so offsets into ``low`` are offsets into ``text``.
    low = text.lower()
    units = [u.span() for u in t.unit_re.finditer(low)]
    windows = [(max(0, start - 60), min(len(text), end + 12)) for start, end in units]
    month_windows = _around([m.span() for m in t.month_re.finditer(low)], len(text))
    led_windows = {"weekday": _around([m.span() for m in t.weekday_re.finditer(low)], len(text)),
                   "unit": _around(units, len(text))}
    full_months = list(t.fullmonth_re.finditer(low))
    searched: dict[re.Pattern[str], bool] = {}
    for g in t.gates.values():
        if g not in searched:
            searched[g] = g.search(text) is not None
    gated = {name: searched[g] for name, g in t.gates.items()}
    gated.update({name: bool(g.search(low)) for name, g in t.word_gates.items()})
    for name, pat in t.patterns:
        if not gated.get(name, True):
            continue  # a cheap scan found nothing the pattern needs (a word, joined digits)
        if name in _UNIT_LED:
            seen: set[tuple[int, int]] = set()
            matches = []
            for lo, hi in windows:
                for m in pat.finditer(text, lo, hi):
                    if m.span() not in seen:
                        seen.add(m.span())
                        matches.append(m)
        elif name in _MONTH_LED:
            # every match holds a month name: scan only around them, with room on both sides
            matches = [m for lo, hi in month_windows for m in pat.finditer(text, lo, hi)]
        elif name in _WORD_LED:
            # likewise around weekday names ("mardi dernier") or calendar units ("la semaine prochaine")
            matches = [m for lo, hi in led_windows[_WORD_LED[name]] for m in pat.finditer(text, lo, hi)]
        elif name in _OVERLAPPING:
            # only near a month name: the words before or after it are read by text2num
            matches = []
            seen_w: set[tuple[int, int]] = set()
            for mm in full_months:
                for m in _overlapping(pat, text, max(0, mm.start() - 45), min(len(text), mm.end() + 60)):
                    if m.span() not in seen_w:
                        seen_w.add(m.span())
                        matches.append(m)
        else:
            matches = pat.finditer(text)
        for m in matches:
            s, e = m.span()
            g = m.groupdict()
            c: _Cand | None = None
            if name in ("iso", "ymd"):
                y, mo, d = int(g["y"]), int(g["m"]), int(g["d"])
                if _valid(y, mo, d):
                    c = _Cand(s, e, "date", (y, mo, d))
            elif name == "ym":
                c = _Cand(s, e, "date", (int(g["y"]), int(g["m"]), None))
            elif name == "numeric":
                p, q = int(g["p"]), int(g["q"])
                y = int(g["y"])
                if y < 100:
                    y += 2000 if y < 50 else 1900
                warn = None
                if L == "en":
                    mo, d = p, q  # month first, as the US and the ISO order
                    if not _valid(y, mo, d) and _valid(y, q, p):
                        mo, d = q, p
                    elif p <= 12 and q <= 12 and p != q and g["s"] == "/":
                        warn = m.group()
                else:
                    d, mo = p, q
                if _valid(y, mo, d):
                    c = _Cand(s, e, "date", (y, mo, d), warn=warn)
            elif name in ("dm_num", "dm_num_de"):
                p, q = int(g["p"]), int(g["q"])
                raw = m.group()
                if raw in ("24/7", "9/11") or (len(g["q"]) < 2 and len(g["p"]) < 2):
                    continue
                day_part = q if L == "en" else p
                if name == "dm_num" and len(g["q"]) < 2 and day_part <= 12 and not re.search(
                        rf"(?:{_alt(t.weekdays) or 'x^'}|\(|\b(?:le|du|au|et|el|al|on|am|den|il|dal|o|a)){_S}*$",
                        text[max(0, s - 15):s], re.I):
                    continue
                d, mo = (q, p) if L == "en" else (p, q)
                if _valid(None, mo, d):
                    c = _Cand(s, e, "date", (None, mo, d))
            elif name in ("day_month", "month_day", "month_year", "month", "day_month_sep", "ymd_mon",
                          "month_day_sep"):
                mo = _month_of(g["mon"], t)
                if mo is None:
                    continue
                mon_text = g["mon"]
                if name == "month":
                    if L == "en" and not mon_text[0].isupper() and mon_text.lower() in ("may", "march"):
                        continue
                    if not t.month_context.search(text, max(0, s - 25), s):
                        continue
                if name in ("month_day", "month_year") and L in ("en", "de", "nl") and not mon_text[0].isupper() \
                        and len(mon_text) <= 3:
                    continue
                if name == "day_month" and len(mon_text) <= 3 and L != "en" and not mon_text[0].isupper() \
                        and mon_text.lower() in ("mar", "set", "sept", "gen"):
                    continue
                if L == "en" and name in ("day_month", "month_day") and mon_text.lower() == "may" \
                        and not mon_text[0].isupper():
                    continue
                if name in ("day_month", "month_year", "month") and m.group().endswith(".") \
                        and mon_text.lower() in _FULL_MONTHS.get(L, {}) and m.end("mon") + 1 == e:
                    e -= 1  # a full month name's dot ends the sentence
                y = int(g["y"]) if g.get("y") else None
                d = int(g["d"]) if g.get("d") else None
                d2 = int(g["d2"]) if g.get("d2") else None
                if not _valid(y, mo, d) or (d2 is not None and (not _valid(y, mo, d2) or d2 <= (d or 0))):
                    continue
                if d2 is not None:
                    c = _Cand(s, e, "range", (y, mo, d), (y, mo, d2))
                else:
                    c = _Cand(s, e, "date", (y, mo, d))
            elif name == "month_pair":
                mo, mo2 = _month_of(g["mon"], t), _month_of(g["mon2"], t)
                if mo is None or mo2 is None or mo == mo2 or (g.get("and") and not g.get("open")):
                    continue
                bad = False
                for mt, k in ((g["mon"], "mon"), (g["mon2"], "mon2")):
                    low = mt.lower()
                    if not mt[0].isupper() and text[m.end(k):m.end(k) + 1] != "." and (
                            (L == "en" and low in ("may", "march")) or (L in ("en", "de", "nl") and len(mt) <= 3)
                            or low in ("mar", "set", "sept", "gen")):
                        bad = True
                if bad:
                    continue
                if not g.get("y") and text[e - 1] == "." and g["mon2"].lower() in _FULL_MONTHS.get(L, {}):
                    e -= 1  # a full month name's dot ends the sentence
                y2 = int(g["y"]) if g.get("y") else None
                y1 = (y2 - 1 if mo > mo2 else y2) if y2 is not None else None
                c = _Cand(s, e, "range", (y1, mo, None), (y2, mo2, None))
            elif name == "num_range":
                p_, q_, p2, q2 = int(g["p"]), int(g["q"]), int(g["p2"]), int(g["q2"])
                has_year = bool(g.get("y") or g.get("y1"))
                # "from 1/3 to 1/2" is a fraction: without a year, one part in two digits and in order
                if not has_year and (not g.get("open") or max(len(g[k]) for k in ("p", "q", "p2", "q2")) < 2):
                    continue
                (m1, d1, m2, d2) = (p_, q_, p2, q2) if L == "en" else (q_, p_, q2, p2)
                y2 = int(g["y"]) if g.get("y") else (int(g["y1"]) if g.get("y1") else None)
                y1 = int(g["y1"]) if g.get("y1") else (y2 - 1 if y2 is not None and (m1, d1) > (m2, d2) else y2)
                if not (_valid(y1, m1, d1) and _valid(y2, m2, d2)) or (not has_year and (m1, d1) >= (m2, d2)):
                    continue
                c = _Cand(s, e, "range", (y1, m1, d1), (y2, m2, d2))
            elif name == "year_range":
                y1, y2 = int(g["y"]), g["y2"]
                y2i = int(y2) if len(y2) == 4 else (y1 // 100) * 100 + int(y2)
                if y2i <= y1 or y2i - y1 > 100:
                    continue
                c = _Cand(s, e, "range", (y1, None, None), (y2i, None, None))
            elif name == "year":
                if t.year_block_after.match(text, e) or t.year_block_before.search(text, max(0, s - 12), s):
                    continue
                c = _Cand(s, e, "date", (int(g["y"]), None, None))
            elif name == "dayword":
                w = g["w"]
                if L == "es" and w.lower() == "manana" and re.search(rf"(?:la|esta|cada|por){_S}+$",
                                                                      text[max(0, s - 8):s], re.I):
                    continue
                if L in ("de", "nl") and w.lower() == "morgen" and (w[0].isupper() and L == "de"):
                    continue
                off = _DAY_WORDS[L][re.sub(rf"{_S}+", " ", w.lower()).replace("’", "'")]
                val = (ref + dt.timedelta(days=off)).isoformat() if ref else None
                c = _Cand(s, e, "relative", value=val)
            elif name in ("period_before", "period_after", "period_fr_ci", "period_it"):
                dword = re.sub(rf"{_S}+", " ", g["dir"].lower()).replace("’", "'")
                direction = {**_DIR_BEFORE[L], **_DIR_AFTER[L], "ce": 0, "cet": 0, "cette": 0,
                             "quest'": 0, "diese": 0, "diesen": 0, "dieses": 0, "this": 0}.get(dword)
                unit = _UNITS[L].get(g["u"].lower())
                if direction is None or unit is None:
                    continue
                val = end_val = None
                if ref:
                    if unit == "W":
                        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=direction)
                        val, end_val = monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
                    else:
                        val = _shift(ref, direction, unit)[0]
                c = _Cand(s, e, "relative", value=val, end_value=end_val)
            elif name in ("weekday_before", "weekday_after", "weekday"):
                wd = t.weekdays.get(g["wd"].lower())
                if wd is None:
                    continue
                direction = None
                if name != "weekday":
                    dword = re.sub(rf"{_S}+", " ", g["dir"].lower())
                    direction = {**_DIR_BEFORE[L], **_DIR_AFTER[L]}.get(dword)
                elif L == "en" and not g["wd"][0].isupper() and not re.search(
                        rf"(?<![\w])(?:on|by|until|till){_S}+$", text[max(0, s - 7):s], re.I):
                    continue
                # "next Friday": the Friday of next week, "last Friday" of last week; "coming Friday" the next one
                by_week = name != "weekday" and dword not in ("coming", "this coming")
                val = _weekday_date(ref, wd, direction, by_week=by_week).isoformat() if ref else None
                c = _Cand(s, e, "relative", value=val, weekday=name == "weekday")
            elif name in ("ago", "in"):
                n = _number(g["n"], L)
                unit = _UNITS[L].get(g["u"].lower())
                if n is None or unit is None or unit in ("H", "TM", "TS"):
                    continue
                if g.get("within"):
                    val = ref.isoformat() if ref else None
                    end_val = _add(ref, int(n), unit).isoformat() if ref and float(n).is_integer() else None
                    c = _Cand(s, e, "relative", value=val, end_value=end_val)
                    out.append(c)
                    continue
                val = _shift(ref, -n if name == "ago" else n, unit)[0] if ref else None
                c = _Cand(s, e, "relative", value=val)
            elif name == "duration":
                n = _number(g["n"], L)
                unit = _UNITS[L].get(g["u"].lower())
                if n is None or unit is None or n <= 0 or n > 1000:
                    continue
                if g["n"].lower() in ("a", "an", "un", "une", "ein", "eine", "een", "uno", "una", "um", "uma") \
                        and unit != "Y":
                    pass
                if g["n"][0].isdigit() and len(g["n"]) == 4 and 1800 <= n <= 2100:
                    continue
                c = _Cand(s, e, "duration", value=_duration(n, unit))
            elif name == "dur_quarter_hour":
                c = _Cand(s, e, "duration", value="PT0.75H" if g.get("q") else "PT0.25H")
            elif name == "dur_half":
                unit = _UNITS[L].get(g["u"].lower())
                n = _number(g["n"], L) if g.get("n") else 0.0
                if unit is None or n is None or n > 1000:
                    continue
                c = _Cand(s, e, "duration", value=_duration(n + 0.5, unit))
            elif name == "span_n":
                n = _number(g["n"], L)
                unit = _UNITS[L].get(g["u"].lower())
                direction = _LAST_NEXT[L].get(re.sub(rf"{_S}+", " ", g["dir"].lower()))
                if n is None or unit is None or unit in ("H", "TM", "TS") or direction is None:
                    continue
                val = end_val = None
                if ref:
                    if direction < 0:
                        val, end_val = _add(ref, -int(n), unit).isoformat(), ref.isoformat()
                    else:
                        val, end_val = (ref + dt.timedelta(days=1)).isoformat(), _add(ref, int(n), unit).isoformat()
                c = _Cand(s, e, "relative", value=val, end_value=end_val)
            elif name == "month_dir":
                mo = _month_of(g["mon"], t)
                dword = re.sub(rf"{_S}+", " ", g["dir"].lower())
                direction = {**_DIR_BEFORE[L], **_DIR_AFTER[L], "ce": 0, "cet": 0, "cette": 0}.get(dword)
                if mo is None or direction is None:
                    continue
                val = None
                if ref:
                    y = ref.year
                    if direction > 0 and mo <= ref.month:
                        y += 1
                    elif direction < 0 and mo >= ref.month:
                        y -= 1
                    val = f"{y:04d}-{mo:02d}"
                c = _Cand(s, e, "relative", value=val)
            elif name == "day_only":
                if not ref:
                    continue
                d = int(g["d"])
                best = None
                for k in (-1, 0, 1):
                    y, m0 = divmod(ref.year * 12 + ref.month - 1 + k, 12)
                    if d <= _days_in_month(y, m0 + 1):
                        cand = dt.date(y, m0 + 1, d)
                        if best is None or abs((cand - ref).days) < abs((best - ref).days):
                            best = cand
                if best is None:
                    continue
                c = _Cand(s, e, "relative", value=best.isoformat())
            elif name == "quarter":
                if g.get("qn"):
                    q = int(g["qn"])
                else:
                    q = _QUARTER_ORD_F[L].get(re.sub(rf"{_S}+", " ", g["q"].lower()).rstrip("."),
                                              _QUARTER_ORD_F[L].get(g["q"].lower()))
                y = int(g["y"]) if g.get("y") else (2000 + int(g["yy"]) if g.get("yy") else None)
                if y is None and ref is not None:  # "the first quarter (of the year)"
                    y = ref.year
                if q is None or y is None:
                    continue
                c = _Cand(s, e, "range", (y, 3 * q - 2, None), (y, 3 * q, None))
            elif name == "quarter_rel":
                dword = re.sub(rf"{_S}+", " ", g["dir"].lower())
                direction = {**_DIR_BEFORE[L], **_DIR_AFTER[L], **_fold_keys(_QUARTER_DIR_AFTER.get(L, {})),
                             "current": 0, "previous": -1}.get(dword)
                if direction is None:
                    continue
                val = end_val = None
                if ref:
                    k = ref.year * 4 + (ref.month - 1) // 3 + direction
                    y, q0 = divmod(k, 4)
                    val, end_val = f"{y:04d}-{3 * q0 + 1:02d}", f"{y:04d}-{3 * q0 + 3:02d}"
                c = _Cand(s, e, "relative", value=val, end_value=end_val)
            elif name == "decade":
                y = int(g["y"])
                c = _Cand(s, e, "range", (y, None, None), (y + 9, None, None))
            elif name == "week_num":
                w = int(g["w"])
                y = int(g["y"]) if g.get("y") else (ref.year if ref else None)
                if y is None or not 1 <= w <= 53:
                    continue
                try:
                    monday = dt.date.fromisocalendar(y, w, 1)
                except ValueError:
                    continue
                sunday = monday + dt.timedelta(days=6)
                c = _Cand(s, e, "range", (monday.year, monday.month, monday.day),
                          (sunday.year, sunday.month, sunday.day))
            elif name in ("day_month_words", "month_day_words"):
                mo = _month_of(g["mon"], t)
                if mo is None or (L == "en" and g["mon"].lower() in ("may", "march") and not g["mon"][0].isupper()):
                    continue
                found = _day_words(text, m.start("dw"), m.end("dw"), L, last=name == "day_month_words")
                if found is None:
                    continue
                d, ds, de_ = found
                y = int(g["y"]) if g.get("y") else None
                if not _valid(y, mo, d):
                    continue
                if name == "day_month_words":
                    s = ds
                else:
                    e = de_ if not g.get("y") else e
                c = _Cand(s, e, "date", (y, mo, d))
            elif name == "movable":
                off = _MOVABLE[L][re.sub(rf"{_S}+", " ", g["h"].lower()).replace("’", "'")]
                if g.get("y"):
                    day_ = _easter(int(g["y"])) + dt.timedelta(days=off)
                    c = _Cand(s, e, "date", (day_.year, day_.month, day_.day))
                elif ref:
                    day_ = min((_easter(y) + dt.timedelta(days=off) for y in (ref.year - 1, ref.year, ref.year + 1)),
                               key=lambda x: abs((x - ref).days))
                    c = _Cand(s, e, "relative", value=day_.isoformat())
                else:
                    c = _Cand(s, e, "relative", value=None)
            elif name == "weekend":
                words = [w for w in (g.get("pre"), g.get("post")) if w]
                dirs = {**_DIR_BEFORE[L], **_DIR_AFTER[L]}
                direction = 0
                for w in words:
                    direction = dirs.get(re.sub(rf"{_S}+", " ", w.lower()), direction)
                val = end_val = None
                if ref:
                    sat = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=5, weeks=direction)
                    val, end_val = sat.isoformat(), (sat + dt.timedelta(days=1)).isoformat()
                c = _Cand(s, e, "relative", value=val, end_value=end_val)
            elif name == "vague":
                c = _Cand(s, e, "relative", value=None)
            elif name == "holiday":
                mo, d = _HOLIDAYS[L][re.sub(rf"{_S}+", " ", g["h"].lower()).replace("’", "'")]
                y = int(g["y"]) if g.get("y") else None
                c = _Cand(s, e, "date", (y, mo, d))
            if c is not None:
                out.append(c)
    return out


_UNIT_LED = frozenset({"duration", "dur_half", "span_n", "ago", "in"})

_KIND_RANK = {"range": 0, "date": 1, "relative": 2, "duration": 3}


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Keep the longest non-overlapping candidates."""
    cands.sort(key=lambda c: (-(c.end - c.start), c.start, _KIND_RANK[c.kind]))
    taken: list[_Cand] = []
    for c in cands:
        if all(c.end <= o.start or c.start >= o.end for o in taken):
            taken.append(c)
    taken.sort(key=lambda c: c.start)
    return taken


def _fill(a, b):
    """Complete the parts ``a`` lacks from ``b`` ("20" .. "22 mars 2024")."""
    y, m, d = a
    by, bm, _ = b
    if m is None and d is not None:
        m = bm
    if y is None and (m == bm or m is None or (m is not None and bm is not None and m <= bm)):
        y = by
    return (y, m, d)


def _merge(text: str, cands: list[_Cand], t: _Tables) -> list[_Cand]:
    out: list[_Cand] = []
    for c in cands:
        # "du 14 au 16/10", "14 et 15/10", "20-22 March", "vom 3. bis 5. Mai"
        if c.kind == "date" and c.a[2] is not None and c.a[1] is not None:
            left = t.left_day_range.search(text, max(0, c.start - 25), c.start)
            prev_end = out[-1].end if out else 0
            if left and left.start() >= prev_end:
                d1 = int(left.group("d"))
                if d1 < c.a[2] and _valid(c.a[0], c.a[1], d1):
                    c = _Cand(left.start(), c.end, "range", (c.a[0], c.a[1], d1), c.a, warn=c.warn)
        if out and c.kind in ("date", "range"):
            p = out[-1]
            if p.kind in ("date", "range") and p.b is None:
                conn = t.connector.fullmatch(text, p.end, c.start) if p.end <= c.start else None
                if conn:
                    opener = t.left_open.search(text, max(0, p.start - 12), p.start)
                    same_grain = (p.a[1] is None) == (c.a[1] is None)
                    if same_grain and (conn.group("and") is None or opener):
                        start = opener.start() if opener else p.start
                        a = _fill(p.a, c.a)
                        b = c.b if c.kind == "range" else c.a
                        out[-1] = _Cand(start, c.end, "range", a, b, warn=p.warn or c.warn)
                        continue
        out.append(c)
    # openers, "since", modifiers and weekdays written before a date belong to its span
    final: list[_Cand] = []
    for c in out:
        prev_end = next((f.end for f in reversed(final) if not f.weekday), 0)
        if c.kind == "range" and c.b is not None:
            op = t.left_open.search(text, max(prev_end, c.start - 12), c.start)
            if op:
                c.start = op.start()
        if c.kind in ("date", "range"):
            lo = max(prev_end, c.start - 30)
            sm = t.left_since.search(text, lo, c.start)
            if sm:
                c.start = sm.start()
            mm = t.left_modifier.search(text, lo, c.start)
            if mm:
                c.start = mm.start()
            if c.a[2] is not None:
                wm = t.left_weekday.search(text, max(prev_end, c.start - 40), c.start)
                if wm:
                    c.start = wm.start("wd") if wm.group("wd") else wm.start()
                    while final and final[-1].weekday and final[-1].start >= c.start:
                        final.pop()
                    if wm.group("paren"):
                        cm = re.match(rf"{_S}*\)", text[c.end:c.end + 3])
                        if cm:
                            c.end += cm.end()
        final.append(c)
    return final


def extract(text: str, lang: str, *, reference: dt.date | None = None) -> tuple[list[DateMention], list[Issue]]:
    """The date mentions of ``text`` and the warnings they raise.

    ``reference`` (the dateline date, else the publication date) gives the
    year of "12 mars" and resolves relative expressions; without it a date
    without year is ``--MM-DD`` and a relative expression has value ``None``.
    A numeric date whose day/month order the language does not settle
    ("03/04/2024" in English, read month first) raises an
    ``AMBIGUOUS_DAY_MONTH`` warning.
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    t = _tables(lang)
    folded = _fold(text)
    phones = phone_spans(text)
    found = [c for c in _candidates(folded, t, reference)
             if not any(c.start < e and s < c.end for s, e in phones)]
    cands = _merge(folded, _select(found), t)
    mentions: list[DateMention] = []
    issues: list[Issue] = []
    for c in cands:
        if c.kind in ("date", "range"):
            a, b = c.a, c.b
            if reference is not None:
                if a[0] is None and a[1] is not None:
                    a = (_nearest_year(a[1], a[2], reference), a[1], a[2])
                if b is not None and b[0] is None and b[1] is not None:
                    if a[0] and a[1] is not None:  # "Nov to March": the March after
                        b = (a[0] if (b[1], b[2] or 0) >= (a[1], a[2] or 0) else a[0] + 1, b[1], b[2])
                    else:
                        b = (a[0] if a[0] and (b[1] >= (a[1] or 0)) else _nearest_year(b[1], b[2], reference),
                             b[1], b[2])
            start = c.start
            if b is None and None not in a and t.week_of is not None:
                wm = t.week_of.search(folded, max(0, c.start - 40), c.start)
                if wm:  # "the week of April 10th": that day's week, Monday to Sunday
                    monday = dt.date(*a) - dt.timedelta(days=dt.date(*a).weekday())  # type: ignore[misc]
                    sunday = monday + dt.timedelta(days=6)
                    start, a, b = wm.start(), (monday.year, monday.month, monday.day), \
                        (sunday.year, sunday.month, sunday.day)
            c.start = start
            value = _iso(a)
            end_value = _iso(b) if b is not None else None
            kind = "range" if b is not None else "date"
            if value is None:
                continue
            if len(value) == 4 and value.startswith("--"):
                # A month with neither year nor reference date ("en mars"): the
                # contract has no month-only form, and the month is relative to a
                # year nobody gave, so it is a relative date left unresolved.
                value, end_value, kind = None, None, "relative"
            if c.warn:
                issues.append(Issue(AMBIGUOUS_DAY_MONTH,
                                    f"ambiguous day/month order in '{c.warn}'; read as {value} (month first)"))
        else:
            value, end_value, kind = c.value, c.end_value, c.kind
        mentions.append(DateMention(text[c.start:c.end], c.start, c.end, value, end_value, kind))  # type: ignore[arg-type]
    if t.count_link is not None and any(m.kind == "duration" for m in mentions):
        mentions = _count_from(text, folded, mentions, t, reference)
    return mentions, issues


_DUR_RE = re.compile(r"P(\d+)([YMWD])")


def _count_from(text: str, folded: str, mentions: list[DateMention], t: _Tables,
                ref: dt.date | None) -> list[DateMention]:
    """A duration counted from a day: "3 days after 12 January", "two weeks before today", "trois ans plus tard"
    (from the reference date), one relative mention with the day it gives."""
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        dm = _DUR_RE.fullmatch(m.value or "") if m.kind == "duration" else None
        if dm is None:
            out.append(m)
            i += 1
            continue
        n, unit = int(dm.group(1)), dm.group(2)
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        link = t.count_link.match(folded, m.end)
        if link and nxt is not None and nxt.start == link.end() and nxt.kind in ("date", "relative") \
                and (nxt.value is None or re.fullmatch(r"\d{4}-\d\d-\d\d", nxt.value)):
            sign = -1 if link.group("before") else 1
            val = None
            if nxt.value:
                val = _add(dt.date.fromisoformat(nxt.value), sign * n, unit).isoformat()
            out.append(DateMention(text[m.start:nxt.end], m.start, nxt.end, val, None, "relative"))
            i += 2
            continue
        later = t.count_later.match(folded, m.end)
        if later:
            sign = -1 if later.group("earlier") else 1
            val = _add(ref, sign * n, unit).isoformat() if ref else None
            out.append(DateMention(text[m.start:later.end()], m.start, later.end(), val, None, "relative"))
            i += 1
            continue
        out.append(m)
        i += 1
    return out
