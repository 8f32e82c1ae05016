package org.parley.geo;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lookup keys for place names, so that the text's spelling meets the gazetteer's: "Rafaḩ" and "Rafah",
 * "Kramators’k" and "Kramatorsk", "Deir ez-Zor" and "Deir ez Zor" share a key.
 */
final class PlaceNames {
    /** Apostrophes and transliteration signs vanish ("Ma'rib" = "Marib"); other punctuation separates words. */
    private static final String SILENT = "'’‘`´ʻʼʿʾ.";
    /** The Arabic article as romanised in place names: "Al Ḩudaydah", "Ar Raqqah", "As Sulaymānīyah". */
    private static final Pattern ARTICLE = Pattern.compile("^(?:al|ar|as|ash|at|ad|adh|an|az|el) ");
    private static final Set<String> ARTICLES = Set.of("al", "ar", "as", "ash", "at", "ad", "adh", "an", "az", "el");
    /** Countries whose place names are romanised from Arabic, where "Raqqa" and "Ar Raqqah" are one town. */
    static final Set<String> ARABIC = Set.of("DZA", "BHR", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR", "MRT",
            "OMN", "PSE", "QAT", "SAU", "SDN", "SYR", "TUN", "ARE", "YEM", "ESH", "TCD", "SOM", "DJI", "COM");

    private PlaceNames() {
    }

    /** The lookup key: lower case, no diacritics or apostrophes, words separated by single spaces. */
    static String key(String name) {
        // One pass over the characters rather than three regular expressions: 50,000 names are keyed at load.
        String s = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (Character.getType(c) == Character.NON_SPACING_MARK || SILENT.indexOf(c) >= 0) {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            // Letters that do not decompose into a base letter and a mark.
            switch (c) {
                case 'ı' -> b.append('i');
                case 'ł' -> b.append('l');
                case 'ø' -> b.append('o');
                case 'đ', 'ð' -> b.append('d');
                case 'þ' -> b.append("th");
                case 'ß' -> b.append("ss");
                case 'æ' -> b.append("ae");
                case 'œ' -> b.append("oe");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether a key's first word is an article that {@link #arabicVariant} drops ("ar raqqah"). */
    private static boolean startsWithArticle(String key) {
        int space = key.indexOf(' ');
        return space > 0 && isArticle(key.substring(0, space));
    }

    /** One of the romanised Arabic articles. */
    static boolean isArticle(String word) {
        return ARTICLES.contains(word);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * A looser key for Arabic place names: without the article and with a final "-ah" as "-a", so that "Raqqa",
     * "Raqqah" and "Ar Raqqah", or "Fallujah" and "Al Fallūjah", meet.
     */
    static String arabicVariant(String key) {
        if (!key.contains("ah") && !startsWithArticle(key)) {
            return key; // most names: nothing to loosen
        }
        String s = ARTICLE.matcher(key).replaceFirst("");
        StringBuilder b = new StringBuilder(s.length());
        for (String word : s.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(word.endsWith("ah") && word.length() > 3 ? word.substring(0, word.length() - 1) : word);
        }
        return b.toString();
    }
}
