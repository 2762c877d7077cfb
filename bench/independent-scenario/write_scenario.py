#!/usr/bin/env python3
"""Writes a SYNTHETIC customs scenario, independently of Chokepoint's own generator, to test `detect`.

Output (in --out):
  shipments.csv      formats.md section 1, one row per declaration line (synthetic)
  truth.json         chokepoint-truth/1: planted evasion parties and the listed parties that appear
  truth_parties.csv  record_id,role,party_id for every exporter and importer mention (party resolution)
  parties_key.csv    every party with its kind (legit, grey, planted, listed), for diagnosis only
  README.txt         says the data is synthetic and what it holds

Standard library only; deterministic for a given --seed, --records and list files.
"""
import argparse
import csv
import datetime as dt
import json
import math
import os
import random
import re

# --------------------------------------------------------------------------------------------------
# Countries and hubs

HUBS = ["HK", "CN", "AE", "TR", "KZ", "KG", "AM", "GE", "UZ", "RS", "IN"]
WEST = ["US", "DE", "JP", "KR", "TW", "NL", "GB", "FR", "IT", "CH", "SE", "FI", "PL", "CZ", "AT"]
ASIA_MAKERS = ["CN", "TW", "KR", "JP", "MY", "SG", "TH", "VN"]
OTHER_BUYERS = ["VN", "SG", "TH", "MY", "SA", "OM", "EG", "AZ", "BR", "MX", "ZA", "ID", "PH", "ES", "BE", "CA", "AU", "IL"]
SANCTIONED = ["RU", "BY"]
EAEU = {"RU", "BY", "KZ", "KG", "AM"}
EU = {"DE", "NL", "FR", "IT", "SE", "FI", "PL", "CZ", "AT", "ES", "BE"}

START = dt.date(2022, 1, 3)
END = dt.date(2024, 6, 28)
WAR = dt.date(2022, 2, 24)


def days(a, b):
    return (b - a).days


# --------------------------------------------------------------------------------------------------
# Goods: my own catalogue. price = typical unit value in USD, w = kg per unit.

GOODS = {
    # Tier 1 integrated circuits
    "mcu": dict(hs="854231", unit="pcs", price=6.5, w=0.002, chpl=True,
                desc=["Microcontrollers {m} 32-bit ARM", "Integrated circuits, processors and controllers", "MCU {m} in reels",
                      "Digital signal processors {m}", "FPGA programmable logic {m}"],
                makers=[("Texas Instruments", "US"), ("STMicroelectronics", "CH"), ("NXP Semiconductors", "NL"), ("Microchip Technology", "US"),
                        ("Xilinx", "US"), ("Infineon Technologies", "DE"), ("Renesas Electronics", "JP"), ("GigaDevice", "CN")]),
    "mem": dict(hs="854232", unit="pcs", price=4.0, w=0.002, chpl=True,
                desc=["Memory integrated circuits DRAM {m}", "NAND flash memory chips", "EEPROM memory IC {m}"],
                makers=[("Micron Technology", "US"), ("Samsung Electronics", "KR"), ("SK hynix", "KR"), ("Winbond", "TW")]),
    "amp": dict(hs="854233", unit="pcs", price=3.2, w=0.002, chpl=True,
                desc=["Operational amplifiers {m}", "RF amplifier integrated circuits", "Amplifier ICs"],
                makers=[("Analog Devices", "US"), ("Texas Instruments", "US"), ("Qorvo", "US")]),
    "ic": dict(hs="854239", unit="pcs", price=2.8, w=0.002, chpl=True,
               desc=["Integrated circuits n.e.c. {m}", "Interface ICs {m}", "Power management ICs {m}"],
               makers=[("Analog Devices", "US"), ("Maxim Integrated", "US"), ("onsemi", "US"), ("Infineon Technologies", "DE")]),
    # Tier 2
    "radio": dict(hs="851762", unit="pcs", price=180.0, w=0.4, chpl=True,
                  desc=["Radio modems", "Wireless communication modules {m}", "Network switching apparatus"],
                  makers=[("Cisco Systems", "US"), ("Hytera", "CN"), ("Motorola Solutions", "US"), ("Quectel", "CN")]),
    "gnss": dict(hs="852691", unit="pcs", price=45.0, w=0.05, chpl=True,
                 desc=["GNSS receiver modules {m}", "GPS navigation modules", "Radio navigational aid apparatus"],
                 makers=[("u-blox", "CH"), ("Garmin", "US"), ("Trimble", "US"), ("Septentrio", "BE")]),
    "tant": dict(hs="853221", unit="pcs", price=0.45, w=0.001, chpl=True,
                 desc=["Tantalum capacitors {m}", "Fixed tantalum capacitors"],
                 makers=[("KEMET", "US"), ("AVX", "US"), ("Vishay", "US")]),
    "mlcc": dict(hs="853224", unit="pcs", price=0.03, w=0.0002, chpl=True,
                 desc=["Multilayer ceramic capacitors", "MLCC chip capacitors {m}"],
                 makers=[("Murata", "JP"), ("TDK", "JP"), ("Samsung Electro-Mechanics", "KR"), ("Yageo", "TW")]),
    # Tier 3
    "conn": dict(hs="853669", unit="pcs", price=1.2, w=0.01, chpl=True,
                 desc=["Connectors for PCB", "Plugs and sockets, low voltage", "Board-to-board connectors {m}"],
                 makers=[("TE Connectivity", "CH"), ("Amphenol", "US"), ("Molex", "US"), ("Harting", "DE")]),
    "trans": dict(hs="854129", unit="pcs", price=1.8, w=0.003, chpl=True,
                  desc=["Power transistors {m}", "MOSFET transistors", "IGBT transistors {m}"],
                  makers=[("Infineon Technologies", "DE"), ("onsemi", "US"), ("Toshiba", "JP"), ("Vishay", "US")]),
    "conv": dict(hs="850440", unit="pcs", price=65.0, w=0.8, chpl=True,
                 desc=["Static converters, power supplies", "DC-DC converters {m}", "Power supply units"],
                 makers=[("Mean Well", "TW"), ("TDK-Lambda", "JP"), ("Delta Electronics", "TW"), ("Vicor", "US")]),
    "bear": dict(hs="848210", unit="pcs", price=9.0, w=0.3, chpl=True,
                 desc=["Ball bearings {m}", "Deep groove ball bearings", "Angular contact ball bearings"],
                 makers=[("SKF", "SE"), ("Schaeffler", "DE"), ("NSK", "JP"), ("NTN", "JP"), ("ZWZ", "CN"), ("HRB", "CN")]),
    "rollb": dict(hs="848250", unit="pcs", price=22.0, w=0.9, chpl=True,
                  desc=["Cylindrical roller bearings", "Roller bearings {m}"],
                  makers=[("SKF", "SE"), ("Timken", "US"), ("NSK", "JP"), ("ZWZ", "CN")]),
    "uavpart": dict(hs="880730", unit="pcs", price=120.0, w=0.6, chpl=True,
                    desc=["Parts of unmanned aircraft", "UAV frames and propellers", "Parts for drones"],
                    makers=[("DJI", "CN"), ("Autel Robotics", "CN"), ("T-Motor", "CN")]),
    "optic": dict(hs="901380", unit="pcs", price=350.0, w=0.5, chpl=True,
                  desc=["Optical devices, thermal imaging cores", "Laser rangefinder modules", "Optical instruments"],
                  makers=[("FLIR", "US"), ("iRay Technology", "CN"), ("Guide Sensmart", "CN")]),
    "nav": dict(hs="901420", unit="pcs", price=900.0, w=1.2, chpl=True,
                desc=["Inertial measurement units", "Aeronautical navigation instruments", "Gyroscopes for navigation"],
                makers=[("Honeywell", "US"), ("Safran", "FR"), ("Analog Devices", "US")]),
    "cam": dict(hs="852589", unit="pcs", price=260.0, w=0.4, chpl=True,
                desc=["Video cameras", "Camera modules {m}", "Thermal cameras"],
                makers=[("Hikvision", "CN"), ("Sony", "JP"), ("FLIR", "US")]),
    # Tier 4
    "pcb": dict(hs="853400", unit="pcs", price=14.0, w=0.05, chpl=True,
                desc=["Printed circuit boards", "Multilayer PCBs"], makers=[("Unimicron", "TW"), ("Shennan Circuits", "CN"), ("AT&S", "AT")]),
    "scope": dict(hs="903020", unit="pcs", price=4200.0, w=6.0, chpl=True,
                  desc=["Oscilloscopes {m}", "Digital storage oscilloscopes"],
                  makers=[("Keysight Technologies", "US"), ("Tektronix", "US"), ("Rohde & Schwarz", "DE"), ("Rigol", "CN")]),
    "siggen": dict(hs="854320", unit="pcs", price=6800.0, w=9.0, chpl=True,
                   desc=["Signal generators {m}", "RF signal generators"],
                   makers=[("Keysight Technologies", "US"), ("Rohde & Schwarz", "DE"), ("Anritsu", "JP")]),
    "server": dict(hs="847180", unit="pcs", price=3100.0, w=18.0, chpl=True,
                   desc=["Server units", "Data processing units n.e.c."], makers=[("Dell", "US"), ("HPE", "US"), ("Lenovo", "CN"), ("Supermicro", "US")]),
    "cnc_mc": dict(hs="845710", unit="pcs", price=185000.0, w=6500.0, chpl=True,
                   desc=["CNC vertical machining centre {m}", "Machining centres for working metal"],
                   makers=[("DMG Mori", "JP"), ("Haas Automation", "US"), ("Mazak", "JP"), ("Okuma", "JP"), ("Hermle", "DE")]),
    "cnc_lathe": dict(hs="845811", unit="pcs", price=120000.0, w=4200.0, chpl=True,
                      desc=["CNC horizontal lathe {m}", "Numerically controlled lathes"],
                      makers=[("DMG Mori", "JP"), ("Okuma", "JP"), ("Doosan Machine Tools", "KR"), ("Victor Taichung", "TW")]),
    "cnc_mill": dict(hs="845961", unit="pcs", price=95000.0, w=3500.0, chpl=True,
                     desc=["CNC milling machines", "Numerically controlled milling machines {m}"],
                     makers=[("Haas Automation", "US"), ("Fanuc", "JP"), ("Hurco", "US"), ("Quaser", "TW")]),
    "cnc_parts": dict(hs="846693", unit="pcs", price=1400.0, w=25.0, chpl=True,
                      desc=["Spindles for machine tools", "Parts of CNC machine tools", "Tool changers and spindle units"],
                      makers=[("Fanuc", "JP"), ("Siemens", "DE"), ("Heidenhain", "DE"), ("Kessler", "DE")]),
    # other goods of concern
    "drone": dict(hs="880622", unit="pcs", price=1500.0, w=1.5, chpl=False, concern=True,
                  desc=["Unmanned aircraft {m}", "Quadcopters with camera"], makers=[("DJI", "CN"), ("Autel Robotics", "CN")]),
    "ammo": dict(hs="930690", unit="pcs", price=900.0, w=45.0, chpl=False, concern=True,
                 desc=["Artillery ammunition", "Munitions and parts"], makers=[("", "")]),
    "armparts": dict(hs="930591", unit="pcs", price=2500.0, w=30.0, chpl=False, concern=True,
                     desc=["Parts of military weapons"], makers=[("", "")]),
    # uncontrolled goods
    "phone": dict(hs="851713", unit="pcs", price=260.0, w=0.35, desc=["Smartphones {m}", "Mobile phones"],
                  makers=[("Xiaomi", "CN"), ("Samsung Electronics", "KR"), ("Apple", "US"), ("Honor", "CN"), ("Realme", "CN")]),
    "laptop": dict(hs="847130", unit="pcs", price=620.0, w=2.2, desc=["Laptops {m}", "Portable computers"],
                   makers=[("Lenovo", "CN"), ("HP", "US"), ("Asus", "TW"), ("Acer", "TW")]),
    "tv": dict(hs="852872", unit="pcs", price=310.0, w=14.0, desc=["LED televisions", "Smart TV sets {m}"],
               makers=[("Haier", "CN"), ("TCL", "CN"), ("Samsung Electronics", "KR"), ("Hisense", "CN")]),
    "washer": dict(hs="845011", unit="pcs", price=280.0, w=60.0, desc=["Washing machines", "Household washing machines"],
                   makers=[("Beko", "TR"), ("Vestel", "TR"), ("Haier", "CN"), ("Bosch", "DE")]),
    "carparts": dict(hs="870899", unit="kg", price=7.5, w=1.0, desc=["Spare parts for motor vehicles", "Auto parts", "Parts and accessories of motor vehicles"],
                     makers=[("Bosch", "DE"), ("Valeo", "FR"), ("Denso", "JP"), ("Great Wall", "CN"), ("Chery", "CN")]),
    "tyres": dict(hs="401110", unit="pcs", price=62.0, w=9.0, desc=["Passenger car tyres", "New pneumatic tyres"],
                  makers=[("Michelin", "FR"), ("Bridgestone", "JP"), ("Linglong", "CN"), ("Petlas", "TR")]),
    "tshirt": dict(hs="610910", unit="pcs", price=3.1, w=0.18, desc=["Cotton T-shirts, knitted", "Men's T-shirts"], makers=[("", "")]),
    "trousers": dict(hs="620342", unit="pcs", price=8.5, w=0.5, desc=["Men's cotton trousers", "Jeans"], makers=[("", "")]),
    "cosm": dict(hs="330499", unit="kg", price=18.0, w=1.0, desc=["Cosmetic creams", "Skin care preparations", "Beauty products"],
                 makers=[("L'Oreal", "FR"), ("Flormar", "TR"), ("Amorepacific", "KR"), ("", "")]),
    "perfume": dict(hs="330300", unit="kg", price=55.0, w=1.0, desc=["Perfumes and toilet waters"], makers=[("", "")]),
    "pharma": dict(hs="300490", unit="kg", price=95.0, w=1.0, desc=["Medicaments in measured doses", "Pharmaceutical products"],
                   makers=[("Novartis", "CH"), ("Sanofi", "FR"), ("Bayer", "DE"), ("Abdi Ibrahim", "TR")]),
    "citrus": dict(hs="080510", unit="kg", price=0.9, w=1.0, desc=["Fresh oranges", "Oranges"], makers=[("", "")]),
    "apricot": dict(hs="081310", unit="kg", price=3.4, w=1.0, desc=["Dried apricots"], makers=[("", "")]),
    "nuts": dict(hs="080232", unit="kg", price=6.0, w=1.0, desc=["Walnuts, shelled", "Hazelnuts"], makers=[("", "")]),
    "tomato": dict(hs="070200", unit="kg", price=0.8, w=1.0, desc=["Fresh tomatoes"], makers=[("", "")]),
    "wine": dict(hs="220421", unit="l", price=4.2, w=1.3, desc=["Wine of fresh grapes in bottles", "Red wine"], makers=[("", "")]),
    "brandy": dict(hs="220820", unit="l", price=9.0, w=1.4, desc=["Brandy", "Armenian brandy"], makers=[("", "")]),
    "furniture": dict(hs="940360", unit="pcs", price=140.0, w=35.0, desc=["Wooden furniture", "Office furniture"], makers=[("", "")]),
    "toys": dict(hs="950300", unit="pcs", price=4.0, w=0.3, desc=["Toys", "Plastic toys", "Children's toys"], makers=[("", "")]),
    "steel": dict(hs="720839", unit="kg", price=0.7, w=1.0, desc=["Hot-rolled steel coils"], makers=[("", "")]),
    "plastic": dict(hs="392390", unit="kg", price=2.1, w=1.0, desc=["Plastic packaging", "Articles for conveyance of goods, plastics"], makers=[("", "")]),
    "coffee": dict(hs="090121", unit="kg", price=11.0, w=1.0, desc=["Roasted coffee"], makers=[("", "")]),
    "paper": dict(hs="480256", unit="kg", price=1.1, w=1.0, desc=["Uncoated paper in sheets"], makers=[("", "")]),
    "pump": dict(hs="841370", unit="pcs", price=850.0, w=40.0, desc=["Centrifugal pumps", "Water pumps"], makers=[("Grundfos", "DK"), ("Wilo", "DE"), ("Pedrollo", "IT")]),
    "valve": dict(hs="848180", unit="pcs", price=75.0, w=3.0, desc=["Valves for pipes", "Ball valves"], makers=[("Danfoss", "DK"), ("", "")]),
}
for g in GOODS.values():
    g.setdefault("chpl", False)
    g.setdefault("concern", False)

