package dev.touchstone.support;

import java.util.List;
import java.util.Map;

/** The reasons of a verification as the API answered it (a JSON object read as a map). */
public final class Reasons {
  private Reasons() {}

  /** The reason codes, in order. */
  @SuppressWarnings("unchecked")
  public static List<String> codes(Map<String, Object> verification) {
    return ((List<Map<String, Object>>) verification.get("reasons"))
        .stream().map(r -> (String) r.get("code")).toList();
  }

  /** The message of the first reason with the code; fails the test when there is none. */
  @SuppressWarnings("unchecked")
  public static String message(Map<String, Object> verification, String code) {
    return ((List<Map<String, Object>>) verification.get("reasons"))
        .stream()
            .filter(r -> code.equals(r.get("code")))
            .map(r -> (String) r.get("message"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no reason " + code + " in " + verification));
  }
}
