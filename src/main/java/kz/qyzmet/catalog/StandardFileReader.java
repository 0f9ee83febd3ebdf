package kz.qyzmet.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;

/**
 * Reads one {@code standards/sNN.yaml} file into a {@link Standard} and validates it. Unknown keys
 * are errors, so a misspelt field fails instead of silently vanishing.
 */
public final class StandardFileReader {

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
      .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
      .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

  private final StandardValidator validator = new StandardValidator();

  /**
   * @param fileName the name used in messages, e.g. {@code standards/s02.yaml}
   * @throws CatalogException naming the file and the field when the file cannot be read or is
   *     invalid
   */
  public Standard read(String fileName, InputStream in) {
    Standard standard;
    try {
      standard = yaml.readValue(in, Standard.class);
    } catch (JsonMappingException e) {
      throw new CatalogException(fileName + ": " + path(e) + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new CatalogException(fileName + ": not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CatalogException(fileName + ": cannot be read: " + e.getMessage(), e);
    }
    if (standard == null) {
      throw new CatalogException(fileName + ": the file is empty");
    }
    validator.validate(fileName, standard);
    return standard;
  }

  private static String path(JsonMappingException e) {
    String path = e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining());
    return path.isEmpty() ? "(top level)" : path.substring(path.startsWith(".") ? 1 : 0);
  }
}
