package dev.touchstone.verification;

/** How a jurisdiction regulates massage therapists. */
public enum Regime {
  LICENSE,
  REGISTRATION,
  VOLUNTARY_CERTIFICATION,
  NONE
}
