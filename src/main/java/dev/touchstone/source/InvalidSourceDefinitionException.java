package dev.touchstone.source;

/** A source definition that cannot be used; the message names the file and the field. */
class InvalidSourceDefinitionException extends RuntimeException {
  public InvalidSourceDefinitionException(String message) {
    super(message);
  }
}
