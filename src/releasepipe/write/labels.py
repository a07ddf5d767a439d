"""The words of the Word outputs, one table per language.

Summaries speak the release's language by default, so a communications
officer can forward one as it is; the digest speaks one language for the whole
batch. Every table has the keys of ``en`` (``tests/write/test_labels.py``
checks it), so adding a language is one table here. Language names (through
``lang.cldr``), month names and number formats come from CLDR through Babel,
not from these tables.
"""

from __future__ import annotations

from datetime import date
from typing import Any

__all__ = ["LABELS", "LANGUAGES", "Labels", "labels_for", "summary_language"]

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "at_a_glance": "At a glance", "who": "Who", "what": "What", "where": "Where", "when": "When",
        "key_figures": "Key figures", "quotes": "Quotes", "contacts": "Press contacts",
        "sources": "Facts and where they come from", "figures": "Figures and dates",
        "people_orgs": "People and organizations", "organizations": "Organizations", "dates": "Dates", "appendix": "About this summary",
        "figure": "Fact", "in_context": "In context", "name": "Name", "role": "Role, organization",
        "first_mention": "First mention", "date": "Date", "as_written": "As written",
        "language": "Language", "confidence": "confidence", "source": "Source file",
        "release_id": "Release id", "content": "Content hash (SHA-256)", "warnings": "Warnings",
        "none_found": "None found.", "no_speaker": "speaker not identified", "untitled": "Untitled release",
        "page": "Page", "embargo": "Embargo", "paragraph": "¶", "bytes": "bytes",
        "digest": "Press release digest", "releases_n": "{n} releases", "release_1": "1 release",
        "from_to": "{start} to {end}", "run_date": "Run of {date}", "what_came_in": "What came in",
        "timeline": "Releases per day", "most_mentioned": "Most mentioned organizations and people",
        "mentions": "mentions", "contents": "Contents", "directory": "Contacts directory",
        "briefs": "The releases", "releases": "Releases", "title": "Title", "undated": "undated",
        "organization": "organization", "person": "person", "location": "place", "across": "Across the batch", "other_names": "Other names", "in_languages": "in {langs}", "colon": ": ",
    },
    "fr": {
        "at_a_glance": "En bref", "who": "Qui", "what": "Quoi", "where": "Où", "when": "Quand",
        "key_figures": "Chiffres clés", "quotes": "Citations", "contacts": "Contacts presse",
        "sources": "Les faits et leur source", "figures": "Chiffres et dates",
        "people_orgs": "Personnes et organisations", "organizations": "Organisations", "dates": "Dates", "appendix": "À propos de ce résumé",
        "figure": "Fait", "in_context": "Dans le texte", "name": "Nom", "role": "Fonction, organisation",
        "first_mention": "Première mention", "date": "Date", "as_written": "Tel qu’écrit",
        "language": "Langue", "confidence": "confiance", "source": "Fichier source",
        "release_id": "Identifiant", "content": "Empreinte du contenu (SHA-256)", "warnings": "Avertissements",
        "none_found": "Aucun.", "no_speaker": "orateur non identifié", "untitled": "Communiqué sans titre",
        "page": "Page", "embargo": "Embargo", "paragraph": "§", "bytes": "octets",
        "digest": "Revue des communiqués", "releases_n": "{n} communiqués", "release_1": "1 communiqué",
        "from_to": "du {start} au {end}", "run_date": "Traitement du {date}", "what_came_in": "Ce qui est arrivé",
        "timeline": "Communiqués par jour", "most_mentioned": "Organisations et personnes les plus citées",
        "mentions": "mentions", "contents": "Sommaire", "directory": "Annuaire des contacts",
        "briefs": "Les communiqués", "releases": "Communiqués", "title": "Titre", "undated": "sans date",
        "organization": "organisation", "person": "personne", "location": "lieu", "across": "Dans l’ensemble des communiqués", "other_names": "Autres noms", "in_languages": "en {langs}", "colon": "\u00a0: ",
    },
    "es": {
        "at_a_glance": "En resumen", "who": "Quién", "what": "Qué", "where": "Dónde", "when": "Cuándo",
        "key_figures": "Cifras clave", "quotes": "Citas", "contacts": "Contactos de prensa",
        "sources": "Los datos y su origen", "figures": "Cifras y fechas",
        "people_orgs": "Personas y organizaciones", "organizations": "Organizaciones", "dates": "Fechas", "appendix": "Sobre este resumen",
        "figure": "Dato", "in_context": "En el texto", "name": "Nombre", "role": "Cargo, organización",
        "first_mention": "Primera mención", "date": "Fecha", "as_written": "Tal como se escribe",
        "language": "Idioma", "confidence": "confianza", "source": "Archivo de origen",
        "release_id": "Identificador", "content": "Huella del contenido (SHA-256)", "warnings": "Avisos",
        "none_found": "Ninguno.", "no_speaker": "orador no identificado", "untitled": "Comunicado sin título",
        "page": "Página", "embargo": "Embargo", "paragraph": "§", "bytes": "bytes",
        "digest": "Resumen de comunicados", "releases_n": "{n} comunicados", "release_1": "1 comunicado",
        "from_to": "del {start} al {end}", "run_date": "Proceso del {date}", "what_came_in": "Lo que llegó",
        "timeline": "Comunicados por día", "most_mentioned": "Organizaciones y personas más citadas",
        "mentions": "menciones", "contents": "Índice", "directory": "Directorio de contactos",
        "briefs": "Los comunicados", "releases": "Comunicados", "title": "Título", "undated": "sin fecha",
        "organization": "organización", "person": "persona", "location": "lugar", "across": "En todos los comunicados", "other_names": "Otros nombres", "in_languages": "en {langs}", "colon": ": ",
    },
    "de": {
        "at_a_glance": "Auf einen Blick", "who": "Wer", "what": "Was", "where": "Wo", "when": "Wann",
        "key_figures": "Kennzahlen", "quotes": "Zitate", "contacts": "Pressekontakte",
        "sources": "Die Fakten und ihre Quelle", "figures": "Zahlen und Daten",
        "people_orgs": "Personen und Organisationen", "organizations": "Organisationen", "dates": "Daten", "appendix": "Über diese Zusammenfassung",
        "figure": "Angabe", "in_context": "Im Text", "name": "Name", "role": "Funktion, Organisation",
        "first_mention": "Erste Erwähnung", "date": "Datum", "as_written": "Im Wortlaut",
        "language": "Sprache", "confidence": "Sicherheit", "source": "Quelldatei",
        "release_id": "Kennung", "content": "Inhaltsprüfsumme (SHA-256)", "warnings": "Hinweise",
        "none_found": "Keine.", "no_speaker": "Sprecher nicht ermittelt", "untitled": "Mitteilung ohne Titel",
        "page": "Seite", "embargo": "Sperrfrist", "paragraph": "Abs.", "bytes": "Bytes",
        "digest": "Pressespiegel", "releases_n": "{n} Mitteilungen", "release_1": "1 Mitteilung",
        "from_to": "{start} bis {end}", "run_date": "Lauf vom {date}", "what_came_in": "Was eingegangen ist",
        "timeline": "Mitteilungen pro Tag", "most_mentioned": "Meistgenannte Organisationen und Personen",
        "mentions": "Nennungen", "contents": "Inhalt", "directory": "Kontaktverzeichnis",
        "briefs": "Die Mitteilungen", "releases": "Mitteilungen", "title": "Titel", "undated": "ohne Datum",
        "organization": "Organisation", "person": "Person", "location": "Ort", "across": "Über alle Mitteilungen", "other_names": "Weitere Namen", "in_languages": "auf {langs}", "colon": ": ",
    },
    "it": {
        "at_a_glance": "In sintesi", "who": "Chi", "what": "Cosa", "where": "Dove", "when": "Quando",
        "key_figures": "Cifre chiave", "quotes": "Citazioni", "contacts": "Contatti stampa",
        "sources": "I fatti e la loro fonte", "figures": "Cifre e date",
        "people_orgs": "Persone e organizzazioni", "organizations": "Organizzazioni", "dates": "Date", "appendix": "Su questo riepilogo",
        "figure": "Dato", "in_context": "Nel testo", "name": "Nome", "role": "Ruolo, organizzazione",
        "first_mention": "Prima menzione", "date": "Data", "as_written": "Come scritto",
        "language": "Lingua", "confidence": "affidabilità", "source": "File di origine",
        "release_id": "Identificativo", "content": "Impronta del contenuto (SHA-256)", "warnings": "Avvisi",
        "none_found": "Nessuno.", "no_speaker": "oratore non identificato", "untitled": "Comunicato senza titolo",
        "page": "Pagina", "embargo": "Embargo", "paragraph": "§", "bytes": "byte",
        "digest": "Rassegna dei comunicati", "releases_n": "{n} comunicati", "release_1": "1 comunicato",
        "from_to": "dal {start} al {end}", "run_date": "Elaborazione del {date}", "what_came_in": "Cosa è arrivato",
        "timeline": "Comunicati al giorno", "most_mentioned": "Organizzazioni e persone più citate",
        "mentions": "menzioni", "contents": "Indice", "directory": "Rubrica dei contatti",
        "briefs": "I comunicati", "releases": "Comunicati", "title": "Titolo", "undated": "senza data",
        "organization": "organizzazione", "person": "persona", "location": "luogo", "across": "In tutti i comunicati", "other_names": "Altri nomi", "in_languages": "in {langs}", "colon": ": ",
    },
    "pt": {
        "at_a_glance": "Em resumo", "who": "Quem", "what": "O quê", "where": "Onde", "when": "Quando",
        "key_figures": "Números-chave", "quotes": "Citações", "contacts": "Contactos de imprensa",
        "sources": "Os factos e a sua origem", "figures": "Números e datas",
        "people_orgs": "Pessoas e organizações", "organizations": "Organizações", "dates": "Datas", "appendix": "Sobre este resumo",
        "figure": "Dado", "in_context": "No texto", "name": "Nome", "role": "Cargo, organização",
        "first_mention": "Primeira menção", "date": "Data", "as_written": "Como escrito",
        "language": "Língua", "confidence": "confiança", "source": "Ficheiro de origem",
        "release_id": "Identificador", "content": "Impressão do conteúdo (SHA-256)", "warnings": "Avisos",
        "none_found": "Nenhum.", "no_speaker": "orador não identificado", "untitled": "Comunicado sem título",
        "page": "Página", "embargo": "Embargo", "paragraph": "§", "bytes": "bytes",
        "digest": "Resumo dos comunicados", "releases_n": "{n} comunicados", "release_1": "1 comunicado",
        "from_to": "de {start} a {end}", "run_date": "Processamento de {date}", "what_came_in": "O que chegou",
        "timeline": "Comunicados por dia", "most_mentioned": "Organizações e pessoas mais citadas",
        "mentions": "menções", "contents": "Índice", "directory": "Lista de contactos",
        "briefs": "Os comunicados", "releases": "Comunicados", "title": "Título", "undated": "sem data",
        "organization": "organização", "person": "pessoa", "location": "lugar", "across": "Em todos os comunicados", "other_names": "Outros nomes", "in_languages": "em {langs}", "colon": ": ",
    },
    "nl": {
        "at_a_glance": "In het kort", "who": "Wie", "what": "Wat", "where": "Waar", "when": "Wanneer",
        "key_figures": "Kerncijfers", "quotes": "Citaten", "contacts": "Perscontacten",
        "sources": "De feiten en hun bron", "figures": "Cijfers en data",
        "people_orgs": "Personen en organisaties", "organizations": "Organisaties", "dates": "Data", "appendix": "Over deze samenvatting",
        "figure": "Gegeven", "in_context": "In de tekst", "name": "Naam", "role": "Functie, organisatie",
        "first_mention": "Eerste vermelding", "date": "Datum", "as_written": "Zoals geschreven",
        "language": "Taal", "confidence": "zekerheid", "source": "Bronbestand",
        "release_id": "Kenmerk", "content": "Inhoudshash (SHA-256)", "warnings": "Waarschuwingen",
        "none_found": "Geen.", "no_speaker": "spreker niet bepaald", "untitled": "Persbericht zonder titel",
        "page": "Pagina", "embargo": "Embargo", "paragraph": "§", "bytes": "bytes",
        "digest": "Persberichtenoverzicht", "releases_n": "{n} persberichten", "release_1": "1 persbericht",
        "from_to": "{start} tot {end}", "run_date": "Verwerking van {date}", "what_came_in": "Wat er binnenkwam",
        "timeline": "Persberichten per dag", "most_mentioned": "Meest genoemde organisaties en personen",
        "mentions": "vermeldingen", "contents": "Inhoud", "directory": "Contactenlijst",
        "briefs": "De persberichten", "releases": "Persberichten", "title": "Titel", "undated": "zonder datum",
        "organization": "organisatie", "person": "persoon", "location": "plaats", "across": "In alle persberichten", "other_names": "Andere namen", "in_languages": "in het {langs}", "colon": ": ",
    },
}

