package vn.backan.congress.programs.api;

import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" is the province's day (UTC+7), not the server's: a solution is overdue by Bắc Kạn's calendar. */
final class ProvinceDay {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ProvinceDay() {
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
