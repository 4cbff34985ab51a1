package dev.touchstone.source;

import java.nio.charset.Charset;
import java.util.List;

/**
 * How a delimited file is laid out.
 *
 * @param delimiter one character, e.g. {@code ,} or {@code |}
 * @param quote the quote character, or empty for files where a quote is ordinary data (FL)
 * @param header whether the first line names the columns
 * @param columns the column names, required when there is no header, or when {@code bindByPosition}
 * @param bindByPosition bind values to {@code columns} by position even when a header exists,
 *     because the header's spelling varies between publications (LEIE's last column)
 * @param trailingDelimiter data lines end with the delimiter, which adds one empty field to drop
 * @param encoding the declared charset; {@code UTF-8} falls back to windows-1252 line by line when
 *     the bytes are not valid UTF-8
 */
public record DelimitedFormat(
    String delimiter,
    String quote,
    Boolean header,
    List<String> columns,
    Boolean bindByPosition,
    Boolean trailingDelimiter,
    String encoding,
    List<String> dateFormats) {

  public DelimitedFormat {
    delimiter = delimiter == null ? "," : delimiter;
    quote = quote == null ? "\"" : quote;
    header = header == null || header;
    columns = columns == null ? List.of() : List.copyOf(columns);
    bindByPosition = bindByPosition != null && bindByPosition;
    trailingDelimiter = trailingDelimiter != null && trailingDelimiter;
    encoding = encoding == null ? "UTF-8" : encoding;
    dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
    if (delimiter.length() != 1) {
      throw new IllegalArgumentException(
          "delimited.delimiter must be exactly one character, got '" + delimiter + "'");
    }
    if (quote.length() > 1) {
      throw new IllegalArgumentException(
          "delimited.quote must be one character or empty, got '" + quote + "'");
    }
    if (!Charset.isSupported(encoding)) {
      throw new IllegalArgumentException(
          "delimited.encoding '" + encoding + "' is not a charset this JVM knows");
    }
    if ((!header || bindByPosition) && columns.isEmpty()) {
      throw new IllegalArgumentException(
          "delimited.columns must list the columns when there is no header or when bind-by-position is set");
    }
  }

  public static DelimitedFormat csv() {
    return new DelimitedFormat(null, null, null, null, null, null, null, null);
  }

  public char delimiterChar() {
    return delimiter.charAt(0);
  }

  /** The quote character, or {@code 0} when quoting is off. */
  public char quoteChar() {
    return quote.isEmpty() ? 0 : quote.charAt(0);
  }
}
