package dev.touchstone.verification;

public enum Severity {
  INFO,
  WARN,
  FAIL
}
