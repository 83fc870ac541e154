package vn.backan.congress.programs.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" is the province's day (UTC+7), not the server's: a solution is overdue by Bắc Kạn's calendar. */
public final class ProvinceDay {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ProvinceDay() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
