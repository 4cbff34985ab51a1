package dev.touchstone.source;

import java.util.List;

/**
 * How a board's row becomes a license.
 *
 * @param number the license number as the board displays it, a template over columns such as {@code
 *     "{licensetype}.{licensenumber}"}
 * @param address candidate address column sets, first with a city or postal code wins (FL prefers
 *     the practice address)
 * @param detailUrl a column holding the board's page for this license, or a template over columns
 * @param mergeRows rows repeat once per disciplinary case (CO): merge them into one license
 * @param lookupKey a regular expression over the number's key (its letters and digits, upper case)
 *     whose first group is the part people know the license by, when the board shows more (WA's
 *     HELMS {@code LMT.MA.60218734} is printed on older licenses as {@code MA60218734}); lookups of
 *     either form find the license
 */
public record LicenseMapping(
    String number,
    TypeMapping type,
    NameMapping name,
    DateMapping dates,
    StatusMapping status,
    DisciplineMapping discipline,
    List<AddressMapping> address,
    String detailUrl,
    Boolean mergeRows,
    Regex lookupKey) {

  public LicenseMapping {
    if (number == null || !number.contains("{")) {
      throw new IllegalArgumentException(
          "license.number must be a template naming at least one column, e.g. \"{credentialnumber}\"");
    }
    if (type == null) {
      throw new IllegalArgumentException("license.type is required");
    }
    if (name == null) {
      throw new IllegalArgumentException("license.name is required");
    }
    if (status == null) {
      throw new IllegalArgumentException("license.status is required");
    }
    dates = dates == null ? new DateMapping(null, null, null) : dates;
    address = address == null ? List.of() : List.copyOf(address);
    mergeRows = mergeRows != null && mergeRows;
    if (mergeRows
        && (discipline == null
            || discipline.cases() == null
            || discipline.cases().caseNumber() == null)) {
      // A license's rows are one per case: without the case number a lost column would merge
      // every row with an action into cases nobody can tell apart.
      throw new IllegalArgumentException(
          "license.merge-rows needs license.discipline.cases.case-number");
    }
    if (lookupKey != null && lookupKey.pattern().matcher("").groupCount() < 1) {
      throw new IllegalArgumentException(
          "license.lookup-key must capture the part people know the license by in a group, "
              + "e.g. \"^[A-Z]*?([A-Z]{2}[0-9]+)$\"");
    }
  }

  /** The compiled {@link #lookupKey} rule, or null. */
  public java.util.regex.Pattern lookupKeyPattern() {
    return lookupKey == null ? null : lookupKey.pattern();
  }
}
