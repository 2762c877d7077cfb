"""Invented firm names as declarations in each country write them: a canonical registered name and the
spellings clerks, forwarders and the firm itself use on different documents (legal form abbreviated or
spelled out, upper case, dropped punctuation, a word abbreviated, Cyrillic beside Latin, a typo)."""
import random

# Romanisations of one Cyrillic name differ by document: passport-style (BGN), ISO-ish and ad hoc.
LAT = {
    "bgn": {"х": "kh", "ц": "ts", "й": "y", "ю": "yu", "я": "ya", "ж": "zh", "щ": "shch", "ы": "y", "э": "e",
            "е": "e", "ё": "e", "ч": "ch", "ш": "sh", "ь": "", "ъ": ""},
    "iso": {"х": "h", "ц": "c", "й": "j", "ю": "ju", "я": "ja", "ж": "zh", "щ": "sch", "ы": "y", "э": "e",
            "е": "e", "ё": "e", "ч": "ch", "ш": "sh", "ь": "'", "ъ": ""},
    "adhoc": {"х": "h", "ц": "tz", "й": "i", "ю": "iu", "я": "ia", "ж": "j", "щ": "sch", "ы": "i", "э": "e",
              "е": "e", "ё": "yo", "ч": "tch", "ш": "sh", "ь": "", "ъ": ""},
}
BASE = dict(zip("абвгдзиклмнопрстуф", "abvgdziklmnoprstuf"))


def romanise(s, system):
    out = []
    for c in s:
        lo = c.lower()
        t = LAT[system].get(lo, BASE.get(lo))
        if t is None:
            out.append(c)
        else:
            out.append(t.capitalize() if c != lo and t else t)
    return "".join(out)


# Russian name stems (Cyrillic), written the way small trading and engineering firms name themselves.
RU_STEMS = """Радиотехснаб Электронкомплект Промснабжение Техноресурс Микросистемы Спецкомплект Инжтехсервис
Сибэлектрон Уралкомпонент Невамаш Волгаприбор Стройтехимпорт Оптиктрейд Ладаэлектро Северснаб Термоконтакт
Импульс-М Навигатор-Плюс Кварцтех Балтпромтрейд Элекомп Станкоимпорт-Сервис Техновектор Промдеталь Азимут-Т
Пульсар Аэротехника Ростэк-Компонент Энергоприбор Камаснаб Донтехкомплект Приборсервис Микроника Спектр-Трейд
Гиропривод Сигнал-Снаб Мегаполис-Электро Вершина Калибр-М Телекомсистемы Интерприбор Рубикон-Т Амурпромснаб
Полюс-Трейд Синтез-Электро Технополис Меридиан-Комплект Феникс-Снаб Кристалл-Трейд Байкалтехснаб Промэлектроника
Кубаньприбор Алтайкомплект Старт-Импорт Лидертех Профкомплект Автоматика-Сервис Орбита-М Гранд-Компонент""".split()
RU_LEGIT = """Продимпорт Фруктовый-двор Текстильторг Фармкомплект Мебельград Автодеталь-Импорт Косметик-Трейд
Торговый-дом-Восток Агроснаб Кофеторг Обувьимпорт Бытовая-техника Детский-мир-Трейд Чайная-линия Стройматериалы-Юг
Сантехимпорт Шинторг Канцмаркет Игрушка-Опт Зоотовары-Опт Посудторг Вкусный-дом Спортимпорт Ткани-Опт Электромир
Медтехника-Снаб Хозтовары-Центр Лесоторг Минудобрения-Экспорт Металлснаб-Экспорт Рыбпромторг Северлес""".split()


