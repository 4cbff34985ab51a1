package dev.touchstone.registry;

/**
 * A licensee's name: the source's text, our parts, and whether it is an organization. Parts are
 * null for an organization and for a name we could not split with confidence ({@code ambiguous}).
 */
public record PersonName(
    String raw,
    String full,
    String first,
    String middle,
    String last,
    String suffix,
    boolean organization,
    boolean ambiguous) {

  /** A person's name as the registry keeps its parts (any may be null). */
  public record Parts(String first, String middle, String last) {}

  public static PersonName organization(String name) {
    return new PersonName(name, name, null, null, null, null, true, false);
  }
}
