package org.chokepoint.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of Chinese institute and factory names written as digits, as the lists write them: China's state
 * research institutes, academies and factories are known by number ("中国电子科技集团公司第十四研究所", CETC's 14th Research
 * Institute; "七〇二所", the 702 Institute; "二院", the Second Academy), and the lists write "14th Research Institute",
 * "702 Research Institute", "CETC 29": digits that {@link Numerals} reads on the English side. A number is read only
 * where Chinese writes an ordinal: after 第 ("第十四", "第29"), or right before 所, 院, 厂 or 研究所/研究院 (the short form
 * "十四所" of "第十四研究所"); elsewhere 一, 二, 三 are parts of words (统一, 三一). The short form is written out
 * (所 as 研究所, 院 as 研究院, 厂 as 工厂), since alone a one-character word says nothing. Counting numbers ("十四",
 * "二十九", "一百零八") and numbers read digit by digit ("七〇二", "八一一") are both read. Stateless and thread-safe.
 */
final class HanNumerals {
    private HanNumerals() {}

    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final String UNITS = "十百千";
    private static final String NUMBER = "[" + DIGITS + UNITS + "]+|[0-9]+";
    /** 第 and a number, or a number and the short word of an institute, academy or factory. */
    private static final Pattern ORDINAL = Pattern.compile("第(" + NUMBER + ")|(" + NUMBER + ")(?=研究所|研究院|所|院|厂|廠)");
    /** The one-character words written out after a number. */
    private static final Pattern SHORT_KIND = Pattern.compile("(?<=[0-9] )(所|院|厂|廠)");

    /** The text with every ordinal number as its digits between spaces; the same string when it has none. */
    static String asDigits(String text) {
        if (!hasNumeral(text)) return text;
        Matcher m = ORDINAL.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            Integer value = value(number);
            if (value == null) continue;
            if (out == null) out = new StringBuilder(text.length() + 8);
            out.append(text, last, m.start()).append(' ').append(value).append(' ');
            last = m.end();
        }
        if (out == null) return text;
        out.append(text, last, text.length());
        return writtenOut(out.toString());
    }

    private static boolean hasNumeral(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '第' || DIGITS.indexOf(c) >= 0 || UNITS.indexOf(c) >= 0) return true;
        }
        return false;
    }

    /** "14 所" as "14 研究所": the short word of a numbered institute, academy or factory in full. */
    private static String writtenOut(String text) {
        Matcher m = SHORT_KIND.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 4);
        int last = 0;
        while (m.find()) {
            String full = switch (m.group(1)) {
                case "所" -> "研究所";
                case "院" -> "研究院";
                default -> "工厂";
            };
            out.append(text, last, m.start()).append(full);
            last = m.end();
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    /** The value of a number in Chinese numerals or digits, or null when it is none (a unit alone is ten, a hundred). */
    static Integer value(String number) {
        if (number.isEmpty() || number.length() > 9) return null;
        if (number.chars().allMatch(c -> c >= '0' && c <= '9')) return Integer.parseInt(number);
        boolean counting = number.chars().anyMatch(c -> UNITS.indexOf(c) >= 0);
        int total = 0;
        int digit = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (counting) digit = d;
                else total = total * 10 + d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                default -> 1000;
            };
            // "十四": a unit without a digit before it counts once.
            total += (digit == 0 ? 1 : digit) * unit;
            digit = 0;
        }
        return counting ? total + digit : total;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
