package dev.touchstone.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular expression of a source definition, compiled once when the definition is read, so a
 * mistake in it fails the definition at start-up and matching a row costs no compilation. It
 * ignores case and, where it is matched against a value, must match the whole value.
 */
public final class Regex {
  private final String text;
  private final Pattern pattern;

  private Regex(String text) {
    this.text = text;
    try {
      this.pattern =
          Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a valid regular expression: " + e.getDescription());
    }
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Regex of(String text) {
    if (text == null) {
      throw new IllegalArgumentException("a regular expression is required");
    }
    return new Regex(text);
  }

  /** Whether the whole value matches; a missing value never does. */
  public boolean matches(String value) {
    return value != null && pattern.matcher(value).matches();
  }

  public Pattern pattern() {
    return pattern;
  }

  @JsonValue
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Regex regex && regex.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
