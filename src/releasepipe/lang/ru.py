"""Russian: what releasepipe knows of the language.

Calendar names, number symbols and currency names come from CLDR (``cldr``);
every hand-written list says where its words come from.
"""

from __future__ import annotations

from . import cldr
from .base import DateWords, EntityWords, LayoutWords, NumberWords, Pack, PeopleWords, SpeechWords, words

# --- dates -------------------------------------------------------------------
DATES = DateWords(
    # Month and weekday names: CLDR (months in every form and width; weekdays in full), plus the
    # forms CLDR lacks: the prepositional "в марте" and the accusative "в среду".
    months={**cldr.months("ru"), **DateWords.by_position(
        "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре")},
    full_months={**DateWords.cldr_full("months", "ru"), **DateWords.by_position(
        "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре")},
    weekdays={**DateWords.cldr_full("days", "ru"),
              **DateWords.by_position("- - среду - пятницу субботу -", first=0)},
    short_weekdays=cldr.weekdays('ru'),
    # Hand-written lists below: the usual written forms of the language in news and press releases.
    numeric_date_order="dmy",
    # words around a day, month and year ("15 марта 2024 года", "2024 г.")
    year_suffixes=("года", "году", "год", "г."),
    day_suffixes=("-го", "-е"),
    articles=("в", "во", "на"),
    weekday_lead=("в", "во"),
    # relative days, calendar units in their case forms, direction words
    day_words=DateWords.table("сегодня=0 вчера=-1 завтра=1 позавчера=-2 послезавтра=2"),
    units={**dict.fromkeys("год года году лет годы годах".split(), "Y"),
           **dict.fromkeys("месяц месяца месяце месяцев месяцы".split(), "M"),
           **dict.fromkeys("неделя недели неделе неделю недель".split(), "W"),
           **dict.fromkeys("день дня дней сутки суток".split(), "D"),
           **dict.fromkeys("десятилетие десятилетия десятилетий".split(), "10Y"),
           **dict.fromkeys("век века веков".split(), "100Y"),
           **dict.fromkeys("час часа часов".split(), "H"), **dict.fromkeys("минута минуты минут".split(), "TM")},
    dir_before=DateWords.table(
        "прошлом=-1 прошлый=-1 прошлая=-1 прошлой=-1 прошлую=-1 прошлого=-1 прошедшем=-1 прошедшей=-1 "
        "прошедшую=-1 минувшем=-1 минувшей=-1 минувшую=-1 предыдущем=-1 предыдущей=-1 "
        "этом=0 этот=0 эта=0 этой=0 эту=0 этого=0 текущем=0 текущий=0 текущей=0 текущего=0 "
        "следующем=1 следующий=1 следующая=1 следующей=1 следующую=1 следующего=1 будущем=1 будущей=1 "
        "будущую=1 будущий=1 ближайшую=1 ближайшей=1"),
    # counts from the reference date ("три года назад", "через два месяца", "в течение трёх лет")
    ago_after=("назад", "тому назад"),
    in_words=("через",),
    within=("в течение",),
    last_next=DateWords.table("последние=-1 прошедшие=-1 ближайшие=1 следующие=1"),
    vague=r"в\s+(?:ближайшие|последние)\s+(?:дни|недели|месяцы|годы)|недавно|в\s+ближайшее\s+время",
    weekend=("выходные", "выходных"),
    weekend_this=("в", "на", "эти", "этих"),
    count_after=("после",),
    count_before=("до",),
    count_later=("спустя", "позже"),
    count_earlier=("раньше",),
    # ranges ("с 3 по 5 марта", "от 3 до 5 марта"), "since", months alone and boundary modifiers
    range_open=("с", "со", "от", "между"),
    range_to=("по", "до"),
    range_and=("и",),
    since=("с", "со", "начиная с"),
    month_context=r"в|во|с|со|по|до|к|начале|конце|середине|месяце|и|после|перед",
    modifiers=r"в\s+начале|в\s+конце|в\s+середине|начало|конец|середина",
    # number words for durations and days: text_to_num has no Russian
    numbers=DateWords.table(
        "один=1 одна=1 одно=1 одного=1 одну=1 два=2 две=2 двух=2 три=3 трёх=3 трех=3 четыре=4 четырёх=4 "
        "четырех=4 пять=5 пяти=5 шесть=6 шести=6 семь=7 семи=7 восемь=8 восьми=8 девять=9 девяти=9 "
        "десять=10 десяти=10 одиннадцать=11 двенадцать=12 пятнадцать=15 двадцать=20 тридцать=30 "
        "сорок=40 пятьдесят=50 сто=100"),
    few=frozenset({"несколько", "нескольких"}),
    one=frozenset(),
    half_before=r"пол",  # "полгода", "полчаса"
    # holidays on a fixed day (national calendar)
    holidays={"новый год": (1, 1), "рождество": (1, 7), "рождество христово": (1, 7)},
    # quarters, decades and numbered weeks
    quarter_words=("квартал", "квартале", "квартала"),
    quarter_ordinals=DateWords.table(
        "первый=1 первом=1 первого=1 i=1 второй=2 втором=2 второго=2 ii=2 третий=3 третьем=3 третьего=3 iii=3 "
        "четвёртый=4 четвёртом=4 четвёртого=4 четвертый=4 четвертом=4 iv=4"),
    year_words=("года", "году"),
    decade=r"(?P<y>(?:1[6-9]|20)\d0)-(?:е|х|ые|ых)(?:\s+годы|\s+годах|\s+годов)?",
    week_words=("неделя", "неделе"),
    # words that make a four-digit number a count or an amount, not a year
    not_year_before=("более", "свыше", "около", "почти", "стр."),
    not_year_after=("процентов", "процента", "рублей", "долларов", "евро", "человек", "тонн"),
)