def ru_names(rng, stem, form=None):
    """Cyrillic canonical plus romanised spellings of one Russian firm; stems use '-' between words."""
    form = form or rng.choice(["ООО", "ООО", "ООО", "АО", "ООО ТД"])
    words = stem.replace("-", " ") if stem.count("-") and len(stem.split("-")[-1]) > 2 else stem
    cyr = f"{form} «{words}»"
    lat_form = {"ООО": ["OOO", "LLC", "OOO", "Limited Liability Company"], "АО": ["AO", "JSC", "JSC", "Joint Stock Company"],
                "ООО ТД": ["OOO TD", "LLC Trading House", "TD"]}[form]
    out = [cyr]
    for system in ("bgn", "iso", "adhoc"):
        lat = romanise(words, system)
        f = rng.choice(lat_form)
        if f in ("LLC", "JSC") and rng.random() < 0.5:
            out.append(f"{lat} {f}")
        elif f == "LLC Trading House":
            out.append(f"Trading House {lat} LLC")
        else:
            out.append(f"{f} {lat}".upper() if rng.random() < 0.6 else f'{f} "{lat}"')
    out.append(f"{form} {words.upper()}")  # Cyrillic without guillemets, as typed by a forwarder
    return dedupe(out)


def dedupe(xs):
    seen, out = set(), []
    for x in xs:
        x = " ".join(x.split())
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


PINYIN = [("xin", "鑫"), ("rui", "瑞"), ("hua", "华"), ("tong", "通"), ("da", "达"), ("heng", "恒"), ("sheng", "盛"),
          ("yuan", "源"), ("feng", "丰"), ("kai", "凯"), ("bo", "博"), ("jia", "佳"), ("long", "隆"), ("tai", "泰"),
          ("xiang", "翔"), ("hui", "辉"), ("an", "安"), ("chuang", "创"), ("wei", "维"), ("rong", "荣"), ("zhi", "智"),
          ("yu", "宇"), ("hong", "宏"), ("ming", "明"), ("jin", "金"), ("chen", "辰"), ("qi", "启"), ("lian", "联")]
CN_CITY = [("Shenzhen", "深圳市"), ("Guangzhou", "广州市"), ("Dongguan", "东莞市"), ("Xiamen", "厦门市"),
           ("Yiwu", "义乌市"), ("Suzhou", "苏州市"), ("Ningbo", "宁波市"), ("Chengdu", "成都市"), ("Shanghai", "上海")]
CN_BUS = {"chips": [("Electronics", "电子"), ("Microelectronics", "微电子"), ("Semiconductor", "半导体"),
                    ("Electronic Technology", "电子科技")],
          "machines": [("Machinery", "机械"), ("Precision Machinery", "精密机械"), ("CNC Equipment", "数控设备")],
          "trade": [("Import and Export", "进出口"), ("Trading", "贸易"), ("Supply Chain", "供应链"),
                    ("International Trade", "国际贸易")],
          "goods": [("Household Products", "家居用品"), ("Textile", "纺织"), ("Furniture", "家具"), ("Foods", "食品")]}


def cn_names(rng, line):
    (p1, h1), (p2, h2) = rng.sample(PINYIN, 2)
    brand = (p1 + p2).capitalize()
    city, hcity = rng.choice(CN_CITY)
    bus, hbus = rng.choice(CN_BUS[line])
    canon = f"{city} {brand} {bus} Co., Ltd."
    out = [canon, canon.upper().replace(",", "").replace(".", ""), f"{city.upper()} {p1.upper()} {p2.upper()} {bus.upper()} CO LTD",
           f"{brand} {bus} Co Ltd", f"{hcity}{h1}{h2}{hbus}有限公司"]
    return dedupe(out), brand


def hk_names(rng, line):
    (p1, _), (p2, _) = rng.sample(PINYIN, 2)
    word = rng.choice(["Technology", "Electronics", "Trading", "International", "Components", "Industrial",
                       "Global Supply", "Semiconductor", "Tech"] if line != "goods" else ["Trading", "Garments", "Houseware", "Foods"])
    brand = (p1 + p2).capitalize() if rng.random() < 0.6 else rng.choice(
        ["Bright", "Ever", "Grand", "Jade", "Lucky", "Ocean", "Pearl", "Rich", "Smart", "Star", "Sun", "Top", "Unity", "Vast",
         "Wise", "Golden", "Able", "Crest", "Delta", "Fortune"]) + rng.choice(["way", "tech", "link", "wing", "port", "field", "gain", "bridge", "rise", "mark"])
    canon = f"{brand} {word} (HK) Limited" if rng.random() < 0.4 else f"{brand} {word} Limited"
    out = [canon, canon.upper(), canon.replace("Limited", "Ltd"), f"{brand.upper()} {word.upper()} LTD",
           f"Hong Kong {brand} {word} Co., Limited", f"{brand} {word} Co Ltd"]
    return dedupe(out), brand


