package dev.touchstone.sync;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/**
 * When sources sync by default ({@code touchstone.sync.schedule}, a cron in the clock's zone). A
 * source's own {@code touchstone.sync.schedules.<source-id>} is read by {@link SyncSchedule}, as
 * source ids are not known here.
 */
@ConfigurationProperties("touchstone.sync")
record SyncSettings(@Bindable(defaultValue = "0 0 3 * * *") @NotBlank String schedule) {}
