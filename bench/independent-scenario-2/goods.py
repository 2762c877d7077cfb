"""Goods as declared: HS-6 code, descriptions (precise, vague, Russian-language), unit, plausible unit price
and weight, and makers. The CHPL codes come from shared/data/chpl; prices and makers are estimates."""

# key: (hs6, unit, (price_lo, price_hi) USD per unit, kg per unit, precise descriptions, makers (brand, country))
CHPL = {
    "mcu": ("854231", "pcs", (1.5, 18), 0.002, ["MICROCONTROLLER 32-BIT ARM CORTEX-M4 LQFP100", "IC MCU 8BIT 32KB FLASH TQFP44",
            "PROCESSOR IC, EMBEDDED, BGA", "DIGITAL SIGNAL PROCESSOR IC", "FPGA IC 50K LOGIC CELLS FBGA484",
            "Микросхемы интегральные электронные: процессоры и контроллеры"],
            [("STMicroelectronics", "FR"), ("Texas Instruments", "US"), ("Microchip Technology", "US"), ("NXP Semiconductors", "NL"),
             ("Renesas Electronics", "JP"), ("Analog Devices", "US"), ("Xilinx", "US"), ("Infineon Technologies", "DE"), ("GigaDevice", "CN")]),
    "memory": ("854232", "pcs", (0.8, 12), 0.002, ["DRAM MEMORY IC DDR4 8GBIT", "NOR FLASH MEMORY IC 128MBIT SOIC8", "EEPROM IC 256KBIT",
               "Микросхемы памяти интегральные"], [("Micron Technology", "US"), ("Winbond Electronics", "TW"), ("Samsung Electronics", "KR"),
               ("SK hynix", "KR"), ("Macronix", "TW"), ("Cypress Semiconductor", "US")]),
    "amplifier": ("854233", "pcs", (0.5, 25), 0.001, ["RF POWER AMPLIFIER IC", "OPERATIONAL AMPLIFIER IC SOIC8", "LOW NOISE AMPLIFIER MMIC",
                  "Усилители интегральные"], [("Analog Devices", "US"), ("Qorvo", "US"), ("Texas Instruments", "US"), ("Mini-Circuits", "US")]),
    "ic_other": ("854239", "pcs", (0.4, 30), 0.001, ["INTEGRATED CIRCUIT, ANALOG, INTERFACE", "VOLTAGE REGULATOR IC", "ADC CONVERTER IC 16BIT",
                 "Схемы электронные интегральные прочие"], [("Texas Instruments", "US"), ("Analog Devices", "US"), ("ON Semiconductor", "US"),
                 ("Maxim Integrated", "US"), ("STMicroelectronics", "FR")]),
    "radio": ("851762", "pcs", (35, 900), 0.4, ["WIRELESS ROUTER INDUSTRIAL", "RADIO TRANSCEIVER MODULE 2.4GHZ", "LTE MODEM MODULE",
              "DIGITAL RADIO DATA LINK", "Аппаратура приемо-передающая для передачи данных"], [("Quectel", "CN"), ("u-blox", "CH"),
              ("Cisco Systems", "US"), ("Sierra Wireless", "CA"), ("Microhard Systems", "CA"), ("Ubiquiti", "US")]),
    "gnss": ("852691", "pcs", (12, 650), 0.05, ["GNSS RECEIVER MODULE", "GPS NAVIGATION RECEIVER", "GNSS ANTENNA RECEIVER BOARD",
             "Аппаратура радионавигационная"], [("u-blox", "CH"), ("Trimble", "US"), ("Septentrio", "BE"), ("NovAtel", "CA"), ("Garmin", "US")]),
    "tantalum": ("853221", "pcs", (0.05, 2.5), 0.0005, ["TANTALUM CAPACITOR SMD", "CAPACITOR TANTALUM 10UF 16V",
                 "Конденсаторы танталовые"], [("KEMET", "US"), ("AVX", "US"), ("Vishay", "US")]),
    "mlcc": ("853224", "pcs", (0.005, 0.4), 0.0001, ["MULTILAYER CERAMIC CAPACITOR 0603", "MLCC CAPACITOR REEL",
             "Конденсаторы керамические многослойные"], [("Murata", "JP"), ("TDK", "JP"), ("Samsung Electro-Mechanics", "KR"), ("Yageo", "TW")]),
    "elparts": ("854800", "pcs", (0.5, 60), 0.02, ["ELECTRICAL PARTS OF MACHINERY N.E.S.", "ELECTRONIC ASSEMBLY PARTS"],
                [("TE Connectivity", "CH"), ("Amphenol", "US"), ("Molex", "US")]),
    "proc_unit": ("847150", "pcs", (300, 6000), 6, ["PROCESSING UNIT SERVER", "INDUSTRIAL COMPUTER PROCESSING UNIT", "Блоки обработки данных"],
                  [("Dell", "US"), ("Hewlett Packard Enterprise", "US"), ("Advantech", "TW"), ("Supermicro", "US")]),
    "converter": ("850440", "pcs", (4, 400), 0.6, ["DC-DC CONVERTER MODULE", "POWER SUPPLY STATIC CONVERTER", "Преобразователи статические"],
                  [("Mean Well", "TW"), ("Vicor", "US"), ("TDK-Lambda", "JP"), ("Traco Power", "CH")]),
    "camera": ("852589", "pcs", (90, 4500), 0.3, ["THERMAL IMAGING CAMERA MODULE", "TELEVISION CAMERA INDUSTRIAL", "Камеры тепловизионные"],
               [("Teledyne FLIR", "US"), ("Sony", "JP"), ("Lynred", "FR"), ("Basler", "DE")]),
    "antenna": ("852910", "pcs", (3, 300), 0.2, ["ANTENNA GNSS ACTIVE", "AERIAL OMNIDIRECTIONAL 900MHZ", "Антенны"],
                [("Taoglas", "IE"), ("Harxon", "CN"), ("Pulse Electronics", "US")]),
    "transistor": ("854129", "pcs", (0.3, 45), 0.005, ["POWER MOSFET TRANSISTOR TO-247", "IGBT TRANSISTOR MODULE", "RF TRANSISTOR GAN",
                   "Транзисторы"], [("Infineon Technologies", "DE"), ("ON Semiconductor", "US"), ("Wolfspeed", "US"), ("NXP Semiconductors", "NL")]),
    "bearing": ("848210", "pcs", (1.2, 180), 0.4, ["BALL BEARING DEEP GROOVE", "ANGULAR CONTACT BALL BEARING", "BEARINGS BALL 6205-2RS",
                "Подшипники шариковые"], [("SKF", "SE"), ("Schaeffler", "DE"), ("NSK", "JP"), ("NTN", "JP"), ("Timken", "US"), ("C&U", "CN")]),
    "roller": ("848220", "pcs", (4, 260), 1.1, ["TAPERED ROLLER BEARING", "Подшипники роликовые конические"],
               [("Timken", "US"), ("SKF", "SE"), ("Koyo", "JP")]),
    "drone_parts": ("880730", "pcs", (8, 2500), 0.6, ["PARTS OF UNMANNED AIRCRAFT: PROPELLERS", "UAV FLIGHT CONTROLLER", "UAV BRUSHLESS MOTOR",
                    "Части беспилотных летательных аппаратов"], [("T-Motor", "CN"), ("Holybro", "CN"), ("KDE Direct", "US"), ("Hobbywing", "CN")]),
    "sight": ("901310", "pcs", (150, 5000), 0.9, ["TELESCOPIC SIGHT", "RIFLESCOPE 4-16X50", "Прицелы телескопические"],
              [("Leupold", "US"), ("Swarovski Optik", "AT"), ("Pulsar", "LT")]),
    "optics": ("901380", "pcs", (20, 1800), 0.3, ["OPTICAL DEVICE, LASER MODULE", "OPTICAL ASSEMBLY N.E.S.", "Приборы оптические прочие"],
               [("Thorlabs", "US"), ("Jenoptik", "DE"), ("Hamamatsu Photonics", "JP")]),
    "nav_instr": ("901420", "pcs", (200, 12000), 1.5, ["INERTIAL NAVIGATION UNIT AERONAUTICAL", "GYROSCOPE MEMS IMU", "Приборы навигационные авиационные"],
                  [("Honeywell", "US"), ("Safran", "FR"), ("VectorNav", "US"), ("Xsens", "NL")]),
    "cnc_centre": ("845710", "set", (45000, 450000), 6500, ["VERTICAL MACHINING CENTRE CNC", "5-AXIS MACHINING CENTER", "Центр обрабатывающий с ЧПУ"],
                   [("DMG Mori", "DE"), ("Haas Automation", "US"), ("Mazak", "JP"), ("Okuma", "JP"), ("Hermle", "DE"), ("Doosan Machine Tools", "KR")]),
    "cnc_lathe": ("845811", "set", (30000, 320000), 4200, ["CNC LATHE HORIZONTAL", "TURNING CENTRE CNC", "Станок токарный горизонтальный с ЧПУ"],
                  [("DMG Mori", "DE"), ("Okuma", "JP"), ("Mazak", "JP"), ("Haas Automation", "US"), ("EMCO", "AT")]),
    "cnc_mill": ("845961", "set", (25000, 260000), 3800, ["CNC MILLING MACHINE", "Станок фрезерный с ЧПУ"], [("Haas Automation", "US"), ("Hermle", "DE"), ("Fanuc", "JP")]),
    "cnc_parts": ("846693", "pcs", (40, 9000), 8, ["CNC CONTROL UNIT PARTS", "SPINDLE FOR MACHINE TOOL", "PARTS OF MACHINE TOOLS: LINEAR GUIDE",
                  "Части станков"], [("Fanuc", "JP"), ("Siemens", "DE"), ("Heidenhain", "DE"), ("THK", "JP"), ("HIWIN", "TW")]),
    "pcb": ("853400", "pcs", (0.8, 90), 0.05, ["PRINTED CIRCUIT BOARD MULTILAYER", "PCB BARE BOARD", "Платы печатные"],
            [("TTM Technologies", "US"), ("Unimicron", "TW"), ("AT&S", "AT")]),
    "scope": ("903020", "pcs", (400, 30000), 7, ["DIGITAL OSCILLOSCOPE 4CH 1GHZ", "Осциллографы"], [("Keysight", "US"), ("Tektronix", "US"),
              ("Rohde & Schwarz", "DE"), ("Rigol", "CN")]),
    "siggen": ("854320", "pcs", (300, 40000), 6, ["SIGNAL GENERATOR RF", "Генераторы сигналов"], [("Keysight", "US"), ("Rohde & Schwarz", "DE")]),
}
# Not on the CHPL but of the same concern: drones and arms (chapter 93).
CONCERN = {
    "uav": ("880699", "pcs", (400, 30000), 6, ["UNMANNED AERIAL VEHICLE", "Беспилотный летательный аппарат"], [("Shahed Aviation Industries", "IR")]),
    "shells": ("930690", "pcs", (300, 1200), 45, ["AMMUNITION, PROJECTILES 152MM", "ARTILLERY SHELLS"], []),
    "rockets": ("930690", "pcs", (800, 6000), 70, ["ROCKETS 122MM", "MUNITIONS AND PARTS"], []),
}
ORDINARY = {
    "phones": ("851713", "pcs", (60, 700), 0.3, ["SMARTPHONES", "MOBILE PHONES", "Телефоны мобильные"], [("Xiaomi", "CN"), ("Samsung Electronics", "KR"), ("Apple", "US"), ("Realme", "CN")]),
    "laptops": ("847130", "pcs", (250, 1800), 2.2, ["LAPTOP COMPUTERS", "NOTEBOOK PC", "Компьютеры портативные"], [("Lenovo", "CN"), ("Asus", "TW"), ("HP", "US"), ("Acer", "TW")]),
    "tv": ("852872", "pcs", (120, 900), 14, ["LED TELEVISION SETS", "Телевизоры"], [("TCL", "CN"), ("Hisense", "CN"), ("LG Electronics", "KR")]),
    "fridge": ("841821", "pcs", (200, 900), 60, ["REFRIGERATORS HOUSEHOLD", "Холодильники бытовые"], [("Haier", "CN"), ("Beko", "TR"), ("Bosch", "DE")]),
    "furniture": ("940360", "pcs", (30, 800), 25, ["WOODEN FURNITURE", "OFFICE FURNITURE", "Мебель деревянная"], []),
    "tshirts": ("610910", "pcs", (1.5, 12), 0.2, ["COTTON T-SHIRTS", "KNITTED GARMENTS", "Футболки трикотажные"], []),
    "shoes": ("640399", "pair", (8, 90), 0.9, ["FOOTWEAR LEATHER UPPERS", "Обувь"], []),
    "citrus": ("080510", "kg", (0.5, 1.4), 1, ["FRESH ORANGES", "Апельсины свежие"], []),
    "tea": ("090230", "kg", (2, 15), 1, ["BLACK TEA PACKED", "Чай черный"], []),
    "coffee": ("090121", "kg", (4, 18), 1, ["ROASTED COFFEE", "Кофе жареный"], []),
    "medicine": ("300490", "kg", (20, 400), 1, ["MEDICAMENTS PACKAGED", "Лекарственные средства"], [("Sun Pharmaceutical", "IN"), ("Dr. Reddy's", "IN"), ("Krka", "SI")]),
    "cosmetics": ("330499", "kg", (8, 80), 1, ["COSMETIC PREPARATIONS", "Косметические средства"], []),
    "car_parts": ("870899", "pcs", (5, 400), 3, ["AUTO SPARE PARTS", "PARTS FOR MOTOR VEHICLES", "Запчасти автомобильные"], [("Bosch", "DE"), ("Denso", "JP"), ("Chery", "CN")]),
    "cars": ("870323", "pcs", (9000, 38000), 1400, ["PASSENGER CARS", "Автомобили легковые"], [("Chery", "CN"), ("Haval", "CN"), ("Geely", "CN"), ("Toyota", "JP")]),
    "tyres": ("401110", "pcs", (25, 180), 9, ["TYRES FOR PASSENGER CARS", "Шины"], [("Linglong", "CN"), ("Petlas", "TR")]),
    "toys": ("950300", "pcs", (0.8, 40), 0.4, ["PLASTIC TOYS", "TOYS ASSORTED", "Игрушки"], []),
    "plastics": ("392690", "kg", (2, 12), 1, ["ARTICLES OF PLASTIC", "Изделия из пластмасс"], []),
    "steel": ("730890", "kg", (1, 3), 1, ["STEEL STRUCTURES", "Конструкции стальные"], []),
    "valves": ("848180", "pcs", (8, 900), 4, ["INDUSTRIAL VALVES", "Краны и клапаны"], []),
    "pumps": ("841370", "pcs", (90, 4000), 35, ["CENTRIFUGAL PUMPS", "Насосы центробежные"], [("Grundfos", "DK")]),
    "excavator_parts": ("843149", "pcs", (20, 3000), 30, ["PARTS FOR EXCAVATORS", "Части экскаваторов"], [("Komatsu", "JP")]),
    "wine": ("220421", "l", (2, 20), 1.3, ["WINE IN BOTTLES", "Вино"], []),
    "fertiliser": ("310520", "kg", (0.3, 0.8), 1, ["NPK FERTILISER", "Удобрения минеральные"], []),
    "timber": ("440712", "m3", (120, 300), 500, ["SAWN TIMBER CONIFEROUS", "Пиломатериалы хвойные"], []),
    "aluminium": ("760110", "kg", (2, 3), 1, ["UNWROUGHT ALUMINIUM", "Алюминий необработанный"], []),
    "fish": ("030363", "kg", (1.5, 5), 1, ["FROZEN COD", "Треска мороженая"], []),
    "computer_parts": ("847330", "pcs", (2, 300), 0.3, ["PARTS OF COMPUTERS", "COMPUTER ACCESSORIES"], [("Logitech", "CH")]),
    "cables": ("854442", "m", (0.2, 4), 0.1, ["ELECTRIC CABLES WITH CONNECTORS", "Кабели электрические"], []),
    "lamps": ("940542", "pcs", (3, 120), 0.8, ["LED LIGHTING FITTINGS", "Светильники светодиодные"], []),
    "consumer_drone": ("880621", "pcs", (300, 2500), 1.2, ["CAMERA DRONE FOR CONSUMERS", "QUADCOPTER WITH CAMERA"], [("Autel Robotics", "CN"), ("Parrot", "FR")]),
}
ALL = {**CHPL, **CONCERN, **ORDINARY}

