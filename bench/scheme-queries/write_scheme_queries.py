#!/usr/bin/env python3
"""Screening queries for Russian persons written by other national romanisation schemes, and by initials.

usage: write_scheme_queries.py --lists ../shared/data --out DIR [--seed 22] [--per-scheme 10]

Takes listed persons of the OpenSanctions "Ukraine War and Sanctions" file that carry a Russian Cyrillic alias
("ИВАХА Денис Владимирович"), and writes each chosen person's Russian Cyrillic name by the rules of one scheme, the
way a declarant of that country would write it:
  german     Duden (DIN 1460 without diacritics): в w, ж sh, з s, с ss between vowels, й i (j before a vowel),
             х ch, ц z, ч tsch, ш sch, щ schtsch, е je at the start and after a vowel, ё jo, ю ju, я ja, -ий -i.
  french     usual press scheme: у ou, ж j, х kh, ц ts, ч tch, ш ch, щ chtch, й ï after a vowel (i otherwise),
             ю iou, я ia, ё io, е ie after a vowel, с ss between vowels, г gu before е и, -ий -i.
  polish     PN-83: в w, ж ż, з z, й j, х ch, ц c, ч cz, ш sz, щ szcz, ы y, л ł (l before и е ё ю я ь), е je/ie,
             ё jo/io, ю ju/iu, я ja/ia (j at the start and after a vowel, i after a consonant), ль l, -ий -ij.
  ukrainian  the Ukrainian national scheme (2010) applied to the Russian letters, as a Ukrainian clerk writes a
             Russian name: г h, и y, е e, ё io, й i, ю iu, я ia, х kh, ж zh, ц ts, ч ch, ш sh, щ shch.
  initials   the Russian name romanised (BGN) with the given name and patronymic as initials, in one of
             "A. V. Surname", "A.V. Surname", "SURNAME A.V.", "SURNAME, A. V."
  en_words   a Russian firm of the OFAC list whose name has an English word a Russian firm writes in Cyrillic by its
             sound ("Технолоджис", "Электроникс", "Солюшнс", "Трейд"), the other words by their letters, the English
             legal form as its Russian one ("LLC" ООО, "JSC" АО).
Word order varies ("Given Patronymic Surname", "SURNAME, Given Patronymic", "Given Surname"). Truth: the person's
entity id (`opensanctions:ID`), and its Latin name as expected_names, in bench/independent-queries' format, so
eval_queries.py scores the results. Standard library only, deterministic per seed.
"""
import argparse
import csv
import os
import random
import re

VOWELS = set("аеёиоуыэюя")
BASE = dict(zip("абвгдезиклмнопрстуф", "abvgdeziklmnoprstuf"))


def is_vowel(c):
    return c in VOWELS


def german(w):
    out = []
    for i, c in enumerate(w):
        prev = w[i - 1] if i > 0 else ""
        nxt = w[i + 1] if i + 1 < len(w) else ""
        start_or_vowel = i == 0 or is_vowel(prev) or prev in "ьъ"
        if c == "и" and nxt == "й" and i + 2 == len(w):
            out.append("i")
            break
        if c == "ы" and nxt == "й" and i + 2 == len(w):
            out.append("y")
            break
        r = {"в": "w", "ж": "sch", "з": "s", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch",
             "ы": "y", "э": "e", "ю": "ju", "я": "ja", "ё": "jo", "ь": "", "ъ": ""}.get(c)
        if r is None:
            if c == "й":
                r = "j" if is_vowel(nxt) else "i"
            elif c == "е":
                r = "je" if start_or_vowel else "e"
            elif c == "с":
                r = "ss" if i > 0 and is_vowel(prev) and is_vowel(nxt) else "s"
            else:
                r = BASE.get(c, c)
        out.append(r)
    return "".join(out)


def french(w):
    out = []
    for i, c in enumerate(w):
        prev = w[i - 1] if i > 0 else ""
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if c == "и" and nxt == "й" and i + 2 == len(w):
            out.append("i")
            break
        if c == "ы" and nxt == "й" and i + 2 == len(w):
            out.append("y")
            break
        r = {"ж": "j", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch", "ы": "y", "э": "e",
             "ю": "iou", "я": "ia", "ё": "io", "у": "ou", "ь": "", "ъ": ""}.get(c)
        if r is None:
            if c == "й":
                r = "ï" if is_vowel(prev) else "i"
            elif c == "е":
                r = "ie" if i > 0 and (is_vowel(prev) or prev in "ьъ") else "e"
            elif c == "с":
                r = "ss" if i > 0 and is_vowel(prev) and is_vowel(nxt) else "s"
            elif c == "г":
                r = "gu" if nxt in ("е", "и") else "g"
            else:
                r = BASE.get(c, c)
        out.append(r)
    return "".join(out)


