package dev.touchstone.sync;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How long a sync lease lasts unless renewed ({@code touchstone.sync.lease.ttl}): after an instance
 * dies, another may take its sources over once this has passed.
 */
@ConfigurationProperties("touchstone.sync.lease")
record LeaseSettings(@Bindable(defaultValue = "2m") @NotNull Duration ttl) {}
