package dev.touchstone.source.delimited;

import dev.touchstone.source.ArchiveEntry;
import dev.touchstone.source.ColumnValues;
import dev.touchstone.source.Columns;
import dev.touchstone.source.DelimitedFormat;
import dev.touchstone.source.Download;
import dev.touchstone.source.HttpFetcher;
import dev.touchstone.source.RawRecord;
import dev.touchstone.source.ReadRequest;
import dev.touchstone.source.RecordSink;
import dev.touchstone.source.SourceAdapter;
import dev.touchstone.source.SourceReadException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** CSV, pipe and other delimited files, with or without a header, from a URL or a local path. */
@Singleton
public class DelimitedAdapter implements SourceAdapter {
  private final HttpFetcher fetcher;

  public DelimitedAdapter(HttpFetcher fetcher) {
    this.fetcher = fetcher;
  }

  @Override
  public String name() {
    return "delimited";
  }

  @Override
  public void read(ReadRequest request, RecordSink sink) {
    DelimitedFormat format = request.delimitedFormat();
    try (Download download = Download.open(fetcher, request)) {
      if (download.isHtml()) {
        throw new SourceReadException(
            request.fileName() + ": received an HTML page, not a delimited file");
      }
      readBody(request, format, ArchiveEntry.open(download.body(), request), sink);
    } catch (java.io.InterruptedIOException e) {
      throw timedOut(request, e);
    } catch (IOException e) {
      throw new SourceReadException(
          request.fileName() + ": download failed while reading: " + e.getMessage(), e);
    }
  }

  private void readBody(
      ReadRequest request, DelimitedFormat format, java.io.InputStream body, RecordSink sink) {
    try (DelimitedReader reader = new DelimitedReader(body, format)) {
      List<String> columns = columns(request, format, reader);
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        index.putIfAbsent(Columns.key(columns.get(i)), i);
      }
      sink.columns(columns);
      requireMappedColumns(request, index);
      if (!request.mappedColumns().isEmpty()) {
        reader.keepOnly(wanted(request, columns.size(), index));
      }
      readRecords(request, format, reader, columns.size(), index, sink);
    } catch (DelimitedReader.TruncatedRecordException e) {
      throw new SourceReadException(request.fileName() + " is truncated: " + e.getMessage(), e);
    } catch (java.io.InterruptedIOException e) {
      throw timedOut(request, e);
    } catch (IOException e) {
      throw new SourceReadException(
          request.fileName() + ": download failed while reading: " + e.getMessage(), e);
    }
  }

  private static SourceReadException timedOut(
      ReadRequest request, java.io.InterruptedIOException e) {
    return new SourceReadException(
        request.fileName()
            + ": download failed while reading: the board stopped sending and the read "
            + "timed out ("
            + e.getMessage()
            + ")",
        e);
  }

  private List<String> columns(ReadRequest request, DelimitedFormat format, DelimitedReader reader)
      throws IOException {
    if (!format.header()) {
      return format.columns();
    }
    List<String> header = reader.next();
    if (header == null || (header.size() == 1 && header.get(0).isBlank())) {
      throw new SourceReadException(request.fileName() + " is empty: no header line");
    }
    if (header.get(0).startsWith("\uFEFF")) {
      // A byte-order mark before the first column's name (AK's export is saved as UTF-8 with one).
      header = new java.util.ArrayList<>(header);
      header.set(0, header.get(0).substring(1));
    }
    String first = header.get(0).trim();
    if (first.startsWith("<")) {
      throw new SourceReadException(
          request.fileName()
              + ": received an HTML or XML page, not a delimited file (it starts with '"
              + first.substring(0, Math.min(first.length(), 40))
              + "')");
    }
    if (format.trailingDelimiter()
        && header.size() > 1
        && header.get(header.size() - 1).isBlank()) {
      header = header.subList(0, header.size() - 1);
    }
    if (format.bindByPosition()) {
      if (header.size() != format.columns().size()) {
        throw new SourceReadException(
            request.fileName()
                + ": the header has "
                + header.size()
                + " columns, the declared layout "
                + format.columns().size()
                + "; this layout is not one we know");
      }
      return format.columns();
    }
    return header;
  }

  private static boolean[] wanted(ReadRequest request, int width, Map<String, Integer> index) {
    boolean[] wanted = new boolean[width];
    for (String column : request.mappedColumns()) {
      Integer at = index.get(Columns.key(column));
      if (at != null) {
        wanted[at] = true;
      }
    }
    return wanted;
  }

  private static void requireMappedColumns(ReadRequest request, Map<String, Integer> index) {
    TreeSet<String> missing = new TreeSet<>();
    for (String column : request.mappedColumns()) {
      if (!index.containsKey(Columns.key(column))) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      throw new SourceReadException(
          request.fileName()
              + ": mapped column(s) "
              + missing
              + " are missing from the file; found "
              + new TreeSet<>(index.keySet()));
    }
  }

  private static void readRecords(
      ReadRequest request,
      DelimitedFormat format,
      DelimitedReader reader,
      int width,
      Map<String, Integer> index,
      RecordSink sink)
      throws IOException {
    int row = 0;
    List<String> fields;
    while ((fields = reader.next()) != null) {
      if (fields.size() == 1 && isBlank(fields.get(0))) {
        continue;
      }
      row++;
      if (format.trailingDelimiter()
          && fields.size() > width
          && isBlank(fields.get(fields.size() - 1))) {
        fields = fields.subList(0, fields.size() - 1);
      }
      if (fields.size() != width) {
        if (!reader.lastLineTerminated() && fields.size() < width) {
          throw new SourceReadException(
              request.fileName()
                  + " is truncated: its last line ("
                  + reader.lineNumber()
                  + ") stops after "
                  + fields.size()
                  + " of "
                  + width
                  + " fields");
        }
        sink.accept(
            RawRecord.malformed(
                request.fileName(),
                row,
                "expected "
                    + width
                    + " fields, found "
                    + fields.size()
                    + " (line "
                    + reader.lineNumber()
                    + ")"));
        continue;
      }
      sink.accept(RawRecord.of(request.fileName(), row, new ColumnValues(index, clean(fields))));
    }
  }

  private static String[] clean(List<String> fields) {
    String[] values = new String[fields.size()];
    for (int i = 0; i < values.length; i++) {
      String field = fields.get(i);
      String value = field == null ? null : field.trim();
      values[i] = value == null || value.isEmpty() ? null : value;
    }
    return values;
  }

  private static boolean isBlank(String field) {
    return field == null || field.isBlank();
  }
}