AE_WORDS = ["Al Noor", "Falcon Crest", "Gulf Horizon", "Zenith Star", "Blue Dune", "Al Safwa", "Desert Pearl", "Al Reem",
            "Sahara Link", "Al Bayan", "Marina Bay", "Silver Palm", "Al Jazeera Star", "Emirates Bridge", "Al Waha", "Oasis Rise",
            "Crescent Gate", "Al Manar", "Coral Reef", "Golden Sands", "Al Fajr", "Skyline Falcon", "Nakheel Star", "Al Yaqoot",
            "Dune Crest", "Sea Crest", "Al Bustan", "Palm Vista", "Al Rawabi", "Aldar Star", "Jumeira Link", "Creekside"]
AE_FORMS = [("General Trading L.L.C", ["GENERAL TRADING LLC", "Gen. Trading LLC", "GEN TRDG LLC", "General Trading"]),
            ("FZE", ["F.Z.E", "FZE", "FZ-E"]), ("FZCO", ["FZ CO", "F.Z.C.O", "FZCO"]), ("Trading DMCC", ["TRADING DMCC", "Trading D.M.C.C"]),
            ("Electronics Trading LLC", ["ELECTRONICS TRADING L.L.C", "Electronics Trdg LLC", "ELECT TRADING LLC"]),
            ("Computer Trading LLC", ["COMPUTERS TRADING LLC", "Computer Trdg L.L.C"]),
            ("Spare Parts Trading LLC", ["SPARE PARTS TRADING L.L.C", "Spare Parts Trdg"])]


def ae_names(rng, line):
    w = pick(rng, AE_WORDS)
    form, alts = rng.choice(AE_FORMS if line != "goods" else [AE_FORMS[0], ("Foodstuff Trading LLC", ["FOODSTUFF TRADING L.L.C", "Foodstuff Trdg"])])
    out = [f"{w} {form}", f"{w} {form}".upper()] + [f"{w} {a}" for a in alts]
    return dedupe(out), w


TR_WORDS = ["Anka", "Boğaziçi", "Kuzey Yıldızı", "Ege", "Marmara", "Toros", "Kapadokya", "Yıldırım", "Akdeniz", "Sarıyer",
            "Efes", "Bosfor", "Mavi Deniz", "Altın Köprü", "Doruk", "Kartal", "Derya", "Pusula", "Zirve", "Umut", "Aydın Ufuk", "Kervan"]
TR_BUS = {"chips": ["Elektronik", "Elektronik Bilişim", "Teknoloji", "Yarı İletken"], "machines": ["Makina", "Takım Tezgahları", "Rulman"],
          "trade": ["Dış Ticaret", "İthalat İhracat", "Uluslararası Ticaret"], "goods": ["Tekstil", "Gıda", "Mobilya"]}
ASCII_TR = str.maketrans("ğĞıİşŞçÇöÖüÜ", "gGiIsScCoOuU")


def tr_names(rng, line):
    w = pick(rng, TR_WORDS)
    b = rng.choice(TR_BUS[line])
    canon = f"{w} {b} Sanayi ve Ticaret Limited Şirketi"
    out = [canon, f"{w} {b} San. ve Tic. Ltd. Şti.", f"{w} {b} San. Tic. Ltd. Şti.".translate(ASCII_TR).upper(),
           f"{w} {b} Ltd".translate(ASCII_TR), f"{w.upper()} {b.upper()} LTD STI"]
    return dedupe(out), w


