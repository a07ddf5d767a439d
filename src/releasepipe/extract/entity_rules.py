"""Word lists and token patterns for entities: what press releases write, per language.

Data only: ``entities`` and ``roles`` decide what to do with it. Languages
are ISO 639-1 codes; a language not listed here gets the union of the lists
(a name is a name), which keeps the rule-based cleanup useful without a model
of its own.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import chain
from typing import Any

LANGS = ("fr", "en", "es", "de")

#: Articles and elided forms that open a span but are not part of a name.
ARTICLES: dict[str, frozenset[str]] = {
    "fr": frozenset({"le", "la", "les", "l'", "l’", "d'", "d’", "du", "des", "de", "qu'", "qu’",
                     "un", "une", "au", "aux"}),
    "en": frozenset({"the", "a", "an"}),
    "es": frozenset({"el", "la", "los", "las", "del", "al", "un", "una"}),
    "de": frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem"}),
}

#: Courtesy titles written before a name; they go into aliases, never into the name.
HONORIFICS: frozenset[str] = frozenset({
    "m.", "mm.", "mme", "mmes", "mlle", "me", "dr", "dr.", "dre", "dre.", "pr", "pr.", "pre", "pre.", "prof", "prof.",
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "dame", "lord", "lady",
    "sr", "sr.", "sra", "sra.", "srta", "srta.", "doña", "dña", "dña.",
    "herr", "frau", "hr.", "fr.",
})

#: Particles that may open a person's name in lower case (de Castro, von der Leyen).
PARTICLES: frozenset[str] = frozenset({
    "de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den", "ter",
    "le", "la", "al", "el", "bin", "ben", "ibn", "y", "zu",
})

#: Weekdays and months: the small models tag them as places or people.
CALENDAR: dict[str, frozenset[str]] = {
    "fr": frozenset("lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier mars avril "
                    "mai juin juillet août aout septembre octobre novembre décembre decembre".split()),
    "en": frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april "
                    "may june july august september october november december jan feb mar apr jun jul aug "
                    "sep sept oct nov dec".split()),
    "es": frozenset("lunes martes miércoles miercoles jueves viernes sábado sabado domingo enero febrero marzo "
                    "abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre".split()),
    "de": frozenset("montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar jänner "
                    "februar märz april mai juni juli august september oktober november dezember".split()),
}

#: Labels of a release's furniture (contact lines, kickers): never a name on their own.
LABEL_WORDS: frozenset[str] = frozenset({
    "tel", "tél", "tel.", "tél.", "téléphone", "telephone", "phone", "teléfono", "telefon", "mobile", "portable",
    "móvil", "movil", "handy", "fax", "email", "e-mail", "mail", "courriel", "correo", "web", "site", "website",
    "contact", "contacts", "contacto", "kontakt", "communiqué", "communique", "presse", "press", "prensa",
    "release", "comunicado", "pressemitteilung", "pressemeldung", "media", "médias", "medios", "medien",
    "note", "notes", "nota", "editors", "éditeurs", "redacción", "redaktion", "embargo", "source", "fuente",
    "quelle", "photo", "foto", "crédit", "credit", "copyright", "www", "http", "https", "url", "info",
})

#: Words that make a span an organization whatever the model said ("Ambassade de France" is no place).
ORG_HEADS: frozenset[str] = frozenset({
    "ministère", "ministre", "ministry", "ministerio", "ambassade", "embassy", "embajada", "botschaft",
    "consulat", "consulate", "consulado", "konsulat", "département", "department", "departamento",
    "université", "university", "universidad", "universität", "fondation", "foundation", "fundación",
    "stiftung", "association", "asociación", "verein", "agence", "agency", "agencia", "agentur",
    "organisation", "organization", "organización", "organisación", "commission", "comisión", "kommission",
    "secrétariat", "secretariat", "secretaría", "sekretariat", "institut", "institute", "instituto",
    "council", "conseil", "consejo", "rat", "parlement", "parliament", "parlamento", "parlament",
    "company", "compagnie", "compañía", "société", "sociedad", "gesellschaft", "inc", "inc.", "ltd",
    "ltd.", "gmbh", "s.a.", "e.v.", "group", "groupe", "grupo", "gruppe", "office", "oficina",
    "amt", "bundesamt", "tribunal", "court", "gericht", "bureau", "büro", "programme", "program",
    "programa", "network", "réseau", "netzwerk", "alliance", "alianza", "allianz", "union",
    "unión", "federation", "fédération", "federación", "coalition", "coalición", "forces", "army",
    "armée", "ejército", "police", "policía", "polizei", "software", "systems", "technologies",
    "labs", "solutions", "communications", "corporation", "corp", "corp.", "llc", "ag", "plc",
    "microsystems", "relations", "ayuntamiento", "mairie", "municipalité", "rathaus",
    "party", "partei", "partido", "partito", "partij",
})

#: Head words of bodies in languages that inflect them, as base forms (a name's words are
#: lemmatized before they are looked up: "Rady Europejskiej" holds "rada", "Минздраве" is no head
#: but "Министерстве" holds "министерство"). A span holding one is an organization, never a
#: person after a function ("przewodniczący Rady Europejskiej") nor a place.
ORG_HEAD_LEMMAS: dict[str, frozenset[str]] = {
    "pl": frozenset({"rada", "komisja", "parlament", "partia", "unia", "bank", "ministerstwo", "instytut",
                     "agencja", "fundacja", "stowarzyszenie", "związek", "urząd", "izba", "sąd", "trybunał",
                     "spółka", "uniwersytet", "organizacja", "komitet", "kongres", "senat", "sejm", "rząd",
                     "kancelaria", "departament", "federacja", "konfederacja", "sojusz", "liga", "front",
                     "zgromadzenie", "wspólnota", "koncern", "grupa", "biuro", "inspektorat", "akademia"}),
    "ru": frozenset({"совет", "комиссия", "парламент", "партия", "союз", "банк", "министерство", "институт",
                     "агентство", "фонд", "ассоциация", "ведомство", "управление", "палата", "суд",
                     "университет", "организация", "комитет", "конгресс", "центр", "компания", "корпорация",
                     "служба", "общество", "правительство", "кабинет", "департамент", "федерация",
                     "конфедерация", "альянс", "ассамблея", "арбитраж", "бундестаг", "сейм", "дума",
                     "концерн", "холдинг", "академия", "бюро", "инспекция", "объединение"}),
    "uk": frozenset({"рада", "комісія", "парламент", "партія", "союз", "банк", "міністерство", "інститут",
                     "агентство", "фонд", "асоціація", "відомство", "управління", "палата", "суд",
                     "університет", "організація", "комітет", "конгрес", "центр", "компанія", "корпорація",
                     "служба", "товариство", "уряд", "кабінет", "департамент", "федерація", "альянс",
                     "асамблея", "концерн", "холдинг", "академія", "бюро", "інспекція", "об'єднання"}),
    "cs": frozenset({"rada", "komise", "parlament", "strana", "unie", "banka", "ministerstvo", "institut",
                     "agentura", "nadace", "sdružení", "svaz", "úřad", "komora", "soud", "univerzita",
                     "organizace", "výbor", "kongres", "senát", "vláda", "společnost", "federace", "aliance"}),
}

#: Common nouns written just before a company's, agency's or party's name, as base forms
#: ("koncern Pfizer", "агентство Reuters", "авиакомпания Ryanair", "la société Acme"): the name
#: after one is an organization whatever the model said.
ORG_INTRODUCERS: dict[str, frozenset[str]] = {
    "pl": frozenset({"firma", "spółka", "koncern", "agencja", "przewoźnik", "partia", "bank", "fundusz",
                     "fundacja", "stowarzyszenie", "związek", "organizacja", "holding", "grupa", "producent",
                     "operator", "linia", "ugrupowanie", "korporacja", "giełda"}),
    "ru": frozenset({"компания", "корпорация", "концерн", "агентство", "авиакомпания", "авиаперевозчик",
                     "лоукостер", "перевозчик", "банк", "фонд", "партия", "холдинг", "группа", "оператор",
                     "производитель", "организация", "ассоциация", "профсоюз", "движение", "фирма",
                     "издание", "информагентство", "телеканал"}),
    "uk": frozenset({"компанія", "корпорація", "концерн", "агентство", "авіакомпанія", "перевізник", "банк",
                     "фонд", "партія", "холдинг", "група", "оператор", "виробник", "організація",
                     "асоціація", "профспілка", "рух", "фірма", "видання", "телеканал"}),
    "cs": frozenset({"firma", "společnost", "koncern", "agentura", "dopravce", "strana", "banka", "fond",
                     "nadace", "sdružení", "svaz", "organizace", "holding", "skupina", "výrobce", "operátor"}),
    "fr": frozenset({"société", "entreprise", "groupe", "compagnie", "association", "agence", "parti",
                     "banque", "fondation", "syndicat", "fabricant", "opérateur", "éditeur", "constructeur"}),
    "es": frozenset({"empresa", "compañía", "grupo", "aerolínea", "asociación", "agencia", "partido", "banco",
                     "fundación", "sindicato", "fabricante", "operador", "firma", "multinacional"}),
    "en": frozenset({"company", "firm", "carrier", "airline", "agency", "party", "bank", "group", "union",
                     "manufacturer", "operator", "charity", "nonprofit", "non-profit", "startup", "start-up"}),
    "de": frozenset({"firma", "konzern", "unternehmen", "gesellschaft", "agentur", "partei", "bank",
                     "stiftung", "verein", "verband", "gewerkschaft", "hersteller", "betreiber",
                     "fluggesellschaft", "airline"}),
}


#: Head words of ``ORG_HEADS`` that name a firm only after a proper name ("Acme Software", "Sun
#: Microsystems"): after common words they make a concept or a product ("Free Software",
#: "Software Libre", "Legal Programme").
WEAK_ORG_HEADS: frozenset[str] = frozenset({
    "software", "systems", "technologies", "labs", "solutions", "communications", "relations",
    "microsystems", "programme", "program", "programa", "network", "réseau", "netzwerk",
})

#: Last words of the names of laws and legal texts: "Digital Markets Act", "Product Liability
#: Directive", "Loi Travail", "Ley de Transparencia" are no bodies.
LAW_WORDS: frozenset[str] = frozenset({
    "act", "directive", "regulation", "law", "bill", "treaty", "loi", "règlement", "reglement", "ley",
    "reglamento", "directiva", "gesetz", "richtlinie", "verordnung", "direttiva", "regolamento", "legge",
    "richtlijn", "verordening", "wet",
})


#: Prepositions after which a capitalised name is a place ("attack in al-Hilla").
LOCATIVES: dict[str, frozenset[str]] = {
    "fr": frozenset({"à", "en", "au", "aux", "vers"}),
    "en": frozenset({"in", "at", "near", "to", "from"}),
    "es": frozenset({"en", "a", "hacia", "desde"}),
    "de": frozenset({"in", "nach", "bei", "aus"}),
}

#: Prepositions after which a name the model took for an organization or a people is a place
#: ("attacks in Saraqib", "cerca de Goma"); narrower than ``LOCATIVES`` ("sent to Microsoft").
PLACE_PREPOSITIONS: dict[str, frozenset[str]] = {
    # French "à" and "aux" introduce as many clubs, firms and shows as places ("aux Flames de Calgary")
    "fr": frozenset(),
    "en": frozenset({"in", "near", "around", "outside", "across", "throughout"}),
    # Spanish "en" as often introduces a firm, a channel or a show ("en PepsiCo", "en Channel 4")
    "es": frozenset(),
    "de": frozenset({"in", "nahe"}),
}

#: Nouns of settlements and divisions: "the town of Jarablus", "la ville de Goma", "la provincia de Ica",
#: "Idlib province". A name written with one of them is a place.
PLACE_NOUNS: frozenset[str] = frozenset({
    "town", "towns", "city", "cities", "village", "villages", "province", "provinces", "region", "regions",
    "district", "districts", "governorate", "county", "municipality", "suburb", "suburbs", "neighbourhood",
    "neighborhood", "island", "islands", "port", "capital", "area", "areas", "countries", "country",
    "ville", "villes", "village", "commune", "communes", "région", "département", "canton", "quartier",
    "île", "îles", "pays", "capitale", "localité",
    "ciudad", "ciudades", "pueblo", "pueblos", "provincia", "región", "municipio", "departamento", "comuna",
    "barrio", "isla", "islas", "país", "capital", "localidad", "comunidad",
    "stadt", "städte", "dorf", "gemeinde", "provinz", "region", "bezirk", "landkreis", "kanton",
})
#: Words joining such a noun to the name ("of", "de").
PLACE_OF: frozenset[str] = frozenset({"of", "de", "d'", "d’", "du", "del", "von"})

#: Possessives: a name written after one is a thing ("its App Store", "su Play Store"), not a person.
#: "my" is left out: "ma Catherine" is a person.
POSSESSIVES: dict[str, frozenset[str]] = {
    "fr": frozenset({"son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos"}),
    "en": frozenset({"its", "their", "our", "your"}),
    "es": frozenset({"su", "sus", "nuestro", "nuestra", "nuestros", "nuestras", "vuestro", "vuestra"}),
    "de": frozenset({"sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer",
                     "unser", "unsere", "unserem", "unseren", "unserer"}),
}

#: Endings of abstract nouns: a two-word "person" ending in one ("Platform Neutrality",
#: "Data Sovereignty", "Souveraineté Numérique") is a capitalised concept, not a name.
#: Endings shared with surnames ("Lawrence", "Clement", "Bashung", "Guinness", "Palencia") are left out.
ABSTRACT_ENDINGS: tuple[str, ...] = (
    "ity", "ism", "ship", "dom", "tion", "sion", "ité", "isme", "ción", "sión", "idad", "ismo", "ität",
    "ismus", "heit", "keit",
)

#: Words joining the conjuncts of an enumeration ("Saraqib and Taftanaz", "Lyon et Lille").
COORDINATIONS: frozenset[str] = frozenset({",", "and", "or", "et", "ou", "y", "e", "o", "u", "und", "oder",
                                           "i", "oraz", "lub", "albo", "и", "или", "та", "і", "й", "nebo"})

#: Head words of bodies that the rule components below turn into ORG spans when a name follows
#: ("Fondation pour la Mer", "Universidad de Granada").
BODY_HEADS: dict[str, frozenset[str]] = {
    "fr": frozenset({"fondation", "association", "institut", "université", "comité", "commission",
                     "conseil", "fédération", "société", "académie", "observatoire", "collectif"}),
    "en": frozenset({"foundation", "association", "institute", "university", "center", "centre", "committee",
                     "council", "federation", "society", "academy", "college", "school", "observatory",
                     "bureau", "board", "authority", "court", "tribunal"}),
    "es": frozenset({"fundación", "asociación", "instituto", "universidad", "centro", "comité", "comisión",
                     "consejo", "federación", "sociedad", "academia", "observatorio", "colectivo",
                     "fundação", "associação"}),
    "de": frozenset({"stiftung", "verein", "verband", "institut", "universität", "hochschule", "zentrum",
                     "gesellschaft", "akademie", "ausschuss", "kommission", "rat"}),
}
#: Words that end an organization's name in English and German ("Harbour Light Foundation", "Acme GmbH",
#: "Freedom of the Seas Foundation"): a run of capitalised words before one is an ORG span.
ORG_SUFFIXES: frozenset[str] = frozenset({
    "foundation", "association", "institute", "university", "society", "federation", "alliance", "coalition",
    "council", "committee", "commission", "agency", "academy", "club", "network", "initiative",
    "consortium", "collective", "trust", "fund", "cooperative", "inc", "inc.", "ltd", "ltd.", "llc", "plc",
    "gmbh", "ag", "e.v.", "s.a.", "s.l.", "sarl", "sas", "corp", "corp.", "corporation", "cic", "ev",
    "stiftung", "verein", "verband", "gesellschaft", "fondation", "fundación",
})

#: Head words of official bodies that the rule components below turn into ORG spans.
ORG_TRIGGERS: dict[str, frozenset[str]] = {
    "fr": frozenset({"ministère", "ambassade", "consulat", "haut-commissariat", "secrétariat",
                     "délégation", "préfecture", "direction", "agence", "office", "commissariat"}),
    "en": frozenset({"ministry", "embassy", "consulate", "department", "secretariat", "delegation",
                     "office", "agency", "commission"}),
    "es": frozenset({"ministerio", "embajada", "consulado", "secretaría", "delegación", "consejería",
                     "dirección", "agencia", "oficina"}),
    "de": frozenset({"ministerium", "bundesministerium", "landesministerium", "botschaft", "konsulat",
                     "generalkonsulat", "bundesamt", "landesamt", "staatsministerium", "senatsverwaltung"}),
}

#: Prepositions inside an official body's name ("Ministère de l'Europe et des Affaires …").
ORG_PREPOSITIONS: dict[str, frozenset[str]] = {
    "fr": frozenset({"de", "du", "des", "d'", "d’", "pour", "aux", "sur"}),
    "en": frozenset({"of", "for", "on"}),
    "es": frozenset({"de", "del", "para", "por", "sobre"}),
    "de": frozenset({"für", "der", "des", "von", "zur", "zum"}),
}
#: Articles that may follow such a preposition ("of the", "de la").
ORG_ARTICLES: dict[str, frozenset[str]] = {
    "fr": frozenset({"la", "le", "les", "l'", "l’"}),
    "en": frozenset({"the"}),
    "es": frozenset({"la", "las", "los", "el"}),
    "de": frozenset({"der", "die", "das"}),
}
#: Coordinations inside a name; never followed by an article, which would start another name
#: ("Ministry of Health and Social Care", not "Ministry of Health and the Embassy").
ORG_COORDINATIONS: dict[str, frozenset[str]] = {
    "fr": frozenset({"et"}), "en": frozenset({"and", "&"}), "es": frozenset({"y", "e"}), "de": frozenset({"und"}),
}


#: Beginnings of words that name a function ("directrice", "Secretary", "Leiterin").
#: German compounds ("Entwicklungsleiter", "FSFE-Präsident") are matched inside the word.
ROLE_STEMS: tuple[str, ...] = (
    # heads of things
    "president", "présiden", "presidente", "presidenta", "präsident", "vice", "vize", "chair",
    "vorsitz", "director", "directeu", "directric", "directora", "direktor", "manager", "managing",
    "gestor", "gerente", "geschäftsführ", "leiter", "leader", "lead", "co-lead", "head", "chef", "cheffe",
    "chief", "jefe", "jefa", "responsable", "coordinator", "coordinat", "coordinad", "koordinat",
    "ceo", "cto", "cfo", "coo", "cio", "founder", "co-founder", "fondat", "cofondat", "fundador",
    "gründer", "owner", "propriét", "partner", "associé", "general", "général",
    # public office
    "minister", "ministre", "ministro", "ministra", "secretary", "secrétaire", "secretari", "secretario",
    "sekretär", "staatssekretär", "ambassador", "ambassadeu", "ambassadric", "embajador", "botschafter",
    "envoy", "envoyé", "enviad", "gesandt", "commissioner", "commissaire", "comisari", "kommissar",
    "governor", "gouverneu", "gobernador", "mayor", "maire", "alcalde", "alcaldesa", "bürgermeister",
    "kanzler", "chancel", "premier", "prime", "deputy", "adjoint", "adjunt", "stellvertret",
    "representative", "représentant", "representant", "vertreter", "delegate", "délégué", "delegad",
    "spokes", "porte-parole", "portavoz", "sprecher", "senator", "sénateur", "senador",
    "député", "diputad", "abgeordnet", "rapporteu", "relator", "berichterstatt", "officer", "official",
    "king", "queen", "roi", "reine", "rey", "reina", "könig", "prince", "princesse", "príncipe",
    # the armed forces
    "commander", "commandant", "comandante", "kommandeur", "colonel", "coronel", "oberst", "captain",
    "capitaine", "capitán", "general", "gen.", "admiral", "amiral", "almirante", "lieutenant", "teniente",
    "sergeant", "sargento", "major",
    # professions quoted in releases
    "expert", "experto", "experta", "experte", "consultant", "consultor", "consultora", "berater",
    "conseill", "adviser", "advisor", "asesor", "asesora", "analyst", "analista", "strateg", "stratèg",
    "researcher", "chercheu", "investigador", "forscher", "scientist", "scientifique", "científic",
    "wissenschaftl", "professor", "professeu", "profesor", "lawyer", "avocat", "abogad", "anwalt",
    "anwält", "attorney", "jurist", "juriste", "author", "auteur", "autor", "editor", "rédact", "redact",
    "journalist", "periodist", "correspond", "engineer", "ingénieu", "ingenier", "ingenieur", "developer",
    "développeu", "desarrollad", "entwickler", "designer", "creator", "créat", "creador", "economist",
    "économist", "economista", "ökonom", "doctor", "médecin", "médico", "arzt", "ärztin", "campaigner",
    "activist", "activista", "militant", "administrat", "superviso", "inspect", "treasurer", "trésori",
    "tesorer", "schatzmeist", "member", "membre", "miembro", "mitglied", "fellow", "chargé", "encargad",
    "beauftragt", "attaché", "agregad",
)

#: Acronyms of one body in several languages: a release writing two of them means one entity.
ACRONYM_GROUPS: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in (
    "IOM OIM", "UNHCR HCR ACNUR", "WHO OMS WGO", "UN ONU UNO VN", "EU UE", "NATO OTAN", "WFP PAM",
    "UNDP PNUD", "ICRC CICR IKRK", "IMF FMI IWF", "WTO OMC", "ILO OIT BIT", "UNEP PNUE PNUMA",
    "OECD OCDE OCDE", "AU UA", "ECOWAS CEDEAO", "UNICEF FISE", "UNFPA FNUAP", "OCHA BCAH",
    "IFAD FIDA", "UNODC ONUDC", "FSFE", "ECB BCE EZB", "EIB BEI", "IAEA AIEA OIEA", "ICC CPI IStGH",
    "OSCE OSZE", "WMO OMM", "FAO",
))


def _cap(extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """A token that opens with a capital letter (Latin-1 range covers fr/en/es/de)."""
    token: dict[str, Any] = {"TEXT": {"REGEX": r"^[A-ZÀ-ÖØ-Þ]"}}
    token.update(extra or {})
    return token


def _words(table: dict[str, frozenset[str]], lang: str) -> list[str]:
    langs = [lang] if lang in table else list(LANGS)
    return sorted(set(chain.from_iterable(table[x] for x in langs)))


def org_patterns(lang: str) -> list[dict[str, Any]]:
    """Entity-ruler patterns that make official bodies ORG spans in ``lang``.

    "Ministère de l'Intérieur", "Ambassade de France", "Ministry of Foreign
    Affairs", "U.S. Embassy", "Ministerio de Asuntos Exteriores y Cooperación",
    "Bundesministerium für Bildung und Forschung". Token patterns cannot repeat
    a group, so every shape is listed and the ruler keeps the longest match.
    """
    triggers = _words(ORG_TRIGGERS, lang)
    prep = {"LOWER": {"IN": _words(ORG_PREPOSITIONS, lang)}}
    article = {"LOWER": {"IN": _words(ORG_ARTICLES, lang)}, "OP": "?"}
    coord = {"LOWER": {"IN": _words(ORG_COORDINATIONS, lang)}}
    # capitalised words that are not themselves the head of another body
    name = _cap({"LOWER": {"NOT_IN": triggers}, "OP": "+"})
    # post-nominal adjective, lower case in French and Spanish ("Affaires étrangères"):
    # kept only when another part of the name follows.
    adjective = {"IS_LOWER": True, "IS_STOP": False, "IS_PUNCT": False, "OP": "?"}
    if lang == "de":
        # German capitalises every noun: the head is a word ending in a trigger ("Bundesministerium").
        trigger = {"LOWER": {"REGEX": "(" + "|".join(sorted(ORG_TRIGGERS["de"])) + ")$"}}
    else:
        trigger = _cap({"LOWER": {"IN": triggers}})
    first = [prep, article, name]
    more = ([adjective, prep, article, name], [adjective, coord, name], [adjective, coord, prep, article, name])
    tails = [first] + [first + m for m in more] + [first + m + n for m in more for n in more]
    patterns = [{"label": "ORG", "pattern": [trigger] + tail, "id": "official-body"} for tail in tails]
    if lang not in ("fr", "es"):
        # "U.S. Embassy", "Iraqi Ministry of Defense", "Deutsche Botschaft": English and
        # German put capitalised words before the head (French and Spanish put them after).
        before = _cap({"IS_STOP": False, "LOWER": {"NOT_IN": triggers}, "OP": "{1,3}"})
        for tail in [[]] + tails[:4]:
            patterns.append({"label": "ORG", "pattern": [before, trigger] + tail, "id": "official-body"})
    if lang not in ("fr", "en", "es"):
        patterns.append({"label": "ORG", "pattern": [{"LOWER": "auswärtiges"}, {"LOWER": "amt"}],
                         "id": "official-body"})
    return patterns + _body_patterns(lang, prep, article, coord, adjective)


#: Capitalised words after an organization's name that start another name ("Security Council
#: Resolution 2401", "Foundation Award"), not a qualifier of the organization.
_NOT_QUALIFIERS: tuple[str, ...] = (
    "resolution", "report", "act", "law", "decision", "declaration", "agreement", "treaty", "convention",
    "summit", "meeting", "conference", "programme", "program", "statement", "award", "prize", "grant",
    "project", "campaign", "fellowship", "member", "board", "staff", "website", "event", "day", "week",
)


def _body_patterns(lang: str, prep: dict[str, Any], article: dict[str, Any], coord: dict[str, Any],
                   adjective: dict[str, Any]) -> list[dict[str, Any]]:
    """Foundations, associations, institutes, universities, committees and companies.

    A head word followed by a name ("Institut Lumière", "Fundación por la Transparencia
    Local", "University of Bern", "Committee on Transport and Tourism"), and
    capitalised words closed by a suffix ("Harbour Light Foundation", "Freedom of the
    Seas Foundation", "Acme GmbH"). Any language gets the suffix
    patterns: releases quote bodies by their English or German names.
    """
    heads = _words(BODY_HEADS, lang)
    name = _cap({"LOWER": {"NOT_IN": heads}, "OP": "+"})
    head = _cap({"LOWER": {"IN": heads}})
    first = [prep, article, name]
    more = ([adjective, prep, article, name], [adjective, coord, name])
    tails = [first] + [first + m for m in more] + [first + m + n for m in more for n in more]
    if lang in ("fr", "es", "de"):
        # the name right after the head ("Institut Lumière pour les Réseaux …", "Stiftung Warentest")
        tails += [[name], [name, prep, article, name], [name, prep, article, name, prep, article, name]]
    patterns = [{"label": "ORG", "pattern": [head] + tail, "id": "official-body"} for tail in tails]
    if lang not in ("fr", "es"):
        before = _cap({"IS_STOP": False, "LOWER": {"NOT_IN": heads}, "OP": "{1,3}"})
        patterns += [{"label": "ORG", "pattern": [before, head] + tail, "id": "official-body"}
                     for tail in tails[:3]]
    # capitalised words (or words with a capital inside: "eGov", "openGeo") closed by a suffix
    word = {"TEXT": {"REGEX": r"^[\w.'’&-]*[A-ZÀ-ÖØ-Þ]"}, "IS_STOP": False,
            "LOWER": {"NOT_IN": sorted(ORG_SUFFIXES)}}
    suffix = {"LOWER": {"IN": sorted(ORG_SUFFIXES)}, "TEXT": {"REGEX": r"^[A-ZÀ-ÖØ-Þ]"}}
    joiner = {"LOWER": {"IN": ["of", "for", "on"]}}
    # a place or qualifier after the suffix ("… Foundation Europe"), never a function ("… Foundation President")
    functions = "|".join(re.escape(x) for x in ROLE_STEMS + _NOT_QUALIFIERS)
    after = _cap({"IS_STOP": False, "LOWER": {"REGEX": f"^(?!(?:{functions}))"}, "OP": "?"})
    patterns += [
        {"label": "ORG", "pattern": [{**word, "OP": "{1,4}"}, suffix, after], "id": "official-body"},
        {"label": "ORG", "pattern": [{**word, "OP": "{1,3}"}, joiner, {"LOWER": "the", "OP": "?"},
                                     {**word, "OP": "{1,3}"}, suffix, after], "id": "official-body"},
        # "Royal Academy of Sciences", "Mozilla Foundation for Open Web"
        {"label": "ORG", "pattern": [{**word, "OP": "{1,4}"}, suffix, joiner, {"LOWER": "the", "OP": "?"},
                                     {**word, "OP": "{1,3}"}], "id": "official-body"},
    ]
    return patterns


def articles(lang: str) -> frozenset[str]:
    return ARTICLES.get(lang) or frozenset(chain.from_iterable(ARTICLES.values()))


@cache
def calendar(lang: str) -> frozenset[str]:
    """Weekday and month names of ``lang``: the list above, else CLDR's (Babel: wide and
    abbreviated, in running text and standing alone), else every listed language's."""
    if lang in CALENDAR:
        return CALENDAR[lang]
    cldr = _cldr_calendar(lang)
    return cldr or frozenset(chain.from_iterable(CALENDAR.values()))


def _cldr_calendar(lang: str) -> frozenset[str]:
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    words: set[str] = set()
    for table in (locale.months, locale.days):
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                words.update(w.lower().rstrip(".") for w in table.get(context, {}).get(width, {}).values())
    return frozenset(w for w in words if len(w) >= 3)


def locatives(lang: str) -> frozenset[str]:
    return LOCATIVES.get(lang) or frozenset(chain.from_iterable(LOCATIVES.values()))


def place_prepositions(lang: str) -> frozenset[str]:
    if lang in PLACE_PREPOSITIONS:
        return PLACE_PREPOSITIONS[lang]
    return frozenset(chain.from_iterable(PLACE_PREPOSITIONS.values()))


def possessives(lang: str) -> frozenset[str]:
    return POSSESSIVES.get(lang) or frozenset(chain.from_iterable(POSSESSIVES.values()))


def org_head_lemmas(lang: str) -> frozenset[str]:
    return ORG_HEAD_LEMMAS.get(lang, frozenset())


def org_introducers(lang: str) -> frozenset[str]:
    return ORG_INTRODUCERS.get(lang, frozenset())
