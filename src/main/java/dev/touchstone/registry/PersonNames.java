package dev.touchstone.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Splits names in the forms boards use into parts, keeping accents, apostrophes and hyphens. */
public final class PersonNames {
  private static final Set<String> SUFFIXES = Set.of("JR", "SR", "II", "III", "IV", "V");
  private static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "LLC",
          "L.L.C.",
          "INC",
          "INC.",
          "CORP",
          "CORP.",
          "LTD",
          "LTD.",
          "LP",
          "PLLC",
          "PC",
          "CO",
          "CO.",
          "COMPANY",
          "CORPORATION",
          "INCORPORATED");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private PersonNames() {}

  /** Separate columns; a suffix may be the last word of the last name or the middle name. */
  public static PersonName fromParts(String first, String middle, String last, String suffix) {
    first = clean(first);
    middle = clean(middle);
    last = clean(last);
    suffix = suffixOf(clean(suffix));
    if (suffix == null && last != null) {
      List<String> words = words(last);
      if (words.size() > 1 && isSuffix(words.get(words.size() - 1))) {
        suffix = suffixOf(words.get(words.size() - 1));
        last = String.join(" ", words.subList(0, words.size() - 1));
      }
    }
    if (suffix == null && middle != null && isSuffix(middle)) {
      suffix = suffixOf(middle);
      middle = null;
    }
    String raw = join(first, middle, last, suffix);
    return new PersonName(raw, raw, first, middle, last, suffix, false, false);
  }

  /**
   * "LAST, FIRST MIDDLE SUFFIX" or "LAST SUFFIX, FIRST MIDDLE" (OH); no comma, or only a company
   * word after it, is an organization.
   */
  public static PersonName fromLastCommaFirst(String text, boolean personExpected) {
    String raw = clean(text);
    if (raw == null) {
      return null;
    }
    int comma = raw.indexOf(',');
    String after = comma < 0 ? "" : raw.substring(comma + 1).trim();
    if (comma < 0 || after.isEmpty() || isOrganizationWord(after) || looksLikeOrganization(raw)) {
      return personExpected && comma < 0 && !looksLikeOrganization(raw)
          ? new PersonName(raw, raw, null, null, null, null, false, true)
          : PersonName.organization(raw);
    }
    String last = raw.substring(0, comma).trim();
    List<String> words = words(after);
    String suffix = null;
    if (words.size() > 1 && isSuffix(words.get(words.size() - 1))) {
      suffix = suffixOf(words.remove(words.size() - 1));
    }
    List<String> lastWords = words(last);
    if (suffix == null && lastWords.size() > 1 && isSuffix(lastWords.get(lastWords.size() - 1))) {
      suffix = suffixOf(lastWords.remove(lastWords.size() - 1));
      last = String.join(" ", lastWords);
    }
    String first = words.get(0);
    String middle = words.size() > 1 ? String.join(" ", words.subList(1, words.size())) : null;
    return new PersonName(
        raw, join(first, middle, last, suffix), first, middle, last, suffix, false, false);
  }

  /**
   * "FIRST M LAST SUFFIX": a trailing suffix, then the first word, then a one-letter middle initial
   * if there is one; the rest is the last name. When more than one word is left with no initial, we
   * cannot tell a middle name from a two-word last name: flagged, not guessed.
   */
  public static PersonName fromFirstLast(String text) {
    String raw = clean(text);
    if (raw == null) {
      return null;
    }
    List<String> words = words(raw);
    if (words.size() == 1) {
      return new PersonName(raw, raw, null, null, words.get(0), null, false, true);
    }
    String suffix = null;
    if (words.size() > 2 && isSuffix(words.get(words.size() - 1))) {
      suffix = suffixOf(words.remove(words.size() - 1));
    }
    String first = words.remove(0);
    String middle = null;
    if (words.size() > 1 && words.get(0).replace(".", "").length() == 1) {
      middle = words.remove(0);
    }
    String last = String.join(" ", words);
    boolean ambiguous = words.size() > 1;
    return new PersonName(
        raw, join(first, middle, last, suffix), first, middle, last, suffix, false, ambiguous);
  }

  /**
   * The display form of a stored name: its parts joined, or the text as written when there are no
   * parts (an organization, or a name we would not split).
   */
  public static String display(
      String raw, String first, String middle, String last, String suffix, boolean organization) {
    if (organization || first == null) {
      return raw;
    }
    return join(first, middle, last, suffix);
  }

  public static boolean looksLikeOrganization(String text) {
    for (String word : words(text.replace(',', ' '))) {
      if (isOrganizationWord(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOrganizationWord(String word) {
    return ORGANIZATION_WORDS.contains(word.trim().toUpperCase(Locale.ROOT));
  }

  private static boolean isSuffix(String word) {
    return word != null && SUFFIXES.contains(word.replace(".", "").toUpperCase(Locale.ROOT));
  }

  private static String suffixOf(String word) {
    return word == null ? null : word.replace(".", "").toUpperCase(Locale.ROOT);
  }

  /**
   * Trims, collapses spaces and drops stray double quotes, which FL's unquoted files carry as data.
   */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String cleaned =
        text.indexOf('"') < 0 && text.indexOf("  ") < 0 && text.indexOf('\t') < 0
            ? text.trim()
            : SPACES.matcher(text.replace("\"", "")).replaceAll(" ").trim();
    return cleaned.isEmpty() ? null : cleaned;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (space && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return words;
  }

  private static String join(String... parts) {
    StringBuilder joined = new StringBuilder();
    for (String part : parts) {
      if (part != null) {
        if (joined.length() > 0) {
          joined.append(' ');
        }
        joined.append(part);
      }
    }
    return joined.toString();
  }
}
