package dev.touchstone.verification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/** Where the jurisdictions' rules are read from ({@code touchstone.jurisdictions-file}). */
@ConfigurationProperties("touchstone")
record VerificationSettings(
    @Bindable(defaultValue = "config/jurisdictions.yml") @NotBlank String jurisdictionsFile) {}
