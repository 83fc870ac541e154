package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * contract/openapi.json is the contract as published: clients are generated from it, and
 * contract/check lints it. It must be what the running gateway serves; after a change to the
 * API, refresh it with {@code ./mvnw verify -pl local-stack -Dcontract.update=true} (the test then
 * writes the served document instead of comparing) and commit the difference.
 */
final class PublishedContract {

    static final Path FILE = Path.of("..", "contract", "openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedContract() {
    }

    static void assertServed(String served) throws Exception {
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(FILE, served.endsWith("\n") ? served : served + "\n", StandardCharsets.UTF_8);
            return;
        }
        JsonNode published = JSON.readTree(Files.readString(FILE, StandardCharsets.UTF_8));
        JsonNode live = JSON.readTree(served);
        // Compared as JSON, and on failure as text, so the message shows where they part.
        if (!published.equals(live)) {
            assertEquals(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(published),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(live),
                    "contract/openapi.json is not what the gateway serves; refresh it with"
                            + " ./mvnw verify -pl local-stack -Dcontract.update=true");
        }
    }
}
