package dev.touchstone.verification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain words for the boards' own terms ("AC Filed", "Stipulated Order", the federal exclusion
 * list), from {@code config/glossary.yml} ({@code touchstone.glossary-file}), read once at start-up
 * so the wording can be reviewed without touching code.
 */
@Singleton
public class Glossary {
  /** One term as the text used it, and what it means in plain words. */
  @Serdeable
  public record Term(String term, String meaning) {}

  private record Entry(Pattern words, String meaning) {}

  private final List<Entry> entries = new ArrayList<>();

  Glossary(VerificationSettings settings) {
    Path path = Path.of(settings.glossaryFile());
    try {
      JsonNode terms = new ObjectMapper(new YAMLFactory()).readTree(path.toFile()).path("terms");
      if (!terms.isArray() || terms.isEmpty()) {
        throw new IllegalStateException(path + ": 'terms' must list the terms and their meanings");
      }
      for (JsonNode term : terms) {
        String meaning = term.path("meaning").asText("").strip();
        List<String> words = new ArrayList<>();
        term.path("words").forEach(word -> words.add(word.asText().strip()));
        if (meaning.isEmpty() || words.isEmpty() || words.contains("")) {
          throw new IllegalStateException(
              path + ": each term needs 'words' (a list) and a 'meaning', got " + term);
        }
        // Longest first, so "Final Order Filed" is said whole rather than as "Final Order".
        words.sort((a, b) -> b.length() - a.length());
        entries.add(
            new Entry(
                Pattern.compile(
                    "\\b(?:"
                        + String.join("|", words.stream().map(Pattern::quote).toList())
                        + ")\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                meaning));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path + " could not be read", e);
    }
  }

  /**
   * The terms the texts use, each once, in the order they first appear; each as the first text that
   * used it wrote it.
   */
  public List<Term> in(Collection<String> texts) {
    Map<String, Term> found = new LinkedHashMap<>();
    for (String text : texts.stream().filter(Objects::nonNull).toList()) {
      for (Entry entry : entries) {
        Matcher matcher = entry.words().matcher(text);
        if (matcher.find()) {
          found.putIfAbsent(entry.meaning(), new Term(matcher.group(), entry.meaning()));
        }
      }
    }
    return List.copyOf(found.values());
  }
}