# Central Asia and the Caucasus: a Russian-language name beside a Latin one.
CA_STEMS = {"KZ": ["Каспий Трейд", "Алатау Импекс", "Степь Логистик", "Есиль Компонент", "Тенгри Техно", "Арыс Снаб", "Жетысу Пром",
                   "Сарыарка Трейд", "Номад Электроникс", "Байтерек Снаб", "Altyn Dala", "Qazaq Tech"],
            "KG": ["Ала-Тоо Импекс", "Иссык-Куль Трейд", "Тянь-Шань Компонент", "Бишкек Техносервис", "Манас Логистик", "Чуй Импорт",
                   "Нарын Снаб", "Ош Трейдинг"],
            "UZ": ["Самарканд Савдо", "Бухоро Техно", "Тошкент Импекс", "Фаргона Трейд", "Навои Снаб", "Хорезм Компонент"],
            "AM": ["Арарат Тек", "Севан Трейд", "Ширак Импекс", "Ереван Компонент", "Масис Логистик", "Арагац Электроникс"],
            "GE": ["Картли Трейд", "Колхети Импекс", "Мтквари Логистик", "Иберия Тек", "Казбеги Трейд", "Алазани Компонент"],
            "MN": ["Тэнгэр Импекс", "Хангай Трейд", "Орхон Техно", "Говь Компонент"]}
CA_FORMS = {"KZ": ("ТОО", ["TOO", "LLP", "TOO"]), "KG": ("ОсОО", ["OsOO", "LLC", "OSOO"]), "UZ": ("ООО", ["MChJ", "LLC", "OOO"]),
            "AM": ("ООО", ["LLC", "LLC", "OOO"]), "GE": ("ООО", ["LLC", "LTD", "LLC"]), "MN": ("ХХК", ["LLC", "XXK", "LLC"])}


def ca_names(rng, cc):
    stem = pick(rng, CA_STEMS[cc])
    form, lat_forms = CA_FORMS[cc]
    lat = romanise(stem, rng.choice(["bgn", "adhoc"])) if any("а" <= c.lower() <= "я" for c in stem) else stem
    f1 = rng.choice(lat_forms)
    out = [f"{lat} {f1}" if f1 in ("LLC", "LLP", "LTD") else f"{f1} {lat}", f"{form} «{stem}»", f"{lat.upper()} {f1.upper()}",
           f'{f1} "{romanise(stem, "iso")}"']
    return dedupe(out), stem


SR_CYR = dict(zip("abvgdezijklmnoprstufhc", "абвгдезијклмнопрстуфхц"))


def rs_names(rng):
    w = pick(rng, ["Dunav", "Sava", "Morava", "Avala", "Zlatibor", "Kosmaj", "Tara", "Fruška", "Vardar Trade", "Srem", "Timok"])
    b = rng.choice(["Komerc", "Trejd", "Elektronik", "Tehnika", "Impeks", "Inženjering"])
    canon = f"{w} {b} d.o.o. Beograd"
    cyr = "".join(SR_CYR.get(c.lower(), c) for c in f"{w} {b}".replace("š", "ш").replace("ž", "ж").replace("Ž", "Ж").replace("Š", "Ш"))
    out = [canon, f"{w} {b} DOO".upper().replace("Š", "S").replace("Ž", "Z"), f"{w} {b} d.o.o.", cyr.title() + " д.о.о."]
    return dedupe(out), w


ASIA = {"TH": (["Siam", "Chao Phraya", "Lanna", "Rattana", "Sukhum", "Pattaya Marine", "Krungthep"], ["Co., Ltd.", "Co Ltd", "(Thailand) Co., Ltd."]),
        "MY": (["Selangor", "Klang Valley", "Penang", "Johor", "Melaka", "Gemilang", "Cahaya"], ["Sdn. Bhd.", "SDN BHD", "Sdn Bhd"]),
        "IN": (["Shree Ganesh", "Vardhman", "Sai Krupa", "Omkar", "Balaji", "Trimurti", "Navkar", "Sumangal"], ["Private Limited", "Pvt. Ltd.", "PVT LTD"]),
        "MV": (["Male Atoll", "Hulhumale", "Addu", "Maafushi", "Baa Atoll"], ["Pvt Ltd", "Private Limited", "PVT LTD"]),
        "RS": None, "SG": (["Marina", "Raffles", "Jurong", "Keppel Bay", "Tanjong"], ["Pte. Ltd.", "PTE LTD", "Pte Ltd"])}
ASIA_BUS = ["Electronics", "Technologies", "Trading", "Engineering", "Impex", "Components", "Industries", "Exim"]


