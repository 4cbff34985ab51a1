package dev.touchstone.probe;

import dev.touchstone.normalize.Outcome;
import dev.touchstone.registry.ActionKind;
import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.NormalizedLicense;
import dev.touchstone.source.DisciplineMapping;
import dev.touchstone.source.LicenseMapping;
import dev.touchstone.source.RawRecord;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a probe saw, row by row, and the report an operator reads: columns, the type, status and
 * action words and what they map to, dates that fail, license-number shapes, and what would load.
 * It holds column names, words and counts, never a row: values of private columns are not read.
 */
final class ProbeReport {
  /** Column names that hold what we never store or show of a person (FORMATS.md section 1). */
  private static final Pattern PRIVATE =
      Pattern.compile(
          "(?i).*(birth|\\bdob\\b|phone|telephone|fax|e-?mail|area-code|extension|street|address(es)?[._ -]?(line)?[0-9]?|addr(ess)?[ _-]?[0-9]).*");

  private static final int EXAMPLES = 3;

  private final Set<String> header = new LinkedHashSet<>();
  private final Set<String> seenInJson = new LinkedHashSet<>();
  private final Map<String, Integer> mappedPresent = new TreeMap<>();
  private final ProbeTally types = new ProbeTally();
  private final ProbeTally statuses = new ProbeTally();
  private final ProbeTally actions = new ProbeTally();
  private final Map<String, Integer> shapes = new TreeMap<>();
  private final Map<String, Integer> filtered = new TreeMap<>();
  private final Map<String, Integer> quarantined = new TreeMap<>();
  private final Map<String, List<String>> dateExamples = new TreeMap<>();
  private final List<String> warnings = new ArrayList<>();
  private final Set<String> mapped;
  private final LicenseMapping mapping;
  private int rows;
  private int loaded;

  /**
   * @param mapping the license mapping, or null for a source of exclusions or NPI registrations
   */
  ProbeReport(Set<String> mapped, LicenseMapping mapping) {
    this.mapped = mapped;
    this.mapping = mapping;
    mapped.forEach(column -> mappedPresent.put(column, 0));
  }

