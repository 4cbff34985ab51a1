package dev.touchstone.verification.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.touchstone.verification.InvalidField;
import dev.touchstone.verification.Reason;
import dev.touchstone.verification.Verification;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A JSON array with one object per input row: the request, and its verdict and reasons or its
 * errors.
 */
final class JsonBatchWriter implements BatchWriter {
  private final JsonGenerator json;
  private List<String> columns;

  public JsonBatchWriter(Writer out) throws IOException {
    json = new JsonFactory().createGenerator(out);
  }

  @Override
  public void start(List<String> columns) throws IOException {
    this.columns = columns;
    json.writeStartArray();
  }

  @Override
  public void verified(BatchRow row, Verification verification, String address) throws IOException {
    begin(row);
    json.writeStringField("verificationId", verification.id().toString());
    json.writeStringField("verdict", verification.verdict().name());
    json.writeStringField("summary", verification.summary());
    json.writeArrayFieldStart("reasons");
    for (Reason reason : verification.reasons()) {
      json.writeStartObject();
      json.writeStringField("code", reason.code().name());
      json.writeStringField("severity", reason.severity().name());
      json.writeStringField("message", reason.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  @Override
  public void refused(BatchRow row, List<InvalidField> problems) throws IOException {
    begin(row);
    json.writeArrayFieldStart("errors");
    for (InvalidField problem : problems) {
      json.writeStartObject();
      json.writeStringField("field", problem.field());
      json.writeStringField("message", problem.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void begin(BatchRow row) throws IOException {
    json.writeStartObject();
    json.writeNumberField("row", row.row());
    for (int i = 0; i < columns.size() && i < row.values().size(); i++) {
      json.writeStringField(columns.get(i), row.values().get(i));
    }
  }

  @Override
  public void finish() throws IOException {
    json.writeEndArray();
    json.flush();
  }
}