#: The languages summaries can be written in.
LANGUAGES: tuple[str, ...] = tuple(sorted(LABELS))
#: Summaries of a release in a language without a table are written in this one.
DEFAULT = "en"


def summary_language(release_lang: str | None, forced: str | None = None) -> str:
    """The language a summary is written in: ``forced``, else the release's when known."""
    if forced:
        return forced
    base = (release_lang or "").split("-", 1)[0].lower()
    return base if base in LABELS else DEFAULT


class Labels:
    """The words and formats of one language: ``labels["quotes"]``, ``labels.date("2024-10-14")``."""

    def __init__(self, lang: str) -> None:
        if lang not in LABELS:
            raise KeyError(lang)
        self.lang = lang
        from babel import Locale  # here: the command line lists LANGUAGES without loading CLDR

        self._words = LABELS[lang]
        self._locale = Locale.parse(lang)

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def language_name(self, code: str) -> str:
        """``fr`` → "French" (in English), "français" (in French); the code when CLDR has no name
        (:func:`releasepipe.lang.cldr.language_name`: "und" is "Unknown language", "tl" Tagalog)."""
        from ..lang import cldr

        return cldr.language_name((code or "und").split("-", 1)[0].lower(), self.lang)

    def number(self, value: Any) -> str:
        """A number with the language's digit groups, no-break so it never wraps."""
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return str(value)
        from babel.numbers import format_decimal

        shown = format_decimal(value, locale=self._locale, group_separator=True)
        return shown.replace(" ", "\u202f").replace("\u00a0", "\u202f")

    def decimal(self, value: float) -> str:
        """A ratio with two decimals (``0.98`` → "0,98" in French)."""
        from babel.numbers import format_decimal

        return format_decimal(value, format="0.00", locale=self._locale)

    def date(self, iso: str | None) -> str:
        """An ISO date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) in words; anything else as given."""
        from babel.dates import format_date, format_skeleton

        if not iso:
            return ""
        try:
            if len(iso) == 10:
                return format_date(date.fromisoformat(iso), "long", locale=self._locale)
            if len(iso) == 7 and iso[4] == "-":
                return format_skeleton("yMMMM", date(int(iso[:4]), int(iso[5:]), 1), locale=self._locale)
        except (ValueError, KeyError):
            pass
        return iso

    def date_range(self, start: str, end: str) -> str:
        """Two ISO days as one interval in words ("14–16 octobre 2024"); other values joined by a dash."""
        from babel.dates import format_interval

        if len(start) == len(end) == 10:
            try:
                return format_interval(date.fromisoformat(start), date.fromisoformat(end), "yMMMMd",
                                       locale=self._locale)
            except ValueError:
                pass
        return f"{self.date(start)} – {self.date(end)}"

    def short_date(self, iso: str | None) -> str:
        """``2024-10-14`` → "14 Oct 2024" (abbreviated month, for tables; never wrapped)."""
        from babel.dates import format_date

        if not iso or len(iso) != 10:
            return self.date(iso)
        try:
            return format_date(date.fromisoformat(iso), "medium", locale=self._locale).replace(" ", "\u00a0")
        except ValueError:
            return iso

    def join(self, items: list[str]) -> str:
        """"a, b and c" as the language lists things."""
        from babel.lists import format_list

        return format_list(items, locale=self._locale) if items else ""


_CACHE: dict[str, Labels] = {}


def labels_for(lang: str) -> Labels:
    """The (cached) labels of ``lang``, which must be one of :data:`LANGUAGES`."""
    found = _CACHE.get(lang)
    if found is None:
        found = _CACHE[lang] = Labels(lang)
    return found
