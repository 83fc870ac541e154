package vn.backan.congress.portal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BadRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.portal.client.ProgramsApi;
import vn.backan.congress.portal.domain.Lang;
import vn.backan.congress.portal.service.PlanService.Counts;
import vn.backan.congress.portal.service.PlanService.Plan;
import vn.backan.congress.portal.service.PlanService.Program;
import vn.backan.congress.portal.service.PlanService.SolutionLine;
import vn.backan.congress.portal.service.PlanService.StatusCount;
import vn.backan.congress.portal.service.PlanService.Step;

/** The plan page from fixtures/programs: solutions and updates each come in two pages. */
class PlanServiceTest {

    private final Upstream programs = new Upstream("programs");
    private final PlanService service = new PlanService(programs.client(ProgramsApi.class));

    @Test
    void everySolutionOfEveryPageWithItsTimeline() {
        Plan page = service.of(Lang.VI);

        assertEquals(List.of(new Program("CT1", "Chương trình phát triển nông nghiệp hàng hóa",
                "Phát triển nông, lâm nghiệp theo hướng hàng hóa."),
                new Program("CT2", "Chương trình phát triển du lịch",
                "Phát triển du lịch thành ngành kinh tế quan trọng.")), page.programs().content());
        assertEquals(new Counts("Năm nhiệm vụ và hai mươi bảy giải pháp", 5, 5, 27, 3, List.of(
                new StatusCount("Đang thực hiện", 1), new StatusCount("Chậm", 1), new StatusCount("Hoàn thành", 1)), 1),
                page.counts().content());

        List<SolutionLine> solutions = page.solutions().content();
        assertEquals(List.of(1, 2, 3), solutions.stream().map(SolutionLine::number).toList(),
                "the second page's solution is there");
        assertEquals(List.of(new Step("2024-06-30", "061", "Đang thực hiện", 40, "Đã trồng 120 ha rừng gỗ lớn"),
                new Step("2024-12-31", "061", "Đang thực hiện", 60, "Thêm 80 ha")), solutions.get(0).timeline(),
                "updates from both pages, in order");
        SolutionLine late = solutions.get(1);
        assertEquals(new SolutionLine(2, "Cải cách hành chính", "Chậm", 10, "2023-12-31", true, List.of()), late);
        assertEquals(List.of(new Step("2024-12-31", "062", "Hoàn thành", 100, "")), solutions.get(2).timeline());
        assertEquals(List.of("programs", "plan", "updates-1", "updates-2", "solutions-1", "solutions-2"),
                programs.reads, "every page of both lists, each once");
    }

    @Test
    void inEnglishWithVietnameseWhereThereIsNoEnglish() {
        Plan page = service.of(Lang.EN);

        assertEquals("Phát triển du lịch thành ngành kinh tế quan trọng.", page.programs().content().get(1).text());
        assertEquals("Tourism", page.programs().content().get(1).title());
        assertEquals("Five tasks and twenty-seven solutions", page.counts().content().source());
        assertEquals("Delayed", page.counts().content().byStatus().get(1).label());
        assertEquals("Xây dựng hồ Ba Bể thành khu du lịch quốc gia", page.solutions().content().get(2).title());
        assertEquals("120 ha of large-timber forest planted", page.solutions().content().get(0).timeline().get(0)
                .narrative());
        assertEquals("Thêm 80 ha", page.solutions().content().get(0).timeline().get(1).narrative());
    }

    @Test
    void programsServiceDownCostsEverySection() {
        programs.down();

        Plan page = service.of(Lang.VI);

        for (Section<?> section : List.of(page.programs(), page.counts(), page.solutions())) {
            assertEquals("programs-service", section.unavailableService());
        }
    }

    @Test
    void aListRefusedOnItsSecondPageIsMissingNotCutShort() {
        programs.refusing("solutions-2", 422);

        Plan page = service.of(Lang.VI);

        assertFalse(page.solutions().available());
        assertTrue(page.programs().available());
        assertEquals(27, page.counts().content().declaredSolutions());
    }

    @Test
    void thePlanRefusedCostsOnlyItsCounts() {
        programs.refusing("plan", 404);

        Plan page = service.of(Lang.VI);

        assertFalse(page.counts().available());
        assertEquals(3, page.solutions().content().size());
    }

    @Test
    void aRefusedParameterIsABadRequest() {
        programs.refusing("programs", 400);

        assertThrows(BadRequestException.class, () -> service.of(Lang.VI));
    }
}
