package dev.touchstone.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams the objects of a JSON array one at a time, each flattened to text values by lower-case
 * dotted key ({@code addresses.1.city}). Socrata sends every value as a string and URL columns as
 * {@code {"url": …}} objects, whose URL is also kept under the column's own name.
 */
public final class JsonRecords {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonRecords() {}

  /** Opens a parser positioned on the first token, after checking that the body is JSON at all. */
  public static JsonParser open(InputStream body, String what) throws IOException {
    PushbackInputStream in = new PushbackInputStream(body, 1);
    int c;
    do {
      c = in.read();
    } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB
        || c == 0xBF);
    if (c == -1) {
      throw new SourceReadException(what + " is empty");
    }
    if (c == '<') {
      throw new SourceReadException(what + ": received an HTML or XML page, not JSON");
    }
    in.unread(c);
    JsonParser parser = FACTORY.createParser(in);
    parser.nextToken();
    return parser;
  }

  /**
   * Reads the array the parser is on, handing each element's flattened values to the consumer;
   * returns the count.
   */
  public static int readArray(
      JsonParser parser, String what, Consumer<Map<String, String>> consumer) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw new SourceReadException(
          what + ": expected a JSON array of records, got " + parser.currentToken());
    }
    int count = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new SourceReadException(what + " is truncated: the JSON array is not closed");
      }
      Map<String, String> values = new HashMap<>();
      if (token == JsonToken.START_OBJECT) {
        flattenObject(parser, "", values);
      } else {
        parser.skipChildren();
      }
      count++;
      consumer.accept(values);
    }
    return count;
  }

  /** Flattens the object the parser is on (START_OBJECT) into {@code values}. */
  public static void flattenObject(JsonParser parser, String prefix, Map<String, String> values)
      throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = prefix + parser.currentName().toLowerCase(Locale.ROOT);
      flattenValue(parser, parser.nextToken(), key, values);
    }
  }

  private static void flattenValue(
      JsonParser parser, JsonToken token, String key, Map<String, String> values)
      throws IOException {
    if (token == null) {
      throw new SourceReadException("the JSON ends in the middle of a record");
    }
    switch (token) {
      case START_OBJECT -> {
        flattenObject(parser, key + ".", values);
        String url = values.get(key + ".url");
        if (url != null) {
          values.put(key, url);
        }
      }
      case START_ARRAY -> {
        int i = 0;
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          flattenValue(parser, next, key + "." + i++, values);
        }
      }
      case VALUE_NULL -> {}
      default -> {
        String text = parser.getText().trim();
        if (!text.isEmpty()) {
          values.put(key, text);
        }
      }
    }
  }

  /**
   * Reads an error object's message: Socrata's {@code message}, NPPES's {@code
   * Errors[].description}.
   */
  public static String errorMessage(Map<String, String> values) {
    StringBuilder message = new StringBuilder();
    values.forEach(
        (key, value) -> {
          if (key.equals("message")
              || key.equals("error")
              || key.endsWith(".description")
              || key.equals("code")) {
            if (message.length() > 0) {
              message.append("; ");
            }
            message.append(value);
          }
        });
    return message.length() == 0 ? values.toString() : message.toString();
  }
}