# --- numbers, money, percent -------------------------------------------------
NUMBERS = NumberWords(
    # Sources: digits, currency names and symbols from CLDR (cldr.*); the hand lists (scales,
    # currencies in every case, qualifiers, units, connectors, labels, function words) are the
    # words press releases in the language use, in the case forms numbers govern.
    decimal_mark=cldr.number_symbols("ru")[0],
    # CLDR's group mark (a no-break space), and the ones press releases write besides it
    group_marks=(" ", ".", '\xa0', '\u202f', '\u2009', '\u2007'),
    minus_words=("минус",),
    # text_to_num has no ru:
    # forms of the number words from pymorphy3's Russian dictionary (OpenCorpora), with е for ё; "семью"
    # (also "family") left out
    number_words={
        "один": 1, "одного": 1, "одному": 1, "одним": 1, "одном": 1, "одна": 1, "одной": 1, "одну": 1,
        "одно": 1, "одни": 1, "одних": 1, "одними": 1, "одною": 1, "два": 2, "двух": 2, "двум": 2,
        "двумя": 2, "две": 2, "три": 3, "трёх": 3, "трём": 3, "тремя": 3, "четыре": 4, "четырёх": 4,
        "четырём": 4, "четырьмя": 4, "пять": 5, "пяти": 5, "пятью": 5, "шесть": 6, "шести": 6, "шестью": 6,
        "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "восемью": 8, "восьмью": 8, "девять": 9, "девяти": 9,
        "девятью": 9, "десять": 10, "десяти": 10, "десятью": 10, "одиннадцать": 11, "одиннадцати": 11,
        "одиннадцатью": 11, "двенадцать": 12, "двенадцати": 12, "двенадцатью": 12, "тринадцать": 13,
        "тринадцати": 13, "тринадцатью": 13, "четырнадцать": 14, "четырнадцати": 14, "четырнадцатью": 14,
        "пятнадцать": 15, "пятнадцати": 15, "пятнадцатью": 15, "шестнадцать": 16, "шестнадцати": 16,
        "шестнадцатью": 16, "семнадцать": 17, "семнадцати": 17, "семнадцатью": 17, "восемнадцать": 18,
        "восемнадцати": 18, "восемнадцатью": 18, "девятнадцать": 19, "девятнадцати": 19, "девятнадцатью": 19,
        "двадцать": 20, "двадцати": 20, "двадцатью": 20, "тридцать": 30, "тридцати": 30, "тридцатью": 30,
        "сорок": 40, "сорока": 40, "пятьдесят": 50, "пятидесяти": 50, "пятьюдесятью": 50, "шестьдесят": 60,
        "шестидесяти": 60, "шестьюдесятью": 60, "семьдесят": 70, "семидесяти": 70, "семьюдесятью": 70,
        "восемьдесят": 80, "восьмидесяти": 80, "восемьюдесятью": 80, "восьмьюдесятью": 80, "девяносто": 90,
        "девяноста": 90, "сто": 100, "ста": 100, "двести": 200, "двухсот": 200, "двумстам": 200,
        "двумястами": 200, "двухстах": 200, "триста": 300, "трёхсот": 300, "трёмстам": 300,
        "тремястами": 300, "трёхстах": 300, "четыреста": 400, "четырёхсот": 400, "четырёмстам": 400,
        "четырьмястами": 400, "четырёхстах": 400, "пятьсот": 500, "пятисот": 500, "пятистам": 500,
        "пятьюстами": 500, "пятистах": 500, "шестьсот": 600, "шестисот": 600, "шестистам": 600,
        "шестьюстами": 600, "шестистах": 600, "семьсот": 700, "семисот": 700, "семистам": 700,
        "семьюстами": 700, "семистах": 700, "восемьсот": 800, "восьмисот": 800, "восьмистам": 800,
        "восемьюстами": 800, "восьмистах": 800, "девятьсот": 900, "девятисот": 900, "девятистам": 900,
        "девятьюстами": 900, "девятистах": 900, "трех": 3, "трем": 3, "четырех": 4, "четырем": 4,
        "трехсот": 300, "тремстам": 300, "трехстах": 300, "четырехсот": 400, "четыремстам": 400,
        "четырехстах": 400,
    },
    # scale words in every case and number, and their abbreviations
    scales={
        "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тысячу": 1e3, "тысячей": 1e3, "тысячам": 1e3,
        "тысячах": 1e3, "тыс.": 1e3, "тыс": 1e3, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6,
        "миллионы": 1e6, "миллионам": 1e6, "миллионах": 1e6, "млн": 1e6, "млн.": 1e6, "миллиард": 1e9,
        "миллиарда": 1e9, "миллиардов": 1e9, "миллиарды": 1e9, "миллиардах": 1e9, "млрд": 1e9, "млрд.": 1e9,
        "триллион": 1e12, "триллиона": 1e12, "триллионов": 1e12, "трлн": 1e12, "трлн.": 1e12,
    },
    half_nouns=("половина", "половины", "половину"),
    # percent words as written after a number, in every case
    percent_words=(
        "процент", "процента", "процентов", "процентах", "проц.", "процентных пункта", "процентных пунктов",
        "процентного пункта", "п. п.", "п.п.",
    ),
    # CLDR's current currency names, then bare names in every case ("долларов" = USD) and abbreviations
    currency_names={
        **cldr.currency_names("ru"), "доллар": "USD", "доллара": "USD", "долларов": "USD", "долларах": "USD",
        "долларам": "USD", "доллары": "USD", "долл.": "USD", "долл": "USD", "рубль": "RUB", "рубля": "RUB",
        "рублей": "RUB", "рублях": "RUB", "рубли": "RUB", "руб.": "RUB", "руб": "RUB", "гривна": "UAH",
        "гривны": "UAH", "гривен": "UAH", "гривень": "UAH", "грн": "UAH", "грн.": "UAH", "фунтов": "GBP",
        "фунта": "GBP", "фунтов стерлингов": "GBP", "франков": "CHF", "швейцарских франков": "CHF",
        "юаней": "CNY", "юаня": "CNY", "иен": "JPY", "иены": "JPY", "тенге": "KZT", "шекелей": "ILS",
        "злотых": "PLN", "рупий": "INR", "лир": "TRY",
    },
    # CLDR's symbols, the ones CLDR leaves out as ambiguous or old (cldr.UNLISTED_SYMBOLS: "$" = USD),
    # then the language's own reading of a shared one
    currency_symbols={**cldr.currency_symbols("ru"), **cldr.UNLISTED_SYMBOLS, "kr": "SEK"},
    iso_codes=cldr.current_currencies(),
    # a hundredth of the currency named before
    subunits=words("евроцентов копеек копейка копейки цент цента центов"),
    # physical units written as words
    unit_words=words(
        "баррелей га гвт гектаров гигаватт квт кг километр километра километров км литров мвт "
        "мегаватт метров тонн тонна тонны"
    ),
    time_words=words(
        "веков год года годах году годы день десятилетий десятилетия дней дня лет месяц месяца "
        "месяцев недели недель неделя суток час часа часов"
    ),
    # qualifiers before a number
    qualifiers={
        "более": "more_than", "более чем": "more_than", "свыше": "more_than", "больше": "more_than",
        "около": "about", "почти": "about", "примерно": "about", "порядка": "about",
        "приблизительно": "about", "менее": "less_than", "меньше": "less_than", "менее чем": "less_than",
        "не менее": "at_least", "как минимум": "at_least", "по меньшей мере": "at_least", "до": "at_most",
        "не более": "at_most", "максимум": "at_most",
    },
    range_open=("от", "между"),
    range_and=("и",),
    range_to=("до",),
    # words before a number that make it a label
    label_words=words(
        "версии версия глава главы зал линия неделя номер приложение пункт пункта пункте раздел "
        "статье статьи статья стр. страница тур уровень фаза часть шаг этап №"
    ),
    # the counted noun after a number: adjectives, then the noun ("200 новых рабочих мест")
    # function words
    stop_words=words(
        "а без более больше будет будто бы был была были было быть в вас во вот все всегда всего вы "
        "где да даже для до его ее ей ему если есть еще ещё её же за здесь и из или их к как какой "
        "когда которая которые который которых кто куда ли между меня мне много может можно мой моя "
        "мы на над нас не него нее нет ни ним них но ну о об он она они от перед по под потом потому "
        "почти при про с сам свою себе себя сейчас со так также там тебя тем то тогда того тоже "
        "только тот тут ты у уже чего чем через что чтобы эти это этого этой этом этот эту я"
    ),
    verb_endings=(
        "лись", "лся", "ться", "ется", "ются", "ает", "яет", "ают", "яют", "ует", "уют", "ила", "ило",
    ),
    adjective_endings=(
        "ых", "их", "ые", "ие", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ыми",
        "ими", "ую", "юю",
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
        "говорил говорила говорит добавил добавила добавляет заявил заявила заявили заявляет "
        "написал написала объяснил объяснила отметил отметила отмечает писал писала пишет "
        "подчеркивает подчеркнул подчеркнула подчёркивает пояснил пояснила поясняет признал "
        "признала прокомментировал прокомментировала рассказал рассказала рассказывает сказал "
        "сказала сказали сообщает сообщил сообщила уточнил уточнила "
        "вспоминает вспомнил вспомнила говорят заверил заверила комментирует констатирует "
        "констатировал констатировала напоминает напомнил напомнила объясняет ответил ответила "
        "отметили подчеркнули поделился поделилась подытожил подытожила пообещал пообещала "
        "предупреждает предупредил предупредила признаётся признается резюмировал резюмировала "
        "считает уточняет"),
    # attribution phrases: common press-release usage
    according_to=words("по_мнению по_словам"),
    # grammar: subject pronouns
    pronouns=("он", "она", "они"),
    # announced statements: common press-release usage (government and agency releases)
    statements=(r"(?:следующее\s+заявление|заявление)",),
    # words between a speech verb and its colon: common press-release usage
    adverbs_after_verb=words("вчера журналистам затем сегодня также тогда"),
)

