package kz.qyzmet.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;

/**
 * Reads one {@code standards/amendments/sNN-YYYY-MM-DD.yaml} file into an {@link Amendment}. Unknown
 * keys are errors; the amendment is checked against the standard when the catalog puts it in force.
 */
final class AmendmentFileReader {

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
      .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
      .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

  Amendment read(String fileName, InputStream in) {
    Amendment amendment;
    try {
      amendment = yaml.readValue(in, Amendment.class);
    } catch (JsonMappingException e) {
      String path = e.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining());
      throw new CatalogException(fileName + ": " + (path.isEmpty() ? "(top level)" : path.substring(1)) + ": "
          + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new CatalogException(fileName + ": not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CatalogException(fileName + ": cannot be read: " + e.getMessage(), e);
    }
    if (amendment == null) {
      throw new CatalogException(fileName + ": the file is empty");
    }
    return amendment;
  }
}
