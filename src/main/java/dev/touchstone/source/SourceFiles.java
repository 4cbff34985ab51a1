package dev.touchstone.source;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/**
 * Where the source definitions, one YAML file per board, are read from ({@code
 * touchstone.sources-dir}).
 */
@ConfigurationProperties("touchstone")
record SourceFiles(@Bindable(defaultValue = "config/sources") @NotBlank String sourcesDir) {}
