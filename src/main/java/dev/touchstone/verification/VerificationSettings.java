package dev.touchstone.verification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/**
 * Where the jurisdictions' rules ({@code touchstone.jurisdictions-file}) and the aftercare advice
 * ({@code touchstone.aftercare-file}) and the plain words for board terms ({@code
 * touchstone.glossary-file}) are read from, and where the service is reached from outside ({@code
 * touchstone.public-base-url}, e.g. https://check.example.org).
 */
@ConfigurationProperties("touchstone")
record VerificationSettings(
    @Bindable(defaultValue = "config/jurisdictions.yml") @NotBlank String jurisdictionsFile,
    @Bindable(defaultValue = "config/aftercare.yml") @NotBlank String aftercareFile,
    @Bindable(defaultValue = "config/glossary.yml") @NotBlank String glossaryFile,
    @Nullable String publicBaseUrl) {}
