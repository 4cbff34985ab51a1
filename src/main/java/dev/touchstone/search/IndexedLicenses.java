package dev.touchstone.search;

import dev.touchstone.normalize.Folding;
import dev.touchstone.registry.LicenseType;
import dev.touchstone.registry.PractitionerIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * An immutable, compact copy of every person's name on every license: a few primitive arrays per
 * license and one dictionary per name part, so a million licenses fit in tens of megabytes and a
 * name is found without touching the database.
 */
final class IndexedLicenses {
  private final long[] licenseIds;
  private final int[] firstIds;
  private final int[] middleIds;
  private final int[] lastIds;
  private final int[] jurisdictions;
  private final byte[] types;
  private final int[] cityIds;
  private final long[] npis;
  private final String[] firsts;
  private final String[] middles;
  private final String[] lasts;
  private final StoredName[] firstNames;
  private final String[] middleKeys;
  private final LastNames lastNames;

  /** Per last name, its licenses ordered by first name, so one first name's licenses are a run. */
  private final int[][] byLast;

  /** Per last name, the first-name id of each license in {@link #byLast}, in the same order. */
  private final int[][] firstIdsByLast;

  /** Per last name, the middle-name id of each license in {@link #byLast}, in the same order. */
  private final int[][] middleIdsByLast;

  private final Map<String, int[]> middleIdsByKey;
  private final Map<String, Integer> cityIdByName;
  private final Map<Long, int[]> byNpi;

  /** A license found by name, with how well the name matched. */
  record Hit(int entry, NameMatch match) {}

  /** Which licenses a search may return; null means any. */
  record Filter(String jurisdiction, String city, LicenseType type) {}

  IndexedLicenses(IndexBuilder b) {
    int n = b.size;
    licenseIds = Arrays.copyOf(b.licenseIds, n);
    firstIds = Arrays.copyOf(b.firstIds, n);
    middleIds = Arrays.copyOf(b.middleIds, n);
    lastIds = Arrays.copyOf(b.lastIds, n);
    jurisdictions = Arrays.copyOf(b.jurisdictions, n);
    types = Arrays.copyOf(b.types, n);
    cityIds = Arrays.copyOf(b.cityIds, n);
    npis = Arrays.copyOf(b.npis, n);
    firsts = b.firsts.values.toArray(String[]::new);
    middles = b.middles.values.toArray(String[]::new);
    lasts = b.lasts.values.toArray(String[]::new);
    cityIdByName = b.cities.ids;
    firstNames =
        Arrays.stream(firsts)
            .map(first -> StoredName.of(first, null, null))
            .toArray(StoredName[]::new);
    middleKeys =
        Arrays.stream(middles)
            .map(middle -> StoredName.of(null, middle, null).middle())
            .toArray(String[]::new);
    lastNames = new LastNames(lasts);
    byLast = group(n, lastIds, lasts.length);
    firstIdsByLast = new int[byLast.length][];
    middleIdsByLast = new int[byLast.length][];
    for (int last = 0; last < byLast.length; last++) {
      byLast[last] = byFirstName(byLast[last]);
      firstIdsByLast[last] = pick(byLast[last], firstIds);
      middleIdsByLast[last] = pick(byLast[last], middleIds);
    }
    Map<String, List<Integer>> middlesByKey = new HashMap<>();
    for (int middle = 0; middle < middleKeys.length; middle++) {
      middlesByKey.computeIfAbsent(middleKeys[middle], key -> new ArrayList<>()).add(middle);
    }
    middleIdsByKey = new HashMap<>();
    middlesByKey.forEach(
        (key, ids) -> middleIdsByKey.put(key, ids.stream().mapToInt(Integer::intValue).toArray()));
    Map<Long, List<Integer>> linked = new HashMap<>();
    for (int entry = 0; entry < n; entry++) {
      if (npis[entry] != 0) {
        linked.computeIfAbsent(npis[entry], npi -> new ArrayList<>()).add(entry);
      }
    }
    byNpi = new HashMap<>();
    linked.forEach(
        (npi, entries) -> byNpi.put(npi, entries.stream().mapToInt(Integer::intValue).toArray()));
  }

