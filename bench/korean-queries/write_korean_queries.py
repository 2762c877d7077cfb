#!/usr/bin/env python3
"""Screening queries for North Korean persons written in the spellings that South Korean, classic and Hangul sources use.

usage: write_korean_queries.py --lists ../shared/data --out DIR [--seed 7] [--per-scheme 16] [--negatives 24]

The lists write North Korean persons in McCune-Reischauer without marks, with j for the consonant 'ㅈ' and the
initial r the DPRK keeps ("KIM, Jong Un", "RI Pyong Chol", "CHOE Ryong Hae"). Persons come from the OFAC SDN list
(programmes DPRK*) and the UN list (references KPi.*). Each listed syllable is read back into Hangul through a table
of the syllables common in Korean given names (ordered so that an ambiguous spelling takes the likelier one: "jong"
is 정 before 종), then written by one scheme:
  rr        South Korean Revised Romanization (2000): eo, eu, g/d/b/j for the plain stops, k/t/p/ch for the aspirates,
            the surname in its South Korean form (initial-sound law: 리 이 "I", 림 임, 류 유, 로 노, 량 양).
  popular   the spellings South Koreans use on passports and in the press: surname Lee, Park, Choi, Jung, Yoon, Lim...;
            eo as u (Jung, Sung, Chul, Hyun), u as oo (Soo, Joon), ui as ee (Hee), initial g as k (Kwang).
  mr        classic McCune-Reischauer with its marks (ŏ, ŭ, k' t' p' ch', ch for 'ㅈ', the hyphenated given name voiced
            after a vowel or a nasal), as the UN list and libraries write it; half of them with the marks dropped.
  hangul    the name in South Korean Hangul: the DPRK surname under the initial-sound law (리 이, 림 임, 류 유...);
            persons whose surname the law does not change are written in plain Hangul.
  org_rr    a DPRK organisation (OFAC DPRK*, UN KPe.*) whose name has a word in Korean ("TANCHON COMMERCIAL BANK",
            "KOREA KUMRYONG TRADING CORPORATION"), its Korean words in the Revised Romanization (Dancheon, Geumryong),
            the English words as listed; a word is Korean when it is cut into listed syllables and is no word of the
            other programmes' entity names (English and other languages).
Given names are hyphenated, joined or split ("Jeong-eun", "Jeongeun", "Jeong Eun"), and the order is surname first,
given name first or "SURNAME, Given". Negatives: names made of listed surnames and common given-name syllables whose
consonant-vowel skeleton no listed person (any list, any name) has, written by the same schemes. Truth in the format
of bench/independent-queries (eval_queries.py scores it). Standard library only, deterministic per seed.
"""
import argparse
import csv
import os
import random
import re
import xml.etree.ElementTree as ET

FIRST = 0xAC00
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
# McCune-Reischauer without marks as the DPRK lists write it (ㅈ j), classic MR (ㅈ ch, aspirates marked), RR.
INI_DPRK = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"]
INI_MR = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h"]
INI_MR_VOICED = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "tch", "ch'", "k'", "t'", "p'", "h"]
INI_RR = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
VOW_MR = ["a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i"]
VOW_RR = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"]
FIN_MR = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
FIN_RR = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]

# Syllables of Korean given names, the more frequent first within each reading (a reading shared by several takes the first).
NAME_SYLLABLES = (
    "정영철성수민현진호일광명남용혁국준희석훈길동만봉상세순식옥원은익인재종주중지창천춘충태택평학한해향혜홍화환"
    "효후휘흥강건경계관구권규근금기덕도두란래량려력련렬령례록룡류륜률린림립무문미범벽병보복부분비빈사산삼서선"
    "설섭소송숙술승시신실심아안애야양억언엄여역연열염엽예오온완왕요욱운웅월위유육윤율융을음응이임자작장전절점"
    "제조좌죽증질집징찬찰참채책척첨청체초총최추축출취치칠침탁탄토통투파판팔패포표풍필하함합항핵행허헌협형호혹"
    "혼확활황회훈휴희")
