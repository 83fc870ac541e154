package vn.backan.congress.targets.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.targets.domain.AverageBasis;
import vn.backan.congress.targets.domain.Direction;
import vn.backan.congress.targets.domain.Domain;
import vn.backan.congress.targets.domain.Indicator;
import vn.backan.congress.targets.domain.TargetKind;
import vn.backan.congress.targets.domain.progress.Figure;
import vn.backan.congress.targets.domain.progress.Status;

/** An indicator as the API shows it: names in both languages, the target as data, its source. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorView(
        String code,
        String parentCode,
        int position,
        Domain domain,
        LocalizedText name,
        Unit unit,
        Direction direction,
        Target target,
        Source source,
        Instant updatedAt,
        ProgressSummary progress) {

    /** In an indicator's detail: how it stands for the province, from approved figures, as of the latest term year. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProgressSummary(String orgUnit, int asOf, Status status, Double ratio,
            Figure latest, String details) {
    }

    public IndicatorView withProgress(ProgressSummary summary) {
        return new IndicatorView(code, parentCode, position, domain, name, unit, direction, target, source, updatedAt,
                summary);
    }

    /** {@code code} is stable (e.g. {@code percent}); the labels are for people. */
    public record Unit(String code, LocalizedText label) {
    }

    /** Bounds as numbers; {@code lowerInclusive=false} is the seed's "trên", {@code upperInclusive=false} its "dưới". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IndicatorTarget")
    public record Target(TargetKind kind, AverageBasis averageBasis, BigDecimal lower, Boolean lowerInclusive,
            BigDecimal upper, Boolean upperInclusive, int periodFrom, int periodTo, String statedAs) {
    }

    /** The verbatim sentence of the source document this indicator comes from. */
    public record Source(String document, String sentence) {
    }

    public static final String SOURCE_DOCUMENT = "seed/000_4b5e49ba4d4fc81f.txt";

    public static IndicatorView of(Indicator i) {
        Unit unit = i.unit == null ? null : new Unit(i.unit, LocalizedText.of(i.unitVi, i.unitEn));
        Target target = new Target(i.targetKind, i.averageBasis, plain(i.lowerBound), i.lowerInclusive,
                plain(i.upperBound), i.upperInclusive, i.periodFrom, i.periodTo, i.targetTextVi);
        return new IndicatorView(i.code, i.parentCode, i.position, i.domain, LocalizedText.of(i.nameVi, i.nameEn),
                unit, i.direction, target, new Source(SOURCE_DOCUMENT, i.sourceVi), i.updatedAt, null);
    }

    /** 6.5000 from DECIMAL(18,4) is 6.5 to a reader. */
    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
