package dev.touchstone.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvOrJsonTest {

  @Test
  void csvOnlyWhenItIsAskedForBeforeJson() {
    // A client generated from the OpenAPI document lists every type the operation has.
    assertThat(CsvOrJson.wantsCsv("application/json, text/csv")).isFalse();
    assertThat(CsvOrJson.wantsCsv("text/csv")).isTrue();
    assertThat(CsvOrJson.wantsCsv("text/csv, application/json")).isTrue();
    assertThat(CsvOrJson.wantsCsv("text/csv;q=0.5, application/json")).isFalse();
    assertThat(CsvOrJson.wantsCsv("application/json;q=0.1, text/csv")).isTrue();
  }

  @Test
  void anythingElseIsJson() {
    assertThat(CsvOrJson.wantsCsv(null)).isFalse();
    assertThat(CsvOrJson.wantsCsv("")).isFalse();
    assertThat(CsvOrJson.wantsCsv("*/*")).isFalse();
    assertThat(CsvOrJson.wantsCsv("text/html")).isFalse();
  }
}
