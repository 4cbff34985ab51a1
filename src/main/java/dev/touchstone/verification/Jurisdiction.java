package dev.touchstone.verification;

/**
 * One US jurisdiction's rules for massage therapists.
 *
 * @param authority who registers or certifies where the state does not license (null otherwise)
 * @param whatToCheck what a person should look for instead of a state license, where there is none
 */
public record Jurisdiction(String code, String name, Regime regime, String authority, String lookupUrl, String whatToCheck) {
  public Jurisdiction {
    if (code == null || !code.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("a jurisdiction code is two capital letters, got '" + code + "'");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(code + ": 'name' is required");
    }
    if (regime != Regime.LICENSE && (whatToCheck == null || whatToCheck.isBlank())) {
      throw new IllegalArgumentException(code + ": 'what-to-check' is required where the state does not license");
    }
  }

  public boolean licenses() {
    return regime == Regime.LICENSE;
  }
}