SURNAMES = {"kim": "김", "ri": "리", "pak": "박", "choe": "최", "jong": "정", "jo": "조", "cho": "조", "jang": "장",
            "chang": "장", "rim": "림", "ryu": "류", "kang": "강", "han": "한", "o": "오", "so": "서", "sin": "신",
            "kwon": "권", "hwang": "황", "an": "안", "song": "송", "hong": "홍", "mun": "문", "yun": "윤", "ryang": "량",
            "ro": "로", "ryom": "렴", "paek": "백", "ho": "허", "nam": "남", "jon": "전", "chon": "천", "son": "손",
            "cha": "차", "min": "민", "hyon": "현", "kil": "길", "ko": "고", "yu": "유", "kye": "계", "ju": "주",
            "ra": "라", "yon": "연", "u": "우", "sim": "심", "myong": "명", "pang": "방", "pyon": "변", "sok": "석",
            "tong": "동", "thae": "태", "chae": "채", "ku": "구", "kong": "공", "yang": "양", "chu": "주", "kwak": "곽",
            "kyong": "경", "ma": "마", "mo": "모", "no": "노", "om": "엄", "wang": "왕", "yo": "여"}
# The initial-sound law South Korea applies to these surnames (the DPRK does not).
SOUTH_SURNAME = {"리": "이", "림": "임", "류": "유", "로": "노", "량": "양", "렴": "염", "려": "여", "라": "나"}
POPULAR_SURNAME = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "조": "Cho", "장": "Jang",
                   "임": "Lim", "유": "Yoo", "강": "Kang", "한": "Han", "오": "Oh", "서": "Suh", "신": "Shin", "권": "Kwon",
                   "황": "Hwang", "안": "Ahn", "송": "Song", "홍": "Hong", "문": "Moon", "윤": "Yoon", "양": "Yang",
                   "노": "Roh", "염": "Yeom", "백": "Baek", "허": "Hur", "남": "Nam", "전": "Jun", "천": "Chun",
                   "손": "Son", "차": "Cha", "민": "Min", "현": "Hyun", "길": "Kil", "고": "Koh", "계": "Kye", "주": "Joo",
                   "나": "Na", "연": "Yeon", "우": "Woo", "심": "Shim", "명": "Myung", "방": "Bang", "변": "Byun",
                   "석": "Suk", "동": "Dong", "태": "Tae", "채": "Chae", "구": "Koo", "공": "Kong", "곽": "Kwak",
                   "경": "Kyung", "마": "Ma", "모": "Mo", "엄": "Um", "왕": "Wang", "여": "Yeo"}


def parts(syl):
    i = ord(syl) - FIRST
    return i // 588, i // 28 % 21, i % 28


def dprk(syl):
    a, b, c = parts(syl)
    return INI_DPRK[a] + VOW_MR[b].replace("ŏ", "o").replace("ŭ", "u") + FIN_MR[c]


def build_reverse():
    """The DPRK list spelling of a syllable (and its voiced spelling g/d/b) -> the likeliest Hangul syllable."""
    rev = {}
    for s in NAME_SYLLABLES:
        for key in {dprk(s), voiced_spelling(dprk(s))}:
            rev.setdefault(key, s)
    return rev


def voiced_spelling(r):
    for a, b in (("k", "g"), ("t", "d"), ("p", "b")):
        if r.startswith(a) and not r.startswith(a + "h") and not r.startswith(a + a):
            return b + r[1:]
    return r


def rr(syl, first):
    a, b, c = parts(syl)
    return INI_RR[a] + VOW_RR[b] + FIN_RR[c]


def mr(syl, voiced, marks):
    a, b, c = parts(syl)
    ini = (INI_MR_VOICED if voiced else INI_MR)[a]
    v = VOW_MR[b]
    if not marks:
        ini = ini.replace("'", "")
        v = v.replace("ŏ", "o").replace("ŭ", "u")
    return ini + v + FIN_MR[c]


def popular(syl):
    r = rr(syl, True)
    a, b, c = parts(syl)
    r = re.sub(r"^g", "k", r)
    if VOW_RR[b] in ("eo", "yeo") and FIN_RR[c] in ("ng", "n", "l", "k"):
        r = r.replace("eo", "u").replace("yu", "yu")
        if r.startswith("yung"):
            r = "young"
    elif VOW_RR[b] == "u" and FIN_RR[c] in ("", "n", "k"):
        r = r.replace("u", "oo")
    elif VOW_RR[b] == "ui":
        r = r.replace("ui", "ee")
    return r


