package dev.touchstone.verification.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.touchstone.verification.InvalidField;
import dev.touchstone.verification.RequestJson;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;

/** A JSON array of verification requests, parsed element by element. */
final class JsonBatchReader implements BatchReader {
  private final JsonParser parser;
  private int row;

  public JsonBatchReader(Reader in) throws IOException {
    parser = new JsonFactory().createParser(in);
    try {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new BatchFormatException(
            "send a JSON array of requests, e.g. [" + RequestJson.EXAMPLE + "]");
      }
    } catch (JsonParseException e) {
      throw new BatchFormatException("the body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  @Override
  public List<String> columns() {
    return RequestJson.FIELDS;
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
        return new BatchRow(
            row,
            Arrays.asList(null, null, null, null),
            null,
            "each element must be an object such as " + RequestJson.EXAMPLE);
      }
      RequestJson.Fields fields = RequestJson.readObject(parser);
      InvalidField problem = fields.problem();
      return new BatchRow(
          row,
          Arrays.asList(fields.values()),
          problem == null ? fields.request() : null,
          problem == null ? null : problem.field() + " " + problem.message());
    } catch (JsonParseException e) {
      throw new BatchFormatException(
          "the body is not valid JSON near row " + (row + 1) + ": " + e.getOriginalMessage());
    }
  }
}
