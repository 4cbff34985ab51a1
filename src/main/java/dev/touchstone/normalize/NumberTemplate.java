package dev.touchstone.normalize;

import dev.touchstone.source.RawRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a license number the way the board displays it from a template over columns, e.g. {@code
 * "{licensetype}.{licensenumber}"} → {@code MT.41236}. A number that already carries the prefix
 * does not get it twice.
 */
final class NumberTemplate {
  private final List<String> literals = new ArrayList<>();
  private final List<String> columns = new ArrayList<>();

  public NumberTemplate(String template) {
    int i = 0;
    StringBuilder literal = new StringBuilder();
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int end = template.indexOf('}', i);
        if (end < 0) {
          throw new IllegalArgumentException(
              "license number template '" + template + "' has an unclosed '{'");
        }
        literals.add(literal.toString());
        literal.setLength(0);
        columns.add(template.substring(i + 1, end).trim());
        i = end + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    literals.add(literal.toString());
    if (columns.isEmpty()) {
      throw new IllegalArgumentException(
          "license number template '" + template + "' names no column");
    }
  }

  public List<String> columns() {
    return List.copyOf(columns);
  }

  /** The displayed number, or a {@code missing_key_field} rejection naming the empty column. */
  public String render(RawRecord record) {
    StringBuilder number = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      String value = record.get(columns.get(i));
      if (value == null) {
        throw new RowRejectedException(
            QuarantineReason.MISSING_KEY_FIELD,
            "no " + columns.get(i) + " (part of the license number)");
      }
      number.append(literals.get(i));
      boolean last = i == columns.size() - 1;
      if (last
          && i > 0
          && value
              .toUpperCase(Locale.ROOT)
              .startsWith(number.toString().toUpperCase(Locale.ROOT))) {
        number.setLength(0);
      }
      number.append(value);
    }
    number.append(literals.get(columns.size()));
    return number.toString();
  }
}
