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
    String ascii = foldAscii(text);
    return ascii != null ? ascii : foldUnicode(text);
  }

  static String foldUnicode(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("");
    plain =
        plain
            .replace("ß", "SS")
            .replace("Ø", "O")
            .replace("ø", "o")
            .replace("Ł", "L")
            .replace("ł", "l");
    String upper = APOSTROPHES.matcher(plain.toUpperCase(Locale.ROOT)).replaceAll("");
    return NOT_ALNUM.matcher(upper).replaceAll(" ").trim();
  }

  /**
   * The same folding for plain ASCII, where there are no accents to take apart, without the
   * normalizer and the three regular expressions; null when the text is not plain ASCII.
   */
  private static String foldAscii(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (c == '\'' || c == '`') {
        continue;
      }
      if (c >= 'a' && c <= 'z') {
        c = (char) (c - 'a' + 'A');
      }
      if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        if (gap && folded.length() > 0) {
          folded.append(' ');
        }
        gap = false;
        folded.append(c);
      } else {
        gap = true;
      }
    }
    return folded.toString();
  }
}
