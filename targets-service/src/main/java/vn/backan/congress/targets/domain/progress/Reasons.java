package vn.backan.congress.targets.domain.progress;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.targets.domain.TargetKind;

/**
 * Every sentence an {@link Evaluation} gives as its reason, in Vietnamese and English side by side, so the
 * two never drift apart and a page shows the reason in its own language. One factory per sentence, named
 * for what it says.
 */
final class Reasons {

    private Reasons() {
    }

    static LocalizedText qualitative() {
        return text("cam kết định tính: theo dõi bằng mô tả, không có trạng thái số",
                "qualitative commitment: followed by narrative, no numeric status");
    }

    static LocalizedText noNumericBound() {
        return text("mục tiêu không có cận số", "the target has no numeric bound");
    }

    static LocalizedText averageWithoutBasis() {
        return text("mục tiêu bình quân cần nêu cơ sở: tốc độ tăng trưởng, mức thay đổi hằng năm hoặc giá trị hằng năm",
                "an average target needs its basis: growth rate, annual change or annual value");
    }

    static LocalizedText averageChangeNeedsPositiveLower() {
        return text("mục tiêu thay đổi bình quân cần một cận dưới dương để tính R",
                "an average change target needs a positive lower bound to form R");
    }

    static LocalizedText averageGrowthNeedsPositiveLower() {
        return text("mục tiêu tăng trưởng bình quân cần một cận dưới dương để tính R",
                "an average growth target needs a positive lower bound to form R");
    }

    static LocalizedText averageAmountNeedsPositiveLower() {
        return text("mục tiêu giá trị bình quân cần một cận dưới dương để tính R",
                "an average amount target needs a positive lower bound to form R");
    }

    static LocalizedText eachYearNeedsPositiveLower() {
        return text("mục tiêu hằng năm cần một cận dưới dương để tính R",
                "an each-year target needs a positive lower bound to form R");
    }

    static LocalizedText noFigureBetween(int from, int to) {
        return text("chưa có số liệu nào được báo cáo từ năm " + from + " đến năm " + to,
                "no figure reported between " + from + " and " + to);
    }

    static LocalizedText noYearlyGrowthFigureBetween(int from, int to) {
        return text("chưa có số liệu tăng trưởng hằng năm nào được báo cáo từ năm " + from + " đến năm " + to,
                "no yearly growth figure reported between " + from + " and " + to);
    }

    static LocalizedText noYearlyFigureBetween(int from, int to) {
        return text("chưa có số liệu hằng năm nào được báo cáo từ năm " + from + " đến năm " + to,
                "no yearly figure reported between " + from + " and " + to);
    }

    static LocalizedText fallLeavesNoLevel() {
        return text("mức giảm từ 100 % trở lên không còn mức nào để tính lũy kế",
                "a fall of 100 % or more leaves no level to compound from");
    }

    static LocalizedText cumulativeNeedsLower() {
        return text("mục tiêu cộng dồn cần số lượng phải đạt (cận dưới)",
                "a cumulative target needs the count to reach (lower bound)");
    }

    static LocalizedText baselineReachedCountNowMisses() {
        return text("giá trị gốc đã đạt mục tiêu nên khoảng cách N − A_b không dương và R không xác định;"
                        + " số liệu mới nhất chưa đạt",
                "baseline already reached the target, so the gap N − A_b is not positive and R undefined;"
                        + " the latest count misses it");
    }

    static LocalizedText missedIn(List<Integer> years) {
        return text("không đạt trong năm " + join(years), "missed in " + join(years));
    }

    static LocalizedText termOverWithoutFiguresFor(List<Integer> years) {
        return text("nhiệm kỳ đã kết thúc nhưng chưa có số liệu năm " + join(years)
                        + "; trạng thái là xu hướng đến nay",
                "term over but no figure for " + join(years) + "; status is the trend so far");
    }

