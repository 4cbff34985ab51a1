package dev.touchstone.page;

/**
 * A page being written: text is escaped on the way in, so nothing a board or a visitor wrote
 * becomes markup.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(8192);

  /** Markup we wrote ourselves. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Text from anywhere else: the registry, a board, the visitor. */
  Html text(Object value) {
    out.append(escape(value == null ? "" : value.toString()));
    return this;
  }

  /** An element with escaped text content: {@code el("h2", "class=\"x\"", text)}. */
  Html el(String tag, String attributes, Object text) {
    out.append('<').append(tag);
    if (attributes != null && !attributes.isEmpty()) {
      out.append(' ').append(attributes);
    }
    out.append('>');
    text(text);
    out.append("</").append(tag).append('>');
    return this;
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** An attribute value, escaped. */
  static String attr(String name, Object value) {
    return name + "=\"" + escape(value == null ? "" : value.toString()) + "\"";
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
