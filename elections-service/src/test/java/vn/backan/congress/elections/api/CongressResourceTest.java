package vn.backan.congress.elections.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every number and name the congress resources serve, checked against the seed's own words. */
@QuarkusTest
class CongressResourceTest {

    @Test
    void theCongressFactsAreTheSeeds() {
        JsonPath c = given().get("/api/v1/congress").then().statusCode(200).extract().jsonPath();
        assertEquals(Seed.find("tổ chức (Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020 - 2025)"), c.getString("name.vi"));
        assertEquals(Seed.number("Tham dự Đại hội có (\\d+) đại biểu"), c.getInt("delegates.summoned"));
        assertEquals(Seed.number("đại diện cho ([\\d.]+) đảng viên"), c.getInt("delegates.partyMembersRepresented"));
        assertEquals(35130, c.getInt("delegates.partyMembersRepresented"));
        assertEquals(Seed.number("của (\\d+) đoàn đại biểu"), c.getInt("delegates.delegations"));
        assertEquals(Seed.number("có (\\d+) đại biểu đương nhiên"), c.getInt("delegates.exOfficio"));
        assertEquals(Seed.number("(\\d+) đại biểu do Đại hội các Đảng bộ trực thuộc Tỉnh ủy bầu"),
                c.getInt("delegates.electedBySubordinateCongresses"));
        assertEquals(Seed.find("tại (Hội trường tỉnh)"), c.getString("venue.vi"));
        assertEquals(Seed.find("phương châm \"(.+?)\""), c.getString("motto.vi"));
        assertEquals(Seed.find("(Đại hội kêu gọi .+)"), c.getString("callToAction.vi"));

        // 26/10 to 28/10/2020; the preparatory session on 26/10, the official one on 27/10 and 28/10.
        assertEquals("2020-10-" + Seed.find("từ ngày (\\d+)/10 đến ngày"), c.getString("startDate"));
        assertEquals("2020-10-" + Seed.find("đến ngày (\\d+)/10/2020"), c.getString("endDate"));
        assertEquals(List.of("Phiên trụ bị", "phiên chính thức"), c.getList("sessions.name.vi"));
        assertEquals("2020-10-" + Seed.find("Phiên trụ bị ngày (\\d+)/10/2020"), c.getString("sessions[0].startDate"));
        assertEquals("2020-10-" + Seed.find("phiên chính thức vào 02 ngày (\\d+)/10"), c.getString("sessions[1].startDate"));
        assertEquals("2020-10-" + Seed.find("phiên chính thức vào 02 ngày \\d+/10 và (\\d+)/10/2020"),
                c.getString("sessions[1].endDate"));
    }

    @Test
    void theGuestsAreTheSeedsWithTheTitlesItGivesThem() {
        String line = Seed.find("(Đại hội vinh dự được đón các đồng chí: .+)");
        List<String> names = Seed.all("(?:đón các đồng chí: |đồng chí )([A-ZĐ][^ ,;-]+(?: [A-ZĐ][^ ,;-]+)+) - ");
        assertEquals(List.of("Nguyễn Thiện Nhân", "Trương Hòa Bình", "Phạm Minh Chính", "Nông Đức Mạnh"), names);
        JsonPath c = given().get("/api/v1/congress").then().extract().jsonPath();
        assertEquals(names, c.getList("guests.name"));
        for (int i = 0; i < names.size(); i++) {
            String title = c.getString("guests[" + i + "].title.vi");
            assertEquals(true, line.contains(names.get(i) + " - " + title), title);
        }
    }

    @Test
    void theDocumentsAdoptedAreTheSeedsSectionsVerbatim() {
        JsonPath c = given().get("/api/v1/congress").then().extract().jsonPath();
        assertEquals(Seed.find("I\\. (Đại hội thông qua Báo cáo chính trị .+?) với những nội dung"), c.getString("documents[0].heading.vi"));
        assertEquals(Seed.find("II\\. (Đại hội thông qua Báo cáo kiểm điểm .+)"), c.getString("documents[1].heading.vi"));
        assertEquals(Seed.find("III\\. (Đại hội thông qua báo cáo tổng hợp ý kiến .+)"), c.getString("documents[2].heading.vi"));
        assertEquals(Seed.find("(Báo cáo chính trị đã đưa ra .+)"), c.getString("documents[0].summary.vi"));
        assertEquals(Seed.find("(Ban Chấp hành Đảng bộ tỉnh khoá XI tiếp thu .+)"), c.getString("documents[1].summary.vi"));
        assertEquals(Seed.find("(Có trên 1\\.000 lượt ý kiến .+)"), c.getString("documents[2].summary.vi"));
    }

