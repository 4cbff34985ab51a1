package dev.touchstone.verification;

import dev.touchstone.registry.ExclusionRows;
import dev.touchstone.registry.ExclusionRows.ExclusionEntry;
import dev.touchstone.registry.RegistryChanged;
import dev.touchstone.search.NameMatch;
import dev.touchstone.search.NameMatcher;
import dev.touchstone.search.NameQuery;
import dev.touchstone.search.StoredName;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The exclusion list's individuals in memory (the federal list holds tens of thousands), by NPI and
 * by state and last name, reloaded whenever a sync changes the registry.
 */
@Singleton
class ExclusionIndex {
  private final ExclusionRows rows;
  private final NameMatcher matcher;
  private volatile Entries entries;
  private final AtomicLong changes = new AtomicLong();

  public ExclusionIndex(ExclusionRows rows, NameMatcher matcher) {
    this.rows = rows;
    this.matcher = matcher;
  }

  private record Entries(
      Map<String, List<ExclusionEntry>> byNpi,
      Map<String, List<ExclusionEntry>> byStateAndLastName) {}

  /** Entries whose NPI is this one: a confirmed match, since a valid NPI names one person. */
  public List<ExclusionEntry> byNpi(String npi) {
    return entries().byNpi().getOrDefault(npi, List.of());
  }

  /**
   * Entries in the state under the same last name and the same first name (a nickname or the other
   * name order counts): possible matches only.
   */
  public List<ExclusionEntry> sameNameInState(NameQuery name, String state) {
    List<ExclusionEntry> found = new ArrayList<>();
    for (NameQuery.Reading reading : name.readings()) {
      for (ExclusionEntry entry :
          entries().byStateAndLastName().getOrDefault(state + "|" + reading.last(), List.of())) {
        NameMatch match =
            matcher.match(
                name, StoredName.of(entry.firstName(), entry.middleName(), entry.lastName()));
        if ((match.exact() || match.score() >= 0.9) && !found.contains(entry)) {
          found.add(entry);
        }
      }
    }
    return found;
  }

  @EventListener
  synchronized void onRegistryChanged(RegistryChanged event) {
    changes.incrementAndGet();
    entries = null;
  }

  private Entries entries() {
    Entries loaded = entries;
    if (loaded == null) {
      long before = changes.get();
      Map<String, List<ExclusionEntry>> byNpi = new HashMap<>();
      Map<String, List<ExclusionEntry>> byStateAndLastName = new HashMap<>();
      for (ExclusionEntry entry : rows.individuals()) {
        if (entry.npi() != null) {
          byNpi.computeIfAbsent(entry.npi(), n -> new ArrayList<>()).add(entry);
        }
        if (entry.state() != null) {
          String key =
              entry.state()
                  + "|"
                  + StoredName.of(entry.firstName(), entry.middleName(), entry.lastName()).last();
          byStateAndLastName.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
      }
      loaded = new Entries(byNpi, byStateAndLastName);
      // Read while a sync committed? Use it for this call, but read again next time.
      synchronized (this) {
        if (changes.get() == before) {
          entries = loaded;
        }
      }
    }
    return loaded;
  }
}
