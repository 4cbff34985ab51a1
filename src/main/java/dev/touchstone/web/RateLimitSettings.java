package dev.touchstone.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * How many requests a minute, and how many at once, a client may send ({@code
 * touchstone.rate-limit.*}): the public are counted per address, clinics per API key that
 * authenticates; failed key attempts per address, more strictly. Forwarded addresses are believed
 * only from {@code trusted-proxies}.
 */
@ConfigurationProperties("touchstone.rate-limit")
record RateLimitSettings(
    @Bindable(defaultValue = "3000") @Positive int publicPerMinute,
    @Bindable(defaultValue = "1000") @Positive int publicBurst,
    @Bindable(defaultValue = "6000") @Positive int clinicPerMinute,
    @Bindable(defaultValue = "2000") @Positive int clinicBurst,
    @Bindable(defaultValue = "30") @Positive int failedKeysPerMinute,
    @Bindable(defaultValue = "10") @Positive int failedKeysBurst,
    @Bindable(defaultValue = "1000") @Positive int batchRowsPerMinute,
    @Bindable(defaultValue = "20000") @Positive int batchRowsBurst,
    @Nullable List<String> trustedProxies) {}