  void header(List<String> names) {
    names.forEach(name -> header.add(name.strip()));
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  /** One row and what normalizing it gave. */
  void row(RawRecord record, Outcome<?> outcome) {
    rows++;
    record.values().keySet().forEach(seenInJson::add);
    for (String column : mapped) {
      if (record.get(column) != null) {
        mappedPresent.merge(column, 1, Integer::sum);
      }
    }
    if (mapping != null && record.problem() == null) {
      String typeText = record.get(mapping.type().field());
      boolean ruled =
          typeText != null
              && mapping.type().rules().stream().anyMatch(rule -> rule.matches(typeText));
      // Other professions are filtered as they should be; a type that says "massage" and matches no
      // rule may be a
      // massage license the definition misses.
      boolean suspicious =
          !ruled && typeText != null && typeText.toLowerCase(Locale.ROOT).contains("massage");
      types.add(
          typeText,
          mapping
              .type()
              .classify(typeText)
              .map(Enum::name)
              .orElse("filtered (not a massage license)"),
          !suspicious);
    }
    if (outcome instanceof Outcome.Loaded<?> value) {
      loaded++;
      if (value.value() instanceof NormalizedLicense license) {
        license(license, record);
      }
    } else if (outcome instanceof Outcome.Filtered<?> value) {
      filtered.merge(value.what(), 1, Integer::sum);
    } else if (outcome instanceof Outcome.Quarantined<?> value) {
      quarantined.merge(value.reason().code(), 1, Integer::sum);
      if (value.reason().code().contains("date")) {
        List<String> examples =
            dateExamples.computeIfAbsent(value.reason().code(), k -> new ArrayList<>());
        if (examples.size() < EXAMPLES) {
          examples.add("row " + value.row() + ": " + value.detail());
        }
      }
    }
  }

  private void license(NormalizedLicense license, RawRecord record) {
    shapes.merge(shape(license.licenseNumber()), 1, Integer::sum);
    if (!mapping.status().deriveFromExpiry()) {
      statuses.add(
          license.sourceStatus(),
          license.status().name(),
          license.status() != LicenseStatus.UNKNOWN);
    }
    DisciplineMapping discipline = mapping.discipline();
    if (discipline != null && discipline.indicator() != null) {
      DisciplineMapping.Indicator indicator = discipline.indicator();
      String word = record.get(indicator.field());
      String upper = word == null ? null : word.toUpperCase(Locale.ROOT);
      String mapsTo =
          upper == null
              ? "the board does not say"
              : indicator.yes().contains(upper)
                  ? "discipline on record"
                  : indicator.no().contains(upper)
                      ? "no discipline"
                      : indicator.pending().contains(upper)
                          ? "allegation (pending action)"
                          : "the board does not say";
      actions.add(
          word,
          mapsTo,
          upper == null
              || indicator.yes().contains(upper)
              || indicator.no().contains(upper)
              || indicator.pending().contains(upper));
    } else if (discipline != null && discipline.cases() != null) {
      String action = record.get(discipline.cases().action());
      if (record.get(discipline.cases().presence()) != null) {
        actions.add(
            action,
            discipline.cases().isAllegation(action)
                ? ActionKind.COMPLAINT.name() + " (allegation)"
                : ActionKind.DISCIPLINE.name(),
            true);
      }
    }
  }

  /** Letters as A, digits as 9, anything else as itself: MA60218734 → AA99999999. */
  static String shape(String number) {
    StringBuilder shape = new StringBuilder(number.length());
    for (char c : number.toCharArray()) {
      shape.append(Character.isLetter(c) ? 'A' : Character.isDigit(c) ? '9' : c);
    }
    return shape.toString();
  }

  /** True when nothing the definition maps is missing. */
  boolean print(PrintStream out) {
    boolean missing = false;
    out.println();
    out.println("Columns");
    Set<String> found = header.isEmpty() ? seenInJson : header;
    Set<String> foundKeys = new LinkedHashSet<>();
    found.forEach(name -> foundKeys.add(dev.touchstone.source.Columns.key(name)));
    for (Map.Entry<String, Integer> column : mappedPresent.entrySet()) {
      boolean present = foundKeys.contains(dev.touchstone.source.Columns.key(column.getKey()));
      String state =
          present
              ? "found, a value in " + column.getValue() + " of " + rows + " rows"
              : header.isEmpty()
                  ? "not seen in any row (JSON leaves empty fields out; check the dataset's columns)"
                  : "MISSING";
      if (!present && !header.isEmpty()) {
        missing = true;
      }
      out.printf("  mapped  %-40s %s%n", column.getKey(), state);
    }
    List<String> unread = new ArrayList<>();
    int privateColumns = 0;
    for (String name : found) {
      if (mapped.stream()
          .anyMatch(
              m ->
                  dev.touchstone.source.Columns.key(m)
                      .equals(dev.touchstone.source.Columns.key(name)))) {
        continue;
      }
      if (PRIVATE.matcher(name).matches()) {
        privateColumns++;
      } else {
        unread.add(name);
      }
    }
    out.println("  not read: " + (unread.isEmpty() ? "none" : String.join(", ", unread)));
    if (privateColumns > 0) {
      out.println(
          "  plus "
              + privateColumns
              + " private column(s) (birth dates, phones, e-mail, street addresses): never read, not listed");
    }
    section(out, "License types (" + (mapping == null ? "" : mapping.type().field()) + ")", types);
    section(
        out,
        "Status words"
            + (mapping == null ? "" : " (" + String.join(" / ", mapping.status().fields()) + ")"),
        statuses);
    section(out, "Discipline words", actions);
    if (mapping != null && mapping.status().deriveFromExpiry()) {
      out.println();
      out.println("Status words: none; this source's status comes from the expiry date");
    }
    if (!shapes.isEmpty()) {
      out.println();
      out.println("License-number shapes (A letter, 9 digit)");
      shapes.entrySet().stream()
          .sorted((a, b) -> b.getValue() - a.getValue())
          .limit(20)
          .forEach(e -> out.printf("%8d  %s%n", e.getValue(), e.getKey()));
    }
    out.println();
    out.println("Rows");
    out.printf("%8d  read%n%8d  would load%n", rows, loaded);
    filtered.forEach((what, count) -> out.printf("%8d  filtered: %s%n", count, what));
    quarantined.forEach((reason, count) -> out.printf("%8d  quarantined: %s%n", count, reason));
    if (!dateExamples.isEmpty()) {
      out.println();
      out.println("Dates that fail the declared formats (examples)");
      dateExamples.forEach(
          (reason, examples) ->
              examples.forEach(example -> out.println("  " + reason + " " + example)));
    }
    if (!warnings.isEmpty()) {
      out.println();
      out.println("Warnings");
      warnings.forEach(w -> out.println("  " + w));
    }
    int unknown = types.unmapped() + statuses.unmapped() + actions.unmapped();
    out.println();
    out.println(
        missing
            ? "NOT READY: mapped columns are missing from the file"
            : unknown > 0
                ? "READABLE, with "
                    + unknown
                    + " value(s) the definition does not map (marked NOT MAPPED above)"
                : "READY: every column, word and date the definition needs is as it expects");
    return !missing;
  }

  private static void section(PrintStream out, String title, ProbeTally tally) {
    if (tally.isEmpty()) {
      return;
    }
    out.println();
    out.println(
        title
            + (tally.unmapped() > 0 ? ": " + tally.unmapped() + " not mapped, listed first" : ""));
    tally.lines().forEach(out::println);
  }
}
