package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import vn.backan.congress.client.ApiClient;
import vn.backan.congress.client.ApiException;
import vn.backan.congress.client.api.IndicatorsApi;
import vn.backan.congress.client.api.ObservationsApi;
import vn.backan.congress.client.model.FigureInput;
import vn.backan.congress.client.model.ImportReportView;
import vn.backan.congress.client.model.IndicatorPage;
import vn.backan.congress.client.model.IndicatorView;

/**
 * The running stack, through the Java client openapi-generator makes from contract/openapi.json
 * (module contract-client), used as an integrator would use it: typed reads, a typed page, a
 * problem as an exception, and the JSON import as a typed list of figures.
 */
final class GeneratedClientChecks {

    private GeneratedClientChecks() {
    }

    static void run(StackConfig config, int gateway) throws Exception {
        IndicatorsApi indicators = new IndicatorsApi(client(gateway, null));
        IndicatorView gdp = indicators.getIndicator("ECO-GRDP-PER-CAPITA");
        assertEquals("ECO-GRDP-PER-CAPITA", gdp.getCode());

        // 69 indicators in the resolution: pages of 10 make 7, the second holding 10.
        IndicatorPage second = indicators.listIndicators(null, null, null, null, null, 2, 10, null, null, null, null);
        assertEquals(2, second.getPage());
        assertEquals(10, second.getItems().size());
        assertEquals(69L, second.getTotalItems());
        assertEquals(7, second.getTotalPages());

        ApiException missing = assertThrows(ApiException.class, () -> indicators.getIndicator("NO-SUCH-INDICATOR"));
        assertEquals(404, missing.getCode());
        assertEquals(List.of("application/problem+json"), missing.getResponseHeaders().allValues("Content-Type"));
        assertTrue(missing.getResponseBody().contains("\"status\":404"), missing.getResponseBody());

        // A district reporter's dry run: checked and counted, nothing saved.
        String reporter = "Bearer " + StackCli.issueToken(config, "reporter", "063");
        ObservationsApi observations = new ObservationsApi(client(gateway, reporter));
        FigureInput figure = new FigureInput().indicator("ECO-GRDP-PER-CAPITA").orgUnit("063").year(2023)
                .value(new BigDecimal("50.3"));
        ImportReportView report = observations.importObservations(List.of(figure), true, false, null);
        assertTrue(report.getDryRun());
        assertFalse(report.getCommitted());
        assertEquals(0, report.getCounts().getRejected(), String.valueOf(report.getConflicts()));
        assertEquals(1, report.getCounts().getCreated() + report.getCounts().getUpdated()
                + report.getCounts().getUnchanged());
    }

    private static ApiClient client(int gateway, String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + gateway);
        if (authorization != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        }
        return client;
    }
}
