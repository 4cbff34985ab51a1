package dev.touchstone.verification.batch;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a reader, one at a time; a malformed file is a {@link BatchFormatException}
 * naming the row.
 */
public final class CsvRecords {
  private final Reader in;
  private int peeked = -2;

  public CsvRecords(Reader in) {
    this.in = in;
  }

  /** Where a header names a column, ignoring case and surrounding spaces; -1 when it does not. */
  public static int column(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * One record's fields, or null at the end of the input; {@code row} numbers the record in error
   * messages.
   */
  public List<String> next(int row) throws IOException {
    int c = read();
    if (c < 0) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    while (true) {
      if (quoted) {
        if (c < 0) {
          throw new BatchFormatException(
              "a quoted field is never closed (row " + row + "); close it with a double quote");
        }
        if (c == '"') {
          int after = read();
          if (after == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = after;
            continue;
          }
        } else {
          field.append((char) c);
        }
      } else if (c < 0 || c == '\n') {
        fields.add(field.toString());
        return fields;
      } else if (c == '\r') {
        int after = read();
        if (after != '\n') {
          peeked = after;
        }
        fields.add(field.toString());
        return fields;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else {
        field.append((char) c);
      }
      if (field.length() > 10_000) {
        throw new BatchFormatException(
            "a field in row " + row + " is longer than 10,000 characters");
      }
      c = read();
    }
  }

  private int read() throws IOException {
    if (peeked != -2) {
      int c = peeked;
      peeked = -2;
      return c;
    }
    return in.read();
  }
}
