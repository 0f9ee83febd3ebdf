package kz.qyzmet.catalog;

/** The lines of the seed text (the decree, 1-based, inclusive) a standard occupies. */
public record SeedLines(int from, int to) {

  public boolean contains(int line) {
    return line >= from && line <= to;
  }
}
