package kz.qyzmet.calendar;

import java.time.LocalDate;

/**
 * A holiday on its own date. {@code moves} is false for the two religious days (7 January and the
 * first day of Kurban Ait), which stay where they fall even on a weekend.
 */
public record Holiday(LocalDate date, String name, boolean moves, boolean kurbanAit, boolean confirmed, String source) {}
