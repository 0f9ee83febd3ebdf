package kz.qyzmet.calendar;

import java.time.LocalDate;

/**
 * A decreed swap: {@code workingDay} (a day off, usually a Saturday or Sunday) is worked and
 * {@code dayOff} (a working day) is not. The two may lie in different years.
 */
public record Transfer(LocalDate workingDay, LocalDate dayOff, boolean confirmed, String source) {}
