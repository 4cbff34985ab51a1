package dev.touchstone.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The aftercare advice of {@code config/aftercare.yml} ({@code touchstone.aftercare-file}), read
 * once at start-up: kept in one file so a clinician can check the words, and the same on every page
 * and in every verification.
 */
@Singleton
public class Aftercare {
  private final String before;
  private final String during;
  private final String normal;
  private final String seeADoctor;
  private final String emergency;

  Aftercare(VerificationSettings settings) {
    Path path = Path.of(settings.aftercareFile());
    try {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(path.toFile());
      this.before = text(root, "before", path);
      this.during = text(root, "during", path);
      this.normal = text(root, "normal", path);
      this.seeADoctor = text(root, "see-a-doctor", path);
      this.emergency = text(root, "emergency", path);
    } catch (IOException e) {
      throw new UncheckedIOException(path + " could not be read", e);
    }
  }

  private static String text(JsonNode root, String field, Path path) {
    String text = root.path(field).asText("").strip();
    if (text.isEmpty()) {
      throw new IllegalStateException(path + ": '" + field + "' is missing or empty");
    }
    return text;
  }

  /** Every piece of advice, in the order a patient needs it: before, during, after. */
  public List<String> all() {
    return List.of(before, during, normal, seeADoctor, emergency);
  }

  /** The signs that need emergency care now: shown first and set apart on every page. */
  public String emergency() {
    return emergency;
  }
}
