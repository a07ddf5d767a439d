"""Spanish: what releasepipe knows of the language.

Calendar names, number symbols and currency names come from CLDR (``cldr``);
every hand-written list says where its words come from.
"""

from __future__ import annotations

from . import cldr
from .base import DateWords, EntityWords, LayoutWords, NumberWords, Pack, PeopleWords, SpeechWords, words

# --- dates -------------------------------------------------------------------
DATES = DateWords(
    # Month and weekday names: CLDR (months in every form and width; weekdays in full), plus the
    # spellings CLDR lacks that releases use (older abbreviations, regional names).
    months={**cldr.months('es'), **{'setiembre': 9, 'sep': 9, 'set': 9}},
    full_months={**DateWords.cldr_full('months', 'es'), **{'setiembre': 9}},
    weekdays=DateWords.cldr_full('days', 'es'),
    short_weekdays=cldr.weekdays('es'),
    # Hand-written lists below: the usual written forms of the language in news and press releases.
    numeric_date_order='dmy',
    capital_months=frozenset(('mar', 'set')),
    # words around a day, month and year
    of_words=('de', 'del'),
    day_suffixes=('o',),
    articles=('el', 'la', 'los', 'las'),
    weekday_lead=('el',),
    or_words=('o', 'u'),
    day_nouns=('día',),
    # relative days, calendar units with their ISO designators, direction words
    day_words={'hoy': 0, 'ayer': -1, 'mañana': 1, 'anteayer': -2, 'antes de ayer': -2, 'antier': -2,
        'pasado mañana': 2},
    day_word_not_after={'mañana': ('la', 'esta', 'cada', 'por')},  # "la mañana": the morning
    units={'fines de semana': 'WE', 'trimestres': '3M', 'año': 'Y', 'años': 'Y', 'mes': 'M', 'meses': 'M', 'semana': 'W', 'semanas': 'W', 'día': 'D',
        'días': 'D', 'dia': 'D', 'dias': 'D', 'década': '10Y', 'décadas': '10Y', 'siglo': '100Y',
        'siglos': '100Y', 'hora': 'H', 'horas': 'H', 'h': 'H', 'minuto': 'TM', 'minutos': 'TM', 'min': 'TM',
        'segundo': 'TS', 'segundos': 'TS', 'seg': 'TS', 'noche': 'D', 'noches': 'D'},
    dir_before={'este': 0, 'esta': 0, 'próximo': 1, 'próxima': 1, 'proximo': 1, 'proxima': 1, 'pasado': -1,
        'pasada': -1},
    dir_after={'pasado': -1, 'pasada': -1, 'anterior': -1, 'próximo': 1, 'próxima': 1, 'que viene': 1,
        'entrante': 1, 'siguiente': 1, 'en curso': 0},
    quarter_dir_after={'actual': 0, 'siguiente': 1},
    # counts from the reference date
    ago_before=('hace',),
    in_words=('en',),
    within=('dentro de',),
    last_next={'últimos': -1, 'anteriores': -1, 'últimas': -1, 'pasados': -1, 'pasadas': -1, 'próximos': 1, 'próximas': 1,
        'siguientes': 1},
    # vague periods, weekends, counting from a day
    vague=(r"(?:en|durante)\s+(?:los|las)\s+(?:próximos|próximas|últimos|últimas)\s+(?:días|semanas|"
        r"meses|años)|recientemente|próximamente"),
    weekend=('fin de semana', 'finde'),
    weekend_this=('el', 'este', 'ese', 'al'),
    count_after=('después de', 'despues de', 'a partir de'),
    count_before=('antes de',),
    count_later=('después', 'más tarde'),
    count_earlier=('antes',),
    week_of=r"la\s+semana\s+(?:del?|que\s+(?:inicia|comienza|va\s+del?)|a\s+partir\s+del?)(?:\s+el)?",
    # ranges, "since", months alone and boundary modifiers
    range_open=('del', 'de', 'desde', 'entre'),
    range_to=('al', 'a', 'hasta'),
    range_and=('y',),
    since=('desde',),
    month_context=r"en|desde|hasta|de|a|y|principios\s+de|finales\s+de|mediados\s+de|mes\s+de|fines\s+de",
    modifiers=(r"principios\s+de|finales\s+de|mediados\s+de|fines\s+de|comienzos\s+de|inicios\s+de|"
        r"a\s+principios\s+de|a\s+finales\s+de|a\s+mediados\s+de"),
    # number words for durations (the rest is read by text_to_num)
    few=frozenset(('unos', 'unas', 'algunos', 'algunas', 'varios', 'varias')),
    one=frozenset(('un', 'uno', 'una')),
    whole_before=('todo el', 'toda la', 'todo un', 'toda una'),
    half_before=r"(?:una?\s+)?(?:media|medio)",
    half_after=r"y\s+(?:media|medio)",
    # holidays on a fixed day (national and church calendars) and movable feasts, in days from Easter
    # Sunday; the `holidays` package names days per country in English, not the words of a text
    holidays={'navidad': (12, 25), 'nochebuena': (12, 24), 'nochevieja': (12, 31), 'año nuevo': (1, 1),
        'día de reyes': (1, 6),
        'día del trabajo': (5, 1), 'día del trabajador': (5, 1)},
    movable={'domingo de pascua': 0, 'domingo de resurrección': 0, 'lunes de pascua': 1, 'viernes santo': -2,
        'jueves santo': -3, 'sábado santo': -1, 'miércoles de ceniza': -46, 'pentecostés': 49},
    # quarters, decades and numbered weeks
    quarter_words=('trimestre',),
    quarter_ordinals={'primer': 1, '1er': 1, '1o': 1, '1º': 1, 'segundo': 2, '2o': 2, '2º': 2, 'tercer': 3, '3er': 3,
        '3o': 3, '3º': 3, 'cuarto': 4, '4o': 4, '4º': 4},
    year_words=('año',),
    decade=r"(?:los\s+)?anos\s+(?P<y>(?:1[6-9]|20)\d0)",
    week_words=('semana',),
    # words that make a four-digit number a count or an amount, not a year
    not_year_before=('no.', 'art.', 'artículo', 'iso', 'versión', 'v.', 'página', 'p.', 'más de', 'unos', 'cerca de',
        'hasta'),
    not_year_after=('por ciento', 'euro', 'euros', 'dólar', 'dólares', 'tonelada', 'toneladas'),
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    # Sources: digits, currency names and symbols from CLDR (cldr.*), number words read by text_to_num;
    # the hand lists (scales, qualifiers, units, connectors, labels, function words) are the words
    # press releases in the language use, as the figures stage read them before the packs.
    decimal_mark=cldr.number_symbols("es")[0],
    # CLDR's group mark, and the ones press releases write besides it
    group_marks=(".", " ", '\xa0', '\u202f', '\u2009', '\u2007',),
    # digits and ordinal endings as the language writes them (1er, 2nd, 3º)
    ordinal_suffixes=("º", "ª", "°", "o", "a", "os", "as"),
    minus_words=("negativo", "negativa"),
    # numbers written as words: text_to_num, with the spellings it lacks
    text2num="es",
    # ordinals written without their accent ("centesimo", "millonesimas")
    respell_parts=(("esim", "ésim"),),
    # the decimal point in words ("two hundred point seventy-one")
    decimal_words=("con", "coma"),
    # "tres veintiunavos", "un cincoavo": a denominator glued to its number word
    denominator_suffixes=("avos", "avo"),
    # written without their accent
    respellings={
        "dieciseis": "dieciséis", "veintidos": "veintidós", "veintitres": "veintitrés",
        "veintiseis": "veintiséis", "veintiun": "veintiuno", "veintiún": "veintiuno", "millon": "millón",
    },
    # plural number words that say "many", not a value
    vague_words=words("cientos decenas miles millones"),
    dozens=words("docena docenas"),
    hundreds={"cien": 100, "ciento": 100},
    chain_and=("y",),
    # between a number word and its scale ("half a million")
    scale_links=("de",),
    # scale words and the abbreviations of the financial press
    scales={
        "k": 1e3,  # "10k", "2,5 k": thousand, as the web and the markets write it
        "docena": 12, "docenas": 12, "mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6,
        "mil millones": 1e9, "millardo": 1e9, "millardos": 1e9, "billón": 1e12, "billones": 1e12,
        "billon": 1e12, "mdd": 1e6, "m": 1e6,
    },
    of_words=("de",),
    # fractions, halves, ratios
    fraction_words={
        "medio": 2, "media": 2, "medios": 2, "medias": 2, "tercio": 3, "tercios": 3, "cuarto": 4,
        "cuartos": 4,
    },
    half_words=words("media medio"),
    ambiguous_denominators=words("cuarto tercio"),
    not_denominators=words("segunda segundo segundos"),
    ordinal_endings=("avo", "avos"),
    half_nouns=("mitad",),
    one_words=("un", "una", "uno"),
    fraction_of=("de", "del"),
    mixed_and=("y", "con"),
    split_and=("con",),
    fraction_word_is_value=True,
    ratio_words=("sobre", "de cada"),
    # meaning around the numeral
    percent_words=("por ciento", "por cien", "puntos porcentuales"),
    # CLDR's current currency names, then bare names and the language's habits ("dollars" = USD)
    currency_names={**cldr.currency_names("es"),
                    "euro": "EUR", "euros": "EUR", "dólar": "USD", "dólares": "USD", "dolares": "USD",
                    "dólares estadounidenses": "USD", "libra esterlina": "GBP", "libras esterlinas": "GBP",
                    "libras": "GBP", "francos suizos": "CHF", "pesos mexicanos": "MXN", "yenes": "JPY",
                    "dolar": "USD", "libra": "GBP", "francos": "CHF", "franco": "CHF", "yen": "JPY",
                    "yuanes": "CNY", "yuan": "CNY", "pesos": "MXN", "rupias": "INR", "rupia": "INR",
                    "séqueles": "ILS", "shekels": "ILS", "riales": "SAR", "rublos": "RUB", "rublo": "RUB",
                    "reales": "BRL", "real": "BRL", "soles": "PEN", "bolívares": "VES", "zlotys": "PLN"},
    # CLDR's symbols, the ones CLDR leaves out as ambiguous or old (cldr.UNLISTED_SYMBOLS: "$" = USD),
    # then the language's own reading of a shared one
    currency_symbols={**cldr.currency_symbols("es"), **cldr.UNLISTED_SYMBOLS, "kr": "SEK"},
    iso_codes=cldr.current_currencies(),
    # a hundredth of the currency named before ("3 dollars 20 cents")
    # and the pound's, as the press writes them ("470 pence")
    subunits=words("centavo centavos céntimo céntimos penique peniques"),
    # physical units written as words; symbols (km, MW) need none
    unit_words=words(
        "barriles hectárea hectáreas kilogramos kilos kilómetro kilómetros litro litros megavatios "
        "metro metros tonelada toneladas"
    ),
    time_words=words("año años década décadas día días hora horas mes meses semana semanas siglos"),
    # qualifiers before a number
    qualifiers={
        "más del": "more_than", "alrededor del": "about", "cerca del": "about", "en torno al": "about",
        "menos del": "less_than", "más de": "more_than", "mas de": "more_than", "por encima de": "more_than",
        "alrededor de": "about", "cerca de": "about", "casi": "about", "aproximadamente": "about",
        "unos": "about", "unas": "about", "en torno a": "about", "menos de": "less_than",
        "al menos": "at_least", "por lo menos": "at_least", "como mínimo": "at_least", "hasta": "at_most",
        "como máximo": "at_most",
    },
    range_open=("entre", "de"),
    range_and=("y",),
    range_to=("a",),
    month_links=("de",),
    # words before a number that make it a label (article 3, version 2.0)
    label_words=words(
        "anexo articulo artículo avenida calle capitulo capítulo directiva fase lote línea n.º nivel "
        "no. numero nº número pagina parrafo parte paso plaza puesto punto página párrafo regla "
        "reglamento resolución ronda ruta sala sección semana stand terminal tomo título versión "
        "volumen §"
    ),
    # the counted noun after a number
    # function words
    stop_words=words(
        "a al ante aquel cada ciento como con cual cuales cuando cuyo de del desde donde durante e el "
        "ella ellas ellos en entre era eran es esa esas ese esos esta estas este estos está están fue "
        "fueron ha había hacia han hasta la las le les lo los me menos mi mis muy más ni no nosotros "
        "nuestra nuestro nuestros o otra otras otro otros para pero por que quien quienes se según "
        "ser sido sin sobre son su sus también te toda todas todo todos tras tu tus u un una unas "
        "unos y ya él"
    ),
    verb_endings=(
        "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ando", "iendo", "aron", "ieron", "ar",
        "er", "ir", "aban", "ían", "rán", "rían",
    ),
    infinitive_endings=("er", "ir", "re", "ar"),
    capital_ends_noun=True,
    noun_max_words=2,
    noun_complements=("de",),
)

