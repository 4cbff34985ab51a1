package dev.touchstone.verification.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.touchstone.verification.VerificationRequest;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;

/** A JSON array of verification requests, parsed element by element. */
public final class JsonBatchReader implements BatchReader {
  private static final List<String> COLUMNS = List.of("name", "state", "licenseNumber", "npi");
  private final JsonParser parser;
  private int row;

  public JsonBatchReader(Reader in) throws IOException {
    parser = new JsonFactory().createParser(in);
    try {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new BatchFormatException("send a JSON array of requests, e.g. [{\"name\": \"Jane Doe\", \"state\": \"WA\"}]");
      }
    } catch (JsonParseException e) {
      throw new BatchFormatException("the body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public BatchRow next() throws IOException {
    try {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY || token == null) {
        return null;
      }
      row++;
      if (token != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return new BatchRow(row, Arrays.asList(null, null, null, null), null,
            "each element must be an object such as {\"name\": \"Jane Doe\", \"state\": \"WA\"}");
      }
      String[] values = new String[4];
      String problem = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        int column = COLUMNS.indexOf(field);
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          parser.skipChildren();
          problem = field + " must be a string, not an object or a list";
        } else if (column >= 0 && value != JsonToken.VALUE_NULL) {
          values[column] = parser.getValueAsString();
        }
      }
      List<String> echoed = Arrays.asList(values);
      return new BatchRow(row, echoed, problem == null ? new VerificationRequest(values[0], values[1], values[2], values[3]) : null,
          problem);
    } catch (JsonParseException e) {
      throw new BatchFormatException("the body is not valid JSON near row " + (row + 1) + ": " + e.getOriginalMessage());
    }
  }
}
