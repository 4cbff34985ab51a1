package dev.touchstone.clinic;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/**
 * How webhooks are delivered ({@code touchstone.webhooks.*}): how long a receiver may take, the
 * back-off between attempts, how many organizations' deliveries are sent at once, and whether
 * loopback addresses are allowed (for tests and local receivers only).
 */
@ConfigurationProperties("touchstone.webhooks")
record WebhookSettings(
    @Bindable(defaultValue = "false") boolean allowLoopback,
    @Bindable(defaultValue = "10s") @NotNull Duration timeout,
    @Bindable(defaultValue = "30s") @NotNull Duration initialBackoff,
    @Bindable(defaultValue = "1h") @NotNull Duration maxBackoff,
    @Bindable(defaultValue = "8") @Positive int concurrency) {}
