package dev.touchstone.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestJsonTest {

  private static RequestJson.Fields parse(String body) throws RequestJson.NotAnObjectException {
    return RequestJson.parse(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theFourFieldsAreReadByNameInAnyOrderAndUnknownOnesAreIgnored() throws Exception {
    RequestJson.Fields fields =
        parse(
            "{\"npi\": \"1234567893\", \"extra\": [1, {\"a\": 2}], \"state\": \"wa\", "
                + "\"name\": \"Zoë O'Brien-Núñez \\\"Zo\\\"\", \"licenseNumber\": null}");
    assertThat(fields.problem()).isNull();
    assertThat(fields.request())
        .isEqualTo(new VerificationRequest("Zoë O'Brien-Núñez \"Zo\"", "wa", null, "1234567893"));
  }

  @Test
  void numbersAndBooleansAreTakenAsTheirText() throws Exception {
    assertThat(
            parse(
                    "{\"name\": \"Jane Doe\", \"state\": \"WA\", \"licenseNumber\": 60218734, \"npi\": true}")
                .request())
        .isEqualTo(new VerificationRequest("Jane Doe", "WA", "60218734", "true"));
  }

  @Test
  void anObjectOrAListWhereTextBelongsIsThatFieldsProblem() throws Exception {
    RequestJson.Fields fields = parse("{\"name\": {\"first\": \"Jane\"}, \"state\": [\"WA\"]}");
    assertThat(fields.problem())
        .isEqualTo(new InvalidField("name", "must be a string, not an object or a list"));
  }

  @Test
  void anEmptyBodyIsNoRequestAtAll() throws Exception {
    assertThat(RequestJson.parse(new byte[0])).isNull();
    assertThat(RequestJson.parse(null)).isNull();
    assertThat(parse("  \n ")).isNull();
  }

  @Test
  void anythingButOneObjectSaysWhatToSend() {
    assertThatThrownBy(() -> parse("{\"name\": "))
        .isInstanceOf(RequestJson.NotAnObjectException.class)
        .hasMessageStartingWith("the body is not valid JSON");
    assertThatThrownBy(() -> parse("{\"name\": \"Jane\",}"))
        .hasMessageStartingWith("the body is not valid JSON");
    assertThatThrownBy(() -> parse("[]"))
        .hasMessageContaining("not a list")
        .hasMessageContaining("/api/v1/verifications/batch");
    assertThatThrownBy(() -> parse("42")).hasMessageContaining("not a number");
    assertThatThrownBy(() -> parse("null")).hasMessageContaining("not null");
    assertThatThrownBy(() -> parse("{\"name\": \"Jane Doe\"} {}"))
        .hasMessageContaining("more after it");
    assertThatThrownBy(() -> parse("{\"name\": \"Jane Doe\"} x"))
        .hasMessageStartingWith("the body is not valid JSON");
  }
}