CHIPS = ["mcu", "mem", "amp", "ic", "tant", "mlcc", "trans", "conn"]
RF_NAV = ["radio", "gnss", "nav", "cam", "optic"]
LAB = ["scope", "siggen", "server", "pcb", "conv"]
CNC = ["cnc_mc", "cnc_lathe", "cnc_mill", "cnc_parts"]
BEARINGS = ["bear", "rollb"]
UAV = ["uavpart", "gnss", "drone", "conv", "cam"]
CONSUMER = ["phone", "laptop", "tv", "washer", "carparts", "tyres"]
SOFT = ["tshirt", "trousers", "cosm", "perfume", "pharma", "citrus", "apricot", "nuts", "tomato", "wine", "brandy", "furniture",
        "toys", "coffee", "paper", "plastic"]
INDUSTRIAL = ["steel", "pump", "valve", "plastic", "paper", "carparts"]
ALL_CHPL = CHIPS + RF_NAV + LAB + CNC + BEARINGS + ["uavpart"]

VAGUE = {
    "chips": ["Electronic components", "Electronic parts", "Radio components", "Components for electronics", "Spare parts",
              "Parts for household appliances", "Computer accessories"],
    "cnc": ["Spare parts", "Industrial equipment", "Parts for industrial equipment", "Metalworking equipment, civil use",
            "Equipment for civil production", "Machine parts"],
    "uav": ["Toys", "Hobby model parts", "Agricultural equipment parts", "Spare parts", "Photo equipment", "Children's toys"],
    "arms": ["Construction materials", "Metal products", "Industrial goods", "Spare parts"],
}

PART_NO = ["STM32F407VGT6", "XC7A100T-2FGG484I", "ADSP-21489", "TMS320F28335", "LPC1768FBD100", "AT91SAM7X512", "MT41K256M16",
           "AD9361", "LM358", "IRF540N", "ATmega2560", "EP4CE22F17C8N", "NEO-M8N", "MAX3232", "SN74LVC245"]


# --------------------------------------------------------------------------------------------------
# Names. Each country is written in its own style; variants are the spellings a declarant would use.

CN_CITY = ["Shenzhen", "Guangzhou", "Dongguan", "Ningbo", "Xiamen", "Suzhou", "Shanghai", "Hangzhou", "Chengdu", "Wuhan", "Qingdao", "Tianjin"]
PINYIN = ["Xin", "Da", "Hua", "Rui", "Jin", "Peng", "Heng", "Tai", "Zhong", "Ke", "Long", "Sheng", "Yuan", "Feng", "Hong", "Kai",
          "Tong", "Wei", "Ye", "Chuang", "Bo", "Ming", "Xiang", "Yu", "Hai", "Guang", "Fu", "An", "Jia", "Li", "Cheng", "Rong"]
