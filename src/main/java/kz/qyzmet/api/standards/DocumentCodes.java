package kz.qyzmet.api.standards;

import java.util.Set;
import kz.qyzmet.catalog.Standard;
import kz.qyzmet.process.RequiredDocuments;
import org.springframework.stereotype.Component;

/**
 * Every document code a standard knows, for any channel, case type, applicant or wording: the codes
 * of its required-documents table (the latest deployed version) and those its amendments added
 * ({@link RequiredDocuments#names}). A code outside this set is not a document of the standard.
 */
@Component
public class DocumentCodes {

  private final RequiredDocuments requiredDocuments;

  public DocumentCodes(RequiredDocuments requiredDocuments) {
    this.requiredDocuments = requiredDocuments;
  }

  public Set<String> of(Standard standard) {
    return requiredDocuments.names(standard.number(), null).keySet();
  }
}
