package dev.touchstone.source;

/** How a source writes a person's name. */
public enum NameFormat {
  /** Separate first, middle, last (and maybe suffix) columns; a suffix may end the last name. */
  PARTS,
  /** One column, "LAST, FIRST MIDDLE SUFFIX" (TX owner, FL respondent). */
  LAST_COMMA_FIRST,
  /** One column, "FIRST M LAST SUFFIX" (CT). */
  FIRST_LAST
}
