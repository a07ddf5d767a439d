"""Ukrainian: what releasepipe knows of the language.

Calendar names, number symbols and currency names come from CLDR (``cldr``);
every hand-written list says where its words come from.
"""

from __future__ import annotations

from . import cldr
from .base import DateWords, EntityWords, LayoutWords, NumberWords, Pack, PeopleWords, SpeechWords, words

# --- dates -------------------------------------------------------------------
DATES = DateWords(
    # Month and weekday names: CLDR (months in every form and width; weekdays in full), plus the
    # forms CLDR lacks: the locative "у березні", the accusative "у середу" and the apostrophe "п'ятниця".
    months={**cldr.months("uk"), **DateWords.by_position(
        "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні")},
    full_months={**DateWords.cldr_full("months", "uk"), **DateWords.by_position(
        "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні")},
    weekdays={**DateWords.cldr_full("days", "uk"),
              **DateWords.by_position("- - середу - п'ятниця|п'ятницю суботу неділю", first=0)},
    short_weekdays=cldr.weekdays('uk'),
    # Hand-written lists below: the usual written forms of the language in news and press releases.
    numeric_date_order="dmy",
    # words around a day, month and year ("15 березня 2024 року", "2024 р.")
    year_suffixes=("року", "рік", "році", "р."),
    articles=("у", "в", "на"),
    weekday_lead=("у", "в"),
    # relative days, calendar units in their case forms, direction words
    day_words=DateWords.table("сьогодні=0 вчора=-1 учора=-1 завтра=1 позавчора=-2 післязавтра=2"),
    units={**dict.fromkeys("рік року році роки років роками".split(), "Y"),
           **dict.fromkeys("місяць місяця місяці місяців".split(), "M"),
           **dict.fromkeys("тиждень тижня тижні тижнів".split(), "W"),
           **dict.fromkeys("день дня дні днів добу діб".split(), "D"),
           **dict.fromkeys("десятиліття десятиліть".split(), "10Y"), **dict.fromkeys("століття".split(), "100Y"),
           **dict.fromkeys("година години годин годину".split(), "H"),
           **dict.fromkeys("хвилина хвилини хвилин хвилину".split(), "TM")},
    dir_before=DateWords.table(
        "минулого=-1 минулий=-1 минулому=-1 минулій=-1 минулої=-1 минулу=-1 попереднього=-1 попередньому=-1 "
        "цього=0 цей=0 цьому=0 цій=0 цієї=0 цю=0 поточного=0 поточному=0 "
        "наступного=1 наступний=1 наступному=1 наступній=1 наступної=1 наступну=1 майбутньому=1"),
    # counts from the reference date ("два роки тому", "через три місяці", "протягом двох років")
    ago_after=("тому",),
    in_words=("через",),
    within=("протягом", "впродовж"),
    last_next=DateWords.table("останні=-1 останніх=-1 минулі=-1 найближчі=1 найближчих=1 наступні=1"),
    vague=r"(?:в|у|найближчим)\s+(?:найближчі|останні)\s+(?:дні|тижні|місяці|роки)|нещодавно|незабаром",
    weekend=("вихідні", "вихідних"),
    weekend_this=("у", "в", "на", "ці", "цих"),
    count_after=("після",),
    count_before=("до",),
    count_later=("потому", "пізніше"),
    count_earlier=("раніше",),
    # ranges ("з 3 по 5 березня", "від 3 до 5 березня"), "since", months alone and boundary modifiers
    range_open=("з", "із", "від", "між"),
    range_to=("по", "до"),
    range_and=("і", "й", "та"),
    since=("з", "із", "від", "починаючи з"),
    month_context=r"у|в|з|із|від|по|до|на|і|та|після|початку|кінці|середині|місяці",
    modifiers=r"на\s+початку|наприкінці|в\s+кінці|у\s+кінці|в\s+середині|у\s+середині|початок|кінець",
    # number words for durations and days: text_to_num has no Ukrainian
    numbers=DateWords.table(
        "один=1 одна=1 одне=1 одного=1 два=2 дві=2 двох=2 три=3 трьох=3 чотири=4 чотирьох=4 п'ять=5 п'яти=5 "
        "шість=6 шести=6 сім=7 семи=7 вісім=8 восьми=8 дев'ять=9 дев'яти=9 десять=10 десяти=10 "
        "одинадцять=11 дванадцять=12 п'ятнадцять=15 двадцять=20 тридцять=30 п'ятдесят=50 сто=100"),
    few=frozenset({"кілька", "кількох", "декілька"}),
    half_before=r"пів",
    # holidays on a fixed day (national calendar)
    holidays={"новий рік": (1, 1), "різдво": (12, 25), "день незалежності": (8, 24),
              "день конституції": (6, 28)},
    # quarters, decades and numbered weeks
    quarter_words=("квартал", "кварталі", "кварталу"),
    quarter_ordinals=DateWords.table(
        "перший=1 першому=1 першого=1 i=1 другий=2 другому=2 другого=2 ii=2 третій=3 третьому=3 третього=3 iii=3 "
        "четвертий=4 четвертому=4 четвертого=4 iv=4"),
    year_words=("року",),
    decade=r"(?P<y>(?:1[6-9]|20)\d0)-(?:ті|х|их)(?:\s+роки|\s+роках|\s+років)?",
    week_words=("тиждень", "тижні"),
    # words that make a four-digit number a count or an amount, not a year
    not_year_before=("понад", "близько", "майже", "стор."),
    not_year_after=("відсотків", "відсотка", "гривень", "грн", "доларів", "євро", "осіб", "тонн"),
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    # Sources: digits, currency names and symbols from CLDR (cldr.*); the hand lists (scales,
    # currencies in every case, qualifiers, units, connectors, labels, function words) are the
    # words press releases in the language use, in the case forms numbers govern.
    decimal_mark=cldr.number_symbols("uk")[0],
    # CLDR's group mark (a no-break space), and the ones press releases write besides it
    group_marks=(" ", ".", '\xa0', '\u202f', '\u2009', '\u2007'),
    minus_words=("мінус",),
    # text_to_num has no uk:
    # forms of the number words from pymorphy3's Ukrainian dictionary (VESUM), apostrophe as '
    number_words={
        "один": 1, "оден": 1, "одного": 1, "одному": 1, "одним": 1, "однім": 1, "одна": 1, "однієї": 1,
        "одної": 1, "одній": 1, "одну": 1, "однією": 1, "одною": 1, "одне": 1, "одно": 1, "одні": 1,
        "одних": 1, "одними": 1, "два": 2, "дві": 2, "двох": 2, "двом": 2, "двома": 2, "три": 3, "трьох": 3,
        "трьом": 3, "трьома": 3, "чотири": 4, "чотирьох": 4, "чотирьом": 4, "чотирма": 4, "п'ять": 5,
        "п'яти": 5, "п'ятьох": 5, "п'ятьом": 5, "п'ятьма": 5, "п'ятьома": 5, "шість": 6, "шести": 6,
        "шістьох": 6, "шістьом": 6, "шістьма": 6, "шістьома": 6, "сім": 7, "семи": 7, "сімох": 7, "сімом": 7,
        "сімома": 7, "сьома": 7, "вісім": 8, "вісьмох": 8, "восьми": 8, "вісьмом": 8, "вісьма": 8,
        "вісьмома": 8, "дев'ять": 9, "дев'яти": 9, "дев'ятьох": 9, "дев'ятьом": 9, "дев'ятьма": 9,
        "дев'ятьома": 9, "десять": 10, "десяти": 10, "десятьох": 10, "десятьом": 10, "десятьма": 10,
        "десятьома": 10, "одинадцять": 11, "одинадцяти": 11, "одинадцятьох": 11, "одинадцятьом": 11,
        "одинадцятьма": 11, "одинадцятьома": 11, "дванадцять": 12, "дванадцяти": 12, "дванадцятьох": 12,
        "дванадцятьом": 12, "дванадцятьма": 12, "дванадцятьома": 12, "тринадцять": 13, "тринадцяти": 13,
        "тринадцятьох": 13, "тринадцятьом": 13, "тринадцятьма": 13, "тринадцятьома": 13, "чотирнадцять": 14,
        "чотирнадцяти": 14, "чотирнадцятьох": 14, "чотирнадцятьом": 14, "чотирнадцятьма": 14,
        "чотирнадцятьома": 14, "п'ятнадцять": 15, "п'ятнадцяти": 15, "п'ятнадцятьох": 15,
        "п'ятнадцятьом": 15, "п'ятнадцятьма": 15, "п'ятнадцятьома": 15, "шістнадцять": 16, "шістнадцяти": 16,
        "шістнадцятьох": 16, "шістнадцятьом": 16, "шістнадцятьма": 16, "шістнадцятьома": 16,
        "сімнадцять": 17, "сімнадцяти": 17, "сімнадцятьох": 17, "сімнадцятьом": 17, "сімнадцятьма": 17,
        "сімнадцятьома": 17, "вісімнадцять": 18, "вісімнадцяти": 18, "вісімнадцятьох": 18,
        "вісімнадцятьом": 18, "вісімнадцятьма": 18, "вісімнадцятьома": 18, "дев'ятнадцять": 19,
        "дев'ятнадцяти": 19, "дев'ятнадцятьох": 19, "дев'ятнадцятьом": 19, "дев'ятнадцятьма": 19,
        "дев'ятнадцятьома": 19, "двадцять": 20, "двадцяти": 20, "двадцятьох": 20, "двадцятьом": 20,
        "двадцятьма": 20, "двадцятьома": 20, "тридцять": 30, "тридцяти": 30, "тридцятьох": 30,
        "тридцятьом": 30, "тридцятьма": 30, "тридцятьома": 30, "сорок": 40, "сорока": 40, "п'ятдесят": 50,
        "п'ятдесяти": 50, "п'ятдесятьох": 50, "п'ятдесятьом": 50, "п'ятдесятьма": 50, "п'ятдесятьома": 50,
        "шістдесят": 60, "шістдесяти": 60, "шістдесятьох": 60, "шістдесятьом": 60, "шістдесятьма": 60,
        "шістдесятьома": 60, "сімдесят": 70, "сімдесяти": 70, "сімдесятьох": 70, "сімдесятьом": 70,
        "сімдесятьма": 70, "сімдесятьома": 70, "вісімдесят": 80, "вісімдесяти": 80, "вісімдесятьох": 80,
        "вісімдесятьом": 80, "вісімдесятьма": 80, "вісімдесятьома": 80, "дев'яносто": 90, "дев'яноста": 90,
        "сто": 100, "ста": 100, "двісті": 200, "двохсот": 200, "двомстам": 200, "двомастами": 200,
        "двохстах": 200, "триста": 300, "трьохсот": 300, "трьохста": 300, "трьомстам": 300,
        "трьомастами": 300, "трьохстах": 300, "чотириста": 400, "чотирьохсот": 400, "чотирьохста": 400,
        "чотирьомстам": 400, "чотирмастами": 400, "чотирьохстах": 400, "п'ятсот": 500, "п'ятисот": 500,
        "п'ятиста": 500, "п'ятистам": 500, "п'ятьмастами": 500, "п'ятьомастами": 500, "п'ятистах": 500,
        "шістсот": 600, "шестисот": 600, "шестиста": 600, "шестистам": 600, "шістьмастами": 600,
        "шістьомастами": 600, "шестистах": 600, "сімсот": 700, "семисот": 700, "семиста": 700,
        "семистам": 700, "сімомастами": 700, "сьомастами": 700, "семистами": 700, "семистах": 700,
        "вісімсот": 800, "восьмисот": 800, "восьмиста": 800, "восьмистам": 800, "вісьмастами": 800,
        "вісьмомастами": 800, "восьмастами": 800, "восьмистами": 800, "восьмистах": 800, "дев'ятсот": 900,
        "дев'ятисот": 900, "дев'ятистам": 900, "дев'ятьмастами": 900, "дев'ятьомастами": 900,
        "дев'ятистах": 900,
    },
    # scale words in every case and number, and their abbreviations
    scales={
        "тисяча": 1e3, "тисячі": 1e3, "тисяч": 1e3, "тисячу": 1e3, "тисячею": 1e3, "тисячам": 1e3,
        "тисячах": 1e3, "тис.": 1e3, "тис": 1e3, "мільйон": 1e6, "мільйона": 1e6, "мільйони": 1e6,
        "мільйонів": 1e6, "мільйонах": 1e6, "млн": 1e6, "млн.": 1e6, "мільярд": 1e9, "мільярда": 1e9,
        "мільярди": 1e9, "мільярдів": 1e9, "мільярдах": 1e9, "млрд": 1e9, "млрд.": 1e9, "трильйон": 1e12,
        "трильйона": 1e12, "трильйонів": 1e12, "трлн": 1e12, "трлн.": 1e12,
    },
    half_nouns=("половина", "половини", "половину"),
    # percent words as written after a number, in every case
    percent_words=(
        "відсоток", "відсотки", "відсотків", "відсотка", "відсотках", "відсоткових пункти",
        "відсоткових пунктів", "відсоткового пункту", "в. п.", "в.п.",
    ),
    # CLDR's current currency names, then bare names in every case ("долларов" = USD) and abbreviations
    currency_names={
        **cldr.currency_names("uk"), "долар": "USD", "долара": "USD", "доларів": "USD", "долари": "USD",
        "доларах": "USD", "дол.": "USD", "гривня": "UAH", "гривні": "UAH", "гривень": "UAH",
        "гривнях": "UAH", "грн": "UAH", "грн.": "UAH", "рублів": "RUB", "рубля": "RUB", "рублі": "RUB",
        "фунтів": "GBP", "фунтів стерлінгів": "GBP", "франків": "CHF", "юанів": "CNY", "єн": "JPY",
        "злотих": "PLN", "шекелів": "ILS",
    },
    # CLDR's symbols, the ones CLDR leaves out as ambiguous or old (cldr.UNLISTED_SYMBOLS: "$" = USD),
    # then the language's own reading of a shared one
    currency_symbols={**cldr.currency_symbols("uk"), **cldr.UNLISTED_SYMBOLS, "kr": "SEK"},
    iso_codes=cldr.current_currencies(),
    # a hundredth of the currency named before
    subunits=words("копійка копійки копійок цент центи центів євроцентів"),
    # physical units written as words
    unit_words=words(
        "барелів га гвт гектарів гігават квт кг км кілометр кілометри кілометрів літрів мвт мегават "
        "метрів тонн тонна тонни"
    ),
    time_words=words(
        "годин година години день десятиліття десятиліть дні днів діб місяць місяці місяців роки року "
        "років рік століть тиждень тижні тижнів"
    ),
    # qualifiers before a number
    qualifiers={
        "понад": "more_than", "більше": "more_than", "більш ніж": "more_than", "більше ніж": "more_than",
        "близько": "about", "майже": "about", "приблизно": "about", "орієнтовно": "about",
        "менше": "less_than", "менш ніж": "less_than", "менше ніж": "less_than", "щонайменше": "at_least",
        "не менше": "at_least", "принаймні": "at_least", "до": "at_most", "не більше": "at_most",
        "максимум": "at_most",
    },
    range_open=("від", "між"),
    range_and=("і", "та"),
    range_to=("до",),
    # words before a number that make it a label
    label_words=words(
        "версія версії глава додаток етап зал крок лінія номер пункт пункту розділ рівень стаття "
        "статті стор. сторінка тиждень тур фаза частина №"
    ),
    # the counted noun after a number: adjectives, then the noun ("200 новых рабочих мест")
    # function words
    stop_words=words(
        "а або але без близько був буде будуть була були було бути більше в вам вже ви вона вони воно "
        "все всі від він де для до же з за зі й його коли лише майже мене ми між на над нам не ні по "
        "понад при про під себе собі та так також там теж того той тут ті тільки у усі це цей цих "
        "цього ця ці цієї через чи ще що я як яка яке який яких якого які є і із їм їх її"
    ),
    verb_endings=("лися", "вся", "лась", "ться", "ється", "ються", "ає", "ює", "ють", "ують", "ила", "ило"),
    adjective_endings=("их", "ий", "ого", "ому", "ими", "ої", "ій", "ім"),
    capital_ends_noun=True,
    noun_max_words=3,
)

