package dev.touchstone.clinic;

import java.util.UUID;

/** Who is calling a clinic endpoint: an organization, through one of its keys. */
public record Caller(UUID organizationId, String organizationName, UUID keyId, String keyLabel) {}
