package kz.qyzmet.process;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Variables of an application as the spine hands them to a shared block. */
final class BlockTestSupport {

  private BlockTestSupport() {}

  /** A standard 2 application taken at {@code channel}, submitted at the engine clock's now. */
  static Map<String, Object> application(String channel, java.util.Date submittedAt) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicationId", "TEST-" + UUID.randomUUID());
    variables.put("standardNumber", 2);
    variables.put("standardCode", "s02");
    variables.put("channel", channel);
    variables.put("caseType", "");
    variables.put("applicantFlags", "");
    variables.put("applicantName", "Омаров Данияр");
    variables.put("applicantIin", "900101300123");
    variables.put("submittedAt", submittedAt);
    return variables;
  }

  static String businessKey(Map<String, Object> variables) {
    return (String) variables.get("applicationId");
  }
}
