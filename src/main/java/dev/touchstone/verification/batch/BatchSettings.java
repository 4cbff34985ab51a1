package dev.touchstone.verification.batch;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;

/** The most rows one batch verification may hold ({@code touchstone.batch.max-rows}). */
@ConfigurationProperties("touchstone.batch")
record BatchSettings(@Bindable(defaultValue = "10000") @Positive int maxRows) {}