# --- speech: quotes and their speakers ---------------------------------------
SPEECH = SpeechWords(
    # the press writes dialogue after a raya too ("—Queremos … —subrayó—."): the RAE's punctuation rules
    dash_quotes=True,
    # speech verbs as written next to a quote: common press-release usage
    verbs=words(
        "admitió advierte advirtió afirma afirmado afirmando afirmó agrega agregó apunta apuntó "
        "asegura aseguró añade añadido añadiendo añadió comenta comentó concluye concluyó confesó "
        "contado contó declara declarado declaró decía destaca destacado destacó dice dicho "
        "diciendo dijo escribió escribía explica explicaba explicado explicando explicó expresa "
        "expresó indica indicó insiste insistió lamentó manifestó manifiesta narró opina opinó "
        "reconoció recordó recuerda relatado relató respondió resumió señala señalado señalando "
        "señaló sostiene sostuvo subraya subrayado subrayó"),
    # grammar: auxiliaries of the compound past
    verb_auxiliaries=words("ha había han"),
    # attribution phrases: common press-release usage
    according_to=words("de_acuerdo_con según"),
    # grammar: subject pronouns
    pronouns=("él", "ella", "ellos", "ellas"),
    # grammar: conjunctions introducing reported speech
    complementizers=words("que"),
    # announced statements: common press-release usage (government and agency releases)
    statements=(r"(?:la\s+siguiente\s+declaración|el\s+siguiente\s+comunicado|el\s+siguiente\s+mensaje|una\s+declaración|un\s+comunicado)",),
    # words between a speech verb and its colon: common press-release usage
    adverbs_after_verb=words("a_la_prensa a_los_periodistas además ayer entonces hoy luego también"),
    # determiners and nouns naming a quoted title: common press-release usage
    title_cues=words(
        "campaña de del el eslogan estudio guía informe iniciativa la las lema llamado los "
        "programa proyecto publicación su tema titulada titulado una"),
    # grammar: prepositions before a body's or a place's name
    name_prepositions=words("de del en"),
    name_preposition_articles=words("el la las los"),
    # grammar: prepositions and contracted articles inside Spanish body names
    org_speaker_links=words("de del"),
)

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords(
    # grammar: the infinitives' endings; a word whose base form ends so is a verb ("remercie" → "remercier")
    infinitive_endings=("ar", "er", "ir"),
    # courtesy titles: common press-release usage and style guides ("don" left out: every
    # language's titles are read together, and Don is an English first name)
    honorifics=words("doña dr dr. dña dña. sr sr. sra sra. srta srta."),
    # name particles: naming conventions of the language
    particles=words("de del la las y"),
    # functions, as word beginnings: common press-release usage (appositions and bylines)
    role_stems=words(
        "abogad activista adjunt agregad alcalde alcaldesa almirante analista asesor asesora "
        "autor capitán catedrátic científic cofundad comandante comisari consultor consultora "
        "coordinad coronel correspond creador decana decano delegad desarrollad diputad director "
        "directora dirigente economista embajador encargad enviad experta experto fundador "
        "gerente gestor gobernador ingenier inspect intendente investigador jefa jefe magistrad "
        "miembro ministra ministro médico periodist portavoz presidenta presidente procurador "
        "profesor príncipe redact regidor relator representant responsable sargento secretari "
        "secretario senador subdirect superviso teniente tesorer vice vicealcald vicedirect "
        "viceministr vicepresident vocera vocero"),
    # functions matched as whole words: common press-release usage
    role_words=words(
        "arquitecta arquitecto curador curadora enfermera enfermero entrenador entrenadora estudiante "
        "jugador jugadora maestra maestro pescador pescadora portera portero seleccionador "
        "seleccionadora voluntaria voluntario "
        "vicerrector vicerrectora concejal concejala consejera consejero consul cónsul edil general juez jueza rector "
        "médica rectora reina rey socia socio subsecretaria subsecretario técnica técnico vice"),
    # endings of words naming an occupation: "-ologist" and its forms (see not_role_words)
    role_endings=words("ólogo óloga ólogos ólogas"),
    # grammar: prefixes forming functions (vice-, co-, ex-)
    role_prefixes=words("co ex sub vice"),
    # military ranks: the armed forces' rank tables
    ranks=words("almirante capitán comandante coronel general sargento teniente"),
    # rank abbreviations: the armed forces' and news wires' usage
    rank_abbreviations=words("cap cnel gral sgto tte"),
    # academic titles used before a name: academic usage
    academic_titles=words("doctor doctora profesor profesora"),
    # qualifiers of a function: common press-release usage
    qualifiers=words("actual alta alto antigua antiguo ex primer primera"),
    # grammar: indefinite articles, numerals and possessives
    openers=words("nuestra nuestro su sus una uno"),
    # grammar: indefinite articles
    indefinite_articles=words("un una"),
    # phrases of leading: common press-release usage
    head_phrases=words(
        "a_cargo_de a_cargo_del a_la_cabeza_de a_la_cabeza_del al_frente_de al_frente_del "
        "que_coordina que_dirige que_fundó que_preside quien_coordina quien_dirige quien_fundó "
        "quien_preside"),
    # grammar: auxiliaries and copulas
    auxiliaries=words("debe era es fue ha había han puede será serán son va van"),
    # grammar: 'of' after 'one' (one of our coordinators)
    of_words=words("de del"),
    # grammar: prepositions, articles and 'and' inside a title
    title_joiners=words("de del la y"),
    # bodies whose names begin like a function: the ministry
    not_role_words=words("prólogo prólogos ministerio ministerios"),
    # words of titles before a name: common press-release usage
    title_words=words(
        "abogado alcalde alcaldesa comisario de del directora el embajador esta este estos jefa "
        "jefe la las los ministra ministro nuestra nuestro portavoz presidente profesor "
        "secretaria secretario sr sra y"),
    # grammar: gerund endings ("-ando", "-iendo", "-yendo")
    gerund_endings=words("ando iendo yendo"),
)

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords(
    # release labels: common press-release usage
    kicker_labels=(
        r"comunicado(?:\ de\ prensa)?",
        r"nota\ de\ prensa",
        r"nota\ informativa",
        r"para\ su\ difusi[óo]n\ inmediata",
    ),
    # embargo notices: common press-release usage
    embargo_heads=(
        r"embargo\ hasta",
        r"bajo\ embargo",
    ),
    # contact block headings: common press-release usage
    contact_headings=(
        r"para\ (?:m[áa]s|mayor)\ informaci[óo]n",
        r"contactos?(?:\ de\ prensa|\ para\ (?:los\ )?medios)?",
        r"prensa\s*:",
        r"m[áa]s\ informaci[óo]n\s*:",
        r"(?:gabinete|oficina)\ de\ (?:prensa|comunicaci[óo]n)",
    ),
    # 'about' and notes-to-editors headings: common press-release usage
    about_headings=(
        r"acerca\ de(?:l)?\ ",
        r"sobre\ (?:el\ |la\ |los\ )?\S",
        r"nota\ (?:para|a)\ (?:los\ )?editores",
    ),
    # web page date labels: common CMS usage
    date_labels=words("actualizada actualizado fecha publicada publicado"),
    # grammar: prepositions and articles around dates
    date_fillers=words("a de del el las"),
    # release numbering: common press-release usage
    number_words=words("n nº núm número º"),
    # grammar: the conjunction 'and'
    place_joiners=words("y"),
    # grammar: articles, prepositions, conjunctions
    title_continues=words("a al con de del el en la las los para por un una y"),
    # abbreviations ending in a full stop: common press-release usage
    abbreviations=words("Dr Sr Sra Tfno"),
    # labels of contact lines and kickers: common press-release usage
    labels=words("comunicado contacto correo foto fuente medios movil móvil nota prensa redacción teléfono"),
    # lines that are only a contact heading: common press-release usage
    contact_lines=(
        r"contactos?(?:\s+de\s+prensa|\s+para\s+medios)?",
        r"prensa\s*contactos?",
        r"para\s+m[áa]s\s+informaci[óo]n.*",
    ),
    # contact line labels: common press-release usage
    phone_labels=words("celular movil móvil tel tele telefono teléfono tfno"),
    fax_labels=words("fax"),
    email_labels=words("correo correo_electronico correo_electrónico e-mail"),
    # end of a release: press usage ('- fin -', 'Fin'); determiners: grammar; 'Alcalá de Henares', 'Castillo del Romeral'
    end_marks=words("fin"),
    end_lines=words("fin"),
    determiners=words("el la las los un"),
    place_particles=words("de del"),
    # reference labels before a number: common administrative usage
    reference_labels=(r"expediente", r"cif", r"nif"),
    # verbs of getting in touch: common press-release usage
    contact_verbs=(r"contactar", r"llam(?:ar|e)", r"escrib(?:ir|a)", r"correo"),
    # words naming a body (company forms, institutions, teams): common usage
    organization_words=(
        r"sa", r"s\.a", r"s\.l", r"fundaci[óo]n", r"associaci[óo]n", r"grupo", r"agencia",
        r"organizaci[óo]n", r"instituto", r"universidad", r"ministerio", r"oficina", r"consejo",
        r"comisi[óo]n", r"proyecto", r"red", r"ong", r"equipo",
    ),
    # street words of postal addresses: common postal usage
    street_words=(r"av\.", r"calle", r"avenida", r"plaza", r"paseo", r"piso"),
    # first words of a contact line that is no name: grammar and press usage
    not_name_starts=(r"la", r"el", r"los", r"las", r"para", r"acerca", r"san", r"santa", r"nuestro", r"todos",
                     r"por\ favor"),
    # names of world regions heading contact lines: common usage
    region_labels=(r"europa", r"am[ée]rica(?:\s+(?:del\s+norte|del\s+sur|latina))?"),
    # words standing for '@' in addresses hidden from robots: common web usage
    at_words=words("arroba"),
    # words standing for '.' in such addresses: common web usage
    dot_words=words("punto"),
)

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords(
    # grammar: articles and their contractions with prepositions
    articles=words("al del el la las los un una"),
    # heads of official bodies: government and diplomatic usage
    org_triggers=words("agencia consejería consulado delegación dirección embajada ministerio oficina secretaría"),
    # heads of foundations, institutes and other bodies: common usage
    body_heads=words(
        "academia asociación associação centro colectivo comisión comité consejo federación "
        "fundación fundação instituto observatorio sociedad universidad"),
    # grammar: prepositions inside names of bodies
    org_prepositions=words("al contra de del para por sobre"),
    # grammar: definite articles after those prepositions
    org_articles=words("el la las los"),
    # grammar: 'and' inside names of bodies
    org_coordinations=words("e y"),
    # nouns introducing a company or body's name: news usage
    org_introducers=words(
        "aerolínea agencia asociación banco compañía empresa fabricante firma fundación grupo "
        "laboratorio multinacional operador organización partido proveedor sindicato"),
    # grammar: prepositions of place
    locatives=words("a desde en hacia"),
    # grammar: possessive determiners (not first person singular)
    possessives=words("nuestra nuestras nuestro nuestros su sus vuestra vuestro"),
    # grammar: coordinating conjunctions
    coordinations=words("e o u y"),
    name_after_head=True,
    # grammar: prepositions introducing a place only
    place_prepositions=frozenset(),
    # heads of bodies: government, business and civil-society usage
    org_heads=words(
        "agencia alcaldía alianza asociación autoridad ayuntamiento banco caja clínica coalición comisaría "
        "comisión compañía consejo consell conselleria consulado departamento diputación ejército "
        "embajada federación fiscalía fundación generalitat gobernación gobierno grupo hospital "
        "instituto jefatura juzgado ministerio municipalidad museo oficina organisación organización parlamento "
        "partido policía programa secretaría sindicato sociedad teatro tribunal universidad unión"),
    # grammar: definite articles
    definite_articles=words("el la las los"),
    # nouns of settlements and divisions: common usage
    place_nouns=words(
        "barrio capital ciudad ciudades comuna comunidad departamento isla islas localidad "
        "municipio país provincia pueblo pueblos región"),
    # nouns of natural features and camps: common usage
    feature_nouns=words(
        "bahía campamento canal costa cuenca desierto estrecho estuario golfo lago laguna mar "
        "meseta monte montaña península río selva sierra valle embalse"),
    # grammar: 'of' after such a noun
    place_of=words("de del"),
    # grammar: 'other'
    others=words("otras otros"),
    # legal texts: legislative usage
    law_words=words("directiva ley reglamento"),
    # grammar: articles, prepositions and 'and' inside names
    name_joiners=words("de del el en la las los para por y"),
    # words acronyms leave out: common usage
    acronym_skips=words("de del el la las los para y"),
    # grammar: 'from', 'of', 'at'
    affiliation_prepositions=words("de del"),
    # heads of bodies that are also common nouns ('Programa Nacional'): press releases of public bodies
    weak_org_heads=words("programa"),
    # endings of abstract nouns: Spanish derivational suffixes ('-idad', '-ismo', '-ción')
    abstract_endings=words("ción idad ismo sión"),
)

PACK = Pack(code="es", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
