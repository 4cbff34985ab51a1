package dev.touchstone.verification;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The jurisdictions of {@code config/jurisdictions.yml}, read and checked at start-up. */
@Singleton
public class Jurisdictions {
  private static final Set<String> FIELDS =
      Set.of(
          "name", "regime", "board", "lookup-url", "complaint-url", "what-to-check", "time-zone");
  private final Map<String, Jurisdiction> byCode = new TreeMap<>();

  Jurisdictions(VerificationSettings settings) {
    Path path = Path.of(settings.jurisdictionsFile());
    try {
      JsonNode root =
          new ObjectMapper(new YAMLFactory())
              .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
              .readTree(path.toFile());
      Regime fallback =
          regime(root.path("default-regime").asText("license"), path + ": default-regime");
      JsonNode list = root.path("jurisdictions");
      if (!list.isObject() || list.isEmpty()) {
        throw new IllegalStateException(
            path + ": 'jurisdictions' must map state codes to their rules");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = list.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        String where = path + ": jurisdictions." + entry.getKey();
        JsonNode node = entry.getValue();
        node.fieldNames()
            .forEachRemaining(
                field -> {
                  if (!FIELDS.contains(field)) {
                    throw new IllegalStateException(
                        where
                            + ": field '"
                            + field
                            + "' is not a known field; known here: "
                            + FIELDS);
                  }
                });
        Regime regime =
            node.has("regime") ? regime(node.get("regime").asText(), where + ".regime") : fallback;
        try {
          byCode.put(
              entry.getKey(),
              new Jurisdiction(
                  entry.getKey(),
                  node.path("name").asText(null),
                  regime,
                  node.path("board").asText(null),
                  node.path("lookup-url").asText(null),
                  node.path("complaint-url").asText(null),
                  node.path("what-to-check").asText(null),
                  zone(node.path("time-zone").asText(null))));
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(where + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          path
              + ": cannot be read as YAML: "
              + e.getMessage()
              + "; set touchstone.jurisdictions-file to the jurisdictions file",
          e);
    }
  }

  private static ZoneId zone(String text) {
    if (text == null) {
      return null;
    }
    try {
      return ZoneId.of(text);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a time zone; use an IANA name such as America/Chicago");
    }
  }

  private static Regime regime(String text, String where) {
    try {
      return Regime.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          where
              + ": '"
              + text
              + "' is not one of license, registration, voluntary-certification, none");
    }
  }

  /** By code in any case. */
  public Optional<Jurisdiction> find(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
  }

  /** Every jurisdiction, by name. */
  public java.util.List<Jurisdiction> all() {
    return byCode.values().stream()
        .sorted(java.util.Comparator.comparing(Jurisdiction::name))
        .toList();
  }

  public Jurisdiction get(String code) {
    return find(code)
        .orElseThrow(() -> new IllegalArgumentException("unknown jurisdiction " + code));
  }
}
