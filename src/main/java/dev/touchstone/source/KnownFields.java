package dev.touchstone.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a definition's YAML against the records it binds to, before binding, so a misspelled field
 * is reported as such (with its path and the fields allowed there) rather than as whatever the
 * record's own validation trips over first.
 */
final class KnownFields {
  private KnownFields() {}

  static void check(JsonNode node, Class<?> type, String path) {
    if (!node.isObject() || !type.isRecord()) {
      return;
    }
    Map<String, RecordComponent> components =
        Arrays.stream(type.getRecordComponents())
            .collect(Collectors.toMap(c -> kebab(c.getName()), c -> c));
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      RecordComponent component = components.get(field.getKey());
      if (component == null) {
        throw new IllegalArgumentException(
            "field '"
                + fieldPath
                + "' is not a known field; known here: "
                + components.keySet().stream().sorted().collect(Collectors.joining(", ")));
      }
      checkValue(field.getValue(), component.getGenericType(), fieldPath);
    }
  }

  private static void checkValue(JsonNode value, Type type, String path) {
    if (type instanceof Class<?> plain) {
      check(value, plain, path);
    } else if (type instanceof ParameterizedType generic
        && generic.getRawType() == List.class
        && value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        checkValue(value.get(i), generic.getActualTypeArguments()[0], path + "[" + i + "]");
      }
    } else if (type instanceof ParameterizedType generic
        && generic.getRawType() == Map.class
        && value.isObject()) {
      value
          .fields()
          .forEachRemaining(
              e ->
                  checkValue(
                      e.getValue(), generic.getActualTypeArguments()[1], path + "." + e.getKey()));
    }
  }

  private static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
