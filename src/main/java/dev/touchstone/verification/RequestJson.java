package dev.touchstone.verification;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;

/**
 * Verification requests as JSON objects, read field by field with Jackson's parser: the single
 * request's body and each element of a JSON batch. Unknown fields are ignored; a number or a
 * boolean is taken as its text; an object or a list where a field's text belongs is that field's
 * error.
 */
public final class RequestJson {
  public static final List<String> FIELDS = List.of("name", "state", "licenseNumber", "npi");
  public static final String EXAMPLE = "{\"name\": \"Jane Doe\", \"state\": \"WA\"}";
  private static final JsonFactory FACTORY = new JsonFactory();

  private RequestJson() {}

  /** One object's values in {@link #FIELDS} order, and the field that made it unusable, if any. */
  public record Fields(String[] values, InvalidField problem) {
    public VerificationRequest request() {
      return new VerificationRequest(values[0], values[1], values[2], values[3]);
    }
  }

  /** A body that is not one JSON object: what to send instead. */
  public static final class NotAnObjectException extends Exception {
    NotAnObjectException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Reads the object whose {@code START_OBJECT} the parser is on, through its {@code END_OBJECT}.
   */
  public static Fields readObject(JsonParser parser) throws IOException {
    String[] values = new String[FIELDS.size()];
    InvalidField problem = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      int column = FIELDS.indexOf(field);
      JsonToken value = parser.nextToken();
      if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
        parser.skipChildren();
        if (column >= 0 && problem == null) {
          problem = new InvalidField(field, "must be a string, not an object or a list");
        }
      } else if (column >= 0 && value != JsonToken.VALUE_NULL) {
        values[column] = parser.getValueAsString();
      }
    }
    return new Fields(values, problem);
  }

  /**
   * The body of a single verification: exactly one JSON object, or nothing at all (null, for the
   * caller to ask for one). Anything else is a {@link NotAnObjectException} saying what is wrong.
   */
  public static Fields parse(byte[] body) throws NotAnObjectException {
    if (body == null || body.length == 0) {
      return null;
    }
    try (JsonParser parser = FACTORY.createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      if (first != JsonToken.START_OBJECT) {
        throw new NotAnObjectException(
            "send one JSON object such as " + EXAMPLE + ", not " + describe(first));
      }
      Fields fields = readObject(parser);
      if (parser.nextToken() != null) {
        throw new NotAnObjectException(
            "send one JSON object such as " + EXAMPLE + "; the body holds more after it");
      }
      return fields;
    } catch (JsonParseException e) {
      throw new NotAnObjectException("the body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new NotAnObjectException("the body could not be read as JSON: " + e.getMessage());
    }
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "a list (for many at once, POST them to /api/v1/verifications/batch)";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "that";
    };
  }
}
