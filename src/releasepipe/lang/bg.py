"""Bulgarian: what releasepipe knows of the language.

Calendar names, number symbols and currency names come from CLDR (``cldr``);
every hand-written list says where its words come from.
"""

from __future__ import annotations

from . import cldr
from .base import DateWords, EntityWords, LayoutWords, NumberWords, Pack, PeopleWords, SpeechWords, words

# --- dates -------------------------------------------------------------------
DATES = DateWords(
    # Month and weekday names: CLDR (months in every form and width; weekdays in full), plus the
    # forms CLDR lacks: the abbreviation "септ." and the definite weekdays ("неделята", "петъкът").
    months={**cldr.months("bg"), "септ": 9, "септ.": 9},
    full_months=DateWords.cldr_full("months", "bg"),
    weekdays={**DateWords.cldr_full("days", "bg"), **DateWords.by_position(
        "понеделникът вторникът сряда|срядата четвъртъкът петъкът съботата неделята", first=0)},
    short_weekdays=cldr.weekdays('bg'),
    # Hand-written lists below: the usual written forms of the language in news and press releases.
    numeric_date_order="dmy",
    # words around a day, month and year ("15 март 2024 г.", "2024 година")
    year_suffixes=("г.", "година", "годината"),
    articles=("в", "във", "на"),
    weekday_lead=("в", "във"),
    or_words=("или",),
    # relative days, calendar units in their count and definite forms, direction words: common news usage
    day_words=DateWords.table("днес=0 вчера=-1 утре=1 завчера=-2 вдругиден=2"),
    units={**dict.fromkeys("година години годината годините".split(), "Y"),
           **dict.fromkeys("месец месеца месеци месецът месеците".split(), "M"),
           **dict.fromkeys("седмица седмици седмицата седмиците".split(), "W"),
           **dict.fromkeys("ден дни деня денят дена денонощие денонощия".split(), "D"),
           **dict.fromkeys("десетилетие десетилетия десетилетието".split(), "10Y"),
           **dict.fromkeys("век века векът".split(), "100Y"),
           **dict.fromkeys("час часа часове часът".split(), "H"),
           **dict.fromkeys("минута минути минутата".split(), "TM")},
    dir_before=DateWords.table(
        "миналата=-1 миналия=-1 миналото=-1 миналият=-1 изминалата=-1 изминалия=-1 предишната=-1 "
        "предишния=-1 предходната=-1 предходния=-1 "
        "тази=0 този=0 това=0 текущата=0 текущия=0 настоящата=0 настоящия=0 "
        "следващата=1 следващия=1 следващото=1 идната=1 идния=1 идващата=1 идващия=1 предстоящата=1"),
    # counts from the reference date ("преди две години", "след три месеца", "в рамките на две години")
    ago_before=("преди",),
    in_words=("след",),
    within=("в рамките на", "в продължение на"),
    last_next=DateWords.table("последните=-1 изминалите=-1 миналите=-1 следващите=1 идните=1 "
                              "предстоящите=1"),
    vague=r"(?:в|през)\s+(?:следващите|последните|идните|предстоящите)\s+(?:дни|седмици|месеци|години)"
          r"|в\s+близко\s+бъдеще|наскоро|скоро",
    weekend=("уикенд", "уикенда", "уикендът"),
    weekend_this=("през", "този", "в", "на"),
    count_after=("след",),
    count_before=("преди",),
    count_later=("по-късно",),
    count_earlier=("по-рано",),
    # ranges ("от 3 до 5 март"), "since", months alone and boundary modifiers
    range_open=("от", "между"),
    range_to=("до",),
    range_and=("и",),
    since=("от",),
    month_context=r"в|във|през|от|до|на|и|след|преди|началото|края|средата|месец",
    modifiers=r"в\s+началото\s+на|в\s+края\s+на|в\s+средата\s+на|началото\s+на|края\s+на|средата\s+на",
    # number words for durations and days (text_to_num has no Bulgarian): Bulgarian grammar
    numbers=DateWords.table(
        "един=1 една=1 едно=1 два=2 две=2 двама=2 три=3 трима=3 четири=4 пет=5 шест=6 седем=7 осем=8 "
        "девет=9 десет=10 единадесет=11 единайсет=11 дванадесет=12 дванайсет=12 петнадесет=15 "
        "петнайсет=15 двадесет=20 двайсет=20 тридесет=30 трийсет=30 петдесет=50 сто=100"),
    few=frozenset({"няколко"}),
    half_before=r"половин",
    # holidays on a fixed day (Bulgarian official holidays) and movable feasts, in days from Easter
    holidays={"нова година": (1, 1), "бъдни вечер": (12, 24), "коледа": (12, 25),
              "ден на освобождението": (3, 3), "ден на съединението": (9, 6),
              "ден на независимостта": (9, 22), "денят на независимостта": (9, 22)},
    movable={"великден": 0, "разпети петък": -2},
    # quarters ("през третото тримесечие"), decades, numbered weeks
    quarter_words=("тримесечие", "тримесечието", "квартал", "квартала"),
    quarter_ordinals=DateWords.table(
        "първо=1 първото=1 първи=1 първия=1 i=1 второ=2 второто=2 втори=2 втория=2 ii=2 трето=3 третото=3 "
        "трети=3 третия=3 iii=3 четвърто=4 четвъртото=4 четвърти=4 четвъртия=4 iv=4"),
    year_words=("година", "годината"),
    decade=r"(?P<y>(?:1[6-9]|20)\d0)-те(?:\s+години)?",
    week_words=("седмица",),
    # words that make a four-digit number a count or an amount, not a year
    not_year_before=("над", "около", "почти", "близо", "№", "стр."),
    not_year_after=("процента", "лева", "лв.", "лв", "евро", "долара", "души", "тона"),
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    # Sources: digits, currency names and symbols from CLDR (cldr.*); the hand lists (scales,
    # currencies in their count forms, qualifiers, units, connectors, labels, function words) are the
    # words press releases in the language use.
    decimal_mark=cldr.number_symbols("bg")[0],
    # CLDR's group mark (a no-break space), and the ones press releases write besides it
    group_marks=(" ", ".", '\xa0', '\u202f', '\u2009', '\u2007'),
    minus_words=("минус",),
    # text_to_num has no bg: the number words, with their personal forms ("трима") and the
    # spoken forms news writes ("двайсет"), Bulgarian grammar
    number_words={
        "един": 1, "една": 1, "едно": 1, "два": 2, "две": 2, "двама": 2, "три": 3, "трима": 3,
        "четири": 4, "четирима": 4, "пет": 5, "петима": 5, "шест": 6, "шестима": 6, "седем": 7,
        "седмина": 7, "осем": 8, "осмина": 8, "девет": 9, "деветима": 9, "десет": 10, "десетима": 10,
        "единадесет": 11, "единайсет": 11, "дванадесет": 12, "дванайсет": 12, "тринадесет": 13,
        "тринайсет": 13, "четиринадесет": 14, "четиринайсет": 14, "петнадесет": 15, "петнайсет": 15,
        "шестнадесет": 16, "шестнайсет": 16, "седемнадесет": 17, "седемнайсет": 17, "осемнадесет": 18,
        "осемнайсет": 18, "деветнадесет": 19, "деветнайсет": 19, "двадесет": 20, "двайсет": 20,
        "тридесет": 30, "трийсет": 30, "четиридесет": 40, "четирийсет": 40, "петдесет": 50,
        "шестдесет": 60, "седемдесет": 70, "осемдесет": 80, "деветдесет": 90, "сто": 100, "двеста": 200,
        "триста": 300, "четиристотин": 400, "петстотин": 500, "шестстотин": 600, "седемстотин": 700,
        "осемстотин": 800, "деветстотин": 900,
    },
    # scale words in their count and definite forms, and their abbreviations: common news usage
    scales={
        "хиляда": 1e3, "хиляди": 1e3, "хилядата": 1e3, "хилядите": 1e3, "хил.": 1e3, "хил": 1e3,
        "милион": 1e6, "милиона": 1e6, "милиони": 1e6, "милионите": 1e6, "млн": 1e6, "млн.": 1e6,
        "милиард": 1e9, "милиарда": 1e9, "милиарди": 1e9, "милиардите": 1e9, "млрд": 1e9, "млрд.": 1e9,
        "трилион": 1e12, "трилиона": 1e12, "трлн": 1e12, "трлн.": 1e12,
    },
    half_nouns=("половин", "половина", "половината"),
    # percent words as written after a number: common news usage
    percent_words=(
        "процент", "процента", "процентът", "процентни пункта", "процентен пункт", "пр. п.", "п.п.",
    ),
    # CLDR's current currency names, then bare names in their count forms ("долара" = USD) and abbreviations
    currency_names={
        **cldr.currency_names("bg"), "лев": "BGN", "лева": "BGN", "левове": "BGN",
        "лв.": "BGN", "лв": "BGN", "долар": "USD", "долара": "USD", "долари": "USD", "доларите": "USD",
        "лири стерлинги": "GBP", "паунда": "GBP", "швейцарски франка": "CHF", "рубли": "RUB",
        "рубла": "RUB", "юана": "CNY", "йени": "JPY", "злоти": "PLN", "гривни": "UAH", "чешки крони": "CZK",
    },
    # CLDR's symbols, the ones CLDR leaves out as ambiguous or old (cldr.UNLISTED_SYMBOLS: "$" = USD),
    # then the language's own reading of a shared one
    currency_symbols={**cldr.currency_symbols("bg"), **cldr.UNLISTED_SYMBOLS, "Kč": "CZK"},
    iso_codes=cldr.current_currencies(),
    # a hundredth of the currency named before
    subunits=words("стотинка стотинки цент цента центове евроцента"),
    # physical units written as words
    unit_words=words(
        "барела гигавата декара километра километър километри литра мегавата метра тон тона "
        "хектара"
    ),
    time_words=words(
        "века година години денонощия дни десетилетия месец месеца месеци седмица седмици часа "
        "часове"
    ),
    # qualifiers before a number: common news usage
    qualifiers={
        "над": "more_than", "повече от": "more_than", "около": "about", "близо": "about",
        "почти": "about", "приблизително": "about", "към": "about", "под": "less_than",
        "по-малко от": "less_than", "най-малко": "at_least", "поне": "at_least", "минимум": "at_least",
        "до": "at_most", "максимум": "at_most", "не повече от": "at_most",
    },
    range_open=("от", "между"),
    range_and=("и",),
    range_to=("до",),
    # words before a number that make it a label: common news and legal usage
    label_words=words(
        "алинея ал. версия глава етап зала кръг линия ниво номер приложение раздел стр. страница "
        "стъпка точка т. фаза чл. член №"
    ),
    # the counted noun after a number: adjectives, then the noun ("200 нови работни места")
    # function words (Bulgarian grammar)
    stop_words=words(
        "а ако бе беше би бил била били било бъде в във все всички вече да дали до е за и из или им "
        "има като когато които който която което ли между много на над не но около от по под пред "
        "при са се си след също така там то тази този това тук те че ще"
    ),
    verb_endings=("аха", "яха", "иха", "еха", "ват", "ува"),
    adjective_endings=("ови", "ски", "ска", "ско", "тни", "чни", "лни", "вни", "ния", "ият"),
    capital_ends_noun=True,
    noun_max_words=3,
)