def asia_names(rng, cc):
    words, forms = ASIA[cc]
    w = pick(rng, words)
    b = rng.choice(ASIA_BUS)
    out = [f"{w} {b} {forms[0]}", f"{w} {b} {forms[1]}", f"{w} {b} {forms[2]}".upper()]
    return dedupe(out), w


WEST = {"DE": (["Rheinmark", "Elbtal", "Schwarzwald", "Havelland", "Isartal", "Nordheim", "Weserland", "Taunus"], ["Elektronik Vertrieb GmbH", "Präzisionstechnik GmbH", "Werkzeugmaschinen GmbH", "Komponenten GmbH & Co. KG"]),
        "US": (["Lakeshore", "Northgate", "Bluewater", "Cedar Ridge", "Red Rock", "Ironwood", "Summit Valley", "Pinecrest"], ["Components Inc.", "Electronics Corp.", "Supply LLC", "Technologies Inc."]),
        "JP": (["Kitano", "Hayashi", "Morioka", "Takeda Seimitsu", "Shinoda", "Aoyama", "Fujisawa", "Nagano"], ["Seiki Co., Ltd.", "Denshi K.K.", "Trading Co., Ltd.", "Bearing Co., Ltd."]),
        "TW": (["Hsinwei", "Chunghua", "Yongfeng", "Taoyuan", "Kaohsiung", "Jinhsin"], ["Technology Co., Ltd.", "Electronics Corp.", "Precision Co., Ltd."]),
        "KR": (["Hanbit", "Saerom", "Daehan", "Mirae", "Haneul", "Sejin"], ["Semicon Co., Ltd.", "Electronics Co., Ltd.", "Tech Co., Ltd."]),
        "NL": (["Delfland", "Zuidkust", "Veluwe", "Amstelpoort"], ["Components B.V.", "Electronics B.V.", "Trading B.V."]),
        "CH": (["Alpenrand", "Jura", "Limmat", "Seeland"], ["Präzision AG", "Instruments SA", "Trading AG"]),
        "IT": (["Valtellina", "Brianza", "Adriatica", "Lombarda"], ["Macchine Utensili S.r.l.", "Elettronica S.p.A.", "Cuscinetti S.r.l."]),
        "FR": (["Val de Loire", "Rhône-Alpes", "Armorique", "Bourgogne"], ["Composants SAS", "Électronique SA", "Optique SAS"]),
        "GB": (["Thameside", "Pennine", "Severn", "Cotswold"], ["Components Ltd", "Electronics Ltd", "Instruments Ltd"]),
        "PL": (["Wisła", "Mazowsze", "Pomorze"], ["Elektronika Sp. z o.o.", "Trade Sp. z o.o."]),
        "CZ": (["Vltava", "Morava Tech", "Brno"], ["Elektro s.r.o.", "Strojírny s.r.o."]),
        "FI": (["Saimaa", "Pohjola", "Kymi"], ["Oy", "Trading Oy", "Electronics Oy"]),
        "SG": None, "KR2": None}


def west_names(rng, cc):
    words, forms = WEST[cc]
    w = pick(rng, words)
    f = rng.choice(forms)
    canon = f"{w} {f}"
    out = [canon, canon.upper(), canon.replace("Co., Ltd.", "Co Ltd").replace("Inc.", "Inc").replace("Corp.", "Corp").replace("GmbH & Co. KG", "GmbH")]
    return dedupe(out), w


FORWARD = ["Logistics", "Freight Forwarding", "Cargo Services", "Express Logistics", "Shipping Agency", "Transport Solutions"]


