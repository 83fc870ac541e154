package vn.backan.congress.devkit.testing;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Test requests go out in UTF-8, as the API requires: REST Assured would otherwise label (and
 * encode) a text/csv body ISO-8859-1, which the services refuse with a 415.
 */
public class Utf8Requests implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        RestAssured.config = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .defaultContentCharset("UTF-8"));
        return Map.of();
    }

    @Override
    public void stop() {
        // Nothing to undo: the setting lives as long as the test JVM.
    }
}
