package kz.qyzmet.casefile;

import java.util.Optional;

/**
 * Where the bytes of the case files are kept, under a key the case file chooses. The default,
 * {@link DatabaseCaseFileStorage}, keeps them in the database, in the transaction that records the
 * file, so that a failed upload keeps nothing. Another store (an S3-compatible object store, say)
 * implements this as a bean of its own, chosen by {@code qyzmet.case-file.storage} (e.g. {@code s3};
 * {@code database} is the default): it writes before the row commits, and must remove what it
 * wrote when the transaction rolls back ({@code TransactionSynchronization#afterCompletion}), or
 * sweep keys no row names; the SHA-256 kept in the row is checked on every read whatever the store.
 */
public interface CaseFileStorage {

  void put(String key, byte[] content);

  /** The bytes under the key; empty when the store has none. */
  Optional<byte[]> get(String key);
}
