package kz.qyzmet.catalog;

/** The catalog as the application loads it, read once for all tests. */
final class TestCatalog {

  static final StandardsCatalog CATALOG =
      new StandardsCatalog(StandardsCatalog.loadClasspath(StandardsCatalog.LOCATION));

  private TestCatalog() {}

  static Standard standard(int number) {
    return CATALOG.require(number);
  }
}
