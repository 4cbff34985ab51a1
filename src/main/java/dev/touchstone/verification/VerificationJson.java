package dev.touchstone.verification;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.touchstone.registry.BoundedCache;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.registry.RegistryChanged;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A verification's JSON, byte for byte as the serializer writes it, in a fifth of the time: a
 * license is rendered once per registry state and reused by every verification that cites it,
 * and the rest goes straight to the generator. Writing the answer was the largest cost of a
 * verification that Touchstone's own code had. {@code VerificationJsonTest} holds it to the
 * serializer's bytes.
 */
@Singleton
class VerificationJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Map<String, SerializedString> FIELD_NAMES = new ConcurrentHashMap<>();
  private final JsonMapper mapper;
  // About a kilobyte each; when full it starts over, so at most some 20 MB.
  // Held as UTF-8 bytes, which the generator copies as they are; a String it would re-encode each time.
  private final BoundedCache<Same, SerializedString> licenses = new BoundedCache<>(20_000);
  // When each source was last synced: the same few instants in every answer until the next sync (a pure mapping, never stale).
  private final BoundedCache<Instant, String> syncTimes = new BoundedCache<>(1_000);
  private final InstantText instants = new InstantText();

  VerificationJson(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /** A license view as the registry's cache hands it out: the same object until the registry changes. */
  private static final class Same {
    private final LicenseView view;

    Same(LicenseView view) {
      this.view = view;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Same same && same.view == view;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(view);
    }
  }

  // Keyed by identity, a changed license is never served an old rendering; this only lets go of
  // the views the registry's caches dropped.
  @EventListener
  void onRegistryChanged(RegistryChanged event) {
    licenses.clear();
  }

  byte[] write(Verification verification) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      string(json, "id", verification.id() == null ? null : verification.id().toString());
      name(json, "verdict", verification.verdict());
      string(json, "summary", verification.summary());
      json.writeFieldName(field("reasons"));
      json.writeStartArray();
      for (Reason reason : verification.reasons()) {
        json.writeStartObject();
        name(json, "code", reason.code());
        name(json, "severity", reason.severity());
        string(json, "message", reason.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeFieldName(field("matchedLicenses"));
      json.writeStartArray();
      for (LicenseView license : verification.matchedLicenses()) {
        json.writeRawValue(licenses.get(new Same(license), same -> new SerializedString(rendered(same.view))));
      }
      json.writeEndArray();
      json.writeFieldName(field("exclusions"));
      json.writeStartArray();
      for (Verification.ExclusionMatch match : verification.exclusions()) {
        json.writeRawValue(rendered(match));
      }
      json.writeEndArray();
      json.writeFieldName(field("checklist"));
      json.writeStartArray();
      for (String item : verification.checklist()) {
        json.writeString(item);
      }
      json.writeEndArray();
      json.writeFieldName(field("sources"));
      json.writeStartArray();
      for (Verification.SourceUsed source : verification.sources()) {
        json.writeStartObject();
        string(json, "id", source.id());
        string(json, "name", source.name());
        name(json, "kind", source.kind());
        string(json, "lastSyncedAt", source.lastSyncedAt() == null ? null : syncTimes.get(source.lastSyncedAt(), Instant::toString));
        json.writeFieldName(field("stale"));
        json.writeBoolean(source.stale());
        string(json, "maxAge", source.maxAge());
        string(json, "lookupUrl", source.lookupUrl());
        json.writeEndObject();
      }
      json.writeEndArray();
      instant(json, "checkedAt", verification.checkedAt());
      VerificationRequest request = verification.request();
      json.writeFieldName(field("request"));
      json.writeStartObject();
      string(json, "name", request.name());
      string(json, "state", request.state());
      string(json, "licenseNumber", request.licenseNumber());
      string(json, "npi", request.npi());
      json.writeEndObject();
      Verification.JurisdictionView jurisdiction = verification.jurisdiction();
      json.writeFieldName(field("jurisdiction"));
      json.writeStartObject();
      string(json, "code", jurisdiction.code());
      string(json, "name", jurisdiction.name());
      name(json, "regime", jurisdiction.regime());
      json.writeEndObject();
      string(json, "practitionerId", verification.practitionerId());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private String rendered(Object value) {
    try {
      return new String(mapper.writeValueAsBytes(value), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A field name as UTF-8 bytes, encoded once: the generator otherwise encodes each name char by char in every answer. */
  private static SerializedString field(String name) {
    return FIELD_NAMES.computeIfAbsent(name, SerializedString::new);
  }

  private static void string(JsonGenerator json, String field, String value) throws IOException {
    json.writeFieldName(field(field));
    if (value == null) {
      json.writeNull();
    } else {
      json.writeString(value);
    }
  }

  private static void name(JsonGenerator json, String field, Enum<?> value) throws IOException {
    string(json, field, value == null ? null : value.name());
  }

  private void instant(JsonGenerator json, String field, Instant value) throws IOException {
    string(json, field, value == null ? null : instants.of(value));
  }
}
