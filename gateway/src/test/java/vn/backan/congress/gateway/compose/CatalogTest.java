package vn.backan.congress.gateway.compose;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The DCAT-AP catalogue: the same graph in Turtle, JSON-LD and RDF/XML, by suffix and by Accept;
 * valid against the DCAT-AP 3.0.1 shapes (standards/dcat-ap) with no violation; dct:modified from
 * the services' Last-Modified; a service down leaves its datasets undated and the answer unkept.
 */
@QuarkusTest
@WithTestResource(ComposeStubs.class)
class CatalogTest {

    private static final Path SHAPES = Path.of("..", "standards", "dcat-ap");
    private static final org.apache.jena.rdf.model.Property SH_PROPERTY = ModelFactory.createDefaultModel()
            .createProperty("http://www.w3.org/ns/shacl#property");
    private static final String BASE = "http://localhost:8080";
    /** Last-Modified of each service read the catalogue asks, as the stubs send it. */
    private static final Map<String, String> CHANGED = Map.of(
            "/api/v1/indicators", "Tue, 01 Dec 2026 08:00:00 GMT",
            "/api/v1/observations", "Wed, 02 Dec 2026 09:30:00 GMT",
            "/api/v1/progress", "Wed, 02 Dec 2026 09:30:00 GMT",
            "/api/v1/plan", "Mon, 30 Nov 2026 10:00:00 GMT",
            "/api/v1/congress", "Sun, 29 Nov 2026 11:00:00 GMT",
            "/api/v1/contests", "Sun, 29 Nov 2026 12:00:00 GMT");

    @BeforeEach
    void datesOfLastChange() {
        ComposeStubs.reset();
        CHANGED.forEach((path, date) -> {
            String service = path.startsWith("/api/v1/plan") ? "programs"
                    : path.startsWith("/api/v1/con") ? "elections" : "targets";
            ComposeStubs.server(service).stubFor(head(urlPathEqualTo(path))
                    .willReturn(aResponse().withStatus(200).withHeader("Last-Modified", date)));
        });
    }

    @AfterEach
    void restore() {
        ComposeStubs.reset();
    }

