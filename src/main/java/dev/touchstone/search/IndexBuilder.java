package dev.touchstone.search;

import dev.touchstone.normalize.Folding;
import dev.touchstone.registry.LicenseNameRows;
import dev.touchstone.registry.LicenseNameRows.NameRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects license rows into growing arrays, then freezes them into {@link IndexedLicenses}. */
final class IndexBuilder {
  private final Map<String, Long> npiByLicense;
  int size;
  long[] licenseIds = new long[1024];
  int[] firstIds = new int[1024];
  int[] middleIds = new int[1024];
  int[] lastIds = new int[1024];
  int[] jurisdictions = new int[1024];
  byte[] types = new byte[1024];
  int[] cityIds = new int[1024];
  long[] npis = new long[1024];
  final Dictionary firsts = new Dictionary();
  final Dictionary middles = new Dictionary();
  final Dictionary lasts = new Dictionary();
  final Dictionary cities = new Dictionary();

  IndexBuilder(Map<String, Long> npiByLicense) {
    this.npiByLicense = npiByLicense;
  }

  void add(NameRow row) {
    if (row.last() == null
        || row.last().isBlank()
        || row.first() == null
        || row.first().isBlank()) {
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
    middleIds[size] =
        row.middle() == null || row.middle().isBlank() ? -1 : middles.id(row.middle().strip());
    lastIds[size] = lasts.id(row.last().strip());
    jurisdictions[size] = IndexedLicenses.pack(row.jurisdiction());
    types[size] = (byte) row.type().ordinal();
    cityIds[size] = row.city() == null ? -1 : cities.id(Folding.fold(row.city()));
    Long npi = npiByLicense.get(LicenseNameRows.key(row.jurisdiction(), row.lookupKey()));
    npis[size] = npi == null ? 0 : npi;
    size++;
  }

  IndexedLicenses build() {
    return new IndexedLicenses(this);
  }

  /** Distinct strings numbered in order of first appearance. */
  static final class Dictionary {
    final Map<String, Integer> ids = new HashMap<>();
    final List<String> values = new ArrayList<>();

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
