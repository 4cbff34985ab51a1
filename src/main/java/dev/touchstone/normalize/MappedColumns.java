package dev.touchstone.normalize;

import dev.touchstone.source.AddressMapping;
import dev.touchstone.source.ComplaintMapping;
import dev.touchstone.source.DisciplineMapping;
import dev.touchstone.source.ExclusionMapping;
import dev.touchstone.source.LicenseMapping;
import dev.touchstone.source.NameMapping;
import dev.touchstone.source.StatusRule;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** The columns a mapping reads: a file missing any of them has changed its layout. */
public final class MappedColumns {
  private MappedColumns() {}

  public record Columns(Set<String> mapped, Set<String> key) {}

  public static Columns of(LicenseMapping mapping) {
    Set<String> key = new LinkedHashSet<>(new NumberTemplate(mapping.number()).columns());
    key.add(mapping.type().field());
    NameMapping name = mapping.name();
    Set<String> mapped = new LinkedHashSet<>(key);
    add(
        mapped,
        name.full(),
        name.first(),
        name.middle(),
        name.last(),
        name.suffix(),
        name.organization());
    add(key, name.full() != null ? name.full() : name.last());
    add(mapped, mapping.dates().issuedOn(), mapping.dates().expiresOn());
    mapped.addAll(mapping.dates().validate());
    mapped.addAll(mapping.status().fields());
    for (StatusRule rule : mapping.status().rules()) {
      mapped.addAll(rule.when().keySet());
    }
    DisciplineMapping discipline = mapping.discipline();
    if (discipline != null && discipline.indicator() != null) {
      add(mapped, discipline.indicator().field());
    }
    if (discipline != null && discipline.cases() != null) {
      DisciplineMapping.Cases cases = discipline.cases();
      add(
          mapped,
          cases.caseNumber(),
          cases.action(),
          cases.date(),
          cases.completedDate(),
          cases.reason());
    }
    for (AddressMapping address : mapping.address()) {
      add(mapped, address.city(), address.state(), address.postalCode(), address.cityStateZip());
    }
    if (mapping.detailUrl() != null) {
      if (mapping.detailUrl().contains("{")) {
        mapped.addAll(new NumberTemplate(mapping.detailUrl()).columns());
      } else {
        mapped.add(mapping.detailUrl());
      }
    }
    return new Columns(mapped, key);
  }

  public static Columns of(ComplaintMapping mapping) {
    Set<String> key = new LinkedHashSet<>();
    add(key, mapping.licenseNumber(), mapping.profession(), mapping.activity(), mapping.date());
    Set<String> mapped = new LinkedHashSet<>(key);
    add(mapped, mapping.caseNumber(), mapping.respondent());
    return new Columns(mapped, key);
  }

  public static Columns of(ExclusionMapping mapping) {
    Set<String> key = new LinkedHashSet<>();
    add(key, mapping.type(), mapping.excludedOn(), mapping.lastName(), mapping.businessName());
    Set<String> mapped = new LinkedHashSet<>(key);
    add(
        mapped,
        mapping.firstName(),
        mapping.middleName(),
        mapping.general(),
        mapping.specialty(),
        mapping.npi(),
        mapping.city(),
        mapping.state(),
        mapping.postalCode(),
        mapping.reinstatedOn(),
        mapping.waiverOn(),
        mapping.waiverState());
    return new Columns(mapped, key);
  }

  private static void add(Set<String> into, String... columns) {
    Arrays.stream(columns).filter(Objects::nonNull).forEach(into::add);
  }
}
