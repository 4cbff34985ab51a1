package dev.touchstone.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads one {@code <id>.yml}, applies run-time overrides, and binds it to a {@link
 * SourceDefinition}.
 */
public final class SourceDefinitionParser {
  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  /**
   * @param overrides dotted property paths relative to the source (e.g. {@code
   *     files.licensure.url}) whose values replace the file's
   */
  public SourceDefinition parse(Path file, Map<String, String> overrides) {
    String where = file.toString();
    try {
      JsonNode tree = yaml.readTree(file.toFile());
      if (!(tree instanceof ObjectNode root)) {
        throw new InvalidSourceDefinitionException(
            where + ": expected a mapping of fields at the top level");
      }
      overrides.forEach((path, value) -> set(root, path, value));
      try {
        KnownFields.check(root, SourceDefinition.class, "");
      } catch (IllegalArgumentException unknown) {
        throw new InvalidSourceDefinitionException(where + ": " + unknown.getMessage());
      }
      SourceDefinition definition = yaml.treeToValue(root, SourceDefinition.class);
      String expectedId = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
      if (!definition.id().equals(expectedId)) {
        throw new InvalidSourceDefinitionException(
            where
                + ": field 'id' is '"
                + definition.id()
                + "' but the file is named for '"
                + expectedId
                + "'");
      }
      return definition;
    } catch (JsonMappingException e) {
      throw new InvalidSourceDefinitionException(where + ": " + describe(e));
    } catch (JacksonException e) {
      throw new InvalidSourceDefinitionException(
          where + ": not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidSourceDefinitionException(where + ": cannot be read: " + e.getMessage());
    }
  }

  private static void set(ObjectNode root, String dottedPath, String value) {
    String[] parts = dottedPath.split("\\.");
    ObjectNode node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = node.get(parts[i]);
      node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
    }
    node.set(parts[parts.length - 1], TextNode.valueOf(value));
  }

  private static String describe(JsonMappingException e) {
    String field =
        e.getPath().stream()
            .map(
                ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    String location =
        e.getLocation() == null || e.getLocation().getLineNr() < 0
            ? ""
            : " (line " + e.getLocation().getLineNr() + ")";
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "field '"
          + field
          + "' is not a known field"
          + location
          + "; known here: "
          + unknown.getKnownPropertyIds().stream()
              .map(Object::toString)
              .sorted()
              .collect(Collectors.joining(", "));
    }
    Throwable cause =
        e instanceof ValueInstantiationException && e.getCause() != null ? e.getCause() : null;
    String message = cause != null ? cause.getMessage() : e.getOriginalMessage();
    return (field.isEmpty() ? "" : "field '" + field + "': ") + message + location;
  }
}
