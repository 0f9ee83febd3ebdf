package kz.qyzmet.casefile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code qyzmet.case-file.*}: how large a file may be, and the whole case file of one application.
 * Spring's multipart limits ({@code spring.servlet.multipart.*}, application.yaml) are set from the
 * first, so that the servlet container stops reading a body far too large before it is held.
 */
@ConfigurationProperties(prefix = "qyzmet.case-file")
public record CaseFileLimits(DataSize maxFileSize, DataSize maxApplicationSize, Integer maxFilesPerApplication) {

  public CaseFileLimits {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(10) : maxFileSize;
    maxApplicationSize = maxApplicationSize == null ? DataSize.ofMegabytes(100) : maxApplicationSize;
    maxFilesPerApplication = maxFilesPerApplication == null ? 100 : maxFilesPerApplication;
  }
}
