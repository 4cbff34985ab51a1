package dev.touchstone.sync;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/**
 * The service's time zone ({@code touchstone.clock.zone}) and, for reproducible runs and demos, a
 * pinned "today" ({@code touchstone.clock.fixed-date}, e.g. 2026-07-01).
 */
@ConfigurationProperties("touchstone.clock")
record ClockSettings(
    @Nullable LocalDate fixedDate,
    @Bindable(defaultValue = "America/New_York") @NotBlank String zone) {}
