package vn.backan.congress.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderEditsTest {

    @Test
    void removesEveryMatchingHeaderWhateverItsCaseAndKeepsTheRest() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Access-Control-Allow-Origin", "*")
                .add("access-control-expose-headers", "ETag")
                .add("ACCESS-CONTROL-MAX-AGE", "5")
                .add("X-Access-Control-Note", "kept: the prefix is not at the start")
                .add("ETag", "\"1\"");

        HeaderEdits.removeIf(headers, name -> HeaderEdits.startsWithIgnoreCase(name, "access-control-"));

        assertEquals(2, headers.size(), headers.toString());
        assertTrue(headers.contains("X-Access-Control-Note"));
        assertEquals("\"1\"", headers.get("ETag"));
    }

    @Test
    void varyAddsATokenOnlyWhenNoHeaderListsItAlready() {
        MultiMap split = MultiMap.caseInsensitiveMultiMap().add("Vary", "Accept").add("vary", "accept-encoding, Origin");
        HeaderEdits.vary(split, "Origin");
        assertEquals(2, split.getAll("Vary").size(), "Origin was listed in the second line");

        // A longer name that merely contains the token does not count.
        MultiMap lookalike = MultiMap.caseInsensitiveMultiMap().add("Vary", "X-Origin-Hint");
        HeaderEdits.vary(lookalike, "Origin");
        assertEquals(List.of("X-Origin-Hint", "Origin"), lookalike.getAll("Vary"));

        // "Vary: *" already varies on everything.
        MultiMap star = MultiMap.caseInsensitiveMultiMap().add("Vary", "*");
        HeaderEdits.vary(star, "Accept-Encoding");
        assertEquals(List.of("*"), star.getAll("Vary"));
    }

    @Test
    void prefixMatchIgnoresCaseButNotPosition() {
        assertTrue(HeaderEdits.startsWithIgnoreCase("RateLimit-Remaining", "ratelimit-"));
        assertFalse(HeaderEdits.startsWithIgnoreCase("X-RateLimit-Remaining", "ratelimit-"));
        assertFalse(HeaderEdits.startsWithIgnoreCase("Rate", "ratelimit-"));
    }
}