# --- people: titles, particles, roles ----------------------------------------
PEOPLE = PeopleWords(
    # the complement of a function is a genitive after it ("minister gospodarki"): the grammar
    genitive_complements=True,
    # grammar: prepositions and conjunctions inside a title written before a name
    title_joiners=words("в во и по"),
    infinitive_endings=('ть', 'ти', 'чь'),  # the grammar's infinitive endings
    # courtesy titles: common press-release usage and style guides
    honorifics=words("г-жа г-н господин госпожа"),
    # functions, as word beginnings: common press-release usage (appositions and bylines)
    role_stems=words(
        "адвокат адмирал аналитик ведущ вице-президент генерал глава главой главы губернатор "
        "декан делегат депутат директор журналист заведующ заместител замминистр инженер "
        "исследовател казначе капитан командир командующ консультант координатор лейтенант лидер "
        "менеджер начальник основател полковник председател президент пресс-секретар профессор "
        "разработчик редактор ректор руководител сенатор советник сооснователь сопровождающ "
        "соучредител спикер уполномоченн управляющ учредител член экономист эксперт юрист"),
    # functions matched as whole words: common press-release usage
    role_words=words(
        "комиссар комиссара консул министр министра министром министру мэр мэра мэром мэру посла "
        "послом послу посол представителем представитель представителю представителя секретарем "
        "секретарь секретаря секретарём судья"),
    # grammar: prefixes forming functions (vice-, co-, ex-)
    role_prefixes=words("вице зам со экс"),
    # military ranks: the armed forces' rank tables
    ranks=words(
        "адмирал генерал генерал-лейтенант генерал-майор генерал-полковник капитан лейтенант "
        "майор подполковник полковник сержант"),
    # rank abbreviations: the armed forces' and news wires' usage
    rank_abbreviations=words("ген кап подп полк"),
    # academic titles used before a name: academic usage
    academic_titles=words("доктор профессор"),
    # qualifiers of a function: common press-release usage
    qualifiers=words(
        "бывшая бывшего бывший генерального генеральный главная главный исполнительного "
        "исполнительный новая новый нынешний официального официальный первая первый старшая "
        "старший"),
    # grammar: indefinite articles, numerals and possessives
    openers=words("наш наша нашим один одна одним одной"),
    # phrases of leading: common press-release usage
    head_phrases=words(
        "во_главе возглавляющая возглавляющий которая_руководит который_руководит отвечающая_за "
        "отвечающий_за"),
    # grammar: auxiliaries and copulas
    auxiliaries=words("будет был была должен может является"),
    # grammar: 'of' after 'one' (one of our coordinators)
    of_words=words("из"),
)

