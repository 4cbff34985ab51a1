package dev.touchstone.verification;

/** A field of a request that cannot be used, and how to fix it. */
public record InvalidField(String field, String message) {}
