package dev.touchstone.source;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/** Outbound HTTP settings, shared by every source ({@code touchstone.http.*}). */
@ConfigurationProperties("touchstone.http")
record HttpSettings(
    @Nullable Duration connectTimeout,
    @Nullable Duration readTimeout,
    @Nullable Integer maxAttempts,
    @Nullable Duration initialBackoff,
    @Nullable Duration maxBackoff,
    @Nullable String userAgent,
    @Nullable Duration minRequestInterval) {

  public HttpSettings {
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(60) : readTimeout;
    maxAttempts = maxAttempts == null || maxAttempts <= 0 ? 4 : maxAttempts;
    initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
    maxBackoff = maxBackoff == null ? Duration.ofSeconds(60) : maxBackoff;
    minRequestInterval = minRequestInterval == null ? Duration.ofMillis(250) : minRequestInterval;
    userAgent =
        userAgent == null || userAgent.isBlank()
            ? "Touchstone/0.1 (massage license verification)"
            : userAgent;
  }
}
