package dev.touchstone.source.xlsx;

import dev.touchstone.source.ColumnValues;
import dev.touchstone.source.Columns;
import dev.touchstone.source.Download;
import dev.touchstone.source.HttpFetcher;
import dev.touchstone.source.RawRecord;
import dev.touchstone.source.ReadRequest;
import dev.touchstone.source.RecordSink;
import dev.touchstone.source.SourceAdapter;
import dev.touchstone.source.SourceReadException;
import dev.touchstone.source.XlsxSettings;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Excel workbooks (Michigan's monthly lists), streamed. The download is spooled to a temporary file
 * so that POI's package layer can reach its parts without holding the workbook in memory; the sheet
 * and the shared strings are then read with StAX ({@link SheetRows}, {@link SharedStrings}).
 *
 * <p>Why not POI's user model or its {@code XSSFSheetXMLHandler}: both turn every cell of every
 * column into a string, and these lists carry home street addresses and personal e-mail addresses
 * that Touchstone must never read. Here only the mapped columns' cells, and only the shared strings
 * those cells point to, ever become text: the sheet is read three times (header, which strings are
 * wanted, the rows) and the strings once per lookup.
 */
@Singleton
public class XlsxAdapter implements SourceAdapter {
  private final HttpFetcher fetcher;

  public XlsxAdapter(HttpFetcher fetcher) {
    this.fetcher = fetcher;
  }

  @Override
  public String name() {
    return "xlsx";
  }

  @Override
  public void read(ReadRequest request, RecordSink sink) {
    Path spool = spool(request);
    try (OPCPackage workbook = OPCPackage.open(spool.toFile(), PackageAccess.READ)) {
      read(request, new XSSFReader(workbook), sink);
    } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
        | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new SourceReadException(
          request.fileName() + ": not an Excel (XLSX) workbook: " + e.getMessage(), e);
    } catch (OpenXML4JException | IOException | org.apache.poi.ooxml.POIXMLException e) {
      throw new SourceReadException(
          request.fileName() + ": the workbook is damaged or cut off: " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(spool);
      } catch (IOException e) {
        sink.warn("could not delete the spooled workbook " + spool + ": " + e.getMessage());
      }
    }
  }

  private Path spool(ReadRequest request) {
    Path spool;
    try {
      spool = Files.createTempFile("touchstone-" + request.source().id() + "-", ".xlsx");
    } catch (IOException e) {
      throw new SourceReadException("cannot create a temporary file: " + e.getMessage(), e);
    }
    try (Download download = Download.open(fetcher, request)) {
      if (download.isHtml()) {
        throw new SourceReadException(
            request.fileName() + ": received an HTML page, not an Excel workbook");
      }
      Files.copy(download.body(), spool, StandardCopyOption.REPLACE_EXISTING);
      return spool;
    } catch (IOException e) {
      deleteQuietly(spool);
      throw new SourceReadException(
          request.fileName() + ": download failed while reading: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteQuietly(spool);
      throw e;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A leftover temporary file is harmless; the read's own error is the one to report.
    }
  }

  private static void read(ReadRequest request, XSSFReader reader, RecordSink sink)
      throws IOException, OpenXML4JException {
    XlsxSettings settings = request.source().xlsx();
    Workbook book = Workbook.of(reader);
    SheetRows sheet = book.sheet(settings.sheet(), request.fileName());
    Header header = header(request, sheet, book, settings.headerSearchRows());
    sink.columns(header.names());
    boolean[] wanted = new boolean[header.names().size()];
    for (String column : request.mappedColumns()) {
      Integer at = header.index().get(Columns.key(column));
      if (at != null) {
        wanted[at] = true;
      }
    }
    java.util.BitSet strings = sheet.sharedStringsUsed(header.row(), wanted);
    Map<Integer, String> texts = book.strings(strings);
    int[] row = {0};
    sheet.rows(
        header.row(),
        wanted,
        cells -> {
          String[] values = new String[wanted.length];
          boolean any = false;
          for (SheetRows.Cell cell : cells) {
            String value = book.text(cell, texts);
            values[cell.column()] = value;
            any |= value != null;
          }
          if (any) {
            sink.accept(
                RawRecord.of(
                    request.fileName(), ++row[0], new ColumnValues(header.index(), values)));
          }
        });
  }

  /** The header row: its position, its titles, and each title's column. */
  private record Header(int row, List<String> names, Map<String, Integer> index) {}

  private static Header header(
      ReadRequest request, SheetRows sheet, Workbook book, int searchRows) {
    java.util.Set<String> needed = new TreeSet<>();
    request.keyColumns().forEach(c -> needed.add(Columns.key(c)));
    if (needed.isEmpty()) {
      request.mappedColumns().forEach(c -> needed.add(Columns.key(c)));
    }
    // Row by row from the top, each row's strings resolved on its own: rows below the header,
    // whose private columns must stay unread, are never reached here.
    Header[] found = {null};
    sheet.fromTop(
        (ordinal, cells) -> {
          if (ordinal >= searchRows) {
            return true;
          }
          java.util.BitSet used = new java.util.BitSet();
          cells.forEach(cell -> cell.sharedString().ifPresent(used::set));
          Map<Integer, String> texts = book.strings(used);
          List<String> names = new ArrayList<>();
          for (SheetRows.Cell cell : cells) {
            while (names.size() < cell.column()) {
              names.add("");
            }
            String text = book.text(cell, texts);
            names.add(text == null ? "" : text.trim());
          }
          Map<String, Integer> index = new HashMap<>();
          for (int c = 0; c < names.size(); c++) {
            if (!names.get(c).isEmpty()) {
              index.putIfAbsent(Columns.key(names.get(c)), c);
            }
          }
          if (index.keySet().containsAll(needed)) {
            found[0] = new Header(ordinal, names, index);
            return true;
          }
          return false;
        });
    if (found[0] == null) {
      // The rows searched are not named: if the header is missing they may be data rows.
      throw new SourceReadException(
          request.fileName()
              + ": sheet '"
              + sheet.name()
              + "' has no header row with the columns "
              + needed
              + " in its first "
              + searchRows
              + " rows; the layout has changed or this is another list");
    }
    requireMappedColumns(request, found[0].index(), sheet.name());
    return found[0];
  }

  private static void requireMappedColumns(
      ReadRequest request, Map<String, Integer> index, String sheet) {
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
              + " are missing from sheet '"
              + sheet
              + "'; found "
              + new TreeSet<>(index.keySet()));
    }
  }

  /** Opens a part's stream, for the passes that read it again. */
  @FunctionalInterface
  interface PartStream {
    InputStream open() throws IOException;
  }
}
