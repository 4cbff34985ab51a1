package dev.touchstone.source;

import dev.touchstone.registry.LicenseType;
import java.util.List;

/**
 * Where a row's licensee name is.
 *
 * @param format how the person's name is written
 * @param full the column holding the whole name, for the one-column formats
 * @param organization the column holding a business name
 * @param organizationFor license types whose licensee is the business, not a person (TX
 *     establishments and schools)
 */
public record NameMapping(
    NameFormat format,
    String full,
    String first,
    String middle,
    String last,
    String suffix,
    String organization,
    List<LicenseType> organizationFor) {

  public NameMapping {
    if (format == null) {
      throw new IllegalArgumentException(
          "license.name.format is required (PARTS, LAST_COMMA_FIRST or FIRST_LAST)");
    }
    organizationFor = organizationFor == null ? List.of() : List.copyOf(organizationFor);
    if (format == NameFormat.PARTS && (first == null || last == null)) {
      throw new IllegalArgumentException(
          "license.name.first and license.name.last are required for format PARTS");
    }
    if (format != NameFormat.PARTS && full == null) {
      throw new IllegalArgumentException("license.name.full is required for format " + format);
    }
  }
}
