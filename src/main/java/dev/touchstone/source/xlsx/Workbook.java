package dev.touchstone.source.xlsx;

import dev.touchstone.source.Regex;
import dev.touchstone.source.SourceReadException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * A workbook's sheets, styles, date system and shared strings; cell values turned into the text a
 * mapping reads (dates as {@code uuuu-MM-dd}, numbers without exponent or trailing zeros).
 */
final class Workbook {
  private record Sheet(String name, PackagePart part) {}

  private final XSSFReader reader;
  private final List<Sheet> sheets;
  private final StylesTable styles;
  private final boolean date1904;
  private final Map<Integer, Boolean> dateStyles = new HashMap<>();

  private Workbook(XSSFReader reader, List<Sheet> sheets, StylesTable styles, boolean date1904) {
    this.reader = reader;
    this.sheets = sheets;
    this.styles = styles;
    this.date1904 = date1904;
  }

  static Workbook of(XSSFReader reader) throws IOException, OpenXML4JException {
    List<Sheet> sheets = new ArrayList<>();
    XSSFReader.SheetIterator iterator = reader.getSheetIterator();
    while (iterator.hasNext()) {
      try (InputStream ignored = iterator.next()) {
        sheets.add(new Sheet(iterator.getSheetName(), iterator.getSheetPart()));
      }
    }
    StylesTable styles;
    try {
      styles = reader.getStylesTable();
    } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      styles = null;
    }
    return new Workbook(reader, sheets, styles, date1904(reader));
  }

  private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException {
    try (InputStream in = reader.getWorkbookData()) {
      XMLStreamReader xml = Xml.open(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && "workbookPr".equals(xml.getLocalName())) {
          String value = xml.getAttributeValue(null, "date1904");
          return "1".equals(value) || "true".equalsIgnoreCase(value);
        }
      }
      return false;
    } catch (XMLStreamException e) {
      throw new SourceReadException("the workbook part is not well-formed XML: " + e.getMessage());
    }
  }

  /** The first sheet whose name matches, or the first sheet when no pattern is given. */
  SheetRows sheet(Regex pattern, String fileName) {
    for (Sheet sheet : sheets) {
      if (pattern == null || pattern.matches(sheet.name())) {
        return new SheetRows(sheet.name(), fileName, sheet.part()::getInputStream);
      }
    }
    throw new SourceReadException(
        fileName
            + (sheets.isEmpty()
                ? ": the workbook has no sheets"
                : ": the workbook has no sheet named like '"
                    + pattern
                    + "'; its sheets are "
                    + sheets.stream().map(Sheet::name).toList()));
  }

  /** The shared strings at the given indexes, read in one pass; the others stay unread. */
  Map<Integer, String> strings(BitSet wanted) {
    if (wanted.isEmpty()) {
      return Map.of();
    }
    Map<Integer, String> texts = new HashMap<>();
    try (InputStream in = reader.getSharedStringsData()) {
      XMLStreamReader xml = Xml.open(in);
      int index = -1;
      int last = wanted.length() - 1;
      while (xml.hasNext() && index < last) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
          index++;
          if (wanted.get(index)) {
            texts.put(index, Xml.richText(xml));
          } else {
            Xml.skip(xml);
          }
        }
      }
      return texts;
    } catch (XMLStreamException e) {
      throw new SourceReadException(
          "the shared strings are not well-formed XML: " + e.getMessage());
    } catch (IOException | OpenXML4JException e) {
      throw new SourceReadException("the shared strings cannot be read: " + e.getMessage());
    }
  }

  /** A cell's value as text; null when it has none. */
  String text(SheetRows.Cell cell, Map<Integer, String> strings) {
    String type = cell.type() == null ? "n" : cell.type();
    return switch (type) {
      case "s" -> cell.sharedString().map(strings::get).orElse(null);
      case "inlineStr" -> blankToNull(cell.inline());
      case "b" ->
          cell.value() == null ? null : ("1".equals(cell.value().trim()) ? "TRUE" : "FALSE");
      case "d" ->
          cell.value() == null || cell.value().length() < 10
              ? cell.value()
              : cell.value().substring(0, 10);
      case "n" -> number(cell);
      default -> blankToNull(cell.value());
    };
  }

  private String number(SheetRows.Cell cell) {
    String raw = blankToNull(cell.value());
    if (raw == null) {
      return null;
    }
    try {
      if (isDateStyle(cell.style())) {
        return DateUtil.getLocalDateTime(Double.parseDouble(raw), date1904)
            .toLocalDate()
            .toString();
      }
      return new BigDecimal(raw.trim()).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return raw;
    }
  }

  private boolean isDateStyle(int style) {
    if (styles == null) {
      return false;
    }
    return dateStyles.computeIfAbsent(
        style,
        index -> {
          if (index >= styles.getNumCellStyles()) {
            return false;
          }
          XSSFCellStyle cellStyle = styles.getStyleAt(index);
          return cellStyle != null
              && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        });
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