  static int[][] group(int n, int[] keys, int distinct) {
    int[] counts = new int[distinct];
    for (int i = 0; i < n; i++) {
      counts[keys[i]]++;
    }
    int[][] groups = new int[distinct][];
    for (int k = 0; k < distinct; k++) {
      groups[k] = new int[counts[k]];
      counts[k] = 0;
    }
    for (int i = 0; i < n; i++) {
      groups[keys[i]][counts[keys[i]]++] = i;
    }
    return groups;
  }

  /** The entries ordered by first-name id, then by entry. */
  private int[] byFirstName(int[] entries) {
    long[] keyed = new long[entries.length];
    for (int i = 0; i < entries.length; i++) {
      keyed[i] = ((long) firstIds[entries[i]] << 32) | entries[i];
    }
    Arrays.sort(keyed);
    int[] sorted = new int[entries.length];
    for (int i = 0; i < keyed.length; i++) {
      sorted[i] = (int) keyed[i];
    }
    return sorted;
  }

  private static int[] pick(int[] entries, int[] values) {
    int[] picked = new int[entries.length];
    for (int i = 0; i < entries.length; i++) {
      picked[i] = values[entries[i]];
    }
    return picked;
  }

  int size() {
    return licenseIds.length;
  }

  long licenseId(int entry) {
    return licenseIds[entry];
  }

  /** The person a license belongs to: all licenses one individual NPI declares are one person. */
  String practitionerId(int entry) {
    return npis[entry] != 0
        ? PractitionerIds.ofNpi(npis[entry])
        : PractitionerIds.ofLicense(licenseIds[entry]);
  }

  /**
   * The same number for every license of one person: the NPI when one proves it, else one per
   * license.
   */
  long personKey(int entry) {
    return npis[entry] != 0 ? npis[entry] : -licenseIds[entry] - 1;
  }

  String lastKey(int entry) {
    return lastNames.key(lastIds[entry]);
  }

  String firstKey(int entry) {
    return firstNames[firstIds[entry]].firstKey();
  }

  /** Every license of the person who holds this one, this one included. */
  int[] samePerson(int entry) {
    return npis[entry] == 0 ? new int[] {entry} : byNpi.get(npis[entry]);
  }

  int[] licensesOfNpi(long npi) {
    return byNpi.getOrDefault(npi, new int[0]);
  }

  /**
   * Other licenses under the very same first and last name that are not proven to be this person.
   */
  List<Integer> sameNameOthers(int entry, int max) {
    List<Integer> others = new ArrayList<>();
    long person = personKey(entry);
    int last = lastIds[entry];
    int[] entries = byLast[last];
    int[] firstsInGroup = firstIdsByLast[last];
    int first = firstIds[entry];
    for (int i = runStart(firstsInGroup, first);
        i < entries.length && firstsInGroup[i] == first && others.size() < max;
        i++) {
      if (personKey(entries[i]) != person) {
        others.add(entries[i]);
      }
    }
    return others;
  }