# --- speech: quotes and their speakers ---------------------------------------
SPEECH = SpeechWords(
    # the press writes direct speech after a dash too: the language's punctuation rules
    dash_quotes=True,
    # speech verbs as written next to a quote: common press-release usage
    verbs=words(
        "визнав визнала говорив говорила говорить додав додала додає зазначає зазначив зазначила "
        "зазначили заявив заявила заявили заявляє каже наголосив наголосила наголошує написав "
        "написала пише повідомив повідомила повідомляє пояснив пояснила пояснює прокоментував "
        "прокоментувала підкреслив підкреслила підкреслює розповів розповідає розповіла сказав "
        "сказала сказали уточнив уточнила"),
    # attribution phrases: common press-release usage
    according_to=words("за_словами на_думку"),
    # grammar: subject pronouns
    pronouns=("він", "вона", "вони"),
    # announced statements: common press-release usage (government and agency releases)
    statements=(r"(?:наступну\s+заяву|заяву)",),
    # words between a speech verb and its colon: common press-release usage
    adverbs_after_verb=words("вчора журналістам потім сьогодні також тоді"),
)

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords(
    # the complement of a function is a genitive after it ("minister gospodarki"): the grammar
    genitive_complements=True,
    # grammar: prepositions and conjunctions inside a title written before a name
    title_joiners=words("в у і по"),
    infinitive_endings=('ти', 'ть'),  # the grammar's infinitive endings
    # courtesy titles: common press-release usage and style guides
    honorifics=words("д-р пан пані"),
    # functions, as word beginnings: common press-release usage (appositions and bylines)
    role_stems=words(
        "адвокат адмірал аналітик віце-президент генерал губернатор декан депутат директор "
        "експерт журналіст засновни заступник капітан керівни командир командувач консультант "
        "координатор лейтенант лідер менеджер міністр начальни очільни полковник представни "
        "президент прем'єр прес-секретар професор радни редактор ректор речни розробни секретар "
        "співзасновни спікер уповноважен член юрист інженер"),
    # functions matched as whole words: common press-release usage
    role_words=words("голова голови головою голові консул мер мера мером меру посла послом послу посол суддя"),
    # grammar: prefixes forming functions (vice-, co-, ex-)
    role_prefixes=words("віце екс спів"),
    # military ranks: the armed forces' rank tables
    ranks=words(
        "адмірал генерал генерал-лейтенант генерал-майор генерал-полковник капітан лейтенант "
        "майор полковник підполковник сержант"),
    # rank abbreviations: the armed forces' and news wires' usage
    rank_abbreviations=words("ген"),
    # academic titles used before a name: academic usage
    academic_titles=words("доктор професор"),
    # qualifiers of a function: common press-release usage
    qualifiers=words(
        "виконавчий виконавчого генеральний генерального головна головний колишнього колишня "
        "колишній нова новий офіційний перша перший старша старший"),
    # grammar: indefinite articles, numerals and possessives
    openers=words("наш наша нашим один одна одним одною"),
    # phrases of leading: common press-release usage
    head_phrases=words("відповідальна_за відповідальний_за на_чолі яка_очолює який_очолює"),
    # grammar: auxiliaries and copulas
    auxiliaries=words("був буде була може повинен є"),
    # grammar: 'of' after 'one' (one of our coordinators)
    of_words=words("з із"),
)

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords(
    # company and tax register numbers before a number: common administrative usage
    reference_labels=(r"єдрпоу", r"іпн", r"код\s+єдрпоу"),
    # abbreviations written before a name, whose full stop ends no sentence ("ul. Marszałkowska",
    # "im. Adama Mickiewicza", "św. Anny"): the language's usual ones
    abbreviations=words("вул ім пр св"),
    # release labels: common press-release usage
    kicker_labels=(
        r"прес-реліз",
        r"повідомлення\ для\ (?:преси|змі)",
        r"новини",
        r"для\ негайної\ публікації",
    ),
    # embargo notices: common press-release usage
    embargo_heads=(
        r"ембарго",
        r"не\ для\ публікації\ до",
    ),
    # contact block headings: common press-release usage
    contact_headings=(
        r"контакти\ для\ (?:змі|преси)",
        r"контакти\s*(?::|$|\n)",
        r"контактна\ інформація",
        r"додаткова\ інформація",
        r"для\ отримання\ (?:додаткової|детальнішої)\ інформації",
        r"прес-служба",
        r"прес-секретар",
        r"за\ (?:додатковою\ )?інформацією\ звертайтеся",
        r"для\ змі\s*:",
    ),
    # 'about' and notes-to-editors headings: common press-release usage
    about_headings=(
        r"про\ (?:нас|компанію|фонд|проєкт|проект|програму|організацію)\b",
        r"довідка\s*(?::|$)",
    ),
    # web page date labels: common CMS usage
    date_labels=words("дата оновлено опубліковано"),
    # grammar: prepositions and articles around dates
    date_fillers=words("в від р року у"),
    # grammar: the conjunction 'and'
    place_joiners=words("та і"),
    # grammar: articles, prepositions, conjunctions
    title_continues=words("в від для до з й на о по про та у і із"),
    # lines that are only a contact heading: common press-release usage
    contact_lines=(
        r"контакти(?:\s+для\s+(?:змі|преси))?",
        r"прес-служба",
        r"додаткова\s+інформація.*",
    ),
    # contact line labels: common press-release usage
    phone_labels=words("моб тел телефон"),
    fax_labels=words("факс"),
    email_labels=words("e-mail пошта"),
)

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords(
    # legal forms of companies: the civil code's names of company types
    legal_forms=words("ат дп пат прат тов"),
    # the press's abbreviations of countries (CLDR and ISO have none): news usage
    country_abbreviations={"США": "US", "ФРН": "DE", "РФ": "RU", "КНР": "CN", "КНДР": "KP", "ОАЕ": "AE", "ПАР": "ZA"},
    # grammar: 'and' inside names of bodies
    org_coordinations=words("і й та"),
    # heads of bodies as base forms: government and business usage
    org_head_lemmas=words(
        "агентство академія альянс асамблея асоціація банк бюро відомство департамент кабінет "
        "компанія комісія комітет конгрес концерн корпорація міністерство об'єднання організація "
        "палата парламент партія рада служба союз суд товариство університет управління уряд "
        "федерація фонд холдинг центр інспекція інститут"),
    # nouns of natural features and camps: common usage
    feature_nouns=words(
        "гора гори долина затока канал табір ліс море озеро півострів узбережжя протока "
        "пустеля річка"),
    # nouns introducing a company or body's name: news usage
    org_introducers=words(
        "авіакомпанія агентство асоціація банк видання виробник група компанія концерн корпорація "
        "оператор організація партія перевізник профспілка рух телеканал фонд фірма холдинг"),
    # grammar: prepositions of place, before a town or a country in its case
    locatives=words("біля в до з зі із на під у"),
    # grammar: coordinating conjunctions
    coordinations=words("або й та і"),
    articleless=True,
    names_before_head=True,
)

PACK = Pack(code="uk", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
