"""Czech: what releasepipe knows of the language.

Calendar names, number symbols and currency names come from CLDR (``cldr``);
every hand-written list says where its words come from.
"""

from __future__ import annotations

from . import cldr
from .base import DateWords, EntityWords, LayoutWords, NumberWords, Pack, PeopleWords, SpeechWords, words

# The locative of the months ("v březnu", "v červenci"): Czech grammar, forms CLDR lacks.
_LOCATIVE_MONTHS = "lednu únoru březnu dubnu květnu červnu červenci srpnu září říjnu listopadu prosinci"

# --- dates -------------------------------------------------------------------
DATES = DateWords(
    # Month and weekday names: CLDR (months in every form and width; weekdays in full), plus the
    # forms CLDR lacks: the locative "v březnu" and the accusative and genitive "ve středu", "do pátku".
    months={**{k: v for k, v in cldr.months("cs").items() if k != "pro"},  # "pro" is the word "for"
            **DateWords.by_position(_LOCATIVE_MONTHS)},
    full_months={**DateWords.cldr_full("months", "cs"), **DateWords.by_position(_LOCATIVE_MONTHS)},
    weekdays={**DateWords.cldr_full("days", "cs"),
              **DateWords.by_position("- - středu|středy čtvrtka pátku sobotu|soboty neděli", first=0)},
    short_weekdays=cldr.weekdays('cs'),
    # Hand-written lists below: the usual written forms of the language in news and press releases.
    numeric_date_order="dmy",
    spaced_numeric_dates=True,  # "15. 3. 2024": the language's usage
    # dotted_day_month stays off: with it the stage reads "15. 3. 2024" as 15 March of the coming year
    # and a year apart; "15.3.2024" is read without it
    # a three-letter month abbreviation ("led", "lis", "dub" are words too) only when capitalised
    short_months_need_capital=True,
    # words around a day, month and year ("15. března 2024", "roku 2024", "2024 r.")
    year_suffixes=("roku", "r."),
    articles=("v", "ve"),
    weekday_lead=("v", "ve"),
    or_words=("nebo", "či"),
    day_nouns=("dne",),
    # relative days, calendar units in their case forms, direction words: common news usage
    day_words=DateWords.table("dnes=0 dneska=0 včera=-1 zítra=1 předevčírem=-2 pozítří=2"),
    units={**dict.fromkeys("rok roku roce roky let letech lety rokem".split(), "Y"),
           **dict.fromkeys("měsíc měsíce měsíců měsíci měsících měsícem".split(), "M"),
           **dict.fromkeys("týden týdne týdnu týdny týdnů týdnech týdnem".split(), "W"),
           **dict.fromkeys("den dne dni dny dní dnů dnech dnem".split(), "D"),
           **dict.fromkeys("desetiletí dekáda dekády dekád".split(), "10Y"), **dict.fromkeys("století".split(), "100Y"),
           **dict.fromkeys("hodina hodiny hodin hodinu hodinách".split(), "H"),
           **dict.fromkeys("minuta minuty minut minutu".split(), "TM")},
    dir_before=DateWords.table(
        "minulý=-1 minulého=-1 minulém=-1 minulou=-1 minulá=-1 minulé=-1 loňský=-1 loňského=-1 loňském=-1 "
        "předchozí=-1 předchozího=-1 předchozím=-1 uplynulý=-1 uplynulého=-1 uplynulém=-1 "
        "tento=0 tohoto=0 tomto=0 tuto=0 tato=0 této=0 letošní=0 letošního=0 letošním=0 stávající=0 "
        "příští=1 příštího=1 příštím=1 nadcházející=1 nadcházejícího=1 nadcházejícím=1 "
        "následující=1 následujícího=1 následujícím=1"),
    # counts from the reference date ("před dvěma lety", "za tři měsíce", "během dvou let")
    ago_before=("před",),
    in_words=("za",),
    within=("během", "v průběhu"),
    last_next=DateWords.table("poslední=-1 posledních=-1 uplynulé=-1 uplynulých=-1 příští=1 příštích=1 "
                              "nadcházející=1 nadcházejících=1 následující=1 následujících=1"),
    vague=r"v\s+(?:nejbližších|posledních|příštích|následujících|nadcházejících)\s+(?:dnech|týdnech|měsících|"
          r"letech)|v\s+blízké\s+budoucnosti|nedávno|brzy",
    weekend=("víkend", "víkendu"),
    weekend_this=("o", "na", "tento", "během"),
    count_after=("po",),
    count_before=("před",),
    count_later=("později", "poté"),
    count_earlier=("dříve", "předtím"),
    # ranges ("od 3. do 5. března", "3.–5. března"), "since", months alone and boundary modifiers
    range_open=("od", "mezi"),
    range_to=("do",),
    range_and=("a",),
    since=("od",),
    month_context=r"v|ve|od|do|na|a|po|před|během|začátku|začátkem|konci|koncem|polovině|měsíci",
    modifiers=r"na\s+začátku|začátkem|na\s+konci|koncem|v\s+polovině|v\s+půlce|na\s+přelomu|začátek|konec",
    # number words for durations and days (text_to_num has no Czech): Czech grammar
    numbers=DateWords.table(
        "jeden=1 jedna=1 jedno=1 jednoho=1 jednu=1 dva=2 dvě=2 dvou=2 dvěma=2 tři=3 tří=3 třech=3 třemi=3 "
        "čtyři=4 čtyř=4 čtyřech=4 čtyřmi=4 pět=5 pěti=5 šest=6 šesti=6 sedm=7 sedmi=7 osm=8 osmi=8 "
        "devět=9 devíti=9 deset=10 deseti=10 jedenáct=11 dvanáct=12 patnáct=15 dvacet=20 třicet=30 "
        "padesát=50 sto=100"),
    few=frozenset({"několik", "několika", "pár"}),
    half_before=r"půl",
    # holidays on a fixed day (Czech public holidays) and movable feasts, in days from Easter
    holidays={"nový rok": (1, 1), "štědrý den": (12, 24), "silvestr": (12, 31), "svátek práce": (5, 1),
              "den vítězství": (5, 8), "den české státnosti": (9, 28)},
    movable={"velikonoce": 0, "velikonoc": 0, "velikonoční pondělí": 1, "velký pátek": -2, "letnice": 49},
    # quarters ("ve třetím čtvrtletí"), numbered weeks
    quarter_words=("čtvrtletí", "kvartál", "kvartálu", "kvartále"),
    quarter_ordinals=DateWords.table(
        "první=1 prvním=1 prvního=1 i=1 druhé=2 druhém=2 druhého=2 druhý=2 ii=2 třetí=3 třetím=3 třetího=3 "
        "iii=3 čtvrté=4 čtvrtém=4 čtvrtého=4 čtvrtý=4 iv=4"),
    year_words=("roku",),
    week_words=("týden", "týdnu"),
    # words that make a four-digit number a count or an amount, not a year
    not_year_before=("přes", "asi", "zhruba", "téměř", "skoro", "kolem", "okolo", "cca", "č.", "str."),
    not_year_after=("procent", "korun", "kč", "eur", "dolarů", "lidí", "osob", "tun"),
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    # Sources: digits, currency names and symbols from CLDR (cldr.*); the hand lists (scales,
    # currencies in every case, qualifiers, units, connectors, labels, function words) are the
    # words press releases in the language use, in the case forms numbers govern.
    decimal_mark=cldr.number_symbols("cs")[0],
    # CLDR's group mark (a no-break space), and the ones press releases write besides it
    group_marks=(" ", ".", '\xa0', '\u202f', '\u2009', '\u2007'),
    # "3. místo": a number, a full stop and a word is an ordinal
    ordinal_dot=True,
    minus_words=("minus",),
    # text_to_num has no cs: the number words in the case forms a press release writes (Czech grammar)
    number_words={
        "jeden": 1, "jedna": 1, "jedno": 1, "jednoho": 1, "jedné": 1, "jednomu": 1, "jedním": 1,
        "jednu": 1, "dva": 2, "dvě": 2, "dvou": 2, "dvěma": 2, "tři": 3, "tří": 3, "třem": 3, "třemi": 3,
        "třech": 3, "čtyři": 4, "čtyř": 4, "čtyřem": 4, "čtyřmi": 4, "čtyřech": 4, "pět": 5, "pěti": 5,
        "šest": 6, "šesti": 6, "sedm": 7, "sedmi": 7, "osm": 8, "osmi": 8, "devět": 9, "devíti": 9,
        "deset": 10, "deseti": 10, "jedenáct": 11, "jedenácti": 11, "dvanáct": 12, "dvanácti": 12,
        "třináct": 13, "třinácti": 13, "čtrnáct": 14, "čtrnácti": 14, "patnáct": 15, "patnácti": 15,
        "šestnáct": 16, "šestnácti": 16, "sedmnáct": 17, "sedmnácti": 17, "osmnáct": 18, "osmnácti": 18,
        "devatenáct": 19, "devatenácti": 19, "dvacet": 20, "dvaceti": 20, "třicet": 30, "třiceti": 30,
        "čtyřicet": 40, "čtyřiceti": 40, "padesát": 50, "padesáti": 50, "šedesát": 60, "šedesáti": 60,
        "sedmdesát": 70, "sedmdesáti": 70, "osmdesát": 80, "osmdesáti": 80, "devadesát": 90,
        "devadesáti": 90, "sto": 100, "stu": 100, "dvěstě": 200, "třista": 300, "čtyřista": 400,
        "pětset": 500,
    },
    # scale words in every case and number, and their abbreviations: common news usage
    scales={
        "tisíc": 1e3, "tisíce": 1e3, "tisícům": 1e3, "tisících": 1e3, "tisícem": 1e3, "tis.": 1e3,
        "milion": 1e6, "milionu": 1e6, "miliony": 1e6, "milionů": 1e6, "milionech": 1e6, "milionem": 1e6,
        "milión": 1e6, "miliónu": 1e6, "milióny": 1e6, "miliónů": 1e6, "mil.": 1e6, "mln.": 1e6, "mln": 1e6,
        "miliarda": 1e9, "miliardy": 1e9, "miliard": 1e9, "miliardu": 1e9, "miliardách": 1e9,
        "miliardami": 1e9, "mld.": 1e9, "mld": 1e9, "bilion": 1e12, "bilionu": 1e12, "biliony": 1e12,
        "bilionů": 1e12,
    },
    half_nouns=("polovina", "poloviny", "polovinu"),
    # percent words as written after a number, in every case: common news usage
    percent_words=(
        "procento", "procenta", "procent", "procentech", "procentní bod", "procentní body",
        "procentního bodu", "procentních bodů", "p. b.", "p.b.",
    ),
    # CLDR's current currency names, then bare names in every case ("dolarů" = USD) and abbreviations
    currency_names={
        **cldr.currency_names("cs"), "koruna": "CZK", "koruny": "CZK", "korun": "CZK", "korunu": "CZK",
        "korunách": "CZK", "kč": "CZK", "dolar": "USD", "dolaru": "USD", "dolary": "USD", "dolarů": "USD",
        "dolarech": "USD", "libra": "GBP", "libry": "GBP", "liber": "GBP", "franků": "CHF",
        "švýcarských franků": "CHF", "jenů": "JPY", "jüanů": "CNY", "rublů": "RUB", "hřiven": "UAH",
        "zlotých": "PLN", "forintů": "HUF",
    },
    # CLDR's symbols, the ones CLDR leaves out as ambiguous or old (cldr.UNLISTED_SYMBOLS: "$" = USD),
    # then the language's own reading of a shared one
    currency_symbols={**cldr.currency_symbols("cs"), **cldr.UNLISTED_SYMBOLS, "Kč": "CZK"},
    iso_codes=cldr.current_currencies(),
    # a hundredth of the currency named before
    subunits=words("haléř haléře haléřů cent centy centů eurocentů"),
    # physical units written as words
    unit_words=words(
        "barelů gigawattů hektarů hektary kilometr kilometry kilometrů litrů megawattů metrů tun tuna "
        "tuny"
    ),
    time_words=words(
        "den desetiletí dnů dní dny hodin hodiny let měsíc měsíce měsíců rok roku roky století "
        "týden týdnů týdny"
    ),
    # qualifiers before a number: common news usage
    qualifiers={
        "přes": "more_than", "více než": "more_than", "víc než": "more_than", "nad": "more_than",
        "přibližně": "about", "zhruba": "about", "asi": "about", "kolem": "about", "okolo": "about",
        "téměř": "about", "skoro": "about", "takřka": "about", "cca": "about", "cca.": "about",
        "méně než": "less_than", "míň než": "less_than", "pod": "less_than", "nejméně": "at_least",
        "alespoň": "at_least", "minimálně": "at_least", "nejvýše": "at_most", "maximálně": "at_most",
        "až": "at_most", "do": "at_most",
    },
    range_open=("od", "mezi"),
    range_and=("a",),
    range_to=("do",),
    # words before a number that make it a label: common news and legal usage
    label_words=words(
        "bod čl. článek článku číslo č. etapa fáze kapitola kapitoly kolo krok linka odst. odstavec "
        "příloha příloze sál str. strana straně stupeň týden verze úroveň §"
    ),
    # the counted noun after a number: adjectives, then the noun ("200 nových pracovních míst")
    # function words (Czech grammar)
    stop_words=words(
        "a aby ale ani asi až byl byla byli bylo byly být bude budou co či do i jak jako je jeho jejich "
        "její jen ještě již jsou k ke kde když kolem který která které kteří mezi na nad než o od okolo "
        "po pod pro proti před přes při s se si svůj tak také tedy to tu u v ve více však z za ze že"
    ),
    verb_endings=("ilo", "ila", "ili", "ily", "alo", "ala", "ali", "aly", "elo", "ela", "eli", "ují", "uje",
                  "ovat", "se"),
    adjective_endings=("ých", "ými", "ého", "ému", "ové", "ový", "ová", "ních", "ními", "ský", "ská", "ské"),
    capital_ends_noun=True,
    noun_max_words=3,
)