def polish(w):
    out = []
    soft = {"е": "e", "ё": "o", "ю": "u", "я": "a"}
    for i, c in enumerate(w):
        prev = w[i - 1] if i > 0 else ""
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if c == "и" and nxt == "й" and i + 2 == len(w):
            out.append("ij")
            break
        if c == "ы" and nxt == "й" and i + 2 == len(w):
            out.append("yj")
            break
        if c in soft:
            if prev == "л":
                out.append(soft[c])  # л before a soft vowel is l, written already
            elif i == 0 or is_vowel(prev) or prev in "ьъ":
                out.append("j" + soft[c])
            elif prev in "жшчщц":
                out.append(soft[c])
            else:
                out.append("i" + soft[c])
            continue
        if c == "л":
            out.append("l" if nxt in ("и", "е", "ё", "ю", "я", "ь") else "ł")
            continue
        if c == "и":
            out.append("y" if i > 0 and prev in "жшц" else "i")
            continue
        r = {"в": "w", "ж": "ż", "з": "z", "й": "j", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz", "щ": "szcz",
             "ы": "y", "э": "e", "ъ": ""}.get(c)
        if r is None:
            if c == "ь":
                r = "" if prev == "л" or not nxt else "i" if not is_vowel(nxt) else ""
            else:
                r = BASE.get(c, c)
        out.append(r)
    return "".join(out)


def ukrainian(w):
    out = []
    for i, c in enumerate(w):
        r = {"г": "h", "и": "y", "е": "e", "ё": "io", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
             "щ": "shch", "ы": "y", "э": "e", "ь": "", "ъ": ""}.get(c)
        if r is None:
            if c in "йюя":
                r = {"й": "y", "ю": "yu", "я": "ya"}[c] if i == 0 else {"й": "i", "ю": "iu", "я": "ia"}[c]
            else:
                r = BASE.get(c, c)
        out.append(r)
    return "".join(out)


def bgn(w):
    out = []
    for i, c in enumerate(w):
        prev = w[i - 1] if i > 0 else ""
        r = {"ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e",
             "ю": "yu", "я": "ya", "ё": "ye", "ь": "", "ъ": ""}.get(c)
        if r is None:
            r = ("ye" if c == "е" and (i == 0 or is_vowel(prev) or prev in "ьъ") else BASE.get(c, c))
        out.append(r)
    return "".join(out)


SCHEMES = {"german": german, "french": french, "polish": polish, "ukrainian": ukrainian}


def cap(s):
    return s[:1].upper() + s[1:]


def persons(path):
    """(entity id, Latin name, (surname, given, patronymic) in Russian Cyrillic, lower case)."""
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["schema"] != "Person":
                continue
            aliases = row["aliases"].split(";")
            # The Russian form beside a Ukrainian one (which writes і, ї, є or ґ): a lone alias may be Ukrainian
            # without those letters ("Микола Григорович").
            if not any(re.search("[іїєґ]", x.lower()) for x in aliases):
                continue
            for alias in aliases:
                parts = alias.split()
                if len(parts) != 3 or re.search("[іїєґ]", alias.lower()) or not re.fullmatch("[А-ЯЁа-яё -]+", alias):
                    continue
                if not parts[0].isupper() or parts[1].isupper():
                    continue
                yield row["id"], row["name"], tuple(p.lower() for p in parts)
                break


# English words of firms' names as Russian firms write them in Cyrillic, by their sound.
EN_SOUND = {"technologies": "Технолоджис", "technology": "Технолоджи", "electronics": "Электроникс",
            "systems": "Системс", "solutions": "Солюшнс", "industries": "Индастриз", "trade": "Трейд",
            "trading": "Трейдинг", "engineering": "Инжиниринг", "digital": "Диджитал", "group": "Групп",
            "international": "Интернешнл", "logistics": "Логистикс", "holding": "Холдинг", "energy": "Энерджи",
            "capital": "Кэпитал", "partners": "Партнерс", "services": "Сервисез", "development": "Девелопмент",
            "management": "Менеджмент", "consulting": "Консалтинг", "security": "Секьюрити", "company": "Компани",
            "components": "Компонентс", "devices": "Девайсез", "products": "Продактс", "networks": "Нетворкс",
            "russian": "Рашн", "high": "Хай", "global": "Глобал", "united": "Юнайтед", "power": "Пауэр"}
FORMS = {"llc": "ООО", "limited liability company": "ООО", "ooo": "ООО", "jsc": "АО", "joint stock company": "АО",
         "ao": "АО", "pjsc": "ПАО", "public joint stock company": "ПАО", "ojsc": "ОАО", "oao": "ОАО"}
