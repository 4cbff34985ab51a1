package dev.touchstone.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.registry.LicenseStatus;
import dev.touchstone.registry.LicenseView;
import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The stored answer, written by hand for speed, is byte for byte what the serializer writes, for every kind of verdict. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerificationJsonTest implements TestPropertyProvider {
  private final BoardServer boards = SampleBoards.start();

  @Inject SyncService sync;
  @Inject Verifier verifier;
  @Inject VerificationJson written;
  @Inject JsonMapper serializer;

  @Override
  public Map<String, String> getProperties() {
    SampleBoards.serveNpiRegistryForFloridaAndWashington(boards);
    return SampleBoards.properties(boards);
  }

  @BeforeAll
  void syncSources() {
    List.of("us-wa-doh", "us-fl-mqa", "us-co-dora", "us-npi-nppes", "us-oig-leie").forEach(sync::run);
  }

  @AfterAll
  void stopBoards() {
    boards.close();
  }

  private static final List<VerificationRequest> ASKED = List.of(
      new VerificationRequest("Marguerite Ostrowski", "WA", "MA60218734", null),
      new VerificationRequest("Maggie Ostrowski", "WA", "MA60218734", null),
      new VerificationRequest("Jane Doe", "WA", "MA60218734", null),
      new VerificationRequest("Marguerite Ostrowski", "WA", null, null),
      new VerificationRequest("Ruben Castellanos", "WA", "MA60122870", null),
      new VerificationRequest("Darius Whitcombe", "WA", null, "1765432103"),
      new VerificationRequest("Darius Whitcombe", "WA", null, null),
      new VerificationRequest("Corinne Whitaker", "WA", null, null),
      new VerificationRequest("Corinne Whitaker", "FL", "MA72915", null),
      new VerificationRequest("Zebulon Quackenbush", "FL", null, null),
      new VerificationRequest("Janice Prescott", "TX", "MT142207", null),
      new VerificationRequest("Amara Kestrel", "TX", null, "1369402585"),
      new VerificationRequest("Jane Doe", "CO", null, null),
      new VerificationRequest("Jane Doe", "CA", null, null),
      new VerificationRequest("Jane Doe", "KS", null, null),
      new VerificationRequest("Jane Doe", "NY", null, null),
      new VerificationRequest("José \"Pepe\" Núñez\\Ørsted", "WA", "MA 6021-8734", null));

  @Test
  void everyKindOfVerificationIsWrittenExactlyAsTheSerializerWritesIt() throws IOException {
    List<Verification> issued = new ArrayList<>();
    for (VerificationRequest asked : ASKED) {
      Verification verification = verifier.verify(asked.tidy());
      assertThat(new String(written.write(verification), StandardCharsets.UTF_8)).as(asked.toString())
          .isEqualTo(new String(serializer.writeValueAsBytes(verification), StandardCharsets.UTF_8));
      issued.add(verification);
    }
    assertThat(issued).extracting(Verification::verdict).contains(Verdict.VERIFIED, Verdict.CAUTION, Verdict.NOT_VERIFIED);
    assertThat(issued).anyMatch(v -> !v.exclusions().isEmpty());
    assertThat(issued).anyMatch(v -> v.matchedLicenses().stream().anyMatch(l -> !l.disciplinaryActions().isEmpty()));
    assertThat(issued).anyMatch(v -> v.matchedLicenses().isEmpty());
  }

  @Test
  void aLicenseThatChangedIsNeverWrittenFromAnEarlierRendering() throws IOException {
    Verification before = verifier.verify(ASKED.get(0).tidy());
    LicenseView license = before.matchedLicenses().get(0);
    assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
    written.write(before);

    // The same license as a later sync would hand it out: the same number, revoked since.
    LicenseView revoked = new LicenseView(license.jurisdiction(), license.licenseNumber(), license.licenseType(),
        license.sourceLicenseType(), LicenseStatus.REVOKED, "Revoked", license.name(), license.issuedOn(), license.expiresOn(),
        license.city(), license.state(), license.postalCode(), license.disciplinaryActions(), license.disciplineOnRecord(),
        license.flags(), license.published(), license.firstSeenAt(), license.lastSeenAt(), license.lastChangedAt(),
        license.detailUrl(), license.source(), license.practitionerId(), license.npis(), license.history());
    Verification after = new Verification(before.id(), before.verdict(), before.summary(), before.reasons(), List.of(revoked),
        before.exclusions(), before.checklist(), before.sources(), before.checkedAt(), before.request(), before.jurisdiction(),
        before.practitionerId());

    assertThat(new String(written.write(after), StandardCharsets.UTF_8))
        .isEqualTo(new String(serializer.writeValueAsBytes(after), StandardCharsets.UTF_8))
        .contains("\"status\":\"REVOKED\"");
  }
}
