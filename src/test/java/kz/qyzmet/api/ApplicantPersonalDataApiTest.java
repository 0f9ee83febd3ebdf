package kz.qyzmet.api;

import static kz.qyzmet.api.ApiClient.COMPLETE_PACKAGE;
import static kz.qyzmet.api.ApiClient.application;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Need to know over /api/v1 (docs/security.md): the applicant's whole IIN and name for those who work
 * cases and for the caller who submitted the application; the last four digits and the surname with
 * initials for everyone else who may read it (process owners, other integration clients).
 */
@QyzmetIntegrationTest
class ApplicantPersonalDataApiTest extends ApiTestSupport.JustBeforeNauryz {

  @Autowired IdentityService identityService;

  @ParameterizedTest(name = "{0} reads the applicant {1}")
  @CsvSource({
      "integration.client,  whole",   // submitted it
      "demo,                whole",
      "psc.operator,        whole",
      "ztmo.specialist,     whole",
      "department.head,     whole",
      "psc.head,            whole",
      "quality.inspector,   whole",
      "process.owner,       masked",
      "pd.other.portal,     masked"   // another integration client
  })
  void theApplicantsIinAndName(String reader, String expected) {
    if (reader.equals("pd.other.portal") && identityService.createUserQuery().userId(reader).count() == 0) {
      var user = identityService.newUser(reader);
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(reader, Roles.INTEGRATION_CLIENTS);
    }
    ObjectNode body = application("ztmo", COMPLETE_PACKAGE);
    String iin = body.path("applicant").path("iin").asText();
    String id = api.submit(body).get("id").asText();

    var response = api.get("/api/v1/applications/" + id, reader);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode applicant = ApiClient.read(response.body()).path("applicant");
    if (expected.equals("whole")) {
      assertThat(applicant.path("iin").asText()).isEqualTo(iin);
      assertThat(applicant.path("fullName").asText()).isEqualTo("Сапарова Айгүл Маратқызы");
    } else {
      assertThat(applicant.path("iin").asText()).isEqualTo("********" + iin.substring(8));
      assertThat(applicant.path("fullName").asText()).isEqualTo("Сапарова А. М.");
      assertThat(response.body()).doesNotContain(iin).doesNotContain("Айгүл");
    }
  }
}
