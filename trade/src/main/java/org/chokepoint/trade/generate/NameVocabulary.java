package org.chokepoint.trade.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The countries the generator knows, each with its naming style. Words are common words, places and
 * surnames of the country, so names look real; a drawn name that screens against a list is re-drawn
 * ({@link Population}). Immutable.
 */
final class NameVocabulary {
    private static final Map<String, CountryStyle> STYLES = new LinkedHashMap<>();

    private NameVocabulary() {}

    static CountryStyle style(String country) {
        CountryStyle s = STYLES.get(country);
        if (s == null) throw new IllegalArgumentException("no naming style for " + country);
        return s;
    }

    private static void latin(String cc, String stems, String extras, Map<Sector, List<String>> words, List<LegalForm> forms,
                              String cities, String streets) {
        STYLES.put(cc, new CountryStyle(cc, false, split(stems), split(extras), words, forms, split(cities), split(streets), Map.of()));
    }

    private static void cyrillic(String cc, String stems, Map<Sector, List<String>> words, List<LegalForm> forms, String cities, String streets) {
        STYLES.put(cc, new CountryStyle(cc, true, split(stems), List.of(), words, forms, split(cities), split(streets), Map.of()));
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split(", "));
    }

    private static Map<Sector, List<String>> words(Object... pairs) {
        Map<Sector, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((Sector) pairs[i], split((String) pairs[i + 1]));
        return m;
    }

    static {
        LegalForm ltd = LegalForm.suffix("Ltd", "Limited", "Ltd.", "LTD");
        LegalForm coLtd = LegalForm.suffix("Co., Ltd.", "Co. Ltd", "Company Limited", "Co., Limited", "CO LTD");
        LegalForm llc = LegalForm.suffix("LLC", "L.L.C.", "Limited Liability Company", "llc");
        LegalForm ooo = LegalForm.cyrillic("ООО", "OOO", "LLC", "Limited Liability Company", "Obshchestvo s ogranichennoy otvetstvennostyu");
        LegalForm ao = LegalForm.cyrillic("АО", "AO", "JSC", "Joint Stock Company");
        Map<Sector, List<String>> none = Map.of();

        latin("DE", "Becker, Schneider, Hoffmann, Wagner, Rhein, Nordwest, Elbe, Alpen, Weser, Bavaria, Hanse, Schwarzwald, Lindner, Krüger, Sauer, Main",
                "Technik, Systeme, International, Süd, Nord",
                words(Sector.ELECTRONICS, "Elektronik, Elektrotechnik, Bauelemente", Sector.MACHINERY, "Maschinenbau, Werkzeugmaschinen, Antriebstechnik",
                        Sector.FURNITURE, "Möbel, Möbelwerke", Sector.TEXTILES, "Textil, Textilwerke", Sector.FOOD, "Lebensmittel, Feinkost",
                        Sector.PHARMA, "Pharma, Medizintechnik", Sector.LOGISTICS, "Logistik, Spedition", Sector.GENERAL, "Handel, Handelsgesellschaft",
                        Sector.AUTOMOTIVE, "Autoteile, Fahrzeugtechnik", Sector.CHEMICALS, "Chemie"),
                List.of(LegalForm.suffix("GmbH", "G.m.b.H.", "Gesellschaft mit beschränkter Haftung", "GMBH"), LegalForm.suffix("AG", "Aktiengesellschaft")),
                "Stuttgart|70173, München|80331, Hamburg|20095, Frankfurt am Main|60311, Düsseldorf|40213, Nürnberg|90402, Dresden|01067, Bremen|28195",
                "Hauptstraße, Industriestraße, Bahnhofstraße, Gartenstraße, Schillerstraße, Am Hafen");
        latin("US", "Pacific, Summit, Atlantic, Liberty, Keystone, Cascade, Apex, Lone Star, Midwest, Redwood, Granite, Evergreen, Bayview, Frontier, Northstar, Heritage",
                "Global, International, Systems, Group, Solutions", none,
                List.of(LegalForm.suffix("Inc.", "Inc", "Incorporated", "INC"), llc, LegalForm.suffix("Corp.", "Corporation", "Corp")),
                "San Jose, CA|95110, Austin, TX|78701, Boston, MA|02110, Phoenix, AZ|85004, Portland, OR|97204, Miami, FL|33131, Chicago, IL|60601, Dallas, TX|75201",
                "Main Street, Market Street, Commerce Drive, Industrial Parkway, Technology Drive, Harbor Boulevard");
        latin("JP", "Tanaka, Yamato, Fuji, Sakura, Nippon, Hokuto, Kansai, Shinwa, Daiichi, Taiyo, Asahi, Kyowa, Meiwa, Sanko", "Sangyo, Seiki, Tsusho",
                words(Sector.ELECTRONICS, "Denki, Electronics, Denshi", Sector.MACHINERY, "Kikai, Machinery, Seisakusho", Sector.GENERAL, "Shoji, Trading, Bussan"),
                List.of(coLtd, LegalForm.suffix("Corporation", "Corp.", "K.K.", "Kabushiki Kaisha")),
                "Tokyo|100-0005, Osaka|530-0001, Nagoya|450-0002, Yokohama|220-0011, Kobe|650-0001", "Marunouchi, Umeda, Meieki, Minatomirai, Sannomiya");
        latin("TW", "Hsin Yeh, Chung Hwa, Tai Feng, Yuan Hong, Kuo Hua, Sheng Da, Jin Li, Ho Tai, Lien Fa, Fu Chang", "Precision, Technology",
                none, List.of(coLtd, LegalForm.suffix("Corp.", "Corporation")),
                "Taipei|100, Hsinchu|300, Taichung|400, Kaohsiung|800, Taoyuan|330", "Sec. 2, Zhongshan Rd., Sec. 1, Minsheng Rd., Keji Rd., Guangfu Rd.");
        latin("KR", "Hanil, Daesung, Samjin, Dongyang, Seohan, Kumyang, Hanmi, Daewon, Sejin, Woori", "Tech, Industrial, Global", none,
                List.of(coLtd, LegalForm.suffix("Corp.", "Corporation", "Co. Ltd")),
                "Seoul|04524, Suwon|16677, Incheon|21999, Busan|48058, Daejeon|34126", "Teheran-ro, Gasan digital 1-ro, Songdo-dong, Jungang-daero");
        latin("NL", "Van Dijk, Holland, Oranje, Delta, Noordzee, De Vries, Zuidwest, Rijnmond, Veenstra, Maas", "International, Trading", none,
                List.of(LegalForm.suffix("B.V.", "BV", "B.V"), LegalForm.suffix("N.V.", "NV")),
                "Rotterdam|3011 AA, Eindhoven|5611 AB, Amsterdam|1012 AB, Utrecht|3511 AA, Venlo|5911 AA", "Havenweg, Industrieweg, Kerkstraat, Stationsplein");
        latin("FR", "Lumière, Durand, Provence, Atlantique, Rhône, Lefèvre, Bretagne, Garonne, Moreau, Dauphiné", "Industries, International", none,
                List.of(LegalForm.suffix("SAS", "S.A.S.", "S.A.S"), LegalForm.suffix("SA", "S.A."), LegalForm.suffix("SARL", "S.A.R.L.")),
                "Lyon|69002, Toulouse|31000, Paris|75008, Marseille|13002, Grenoble|38000", "rue de la République, avenue Jean Jaurès, boulevard Gambetta, rue Pasteur");
        latin("IT", "Rossi, Lombarda, Adriatica, Bianchi, Veneta, Toscana, Colombo, Emiliana, Padana, Ricci", "Italia, Industriale", none,
                List.of(LegalForm.suffix("S.r.l.", "Srl", "S.R.L.", "s.r.l."), LegalForm.suffix("S.p.A.", "SpA", "S.P.A.")),
                "Milano|20121, Torino|10121, Bologna|40121, Brescia|25121, Verona|37121", "Via Roma, Via Garibaldi, Via dell'Industria, Corso Italia");
        latin("CH", "Helvetia, Alpina, Jura, Lemania, Berner, Rigi, Säntis, Limmat, Aare, Pilatus", "Technik, International", none,
                List.of(LegalForm.suffix("AG", "A.G."), LegalForm.suffix("SA", "S.A."), LegalForm.suffix("GmbH", "GMBH")),
                "Zürich|8001, Basel|4051, Genève|1201, Lugano|6900, Zug|6300", "Bahnhofstrasse, Industriestrasse, Seestrasse, Rue du Rhône");
        latin("GB", "Thames, Pennine, Albion, Kingsway, Mercia, Severn, Wessex, Chiltern, Highgate, Cotswold", "International, Group, Supplies", none,
                List.of(ltd, LegalForm.suffix("PLC", "plc", "Public Limited Company")),
                "London|EC1A 1BB, Manchester|M1 1AE, Birmingham|B1 1AA, Leeds|LS1 1UR, Bristol|BS1 4DJ", "High Street, Station Road, Church Lane, Mill Road, Victoria Street");
        STYLES.put("CN", new CountryStyle("CN", false,
                split("Huaxin, Xinda, Jinhui, Hengtong, Tianyu, Zhongke, Yuanda, Hongda, Ruifeng, Shengtai, Kaida, Xinghe"), List.of(),
                words(Sector.ELECTRONICS, "Electronics, Electronic Technology, Technology", Sector.MACHINERY, "Machinery, Precision Machinery",
                        Sector.GENERAL, "Trading, Import and Export", Sector.LOGISTICS, "Logistics, International Freight"),
                List.of(coLtd, LegalForm.suffix("Co., Limited", "Company Limited")),
                split("Shenzhen|518000, Dongguan|523000, Ningbo|315000, Shanghai|200000, Suzhou|215000, Guangzhou|510000"),
                split("Shennan Road, Nanshan District, Futian District, Jinqiao Road, Huangpu Avenue"),
                Map.ofEntries(Map.entry("Huaxin", "华信"), Map.entry("Xinda", "信达"), Map.entry("Jinhui", "金辉"), Map.entry("Hengtong", "恒通"),
                        Map.entry("Tianyu", "天宇"), Map.entry("Zhongke", "中科"), Map.entry("Yuanda", "远大"), Map.entry("Hongda", "宏达"),
                        Map.entry("Ruifeng", "瑞丰"), Map.entry("Shengtai", "盛泰"), Map.entry("Kaida", "凯达"), Map.entry("Xinghe", "星河"),
                        Map.entry("Shenzhen", "深圳"), Map.entry("Dongguan", "东莞"), Map.entry("Ningbo", "宁波"), Map.entry("Shanghai", "上海"),
                        Map.entry("Suzhou", "苏州"), Map.entry("Guangzhou", "广州"), Map.entry("Electronics", "电子"), Map.entry("Electronic Technology", "电子科技"),
                        Map.entry("Technology", "科技"), Map.entry("Machinery", "机械"), Map.entry("Precision Machinery", "精密机械"), Map.entry("Trading", "贸易"),
                        Map.entry("Import and Export", "进出口"), Map.entry("Logistics", "物流"), Map.entry("International Freight", "国际货运"),
                        Map.entry("Furniture", "家具"), Map.entry("Textiles", "纺织"), Map.entry("Food", "食品"), Map.entry("Pharma", "医药"),
                        Map.entry("Chemicals", "化工"), Map.entry("Auto Parts", "汽车配件"), Map.entry("Metals", "金属"))));
        latin("HK", "Wing Hong, Kam Fung, Tai Shing, Lucky Star, Golden Bridge, Wah Lee, Sun Fat, Grand Ocean, Chun Wo, Fortune Link, Ever Bright, Oriental Pearl",
                "International, Holdings, Trading", none,
                List.of(LegalForm.suffix("Limited", "Ltd", "Ltd.", "LIMITED"), LegalForm.suffix("Co., Limited", "Co., Ltd.", "Company Limited", "Co Ltd")),
                "Kwun Tong, Kowloon|, Tsim Sha Tsui, Kowloon|, Wan Chai|, Sheung Wan|, Kwai Chung, New Territories|",
                "Hoi Bun Road, Canton Road, Queen's Road Central, Des Voeux Road, Kwai Fung Crescent");
        latin("AE", "Al Noor, Al Safa, Al Barsha, Gulf Star, Al Rashid, Desert Rose, Al Fajr, Al Majd, Al Waha, Sahara, Al Qasr, Blue Horizon, Al Mansoor, Silver Palm",
                "", words(Sector.ELECTRONICS, "Electronics Trading, Electronics, Technologies, Computer Trading", Sector.GENERAL, "General Trading, Trading",
                        Sector.FOOD, "Foodstuff Trading, Food Stuff Trading", Sector.FURNITURE, "Furniture Trading, Furniture",
                        Sector.TEXTILES, "Textiles Trading, Readymade Garments Trading", Sector.LOGISTICS, "Logistics, Freight Services, Shipping & Logistics, Cargo",
                        Sector.MACHINERY, "Machinery & Equipment Trading, Industrial Equipment Trading", Sector.AUTOMOTIVE, "Auto Spare Parts Trading, Motors"),
                List.of(llc, LegalForm.suffix("FZE", "F.Z.E.", "Free Zone Establishment"), LegalForm.suffix("FZCO", "F.Z.C.O.", "FZ Co."),
                        LegalForm.suffix("DMCC", "D.M.C.C."), LegalForm.suffix("FZ-LLC", "FZ LLC")),
                "Dubai|, Sharjah|, Ajman|, Abu Dhabi|, Ras Al Khaimah|", "Sheikh Zayed Road, Al Maktoum Road, Jebel Ali Free Zone, Hamriyah Free Zone, Jumeirah Lakes Towers, Deira");
        latin("TR", "Anadolu, Boğaziçi, Ege, Kuzey, Yıldız, Akdeniz, Marmara, Öztürk, Demir, Karadeniz, Toros, Kaya, Altın, Şahin", "",
                words(Sector.ELECTRONICS, "Elektronik, Elektrik Elektronik", Sector.MACHINERY, "Makina, Makine", Sector.FURNITURE, "Mobilya",
                        Sector.TEXTILES, "Tekstil, Konfeksiyon", Sector.FOOD, "Gıda", Sector.PHARMA, "İlaç", Sector.LOGISTICS, "Lojistik, Nakliyat",
                        Sector.GENERAL, "Dış Ticaret, İthalat İhracat", Sector.AUTOMOTIVE, "Otomotiv", Sector.CHEMICALS, "Kimya"),
                List.of(LegalForm.suffix("Sanayi ve Ticaret Ltd. Şti.", "San. ve Tic. Ltd. Şti.", "Sanayi ve Ticaret Limited Şirketi", "SAN VE TIC LTD STI"),
                        LegalForm.suffix("A.Ş.", "AŞ", "A.S.", "Anonim Şirketi"), LegalForm.suffix("Ltd. Şti.", "Ltd Sti", "Limited Şirketi")),
                "İstanbul|34000, Ankara|06000, İzmir|35000, Bursa|16000, Mersin|33000", "Atatürk Caddesi, Cumhuriyet Caddesi, İnönü Sokak, Organize Sanayi Bölgesi");
        cyrillic("RU", "Вектор, Меридиан, Спектр, Ладога, Северный Путь, Восток, Альфа, Гранит, Горизонт, Сфера, Радиус, Прогресс, Орбита, Континент, Стрела, Энергия, Импульс, Кристалл, Феникс, Аврора",
                words(Sector.ELECTRONICS, "Электроника, Электрон, Микросистемы, Компонент", Sector.MACHINERY, "Станкопром, Машиностроение, Промоборудование",
                        Sector.FURNITURE, "Мебель, Мебельная Фабрика", Sector.TEXTILES, "Текстиль, Трикотаж", Sector.FOOD, "Продукты, Продторг",
                        Sector.PHARMA, "Фарм, Медснаб", Sector.LOGISTICS, "Логистик, Транс, Экспедиция", Sector.GENERAL, "Торговый Дом, Трейд, Импорт",
                        Sector.AUTOMOTIVE, "Автодеталь, Авто", Sector.CHEMICALS, "Химпром", Sector.RAW_MATERIALS, "Лес, Металл, Агро"),
                List.of(ooo, ao, LegalForm.cyrillic("ПАО", "PAO", "PJSC", "Public Joint Stock Company")),
                "Москва|101000, Санкт-Петербург|190000, Екатеринбург|620000, Новосибирск|630000, Казань|420000, Нижний Новгород|603000",
                "улица Ленина, Ленинградский проспект, улица Гагарина, Промышленная улица, улица Мира, Шоссе Энтузиастов");
        cyrillic("BY", "Белтех, Неман, Полесье, Двина, Минскпром, Сож, Белвест, Берёза, Зубр, Вяз",
                words(Sector.ELECTRONICS, "Электроника, Электро", Sector.MACHINERY, "Станкостроение, Машторг", Sector.FURNITURE, "Мебель",
                        Sector.FOOD, "Продукт, Молпродукт", Sector.LOGISTICS, "Транслогистик", Sector.GENERAL, "Торг, Трейд", Sector.TEXTILES, "Текстиль"),
                List.of(ooo, LegalForm.cyrillic("ОАО", "OAO", "OJSC", "Open Joint Stock Company"), LegalForm.cyrillic("ЧУП", "ChUP", "Private Unitary Enterprise")),
                "Минск|220000, Гомель|246000, Брест|224000, Витебск|210000", "проспект Независимости, улица Притыцкого, улица Советская, улица Кальварийская");
        cyrillic("KZ", "Астана, Алатау, Бирлик, Жетысу, Кайнар, Сарыарка, Атамекен, Тулпар, Номад, Каспий",
                words(Sector.ELECTRONICS, "Электроникс, Техно", Sector.MACHINERY, "Машсервис, Техснаб", Sector.GENERAL, "Трейд, Торговая Компания",
                        Sector.LOGISTICS, "Логистик, Транзит", Sector.FOOD, "Азык, Продукт", Sector.FURNITURE, "Мебель"),
                List.of(LegalForm.cyrillic("ТОО", "TOO", "LLP", "Limited Liability Partnership"), LegalForm.cyrillic("АО", "AO", "JSC")),
                "Алматы|050000, Астана|010000, Шымкент|160000, Караганда|100000", "проспект Абая, улица Толе би, проспект Достык, улица Сейфуллина");
        cyrillic("KG", "Ала-Тоо, Ысык-Кол, Манас, Тенир, Бишкек Транс, Кутман, Нурлан, Айбек",
                words(Sector.ELECTRONICS, "Электроникс, Техно", Sector.GENERAL, "Трейд, Импэкс", Sector.LOGISTICS, "Логистик, Карго",
                        Sector.MACHINERY, "Техсервис", Sector.FOOD, "Азык"),
                List.of(LegalForm.cyrillic("ОсОО", "OsOO", "LLC", "Limited Liability Company")),
                "Бишкек|720000, Ош|723500, Кара-Балта|722000", "проспект Чуй, улица Киевская, проспект Манаса, улица Токтогула");
        latin("AM", "Ararat, Arax, Sevan, Masis, Aragats, Hayk, Erebuni, Zangezur, Vanadzor, Lori", "Group", none,
                List.of(llc, LegalForm.suffix("CJSC", "C.J.S.C.", "Closed Joint Stock Company")),
                "Yerevan|0010, Gyumri|3101, Vanadzor|2001", "Tigran Mets Avenue, Mashtots Avenue, Baghramyan Avenue, Arshakunyats Avenue");
        latin("GE", "Kartli, Iberia, Mtkvari, Rustavi, Kolkhida, Ajara, Svaneti, Tbilisi Trans, Kavkasia", "Group", none,
                List.of(llc, LegalForm.suffix("Ltd", "Limited")),
                "Tbilisi|0108, Batumi|6000, Poti|4400, Kutaisi|4600", "Rustaveli Avenue, Agmashenebeli Avenue, Chavchavadze Avenue, Tsereteli Avenue");
        latin("UZ", "Turon, Samarkand, Ipak Yoli, Navruz, Zarafshon, Buxoro, Tashkent Invest, Orient Star", "Group", none,
                List.of(LegalForm.suffix("MChJ", "LLC", "OOO", "MCHJ"), LegalForm.suffix("AJ", "JSC")),
                "Tashkent|100000, Samarkand|140100, Andijan|170100", "Amir Temur Street, Navoi Street, Mustaqillik Avenue, Bobur Street");
        latin("IN", "Shree, Ganesh, Bharat, Sai, Krishna, Lakshmi, Deccan, Vishal, Om Sai, Mahalaxmi, Sunrise, Jai Hind", "Enterprises, Overseas, Exports, Industries", none,
                List.of(LegalForm.suffix("Pvt. Ltd.", "Private Limited", "Pvt Ltd", "PVT LTD"), LegalForm.suffix("LLP", "L.L.P.")),
                "Mumbai|400001, Chennai|600001, New Delhi|110001, Bengaluru|560001, Ahmedabad|380001", "MG Road, Nehru Place, Linking Road, Andheri East, Anna Salai");
        latin("RS", "Dunav, Sava, Morava, Zvezda, Beograd, Šumadija, Vojvodina, Avala, Kosmaj, Tara", "Trade, Promet", none,
                List.of(LegalForm.suffix("d.o.o.", "DOO", "d.o.o", "D.O.O.")),
                "Beograd|11000, Novi Sad|21000, Niš|18000, Subotica|24000", "Bulevar Mihajla Pupina, Knez Mihailova, Bulevar oslobođenja, Industrijska zona");
        latin("IR", "Pars, Kaveh, Arya, Sepahan, Kish, Zagros, Alborz, Tous, Khazar, Persian Gulf Star", "Sanat, Tejarat", none,
                List.of(LegalForm.suffix("Co.", "Company", "Co"), LegalForm.suffix("PJS", "Private Joint Stock Company")),
                "Tehran|, Isfahan|, Tabriz|, Bandar Abbas|", "Valiasr Street, Azadi Street, Enghelab Street, Motahari Street");
        latin("KP", "Paektu, Kumsong, Chollima, Taedonggang, Moranbong, Unha, Songgang, Ryugyong", "Joint Venture, General", none,
                List.of(LegalForm.suffix("Corporation", "Corp.", "Corp"), LegalForm.suffix("Co.", "Company")),
                "Pyongyang|, Nampho|, Chongjin|", "Potonggang District, Sosong District, Mangyongdae District");
        latin("PL", "Wisła, Mazowsze, Polmex, Bałtyk, Karpaty, Warta, Odra, Tatry", "Trade", none,
                List.of(LegalForm.suffix("Sp. z o.o.", "Sp. z o. o.", "sp. z o.o."), LegalForm.suffix("S.A.", "SA")),
                "Warszawa|00-001, Poznań|60-001, Gdańsk|80-001, Łódź|90-001", "ul. Marszałkowska, ul. Długa, ul. Przemysłowa, al. Jerozolimskie");
        latin("SA", "Al Jazeera, Al Faisal, Najd, Al Hijaz, Red Sea, Al Nakheel, Al Khaleej", "", none, List.of(llc, LegalForm.suffix("Co.", "Company")),
                "Riyadh|, Jeddah|, Dammam|", "King Fahd Road, Olaya Street, Prince Sultan Road");
        latin("VN", "Hoa Binh, Phu Thanh, Viet Tien, Sai Gon, Hong Ha, Thanh Cong, An Phat", "", none,
                List.of(LegalForm.suffix("Co., Ltd.", "Company Limited", "Co. Ltd"), LegalForm.suffix("JSC", "Joint Stock Company")),
                "Ho Chi Minh City|700000, Hanoi|100000, Hai Phong|180000", "Nguyen Hue Street, Le Loi Street, Tran Hung Dao Street");
    }
}