    @Test
    void theSameGraphInEverySyntaxBySuffixAndByAccept() {
        Model turtle = read("/catalog.ttl", null, "text/turtle", Lang.TURTLE);
        assertTrue(turtle.isIsomorphicWith(read("/catalog.jsonld", null, "application/ld+json", Lang.JSONLD)));
        assertTrue(turtle.isIsomorphicWith(read("/catalog.rdf", null, "application/rdf+xml", Lang.RDFXML)));
        assertTrue(turtle.isIsomorphicWith(read("/catalog", "application/ld+json", "application/ld+json", Lang.JSONLD)));
        assertTrue(turtle.isIsomorphicWith(read("/catalog", "application/rdf+xml;q=0.9, text/html;q=0.1",
                "application/rdf+xml", Lang.RDFXML)));
        assertTrue(turtle.isIsomorphicWith(read("/catalog", "*/*", "text/turtle", Lang.TURTLE)));
        assertEquals(6, turtle.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, DCAT.Dataset).toList().size());
    }

    @Test
    void theCatalogueHasNoViolationOfTheDcatApShapes() {
        Model data = read("/catalog.ttl", null, "text/turtle", Lang.TURTLE);
        Model shapes = ModelFactory.createDefaultModel();
        for (String file : List.of("dcat-ap-SHACL.ttl", "ranges.ttl", "mdr-vocabularies.shape.ttl")) {
            RDFDataMgr.read(shapes, SHAPES.resolve(file).toString());
        }
        // The shapes list five property shapes that no file defines (upstream, as released), and a SHACL
        // parser refuses a dangling sh:property: those five links, and only they, are dropped.
        List<org.apache.jena.rdf.model.Statement> dangling = shapes.listStatements(null, SH_PROPERTY,
                (org.apache.jena.rdf.model.RDFNode) null).filterKeep(st -> st.getObject().isURIResource()
                && !shapes.listStatements(st.getResource(), null, (org.apache.jena.rdf.model.RDFNode) null).hasNext())
                .toList();
        String ap = "https://semiceu.github.io/DCAT-AP/releases/3.0.1#dcat:";
        assertEquals(List.of(ap + "DatasetShape/4918ff7a6c1c4b0eea6403dca4b992b87ee1f4ab",
                ap + "DatasetShape/95c69c99a1e3ade043911b51b942f206dea0e68d",
                ap + "DistributionShape/653804840386e33525b3d39d205c174780be414b",
                ap + "DistributionShape/a07d6e7a0a1790b89a1ce7ff602cbbd9ea835282",
                ap + "RelationshipShape/b7aa98e1befa5130659568aa62e7f38575dc17c1"),
                dangling.stream().map(st -> st.getResource().getURI()).sorted().toList());
        shapes.remove(dangling);
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes.getGraph()), data.getGraph());
        List<String> violations = report.getEntries().stream().filter(e -> e.severity() == Severity.Violation)
                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message()).toList();
        assertEquals(List.of(), violations);
        // Warnings left, each for a value no EU vocabulary holds: the publisher is not an EU body.
        report.getEntries().stream().filter(e -> e.severity() != Severity.Violation).forEach(e ->
                assertTrue(e.resultPath().toString().contains("publisher"), e.focusNode() + " " + e.message()));
    }

    @Test
    void datesComeFromTheServicesLastChange() {
        Model m = read("/catalog.ttl", null, "text/turtle", Lang.TURTLE);
        assertEquals("2026-12-02T09:30:00Z", modified(m, BASE + "/catalog/datasets/figures"));
        assertEquals("2026-11-30T10:00:00Z", modified(m, BASE + "/catalog/datasets/plan"));
        assertEquals("2026-12-02T09:30:00Z", modified(m, BASE + "/catalog"), "the newest of all");
        given().get("/catalog.ttl").then().statusCode(200)
                .header("Link", equalTo("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\""))
                .header("Cache-Control", equalTo("public, no-cache"));
    }

    @Test
    void theChangesFeedIsADataServiceOfTheDatasetsItFollows() {
        Model m = read("/catalog.ttl", null, "text/turtle", Lang.TURTLE);
        Resource feed = m.getResource(BASE + "/catalog#feed-targets");
        assertTrue(m.contains(m.getResource(BASE + "/catalog"), DCAT.service, feed));
        assertEquals(BASE + "/api/v1/feeds/targets", feed.getPropertyResourceValue(DCAT.endpointURL).getURI());
        assertTrue(feed.hasProperty(DCAT.servesDataset, m.getResource(BASE + "/catalog/datasets/figures")));
    }

    @Test
    void aServiceDownLeavesItsDatasetsUndatedAndTheAnswerUnkept() {
        ComposeStubs.server("programs").stubFor(head(urlPathEqualTo("/api/v1/plan")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        byte[] body = given().get("/catalog.ttl").then().statusCode(200).header("Cache-Control", equalTo("no-store"))
                .extract().asByteArray();
        Model m = parse(body, Lang.TURTLE);
        assertEquals(null, modified(m, BASE + "/catalog/datasets/plan"));
        assertEquals("2026-12-01T08:00:00Z", modified(m, BASE + "/catalog/datasets/resolution"));
    }

    @Test
    void anUnservableAcceptIsA406ProblemAndATagGivesA304() {
        given().accept("application/xml").get("/catalog").then().statusCode(406)
                .contentType("application/problem+json");
        String etag = given().get("/catalog.jsonld").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/catalog.jsonld").then().statusCode(304);
        assertFalse(etag.equals(given().get("/catalog.ttl").then().extract().header("ETag")), "one tag per syntax");
    }

    private static Model read(String path, String accept, String expectedType, Lang lang) {
        var request = given();
        if (accept != null) {
            request = request.accept(accept);
        }
        byte[] body = request.get(path).then().statusCode(200).contentType(startsWith(expectedType))
                .extract().asByteArray();
        return parse(body, lang);
    }

    private static Model parse(byte[] body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(body), lang);
        return m;
    }

    private static String modified(Model m, String iri) {
        Resource r = m.getResource(iri);
        var value = r.getProperty(DCTerms.modified);
        return value == null ? null : value.getString();
    }
}