  /** Where the run of {@code first} starts in a sorted array (or where it would be). */
  private static int runStart(int[] sorted, int first) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < first) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Every license whose name matches the query in some reading, best reading per license. */
  List<Hit> find(NameQuery query, Filter filter, NameMatcher matcher) {
    IntPredicate accepted = accepts(filter);
    Map<Integer, NameMatch> best = new HashMap<>();
    for (NameQuery.Reading reading : query.readings()) {
      ReadingSearch search = new ReadingSearch(reading, accepted, matcher, best);
      lastNames.candidates(reading.last()).forEach(search::lastName);
    }
    List<Hit> hits = new ArrayList<>(best.size());
    best.forEach((entry, match) -> hits.add(new Hit(entry, match)));
    return hits;
  }

  /**
   * One reading of a query against the licenses of each last name it may mean, keeping the best
   * match per license.
   */
  private final class ReadingSearch {
    private final NameQuery.Reading reading;
    private final String asked;
    private final int[] middlesAsked;
    private final NameMatcher.PartMatch[] firstById = new NameMatcher.PartMatch[firstNames.length];
    private final IntPredicate accepted;
    private final NameMatcher matcher;
    private final Map<Integer, NameMatch> best;

    ReadingSearch(
        NameQuery.Reading reading,
        IntPredicate accepted,
        NameMatcher matcher,
        Map<Integer, NameMatch> best) {
      this.reading = reading;
      this.asked = reading.first();
      this.middlesAsked =
          asked == null ? new int[0] : middleIdsByKey.getOrDefault(asked, new int[0]);
      this.accepted = accepted;
      this.matcher = matcher;
      this.best = best;
    }

    /**
     * The licenses under one last name come in runs of one first name: most runs fail on the first
     * name, which is judged once per run; only a middle name can still save them.
     */
    void lastName(int last, NameMatcher.PartMatch lastMatch) {
      int[] firsts = firstIdsByLast[last];
      int end;
      for (int start = 0; start < firsts.length; start = end) {
        end = start + 1;
        while (end < firsts.length && firsts[end] == firsts[start]) {
          end++;
        }
        NameMatcher.PartMatch first = firstName(firsts[start]);
        if (asked != null && first.score() == 0 && middlesAsked.length == 0) {
          continue;
        }
        for (int k = start; k < end; k++) {
          license(last, k, first, lastMatch);
        }
      }
    }

    private NameMatcher.PartMatch firstName(int id) {
      if (asked == null) {
        return NameMatcher.PartMatch.NONE;
      }
      if (firstById[id] == null) {
        firstById[id] = matcher.firstOnly(asked, firstNames[id]);
      }
      return firstById[id];
    }

    /** The k-th license under the last name, whose run's first name matched as {@code first}. */
    private void license(
        int last, int k, NameMatcher.PartMatch first, NameMatcher.PartMatch lastMatch) {
      int entry = byLast[last][k];
      NameMatcher.PartMatch byFirst = first;
      if (asked != null && first.score() == 0) {
        if (!contains(middlesAsked, middleIdsByLast[last][k])) {
          return;
        }
        byFirst = NameMatcher.viaMiddle(asked, storedName(entry));
      }
      if (!accepted.test(entry)) {
        return;
      }
      NameMatch match = matcher.match(reading, storedName(entry), lastMatch, byFirst);
      if (match.matches()) {
        best.merge(entry, match, (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
  }

  private static boolean contains(int[] ids, int id) {
    for (int candidate : ids) {
      if (candidate == id) {
        return true;
      }
    }
    return false;
  }

  /** The entry's name, folded once when the index was built. */
  StoredName storedName(int entry) {
    StoredName first = firstNames[firstIds[entry]];
    int last = lastIds[entry];
    return new StoredName(
        first.first(),
        first.firstKey(),
        middleIds[entry] < 0 ? null : middleKeys[middleIds[entry]],
        lastNames.key(last),
        lasts[last],
        first.firstDisplay());
  }

  private IntPredicate accepts(Filter filter) {
    int jurisdiction = filter.jurisdiction() == null ? -1 : pack(filter.jurisdiction());
    Integer city =
        filter.city() == null ? null : cityIdByName.getOrDefault(Folding.fold(filter.city()), -2);
    int type = filter.type() == null ? -1 : filter.type().ordinal();
    return entry ->
        (jurisdiction < 0 || jurisdictions[entry] == jurisdiction)
            && (city == null || cityIds[entry] == city)
            && (type < 0 || types[entry] == type);
  }

  static int pack(String jurisdiction) {
    return jurisdiction.length() != 2 ? 0 : (jurisdiction.charAt(0) << 16) | jurisdiction.charAt(1);
  }
}
