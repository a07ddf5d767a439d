"""Italian: what releasepipe knows of the language.

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
    months={**cldr.months('it'), **{'sett': 9}},
    full_months=DateWords.cldr_full('months', 'it'),
    weekdays=DateWords.cldr_full('days', 'it'),
    short_weekdays=cldr.weekdays('it'),
    # Hand-written lists below: the usual written forms of the language in news and press releases.
    numeric_date_order='dmy',
    capital_months=frozenset(('mar', 'set', 'gen')),
    # words around a day, month and year
    of_words=('del', 'di'),
    day_suffixes=('o',),
    articles=('il', 'la', "l'", 'lo'),
    weekday_lead=('il',),
    or_words=('o', 'oppure'),
    # relative days, calendar units with their ISO designators, direction words
    day_words={'oggi': 0, 'ieri': -1, 'domani': 1, "l'altro ieri": -2, 'altroieri': -2, 'dopodomani': 2},
    units={'fine settimana': 'WE', 'trimestri': '3M', 'anno': 'Y', 'anni': 'Y', 'mese': 'M', 'mesi': 'M', 'settimana': 'W', 'settimane': 'W',
        'giorno': 'D', 'giorni': 'D', 'decennio': '10Y', 'decenni': '10Y', 'secolo': '100Y',
        'secoli': '100Y', 'ora': 'H', 'ore': 'H', 'h': 'H', 'minuto': 'TM', 'minuti': 'TM', 'min': 'TM',
        'secondo': 'TS', 'secondi': 'TS', 'notte': 'D', 'notti': 'D'},
    dir_before={'questo': 0, 'questa': 0, "quest'": 0, 'prossimo': 1, 'prossima': 1, 'scorso': -1, 'scorsa': -1},
    dir_after={'scorso': -1, 'scorsa': -1, 'passato': -1, 'passata': -1, 'prossimo': 1, 'prossima': 1,
        'in corso': 0},
    quarter_dir_after={'successivo': 1},
    # counts from the reference date
    ago_after=('fa',),
    in_words=('tra', 'fra'),
    within=('entro',),
    last_next={'ultimi': -1, 'ultime': -1, 'scorsi': -1, 'scorse': -1, 'passati': -1, 'prossimi': 1, 'prossime': 1},
    # vague periods, weekends, counting from a day
    vague=(r"(?:nei|negli|nelle)\s+(?:prossimi|prossime|ultimi|ultime)\s+(?:giorni|settimane|mesi|"
        r"anni)|recentemente|prossimamente"),
    weekend=('fine settimana', 'weekend', 'week-end'),
    weekend_this=('il', 'questo', 'nel', 'al'),
    count_after=('dopo',),
    count_before=('prima di',),
    count_later=('dopo', 'più tardi'),
    count_earlier=('prima',),
    week_of=r"la\s+settimana\s+del",
    # ranges, "since", months alone and boundary modifiers
    range_open=('dal', 'dallo', "dall'", 'da', 'tra', 'fra'),
    range_to=('al', 'a', 'ad', 'fino al'),
    range_and=('e',),
    since=('dal', 'dalla', "dall'", 'sin dal'),
    month_context=r"a|in|da|dal|fino\s+a|entro|mese\s+di|inizio|fine|metà|e|di|ad|prima\s+di|dopo",
    modifiers=(r"inizio|fine|metà|a\s+metà|all'inizio\s+di|alla\s+fine\s+di|all'inizio\s+del|"
        r"alla\s+fine\s+del|inizio\s+del|fine\s+del"),
    # number words for durations (the rest is read by text_to_num)
    few=frozenset(('qualche', 'alcuni', 'alcune', 'diversi', 'diverse')),
    one=frozenset(('un', 'uno', 'una')),
    whole_before=('tutto il', 'tutta la', "tutto l'", "tutta l'"),
    half_before=r"(?:una?\s+)?(?:mezza|mezzo)",
    half_after=r"e\s+(?:mezza|mezzo)",
    # holidays on a fixed day (national and church calendars) and movable feasts, in days from Easter
    # Sunday; the `holidays` package names days per country in English, not the words of a text
    holidays={'natale': (12, 25), 'vigilia di natale': (12, 24), 'capodanno': (1, 1), 'ferragosto': (8, 15),
        'santo stefano': (12, 26),
        'festa dei lavoratori': (5, 1), 'festa del lavoro': (5, 1)},
    movable={'pasqua': 0, 'pasquetta': 1, "lunedì dell'angelo": 1, 'venerdì santo': -2, 'pentecoste': 49},
    # quarters, decades and numbered weeks
    quarter_words=('trimestre',),
    quarter_ordinals={'primo': 1, 'secondo': 2, 'terzo': 3, 'quarto': 4, '1º': 1, '2º': 2, '3º': 3, '4º': 4},
    year_words=('anno',),
    decade=r"(?:gli\s+)?anni\s+(?P<y>(?:1[6-9]|20)\d0)",
    week_words=('settimana',),
    # words that make a four-digit number a count or an amount, not a year
    not_year_before=('n.', 'art.', 'articolo', 'iso', 'versione', 'v.', 'pagina', 'p.', 'oltre', 'più di', 'circa',
        'fino a'),
    not_year_after=('per cento', 'euro', 'dollari', 'tonnellate'),
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    # Sources: digits, currency names and symbols from CLDR (cldr.*), number words read by text_to_num;
    # the hand lists (scales, qualifiers, units, connectors, labels, function words) are the words
    # press releases in the language use, as the figures stage read them before the packs.
    decimal_mark=cldr.number_symbols("it")[0],
    # CLDR's group mark, and the ones press releases write besides it
    group_marks=(".", " ", '\xa0', '\u202f', '\u2009', '\u2007',),
    # digits and ordinal endings as the language writes them (1er, 2nd, 3º)
    ordinal_suffixes=("º", "ª", "°"),
    minus_words=("negativo", "negativa"),
    # numbers written as words: text_to_num, with the spellings it lacks
    text2num="it",
    # the decimal point in words ("two hundred point seventy-one")
    decimal_words=("virgola",),
    # plural number words that say "many", not a value
    vague_words=words("centinaia decine migliaia milioni"),
    dozens=words("dozzina dozzine"),
    hundreds={"cento": 100},
    chain_and=("e",),
    # scale words and the abbreviations of the financial press
    scales={
        "k": 1e3,  # "10k", "2,5 k": thousand, as the web and the markets write it
        "dozzina": 12, "dozzine": 12, "mila": 1e3, "mille": 1e3, "milione": 1e6, "milioni": 1e6, "mln": 1e6,
        "miliardo": 1e9, "miliardi": 1e9, "mld": 1e9, "mld.": 1e9,
    },
    of_words=("di",),
    # fractions, halves, ratios
    fraction_words={"mezzo": 2, "mezza": 2, "mezzi": 2, "terzo": 3, "terzi": 3, "quarto": 4, "quarti": 4},
    half_words=words("mezza mezzo"),
    ambiguous_denominators=words("quarto terzo"),
    not_denominators=words("secondi secondo"),
    ordinal_endings=("simo", "simos"),
    half_nouns=("metà",),
    one_words=("un", "una", "uno", "un'"),
    fraction_of=("di", "della", "dei", "del"),
    mixed_and=("e",),
    split_and=("e",),
    ratio_words=("su",),
    # meaning around the numeral
    percent_words=("per cento", "percento", "punti percentuali"),
    # CLDR's current currency names, then bare names and the language's habits ("dollars" = USD)
    currency_names={**cldr.currency_names("it"),
                    "euro": "EUR", "dollari": "USD", "dollaro": "USD", "sterline": "GBP", "sterlina": "GBP",
                    "franchi svizzeri": "CHF", "yen": "JPY", "franchi": "CHF", "franco": "CHF",
                    "yuan": "CNY", "rupie": "INR", "shekel": "ILS", "riyal": "SAR", "rubli": "RUB",
                    "rublo": "RUB", "zloty": "PLN", "lire": "TRY", "pesos": "MXN", "real": "BRL",
                    "reais": "BRL"},
    # CLDR's symbols, the ones CLDR leaves out as ambiguous or old (cldr.UNLISTED_SYMBOLS: "$" = USD),
    # then the language's own reading of a shared one
    currency_symbols={**cldr.currency_symbols("it"), **cldr.UNLISTED_SYMBOLS, "kr": "SEK"},
    iso_codes=cldr.current_currencies(),
    # a hundredth of the currency named before ("3 dollars 20 cents")
    # and the pound's, as the press writes them ("470 pence")
    subunits=words("cent centesimi centesimo pence penny"),
    # physical units written as words; symbols (km, MW) need none
    unit_words=words(
        "barili chili chilogrammi chilometri chilometro ettari ettaro litri litro megawatt metri "
        "metro tonnellata tonnellate"
    ),
    time_words=words("anni anno decenni decennio giorni giorno mese mesi ora ore secoli settimana settimane"),
    # qualifiers before a number
    qualifiers={
        "più di": "more_than", "oltre": "more_than", "circa": "about", "quasi": "about",
        "intorno a": "about", "all'incirca": "about", "meno di": "less_than", "almeno": "at_least",
        "fino a": "at_most", "al massimo": "at_most",
    },
    range_open=("tra", "fra", "da"),
    range_and=("e",),
    range_to=("a",),
    # words before a number that make it a label (article 3, version 2.0)
    label_words=words(
        "allegato articolo capitolo direttiva fase livello n. numero nº pagina paragrafo parte passo "
        "piazza posto punto regola regolamento riga risoluzione sala settimana sezione stand stanza "
        "tappa titolo turno versione via volume §"
    ),
    # the counted noun after a number
    # function words
    stop_words=words(
        "a agli ai al alla alle allo anche aveva cento che chi come con cui da dai dal dalla degli "
        "dei del della delle dello di dove e ed era erano fra già gli ha hanno i il in l la le lo "
        "loro ma meno molto negli nei nel nella nelle non nostra nostro o ogni per più quando quella "
        "quello questa queste questi questo sono su sua sue sul sulla suo suoi tra tutte tutti un una "
        "uno è"
    ),
    verb_endings=(
        "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uti", "are", "ere", "ire", "ano",
        "ono", "ava", "avano",
    ),
    infinitive_endings=("er", "ir", "re", "ar"),
    capital_ends_noun=True,
    noun_max_words=2,
    noun_complements=("di", "da"),
)

# --- speech: quotes and their speakers ---------------------------------------
SPEECH = SpeechWords(
    # speech verbs as written next to a quote: common press-release usage
    verbs=words(
        "afferma affermando affermato aggiunge aggiungendo aggiunto annuncia annunciato commenta "
        "commentato conclude concluso conferma confermato detto dice dicendo diceva dichiara "
        "dichiarato evidenzia evidenziato osserva osservato precisa precisato racconta raccontato "
        "ricorda ricordato rileva rilevato scritto scrive scriveva sostenuto sostiene sottolinea "
        "sottolineando sottolineato spiega spiegando spiegato spiegava "
        "ammette ammesso riconosce riconosciuto avverte avvertito insiste insistito ribadisce "
        "ribadito assicura assicurato prosegue proseguito puntualizza puntualizzato chiarisce "
        "chiarito replica replicato risponde risposto segnala segnalato denuncia denunciato auspica "
        "auspicato"),
    # grammar: auxiliaries of the compound past
    verb_auxiliaries=words("ha"),
    # attribution phrases: common press-release usage
    according_to=words("secondo"),
    # grammar: subject pronouns
    pronouns=("lui", "lei", "egli", "ella"),
    # grammar: conjunctions introducing reported speech
    complementizers=words("che"),
    # announced statements: common press-release usage (government and agency releases)
    statements=(r"(?:la\s+seguente\s+dichiarazione|il\s+seguente\s+comunicato|il\s+seguente\s+messaggio|una\s+dichiarazione)",),
    # words between a speech verb and its colon: common press-release usage
    adverbs_after_verb=words("ai_giornalisti alla_stampa allora anche ieri inoltre oggi poi"),
    # determiners and nouns naming a quoted title: common press-release usage
    title_cues=words("gli i il la le lo tema una"),
    # grammar: prepositions before a body's or a place's name
    name_prepositions=words("della di per"),
)

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords(
    # grammar: the infinitives' endings; a word whose base form ends so is a verb ("remercie" → "remercier")
    infinitive_endings=("are", "ere", "ire", "rre"),
    # courtesy titles: common press-release usage and style guides
    honorifics=words("avv. dott dott. dott.ssa dottor dottoressa ing. on. prof. prof.ssa sig. sig.na sig.ra"),
    # name particles: naming conventions of the language
    particles=words("da de del della di"),
    # functions, as word beginnings: common press-release usage (appositions and bylines)
    role_stems=words(
        "ammiragli assessor attivist avvocat capitano cofondat colonnell comandante consiglier "
        "consulent coordinatore coordinatrice curatore curatrice deputat direttore direttrice "
        "dirigente espert fondatore fondatrice garante generale giornalist ingegner membro "
        "ministra ministro portavoce prefetto presidente presidentessa professoressa questore "
        "rappresentant responsabile rettore rettrice ricercat segretari senatore senatrice "
        "sindaca sindaco sottosegretari sviluppat tenente titolare vicedirett vicepresident "
        "vicesindac"),
    # functions matched as whole words: common press-release usage
    role_words=words(
        "allenatore allenatrice architetta architetto curatore curatrice giocatore giocatrice "
        "infermiera infermiere insegnante pescatore portiere studente studentessa "
        "ambasciatore ambasciatrice amministratore amministratrice capo commissaria commissario "
        "console delegata delegato giudice governatore governatrice magistrato preside "
        "procuratore segretaria segretario socia socio"),
    # endings of words naming an occupation: "-ologist" and its forms (see not_role_words)
    role_endings=words("ologo ologa ologi ologhe"),
    # grammar: prefixes forming functions (vice-, co-, ex-)
    role_prefixes=words("co ex sotto vice"),
    # military ranks: the armed forces' rank tables
    ranks=words("ammiraglio capitano colonnello generale maggiore sergente tenente"),
    # rank abbreviations: the armed forces' and news wires' usage
    rank_abbreviations=words("cap col gen magg ten"),
    # academic titles used before a name: academic usage
    academic_titles=words("dottore dottoressa professore professoressa"),
    # qualifiers of a function: common press-release usage
    qualifiers=words("alta alto attuale ex ex- nuova nuovo prima primo"),
    # grammar: indefinite articles, numerals and possessives
    openers=words("loro nostra nostro sua suo un una uno"),
    # grammar: indefinite articles
    indefinite_articles=words("un una uno"),
    # phrases of leading: common press-release usage
    head_phrases=words(
        "a_capo_del a_capo_della a_capo_di alla_guida_del alla_guida_della alla_guida_di "
        "che_coordina che_dirige che_ha_fondato che_presiede"),
    # grammar: auxiliaries and copulas
    auxiliaries=words("aveva deve era ha hanno può saranno sarà sono va è"),
    # grammar: 'of' after 'one' (one of our coordinators)
    of_words=words("degli dei delle"),
    # grammar: prepositions and articles inside a title ("assessore all'Agricoltura")
    title_joiners=words("al alla all' del della dell' delle di e per"),
    # bodies whose names begin like a function: the ministry
    not_role_words=words("monologo prologo ministeri ministero"),
    # words of titles before a name: common press-release usage
    title_words=words("generale il la lo ministra ministro presidente"),
    # grammar: elided articles and articulated prepositions ("l'", "dell'", "nell'", "quest'")
    elisions=words("all coll d dall dell dov l nell quell quest sull un"),
)

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords(
    # company and tax register numbers before a number: common administrative usage
    reference_labels=(r"p\.?\s?iva", r"partita\s+iva", r"c\.?\s?f", r"codice\s+fiscale", r"rea"),
    # release labels: common press-release usage
    kicker_labels=(
        r"comunicato(?:\ stampa)?",
        r"nota\ stampa",
        r"per\ la\ diffusione\ immediata",
    ),
    # embargo notices: common press-release usage
    embargo_heads=(
        r"sotto\ embargo",
    ),
    # contact block headings: common press-release usage
    contact_headings=(
        r"per\ (?:maggiori|ulteriori)\ informazioni",
        r"contatt[io]\ (?:stampa|per\ la\ stampa)",
        r"contatt[io]\s*(?::|$|\n)",
        r"ufficio\ stampa",
        r"informazioni\s*:",
        r"rapporti\ con\ i\ media",
    ),
    # 'about' and notes-to-editors headings: common press-release usage
    about_headings=(
        r"informazioni\ su",
        r"chi\ siamo",
        r"a\ proposito\ d",
        r"nota\ (?:per\ le|alle)\ redazioni",
    ),
    # web page date labels: common CMS usage
    date_labels=words("aggiornata aggiornato data pubblicata pubblicato"),
    # grammar: prepositions and articles around dates
    date_fillers=words("alle del il ore"),
    # release numbering: common press-release usage
    number_words=words("n num numero nº"),
    # grammar: the conjunction 'and'
    place_joiners=words("e"),
    # grammar: articles, prepositions, conjunctions
    title_continues=words("a con da dei del della di e gli i il in la le lo per su un una"),
    # abbreviations ending in a full stop: common press-release usage
    abbreviations=words("Dott Prof Sig"),
    # lines that are only a contact heading: common press-release usage
    contact_lines=(
        r"contatt[io](?:\s+(?:stampa|per\s+la\s+stampa))?",
        r"ufficio\s+stampa",
        r"per\s+(?:maggiori|ulteriori)\s+informazioni.*",
    ),
    # contact line labels: common press-release usage
    phone_labels=words("cellulare tel telefono"),
    fax_labels=words("fax"),
    email_labels=words("e-mail email"),
    # end of a release: press usage ('- fine -'); determiners: grammar; 'Castiglione del Lago'
    end_marks=words("fine"),
    determiners=words("il la lo un"),
    place_particles=words("del"),
)

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords(
    # grammar: articles and their contractions with prepositions
    articles=words("gli i il l' la le lo l’"),
    # grammar: articles and prepositions elided onto a name ("l'Università", "all'Università", "dell'Istat")
    elisions=words("all d dall dell l nell sull"),
    # grammar: coordinating conjunctions
    coordinations=words("e o"),
    # heads of bodies: government, business and civil-society usage
    org_heads=words(
        "agenzia alleanza ambasciata associazione autorità azienda banca carabinieri coalizione "
        "commissione comune consiglio consolato consorzio cooperativa esercito federazione "
        "fondazione governo gruppo istituto ministero museo organizzazione ospedale parlamento "
        "partito politecnico polizia prefettura procura provincia questura regione rete segreteria "
        "sindacato società teatro tribunale ufficio unione università"),
    # grammar: definite articles
    definite_articles=words("gli i il l' la le lo l’"),
    # heads of official bodies: government and diplomatic usage
    org_triggers=words(
        "agenzia ambasciata commissione consolato delegazione dipartimento direzione ministero "
        "prefettura segreteria ufficio"),
    # official bodies named with their head in lower case: the language's typographic rules
    lower_case_triggers=words("ministero"),
    # heads of foundations, institutes and other bodies: common usage
    body_heads=words(
        "accademia associazione centro comitato commissione consiglio federazione fondazione "
        "istituto osservatorio società università"),
    # grammar: prepositions inside names of bodies
    org_prepositions=words("contro degli dei del della delle di per sul sulla"),
    # grammar: definite articles after those prepositions
    org_articles=words("gli i il l' la le lo l’"),
    # grammar: 'and' inside names of bodies
    org_coordinations=words("e ed"),
    # nouns introducing a company or body's name: news usage
    org_introducers=words(
        "agenzia associazione azienda banca compagnia fondazione gruppo laboratorio operatore "
        "organizzazione partito produttore sindacato società"),
    # grammar: prepositions of place
    locatives=words("a da in"),
    # grammar: prepositions introducing a place only (not a body: "in", not "at")
    place_prepositions=words("in"),
    # nouns of settlements and divisions: common usage
    place_nouns=words("città comune comuni frazione isola località paese paesi provincia quartiere regione"),
    # nouns of natural features and camps: common usage
    feature_nouns=words(
        "baia bacino canale costa deserto fiume foresta golfo lago laguna mare monte montagna "
        "penisola pianura stretto torrente valle altopiano"),
    place_of=words("d' d’ dell' dell’ della del di"),
    # grammar: possessive determiners (not first person singular)
    possessives=words("loro nostra nostre nostri nostro sua sue suo suoi vostra vostro"),
    name_after_head=True,
    # legal texts: legislative usage
    law_words=words("direttiva legge regolamento"),
    # grammar: articles, prepositions and 'and' inside names
    name_joiners=words("del di e per"),
)

PACK = Pack(code="it", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
