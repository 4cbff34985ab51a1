package dev.touchstone.clinic;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Organizations and their API keys. A key is random, shown once when issued, and stored only as its
 * SHA-256: the database never holds a key that works. Revoking is immediate.
 */
@Singleton
public class Organizations {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What V6 gives every organization until it says otherwise. */
  private static final String DEFAULT_ALERT_DAYS = "60,30,7";

  private final OrganizationRepository organizations;
  private final ApiKeyRepository keys;
  private final Clock clock;

  private final LiveKeys liveKeys;

  Organizations(
      OrganizationRepository organizations, ApiKeyRepository keys, Clock clock, LiveKeys liveKeys) {
    this.liveKeys = liveKeys;
    this.organizations = organizations;
    this.keys = keys;
    this.clock = clock;
  }

  public record Organization(UUID id, String name, Instant createdAt) {}

  /** A key as issued: the only time {@code apiKey} is ever seen. */
  public record IssuedKey(UUID keyId, String label, String apiKey) {}

  /** A key as listed: never the key itself. */
  @Serdeable
  public record KeyInfo(
      UUID keyId, String label, String prefix, Instant createdAt, @Nullable Instant revokedAt) {}

  public Organization create(String name) {
    OrganizationRow row =
        organizations.save(
            new OrganizationRow(UUID.randomUUID(), name, clock.instant(), DEFAULT_ALERT_DAYS));
    return new Organization(row.id(), row.name(), row.createdAt());
  }

  public Optional<Organization> find(UUID id) {
    return organizations
        .findById(id)
        .map(row -> new Organization(row.id(), row.name(), row.createdAt()));
  }

  public IssuedKey issueKey(UUID organizationId, String label) {
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    String key = "tsk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ApiKeyRow row =
        keys.save(
            new ApiKeyRow(
                UUID.randomUUID(),
                organizationId,
                label,
                hash(key),
                key.substring(0, 8),
                clock.instant(),
                null));
    liveKeys.reload();
    return new IssuedKey(row.id(), label, key);
  }

  /**
   * Revokes one of the organization's keys; false when it has no such key. A key revoked twice
   * keeps its first time.
   */
  public boolean revokeKey(UUID organizationId, UUID keyId) {
    Optional<ApiKeyRow> key = keys.findByIdAndOrganizationId(keyId, organizationId);
    key.filter(row -> row.revokedAt() == null)
        .ifPresent(row -> keys.update(row.revoked(clock.instant())));
    liveKeys.reload();
    return key.isPresent();
  }

  public List<KeyInfo> keys(UUID organizationId) {
    return keys.findByOrganizationIdOrderByCreatedAt(organizationId).stream()
        .map(
            row ->
                new KeyInfo(row.id(), row.label(), row.prefix(), row.createdAt(), row.revokedAt()))
        .toList();
  }

  /**
   * The days before a watched license expires at which the organization is alerted, largest first.
   */
  public List<Integer> expiryAlertDays(UUID organizationId) {
    return organizations
        .findById(organizationId)
        .map(row -> alertDays(row.expiryAlertDays()))
        .orElse(List.of());
  }

  /** The stored form of alert days ({@code "60,30,7"}), largest first. */
  static List<Integer> alertDays(String text) {
    return Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(d -> !d.isEmpty())
        .map(Integer::valueOf)
        .sorted(Comparator.reverseOrder())
        .toList();
  }

  public void setExpiryAlertDays(UUID organizationId, List<Integer> days) {
    organizations.updateExpiryAlertDays(
        organizationId,
        days.stream()
            .distinct()
            .sorted(Comparator.reverseOrder())
            .map(String::valueOf)
            .collect(Collectors.joining(",")));
  }

  /** The caller a presented key stands for, if it is a live key. */
  public Optional<Caller> authenticate(String presented) {
    if (presented == null || !presented.startsWith("tsk_") || presented.length() > 100) {
      return Optional.empty();
    }
    return keys.findByKeyHashAndRevokedAtIsNull(hash(presented))
        .flatMap(
            key ->
                organizations
                    .findById(key.organizationId())
                    .map(
                        organization ->
                            new Caller(
                                organization.id(), organization.name(), key.id(), key.label())));
  }

  static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