def given_forms(syls):
    """Hyphenated, joined or split, capitalised as sources write them."""
    return [syls[0].capitalize() + "-" + "-".join(syls[1:]).lower() if len(syls) > 1 else syls[0].capitalize(),
            "".join(syls).capitalize(),
            " ".join(s.capitalize() for s in syls)]


def compose(rng, surname, given_syls):
    given = rng.choice(given_forms(given_syls))
    order = rng.randrange(3)
    if order == 0:
        return f"{surname} {given}"
    if order == 1:
        return f"{given} {surname}"
    return f"{surname.upper()}, {given}"


def write(rng, scheme, sur_h, given_h):
    if scheme == "rr":
        south = SOUTH_SURNAME.get(sur_h, sur_h)
        sur = rr(south, True).capitalize()
        return compose(rng, sur, [rr(s, True) for s in given_h])
    if scheme == "popular":
        south = SOUTH_SURNAME.get(sur_h, sur_h)
        sur = POPULAR_SURNAME.get(south) or rr(south, True).capitalize()
        return compose(rng, sur, [popular(s) for s in given_h])
    if scheme == "mr":
        marks = rng.random() < 0.5
        sur = mr(sur_h, False, marks).capitalize()
        syls = []
        for k, s in enumerate(given_h):
            prev_final = FIN_MR[parts(given_h[k - 1])[2]] if k > 0 else None
            voiced = k > 0 and prev_final in ("", "n", "m", "ng", "l")
            syls.append(mr(s, voiced, marks))
        return compose(rng, sur, syls)
    # hangul: South Korean Hangul, surname first, written together or with a space.
    sur = SOUTH_SURNAME.get(sur_h, sur_h)
    return sur + ("" if rng.random() < 0.7 else " ") + "".join(given_h)


def split_name(name):
    """'KIM, Jong Un' / 'KIM Jong Un' -> ('kim', ['jong', 'un']) or None."""
    name = name.replace("’", "'").replace("'", "")
    if "," in name:
        sur, given = name.split(",", 1)
    else:
        words = name.split()
        if len(words) < 2:
            return None
        sur, given = words[0], " ".join(words[1:])
    sur = sur.strip().lower()
    syls = [s.lower() for s in re.split(r"[\s\-]+", given.strip()) if s]
    if not re.fullmatch(r"[a-z]+", sur) or not syls or not all(re.fullmatch(r"[a-z]+", s) for s in syls):
        return None
    return sur, syls


def read_ofac_dprk(lists, sdn_type):
    """OFAC SDN entries of a DPRK programme and of one SDN type ("individual", or "-0-" for organisations), with their
    names: the primary name, then the aliases of alt.csv."""
    akas = {}
    with open(os.path.join(lists, "ofac", "alt.csv"), encoding="latin-1") as f:
        for row in csv.reader(f):
            if len(row) > 3:
                akas.setdefault(row[0].strip(), []).append(row[3].strip())
    names = {}
    with open(os.path.join(lists, "ofac", "sdn.csv"), encoding="latin-1") as f:
        for row in csv.reader(f):
            if len(row) > 3 and row[2].strip() == sdn_type and "DPRK" in row[3]:
                names["ofac-sdn:" + row[0].strip()] = [row[1].strip()] + akas.get(row[0].strip(), [])
    return names


def read_ofac(lists):
    return read_ofac_dprk(lists, "individual")


