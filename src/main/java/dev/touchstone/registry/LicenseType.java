package dev.touchstone.registry;

public enum LicenseType {
  MASSAGE_THERAPIST,
  MASSAGE_ESTABLISHMENT,
  MASSAGE_INSTRUCTOR,
  MASSAGE_SCHOOL,
  OTHER
}