    static LocalizedText termOverWithoutFinalFigure(int year) {
        return text("nhiệm kỳ đã kết thúc nhưng chưa có số liệu năm " + year + "; trạng thái là xu hướng đến nay",
                "term over but no figure for " + year + " yet; status is the trend so far");
    }

    static LocalizedText needsLowerBound(TargetKind kind) {
        return text("mục tiêu " + kind + " cần cận dưới", "a " + kind + " target needs its lower bound");
    }

    static LocalizedText needsUpperBound(TargetKind kind) {
        return text("mục tiêu " + kind + " cần cận trên", "a " + kind + " target needs its upper bound");
    }

    static LocalizedText insideRange() {
        return text("số liệu mới nhất nằm trong khoảng mục tiêu", "the latest figure is inside the range");
    }

    static LocalizedText zeroBaseline() {
        return text("giá trị gốc bằng 0: không xác định được tốc độ tăng trưởng từ 0",
                "baseline is zero: a growth rate from zero is undefined");
    }

    static LocalizedText baselineAndLatestOppositeSigns() {
        return text("giá trị gốc và số liệu mới nhất trái dấu: không có tốc độ tăng trưởng nào nối hai giá trị",
                "baseline and latest figure have opposite signs: no growth rate joins them");
    }

    static LocalizedText baselineAndBoundOppositeSigns() {
        return text("giá trị gốc và cận mục tiêu trái dấu: không có tốc độ tăng trưởng nào nối hai giá trị",
                "baseline and target bound have opposite signs: no growth rate joins them");
    }

    static LocalizedText baselineOnBoundLatestMisses() {
        return text("giá trị gốc nằm đúng cận mục tiêu nên CAGR_r bằng 0 và R không xác định;"
                        + " số liệu mới nhất chưa đạt",
                "baseline sits on the target bound, so CAGR_r is zero and R undefined; the latest figure misses it");
    }

    static LocalizedText maintainNeedsLower() {
        return text("mục tiêu duy trì cần mức phải giữ (cận dưới)",
                "a maintain target needs the level to keep (lower bound)");
    }

    static LocalizedText fallingBelowLevel(double fallPerYear, double projected, int year) {
        return text(String.format(Locale.ROOT, "giảm %s mỗi năm, đến năm %d mức sẽ còn khoảng %s",
                        viDecimal(fallPerYear), year, viDecimal(projected)),
                String.format(Locale.ROOT, "falling %.3f a year, the level would be about %.3f in %d",
                        fallPerYear, projected, year));
    }

    static LocalizedText noFlagUpTo(int year) {
        return text("chưa có cờ tiến độ (1 là đã xong, 0 là chưa) được báo cáo đến năm " + year,
                "no progress flag (1 done, 0 not yet) reported up to " + year);
    }

    static LocalizedText notDoneYet(int asOfYear, int deadline) {
        return text("chưa xong tính đến năm " + asOfYear + "; hạn là năm " + deadline,
                "not done as of " + asOfYear + "; deadline " + deadline);
    }

    static LocalizedText seriesBreakRestartsBaseline(int year) {
        return text("chuỗi số liệu gián đoạn năm " + year
                        + ", giá trị gốc tính lại từ đó; cần số liệu năm sau để xác định xu hướng",
                "series break in " + year + " restarts the baseline; a trend needs a later figure");
    }

    static LocalizedText onlyOneFigure(int year) {
        return text("cần hai số liệu để xác định xu hướng; mới có số liệu năm " + year,
                "a trend needs two figures; only " + year + " is reported");
    }

    private static LocalizedText text(String vi, String en) {
        return LocalizedText.of(vi, en);
    }

    /** Years as both languages list them: "2021, 2023". */
    private static String join(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Three decimals with the comma Vietnamese writes: 0,250 rather than 0.250. */
    private static String viDecimal(double x) {
        return String.format(Locale.ROOT, "%.3f", x).replace('.', ',');
    }
}
