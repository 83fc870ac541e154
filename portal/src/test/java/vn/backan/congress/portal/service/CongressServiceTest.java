package vn.backan.congress.portal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.BadRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.portal.client.ElectionsApi;
import vn.backan.congress.portal.domain.Lang;
import vn.backan.congress.portal.service.CongressService.Body;
import vn.backan.congress.portal.service.CongressService.Congress;
import vn.backan.congress.portal.service.CongressService.Facts;
import vn.backan.congress.portal.service.CongressService.Leader;
import vn.backan.congress.portal.service.CongressService.Member;

/** The congress page from fixtures/elections: its facts, its bodies' members on a day, and the posts' holders. */
class CongressServiceTest {

    private final Upstream elections = new Upstream("elections");
    private final CongressService service = new CongressService(elections.client(ElectionsApi.class));

    @Test
    void theCongressItsBodiesAndItsPostsInVietnamese() {
        Congress page = service.of("2020-10-28", Lang.VI);

        assertEquals(new Facts("Đại hội đại biểu Đảng bộ tỉnh Bắc Kạn lần thứ XII", "2020-10-26 – 2020-10-28",
                "Trung tâm Hội nghị tỉnh", 300, 56, 244, "Đoàn kết – Dân chủ – Kỷ cương – Đổi mới – Phát triển",
                List.of(new Leader("Bí thư Tỉnh ủy", "Nguyễn Văn Mười"))), page.facts().content());
        assertEquals(List.of(new Body("BCH", "Ban Chấp hành Đảng bộ tỉnh", "51", List.of(
                new Member("Nguyễn Văn Mười", "Bí thư"), new Member("Hà Thị Lan", "Ủy viên"))),
                new Body("UBKT", "Ủy ban Kiểm tra Tỉnh ủy", "", List.of())), page.bodies().content());
        assertEquals(List.of(new Leader("Bí thư Tỉnh ủy", "Nguyễn Văn Mười"), new Leader("Phó Bí thư Tỉnh ủy",
                "Lý Văn Bình"), new Leader("Phó Bí thư Tỉnh ủy", "Đinh Thị Hoa")), page.posts().content());
        assertEquals("2020-10-28", page.onDate());
    }

    @Test
    void inEnglish() {
        Congress page = service.of("2020-10-28", Lang.EN);

        assertEquals("Provincial Conference Centre", page.facts().content().venue());
        assertEquals("Provincial Party Secretary", page.facts().content().leaders().get(0).post());
        assertEquals(new Member("Hà Thị Lan", "Member"), page.bodies().content().get(0).members().get(1));
        assertEquals("Deputy Secretary", page.posts().content().get(2).post());
    }

    @Test
    void electionsServiceDownCostsEverySection() {
        elections.down();

        Congress page = service.of("2020-10-28", Lang.VI);

        for (Section<?> section : List.of(page.facts(), page.bodies(), page.posts())) {
            assertEquals("elections-service", section.unavailableService());
        }
    }

    @Test
    void oneBodysMembersRefusedCostsTheBodiesNotTheFacts() {
        elections.refusing("bodies-UBKT-members", 404);

        Congress page = service.of("2020-10-28", Lang.VI);

        assertFalse(page.bodies().available());
        assertEquals(300, page.facts().content().summoned());
        assertEquals(3, page.posts().content().size());
    }

    @Test
    void aRefusedDayIsABadRequest() {
        elections.refusing("posts", 400);

        assertThrows(BadRequestException.class, () -> service.of("2030-01-01", Lang.VI));
    }
}
