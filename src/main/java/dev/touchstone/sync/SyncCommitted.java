package dev.touchstone.sync;

/** A sync run committed (SUCCEEDED or PARTIAL): what it changed is in the registry now. */
public record SyncCommitted(SyncRun run) {}