CN_TRADE = ["Electronic Technology", "Technology", "Trading", "Import and Export", "Precision Machinery", "Intelligent Technology",
            "Supply Chain Management", "Electronics", "Industrial"]
EN_WORDS = ["Pacific", "Golden", "Bright", "Star", "Ocean", "Summit", "Unity", "Prime", "Vertex", "Orient", "Silver", "Royal", "Apex",
            "Crown", "Delta", "Eagle", "Falcon", "Harbor", "Jade", "Lotus", "Nova", "Phoenix", "Rising", "Sky", "Titan", "Wise",
            "Zenith", "Grand", "Smart", "Peak", "Lucky", "Everbright", "Joyful", "Fortune", "Asia", "Dragon", "Sunrise", "Horizon"]
AE_WORDS = ["Al Noor", "Falcon Gate", "Blue Horizon", "Emirates Star", "Gulf Crest", "Desert Rose", "Al Safa", "Al Barsha", "Jebel Line",
            "Sahara Link", "Al Masa", "Oasis Route", "Pearl Coast", "Al Rawda", "Creek Side", "Nakheel View", "Marina Bay", "Al Waha"]
TR_WORDS = ["Anadolu", "Boğaziçi", "Ege", "Kuzey Yıldız", "Demirtaş", "Yılmazlar", "Özkan", "Karadeniz", "Marmara", "Toros",
            "Akdeniz", "Çınar", "Gökkuşağı", "Başak", "Doğan", "Ertuğrul", "Kaya", "Şahin", "Uğur", "Güneş", "Altın", "Yıldırım"]
KZ_WORDS = ["Astana Techno", "Steppe Trade", "Altyn Zhol", "Kazakh Industrial", "Aksu Group", "Nur Invest", "Almaty Components",
            "Saryarka", "Baiterek Supply", "Irtysh", "Zhetysu", "Kaspi Line", "Ulytau", "Tengiz Service"]
KG_WORDS = ["Ak-Jol", "Tengri Trade", "Ala-Too Import", "Issyk-Kul Group", "Bishkek Electro", "Kyrgyz Ecotech", "Manas Trans",
            "Naryn Commerce", "Tulpar", "Sary-Chelek", "Chui Trade", "Kel-Tor", "Ordo Service", "Asia Bridge"]
AM_WORDS = ["Ararat", "Yerevan", "Sevan", "Aragats", "Masis", "Arax", "Zangezur", "Vahagn", "Erebuni", "Shirak", "Garni", "Lori"]
GE_WORDS = ["Kartli", "Rustavi", "Mtkvari", "Kolkheti", "Iveria", "Tbilisi Gate", "Batumi Port", "Svaneti", "Kakheti", "Poti Line"]
UZ_WORDS = ["Samarkand", "Bukhara", "Tashkent Invest", "Fergana", "Zarafshan", "Navoi", "Turon", "Amudaryo", "Registan", "Sirdaryo"]
RS_WORDS = ["Beotrade", "Sava", "Morava", "Dunav", "Vojvodina", "Kosmaj", "Fruška", "Zlatibor", "Avala", "Drina"]
IN_WORDS = ["Shree", "Ganesh", "Sai", "Krishna", "Om", "Balaji", "Lakshmi", "Bharat", "Sunrise", "Aarav", "Vardhman"]
# Russian name cores written in Cyrillic: the Latin spellings are transliterated from them
RU_CORES = ["Техпром", "Электронснаб", "Промкомплект", "Восток-Импорт", "Радиодеталь", "Микроэлемент", "Сибтехснаб", "Уралкомпонент",
            "Спецприбор", "Северный ветер", "Балтэлектро", "Волгатрейд", "Интехсервис", "Стройресурс", "Агроторг", "Фармалюкс",
            "Текстильпром", "Кондитер", "Дальснаб", "Энергосистемы", "Навигатор", "Альфа-Трейд", "Мегаполис", "Гранит", "Кристалл",
            "Оптима", "Авангард", "Меридиан", "Пульсар", "Вектор", "Стандарт", "Гелиос", "Атлант", "Феникс", "Ресурс", "Элемент",
            "ТД Центр", "Логистик Плюс", "Импорт Решения", "Комплектация", "Промавтоматика", "Станкосервис", "Точмаш", "Техноконтакт"]
RU_TAIL = ["", "", "", " М", " Групп", " Плюс", "-2", " Трейд", " Снаб", " СПб", " Урал"]
WEST_WORDS = ["Arrow", "Benton", "Carver", "Dalton", "Everett", "Franklin", "Granger", "Hollis", "Ingram", "Jasper", "Kessler",
              "Lambert", "Merritt", "Norwood", "Oakley", "Prescott", "Quinlan", "Radcliffe", "Sterling", "Thornton", "Upton",
              "Vance", "Whitmore", "Yardley", "Brandt", "Hoffmann", "Keller", "Lindqvist", "Moreau", "Rossi", "Tanaka", "Sato",
              "Nakamura", "Kim", "Park", "Lin", "Chen", "Novak", "Dvorak", "Wagner", "Fischer", "Bauer", "Meier"]

TRANSLIT_A = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k",
              "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
              "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
# a second, looser transliteration a different declarant would use
TRANSLIT_B = dict(TRANSLIT_A, **{"х": "h", "ц": "c", "й": "i", "ю": "iu", "я": "ia", "ж": "j", "щ": "sch", "ы": "i", "е": "e"})


def translit(s, table):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in table:
            t = table[lo]
            out.append(t.capitalize() if ch != lo and t else t)
        else:
            out.append(ch)
    return "".join(out)


LAT2CYR = [("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("ya", "я"), ("ye", "е"),
           ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "ы"), ("k", "к"),
           ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"),
           ("c", "к"), ("h", "х"), ("w", "в"), ("x", "кс"), ("j", "дж"), ("q", "к")]


def to_cyrillic(s):
    """Crude Latin→Cyrillic, the way a Russian clerk re-types a transliterated company name."""
    out, i, low = [], 0, s.lower()
    while i < len(s):
        for lat, cyr in LAT2CYR:
            if low.startswith(lat, i):
                up = s[i].isupper()
                out.append(cyr.upper() if up else cyr)
                i += len(lat)
                break
        else:
            out.append(s[i])
            i += 1
    res = "".join(out)
    res = re.sub(r"ы(?=[аеиоуэюя])", "й", res)
    return res


def fold_tr(s):
    return s.translate(str.maketrans("ğĞıİöÖüÜşŞçÇ", "gGiIoOuUsScC"))


# --------------------------------------------------------------------------------------------------
# Identifiers

def inn10(rng, region=None):
    d = [int(c) for c in (region or f"{rng.randint(1, 99):02d}")] + [rng.randint(0, 9) for _ in range(7)]
    k = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, k)) % 11 % 10)
    return "".join(map(str, d))


def party_id_for(rng, cc):
    if cc in ("RU",):
        return inn10(rng, rng.choice(["77", "78", "50", "54", "66", "16", "23", "25", "63", "52"]))
    if cc == "BY":
        return f"{rng.randint(100000000, 999999999)}"
    if cc in ("KZ", "KG"):
        return f"{rng.randint(10**11, 10**12 - 1)}"
    if cc == "TR":
        return f"{rng.randint(10**9, 10**10 - 1)}"
    if cc == "AE":
        return f"100{rng.randint(10**10, 10**11 - 1)}0003"
    if cc == "CN":
        return "91" + f"{rng.randint(110000, 659999)}" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
    if cc == "HK":
        return f"{rng.randint(10**7, 10**8 - 1)}"
    if cc == "AM":
        return f"0{rng.randint(1000000, 9999999)}"
    if cc == "UZ":
        return f"{rng.randint(300000000, 309999999)}"
    if cc in EU:
        return cc + f"{rng.randint(10**8, 10**9 - 1)}"
    return ""


# --------------------------------------------------------------------------------------------------
# Parties

class Party:
    __slots__ = ("pid", "cc", "names", "weights", "address", "tax", "kind", "patterns", "start", "end", "entity", "listed_name",
                 "role", "use_tax", "used", "note")

    def __init__(self, pid, cc, names, address, tax, kind, start=START, end=END):
        self.pid, self.cc, self.names, self.address, self.tax, self.kind = pid, cc, names, address, tax, kind
        self.weights = [6] + [1] * (len(names) - 1)
        self.patterns = []
        self.start, self.end = start, end
        self.entity = None
        self.listed_name = None
        self.role = ""
        self.use_tax = 0.5
        self.used = []  # spellings actually written, in order of first use
        self.note = ""

    def name(self, rng):
        if len(self.weights) != len(self.names):
            self.weights = [self.weights[0]] + [1] * (len(self.names) - 1)
        n = rng.choices(self.names, self.weights)[0]
        if n not in self.used:
            self.used.append(n)
        return n

    def tax_id(self, rng):
        return self.tax if self.tax and rng.random() < self.use_tax else ""


LEGAL_WORDS = {"ooo", "llc", "ao", "jsc", "pao", "oao", "zao", "ltd", "limited", "liability", "company", "co", "inc", "corp", "corporation",
               "td", "trading", "house", "joint", "stock", "public", "closed", "open", "obshchestvo", "ogranichennoy", "otvetstvennostyu",
               "too", "llp", "osoo", "mchj", "doo", "fze", "fzco", "pvt", "private", "gmbh", "the", "l", "c", "s", "o", "d", "a", "sti", "as"}


def name_key(s):
    """A name without script, case, punctuation and legal forms: what an exact name collision compares."""
    s = translit(s, TRANSLIT_A).lower()
    return " ".join(t for t in re.sub(r"[^a-z0-9]+", " ", s).split() if t not in LEGAL_WORDS)


