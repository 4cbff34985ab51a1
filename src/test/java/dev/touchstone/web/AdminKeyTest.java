package dev.touchstone.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** security-2026-12 F15: a short, guessable admin key was accepted. */
class AdminKeyTest {
  @Test
  void aShortAdminKeyStopsTheServiceFromStartingWithHowToMakeALongOne() {
    assertThatThrownBy(() -> new AdminKey(new AdminSettings("dev-admin-key")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least 16")
        .hasMessageContaining("/dev/urandom");
  }

  @Test
  void aLongKeyPassesAndAWrongOneIsRefused() {
    AdminKey admin = new AdminKey(new AdminSettings("a-long-random-admin-key-0123"));
    admin.require("a-long-random-admin-key-0123");
    assertThatThrownBy(() -> admin.require("a-long-random-admin-key-0124"))
        .isInstanceOf(ApiProblemException.class);
  }
}