# --- speech: quotes and their speakers ---------------------------------------
SPEECH = SpeechWords(
    # the press writes direct speech after a dash too: the language's punctuation rules
    dash_quotes=True,
    # speech verbs as written next to a quote (aorist, present and the perfect's participle): common news usage
    verbs=words(
        "добави добавиха добавя допълни допълва заключи заяви заявиха заявил заявила заявява изтъкна "
        "каза казаха казал казала казва коментира написа обясни обяснява отбеляза отбелязва пише "
        "подчерта подчертава посочи посочва посочиха призна сподели споделя съобщи съобщава съобщиха "
        "твърди увери уточни уточнява"),
    # the perfect's auxiliaries ("е заявил", "са казали")
    verb_auxiliaries=words("е са"),
    # attribution phrases: common news usage
    according_to=words("според по_думите_на"),
    # grammar: subject pronouns
    pronouns=("той", "тя", "те"),
    # announced statements: common press-release usage (government and agency releases)
    statements=(r"(?:следното\s+изявление|изявление)",),
    # words between a speech verb and its colon: common news usage
    adverbs_after_verb=words("вчера днес още също тогава пред_журналисти пред_медиите"),
)

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords(
    # courtesy and academic titles written before a name: common Bulgarian usage
    honorifics=words("г-н г-жа г-ца господин госпожа д-р доц. инж. проф."),
    # functions, as word beginnings: common news usage (appositions and bylines)
    role_stems=words(
        "адвокат анализатор генерал говорител губернатор декан депутат директор евродепутат "
        "експерт журналист заместни инженер капитан кмет командва командир комисар консултант "
        "координатор лидер мениджър министр министър основател полковник послани премиер "
        "президент председател прессекретар прокурор професор редактор ректор ръководител "
        "секретар съветни съдия съосновател управител член шеф"),
    # functions matched as whole words: common news usage
    role_words=words("консул консулът консула"),
    # bodies and offices whose names begin like a function: common news usage
    not_role_words=words(
        "кметство кметството кметства председателство председателството президентство "
        "президентството президентски президентска президентско президентските секретариат "
        "секретариата секретариатът членство членството прокуратура прокуратурата директорат "
        "директората командване командването"),
    # grammar: prefixes forming functions (vice-, deputy, co-, ex-)
    role_prefixes=words("вице екс зам съ"),
    # military ranks: the Bulgarian army's rank table
    ranks=words("адмирал генерал генерал-лейтенант генерал-майор капитан лейтенант майор полковник "
                "подполковник сержант"),
    # rank abbreviations: news agencies' usage
    rank_abbreviations=words("ген полк"),
    # qualifiers of a function: common news usage
    qualifiers=words(
        "бивш бившата бившия бившият главен главния главният изпълнителен изпълнителния нов новия "
        "новият настоящ настоящия първи първия старши"),
    # grammar: numerals and possessives
    openers=words("един една наш наша нашата нашия нашият"),
    # phrases of leading: common news usage
    head_phrases=words("начело_на която_ръководи който_ръководи отговаряща_за отговарящ_за отговорна_за "
                       "отговорен_за"),
    # grammar: auxiliaries and copulas
    auxiliaries=words("бе беше бил била е може са трябва ще"),
    # grammar: 'of' after 'one' (one of our coordinators)
    of_words=words("от"),
)

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords(
    # abbreviations written before a name, whose full stop ends no sentence ("ul. Marszałkowska",
    # "im. Adama Mickiewicza", "św. Anny"): the language's usual ones
    abbreviations=words("им св ул"),
    # release labels: common press-release usage
    kicker_labels=(
        r"прессъобщение",
        r"съобщение\ за\ медиите",
        r"информация\ за\ медиите",
        r"за\ незабавно\ публикуване",
    ),
    # embargo notices: common press-release usage
    embargo_heads=(
        r"ембарго",
        r"да\ не\ се\ публикува\ преди",
    ),
    # contact block headings: common press-release usage
    contact_headings=(
        r"контакти\ за\ (?:медиите|медии|пресата)",
        r"контакти\s*(?::|$|\n)",
        r"за\ (?:повече|допълнителна)\ информация",
        r"допълнителна\ информация",
        r"пресцентър",
        r"прессекретар",
        r"лице\ за\ контакт",
        r"за\ медиите\s*:",
    ),
    # 'about' and notes-to-editors headings: common press-release usage
    about_headings=(
        r"за\ (?:нас|компанията|фондацията|организацията|асоциацията|проекта|дружеството|групата)\s*(?::|$)",
        r"бележк[аи]\ (?:за|към)\ (?:редакторите|редакциите|медиите)",
    ),
    # web page date labels: common CMS usage
    date_labels=words("актуализирано дата обновено публикувано"),
    # grammar: prepositions and year words around dates
    date_fillers=words("в г г. година на"),
    # release numbering
    number_words=words("№"),
    # grammar: the conjunction 'and'
    place_joiners=words("и"),
    # grammar: prepositions, conjunctions
    title_continues=words("в във до за и или към на от по при с със след"),
    # lines that are only a contact heading: common press-release usage
    contact_lines=(
        r"контакти(?:\s+за\s+(?:медиите|медии|пресата))?",
        r"пресцентър",
        r"допълнителна\s+информация.*",
        r"за\s+повече\s+информация.*",
    ),
    # contact line labels: common press-release usage
    phone_labels=words("моб мобилен тел телефон"),
    fax_labels=words("факс"),
    email_labels=words("e-mail email имейл"),
)

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords(
    # legal forms of companies: the civil code's names of company types
    legal_forms=words("ад еад еоод ет оод"),
    # the press's abbreviations of countries (CLDR and ISO have none): news usage
    country_abbreviations={"САЩ": "US", "ФРГ": "DE", "РФ": "RU", "КНР": "CN", "КНДР": "KP", "ОАЕ": "AE", "ЮАР": "ZA"},
    # grammar: 'and' inside names of bodies
    org_coordinations=words("и"),
    # heads of bodies as base forms: government and business usage
    org_head_lemmas=words(
        "агенция академия алианс асамблея асоциация банка бюро департамент дирекция дружество "
        "институт инспекция кабинет камара комисия комитет компания конгрес концерн корпорация "
        "министерство организация парламент партия правителство прокуратура служба събрание съвет "
        "съд съюз университет управление федерация фонд холдинг център"),
    # nouns introducing a company or body's name: news usage
    org_introducers=words(
        "авиокомпания агенция асоциация банка група дружество компания концерн корпорация оператор "
        "организация партия превозвач производител фирма фонд холдинг"),
    # grammar: prepositions of place, before a town or a country in its case
    locatives=words("във в до край на от под"),
    # grammar: coordinating conjunctions
    coordinations=words("и или"),
    # the article is a suffix ("комисията"): no article stands before a name
    articleless=True,
    names_before_head=True,
)

PACK = Pack(code="bg", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