def forwarder_names(rng, cc):
    if cc == "RU":
        return ru_names(rng, pick(rng, ["Трансэкспедиция", "Логистик-Групп", "Карго-Экспресс", "Восток-Логистика", "Транзит-Сервис",
                                         "Евразия-Транс", "Глобал-Карго", "Балтэкспедиция", "СибТрансЛогистик"]), "ООО"), None
    if cc in ("KZ", "KG", "UZ", "AM", "GE", "MN"):
        stem = pick(rng, CA_STEMS[cc]).split()[0] + " " + rng.choice(["Транс Логистик", "Экспедиция", "Карго Сервис"])
        form, lat_forms = CA_FORMS[cc]
        lat = romanise(stem, "bgn")
        return dedupe([f"{lat} {lat_forms[1]}", f"{form} «{stem}»", f"{lat.upper()} {lat_forms[0].upper()}"]), stem
    w = pick(rng, ["Silk Road", "Eurasia", "Orient", "Meridian", "Compass", "Atlas", "Caravan", "Continental", "Swift", "Anchor", "Polar"])
    f = rng.choice(FORWARD)
    tail = {"AE": "L.L.C", "TR": "Ltd. Şti.", "CN": "Co., Ltd.", "HK": "Limited"}.get(cc, "Ltd")
    canon = f"{w} {f} {tail}"
    return dedupe([canon, canon.upper().replace("Ş", "S"), f"{w} {f}"]), w


_LEVEL = [0]
LAT_SUFFIX = ["Star", "Line", "Group", "International", "Global", "Prime", "Plus", "Link", "Hub", "Way", "One", "Pro",
              "Net", "Max", "Nova", "Trade", "Point", "Stream", "Vision", "Alliance"]
CYR_SUFFIX = ["Плюс", "М", "Групп", "Трейд", "Сервис", "Центр", "Юг", "Север", "Интер", "Альянс", "Профи", "Стандарт",
              "Регион", "Поволжье", "Урал", "Сибирь", "Восток", "Запад", "Инвест", "Техно"]


def pick(rng, words):
    """A vocabulary word; when names of this kind are running out, with a second word that firms add."""
    w = rng.choice(words)
    if _LEVEL[0] > 0:
        cyr = any("а" <= c.lower() <= "я" for c in w)
        w = w + ("-" if cyr else " ") + rng.choice(CYR_SUFFIX if cyr else LAT_SUFFIX)
        if _LEVEL[0] > 1:
            w = w + ("-" if cyr else " ") + rng.choice(CYR_SUFFIX if cyr else LAT_SUFFIX)
    return w


def typo(rng, s):
    """One keying error: a dropped, doubled or swapped letter in a word of four or more letters."""
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not idx:
        return s
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    k = rng.random()
    if k < 0.4:
        w = w[:j] + w[j + 1:]
    elif k < 0.7:
        w = w[:j] + w[j] + w[j:]
    else:
        w = w[:j - 1] + w[j] + w[j - 1] + w[j + 1:]
    words[i] = w
    return " ".join(words)


def invent(rng, cc, line="trade", level=0):
    """(spellings, stem) for an invented firm of country cc; line: chips, machines, trade or goods; level 1 or 2
    adds words to the stem when the plain vocabulary is used up."""
    _LEVEL[0] = level
    if cc == "RU" or cc == "BY":
        stem = pick(rng, RU_STEMS if line != "goods" else RU_LEGIT)
        n = ru_names(rng, stem, "ООО" if cc == "BY" and rng.random() < 0.5 else None)
        if cc == "BY":
            n = [x.replace("АО «", "ОАО «") for x in n]
        return n, stem
    if cc == "CN":
        return cn_names(rng, line if line in CN_BUS else "trade")
    if cc == "HK":
        return hk_names(rng, line)
    if cc == "AE":
        return ae_names(rng, line)
    if cc == "TR":
        return tr_names(rng, line if line in TR_BUS else "trade")
    if cc in CA_STEMS:
        return ca_names(rng, cc)
    if cc == "RS":
        return rs_names(rng)
    if cc in ASIA and ASIA[cc]:
        return asia_names(rng, cc)
    if cc in WEST and WEST[cc]:
        return west_names(rng, cc)
    # anywhere else: a plain English trading name
    w = pick(rng, ["Harbour", "Meadow", "Crown", "Summit", "Horizon", "Keystone", "Granite", "Riverside", "Maple", "Sterling",
                   "Oakridge", "Lighthouse", "Bayview", "Westfield", "Cornerstone", "Beacon", "Highland", "Silverline"])
    b = rng.choice(["Trading", "Imports", "Supplies", "Distribution", "Industries"])
    return dedupe([f"{w} {b} Ltd", f"{w} {b} Limited".upper(), f"{w} {b}"]), w
