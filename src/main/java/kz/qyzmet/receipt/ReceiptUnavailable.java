package kz.qyzmet.receipt;

/**
 * No receipt can be given for this application, or not to this caller: the HTTP status and the
 * reason in English (for {@code /api/v1}, whose problems are English) and in Kazakh and Russian
 * (for workers in Tasklist).
 */
public class ReceiptUnavailable extends RuntimeException {

  private final int status;
  private final String kk;
  private final String ru;

  public ReceiptUnavailable(int status, String en, String kk, String ru) {
    super(en);
    this.status = status;
    this.kk = kk;
    this.ru = ru;
  }

  public int status() {
    return status;
  }

  /** "Kazakh / Russian", as worker screens show a message. */
  public String kkRu() {
    return kk + " / " + ru;
  }
}
