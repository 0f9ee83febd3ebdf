package kz.qyzmet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rights table is written once, in RoleDefinition; the README and docs/security.md show exactly it. */
class RightsTableDocumentedTest {

  @ParameterizedTest(name = "{0} shows the rights table")
  @ValueSource(strings = {"README.md", "docs/security.md"})
  void theDocumentShowsTheTableOfTheCode(String document) throws Exception {
    String table = RoleDefinition.markdown();
    assertThat(Files.readString(Path.of(document)))
        .as("%s must contain the rights table as RoleDefinition.markdown() writes it:%n%s", document, table)
        .contains(table);
  }
}
