package vn.backan.congress.gateway.catalog;

import java.util.List;

/**
 * The datasets the API publishes, as the catalogue lists them: what each holds (Vietnamese and
 * English), where it is read from, and which read's Last-Modified says when it last changed.
 */
final class PublishedDatasets {

    /** A download: a path on the API and its format. */
    record Download(String path, String titleEn, Format format) {
    }

    enum Format {
        CSV("text/csv", "CSV"), JSON("application/json", "JSON"), ZIP("application/zip", "ZIP");

        final String mediaType;
        final String fileType;

        Format(String mediaType, String fileType) {
            this.mediaType = mediaType;
            this.fileType = fileType;
        }
    }

    /**
     * One dataset. {@code upstream} and {@code changedPath} name the service read whose Last-Modified
     * is the dataset's dct:modified; {@code themes} are codes of the EU data-theme vocabulary.
     */
    record Dataset(String id, String titleVi, String titleEn, String descriptionVi, String descriptionEn,
            List<String> keywordsVi, List<String> keywordsEn, List<String> themes, String upstream,
            String changedPath, List<Download> downloads) {
    }

    static final List<Dataset> ALL = List.of(
            new Dataset("resolution", "Nghị quyết Đại hội XII Đảng bộ tỉnh Bắc Kạn và các chỉ tiêu",
                    "Resolution of the 12th Bắc Kạn Provincial Party Congress and its targets",
                    "Nghị quyết nhiệm kỳ 2020 - 2025: chủ đề, mục tiêu tổng quát, bài học và các chỉ tiêu cụ thể,"
                            + " mỗi chỉ tiêu với câu gốc và mục tiêu dưới dạng dữ liệu.",
                    "The resolution for the 2020-2025 term: theme, general objective, lessons and its specific"
                            + " targets, each with its source sentence and its target as data.",
                    List.of("nghị quyết", "chỉ tiêu", "Bắc Kạn"), List.of("resolution", "targets", "Bắc Kạn"),
                    List.of("GOVE", "REGI", "ECON"), "targets", "/api/v1/indicators",
                    List.of(new Download("/api/v1/indicators?format=csv", "Indicators (CSV)", Format.CSV),
                            new Download("/api/v1/org-units?format=csv", "Org units (CSV)", Format.CSV))),
            new Dataset("figures", "Số liệu hằng năm theo chỉ tiêu và đơn vị",
                    "Yearly figures by indicator and org unit",
                    "Số liệu từng năm 2020 - 2025 của tỉnh và các huyện, thành phố, với nguồn công bố, chất lượng"
                            + " (ước tính, sơ bộ, chính thức) và lịch sử thay đổi.",
                    "Figures for each year 2020-2025, for the province and its districts, with the page they"
                            + " were published on, their quality (estimate, preliminary, final) and their history.",
                    List.of("số liệu", "thống kê", "Bắc Kạn"), List.of("figures", "statistics", "Bắc Kạn"),
                    List.of("ECON", "SOCI", "REGI", "AGRI"), "targets", "/api/v1/observations",
                    List.of(new Download("/api/v1/observations?format=csv", "Figures (CSV)", Format.CSV))),
            new Dataset("progress", "Tiến độ thực hiện các chỉ tiêu", "Progress against the targets",
                    "Trạng thái của từng chỉ tiêu (đạt, đúng tiến độ, có nguy cơ, chậm, không đạt, chưa có số"
                            + " liệu) theo đơn vị và năm, kèm các con số làm căn cứ.",
                    "Each target's status (achieved, on track, at risk, off track, not achieved, no data) by org"
                            + " unit and year, with the numbers behind it.",
                    List.of("tiến độ", "chỉ tiêu"), List.of("progress", "targets"),
                    List.of("GOVE", "ECON", "SOCI"), "targets", "/api/v1/progress",
                    List.of(new Download("/api/v1/progress", "Scoreboard (JSON)", Format.JSON),
                            new Download("/api/v1/progress?format=csv", "Every org unit's statuses (CSV)",
                                    Format.CSV))),
            new Dataset("plan", "Chương trình trọng tâm, nhiệm vụ và giải pháp",
                    "Key programs, tasks and solutions",
                    "Bốn chương trình trọng tâm, 5 nhiệm vụ và 27 giải pháp của Báo cáo chính trị, cùng tiến độ"
                            + " thực hiện từng giải pháp.",
                    "The four key programs, 5 tasks and 27 solutions of the political report, and the progress"
                            + " of each solution.",
                    List.of("chương trình", "nhiệm vụ", "giải pháp"), List.of("programs", "tasks", "solutions"),
                    List.of("GOVE"), "programs", "/api/v1/plan",
                    List.of(new Download("/api/v1/programs?format=csv", "Programs (CSV)", Format.CSV),
                            new Download("/api/v1/tasks?format=csv", "Tasks (CSV)", Format.CSV),
                            new Download("/api/v1/solutions?format=csv", "Solutions (CSV)", Format.CSV),
                            new Download("/api/v1/updates?format=csv", "Solution updates (CSV)", Format.CSV))),
            new Dataset("congress", "Đại hội, các cơ quan lãnh đạo và thành viên",
                    "The congress, its bodies and their members",
                    "Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, các cơ quan do Đại hội bầu ra, các chức danh, nhân"
                            + " sự và thời gian đảm nhiệm.",
                    "The 12th Provincial Party Congress, the bodies it elected, the posts, the people and their"
                            + " terms.",
                    List.of("đại hội", "ban chấp hành", "nhân sự"), List.of("congress", "executive committee",
                            "people"),
                    List.of("GOVE"), "elections", "/api/v1/congress",
                    List.of(new Download("/api/v1/memberships?format=csv", "Memberships (CSV)", Format.CSV),
                            new Download("/api/v1/popolo", "Popolo export (JSON)", Format.JSON))),
            new Dataset("contests", "Các cuộc bầu cử tại Đại hội và kết quả", "Elections at the congress and"
                    + " their results",
                    "Các cuộc bầu cử, các vòng, phiếu và kết quả kiểm phiếu theo quy định bầu cử của Đảng.",
                    "The elections, their rounds, ballots and tallies under the Party's election rules.",
                    List.of("bầu cử", "kiểm phiếu"), List.of("elections", "tallies"),
                    List.of("GOVE"), "elections", "/api/v1/contests",
                    List.of(new Download("/api/v1/contests", "Contests (JSON)", Format.JSON),
                            new Download("/api/v1/contests?format=csv", "Contests (CSV)", Format.CSV),
                            new Download("/api/v1/contest-results?format=csv", "Results of every contest (CSV)",
                                    Format.CSV))));

    /** Every dataset in one file: a distribution of each. */
    static final Download EVERYTHING = new Download("/download.zip", "Every dataset in one zip: CSV, Popolo JSON"
            + " and a Frictionless data package", Format.ZIP);

    /** A service's changes feed, for mirrors, and the datasets whose changes it lists. */
    record Feed(String service, String path, List<String> datasets) {
    }

    static final List<Feed> FEEDS = List.of(
            new Feed("targets", "/api/v1/feeds/targets", List.of("resolution", "figures", "progress")),
            new Feed("programs", "/api/v1/feeds/programs", List.of("plan")),
            new Feed("elections", "/api/v1/feeds/elections", List.of("congress", "contests")));

    private PublishedDatasets() {
    }
}