def organisation_names(lists):
    """Normalised names and aliases of listed organisations, so that invented names never equal one."""
    keys = set()
    try:
        with open(os.path.join(lists, "ofac", "sdn.csv"), encoding="latin-1", newline="") as f:
            orgs = set()
            for r in csv.reader(f):
                if len(r) >= 3 and r[2].strip() == "-0-":
                    orgs.add(r[0].strip())
                    keys.add(name_key(r[1]))
        with open(os.path.join(lists, "ofac", "alt.csv"), encoding="latin-1", newline="") as f:
            for r in csv.reader(f):
                if len(r) >= 4 and r[0].strip() in orgs:
                    keys.add(name_key(r[3]))
        with open(os.path.join(lists, "opensanctions", "ua_war_sanctions.targets.simple.csv"), encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                if r["schema"] in ("Company", "LegalEntity", "Organization"):
                    for n in [r["name"]] + r["aliases"].split(";"):
                        keys.add(name_key(n))
        with open(os.path.join(lists, "csl", "csl.csv"), encoding="utf-8", newline="") as f:
            for r in csv.reader(f):
                if len(r) > 7 and r[3].strip().lower() != "individual":
                    keys.add(name_key(r[5]))
    except OSError:
        pass
    keys.discard("")
    return keys


class Namer:
    hard = False  # set while a small name space is crowded: names get an extra word

    def __init__(self, rng, listed_keys=frozenset()):
        self.rng = rng
        self.seen = set()
        self.listed_keys = listed_keys

    def unique(self, make):
        for attempt in range(400):
            Namer.hard = attempt > 40
            names = make()
            key = names[0].lower()
            if key not in self.seen and not any(name_key(n) in self.listed_keys for n in names):
                self.seen.add(key)
                return names
        raise RuntimeError("name space exhausted")

    def company(self, cc, trade="tech"):
        r = self.rng
        return self.unique(lambda: self._company(r, cc, trade))

    @staticmethod
    def _company(r, cc, trade):
        if cc == "CN":
            city, core = r.choice(CN_CITY), r.choice(PINYIN) + r.choice(PINYIN).lower()
            t = {"tech": r.choice(CN_TRADE[:3] + CN_TRADE[5:]), "soft": r.choice(["Trading", "Import and Export", "Textile", "Food", "Household Products"]),
                 "ind": r.choice(["Bearing", "Precision Machinery", "Industrial", "Machine Tool"])}.get(trade, "Trading")
            base = f"{city} {core} {t} Co., Ltd."
            return [base, base.upper().replace(",", "").replace(".", ""), f"{core} {t} ({city}) Co., Ltd", f"{city} {core} {t} Co.,Ltd"]
        if cc == "HK":
            core = r.choice(EN_WORDS) + " " + r.choice(EN_WORDS + ["Tech", "Electronics", "Components", "Semiconductor"])
            form = r.choice(["Trading Limited", "International Limited", "Technology (HK) Co., Limited", "Electronics (Hong Kong) Limited",
                             "Industrial Co., Limited", "Holdings Limited"])
            base = f"{core} {form}"
            return [base, base.replace("Limited", "Ltd").replace("Ltd.", "Ltd"), base.upper(), base.replace("Co., ", "Company ")]
        if cc == "AE":
            core = r.choice(AE_WORDS) + (" " + r.choice(EN_WORDS) if Namer.hard or r.random() < 0.3 else "")
            kind = {"tech": r.choice(["General Trading", "Electronics Trading", "Industrial Equipment Trading", "Technologies"]),
                    "soft": r.choice(["Foodstuff Trading", "General Trading", "Perfumes Trading", "Textiles Trading"]),
                    "fwd": "Shipping & Logistics"}.get(trade, "General Trading")
            form = r.choice(["FZE", "L.L.C.", "FZCO", "FZ-LLC", "LLC"])
            base = f"{core} {kind} {form}"
            alt_form = {"FZE": "F.Z.E", "L.L.C.": "LLC", "FZCO": "F.Z.C.O", "FZ-LLC": "FZ LLC", "LLC": "L.L.C"}[form]
            return [base, f"{core} {kind} {alt_form}", base.upper(), f"{core} {kind.replace('General ', '')} {form}"]
        if cc == "TR":
            core = r.choice(TR_WORDS) + ("" if r.random() < 0.5 else " " + r.choice(TR_WORDS))
            sector = {"tech": r.choice(["Elektronik", "Makina", "Teknoloji", "Endüstriyel Ürünler"]), "soft": r.choice(["Tekstil", "Gıda", "Kozmetik", "Mobilya"]),
                      "fwd": "Lojistik", "ind": "Makina"}.get(trade, "Tekstil")
            form = r.choice(["Dış Ticaret Ltd. Şti.", "Sanayi ve Ticaret A.Ş.", "San. ve Tic. Ltd. Şti.", "İthalat İhracat Ltd. Şti."])
            base = f"{core} {sector} {form}"
            return [base, fold_tr(base), fold_tr(base).upper().replace(".", ""), base.replace("Ltd. Şti.", "Limited Şirketi")]
        if cc in ("KZ", "KG", "UZ", "AM", "GE", "RS", "IN"):
            words = {"KZ": KZ_WORDS, "KG": KG_WORDS, "UZ": UZ_WORDS, "AM": AM_WORDS, "GE": GE_WORDS, "RS": RS_WORDS, "IN": IN_WORDS}[cc]
            core = r.choice(words)
            if Namer.hard:
                core = core + " " + r.choice(EN_WORDS)
            if r.random() < 0.5 or Namer.hard:
                core = core + " " + r.choice(["Trade", "Group", "Service", "Invest", "Tech", "Import", "Supply", "Holding", "Partners", "Line"])
            if trade == "fwd":
                core += " " + r.choice(["Logistics", "Cargo", "Freight", "Trans"])
            if cc == "KZ":
                return [f'TOO "{core}"', f"{core} LLP", f"ТОО «{to_cyrillic(core)}»", f'TOO {core.upper()}']
            if cc == "KG":
                return [f'OsOO "{core}"', f"{core} LLC", f"ОсОО «{to_cyrillic(core)}»", f'Osoo {core}']
            if cc == "UZ":
                return [f'"{core}" MChJ', f"{core} LLC", f'OOO "{core}"', f"{core.upper()} MCHJ"]
            if cc == "AM":
                return [f'"{core}" LLC', f"{core} LLC", f'{core} SPS', f'"{core.upper()}" L.L.C.']
            if cc == "GE":
                return [f"{core} LLC", f"LLC {core}", f"{core} Ltd", f"{core.upper()} LLC"]
            if cc == "RS":
                return [f"{core} d.o.o. Beograd", f"{core} DOO", f"{core} d.o.o.", f"{core.upper()} DOO BEOGRAD"]
            return [f"{core} Private Limited", f"{core} Pvt. Ltd.", f"{core.upper()} PVT LTD", f"{core} Pvt Ltd"]
        if cc in ("RU", "BY"):
            core = r.choice(RU_CORES) + r.choice(RU_TAIL)
            if Namer.hard:
                core += r.choice([" Сибирь", " Юг", " Восток", " Запад", " Центр", " Регион", "-Инвест", "-Сервис", " Логистик", " Поставка",
                                  " Север", " Волга", " Дон", " Кама"]) + r.choice(["", "", f"-{r.randint(1, 99)}"])
            lat_a, lat_b = translit(core, TRANSLIT_A), translit(core, TRANSLIT_B)
            form_c = r.choice(["ООО", "ООО", "АО", "ООО ТД"]) if cc == "RU" else r.choice(["ООО", "ОДО", "ЧТУП"])
            form_l = {"ООО": "OOO", "АО": "AO", "ООО ТД": "OOO TD", "ОДО": "ODO", "ЧТУП": "ChTUP"}[form_c]
            form_e = {"OOO": "LLC", "AO": "JSC", "OOO TD": "Trading House LLC", "ODO": "ALC", "ChTUP": "PTUE"}[form_l]
            return [f"{form_c} «{core}»", f'{form_l} "{lat_a}"', f"{lat_b} {form_e}", f'{form_l} "{lat_a.upper()}"']
        # western and other Asian makers and distributors
        a, b = r.choice(WEST_WORDS), r.choice(WEST_WORDS)
        sector = {"tech": r.choice(["Electronics", "Components", "Semiconductor Supply", "Technologies", "Industrial Supply", "Instruments", "Machine Tools"]),
                  "soft": r.choice(["Foods", "Apparel", "Trading", "Consumer Goods", "Pharma"]), "ind": r.choice(["Machinery", "Industrial", "Engineering"])}.get(trade, "Trading")
        form = {"US": "Inc.", "DE": "GmbH", "JP": "Co., Ltd.", "KR": "Co., Ltd.", "TW": "Corp.", "NL": "B.V.", "GB": "Ltd", "FR": "SAS",
                "IT": "S.r.l.", "CH": "AG", "SE": "AB", "FI": "Oy", "PL": "Sp. z o.o.", "CZ": "s.r.o.", "AT": "GmbH", "SG": "Pte. Ltd.",
                "MY": "Sdn. Bhd.", "TH": "Co., Ltd.", "VN": "Company Limited", "ES": "S.L.", "BE": "NV", "SA": "Trading Est.", "BR": "Ltda.",
                "MX": "S.A. de C.V.", "CA": "Inc.", "AU": "Pty Ltd", "IL": "Ltd.", "ID": "PT", "PH": "Inc.", "ZA": "(Pty) Ltd", "OM": "LLC",
                "EG": "S.A.E.", "AZ": "MMC", "DK": "A/S"}.get(cc, "Ltd")
        core = a if r.random() < 0.5 else f"{a}-{b}" if cc in ("DE", "AT", "CH") else f"{a} & {b}"
        base = f"{form} {core} {sector}" if form == "PT" else f"{core} {sector} {form}"
        return [base, base.replace(",", "").replace(".", ""), base.upper(), base.replace(" " + form, "")]


STREETS = {
    "HK": ["Nathan Road, Tsim Sha Tsui, Kowloon", "Queen's Road Central, Central", "Hoi Bun Road, Kwun Tong", "Des Voeux Road Central",
           "Lockhart Road, Wan Chai", "Castle Peak Road, Kwai Chung", "Wing Hong Street, Cheung Sha Wan"],
    "CN": ["Huaqiang North Road, Futian District, Shenzhen", "Keyuan Road, Nanshan District, Shenzhen", "Tianhe Road, Guangzhou",
           "Zhangjiang Hi-Tech Park, Pudong, Shanghai", "Binjiang District, Hangzhou", "Songshan Lake, Dongguan"],
    "AE": ["Jebel Ali Free Zone, Dubai", "Dubai Airport Free Zone, Dubai", "Al Qusais Industrial Area, Dubai", "Deira, Dubai",
           "SAIF Zone, Sharjah", "Business Bay, Dubai", "RAKEZ, Ras Al Khaimah"],
    "TR": ["Atatürk Cad., İstanbul", "İkitelli OSB, Başakşehir, İstanbul", "Mersin Serbest Bölge, Mersin", "Nilüfer OSB, Bursa",
           "Kızılay, Ankara", "Esenyurt, İstanbul", "Çiğli, İzmir"],
    "KZ": ["Abay Ave, Almaty", "Mangilik El Ave, Astana", "Raiymbek Ave, Almaty", "Tole Bi St, Almaty", "Kabanbay Batyr Ave, Astana"],
    "KG": ["Chui Ave, Bishkek", "Manas Ave, Bishkek", "Jibek Jolu Ave, Bishkek", "Ibraimova St, Bishkek", "Kurmanjan Datka St, Osh"],
    "AM": ["Tigran Mets Ave, Yerevan", "Komitas Ave, Yerevan", "Arshakunyats Ave, Yerevan", "Tbilisyan Hwy, Yerevan"],
    "GE": ["Rustaveli Ave, Tbilisi", "Tsereteli Ave, Tbilisi", "Chavchavadze St, Batumi", "Aghmashenebeli Ave, Tbilisi"],
    "UZ": ["Amir Temur St, Tashkent", "Mustaqillik Ave, Tashkent", "Bobur St, Tashkent", "Registan St, Samarkand"],
    "RS": ["Bulevar Mihajla Pupina, Novi Beograd", "Knez Mihailova, Beograd", "Autoput za Zagreb, Beograd"],
    "IN": ["Nehru Place, New Delhi", "Lamington Road, Mumbai", "Electronic City, Bengaluru", "Guindy, Chennai"],
    "RU": ["ul. Tverskaya, Moskva", "Leninskiy prospekt, Moskva", "ul. Obrucheva, Moskva", "Nevskiy prospekt, Sankt-Peterburg",
           "ul. Marshala Govorova, Sankt-Peterburg", "ul. Lenina, Yekaterinburg", "Krasnyy prospekt, Novosibirsk", "ul. Baumana, Kazan",
           "ul. Svetlanskaya, Vladivostok", "Moskovskoye shosse, Samara", "ul. Krasnaya, Krasnodar", "Varshavskoye shosse, Moskva"],
    "BY": ["pr. Nezavisimosti, Minsk", "ul. Kazintsa, Minsk", "ul. Sovetskaya, Brest"],
}


def address(rng, cc):
    streets = STREETS.get(cc)
    if streets:
        if cc == "HK":
            return f"Room {rng.randint(1, 28)}{rng.randint(1, 20):02d}, {rng.randint(1, 28)}/F, {rng.randint(1, 300)} {rng.choice(streets)}, Hong Kong"
        if cc == "RU":
            return f"{rng.choice(streets)}, d. {rng.randint(1, 140)}, of. {rng.randint(1, 900)}"
        return f"{rng.randint(1, 250)} {rng.choice(streets)}"
    return f"{rng.randint(1, 999)} {rng.choice(['Industrial Park', 'Main Street', 'Harbour Road', 'Technology Avenue', 'Commerce Street'])}, {cc}"


# registered-agent addresses that many Hong Kong and Dubai companies share, innocent or not
AGENT_ADDR = {
    "HK": ["Room 1203, 12/F, Tower 2, Lippo Centre, 89 Queensway, Admiralty, Hong Kong",
           "Unit 04, 7/F, Bright Way Tower, 33 Mong Kok Road, Kowloon, Hong Kong",
           "Flat A, 11/F, Wing Tat Commercial Building, 97 Bonham Strand East, Sheung Wan, Hong Kong"],
    "AE": ["Office 1702, Jafza One Tower A, Jebel Ali Free Zone, Dubai", "Business Centre, RAKEZ Compass Building, Al Hamra, Ras Al Khaimah"],
}


# --------------------------------------------------------------------------------------------------
# Lists: real listed entities, read from the shared data

def read_sdn(lists):
    rows = []
    with open(os.path.join(lists, "ofac", "sdn.csv"), encoding="latin-1", newline="") as f:
        for r in csv.reader(f):
            if len(r) >= 12:
                rows.append([c.strip() for c in r])
    addr = {}
    with open(os.path.join(lists, "ofac", "add.csv"), encoding="latin-1", newline="") as f:
        for r in csv.reader(f):
            if len(r) >= 5:
                r = [c.strip() for c in r]
                addr.setdefault(r[0], []).append(r)
    return rows, addr


HUB_COUNTRY = {"Hong Kong": "HK", "China": "CN", "United Arab Emirates": "AE", "Turkey": "TR", "Turkiye": "TR", "Kyrgyzstan": "KG",
               "Armenia": "AM", "Kazakhstan": "KZ", "Uzbekistan": "UZ"}

# Names as Russian declarations write them (my own, for a few well-known designated companies)
CYRILLIC = {
    "16865": ["АО «Концерн ВКО «Алмаз-Антей»", "АО Концерн ВКО Алмаз-Антей"],
    "16868": ["АО «Концерн «Радиоэлектронные технологии»", "АО КРЭТ"],
    "16911": ["АО «Концерн «Калашников»", "АО Концерн Калашников"],
    "16885": ["АО «НПК «Уралвагонзавод»"],
    "16884": ["АО «ВПК «НПО машиностроения»"],
    "45934": ["ООО «ЗАЛА АЭРО»", "ООО ЗАЛА АЭРО"],
    "46431": ["АО «Ижевский электромеханический завод «Купол»", "АО ИЭМЗ Купол"],
    "35936": ["АО «Микрон»"],
    "39158": ["АО «Ангстрем»"],
    "45713": ["ООО «Алабуга Машинери»"],
    "34981": ["ОАО «ИНТЕГРАЛ»", "ОАО Интеграл – управляющая компания холдинга Интеграл"],
}
LEGAL_ABBR = [("LIMITED LIABILITY COMPANY ", "OOO "), ("JOINT STOCK COMPANY ", "AO "), ("PUBLIC JOINT STOCK COMPANY ", "PAO "),
              ("OPEN JOINT STOCK COMPANY ", "OAO "), ("JOINT-STOCK COMPANY ", "JSC "), ("CLOSED JOINT STOCK COMPANY ", "ZAO ")]


def legal_abbr(name):
    for long, short in LEGAL_ABBR:
        if name.upper().startswith(long):
            return short + name[len(long):]
    return None


def ru_variants(rng, name, ent_num=None):
    """Spellings of a listed Russian company as declarants write them."""
    out = [name]
    if ent_num and ent_num in CYRILLIC:
        out += CYRILLIC[ent_num]
    ab = legal_abbr(name)
    core = None
    if ab:
        out.append(ab)
        core = ab.split(" ", 1)[1]
    elif name.upper().startswith(("OOO ", "AO ", "PAO ", "JSC ")):
        core = name.split(" ", 1)[1]
    elif name.upper().endswith((" OOO", " AO", " LLC", " JSC")):
        core = name.rsplit(" ", 1)[0]
    if core:
        core = core.strip('"')
        form = "ООО" if name.upper().startswith(("LIMITED", "OOO")) or name.upper().endswith((" OOO", " LLC")) else "АО"
        out.append(f'{"OOO" if form == "ООО" else "AO"} "{core.title()}"')
    out.append(name.title())
    seen, res = set(), []
    for n in out:
        if n.lower() not in seen:
            seen.add(n.lower())
            res.append(n)
    return res


def pick_listed(rng, lists, n_ru, n_hub):
    sdn, addr = read_sdn(lists)
    ent = [r for r in sdn if r[2] == "-0-"]
    # Russian defence and electronics procurement companies with a tax number
    ru = [r for r in ent if "RUSSIA-EO14024" in r[3] and re.search(r"Tax ID No\. (\d{10}) \(Russia\)", r[11])
          and not re.search(r"BANK|INSURANCE|CAPITAL|INVEST|FUND|LEASING|ESTATE|HOLDING|MANAGEMENT", r[1])
          and (re.search(r"ELEKTR|ELECTR|RADIO|TEKHN|TECHN|PRIBOR|ZAVOD|PLANT|MASH|AVIA|AERO|OPTIC|SYSTEM|INSTRUMENT|MI[CK]RO|COMPONENT|"
                         r"\bNPO\b|\bNPP\b|DESIGN BUREAU|SCIENTIFIC|RESEARCH|ENGINEERING|DEFEN[CS]E|MISSILE|SEMICONDUCTOR|ARSENAL", r[1])
               or re.search(r"Organization Type: (Manufacture of (electronic|weapons|computer|air and spacecraft|instruments|machinery)|"
                            r"Wholesale of electronic)", r[11]))]
    famous = [r for r in ent if r[0] in CYRILLIC and r[0] != "34981"]
    rng.shuffle(ru)
    chosen = famous[: max(3, n_ru // 3)]
    for r in ru:
        if len(chosen) >= n_ru:
            break
        if r not in chosen:
            chosen.append(r)
    out = []
    for r in chosen:
        tax = re.search(r"Tax ID No\. (\d{10}) \(Russia\)", r[11])
        ads = [a for a in addr.get(r[0], []) if a[4].strip() == "Russia" and a[2] != "-0-"]
        out.append(dict(entity=f"ofac-sdn:{r[0]}", name=r[1], cc="RU", tax=tax.group(1) if tax else "",
                        address=(ads[0][2] + ", " + ads[0][3]).replace(", -0-", "") if ads else "", variants=ru_variants(rng, r[1], r[0]),
                        kind="end_user"))
    by = [r for r in ent if r[0] in ("34981", "45588")]
    for r in by:
        tax = re.search(r"(?:Registration Number|Tax ID No\.) (\d{9}) \(Belarus\)", r[11])
        out.append(dict(entity=f"ofac-sdn:{r[0]}", name=r[1], cc="BY", tax=tax.group(1) if tax else "", address="",
                        variants=[r[1]] + CYRILLIC.get(r[0], []) + [r[1].title()], kind="end_user"))
    # listed intermediaries in hubs: wholesale of electronics
    hubs = []
    for r in ent:
        if "RUSSIA-EO14024" not in r[3]:
            continue
        m = re.search(r"(?:Registration Number|Registration ID|Tax ID No\.) ([\w/-]+) \((Hong Kong|China|United Arab Emirates|Turkey|Turkiye|Kyrgyzstan|Armenia|Kazakhstan|Uzbekistan)\)", r[11])
        if m and re.search(r"ELECTRON|TECH|TRADING|COMPONENT|SEMICON|LOGISTIC", r[1]):
            hubs.append((r, HUB_COUNTRY[m.group(2)], m.group(1)))
    rng.shuffle(hubs)
    for r, cc, reg in hubs[:n_hub]:
        v = [r[1], r[1].title(), r[1].replace(",", "")]
        out.append(dict(entity=f"ofac-sdn:{r[0]}", name=r[1], cc=cc, tax=reg, address="", variants=list(dict.fromkeys(v)), kind="hub"))
    # embargoed suppliers: Iranian UAV makers, DPRK arms traders
    for num in ("16418", "11195", "39637"):
        r = next((x for x in ent if x[0] == num), None)
        if r:
            out.append(dict(entity=f"ofac-sdn:{num}", name=r[1], cc="IR", tax="", address="", variants=[r[1], r[1].title()], kind="embargo"))
    for r in ent:
        if r[1] == "KOREA MINING DEVELOPMENT TRADING CORPORATION":
            out.append(dict(entity=f"ofac-sdn:{r[0]}", name=r[1], cc="KP", tax="", address="", variants=[r[1], "KOMID", r[1].title()], kind="embargo"))
    # carriers
    carriers = []
    for r in sdn:
        if r[1] in ("MAHAN AIR", "IRAN AIR"):
            carriers.append((r[1], ""))
    vessels = [r for r in sdn if r[2] == "vessel" and "RUSSIA-EO14024" in r[3] and re.search(r"IMO (\d{7})", r[11])]
    rng.shuffle(vessels)
    for r in vessels[:6]:
        carriers.append((r[1], re.search(r"IMO (\d{7})", r[11]).group(1)))
    return out, carriers


def pick_opensanctions(rng, lists, n):
    """Russian defence-industry companies from the War & Sanctions data: INN, address, English name."""
    path = os.path.join(lists, "opensanctions", "ua_war_sanctions.targets.simple.csv")
    out = []
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["schema"] in ("Company", "LegalEntity") and r["countries"] == "ru"]
    pool = []
    for r in rows:
        inn = [x for x in r["identifiers"].split(";") if re.fullmatch(r"\d{10}", x)]
        if inn and r["addresses"] and re.search(r"military|weapon|defen|electron|aircraft|radio|missile|drone|UAV|ammunition", r["sanctions"], re.I):
            pool.append((r, inn[0]))
    pool.sort(key=lambda x: x[0]["id"])
    rng.shuffle(pool)
    for r, inn in pool[:n]:
        name = r["name"]
        out.append(dict(entity=f"opensanctions:{r['id']}", name=name, cc="RU", tax=inn, address=r["addresses"].split(";")[0][:120],
                        variants=ru_variants(rng, name), kind="end_user"))
    return out


# --------------------------------------------------------------------------------------------------
# Records

HEADER = ["record_id", "date", "exporter_name", "exporter_country", "exporter_address", "exporter_id", "importer_name", "importer_country",
          "importer_address", "importer_id", "manufacturer", "origin_country", "dispatch_country", "destination_country", "hs_code",
          "description", "quantity", "unit", "net_weight_kg", "value_usd", "transport_mode", "carrier", "vessel_imo"]

LEGIT_AIR = ["Lufthansa Cargo", "Cathay Cargo", "Emirates SkyCargo", "Turkish Cargo", "Qatar Airways Cargo", "Korean Air Cargo", "FedEx", "DHL Express",
             "UPS", "China Southern Cargo", "Air Astana Cargo"]
LEGIT_SEA = [("MAERSK ESSEN", "9456783"), ("MSC AURORA", "9619907"), ("CMA CGM TAGE", "9702106"), ("COSCO SHIPPING TAURUS", "9783526"),
             ("EVER GIVEN", "9811000"), ("ONE HARMONY", "9741413")]
LEGIT_ROAD = ["", "", "Mars Logistics", "Horoz Lojistik", "Asia Trans Road", "Girteka"]


class Writer:
    def __init__(self, rng, out_dir):
        self.rng = rng
        self.rows = []
        self.mentions = []
        self.seq = 0

    def add(self, date, exp, imp, good_key, qty=None, value=None, dest=None, dispatch="", desc=None, transport=None, carrier=None,
            origin=None, maker=None, price_factor=1.0, hs=None):
        rng = self.rng
        g = GOODS[good_key]
        if qty is None:
            qty = max(1, int(round(rng.lognormvariate(math.log(max(1.0, 4000.0 / g["price"])), 0.9))))
        if value is None:
            value = qty * g["price"] * price_factor * rng.lognormvariate(0, 0.22)
        if maker is None:
            maker, mo = rng.choice(g["makers"])
            origin = origin or mo or exp.cc
        origin = origin or exp.cc
        if desc is None:
            desc = rng.choice(g["desc"]).replace("{m}", rng.choice(PART_NO) if g["chpl"] and g["hs"].startswith("854") else maker or "").strip()
        dest = dest or imp.cc
        code = hs or g["hs"]
        ln = 10 if imp.cc in EAEU or imp.cc in ("UZ",) else 8 if imp.cc in EU else rng.choice([6, 8, 10])
        code = code + "".join(rng.choice("0000000019") for _ in range(ln - 6)) if len(code) < ln else code
        if transport is None:
            if g["w"] * qty > 3000:
                transport = "sea" if rng.random() < 0.5 else ("rail" if exp.cc in ("CN", "KZ") else "road")
            elif g["price"] > 1.0 and g["w"] * qty < 40 and rng.random() < 0.7:
                transport = "air"
            else:
                transport = rng.choice(["road", "road", "sea", "rail", "air"])
        carrier_name, imo = "", ""
        if carrier is not None:
            carrier_name, imo = carrier
        elif transport == "air" and rng.random() < 0.7:
            carrier_name = rng.choice(LEGIT_AIR)
        elif transport == "sea" and rng.random() < 0.8:
            carrier_name, imo = rng.choice(LEGIT_SEA)
        elif transport == "road":
            carrier_name = rng.choice(LEGIT_ROAD)
        self.seq += 1
        rid = f"{imp.cc}{date:%y%m%d}-{self.seq:07d}"
        weight = qty * g["w"] * rng.uniform(0.9, 1.15)
        self.rows.append([rid, date.isoformat(), exp.name(rng), exp.cc, exp.address if rng.random() < 0.8 else "", exp.tax_id(rng),
                          imp.name(rng), imp.cc, imp.address if rng.random() < 0.85 else "", imp.tax_id(rng), maker or "",
                          origin if rng.random() < 0.93 else "", dispatch, dest, code, desc, str(qty), g["unit"],
                          f"{weight:.2f}" if rng.random() < 0.9 else "", f"{value:.2f}", transport, carrier_name, imo])
        self.mentions.append((rid, "exporter", exp.pid))
        self.mentions.append((rid, "importer", imp.pid))
        return rid


def rand_date(rng, a=START, b=END):
    return a + dt.timedelta(days=rng.randint(0, max(0, days(a, b))))


# --------------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--lists", default="../shared/data")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    N = a.records
    namer = Namer(rng, organisation_names(a.lists))
    W = Writer(rng, a.out)
    parties = []

    def new_party(cc, trade="tech", kind="legit", start=START, end=END, addr=None, tax=None, names=None):
        p = Party(f"P{len(parties) + 1:06d}", cc, names or namer.company(cc, trade), addr or address(rng, cc),
                  party_id_for(rng, cc) if tax is None else tax, kind, start, end)
        p.use_tax = {"RU": 0.75, "BY": 0.6, "KZ": 0.6, "KG": 0.5}.get(cc, 0.3)
        parties.append(p)
        return p

    # ---------------- listed parties
    n_ru = max(8, min(40, N // 9000))
    listed_raw, carriers_bad = pick_listed(rng, a.lists, n_ru - n_ru // 3, max(3, min(10, N // 40000)))
    listed_raw += pick_opensanctions(rng, a.lists, n_ru // 3)
    listed = []
    for x in listed_raw:
        p = new_party(x["cc"], names=x["variants"], addr=x["address"] or address(rng, x["cc"]), tax=x["tax"], kind="listed")
        p.entity, p.listed_name, p.role = x["entity"], x["name"], x["kind"]
        p.weights = [3] + [2] * (len(p.names) - 1)
        p.use_tax = 0.6 if x["tax"] else 0
        listed.append(p)
    end_users = [p for p in listed if p.role == "end_user"]
    listed_hubs = [p for p in listed if p.role == "hub"]
    embargo = [p for p in listed if p.role == "embargo"]

    # ---------------- background parties
    n_bg = max(300, N // 28)

    def pool(ccs, k, trade, **kw):
        return [new_party(rng.choice(ccs), trade, **kw) for _ in range(k)]

    west_dist = pool(WEST + ASIA_MAKERS, max(40, n_bg // 10), "tech")                      # big distributors of CHPL goods
    hub_dist = pool(HUBS, max(40, n_bg // 10), "tech")                                     # hub distributors, own market and neighbours
    for p in hub_dist:
        if p.cc in AGENT_ADDR and rng.random() < 0.35:
            p.address = rng.choice(AGENT_ADDR[p.cc])
    other_buyers = pool(OTHER_BUYERS + WEST, max(50, n_bg // 8), "tech")
    hub_soft = pool(["TR", "KZ", "KG", "AM", "GE", "UZ", "CN", "AE", "IN", "RS"], max(50, n_bg // 7), "soft")  # uncontrolled goods to RU
    for p in hub_soft:
        if rng.random() < 0.25:
            p.start = rand_date(rng, dt.date(2022, 4, 1), dt.date(2024, 1, 31))  # innocent newcomers after the invasion
            p.note = "new"
    cn_consumer = pool(["CN", "HK"], max(20, n_bg // 20), "tech")
    ru_buyers = pool(["RU"] * 9 + ["BY"], max(60, n_bg // 5), "soft")                     # Russian and Belarusian importers, legitimate goods
    for p in ru_buyers:
        if rng.random() < 0.2:
            p.start = rand_date(rng, dt.date(2022, 3, 1), dt.date(2024, 1, 31))
            p.note = "new"
    fwd = pool(["KZ", "KG", "AM", "GE", "AE", "TR", "RU"], max(10, n_bg // 40), "fwd")      # freight forwarders as consignees
    for p in fwd:
        if p.cc in ("RU", "TR", "AE"):
            def forwarder_names():
                core = rng.choice(EN_WORDS) + " " + rng.choice(EN_WORDS)
                form = {"RU": "OOO", "TR": "Lojistik Ltd. Şti.", "AE": "Freight Forwarding LLC"}[p.cc]
                if p.cc == "RU":
                    return [f'OOO "{core} Logistics"', f"{core} Logistics LLC", f'ООО «{to_cyrillic(core)} Лоджистикс»']
                return [f"{core} {form}", f"{core} {form}".upper(), f"{core} {form.replace('.', '')}"]
            p.names = namer.unique(forwarder_names)
    misc = pool(WEST + OTHER_BUYERS + HUBS, max(60, n_bg // 6), "soft")
    grey_cn = pool(["CN"], max(6, n_bg // 60), "ind", kind="grey")                          # Chinese bearings and connectors to Russian industry
    ru_industry = pool(["RU"], max(8, n_bg // 50), "ind", kind="grey")
    conglom = pool(["TR", "KZ", "UZ", "AM"], max(5, n_bg // 60), "soft")                  # import CHPL for own plants, export soft goods to RU

    def active(p, d):
        return p.start <= d <= p.end

    def bg_date(*ps):
        lo = max(p.start for p in ps)
        hi = min(p.end for p in ps)
        return rand_date(rng, lo, hi) if lo <= hi else None

    # ---------------- evasion networks (about 3% of records)
    n_networks = max(10, N // 1500)
    planted = []

    def plant(p, *patterns):
        p.kind = "planted"
        for x in patterns:
            if x not in p.patterns:
                p.patterns.append(x)
        if p not in planted:
            planted.append(p)

    net_types = ["chip_relay"] * 35 + ["two_hop"] * 20 + ["machine_tools"] * 15 + ["drones"] * 12 + ["embargo"] * 6 + ["front_identity"] * 12
    evasion_records = 0
    first_types = ["chip_relay", "two_hop", "machine_tools", "drones", "embargo", "front_identity"]
    pending_users = list(end_users)
    rng.shuffle(pending_users)
    pending_hubs = list(listed_hubs)
    net = -1
    while net < n_networks or (pending_users or pending_hubs) and net < 3 * n_networks:
        net += 1
        t = first_types[net] if net < len(first_types) else rng.choice(net_types)
        small = rng.random() < 0.2
        start = rand_date(rng, dt.date(2022, 3, 15), dt.date(2023, 12, 31))
        life = rng.randint(60, 300)
        end = min(END, start + dt.timedelta(days=life))
        goods = {"chip_relay": CHIPS + RF_NAV, "two_hop": CHIPS + LAB + BEARINGS, "machine_tools": CNC,
                 "drones": UAV, "embargo": ["drone", "uavpart", "ammo", "armparts"], "front_identity": CHIPS + RF_NAV + LAB}[t]
        goods = rng.sample(goods, min(len(goods), rng.randint(1, 3)))
        vague_kind = "cnc" if t == "machine_tools" else "uav" if t == "drones" else "arms" if t == "embargo" else "chips"
        vague = rng.random() < 0.6
        split = rng.random() < 0.45
        markup = rng.uniform(3, 9) if rng.random() < 0.3 else rng.uniform(1.05, 1.6)
        bad_carrier = rng.random() < 0.2
        # end user
        if t == "front_identity" or rng.random() < 0.35:
            src = rng.choice(end_users)
            front = new_party("RU", rng.choice(["tech", "soft"]), start=start - dt.timedelta(days=rng.randint(0, 60)), end=END)
            if t == "front_identity":
                if rng.random() < 0.5:
                    front.tax = src.tax or front.tax
                    front.use_tax = 0.9
                    plant(front, "shared_identifier_with_listed")
                else:
                    front.address = src.address
                    plant(front, "shared_address_with_listed")
                front.note = f"front of {src.entity}"
            plant(front, "unlisted_russian_consignee", "new_party")
            final = front
        else:
            final = pending_users.pop() if pending_users else rng.choice(end_users)
        # chain
        if t == "embargo":
            if rng.random() < 0.5:
                sup = rng.choice(embargo)
            else:
                cc = rng.choice(["IR", "KP"])
                def embargo_names():
                    if cc == "IR":
                        n = f"{rng.choice(['Pars', 'Qeshm', 'Kish', 'Arvand', 'Tabriz', 'Isfahan', 'Shiraz', 'Alborz'])} " \
                            f"{rng.choice(['Sanat', 'Aria', 'Tejarat', 'Sanaye', 'Saze', 'Fanavar', 'Pishro', 'Negin'])} Trading Company"
                    else:
                        n = f"Korea {rng.choice(['Chonsong', 'Rungra', 'Haebit', 'Samil', 'Kumgang', 'Taesong', 'Myohyang', 'Chilbo'])} " \
                            f"{rng.choice(['General', 'Machinery', 'Technology', 'Export'])} Trading Corporation"
                    return [n, n.upper(), n.replace(" Company", " Co.").replace(" Corporation", " Corp.")]
                names = namer.unique(embargo_names)
                sup = new_party(cc, names=names, tax="", start=start, end=end)
                plant(sup, "embargoed_origin_arms_uav")
            chain = [sup]
        else:
            sup = rng.choice(west_dist if t != "drones" else [p for p in west_dist + hub_dist if p.cc == "CN"] or west_dist)
            chain = [sup]
            hops = {"chip_relay": 1, "two_hop": 2, "machine_tools": 1, "drones": rng.choice([1, 2]), "front_identity": 1}[t]
            for h in range(hops):
                if t == "chip_relay":
                    cc = rng.choice(["HK", "HK", "HK", "CN", "AE", "TR"])
                elif t == "machine_tools":
                    cc = rng.choice(["AE", "TR", "AM", "KZ", "GE", "UZ", "RS"])
                elif t == "drones":
                    cc = rng.choice(["KG", "KZ", "UZ", "HK"])
                elif t == "two_hop":
                    cc = rng.choice(["TR", "AE", "HK", "RS", "IN"]) if h == 0 else rng.choice(["KZ", "KG", "AM", "GE", "UZ"])
                else:
                    cc = rng.choice(["HK", "AE", "TR", "KZ", "KG"])
                if pending_hubs and rng.random() < 0.5:
                    hop = pending_hubs.pop()
                elif listed_hubs and rng.random() < 0.08:
                    hop = rng.choice(listed_hubs)
                else:
                    lob = rng.random() < 0.2
                    fw = rng.random() < 0.15
                    hop = new_party(cc, "soft" if lob else "fwd" if fw else "tech", start=start, end=end)
                    plant(hop, "transshipment_hub", "short_lived")
                    if lob:
                        plant(hop, "line_of_business_mismatch")
                    if fw:
                        plant(hop, "freight_forwarder_consignee")
                    if cc in AGENT_ADDR and rng.random() < 0.4:
                        hop.address = rng.choice(AGENT_ADDR[cc])
                    if start > dt.date(2022, 6, 1):
                        plant(hop, "new_party")
                    if vague:
                        plant(hop, "vague_description")
                    if split:
                        plant(hop, "split_shipments")
                    if markup > 2.5:
                        plant(hop, "price_distortion")
                    if bad_carrier:
                        plant(hop, "sanctioned_carrier")
                chain.append(hop)
            # phoenix: a successor shell at the same address with a similar name takes over
            if rng.random() < 0.25 and chain[-1].kind == "planted" and end < END - dt.timedelta(days=90):
                old = chain[-1]
                succ = new_party(old.cc, "tech", start=end, end=min(END, end + dt.timedelta(days=rng.randint(60, 200))), addr=old.address)
                for x in old.patterns:
                    plant(succ, x)
                plant(succ, "successor_shell_same_address")
        chain.append(final)
        # orders: each order goes down the chain, each hop re-exporting within days
        n_orders = rng.randint(1, 3) if small else rng.randint(3, 9)
        for _ in range(n_orders):
            g = rng.choice(goods)
            gd = GOODS[g]
            order_value = rng.lognormvariate(math.log(60000 if gd["price"] < 5000 else 250000), 0.8)
            parts = rng.randint(2, 7) if split else 1
            if gd["price"] > 50000:
                parts = min(parts, 3)
            d0 = rand_date(rng, chain[1].start if len(chain) > 2 else start, (chain[-2].end if len(chain) > 2 else end))
            maker, mo = rng.choice(gd["makers"])
            for i in range(len(chain) - 1):
                exp, imp = chain[i], chain[i + 1]
                # successor shell takes over after the old one disappears
                leg_date = d0 + dt.timedelta(days=i * rng.randint(2, 25))
                if leg_date > END:
                    leg_date = END
                last = imp is final
                for k in range(parts):
                    v = order_value / parts * rng.uniform(0.7, 1.3) * (markup if last else 1.0)
                    qty = max(1, int(round(order_value / parts / gd["price"] * rng.uniform(0.8, 1.2))))
                    d = leg_date + dt.timedelta(days=rng.randint(0, 6) if split else 0)
                    desc = rng.choice(VAGUE[vague_kind]) if vague and (last or rng.random() < 0.5) else None
                    if t == "embargo" and g in ("ammo", "armparts"):
                        transport, carrier = "rail" if exp.cc == "KP" else "sea", None
                    elif bad_carrier and last and carriers_bad:
                        c = rng.choice(carriers_bad)
                        transport, carrier = ("sea" if c[1] else "air"), c
                    else:
                        transport, carrier = None, None
                    dispatch = ""
                    if last and exp.cc in ("HK", "AE") and rng.random() < 0.3:
                        dispatch = "CN"
                    W.add(min(d, END), exp, imp, g, qty=qty, value=v, desc=desc, transport=transport, carrier=carrier,
                          maker=maker, origin=mo or exp.cc, dispatch=dispatch, dest="RU" if last and final.cc == "RU" else None)
                    evasion_records += 1
        # some cover trade: shells also sell a little to their own market
        for hop in chain[1:-1]:
            if hop.kind == "planted" and rng.random() < 0.4:
                for _ in range(rng.randint(1, 4)):
                    buyer = rng.choice([p for p in hub_dist if p.cc == hop.cc] or hub_dist)
                    d = bg_date(hop, buyer) or hop.start
                    W.add(d, hop, buyer, rng.choice(goods))
                    evasion_records += 1

    # successors that never traded get trade: re-run orders for phoenix shells
    for p in planted:
        if not p.used and "successor_shell_same_address" in p.patterns:
            final = rng.choice(end_users)
            sup = rng.choice(west_dist)
            for _ in range(rng.randint(3, 8)):
                g = rng.choice(CHIPS)
                d = rand_date(rng, p.start, p.end)
                W.add(d, sup, p, g)
                W.add(min(END, d + dt.timedelta(days=rng.randint(3, 20))), p, final, g, price_factor=rng.uniform(1.1, 2.0),
                      desc=rng.choice(VAGUE["chips"]), dest="RU")
                evasion_records += 2

    # ---------------- background trade to fill N
    mix = [("global_chpl", 26), ("hub_reexport", 12), ("hub_soft_ru", 22), ("consumer_ru", 12), ("misc", 19), ("grey", 3),
           ("conglom", 3), ("fwd_soft", 3)]
    kinds = [k for k, _ in mix]
    wts = [w for _, w in mix]
    # relationships: repeat business between the same pairs
    rels = {}
    while len(W.rows) < N:
        k = rng.choices(kinds, wts)[0]
        key = (k, rng.randint(0, max(5, n_bg // 2)))
        if key not in rels:
            if k == "global_chpl":
                e, i = rng.choice(west_dist), rng.choice(other_buyers + hub_dist)
                goods = rng.sample(ALL_CHPL + ["pump", "valve", "laptop"], 3)
            elif k == "hub_reexport":
                e = rng.choice(hub_dist)
                i = rng.choice([p for p in other_buyers if p.cc in OTHER_BUYERS] or other_buyers)
                goods = rng.sample(CHIPS + RF_NAV + LAB + BEARINGS, 2)
            elif k == "hub_soft_ru":
                e, i = rng.choice(hub_soft), rng.choice(ru_buyers)
                goods = rng.sample(SOFT + ["carparts", "tyres", "washer"], 2)
            elif k == "consumer_ru":
                e, i = rng.choice(cn_consumer + hub_dist[:5]), rng.choice(ru_buyers)
                goods = rng.sample(CONSUMER, 2)
            elif k == "misc":
                e, i = rng.choice(misc + west_dist), rng.choice(misc + other_buyers)
                if e is i:
                    continue
                goods = rng.sample(SOFT + INDUSTRIAL, 2)
            elif k == "grey":
                e, i = rng.choice(grey_cn), rng.choice(ru_industry)
                goods = rng.sample(BEARINGS + ["conn", "valve", "pump", "steel"], 2)
            elif k == "conglom":
                c = rng.choice(conglom)
                if rng.random() < 0.5:
                    e, i, goods = rng.choice(west_dist), c, rng.sample(CNC + BEARINGS + LAB, 2)
                else:
                    e, i, goods = c, rng.choice(ru_buyers), rng.sample(SOFT, 2)
            else:
                e, i, goods = rng.choice(hub_soft + misc), rng.choice(fwd), rng.sample(SOFT, 2)
            rels[key] = (e, i, goods, k)
        e, i, goods, k = rels[key]
        d = bg_date(e, i)
        if d is None:
            continue
        g = rng.choice(goods)
        desc = None
        if rng.random() < 0.07:
            desc = rng.choice(["Spare parts", "Parts", "Goods for resale", "Equipment", "Samples"])
        dispatch = ""
        if i.cc != e.cc and e.cc in ("HK", "AE") and rng.random() < 0.2:
            dispatch = "CN"
        # e-commerce: many small postal consignments of consumer goods
        if k in ("hub_soft_ru", "consumer_ru") and rng.random() < 0.15:
            for _ in range(rng.randint(2, 8)):
                if len(W.rows) >= N:
                    break
                W.add(d + dt.timedelta(days=rng.randint(0, 3)), e, i, g, qty=rng.randint(1, 20), transport="post", desc=desc)
            continue
        W.add(d, e, i, g, desc=desc, dispatch=dispatch)

    # ---------------- write
    order = list(range(len(W.rows)))
    rng.shuffle(order)
    order.sort(key=lambda j: W.rows[j][1])
    with open(os.path.join(a.out, "shipments.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for j in order:
            w.writerow(W.rows[j])
    with open(os.path.join(a.out, "truth_parties.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["record_id", "role", "party_id"])
        for m in W.mentions:
            w.writerow(m)
    recs = {}
    for rid, role, pid in W.mentions:
        recs.setdefault(pid, []).append(rid)
    truth = {
        "format": "chokepoint-truth/1",
        "synthetic": True,
        "generator": "bench/independent-scenario/write_scenario.py",
        "seed": a.seed,
        "records": len(W.rows),
        "planted_parties": [dict(party_id=p.pid, name=p.names[0], country=p.cc, aliases=p.used, patterns=p.patterns,
                                 record_ids=recs.get(p.pid, [])) for p in planted if p.used],
        "listed_end_users": [dict(party_id=p.pid, listed_name=p.listed_name, country=p.cc, entity_id=p.entity, aliases=p.used,
                                  role=p.role, record_ids=recs.get(p.pid, [])) for p in listed if p.used],
    }
    with open(os.path.join(a.out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    with open(os.path.join(a.out, "parties_key.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["party_id", "kind", "country", "records", "start", "end", "entity_id", "patterns", "note", "names"])
        for p in parties:
            if p.used:
                w.writerow([p.pid, p.kind, p.cc, len(recs.get(p.pid, [])), p.start, p.end, p.entity or "", " ".join(p.patterns), p.note,
                            " | ".join(p.used)])
    with open(os.path.join(a.out, "README.txt"), "w", encoding="utf-8") as f:
        f.write(f"SYNTHETIC DATA - NOT REAL CUSTOMS RECORDS.\n\nWritten by bench/independent-scenario/write_scenario.py "
                f"--records {N} --seed {a.seed}.\nCompany names, addresses, identifiers and trade are invented, except the listed "
                f"parties, which are real entries of the sanctions lists in the shared data, used as end users and suppliers.\n"
                f"{len(W.rows)} records, {len(truth['planted_parties'])} planted evasion parties, "
                f"{len(truth['listed_end_users'])} listed parties appearing in the records, {evasion_records} evasion records.\n")
    print(f"{len(W.rows)} records, {sum(1 for p in parties if p.used)} parties, {len(truth['planted_parties'])} planted, "
          f"{len(truth['listed_end_users'])} listed, {evasion_records} evasion records -> {a.out}")


if __name__ == "__main__":
    main()