def read_un(lists):
    root = ET.parse(os.path.join(lists, "un", "consolidated.xml")).getroot()
    names = {}
    for ind in root.iter("INDIVIDUAL"):
        ref = ind.findtext("REFERENCE_NUMBER") or ""
        if not ref.startswith("KP"):
            continue
        parts_ = [ind.findtext(f) or "" for f in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME")]
        main = parts_[0] + ", " + " ".join(p for p in parts_[1:] if p)
        als = [a.findtext("ALIAS_NAME") or "" for a in ind.findall("INDIVIDUAL_ALIAS")]
        names["un-sc:" + ref] = [main] + [a for a in als if a]
    return names


def read_orgs(lists):
    """DPRK organisations: OFAC SDN (programmes DPRK*, not individuals or vessels) and UN KPe.*, with their names."""
    names = read_ofac_dprk(lists, "-0-")
    root = ET.parse(os.path.join(lists, "un", "consolidated.xml")).getroot()
    for e in root.iter("ENTITY"):
        ref = e.findtext("REFERENCE_NUMBER") or ""
        if ref.startswith("KP"):
            als = [a.findtext("ALIAS_NAME") or "" for a in e.findall("ENTITY_ALIAS")]
            names["un-sc:" + ref] = [e.findtext("FIRST_NAME") or ""] + [a for a in als if a]
    return names


def other_words(lists):
    """Words of the entity names of the other OFAC programmes: English (and other) words, not Korean ones."""
    words = {}
    with open(os.path.join(lists, "ofac", "sdn.csv"), encoding="latin-1") as f:
        for row in csv.reader(f):
            if len(row) > 3 and row[2].strip() == "-0-" and "DPRK" not in row[3]:
                for w in set(re.findall(r"[a-z]+", row[1].lower())):
                    words[w] = words.get(w, 0) + 1
    return {w for w, n in words.items() if n >= 2} | {"korea", "korean", "dprk", "pyongyang"}


def segment(word, reverse):
    """A word in the lists' spelling cut into syllables of the table (the coda ng kept first), or None."""
    if not word:
        return []
    for end in range(min(len(word), 7), 0, -1):
        head = word[:end]
        if head in reverse:
            rest = segment(word[end:], reverse)
            if rest is not None:
                return [head] + rest
    return None


def rr_word(hangul):
    """A Korean word in Hangul in the Revised Romanization, written as one word."""
    return "".join(rr(s, k == 0) for k, s in enumerate(hangul))


def all_person_names(lists):
    """Every person's name on the lists in these files (OFAC, UN, UK): for the negatives' skeleton check."""
    out = []
    with open(os.path.join(lists, "ofac", "sdn.csv"), encoding="latin-1") as f:
        for row in csv.reader(f):
            if len(row) > 2:
                out.append(row[1])
    with open(os.path.join(lists, "ofac", "alt.csv"), encoding="latin-1") as f:
        for row in csv.reader(f):
            if len(row) > 3:
                out.append(row[3])
    with open(os.path.join(lists, "uk", "subject_names.csv"), encoding="utf-8", errors="replace") as f:
        for row in csv.DictReader(f):
            out.append(row["full_name"])
    root = ET.parse(os.path.join(lists, "un", "consolidated.xml")).getroot()
    for ind in root.iter("INDIVIDUAL"):
        out.append(" ".join(ind.findtext(f) or "" for f in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME")))
        out.extend(a.findtext("ALIAS_NAME") or "" for a in ind.findall("INDIVIDUAL_ALIAS"))
    return out


def skeleton(name):
    """Consonant-vowel skeleton of a name, word order ignored: scheme differences folded (eo o, u o, g k, j ch, l r,
    an initial r dropped, the popular and RR surnames in one spelling)."""
    words = re.split(r"[^a-z]+", name.lower().replace("’", "").replace("'", ""))
    keys = []
    for w in words:
        if not w:
            continue
        w = {"lee": "i", "yi": "i", "rhee": "i", "park": "pak", "choi": "choe", "yoon": "yun", "oh": "o",
             "ahn": "an", "roh": "no"}.get(w, w)
        w = w.replace("eo", "o").replace("eu", "u").replace("oo", "u").replace("ee", "i").replace("u", "o")
        w = w.replace("sh", "s").replace("ch", "j").replace("kh", "k").replace("th", "t").replace("ph", "p")
        w = w.translate(str.maketrans("gdbl", "ktpr")).replace("h", "")
        w = re.sub(r"^r(?=[iy])", "", w)
        w = re.sub(r"^r", "n", w) if w.startswith("r") else w
        keys.append(w)
    return " ".join(sorted(keys)), "".join(sorted(keys))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lists", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--per-scheme", type=int, default=16)
    ap.add_argument("--negatives", type=int, default=24)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    reverse = build_reverse()

    persons = []  # (id, listed names, surname hangul, given hangul)
    seen = set()
    for source in (read_ofac(a.lists), read_un(a.lists)):
        for pid in sorted(source):
            names = source[pid]
            split = split_name(names[0])
            if split is None:
                continue
            sur, given = split
            if sur not in SURNAMES or not 1 <= len(given) <= 3 or any(g not in reverse for g in given):
                continue
            key = (sur, tuple(given))
            if key in seen:
                continue
            seen.add(key)
            persons.append((pid, names, SURNAMES[sur], [reverse[g] for g in given]))
    rng.shuffle(persons)

    rows, truth = [], []
    schemes = ["rr", "popular", "mr", "hangul"]
    used = 0
    for scheme in schemes:
        chosen = 0
        # Hangul queries of persons whose surname the law changes, so that each tests the South Korean spelling.
        pool = [p for p in persons if scheme != "hangul" or p[2] in SOUTH_SURNAME] if scheme == "hangul" else persons
        for pid, names, sur_h, given_h in pool[used:] if scheme != "hangul" else pool:
            if chosen >= a.per_scheme:
                break
            q = write(rng, scheme, sur_h, given_h)
            qid = f"kq{len(rows) + 1:05d}"
            rows.append((qid, q))
            truth.append((qid, "ko_" + scheme, "match", pid, " | ".join(names), f"{scheme} of '{names[0]}'"))
            chosen += 1
        if scheme != "hangul":
            used += chosen

    # Organisations: each Korean word in the Revised Romanization.
    english = other_words(a.lists)
    orgs = read_orgs(a.lists)
    org_ids = sorted(orgs)
    rng.shuffle(org_ids)
    chosen = 0
    for oid in org_ids:
        if chosen >= a.per_scheme:
            break
        name = orgs[oid][0]
        words = re.findall(r"[A-Za-z]+|[^A-Za-z]+", name)
        out, changed = [], False
        for w in words:
            low = w.lower()
            syls = segment(low, reverse) if w.isalpha() and low not in english and len(low) > 3 else None
            if syls:
                r = rr_word([reverse[x] for x in syls])
                changed |= r != low
                out.append(r.upper() if w.isupper() else r.capitalize())
            else:
                out.append(w)
        if not changed:
            continue
        q = "".join(out)
        qid = f"kq{len(rows) + 1:05d}"
        rows.append((qid, q))
        truth.append((qid, "ko_org_rr", "match", oid, " | ".join(orgs[oid]), f"org_rr of '{name}'"))
        chosen += 1

    listed = {k for n in all_person_names(a.lists) if n for k in skeleton(n)}
    surnames = sorted({p[2] for p in persons})
    made = 0
    tries = 0
    while made < a.negatives and tries < 10000:
        tries += 1
        sur_h = rng.choice(surnames)
        given_h = [rng.choice(NAME_SYLLABLES[:120]) for _ in range(2)]
        dprk_name = dprk(sur_h) + " " + " ".join(dprk(s) for s in given_h)
        south = SOUTH_SURNAME.get(sur_h, sur_h)
        forms = [dprk_name, rr(south, True) + " " + " ".join(rr(s, True) for s in given_h),
                 (POPULAR_SURNAME.get(south) or rr(south, True)) + " " + " ".join(popular(s) for s in given_h)]
        if any(k in listed for f in forms for k in skeleton(f)):
            continue
        scheme = schemes[made % len(schemes)]
        q = write(rng, scheme, sur_h, given_h)
        qid = f"kq{len(rows) + 1:05d}"
        rows.append((qid, q))
        truth.append((qid, "ko_negative", "no_match", "", "", f"{scheme}; no listed person reads '{dprk_name}'"))
        made += 1

    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "queries.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "name", "country", "type", "identifier"])
        for qid, q in rows:
            w.writerow([qid, q, "", "", ""])
    with open(os.path.join(a.out, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "class", "expect", "expected", "expected_names", "note"])
        w.writerows(truth)
    print(f"{len(persons)} persons read; {len(rows)} queries ({made} negatives) in {a.out}")


if __name__ == "__main__":
    main()
