package vn.backan.congress.commons.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" is the province's day (Asia/Ho_Chi_Minh, UTC+7), never the server's: a solution is
 * overdue, a default year is chosen and a cached read is keyed by Bắc Kạn's calendar. The one
 * place every application takes it from.
 */
public final class ProvinceDay {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ProvinceDay() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** Today by {@code clock}'s instant (tests move the clock), in the province. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
