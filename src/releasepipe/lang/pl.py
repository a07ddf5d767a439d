"""Polish: what releasepipe knows of the language.

Calendar names, number symbols and currency names come from CLDR (``cldr``);
every hand-written list says where its words come from.
"""

from __future__ import annotations

from . import cldr
from .base import DateWords, EntityWords, LayoutWords, NumberWords, Pack, PeopleWords, SpeechWords, words

# --- dates -------------------------------------------------------------------
DATES = DateWords(
    # Month and weekday names: CLDR (months in every form and width; weekdays in full), plus the
    # forms CLDR lacks: the locative "w marcu" and the accusative "w środę".
    months={**cldr.months("pl"), **DateWords.by_position(
        "styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu")},
    full_months={**DateWords.cldr_full("months", "pl"), **DateWords.by_position(
        "styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu")},
    weekdays={**DateWords.cldr_full("days", "pl"),
              **DateWords.by_position("- - środę - - sobotę niedzielę", first=0)},
    short_weekdays=cldr.weekdays('pl'),
    # Hand-written lists below: the usual written forms of the language in news and press releases.
    numeric_date_order="dmy",
    # words around a day, month and year ("14 października 2024 r.", "2024 roku")
    year_suffixes=("roku", "rok", "r."),
    articles=("w", "we"),
    weekday_lead=("w", "we"),
    # relative days, calendar units in their case forms, direction words
    day_words=DateWords.table("dziś=0 dzisiaj=0 wczoraj=-1 jutro=1 przedwczoraj=-2 pojutrze=2"),
    units={**dict.fromkeys("rok roku lata lat latach rokiem".split(), "Y"),
           **dict.fromkeys("miesiąc miesiąca miesiącu miesiące miesięcy".split(), "M"),
           **dict.fromkeys("tydzień tygodnia tygodniu tygodnie tygodni".split(), "W"),
           **dict.fromkeys("dzień dnia dni dniu".split(), "D"),
           **dict.fromkeys("dekada dekady dekad".split(), "10Y"), **dict.fromkeys("wiek wieku".split(), "100Y"),
           **dict.fromkeys("godzina godziny godzin godzinę".split(), "H"),
           **dict.fromkeys("minuta minuty minut minutę".split(), "TM")},
    dir_before=DateWords.table(
        "zeszłym=-1 zeszły=-1 zeszłej=-1 zeszłego=-1 ubiegłym=-1 ubiegły=-1 ubiegłej=-1 ubiegłego=-1 "
        "poprzednim=-1 poprzedni=-1 poprzedniej=-1 poprzedniego=-1 ostatni=-1 "
        "tym=0 ten=0 tej=0 tę=0 tego=0 bieżącym=0 bieżący=0 bieżącej=0 bieżącego=0 obecnym=0 "
        "przyszłym=1 przyszły=1 przyszłej=1 przyszłą=1 przyszłego=1 następnym=1 następny=1 następnej=1 "
        "następną=1 następnego=1 kolejnym=1 kolejnej=1"),
    dir_after=DateWords.table("ubiegłego=-1 ubiegłym=-1 zeszłego=-1 bieżącego=0 przyszłego=1"),
    # counts from the reference date ("dwa lata temu", "za trzy miesiące", "w ciągu dwóch lat")
    ago_after=("temu",),
    in_words=("za",),
    within=("w ciągu", "w przeciągu"),
    last_next=DateWords.table("ostatnie=-1 ostatnich=-1 minione=-1 najbliższe=1 najbliższych=1 kolejne=1 "
                              "kolejnych=1 następne=1 następnych=1"),
    vague=r"w\s+(?:najbliższych|ostatnich)\s+(?:dniach|tygodniach|miesiącach|latach)|ostatnio|niedawno|wkrótce",
    weekend=("weekend", "weekendzie"),
    weekend_this=("w", "ten", "na"),
    count_after=("po",),
    count_before=("przed",),
    count_later=("później",),
    count_earlier=("wcześniej",),
    # ranges ("od 3 do 5 marca", "3-5 marca"), "since", months alone and boundary modifiers
    range_open=("od", "między", "pomiędzy"),
    range_to=("do",),
    range_and=("i", "a"),
    since=("od",),
    month_context=r"w|we|od|do|na|i|po|przed|początku|końcu|połowie|miesiącu",
    modifiers=r"na\s+początku|pod\s+koniec|w\s+połowie|na\s+przełomie|początek|koniec|połowa",
    # number words for durations and days: text_to_num has no Polish
    numbers=DateWords.table(
        "jeden=1 jedna=1 jedno=1 jednego=1 dwa=2 dwie=2 dwóch=2 dwu=2 trzy=3 trzech=3 cztery=4 czterech=4 "
        "pięć=5 pięciu=5 sześć=6 sześciu=6 siedem=7 siedmiu=7 osiem=8 ośmiu=8 dziewięć=9 dziewięciu=9 "
        "dziesięć=10 dziesięciu=10 jedenaście=11 dwanaście=12 piętnaście=15 dwadzieścia=20 "
        "trzydzieści=30 pięćdziesiąt=50 sto=100"),
    few=frozenset({"kilka", "kilku", "kilkanaście", "parę"}),
    half_before=r"pół",
    # holidays on a fixed day (national and church calendars) and movable feasts, in days from Easter
    holidays={"boże narodzenie": (12, 25), "wigilia": (12, 24), "nowy rok": (1, 1), "sylwester": (12, 31),
              "święto niepodległości": (11, 11), "wszystkich świętych": (11, 1)},
    movable={"wielkanoc": 0, "wielkanocy": 0, "poniedziałek wielkanocny": 1, "wielki piątek": -2,
             "boże ciało": 60, "zielone świątki": 49},
    # quarters, decades and numbered weeks
    quarter_words=("kwartał", "kwartale", "kwartału"),
    quarter_ordinals=DateWords.table(
        "pierwszy=1 pierwszym=1 pierwszego=1 i=1 drugi=2 drugim=2 drugiego=2 ii=2 trzeci=3 trzecim=3 trzeciego=3 "
        "iii=3 czwarty=4 czwartym=4 czwartego=4 iv=4"),
    year_words=("roku",),
    decade=r"(?:lata|latach)\s+(?P<y>(?:1[6-9]|20)\d0)\.?",
    week_words=("tydzień", "tygodniu"),
    # words that make a four-digit number a count or an amount, not a year
    not_year_before=("ponad", "około", "blisko", "prawie", "nr", "str."),
    not_year_after=("procent", "proc.", "złotych", "zł", "euro", "dolarów", "osób", "ton"),
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    # Sources: digits, currency names and symbols from CLDR (cldr.*); the hand lists (scales,
    # currencies in every case, qualifiers, units, connectors, labels, function words) are the
    # words press releases in the language use, in the case forms numbers govern.
    decimal_mark=cldr.number_symbols("pl")[0],
    # CLDR's group mark (a no-break space), and the ones press releases write besides it
    group_marks=(" ", ".", '\xa0', '\u202f', '\u2009', '\u2007'),
    minus_words=("minus",),
    # text_to_num has no pl:
    # forms of the number words a press release writes (nominative, genitive, instrumental), written by
    # hand
    number_words={
        "jeden": 1, "jedna": 1, "jedno": 1, "jednego": 1, "jednej": 1, "dwa": 2, "dwie": 2, "dwóch": 2,
        "dwu": 2, "dwóm": 2, "dwoma": 2, "dwiema": 2, "trzy": 3, "trzech": 3, "trzem": 3, "trzema": 3,
        "cztery": 4, "czterech": 4, "czterem": 4, "czterema": 4, "pięć": 5, "pięciu": 5, "pięcioma": 5,
        "sześć": 6, "sześciu": 6, "sześcioma": 6, "siedem": 7, "siedmiu": 7, "siedmioma": 7, "osiem": 8,
        "ośmiu": 8, "ośmioma": 8, "dziewięć": 9, "dziewięciu": 9, "dziewięcioma": 9, "dziesięć": 10,
        "dziesięciu": 10, "dziesięcioma": 10, "jedenaście": 11, "jedenastu": 11, "dwanaście": 12,
        "dwunastu": 12, "trzynaście": 13, "trzynastu": 13, "czternaście": 14, "czternastu": 14,
        "piętnaście": 15, "piętnastu": 15, "szesnaście": 16, "szesnastu": 16, "siedemnaście": 17,
        "siedemnastu": 17, "osiemnaście": 18, "osiemnastu": 18, "dziewiętnaście": 19, "dziewiętnastu": 19,
        "dwadzieścia": 20, "dwudziestu": 20, "trzydzieści": 30, "trzydziestu": 30, "czterdzieści": 40,
        "czterdziestu": 40, "pięćdziesiąt": 50, "pięćdziesięciu": 50, "sześćdziesiąt": 60,
        "sześćdziesięciu": 60, "siedemdziesiąt": 70, "siedemdziesięciu": 70, "osiemdziesiąt": 80,
        "osiemdziesięciu": 80, "dziewięćdziesiąt": 90, "dziewięćdziesięciu": 90, "sto": 100, "stu": 100,
        "dwieście": 200, "dwustu": 200, "trzysta": 300, "trzystu": 300, "czterysta": 400, "czterystu": 400,
        "pięćset": 500, "pięciuset": 500, "sześćset": 600, "sześciuset": 600, "siedemset": 700,
        "siedmiuset": 700, "osiemset": 800, "ośmiuset": 800, "dziewięćset": 900, "dziewięciuset": 900,
    },
    # scale words in every case and number, and their abbreviations
    scales={
        "tysiąc": 1e3, "tysiące": 1e3, "tysięcy": 1e3, "tysiąca": 1e3, "tysiącach": 1e3, "tys.": 1e3,
        "tys": 1e3, "milion": 1e6, "miliony": 1e6, "milionów": 1e6, "miliona": 1e6, "milionach": 1e6,
        "mln": 1e6, "mln.": 1e6, "miliard": 1e9, "miliardy": 1e9, "miliardów": 1e9, "miliarda": 1e9,
        "miliardach": 1e9, "mld": 1e9, "mld.": 1e9, "bilion": 1e12, "biliony": 1e12, "bilionów": 1e12,
        "bln": 1e12,
    },
    half_nouns=("połowa", "połowy", "połowę"),
    # percent words as written after a number, in every case
    percent_words=(
        "procent", "procenta", "procentów", "procentach", "proc.", "punktów procentowych",
        "punkty procentowe", "punktu procentowego", "pkt proc.", "p.p.",
    ),
    # CLDR's current currency names, then bare names in every case ("долларов" = USD) and abbreviations
    currency_names={
        **cldr.currency_names("pl"), "dolar": "USD", "dolara": "USD", "dolarów": "USD", "dolary": "USD",
        "dolarach": "USD", "złoty": "PLN", "złote": "PLN", "złotych": "PLN", "złotego": "PLN",
        "złotówek": "PLN", "zl": "PLN", "funt": "GBP", "funta": "GBP", "funty": "GBP", "funtów": "GBP",
        "funtów szterlingów": "GBP", "franków": "CHF", "franków szwajcarskich": "CHF", "jenów": "JPY",
        "juanów": "CNY", "rubli": "RUB", "rubla": "RUB", "hrywien": "UAH", "hrywny": "UAH", "hrywnia": "UAH",
        "koron": "CZK", "szekli": "ILS",
    },
    # CLDR's symbols, the ones CLDR leaves out as ambiguous or old (cldr.UNLISTED_SYMBOLS: "$" = USD),
    # then the language's own reading of a shared one
    currency_symbols={**cldr.currency_symbols("pl"), **cldr.UNLISTED_SYMBOLS, "kr": "SEK"},
    iso_codes=cldr.current_currencies(),
    # a hundredth of the currency named before
    subunits=words("cent centy centów eurocentów grosz grosze groszy"),
    # physical units written as words
    unit_words=words(
        "baryłek gigawatów hektarów kilometr kilometry kilometrów litrów megawatów metrów ton tona "
        "tony"
    ),
    time_words=words(
        "dekad dni doby dzień godzin godziny lat lata latach miesiąc miesiące miesięcy rok roku "
        "tydzień tygodni tygodnie wieków"
    ),
    # qualifiers before a number
    qualifiers={
        "ponad": "more_than", "przeszło": "more_than", "więcej niż": "more_than", "powyżej": "more_than",
        "około": "about", "ok.": "about", "blisko": "about", "prawie": "about", "niemal": "about",
        "niemal że": "about", "mniej więcej": "about", "mniej niż": "less_than", "poniżej": "less_than",
        "co najmniej": "at_least", "przynajmniej": "at_least", "minimum": "at_least", "do": "at_most",
        "maksymalnie": "at_most", "najwyżej": "at_most", "nawet": "at_most",
    },
    range_open=("od", "między", "pomiędzy"),
    range_and=("a",),
    range_to=("do",),
    # words before a number that make it a label
    label_words=words(
        "art. artykuł artykułu część etap faza krok linia nr nr. numer pkt poziom punkt rozdział "
        "runda sala str. strona tydzień ust. ustęp wersja wersji załącznik §"
    ),
    # the counted noun after a number: adjectives, then the noun ("200 новых рабочих мест")
    # function words
    stop_words=words(
        "a albo ale blisko być był była było były będzie co czy dla do gdy gdzie go i ich im jak jako "
        "jego jej jest jeszcze już która które który których którzy lub między mu na nad nie niż o od "
        "około oraz po pod ponad prawie przed przez przy się są ta tak te tego tej ten też to tych "
        "tylko tym u w we z za ze że"
    ),
    verb_endings=("ło", "ła", "li", "ły", "ją", "uje", "ują", "ać", "ić", "eć", "się"),
    adjective_endings=(
        "ych", "ich", "ymi", "imi", "ego", "emu", "owe", "owy", "owa", "ne", "ny", "na", "skie", "ski",
        "ska",
    ),
    capital_ends_noun=True,
    noun_max_words=3,
)

