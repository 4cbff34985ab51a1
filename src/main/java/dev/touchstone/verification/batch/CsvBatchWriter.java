package dev.touchstone.verification.batch;

import dev.touchstone.registry.LicenseView;
import dev.touchstone.verification.InvalidField;
import dev.touchstone.verification.Verification;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The input rows as sent, plus verdict, reasons (codes), verificationId, summary and error, then
 * what a clinic files: the matched license's number, name on record, status and expiry, when the
 * check was made and its address.
 */
public final class CsvBatchWriter implements BatchWriter {
  private static final List<String> ANSWER =
      List.of(
          "verdict",
          "reasons",
          "verificationId",
          "summary",
          "error",
          "matchedLicenseNumber",
          "nameOnRecord",
          "status",
          "expiresOn",
          "checkedAt",
          "address");
  private final Writer out;

  CsvBatchWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void start(List<String> columns) throws IOException {
    List<String> header = new ArrayList<>(columns);
    header.addAll(ANSWER);
    line(header);
  }

  @Override
  public void verified(BatchRow row, Verification verification, String address) throws IOException {
    List<String> values = new ArrayList<>(row.values());
    values.add(verification.verdict().name());
    values.add(
        verification.reasons().stream().map(r -> r.code().name()).collect(Collectors.joining(";")));
    values.add(verification.id().toString());
    values.add(verification.summary());
    values.add("");
    // The license the check is about, or the only one it matched.
    LicenseView license =
        verification.matchedLicenses().size() == 1 ? verification.matchedLicenses().get(0) : null;
    values.add(license == null ? "" : license.licenseNumber());
    values.add(license == null ? "" : license.name().full());
    values.add(license == null ? "" : license.status().name());
    values.add(
        license == null || license.expiresOn() == null ? "" : license.expiresOn().toString());
    values.add(verification.checkedAt().toString());
    values.add(address == null ? "" : address);
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
    values.addAll(List.of("", "", "", "", "", ""));
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
  /**
   * Whether a spreadsheet could read the cell as a formula: it starts with TAB or CR, or its first
   * visible character is = + - @ (full-width forms included), which some imports reach by trimming
   * the spaces before it (OWASP's CSV injection list; security-2026-12 F9).
   */
  private static boolean startsAFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    if (value.charAt(0) == '\t' || value.charAt(0) == '\r') {
      return true;
    }
    String visible = value.strip();
    return !visible.isEmpty() && "=+-@＝＋－＠".indexOf(visible.charAt(0)) >= 0;
  }

  public static String quote(String value) {
    if (value == null) {
      return "";
    }
    String text = startsAFormula(value) ? "'" + value : value;
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
