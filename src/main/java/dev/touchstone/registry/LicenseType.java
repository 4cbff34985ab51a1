package dev.touchstone.registry;

/**
 * The kinds of massage credential a board issues. Only MASSAGE_THERAPIST allows someone to practice
 * on patients.
 */
public enum LicenseType {
  MASSAGE_THERAPIST,
  MASSAGE_ESTABLISHMENT,
  MASSAGE_INSTRUCTOR,
  MASSAGE_SCHOOL,
  /**
   * A student's permit (TX): practice under supervision as part of training only; never a license
   * to practice.
   */
  STUDENT_PERMIT,
  OTHER
}
