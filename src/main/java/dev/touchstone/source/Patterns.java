package dev.touchstone.source;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiles the regular expressions of source definitions once, case-insensitively. */
final class Patterns {
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private Patterns() {}

  static Pattern compile(String field, String regex) {
    try {
      return COMPILED.computeIfAbsent(regex, r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(field + ": '" + regex + "' is not a valid regular expression: " + e.getDescription());
    }
  }
}
