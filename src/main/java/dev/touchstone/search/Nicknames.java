package dev.touchstone.search;

import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Given names that are the same name (Robert, Bob, Rob), from the table shipped as data. */
@Singleton
class Nicknames {
  private static final String TABLE = "/search/nicknames.txt";
  private final Map<String, Set<Integer>> groupsByName = new HashMap<>();

  public Nicknames() {
    try (InputStream in = Nicknames.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the nickname table " + TABLE + " is missing from the build");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int group = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        for (String name : trimmed.split("\\s+")) {
          groupsByName.computeIfAbsent(name, n -> new HashSet<>()).add(group);
        }
        group++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether two different folded given names are one name, e.g. BOB and ROBERT. */
  public boolean same(String a, String b) {
    Set<Integer> first = groupsByName.get(a);
    Set<Integer> second = groupsByName.get(b);
    if (first == null || second == null) {
      return false;
    }
    for (Integer group : first) {
      if (second.contains(group)) {
        return true;
      }
    }
    return false;
  }
}
