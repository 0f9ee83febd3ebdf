package kz.qyzmet.catalog;

/** A standards file that cannot be read or breaks a rule; the message names file and field. */
public class CatalogException extends IllegalStateException {

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
