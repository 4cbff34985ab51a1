package dev.touchstone.source;

/** The part a file plays in a source made of several files. */
public enum FileRole {
  /** The full snapshot of the source's records. */
  MAIN,
  /** Case activities joined to the main file's licenses by number (FL {@code dxe004dd.txt}). */
  COMPLAINTS
}
