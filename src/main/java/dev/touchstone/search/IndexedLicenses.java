package dev.touchstone.search;

import dev.touchstone.normalize.Folding;
import dev.touchstone.registry.LicenseNameRows;
import dev.touchstone.registry.LicenseNameRows.NameRow;
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
  private final String[] lastKeys;
  private final byte[] lastLetterCounts;
  private final int[][] lastIdsByLength;
  private final int[][] byLast;
  private final Map<String, int[]> byLastPart;
  private final Map<String, Integer> cityIdByName;
  private final Map<Long, int[]> byNpi;

  /** A license found by name, with how well the name matched. */
  record Hit(int entry, NameMatch match) {}

  /** Which licenses a search may return; null means any. */
  record Filter(String jurisdiction, String city, LicenseType type) {}

  private IndexedLicenses(Builder b) {
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
    firstNames = Arrays.stream(firsts).map(first -> StoredName.of(first, null, null)).toArray(StoredName[]::new);
    middleKeys = Arrays.stream(middles).map(middle -> StoredName.of(null, middle, null).middle()).toArray(String[]::new);
    lastKeys = new String[lasts.length];
    lastLetterCounts = new byte[27 * lasts.length];
    int[] lengths = new int[lasts.length];
    int longest = 0;
    for (int id = 0; id < lasts.length; id++) {
      lastKeys[id] = Folding.fold(lasts[id]).replace(" ", "");
      System.arraycopy(EditDistance.letterCounts(lastKeys[id]), 0, lastLetterCounts, 27 * id, 27);
      lengths[id] = lastKeys[id].length();
      longest = Math.max(longest, lengths[id]);
    }
    lastIdsByLength = group(lasts.length, lengths, longest + 1);
    byLast = group(n, lastIds, lasts.length);
    byLastPart = new HashMap<>();
    Map<String, List<Integer>> parts = new HashMap<>();
    for (int id = 0; id < lasts.length; id++) {
      String[] words = Folding.fold(lasts[id]).split(" ");
      if (words.length > 1) {
        for (String word : words) {
          parts.computeIfAbsent(word, w -> new ArrayList<>()).add(id);
        }
      }
    }
    parts.forEach((word, ids) -> byLastPart.put(word, ids.stream().mapToInt(Integer::intValue).toArray()));
    Map<Long, List<Integer>> linked = new HashMap<>();
    for (int entry = 0; entry < n; entry++) {
      if (npis[entry] != 0) {
        linked.computeIfAbsent(npis[entry], npi -> new ArrayList<>()).add(entry);
      }
    }
    byNpi = new HashMap<>();
    linked.forEach((npi, entries) -> byNpi.put(npi, entries.stream().mapToInt(Integer::intValue).toArray()));
  }

  private static int[][] group(int n, int[] keys, int distinct) {
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

  int size() {
    return licenseIds.length;
  }

  long licenseId(int entry) {
    return licenseIds[entry];
  }

  String jurisdiction(int entry) {
    int packed = jurisdictions[entry];
    return "" + (char) (packed >> 16) + (char) (packed & 0xFFFF);
  }

  LicenseType type(int entry) {
    return LicenseType.values()[types[entry]];
  }

  /** The person a license belongs to: all licenses one individual NPI declares are one person. */
  String practitionerId(int entry) {
    return npis[entry] != 0 ? PractitionerIds.ofNpi(npis[entry]) : PractitionerIds.ofLicense(licenseIds[entry]);
  }

  /** The same number for every license of one person: the NPI when one proves it, else one per license. */
  long personKey(int entry) {
    return npis[entry] != 0 ? npis[entry] : -licenseIds[entry] - 1;
  }

  String lastKey(int entry) {
    return lastKeys[lastIds[entry]];
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

  /** Other licenses under the very same first and last name that are not proven to be this person. */
  List<Integer> sameNameOthers(int entry, int max) {
    List<Integer> others = new ArrayList<>();
    long person = personKey(entry);
    for (int other : byLast[lastIds[entry]]) {
      if (others.size() >= max) {
        break;
      }
      if (firstIds[other] == firstIds[entry] && personKey(other) != person) {
        others.add(other);
      }
    }
    return others;
  }

  /** Every license whose name matches the query in some reading, best reading per license. */
  List<Hit> find(NameQuery query, Filter filter, NameMatcher matcher) {
    IntPredicate accepted = accepts(filter);
    Map<Integer, NameMatch> best = new HashMap<>();
    for (NameQuery.Reading reading : query.readings()) {
      String asked = reading.first();
      NameMatcher.PartMatch[] firstById = new NameMatcher.PartMatch[firstNames.length];
      for (Map.Entry<Integer, NameMatcher.PartMatch> last : lastCandidates(reading.last()).entrySet()) {
        for (int entry : byLast[last.getKey()]) {
          NameMatcher.PartMatch first = NameMatcher.PartMatch.NONE;
          if (asked != null) {
            // Most licenses under a common last name fail on the first name: decide that before anything else.
            int id = firstIds[entry];
            if (firstById[id] == null) {
              firstById[id] = matcher.firstOnly(asked, firstNames[id]);
            }
            first = firstById[id];
            if (first.score() == 0) {
              if (middleIds[entry] < 0 || !asked.equals(middleKeys[middleIds[entry]])) {
                continue;
              }
              first = NameMatcher.viaMiddle(asked, storedName(entry));
            }
          }
          if (!accepted.test(entry)) {
            continue;
          }
          NameMatch match = matcher.match(reading, storedName(entry), last.getValue(), first);
          if (match.matches()) {
            best.merge(entry, match, (a, b) -> a.score() >= b.score() ? a : b);
          }
        }
      }
    }
    List<Hit> hits = new ArrayList<>(best.size());
    best.forEach((entry, match) -> hits.add(new Hit(entry, match)));
    return hits;
  }

  /** The entry's name, folded once when the index was built. */
  StoredName storedName(int entry) {
    StoredName first = firstNames[firstIds[entry]];
    int last = lastIds[entry];
    return new StoredName(first.first(), first.firstKey(), middleIds[entry] < 0 ? null : middleKeys[middleIds[entry]],
        lastKeys[last], lasts[last], first.firstDisplay());
  }

  private Map<Integer, NameMatcher.PartMatch> lastCandidates(String asked) {
    Map<Integer, NameMatcher.PartMatch> candidates = new HashMap<>();
    int typos = EditDistance.allowedTypos(asked.length());
    byte[] counts = EditDistance.letterCounts(asked);
    int from = Math.max(0, asked.length() - typos);
    int to = Math.min(lastIdsByLength.length - 1, asked.length() + typos);
    for (int length = from; length <= to; length++) {
      for (int id : lastIdsByLength[length]) {
        if (EditDistance.mayBeWithin(counts, lastLetterCounts, 27 * id, typos)) {
          NameMatcher.PartMatch match = NameMatcher.wholeLast(asked, lastKeys[id], lasts[id]);
          if (match.score() > 0) {
            candidates.put(id, match);
          }
        }
      }
    }
    for (int id : byLastPart.getOrDefault(asked, new int[0])) {
      candidates.putIfAbsent(id, NameMatcher.lastPart(lasts[id]));
    }
    return candidates;
  }

  private IntPredicate accepts(Filter filter) {
    int jurisdiction = filter.jurisdiction() == null ? -1 : pack(filter.jurisdiction());
    Integer city = filter.city() == null ? null : cityIdByName.getOrDefault(Folding.fold(filter.city()), -2);
    int type = filter.type() == null ? -1 : filter.type().ordinal();
    return entry -> (jurisdiction < 0 || jurisdictions[entry] == jurisdiction) && (city == null || cityIds[entry] == city)
        && (type < 0 || types[entry] == type);
  }

  private static int pack(String jurisdiction) {
    return jurisdiction.length() != 2 ? 0 : (jurisdiction.charAt(0) << 16) | jurisdiction.charAt(1);
  }

  /** Collects rows into growing arrays, then freezes them. */
  static final class Builder {
    private final Map<String, Long> npiByLicense;
    private int size;
    private long[] licenseIds = new long[1024];
    private int[] firstIds = new int[1024];
    private int[] middleIds = new int[1024];
    private int[] lastIds = new int[1024];
    private int[] jurisdictions = new int[1024];
    private byte[] types = new byte[1024];
    private int[] cityIds = new int[1024];
    private long[] npis = new long[1024];
    private final Dictionary firsts = new Dictionary();
    private final Dictionary middles = new Dictionary();
    private final Dictionary lasts = new Dictionary();
    private final Dictionary cities = new Dictionary();

    Builder(Map<String, Long> npiByLicense) {
      this.npiByLicense = npiByLicense;
    }

    void add(NameRow row) {
      if (row.last() == null || row.last().isBlank() || row.first() == null || row.first().isBlank()) {
        return;
      }
      if (size == licenseIds.length) {
        int grown = size * 2;
        licenseIds = Arrays.copyOf(licenseIds, grown);
        firstIds = Arrays.copyOf(firstIds, grown);
        middleIds = Arrays.copyOf(middleIds, grown);
        lastIds = Arrays.copyOf(lastIds, grown);
        jurisdictions = Arrays.copyOf(jurisdictions, grown);
        types = Arrays.copyOf(types, grown);
        cityIds = Arrays.copyOf(cityIds, grown);
        npis = Arrays.copyOf(npis, grown);
      }
      licenseIds[size] = row.id();
      firstIds[size] = firsts.id(row.first().strip());
      middleIds[size] = row.middle() == null || row.middle().isBlank() ? -1 : middles.id(row.middle().strip());
      lastIds[size] = lasts.id(row.last().strip());
      jurisdictions[size] = pack(row.jurisdiction());
      types[size] = (byte) row.type().ordinal();
      cityIds[size] = row.city() == null ? -1 : cities.id(Folding.fold(row.city()));
      Long npi = npiByLicense.get(LicenseNameRows.key(row.jurisdiction(), row.lookupKey()));
      npis[size] = npi == null ? 0 : npi;
      size++;
    }

    IndexedLicenses build() {
      return new IndexedLicenses(this);
    }
  }

  /** Distinct strings numbered in order of first appearance. */
  private static final class Dictionary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int id(String value) {
      Integer id = ids.get(value);
      if (id == null) {
        id = values.size();
        ids.put(value, id);
        values.add(value);
      }
      return id;
    }
  }
}
