package dev.touchstone.page;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Where the service is reached from outside ({@code touchstone.public-base-url}, e.g.
 * https://check.example.org), for the full address and QR code a printed check carries; without it,
 * the address the browser asked for is used.
 */
@ConfigurationProperties("touchstone")
record PageSettings(@Nullable String publicBaseUrl) {}
