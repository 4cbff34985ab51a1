package dev.touchstone.search;

import java.util.List;

/**
 * A person whose name matched: their id, how well the best of their licenses' names matched, that
 * license, and the ids of all their licenses (more than one only when an NPI proves it).
 */
public record PersonHit(
    String practitionerId,
    NameMatch match,
    long bestLicenseId,
    List<Long> licenseIds,
    List<Long> sameNameLicenseIds) {}