CHIP_GOODS = ["mcu", "memory", "amplifier", "ic_other", "tantalum", "mlcc", "transistor", "elparts", "pcb"]
RF_NAV = ["radio", "gnss", "antenna", "nav_instr", "camera", "optics"]
MACHINE_GOODS = ["cnc_centre", "cnc_lathe", "cnc_mill", "cnc_parts", "bearing", "roller"]
DRONE_GOODS = ["drone_parts", "gnss", "radio", "camera", "converter", "antenna"]
LAB_GOODS = ["scope", "siggen", "proc_unit", "converter"]
CONSUMER_TO_RU = ["phones", "laptops", "tv", "fridge", "furniture", "tshirts", "shoes", "citrus", "tea", "coffee", "medicine", "cosmetics",
                  "car_parts", "cars", "tyres", "toys", "plastics", "valves", "pumps", "excavator_parts", "wine", "cables", "lamps", "computer_parts"]
GENERAL = [k for k in ORDINARY if k not in ("fertiliser", "timber", "aluminium", "fish")]
RU_EXPORTS = ["fertiliser", "timber", "aluminium", "fish", "steel"]

# How evaders write controlled goods: vague, Russian-language generic, or a plausible civilian story.
VAGUE = ["ELECTRONIC COMPONENTS", "SPARE PARTS", "PARTS FOR EQUIPMENT", "GOODS FOR INDUSTRIAL USE", "ELECTRICAL GOODS",
         "SAMPLES, NO COMMERCIAL VALUE", "Запасные части", "Комплектующие для оборудования", "Электронные компоненты", "ACCESSORIES"]
# A controlled good declared under a code and text that hide it (tariff misclassification).
MISCLASSIFIED = {"mcu": ("847330", "COMPUTER ACCESSORIES"), "memory": ("847330", "PARTS FOR PERSONAL COMPUTERS"),
                 "drone_parts": ("950300", "RADIO-CONTROLLED MODEL PARTS"), "gnss": ("852729", "CAR RADIO AND NAVIGATION UNIT"),
                 "radio": ("854370", "ELECTRICAL APPARATUS, HOUSEHOLD"), "cnc_parts": ("843149", "AGRICULTURAL MACHINERY PARTS"),
                 "bearing": ("870899", "AUTO PARTS"), "camera": ("900691", "PHOTO CAMERA ACCESSORIES"), "nav_instr": ("902920", "SPEED INDICATORS"),
                 "transistor": ("853650", "ELECTRICAL SWITCH PARTS"), "cnc_lathe": ("846390", "METALWORKING MACHINE, NON-CNC")}
