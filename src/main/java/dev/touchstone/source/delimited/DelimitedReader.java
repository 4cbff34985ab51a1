package dev.touchstone.source.delimited;

import dev.touchstone.source.DelimitedFormat;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a delimited byte stream into records of raw field values, one record at a time. Accepts LF
 * and CRLF, RFC 4180 quoting (a quoted field may span lines) or none, and decodes each line in the
 * declared charset; for UTF-8, a line that is not valid UTF-8 is read as windows-1252, which is
 * what such files turn out to be.
 */
final class DelimitedReader implements Closeable {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder strictUtf8;
  private final char delimiter;
  private final char quote;
  private final byte[] buffer = new byte[1 << 16];
  private int bufferPosition;
  private int bufferLimit;
  private byte[] line = new byte[512];
  private int lineLength;
  private int lineNumber;
  private boolean lastLineTerminated = true;
  private boolean first = true;
  private boolean[] wanted;

  DelimitedReader(InputStream in, DelimitedFormat format) {
    this.in = in;
    this.charset = Charset.forName(format.encoding());
    this.strictUtf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.delimiter = format.delimiterChar();
    this.quote = format.quoteChar();
  }

  /**
   * From now on, only the fields at these positions are materialized; the others come back as null
   * (and still count). Unmapped columns, phones and birth years among them, are never read into
   * strings at all.
   */
  void keepOnly(boolean[] wanted) {
    this.wanted = wanted;
  }

  private boolean wanted(int index) {
    return wanted == null || (index < wanted.length && wanted[index]);
  }

  /** The physical line the last record ended on. */
  int lineNumber() {
    return lineNumber;
  }

  /** Whether the last line read ended with a line break (a file cut off mid-line does not). */
  boolean lastLineTerminated() {
    return lastLineTerminated;
  }

  /**
   * The next record's fields, untrimmed, or null at the end of the stream.
   *
   * @throws TruncatedRecordException when the stream ends inside a quoted field
   */
  List<String> next() throws IOException {
    String text = readLine();
    if (text == null) {
      return null;
    }
    List<String> fields = new ArrayList<>(24);
    if (quote == 0) {
      splitUnquoted(text, fields);
      return fields;
    }
    int i = 0;
    while (true) {
      if (i < text.length() && text.charAt(i) == quote) {
        int close = text.indexOf(quote, i + 1);
        int after = close + 1;
        if (close > 0 && (after == text.length() || text.charAt(after) == delimiter)) {
          fields.add(wanted(fields.size()) ? text.substring(i + 1, close) : null);
          if (after == text.length()) {
            return fields;
          }
          i = after + 1;
          continue;
        }
        return slowSplit(text, i, fields);
      }
      int end = text.indexOf(delimiter, i);
      if (end < 0) {
        fields.add(wanted(fields.size()) ? text.substring(i) : null);
        return fields;
      }
      fields.add(wanted(fields.size()) ? text.substring(i, end) : null);
      i = end + 1;
    }
  }

  /**
   * RFC 4180 the long way, from {@code start}: doubled quotes, quotes mid-field, fields spanning
   * lines.
   */
  private List<String> slowSplit(String text, int start, List<String> fields) throws IOException {
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = start;
    while (true) {
      if (i == text.length()) {
        if (!quoted) {
          fields.add(field.toString());
          return fields;
        }
        String more = readLine();
        if (more == null) {
          throw new TruncatedRecordException(lineNumber);
        }
        field.append('\n');
        text = more;
        i = 0;
        continue;
      }
      char c = text.charAt(i++);
      if (quoted) {
        if (c == quote) {
          if (i < text.length() && text.charAt(i) == quote) {
            field.append(quote);
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == quote && field.length() == 0) {
        quoted = true;
      } else {
        field.append(c);
      }
    }
  }

  private void splitUnquoted(String text, List<String> fields) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == delimiter) {
        fields.add(wanted(fields.size()) ? text.substring(start, i) : null);
        start = i + 1;
      }
    }
    fields.add(wanted(fields.size()) ? text.substring(start) : null);
  }

  private String readLine() throws IOException {
    lineLength = 0;
    boolean any = false;
    boolean terminated = false;
    while (!terminated) {
      if (bufferPosition == bufferLimit) {
        bufferLimit = in.read(buffer, 0, buffer.length);
        bufferPosition = 0;
        if (bufferLimit <= 0) {
          bufferLimit = 0;
          break;
        }
      }
      any = true;
      int end = bufferPosition;
      while (end < bufferLimit && buffer[end] != '\n') {
        end++;
      }
      int chunk = end - bufferPosition;
      if (lineLength + chunk > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + chunk));
      }
      System.arraycopy(buffer, bufferPosition, line, lineLength, chunk);
      lineLength += chunk;
      if (end < bufferLimit) {
        terminated = true;
        end++;
      }
      bufferPosition = end;
    }
    if (!any) {
      return null;
    }
    lastLineTerminated = terminated;
    lineNumber++;
    int length = lineLength;
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    int offset = 0;
    if (first) {
      first = false;
      if (length >= 3
          && (line[0] & 0xff) == 0xEF
          && (line[1] & 0xff) == 0xBB
          && (line[2] & 0xff) == 0xBF) {
        offset = 3;
      }
    }
    return decode(offset, length - offset);
  }

  private String decode(int offset, int length) {
    if (charset != StandardCharsets.UTF_8) {
      return new String(line, offset, length, charset);
    }
    boolean ascii = true;
    for (int i = offset; i < offset + length; i++) {
      if (line[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(line, offset, length, StandardCharsets.ISO_8859_1);
    }
    try {
      return strictUtf8.decode(ByteBuffer.wrap(line, offset, length)).toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(line, offset, length, WINDOWS_1252);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /** The stream ended inside a quoted field: the download was cut off. */
  static final class TruncatedRecordException extends IOException {
    TruncatedRecordException(int line) {
      super("the file ends inside a quoted field that starts before line " + line);
    }
  }
}
