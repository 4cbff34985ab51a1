package dev.touchstone.source;

import dev.touchstone.registry.SourceCatalog;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every configured source, read from {@code <sources-dir>/*.yml} at start-up with run-time
 * overrides ({@code touchstone.sources.<id>.<field>}) applied. Eager, so that a typo in a
 * definition or an adapter name that matches no adapter fails start-up with the file and field.
 */
@Context
public class SourceDefinitions implements SourceCatalog {
  private final Map<String, SourceDefinition> byId;
  private final Map<String, SourceAdapter> adapters;

  public SourceDefinitions(
      SourceFiles files, Environment environment, Collection<SourceAdapter> adapters) {
    this.adapters = indexAdapters(adapters);
    this.byId = load(Path.of(files.sourcesDir()), environment);
  }

  /** For tests and tools that build definitions without files. */
  public SourceDefinitions(List<SourceDefinition> definitions, Collection<SourceAdapter> adapters) {
    this.adapters = indexAdapters(adapters);
    this.byId = new LinkedHashMap<>();
    definitions.forEach(
        d -> {
          checkAdapter(d.id(), d);
          byId.put(d.id(), d);
        });
  }

  public List<SourceDefinition> all() {
    return List.copyOf(byId.values());
  }

  public Optional<SourceDefinition> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public String lookupUrl(String sourceId) {
    SourceDefinition source = byId.get(sourceId);
    return source == null ? null : source.lookupUrl();
  }

  @Override
  public boolean activeOnly(String sourceId) {
    SourceDefinition source = byId.get(sourceId);
    return source != null && source.activeOnly();
  }

  /**
   * Fails when two sources of one jurisdiction disagree: a number must have one lookup key in its
   * jurisdiction.
   */
  @Override
  public Map<String, Pattern> lookupKeyRules() {
    Map<String, Pattern> rules = new HashMap<>();
    for (SourceDefinition source : byId.values()) {
      Pattern rule = source.license() == null ? null : source.license().lookupKeyPattern();
      if (rule == null) {
        continue;
      }
      Pattern clash = rules.put(source.jurisdiction().toUpperCase(Locale.ROOT), rule);
      if (clash != null && !clash.pattern().equals(rule.pattern())) {
        throw new IllegalStateException(
            "sources of "
                + source.jurisdiction()
                + " declare different license.lookup-key rules ('"
                + clash.pattern()
                + "' and '"
                + rule.pattern()
                + "'): a number must have one lookup key in its jurisdiction");
      }
    }
    return Map.copyOf(rules);
  }

  public SourceAdapter adapterFor(SourceDefinition source) {
    return adapters.get(source.adapter());
  }

  private static Map<String, SourceAdapter> indexAdapters(Collection<SourceAdapter> adapters) {
    Map<String, SourceAdapter> index = new TreeMap<>();
    for (SourceAdapter adapter : adapters) {
      SourceAdapter clash = index.put(adapter.name(), adapter);
      if (clash != null) {
        throw new IllegalStateException(
            "two adapters are named '"
                + adapter.name()
                + "': "
                + clash.getClass().getName()
                + " and "
                + adapter.getClass().getName());
      }
    }
    return index;
  }

  private Map<String, SourceDefinition> load(Path directory, Environment environment) {
    if (!Files.isDirectory(directory)) {
      throw new InvalidSourceDefinitionException(
          "the sources directory "
              + directory.toAbsolutePath()
              + " does not exist; set touchstone.sources-dir to the folder holding <source-id>.yml files");
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files =
          listing.filter(p -> p.getFileName().toString().matches(".+\\.ya?ml")).sorted().toList();
    } catch (IOException e) {
      throw new InvalidSourceDefinitionException(
          "cannot list " + directory + ": " + e.getMessage());
    }
    SourceDefinitionParser parser = new SourceDefinitionParser();
    Map<String, SourceDefinition> loaded = new LinkedHashMap<>();
    for (Path file : files) {
      String id = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      SourceDefinition definition = parser.parse(file, overrides(environment, id));
      checkAdapter(file.toString(), definition);
      loaded.put(definition.id(), definition);
    }
    return loaded;
  }

  private void checkAdapter(String where, SourceDefinition definition) {
    SourceAdapter adapter = adapters.get(definition.adapter());
    if (adapter == null) {
      throw new InvalidSourceDefinitionException(
          where
              + ": field 'adapter': '"
              + definition.adapter()
              + "' is not an adapter this service has; known adapters: "
              + String.join(", ", adapters.keySet()));
    }
    try {
      adapter.check(definition);
    } catch (IllegalArgumentException e) {
      throw new InvalidSourceDefinitionException(where + ": " + e.getMessage());
    }
  }

  /** Properties under {@code touchstone.sources.<id>}, as dotted paths relative to the source. */
  static Map<String, String> overrides(Environment environment, String id) {
    String prefix = "touchstone.sources." + id;
    Map<String, String> flat = new TreeMap<>();
    flatten("", environment.getProperties(prefix), flat);
    return flat.entrySet().stream()
        .collect(
            Collectors.toMap(
                e -> kebab(e.getKey()), Map.Entry::getValue, (a, b) -> b, TreeMap::new));
  }

  private static void flatten(
      String path, Map<String, Object> properties, Map<String, String> into) {
    properties.forEach(
        (key, value) -> {
          String full = path.isEmpty() ? key : path + "." + key;
          if (value instanceof Map<?, ?> nested) {
            @SuppressWarnings("unchecked")
            Map<String, Object> child = (Map<String, Object>) nested;
            flatten(full, child, into);
          } else if (value != null && !(value instanceof Collection<?>)) {
            into.put(full, value.toString());
          }
        });
  }

  private static String kebab(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : path.split("\\.")) {
      parts.add(part.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT));
    }
    return String.join(".", parts);
  }
}
