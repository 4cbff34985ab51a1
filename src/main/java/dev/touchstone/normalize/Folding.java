package dev.touchstone.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name for matching only: upper case, accents removed, apostrophes dropped, other
 * punctuation turned into spaces. Names are always stored as the source wrote them.
 */
public final class Folding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Z0-9]+");

  private Folding() {}

  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("");
    plain = plain.replace("ß", "SS").replace("Ø", "O").replace("ø", "o").replace("Ł", "L").replace("ł", "l");
    String upper = APOSTROPHES.matcher(plain.toUpperCase(Locale.ROOT)).replaceAll("");
    return NOT_ALNUM.matcher(upper).replaceAll(" ").trim();
  }
}