# --- layout: anatomy and contact blocks ---------------------------------------
LAYOUT = LayoutWords(
    # company and tax register numbers before a number: common administrative usage
    reference_labels=(r"инн", r"огрн", r"кпп", r"окпо"),
    # abbreviations written before a name, whose full stop ends no sentence ("ul. Marszałkowska",
    # "im. Adama Mickiewicza", "św. Anny"): the language's usual ones
    abbreviations=words("им пр св ул"),
    # release labels: common press-release usage
    kicker_labels=(
        r"пресс-релиз",
        r"сообщение\ для\ (?:печати|прессы|сми)",
        r"новости",
        r"для\ (?:немедленной|незамедлительной)\ публикации",
    ),
    # embargo notices: common press-release usage
    embargo_heads=(
        r"эмбарго",
        r"не\ для\ публикации\ до",
    ),
    # contact block headings: common press-release usage
    contact_headings=(
        r"контакты\ для\ (?:сми|прессы)",
        r"контакты\s*(?::|$|\n)",
        r"контактная\ информация",
        r"дополнительная\ информация",
        r"для\ получения\ (?:дополнительной|более\ подробной)\ информации",
        r"пресс-служба",
        r"пресс-секретарь",
        r"за\ (?:дополнительной\ )?информацией\ обращайтесь",
        r"для\ сми\s*:",
    ),
    # 'about' and notes-to-editors headings: common press-release usage
    about_headings=(
        r"о\ (?:нас|компании|фонде|проекте|программе|организации)\b",
        r"об\ (?:организации|агентстве)\b",
        r"справка\s*(?::|$)",
    ),
    # web page date labels: common CMS usage
    date_labels=words("дата обновлено опубликовано"),
    # grammar: prepositions and articles around dates
    date_fillers=words("в г года от"),
    # grammar: the conjunction 'and'
    place_joiners=words("и"),
    # grammar: articles, prepositions, conjunctions
    title_continues=words("в во для и из к на о об от по с со"),
    # lines that are only a contact heading: common press-release usage
    contact_lines=(
        r"контакты(?:\s+для\s+(?:сми|прессы))?",
        r"пресс-служба",
        r"дополнительная\s+информация.*",
    ),
    # contact line labels: common press-release usage
    phone_labels=words("моб тел телефон"),
    fax_labels=words("факс"),
    email_labels=words("e-mail почта"),
    # end of a release: press usage ('- конец -')
    end_marks=words("конец"),
)

