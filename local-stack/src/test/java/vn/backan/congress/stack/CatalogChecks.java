package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The catalogue of the real stack, read as a harvester would: every dataset dated by its service's
 * last change, and every download URL it lists answering 200 with the media type it states.
 */
final class CatalogChecks {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private CatalogChecks() {
    }

    static void run(int gateway) throws Exception {
        URI base = URI.create("http://localhost:" + gateway);
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(base.resolve("/catalog"))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        assertEquals("public, no-cache", answer.headers().firstValue("Cache-Control").orElse(""),
                "every service answered, so the catalogue may be kept");
        Model catalog = ModelFactory.createDefaultModel();
        RDFDataMgr.read(catalog, new ByteArrayInputStream(answer.body()), Lang.TURTLE);

        List<Resource> datasets = catalog.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
        assertEquals(6, datasets.size());
        for (Resource dataset : datasets) {
            assertTrue(dataset.hasProperty(DCTerms.modified), dataset + " has no dct:modified");
            for (var distribution : dataset.listProperties(DCAT.distribution).toList()) {
                var download = distribution.getResource().getPropertyResourceValue(DCAT.downloadURL);
                if (download == null) {
                    continue; // the JSON API itself, through the DataService
                }
                assertTrue(download.getURI().startsWith(base.toString()), download.getURI());
                String type = distribution.getResource().getPropertyResourceValue(DCAT.mediaType).getURI()
                        .replace("https://www.iana.org/assignments/media-types/", "");
                HttpResponse<Void> got = HTTP.send(HttpRequest.newBuilder(URI.create(download.getURI()))
                        .header("Accept", type).build(), HttpResponse.BodyHandlers.discarding());
                assertEquals(200, got.statusCode(), download.getURI());
                assertTrue(got.headers().firstValue("Content-Type").orElse("").startsWith(type), download.getURI());
            }
        }
    }
}
