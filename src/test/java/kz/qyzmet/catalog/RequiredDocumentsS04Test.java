package kz.qyzmet.catalog;

import static kz.qyzmet.catalog.RequiredDocumentsTables.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard 4 (state special allowances), p. 9: what the table asks for at each channel. */
class RequiredDocumentsS04Test {

  private static final List<String> BASIC = List.of(
      "application", "identity_document", "residence_registration_proof", "bank_account_details",
      "work_record_book", "work_conditions_certificate", "education_document");

  @Test
  void ztmoAndPscAskForTheBasicPackage() {
    assertThat(codes("s04", "ztmo", "")).isEqualTo(BASIC);
    assertThat(codes("s04", "psc", "")).isEqualTo(BASIC);
  }

  @Test
  void aLiquidatedEmployerIsReplacedByTheArchive() {
    assertThat(codes("s04", "ztmo", "", "employer-liquidated"))
        .doesNotContain("work_conditions_certificate")
        .contains("archive_certificate");
  }

  @Test
  void flagsAddTheirDocuments() {
    assertThat(codes("s04", "psc", "", "military-service", "representative"))
        .endsWith("education_document", "military_id", "power_of_attorney");
    assertThat(codes("s04", "ztmo", "", "has-children")).contains("children_birth_certificates",
        "child_identity_card", "child_death_certificate");
    assertThat(codes("s04", "ztmo", "", "guardian")).endsWith("guardianship_proof");
  }

  @Test
  void thePortalNeedsOnlyTheSignedRequest() {
    assertThat(codes("s04", "portal", "", "military-service")).containsExactly("electronic_request");
  }
}
