package dev.touchstone.search;

import dev.touchstone.registry.LicenseType;
import dev.touchstone.registry.PractitionerIds;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds people by name in the name index, best match first, one entry per person. */
@Singleton
public class PractitionerFinder {
  private static final int SAME_NAME_SHOWN = 5;
  private final NameIndex index;
  private final NameMatcher matcher;

  public PractitionerFinder(NameIndex index, NameMatcher matcher) {
    this.index = index;
    this.matcher = matcher;
  }

  /** Filters for a search; null means any. */
  public record Criteria(String jurisdiction, String city, LicenseType licenseType) {
    public static Criteria any() {
      return new Criteria(null, null, null);
    }
  }

  public List<PersonHit> find(NameQuery query, Criteria criteria) {
    IndexedLicenses licenses = index.current();
    List<IndexedLicenses.Hit> hits = licenses.find(query,
        new IndexedLicenses.Filter(criteria.jurisdiction(), criteria.city(), criteria.licenseType()), matcher);
    Map<String, IndexedLicenses.Hit> best = new HashMap<>();
    for (IndexedLicenses.Hit hit : hits) {
      best.merge(licenses.practitionerId(hit.entry()), hit, (a, b) -> a.match().score() >= b.match().score() ? a : b);
    }
    List<Map.Entry<String, IndexedLicenses.Hit>> people = new ArrayList<>(best.entrySet());
    people.sort(Comparator.<Map.Entry<String, IndexedLicenses.Hit>>comparingDouble(e -> -e.getValue().match().score())
        .thenComparing(e -> licenses.storedName(e.getValue().entry()).last())
        .thenComparing(e -> licenses.storedName(e.getValue().entry()).first())
        .thenComparing(Map.Entry::getKey));
    List<PersonHit> found = new ArrayList<>(people.size());
    for (Map.Entry<String, IndexedLicenses.Hit> person : people) {
      int entry = person.getValue().entry();
      found.add(new PersonHit(person.getKey(), person.getValue().match(), licenses.licenseId(entry),
          ids(licenses, licenses.samePerson(entry)),
          ids(licenses, licenses.sameNameOthers(entry, SAME_NAME_SHOWN).stream().mapToInt(Integer::intValue).toArray())));
    }
    return found;
  }

  /** The licenses of one person by practitioner id; empty when the id names nobody known to the index. */
  public List<Long> licensesOf(String practitionerId) {
    Long npi = PractitionerIds.npi(practitionerId);
    if (npi == null) {
      return List.of(PractitionerIds.licenseId(practitionerId));
    }
    IndexedLicenses licenses = index.current();
    return ids(licenses, licenses.licensesOfNpi(npi));
  }

  private static List<Long> ids(IndexedLicenses licenses, int[] entries) {
    List<Long> ids = new ArrayList<>(entries.length);
    for (int entry : entries) {
      ids.add(licenses.licenseId(entry));
    }
    return ids;
  }
}