    @Test
    void theBodiesHaveTheSeedsSeatsAndUnnamedSeatsAreCountedNotFilled() {
        JsonPath bodies = given().get("/api/v1/bodies").then().statusCode(200).body("totalItems", equalTo(5))
                .extract().jsonPath().setRootPath("items");
        int executive = Seed.number("Ban Chấp hành Đảng bộ tỉnh khóa XII, nhiệm kỳ 2020 - 2025 gồm (\\d+) đồng chí");
        int standing = Seed.number("Ban Thường vụ Tỉnh ủy khóa XII gồm (\\d+) đồng chí");
        int inspection = Seed.number("Ủy ban kiểm tra Tỉnh ủy gồm (\\d+) ủy viên");
        int official = Seed.number("gồm (\\d+) đồng chí đại biểu chính thức");
        int alternate = Seed.number("và (\\d+) đồng chí đại biểu dự khuyết");
        assertEquals(List.of(47, 13, 11, 16, 1), List.of(executive, standing, inspection, official, alternate));
        assertEquals(executive, seats(bodies, "EXECUTIVE-COMMITTEE-XII"));
        assertEquals(standing, seats(bodies, "STANDING-COMMITTEE-XII"));
        assertEquals(inspection, seats(bodies, "INSPECTION-COMMITTEE-XII"));
        assertEquals(official, seats(bodies, "DELEGATION-XIII-NATIONAL-CONGRESS"));
        assertEquals(alternate, bodies.getInt("find { it.code == 'DELEGATION-XIII-NATIONAL-CONGRESS' }.alternateSeats"));
        // The seed names three people on the Executive and Standing Committees, one on the Inspection
        // Committee, nobody in the delegation: the rest are counted as unnamed seats.
        assertEquals(executive - 3, bodies.getInt("find { it.code == 'EXECUTIVE-COMMITTEE-XII' }.unnamedSeats"));
        assertEquals(standing - 3, bodies.getInt("find { it.code == 'STANDING-COMMITTEE-XII' }.unnamedSeats"));
        assertEquals(inspection - 1, bodies.getInt("find { it.code == 'INSPECTION-COMMITTEE-XII' }.unnamedSeats"));
        assertEquals(official + alternate, bodies.getInt("find { it.code == 'DELEGATION-XIII-NATIONAL-CONGRESS' }.unnamedSeats"));
        // The seed names exactly these three people (contest tests may add others, with other ids).
        assertEquals(List.of("hoang-duy-chinh", "phuong-thi-thanh", "le-duoc-trung"), given().queryParam("pageSize", 200)
                .get("/api/v1/people").then().extract().jsonPath().getList("items.findAll { it.id in"
                        + " ['hoang-duy-chinh', 'phuong-thi-thanh', 'le-duoc-trung'] }.id"));
        assertEquals(List.of(), given().queryParam("pageSize", 200).get("/api/v1/people").then().extract().jsonPath()
                .getList("items.findAll { it.memberships.any { m -> m.contestCode == null } && !(it.id in"
                        + " ['hoang-duy-chinh', 'phuong-thi-thanh', 'le-duoc-trung']) }.id"));
    }

    @Test
    void theOfficeHoldersAreTheSeeds() {
        String secretary = Seed.find("Đồng chí ([^,]+), [^\\n]+ được bầu giữ chức vụ Bí thư Tỉnh ủy");
        String deputy = Seed.find("Đồng chí ([^,]+), [^\\n]+ được bầu giữ chức vụ Phó Bí thư Tỉnh ủy");
        String chair = Seed.find("Đồng chí ([^,]+), [^\\n]+ được bầu làm Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy");
        JsonPath c = given().get("/api/v1/congress").then().extract().jsonPath();
        assertEquals(List.of(secretary, deputy, chair), c.getList("leaders.name"));
        assertEquals(List.of("SECRETARY-XII", "DEPUTY-SECRETARY-XII", "INSPECTION-CHAIR-XII"), c.getList("leaders.postCode"));
        given().get("/api/v1/posts/SECRETARY-XII").then().statusCode(200)
                .body("holders.person.name", org.hamcrest.Matchers.contains(secretary))
                .body("holders[0].startReason", org.hamcrest.Matchers.equalTo("ELECTED_AT_FIRST_PLENUM"))
                .body("holders[0].startDate", org.hamcrest.Matchers.equalTo("2020-10-28"));
        assertEquals(Seed.find("Đồng chí Hoàng Duy Chinh, ([^\\n]+) được bầu giữ chức vụ"),
                given().get("/api/v1/people/hoang-duy-chinh").then().statusCode(200).extract().path("titleAtElection.vi"));
    }

    private static int seats(JsonPath bodies, String code) {
        return bodies.getInt("find { it.code == '" + code + "' }.seats");
    }
}