# --- entities: articles, designators, places ----------------------------------
ENTITIES = EntityWords(
    # legal forms of companies: the civil code's names of company types
    legal_forms=words("ао ано гуп зао муп нко оао ооо пао фгуп"),
    # the press's abbreviations of countries (CLDR and ISO have none): news usage
    country_abbreviations={"США": "US", "ФРГ": "DE", "РФ": "RU", "КНР": "CN", "КНДР": "KP", "ОАЭ": "AE", "ЮАР": "ZA"},
    # grammar: 'and' inside names of bodies
    org_coordinations=words("и"),
    # heads of bodies as base forms: government and business usage
    org_head_lemmas=words(
        "агентство академия альянс арбитраж ассамблея ассоциация банк бундестаг бюро ведомство "
        "департамент дума инспекция институт кабинет комиссия комитет компания конгресс "
        "конфедерация концерн корпорация министерство общество объединение организация палата "
        "парламент партия правительство сейм служба совет союз суд университет управление "
        "федерация фонд холдинг центр"),
    # nouns of natural features and camps: common usage
    feature_nouns=words(
        "гора горы долина залив канал лагерь лес море озеро полуостров побережье пролив "
        "пустыня река"),
    # nouns introducing a company or body's name: news usage
    org_introducers=words(
        "авиакомпания авиаперевозчик агентство ассоциация банк группа движение издание "
        "информагентство компания концерн корпорация лоукостер оператор организация партия "
        "перевозчик производитель профсоюз телеканал фирма фонд холдинг"),
    # grammar: prepositions of place, before a town or a country in its case
    locatives=words("в во из на над около под"),
    # grammar: coordinating conjunctions
    coordinations=words("и или"),
    articleless=True,
    names_before_head=True,
)

PACK = Pack(code="ru", dates=DATES, numbers=NUMBERS, speech=SPEECH, people=PEOPLE, layout=LAYOUT,
            entities=ENTITIES)
