package dev.touchstone.verification.batch;

import dev.touchstone.verification.InvalidField;
import dev.touchstone.verification.Verification;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The input rows as sent, plus verdict, reasons (codes), verificationId, summary and error. */
public final class CsvBatchWriter implements BatchWriter {
  private final Writer out;

  public CsvBatchWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void start(List<String> columns) throws IOException {
    List<String> header = new ArrayList<>(columns);
    header.addAll(List.of("verdict", "reasons", "verificationId", "summary", "error"));
    line(header);
  }

  @Override
  public void verified(BatchRow row, Verification verification) throws IOException {
    List<String> values = new ArrayList<>(row.values());
    values.add(verification.verdict().name());
    values.add(
        verification.reasons().stream().map(r -> r.code().name()).collect(Collectors.joining(";")));
    values.add(verification.id().toString());
    values.add(verification.summary());
    values.add("");
    line(values);
  }

  @Override
  public void refused(BatchRow row, List<InvalidField> problems) throws IOException {
    List<String> values = new ArrayList<>(row.values());
    values.addAll(List.of("", "", "", ""));
    values.add(
        problems.stream()
            .map(p -> p.field() + ": " + p.message())
            .collect(Collectors.joining("; ")));
    line(values);
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  private void line(List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(values.get(i)));
    }
    out.write("\r\n");
  }

  /**
   * Quotes what needs it; a leading =, +, - or @ is defused so a spreadsheet never runs it as a
   * formula.
   */
  public static String quote(String value) {
    if (value == null) {
      return "";
    }
    String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
