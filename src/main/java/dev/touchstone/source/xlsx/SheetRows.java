package dev.touchstone.source.xlsx;

import dev.touchstone.source.SourceReadException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One sheet's rows, streamed from its XML part as often as asked. Cells of columns not asked for
 * are skipped unread.
 */
final class SheetRows {
  private final String name;
  private final String fileName;
  private final XlsxAdapter.PartStream part;

  SheetRows(String name, String fileName, XlsxAdapter.PartStream part) {
    this.name = name;
    this.fileName = fileName;
    this.part = part;
  }

  String name() {
    return name;
  }

  /**
   * A cell as stored: its type ({@code s} shared string, {@code inlineStr}, {@code str}, {@code b},
   * {@code e}, {@code d}, or null for a number), style index and raw value.
   */
  record Cell(int column, String type, int style, String value, String inline) {
    Optional<Integer> sharedString() {
      if (!"s".equals(type) || value == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(Integer.parseInt(value.trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }

  /** Receives a row's cells; answers whether to stop reading. */
  @FunctionalInterface
  interface RowHandler {
    boolean row(int ordinal, List<Cell> cells);
  }

  /** Rows from the top, every cell, until the handler says stop. */
  void fromTop(RowHandler handler) {
    scan(0, null, handler);
  }

  /** The shared strings that the wanted columns of the rows below the header point to. */
  BitSet sharedStringsUsed(int headerOrdinal, boolean[] wanted) {
    BitSet used = new BitSet();
    scan(
        headerOrdinal + 1,
        wanted,
        (ordinal, cells) -> {
          cells.forEach(cell -> cell.sharedString().ifPresent(used::set));
          return false;
        });
    return used;
  }

  /** The wanted columns of every row below the header. */
  void rows(int headerOrdinal, boolean[] wanted, java.util.function.Consumer<List<Cell>> rows) {
    scan(
        headerOrdinal + 1,
        wanted,
        (ordinal, cells) -> {
          rows.accept(cells);
          return false;
        });
  }

  private void scan(int fromOrdinal, boolean[] wanted, RowHandler handler) {
    try (InputStream in = part.open()) {
      XMLStreamReader xml = Xml.open(in);
      int ordinal = -1;
      List<Cell> cells = null;
      int nextColumn = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String element = xml.getLocalName();
          if ("row".equals(element)) {
            ordinal++;
            cells = new ArrayList<>();
            nextColumn = 0;
          } else if ("c".equals(element) && cells != null) {
            String ref = xml.getAttributeValue(null, "r");
            int column = ref == null ? nextColumn : column(ref);
            nextColumn = column + 1;
            boolean deliver =
                ordinal >= fromOrdinal
                    && (wanted == null || (column < wanted.length && wanted[column]));
            if (deliver) {
              cells.add(cell(xml, column));
            } else {
              Xml.skip(xml);
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT
            && "row".equals(xml.getLocalName())
            && cells != null) {
          if (ordinal >= fromOrdinal && handler.row(ordinal, cells)) {
            return;
          }
          cells = null;
        }
      }
    } catch (XMLStreamException e) {
      throw new SourceReadException(
          fileName + ": sheet '" + name + "' is not well-formed XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new SourceReadException(
          fileName + ": sheet '" + name + "' could not be read: " + e.getMessage(), e);
    }
  }

  private static Cell cell(XMLStreamReader xml, int column) throws XMLStreamException {
    String type = xml.getAttributeValue(null, "t");
    String style = xml.getAttributeValue(null, "s");
    String value = null;
    String inline = null;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "v" -> value = xml.getElementText();
          case "is" -> inline = Xml.richText(xml);
          default -> Xml.skip(xml);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
    }
    int styleIndex = 0;
    if (style != null) {
      try {
        styleIndex = Integer.parseInt(style);
      } catch (NumberFormatException ignored) {
        // An unreadable style reads as the default one: the value is still read as stored.
      }
    }
    return new Cell(column, type, styleIndex, value, inline);
  }

  /** {@code AB12} → 27: the letters of a cell reference, as a zero-based column. */
  static int column(String ref) {
    int column = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        column = column * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        column = column * 26 + (c - 'a' + 1);
      } else {
        break;
      }
    }
    return column - 1;
  }
}
