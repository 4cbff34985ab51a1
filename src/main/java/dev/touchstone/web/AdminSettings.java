package dev.touchstone.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The operator's key ({@code touchstone.admin-key}, usually from {@code TOUCHSTONE_ADMIN_KEY});
 * without one, admin endpoints are off.
 */
@ConfigurationProperties("touchstone")
record AdminSettings(@Nullable String adminKey) {}
