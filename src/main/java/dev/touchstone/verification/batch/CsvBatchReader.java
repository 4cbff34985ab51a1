package dev.touchstone.verification.batch;

import dev.touchstone.verification.VerificationRequest;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * A CSV batch with a header row naming at least {@code name} and {@code state} (any case, any
 * order; {@code licenseNumber} and {@code npi} optional). RFC 4180 quoting; a row with the wrong
 * number of fields is that row's error, not the batch's.
 */
final class CsvBatchReader implements BatchReader {
  private final CsvRecords records;
  private final List<String> columns;
  private final int name;
  private final int state;
  private final int licenseNumber;
  private final int npi;
  private int row;

  public CsvBatchReader(Reader in) throws IOException {
    this.records = new CsvRecords(in);
    List<String> header = record();
    if (header == null || header.stream().allMatch(String::isBlank)) {
      throw new BatchFormatException(
          "the CSV is empty: send a header row name,state,licenseNumber,npi and then one row per therapist");
    }
    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
      header.set(0, header.get(0).substring(1));
    }
    columns = List.copyOf(header);
    name = CsvRecords.column(header, "name");
    state = CsvRecords.column(header, "state");
    licenseNumber = CsvRecords.column(header, "licenseNumber");
    npi = CsvRecords.column(header, "npi");
    if (name < 0 || state < 0) {
      throw new BatchFormatException(
          "the CSV header must name the columns name and state (and may add licenseNumber and npi); got "
              + String.join(",", header));
    }
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public BatchRow next() throws IOException {
    List<String> values = record();
    while (values != null && values.size() == 1 && values.get(0).isBlank()) {
      values = record();
    }
    if (values == null) {
      return null;
    }
    row++;
    if (values.size() != columns.size()) {
      return new BatchRow(
          row,
          values,
          null,
          "this row has "
              + values.size()
              + " fields but the header has "
              + columns.size()
              + "; quote values that contain commas");
    }
    return new BatchRow(
        row,
        values,
        new VerificationRequest(
            values.get(name),
            values.get(state),
            licenseNumber < 0 ? null : values.get(licenseNumber),
            npi < 0 ? null : values.get(npi)),
        null);
  }

  private List<String> record() throws IOException {
    return records.next(row + 1);
  }
}