ENGLISH = set("""and of for the research center centre science scientific national information design bureau enterprise
precision additive intellectual pipeline platform house secure strategy companies machine plant production institute
building systems engineering of new general technical advanced innovation innovative military special
scientific""".split())
LETTERS = [("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"), ("ya", "я"),
           ("x", "кс"), ("w", "в"), ("j", "дж"), ("q", "к"), ("c", "к"), ("h", "х")] + \
          list(zip("abvgdezijklmnoprstufy", "абвгдезийклмнопрстуфы"))


def by_letters(w):
    out, i = [], 0
    if w.startswith("e"):
        out.append("э")
        i = 1
    while i < len(w):
        if w.startswith("th", i) or w.startswith("ph", i):
            out.append("т" if w[i] == "t" else "ф")
            i += 2
            continue
        if w[i] == "c" and w[i + 1:i + 2] in ("e", "i", "y"):
            out.append("с")
            i += 1
            continue
        for lat, cyr in LETTERS:
            if w.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(w[i])
            i += 1
    return "".join(out)


def russian_firms(path):
    """(entity id, name, Cyrillic rendering) of OFAC's Russian entities with an English word of EN_SOUND."""
    with open(path, newline="", encoding="latin-1") as f:
        for row in csv.reader(f):
            if len(row) < 12 or row[2].strip() != "-0-" or "Russia" not in row[11]:
                continue
            name = row[1]
            low = re.sub(r"[^a-z0-9 -]", " ", name.lower())
            form = ""
            for k in sorted(FORMS, key=len, reverse=True):
                if low.startswith(k + " ") or low.endswith(" " + k):
                    form = FORMS[k]
                    low = (low[len(k):] if low.startswith(k + " ") else low[:-len(k)]).strip()
                    break
            words = low.split()
            own = [w for w in words if w not in EN_SOUND]
            # The firm's own word(s) beside the English ones: a brand or a Russian word, not more English words, which
            # a declarant would translate ("Research and Development Enterprise") rather than write by their letters.
            if not form or len(own) == len(words) or not own or len(own) > 2 or any(w in ENGLISH for w in own):
                continue
            core = " ".join(EN_SOUND.get(w) or cap(by_letters(w)) for w in words)
            yield row[0], name, "%s %s" % (form, core)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lists", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--per-scheme", type=int, default=10)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pool = sorted(persons(os.path.join(a.lists, "opensanctions", "ua_war_sanctions.targets.simple.csv")))
    rng.shuffle(pool)
    rows, truth, used = [], [], 0
    for scheme in list(SCHEMES) + ["initials"]:
        made = 0
        while made < a.per_scheme and used < len(pool):
            eid, latin, (s, g, p) = pool[used]
            used += 1
            if scheme == "initials":
                sur, giv, pat = cap(bgn(s)), cap(bgn(g)), cap(bgn(p))
                name = rng.choice(["%s. %s. %s" % (giv[0], pat[0], sur), "%s.%s. %s" % (giv[0], pat[0], sur),
                                   "%s %s.%s." % (sur.upper(), giv[0], pat[0]), "%s, %s. %s." % (sur.upper(), giv[0], pat[0])])
            else:
                f = SCHEMES[scheme]
                sur, giv, pat = cap(f(s)), cap(f(g)), cap(f(p))
                if (sur + giv).lower() == (bgn(s) + bgn(g)):
                    continue  # the scheme writes this name as the lists do: nothing to test
                name = rng.choice(["%s %s %s" % (giv, pat, sur), "%s, %s %s" % (sur.upper(), giv, pat),
                                   "%s %s" % (giv, sur)])
            made += 1
            qid = "sq%03d" % (len(rows) + 1)
            rows.append([qid, name, "", "person", ""])
            truth.append([qid, scheme, "match", "opensanctions:" + eid, latin,
                          "%s of %s" % (scheme, " ".join(x.upper() if i == 0 else cap(x) for i, x in enumerate((s, g, p))))])
    firms = sorted(russian_firms(os.path.join(a.lists, "ofac", "sdn.csv")))
    rng.shuffle(firms)
    for eid, name, cyr in firms[:2 * a.per_scheme]:
        qid = "sq%03d" % (len(rows) + 1)
        rows.append([qid, cyr, "", "", ""])
        truth.append([qid, "en_words", "match", "ofac-sdn:" + eid, name, "English words in Cyrillic of %r" % name])
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "queries.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "country", "type", "identifier"])
        w.writerows(rows)
    with open(os.path.join(a.out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "class", "expect", "expected", "expected_names", "note"])
        w.writerows(truth)


if __name__ == "__main__":
    main()
