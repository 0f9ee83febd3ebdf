package kz.qyzmet.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import kz.qyzmet.QyzmetIntegrationTest;
import kz.qyzmet.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tasklist's "Start process" lists the standards by number, as it asks for them (two pages of 15). */
@QyzmetIntegrationTest
class StartProcessListTest {

  static final String LIST = "/camunda/api/engine/engine/default/process-definition?latest=true&active=true"
      + "&startableInTasklist=true&startablePermissionCheck=true";

  @LocalServerPort int port;

  @Test
  void theStandardsAreListedByNumberOverBothPages() throws Exception {
    WebappSession operator = WebappSession.login(port, "psc.operator", "demo", "tasklist");
    List<String> names = new ArrayList<>();
    for (int first : new int[] {0, 15}) {
      var response = operator.get(LIST + "&firstResult=" + first + "&maxResults=15");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      for (JsonNode definition : new ObjectMapper().readTree(response.body())) {
        names.add(definition.path("name").asText());
      }
    }
    assertThat(names).hasSize(30);
    for (int i = 0; i < names.size(); i++) {
      assertThat(names.get(i)).startsWith(String.format("S%02d · ", i + 1));
    }
  }

  @Test
  void aSearchByNameKeepsTheOrder_andAnExplicitOrderIsLeftAlone() throws Exception {
    WebappSession operator = WebappSession.login(port, "psc.operator", "demo", "tasklist");
    var search = operator.get(LIST + "&nameLike=%25%D0%B7%D0%B5%D0%B9%D0%BD%D0%B5%D1%82%25&firstResult=0&maxResults=15");
    List<String> found = new ArrayList<>();
    new ObjectMapper().readTree(search.body()).forEach(d -> found.add(d.path("name").asText()));
    assertThat(found).isNotEmpty().isSorted();
    var byKeyDescending = operator.get(LIST + "&sortBy=key&sortOrder=desc&firstResult=0&maxResults=1");
    assertThat(new ObjectMapper().readTree(byKeyDescending.body()).get(0).path("key").asText()).startsWith("s30-");
  }
}