# --- speech: quotes and their speakers ---------------------------------------
SPEECH = SpeechWords(
    # the press writes direct speech after a dash too: the language's punctuation rules
    dash_quotes=True,
    # speech verbs as written next to a quote: common press-release usage
    verbs=words(
        "dodaje dodał dodała komentuje mówi mówił mówiła napisał napisała ocenił oceniła "
        "oświadczył oświadczyła pisał pisała pisze podkreśla podkreślił podkreśliła powiedział "
        "powiedziała powiedzieli przyznał przyznała skomentował skomentowała stwierdził "
        "stwierdziła tłumaczy tłumaczył tłumaczyła wyjaśnia wyjaśnił wyjaśniła zauważył zauważyła "
        "zaznacza zaznaczył zaznaczyła "
        "argumentuje argumentował argumentowała apeluje zaapelował zaapelowała mówią dodają podkreślają "
        "ocenia ostrzega ostrzegł ostrzegła przekonuje przekonywał przekonywała przyznaje przypomina "
        "przypomniał przypomniała podsumowuje podsumował podsumowała stwierdza wskazuje wskazał wskazała "
        "zapewnia zapewnił zapewniła zapowiada zapowiedział zapowiedziała zauważa odpowiada "
        "odpowiedział odpowiedziała opowiada opowiedział opowiedziała relacjonuje"),
    # attribution phrases: common press-release usage
    according_to=words("według zdaniem"),
    # grammar: subject pronouns
    pronouns=("ona", "oni", "one"),
    # announced statements: common press-release usage (government and agency releases)
    statements=(r"(?:następujące\s+oświadczenie|oświadczenie)",),
    # words between a speech verb and its colon: common press-release usage
    adverbs_after_verb=words("dziennikarzom dzisiaj dziś także też wczoraj wtedy"),
)

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords(
    # the complement of a function is a genitive after it ("minister gospodarki"): the grammar
    genitive_complements=True,
    infinitive_endings=('ć',),  # the grammar's infinitive endings
    # courtesy titles: common press-release usage and style guides
    honorifics=words("dr dr. hab. inż. mgr mgr. pan pani prof."),
    # functions, as word beginnings: common press-release usage (appositions and bylines)
    role_stems=words(
        "bramkar nauczyciel pielęgniar selekcjoner trener wolontariusz zawodni "
        "adwokat ambasador analityk badacz burmistrz członk doktorant doradc dowódc dyrektor "
        "dziennikar ekspert generał inżynier kapitan kierowni komendant komisarz koordynator lekar lider marszał "
        "menedżer naczelni naukowc naukowiec opiekun pełnomocni porucznik posłank prawnik prezes prezydent "
        "programist przedstawiciel przewodnicząc pułkownik radn redaktor rzeczni sekretarz "
        "skarbnik starost szef wicedyrektor wiceminist wiceprezes wiceprezydent wiceprzewodnicząc "
        "wojewod współzałożyciel wójt właściciel zastępc założyciel"),
    # functions matched as whole words: common press-release usage
    role_words=words(
        "architekt architektka kurator kuratorka student studentka "
        "delegat dziekan konsul poseł posła posłem posłowi rektor sędzia"),
    # endings of words naming an occupation: "-ologist" and its forms (see not_role_words)
    role_endings=words("olog ologa ologiem olożka olożki"),
    # grammar: prefixes forming functions (vice-, co-, ex-)
    role_prefixes=words("eks pod wice współ"),
    # military ranks: the armed forces' rank tables
    ranks=words(
        "admirał aspirant generał inspektor kapitan komisarz major nadinspektor nadkomisarz "
        "podinspektor podkomisarz podpułkownik porucznik pułkownik sierżant"),
    # rank abbreviations: the armed forces', the police's and news wires' usage
    rank_abbreviations=words("asp gen insp kom kpt mjr nadinsp nadkom podinsp podkom por ppłk płk sierż"),
    # academic titles used before a name: academic usage
    academic_titles=words("doktor profesor profesorka"),
    # qualifiers of a function: common press-release usage
    qualifiers=words(
        "była byłego były główna główny naczelna naczelny nowa nowy obecna obecny pierwsza "
        "pierwszy starsza starszy"),
    # grammar: indefinite articles, numerals and possessives
    openers=words("jeden jedna jednym nasz nasza naszym"),
    # phrases of leading: common press-release usage
    head_phrases=words("która_kieruje który_kieruje na_czele odpowiedzialna_za odpowiedzialny_za"),
    # grammar: auxiliaries and copulas
    auxiliaries=words("był była będzie jest może musi są"),
    # grammar: 'of' after 'one' (one of our coordinators)
    of_words=words("z"),
    # grammar: 'for', 'and', 'in' inside a title ("koordynator ds. komunikacji", "dyrektor szpitala w Gdańsku")
    title_joiners=words("ds. i w we"),
    # bodies whose names begin like a function: the ministry
    not_role_words=words("monolog nekrolog prolog ministerstw ministerstwa ministerstwem ministerstwie ministerstwo"),
)

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords(
    # company and tax register numbers before a number: common administrative usage
    reference_labels=(r"regon", r"krs", r"nip", r"pesel"),
    # abbreviations written before a name, whose full stop ends no sentence ("ul. Marszałkowska",
    # "im. Adama Mickiewicza", "św. Anny"): the language's usual ones
    abbreviations=words("al gm im ks os pl pow św ul woj"),
    # release labels: common press-release usage
    kicker_labels=(
        r"informacja\ prasowa",
        r"komunikat(?:\ prasowy)?",
        r"notatka\ prasowa",
        r"do\ natychmiastowej\ publikacji",
    ),
    # embargo notices: common press-release usage
    embargo_heads=(
        r"objęt[ea]\ embargiem",
    ),
    # contact block headings: common press-release usage
    contact_headings=(
        r"kontakt(?:y)?\ (?:dla\ mediów|z\ mediami|prasowy)",
        r"dodatkowe\ informacje",
        r"więcej\ informacji",
        r"informacji\ udziela(?:ją)?",
        r"biuro\ prasowe",
        r"rzecznik\ prasowy",
        r"osoba\ do\ kontaktu",
        r"dla\ mediów\s*:",
    ),
    # 'about' and notes-to-editors headings: common press-release usage
    about_headings=(
        r"o\ (?:nas|firmie|fundacji|organizacji|stowarzyszeniu|spółce|instytucie|agencji)\b",
        r"(?:notatka|informacja)\ dla\ redakcji",
    ),
    # web page date labels: common CMS usage
    date_labels=words("aktualizacji data opublikowano publikacji zaktualizowano"),
    # grammar: prepositions and articles around dates
    date_fillers=words("dnia godz r roku z"),
    # release numbering: common press-release usage
    number_words=words("nr"),
    # grammar: the conjunction 'and'
    place_joiners=words("i"),
    # grammar: articles, prepositions, conjunctions
    title_continues=words("dla do i na o od po przez w z"),
    # lines that are only a contact heading: common press-release usage
    contact_lines=(
        r"kontakt(?:y)?(?:\s+(?:dla\s+mediów|z\s+mediami|prasowy))?",
        r"biuro\s+prasowe",
        r"dodatkowe\s+informacje.*",
        r"więcej\s+informacji.*",
    ),
    # contact line labels: common press-release usage
    phone_labels=words("kom tel telefon"),
    fax_labels=words("faks fax"),
    email_labels=words("e-mail email"),
    # end of a release: press usage ('- koniec -'); 'Frankfurt nad Odrą', 'Kostrzyn na …'
    end_marks=words("koniec"),
    place_particles=words("na nad"),
)

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords(
    # the press's abbreviations of countries (CLDR and ISO have none): news usage
    country_abbreviations={"USA": "US", "RFN": "DE", "ChRL": "CN", "KRLD": "KP", "ZEA": "AE", "RPA": "ZA"},
    # grammar: 'and' inside names of bodies
    org_coordinations=words("i"),
    # heads of bodies as base forms: government and business usage
    org_head_lemmas=words(
        "agencja akademia bank biuro departament federacja front fundacja grupa inspektorat "
        "instytut izba kancelaria komenda komisja komitet koncern konfederacja kongres liga ministerstwo "
        "organizacja parlament partia rada rząd sejm senat sojusz spółka stowarzyszenie stronnictwo sąd "
        "trybunał unia uniwersytet urząd wspólnota zgromadzenie związek centrum fundusz muzeum policja prokuratura szpital teatr zarząd zespół "
        "administracja inspekcja straż służba wojsko"),
    # nouns introducing a company or body's name: news usage
    org_introducers=words(
        "agencja bank firma fundacja fundusz giełda grupa holding koncern korporacja linia "
        "operator organizacja partia producent przewoźnik spółka stowarzyszenie ugrupowanie "
        "związek"),
    # grammar: prepositions of place, before a town or a country in its case
    locatives=words("do koło na nad pod przy w we z ze"),
    # grammar: coordinating conjunctions
    coordinations=words("albo i lub oraz"),
    # nouns of natural features and camps: common usage
    feature_nouns=words(
        "cieśnina dolina góra góry jezioro kanał las morze obóz półwysep puszcza rzeka "
        "wybrzeże zatoka"),
    place_of=words("w we"),  # "Akademia Techniczna w Zamościu"
    articleless=True,
    names_before_head=True,
)

PACK = Pack(code="pl", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
