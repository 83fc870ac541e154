package vn.backan.congress.commons.rest.csv;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;

/**
 * Content negotiation for lists that open-data users download: {@code Accept: text/csv}, or
 * {@code ?format=csv} for a browser link. A CSV answer is the whole filtered list, not one page.
 */
public final class CsvResponses {

    public static final String TEXT_CSV = "text/csv";

    private CsvResponses() {
    }

    public static boolean wantsCsv(HttpHeaders headers, String format) {
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ProblemException.of(ProblemType.VALIDATION, 400,
                        "format must be json or csv, not '" + format + "'.");
            };
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && accepted.get(0).isCompatible(MediaType.valueOf(TEXT_CSV))
                && !accepted.get(0).isWildcardType();
    }

    public static Response csv(String body, String filename) {
        return Response.ok(body, TEXT_CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
