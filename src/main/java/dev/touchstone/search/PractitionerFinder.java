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
  private static final int SAME_NAME_SHOWN = 3;
  private final NameIndex index;
  private final NameMatcher matcher;

  public PractitionerFinder(NameIndex index, NameMatcher matcher) {
    this.index = index;
    this.matcher = matcher;
  }

  /** Filters for a search; null means any. */
  public record Criteria(String jurisdiction, String city, LicenseType licenseType) {}

  /** The people found, best first; details are built only for the ones a caller looks at. */
  public static final class Results {
    private final IndexedLicenses licenses;
    private final List<IndexedLicenses.Hit> people;

    private Results(IndexedLicenses licenses, List<IndexedLicenses.Hit> people) {
      this.licenses = licenses;
      this.people = people;
    }

    public int total() {
      return people.size();
    }

    public NameMatch match(int i) {
      return people.get(i).match();
    }

    public PersonHit person(int i) {
      int entry = people.get(i).entry();
      return new PersonHit(
          licenses.practitionerId(entry),
          people.get(i).match(),
          licenses.licenseId(entry),
          ids(licenses, licenses.samePerson(entry)),
          ids(
              licenses,
              licenses.sameNameOthers(entry, SAME_NAME_SHOWN).stream()
                  .mapToInt(Integer::intValue)
                  .toArray()));
    }

    /** People {@code from} (inclusive) to {@code to} (exclusive), clipped to what there is. */
    public List<PersonHit> people(int from, int to) {
      List<PersonHit> page = new ArrayList<>();
      for (int i = Math.max(0, from); i < Math.min(to, people.size()); i++) {
        page.add(person(i));
      }
      return page;
    }
  }

  private record Ranked(IndexedLicenses.Hit hit, String last, String first, long license) {}

  public Results find(NameQuery query, Criteria criteria) {
    IndexedLicenses licenses = index.current();
    List<IndexedLicenses.Hit> hits =
        licenses.find(
            query,
            new IndexedLicenses.Filter(
                criteria.jurisdiction(), criteria.city(), criteria.licenseType()),
            matcher);
    Map<Long, IndexedLicenses.Hit> best = new HashMap<>();
    for (IndexedLicenses.Hit hit : hits) {
      best.merge(
          licenses.personKey(hit.entry()),
          hit,
          (a, b) -> a.match().score() >= b.match().score() ? a : b);
    }
    List<Ranked> ranked = new ArrayList<>(best.size());
    for (IndexedLicenses.Hit hit : best.values()) {
      ranked.add(
          new Ranked(
              hit,
              licenses.lastKey(hit.entry()),
              licenses.firstKey(hit.entry()),
              licenses.licenseId(hit.entry())));
    }
    ranked.sort(
        Comparator.comparingDouble((Ranked r) -> -r.hit().match().score())
            .thenComparing(Ranked::last)
            .thenComparing(Ranked::first)
            .thenComparingLong(Ranked::license));
    return new Results(licenses, ranked.stream().map(Ranked::hit).toList());
  }

  /**
   * The licenses of one person by practitioner id; empty when the id names nobody known to the
   * index.
   */
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