# --- speech: quotes and their speakers ---------------------------------------
SPEECH = SpeechWords(
    # the press writes direct speech after a dash too: the language's punctuation rules
    dash_quotes=True,
    # speech verbs as written next to a quote: common news usage
    verbs=words(
        "doplnil doplnila doplňuje dodal dodala dodali dodává konstatoval konstatovala napsal napsala "
        "okomentoval okomentovala podotkl podotkla poznamenal poznamenala prohlásil prohlásila "
        "prohlásili připomněl připomněla píše řekl řekla řekli říká sdělil sdělila sdělili sděluje "
        "tvrdí tvrdil tvrdila upozornil upozornila upozorňuje uvedl uvedla uvedli uvádí uzavřel "
        "uzavřela vysvětlil vysvětlila vysvětluje zdůraznil zdůraznila zdůrazňuje"),
    # attribution phrases: common news usage
    according_to=words("podle podle_slov"),
    # grammar: subject pronouns
    pronouns=("on", "ona", "oni", "ony"),
    # announced statements: common press-release usage (government and agency releases)
    statements=(r"(?:následující\s+prohlášení|prohlášení)",),
    # words between a speech verb and its colon: common news usage
    adverbs_after_verb=words("dnes médiím novinářům pak také rovněž tehdy včera"),
)

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords(
    # the complement of a function is a genitive after it ("minister gospodarki"): the grammar
    genitive_complements=True,
    infinitive_endings=('t',),  # the grammar's infinitive endings
    # courtesy and academic titles written before a name: common Czech usage
    honorifics=words("bc. dr dr. doc. ing ing. judr. mgr mgr. mudr. pan paní phdr. prof. rndr."),
    # functions, as word beginnings: common news usage (appositions and bylines)
    role_stems=words(
        "advokát analytik diplomat ekonomk expert generál guvernér hejtman inženýr jednatel kapitán "
        "komisař koordinátor manažer ministr ministryn místopředsed místostarost náměstk novinář "
        "odborník plukovník poslan premiér prezident primátor profesor předsed předsedkyn redaktor "
        "ředitel senátor soudc spoluzakladatel tajemník velitel velvyslan viceprezident zakladatel "
        "zmocněn zástupc člen šéf"),
    # functions matched as whole words: common news usage
    role_words=words(
        "děkan děkana děkanem ekonom ekonoma ekonomem konzul konzula lídr lídra lídrem lídryně mluvčí "
        "náměstek radní rektor rektora rektorem starosta starostka starostou starostovi starosty "
        "starostky vedoucí"),
    # bodies and things whose names begin like a function: common news usage
    not_role_words=words(
        "ministerstvo ministerstva ministerstvu ministerstvem ministerstvech předsednictví předsednictvo "
        "předsednictva starosti starostí ředitelství ředitelstvím členství členstvím velitelství prezidentský prezidentská "
        "prezidentské prezidentských prezidentského poslanecký poslanecká poslanecké poslaneckých"),
    # grammar: prefixes forming functions (vice-, co-, ex-)
    role_prefixes=words("ex místo spolu vice"),
    # military ranks: the Czech army's rank table
    ranks=words("admirál generál kapitán major nadporučík plukovník podplukovník poručík rotmistr seržant"),
    # rank abbreviations: the army's and news agencies' usage
    rank_abbreviations=words("gen kpt mjr npor plk por pplk"),
    # qualifiers of a function: common news usage
    qualifiers=words(
        "bývalá bývalé bývalého bývalý generální hlavní nová nový první současná současný výkonná "
        "výkonný"),
    # grammar: numerals and possessives
    openers=words("jeden jedna jedním náš naše naší naším"),
    # phrases of leading: common news usage
    head_phrases=words("v_čele která_vede který_vede odpovědná_za odpovědný_za zodpovědná_za zodpovědný_za"),
    # grammar: auxiliaries and copulas
    auxiliaries=words("bude budou byl byla byli je jsou musí může"),
    # grammar: 'of' after 'one' (one of our coordinators)
    of_words=words("z ze"),
)

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords(
    # company and tax register numbers before a number: common administrative usage
    reference_labels=(r"ičo?", r"dič"),
    # abbreviations written before a name, whose full stop ends no sentence ("ul. Marszałkowska",
    # "im. Adama Mickiewicza", "św. Anny"): the language's usual ones
    abbreviations=words("nám sv tř ul"),
    # release labels: common press-release usage
    kicker_labels=(
        r"tisková\ zpráva",
        r"tiskové\ prohlášení",
        r"zpráva\ pro\ média",
        r"k\ okamžitému\ zveřejnění",
    ),
    # embargo notices: common press-release usage
    embargo_heads=(
        r"embargo",
        r"nezveřejňovat\ před",
    ),
    # contact block headings: common press-release usage
    contact_headings=(
        r"kontakt(?:y)?\ pro\ (?:média|novináře)",
        r"kontakt\s*(?::|$|\n)",
        r"další\ informace",
        r"více\ informací",
        r"pro\ (?:další|více)\ informac[eí]",
        r"tiskové\ oddělení",
        r"tiskov[ýá]\ mluvčí",
        r"kontaktní\ osoba",
        r"pro\ média\s*:",
    ),
    # 'about' and notes-to-editors headings: common press-release usage
    about_headings=(
        r"o\ (?:nás|společnosti|firmě|nadaci|organizaci|sdružení|institutu|agentuře|projektu|skupině)\b",
        r"poznámk[ay]\ pro\ (?:editory|redakce|redaktory|média)",
    ),
    # web page date labels: common CMS usage
    date_labels=words("aktualizováno datum publikováno vloženo zveřejněno"),
    # grammar: prepositions and nouns around dates
    date_fillers=words("dne r roku v ve"),
    # release numbering: common press-release usage
    number_words=words("č č."),
    # grammar: the conjunction 'and'
    place_joiners=words("a"),
    # grammar: prepositions, conjunctions
    title_continues=words("a do k ke na o od po pro s se u v ve z ze za"),
    # lines that are only a contact heading: common press-release usage
    contact_lines=(
        r"kontakt(?:y)?(?:\s+pro\s+(?:média|novináře))?",
        r"tiskové\s+oddělení",
        r"další\s+informace.*",
        r"více\s+informací.*",
    ),
    # contact line labels: common press-release usage
    phone_labels=words("mob mobil tel telefon"),
    fax_labels=words("fax"),
    email_labels=words("e-mail email"),
)

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords(
    # the press's abbreviations of countries (CLDR and ISO have none): news usage
    country_abbreviations={"USA": "US", "SRN": "DE", "ČLR": "CN", "KLDR": "KP", "SAE": "AE", "JAR": "ZA"},
    # grammar: 'and' inside names of bodies
    org_coordinations=words("a"),
    # heads of bodies as base forms: government and business usage
    org_head_lemmas=words(
        "agentura akademie aliance banka federace fond hnutí institut inspekce kancelář komise komora "
        "kongres koncern liga ministerstvo nadace organizace parlament rada sdružení senát sněmovna "
        "soud spolek společnost strana svaz unie univerzita vláda výbor úřad ústav"),
    # nouns of natural features and camps: common usage
    feature_nouns=words(
        "hora hory jezero kanál les moře poloostrov pobřeží průliv poušť řeka údolí záliv tábor"),
    # nouns introducing a company or body's name: news usage
    org_introducers=words(
        "agentura aerolinie banka dopravce firma fond holding hnutí koncern nadace operátor "
        "organizace skupina společnost sdružení strana svaz výrobce"),
    # grammar: prepositions of place, before a town or a country in its case
    locatives=words("do na nad pod u v ve z ze"),
    # grammar: coordinating conjunctions
    coordinations=words("a i nebo či"),
    articleless=True,
    names_before_head=True,
)

PACK = Pack(code="cs", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
