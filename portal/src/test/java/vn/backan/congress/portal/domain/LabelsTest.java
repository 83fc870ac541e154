package vn.backan.congress.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.backan.congress.client.model.Qualifier;
import vn.backan.congress.client.model.State;

/** Both languages say everything: the same keys in each file, and every {t.key} of a template in them. */
class LabelsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void vietnameseAndEnglishHaveTheSameWords() throws IOException {
        assertEquals(keys("vi"), keys("en"));
    }

    @Test
    void everyWordATemplateUsesIsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\\{t\\.([A-Za-z0-9_]+)\\}");
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                Matcher m = key.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 40, "the templates were read: " + used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(keys("vi"));
        assertEquals(Set.of(), missing);
    }

    @Test
    void aStatusIsAWordAndASymbolNotOnlyAColour() {
        for (String status : StatusMark.ORDER) {
            StatusMark vi = StatusMark.of(status, Labels.of(Lang.VI));
            StatusMark en = StatusMark.of(status, Labels.of(Lang.EN));
            assertTrue(!vi.label().startsWith("status_") && !en.label().startsWith("status_"), status);
            assertEquals(vi.symbol(), en.symbol());
        }
        assertEquals(6, StatusMark.ORDER.stream().map(s -> StatusMark.of(s, Labels.of(Lang.VI)).symbol()).distinct()
                .count(), "each status has a symbol of its own");
        assertEquals("Chưa có số liệu", Labels.of(Lang.VI).text("status_NO_DATA"));
    }

    @Test
    void everyBoundAndEveryStateOfAFigureHasItsWords() throws IOException {
        // Read by the page models, not by a template's {t.key}: a bound or state the contract adds needs its words.
        for (String lang : new String[] {"vi", "en"}) {
            Set<String> keys = keys(lang);
            for (Qualifier q : Qualifier.values()) {
                assertTrue(q == Qualifier.EXACT || keys.contains("qualifier_" + q.name()), lang + " " + q);
            }
            for (State state : State.values()) {
                assertTrue(state == State.APPROVED || keys.contains("figure_state_" + state.name()), lang + " " + state);
            }
        }
        assertEquals("không quá", Labels.of(Lang.VI).text("qualifier_AT_MOST"));
    }

    private static Set<String> keys(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LabelsTest.class.getResourceAsStream("/messages/portal_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
