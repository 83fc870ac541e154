package vn.backan.congress.gateway.catalog;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.apache.jena.vocabulary.XSD;
import vn.backan.congress.gateway.catalog.PublishedDatasets.Dataset;
import vn.backan.congress.gateway.catalog.PublishedDatasets.Download;
import vn.backan.congress.gateway.config.GatewayConfig;

/**
 * The catalogue as a DCAT-AP 3 graph: one dcat:Dataset per published dataset, each with its CSV
 * or JSON downloads and the JSON API (a dcat:DataService described by the OpenAPI contract), the
 * licence, publisher and contact point, languages, place and period, and dct:modified from the
 * services' own last change. Controlled values are the EU vocabularies' IRIs, stated with their
 * scheme so that a validator needs no network. Pure: given the settings and the dates, it reads
 * nothing.
 */
public final class DcatCatalog {

    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String IANA = "https://www.iana.org/assignments/media-types/";

    /** The English labels of the EU vocabularies' values and schemes used here, as those vocabularies give them. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(EU + "data-theme", "Data theme"),
            Map.entry(EU + "data-theme/GOVE", "Government and public sector"),
            Map.entry(EU + "data-theme/ECON", "Economy and finance"),
            Map.entry(EU + "data-theme/SOCI", "Population and society"),
            Map.entry(EU + "data-theme/AGRI", "Agriculture, fisheries, forestry and food"),
            Map.entry(EU + "data-theme/REGI", "Regions and cities"),
            Map.entry(EU + "language", "Language"),
            Map.entry(EU + "language/VIE", "Vietnamese"),
            Map.entry(EU + "language/ENG", "English"),
            Map.entry(EU + "country", "Country"),
            Map.entry(EU + "country/VNM", "Viet Nam"),
            Map.entry(EU + "file-type", "File type"),
            Map.entry(EU + "file-type/CSV", "CSV"),
            Map.entry(EU + "file-type/JSON", "JSON"),
            Map.entry(EU + "file-type/ZIP", "ZIP"),
            Map.entry(EU + "frequency", "Frequency"),
            Map.entry(EU + "frequency/IRREG", "irregular"));

    private final GatewayConfig.Catalog settings;
    private final String base;

    public DcatCatalog(GatewayConfig.Catalog settings) {
        this.settings = settings;
        String url = settings.publicUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code modified}: each dataset's last change by id; a dataset missing from it (service down) has none. */
    public Model graph(Map<String, Instant> modified) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("foaf", FOAF)
                .setNsPrefix("vcard", VCARD4.NS).setNsPrefix("skos", SKOS.uri).setNsPrefix("xsd", XSD.NS);
        Resource licence = m.createResource(settings.licence().toString(), DCTerms.LicenseDocument);
        Resource publisher = m.createResource(base + "/catalog#publisher", m.createResource(FOAF + "Agent"))
                .addProperty(m.createProperty(FOAF, "name"), settings.publisherName());
        Resource contact = contact(m);
        Resource api = m.createResource(base + "/catalog#api", DCAT.DataService)
                .addProperty(DCTerms.title, m.createLiteral("API dữ liệu mở Đại hội Đảng bộ tỉnh Bắc Kạn", "vi"))
                .addProperty(DCTerms.title, m.createLiteral("Bắc Kạn Congress Open Data API", "en"))
                .addProperty(DCAT.endpointURL, m.createResource(base + "/api/v1", RDFS.Resource))
                .addProperty(DCAT.endpointDescription, m.createResource(base + "/openapi", RDFS.Resource))
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCAT.contactPoint, contact);
        Resource catalog = m.createResource(base + "/catalog", DCAT.Catalog)
                .addProperty(DCTerms.title, m.createLiteral("Dữ liệu mở Nghị quyết Đại hội XII Đảng bộ tỉnh Bắc Kạn", "vi"))
                .addProperty(DCTerms.title, m.createLiteral("Open data on the resolution of the 12th Bắc Kạn"
                        + " Provincial Party Congress", "en"))
                .addProperty(DCTerms.description, m.createLiteral("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bắc Kạn"
                        + " lần thứ XII (2020 - 2025), các chỉ tiêu, số liệu, tiến độ, chương trình và kết quả bầu cử.",
                        "vi"))
                .addProperty(DCTerms.description, m.createLiteral("The resolution of the 12th Bắc Kạn Provincial"
                        + " Party Congress (2020-2025), its targets, figures, progress, programs and elections.", "en"))
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.license, licence)
                .addProperty(m.createProperty(FOAF, "homepage"), m.createResource(base + "/docs",
                        m.createResource(FOAF + "Document")))
                .addProperty(DCAT.themeTaxonomy, scheme(m, EU + "data-theme"))
                .addProperty(DCAT.service, api);
        languages(m, catalog);
        catalog.addProperty(DCTerms.spatial, vietnam(m));
        Instant newest = null;
        Map<String, Resource> datasets = new java.util.HashMap<>();
        for (Dataset d : PublishedDatasets.ALL) {
            Instant changed = modified.get(d.id());
            Resource dataset = dataset(m, d, changed, publisher, contact, licence, api);
            catalog.addProperty(DCAT.dataset, dataset);
            api.addProperty(DCAT.servesDataset, dataset);
            datasets.put(d.id(), dataset);
            newest = changed != null && (newest == null || changed.isAfter(newest)) ? changed : newest;
        }
        for (PublishedDatasets.Feed f : PublishedDatasets.FEEDS) {
            catalog.addProperty(DCAT.service, feed(m, f, datasets, licence, publisher, contact));
        }
        if (newest != null) {
            catalog.addProperty(DCTerms.modified, dateTime(m, newest));
        }
        return m;
    }

    private Resource dataset(Model m, Dataset d, Instant changed, Resource publisher, Resource contact,
            Resource licence, Resource api) {
        Resource dataset = m.createResource(base + "/catalog/datasets/" + d.id(), DCAT.Dataset)
                .addProperty(DCTerms.identifier, d.id())
                .addProperty(DCTerms.title, m.createLiteral(d.titleVi(), "vi"))
                .addProperty(DCTerms.title, m.createLiteral(d.titleEn(), "en"))
                .addProperty(DCTerms.description, m.createLiteral(d.descriptionVi(), "vi"))
                .addProperty(DCTerms.description, m.createLiteral(d.descriptionEn(), "en"))
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCTerms.accrualPeriodicity, typed(concept(m, EU + "frequency/IRREG", EU + "frequency"),
                        DCTerms.Frequency))
                .addProperty(DCTerms.spatial, vietnam(m))
                .addProperty(DCTerms.temporal, term(m));
        languages(m, dataset);
        d.keywordsVi().forEach(k -> dataset.addProperty(DCAT.keyword, m.createLiteral(k, "vi")));
        d.keywordsEn().forEach(k -> dataset.addProperty(DCAT.keyword, m.createLiteral(k, "en")));
        d.themes().forEach(t -> dataset.addProperty(DCAT.theme, concept(m, EU + "data-theme/" + t, EU + "data-theme")));
        if (changed != null) {
            dataset.addProperty(DCTerms.modified, dateTime(m, changed));
        }
        for (Download download : d.downloads()) {
            dataset.addProperty(DCAT.distribution, distribution(m, d, download, licence));
        }
        dataset.addProperty(DCAT.distribution, distribution(m, d, PublishedDatasets.EVERYTHING, licence));
        dataset.addProperty(DCAT.distribution, m.createResource(base + "/catalog/datasets/" + d.id() + "#api",
                        DCAT.Distribution)
                .addProperty(DCTerms.title, m.createLiteral("JSON API", "en"))
                .addProperty(DCAT.accessURL, m.createResource(base + "/api/v1"))
                .addProperty(DCAT.accessService, api)
                .addProperty(DCTerms.format, fileType(m, PublishedDatasets.Format.JSON))
                .addProperty(DCAT.mediaType, mediaType(m, PublishedDatasets.Format.JSON))
                .addProperty(DCTerms.license, licence));
        return dataset;
    }

    /** A changes feed: a data service of its own, so a harvester finds where a mirror keeps up. */
    private Resource feed(Model m, PublishedDatasets.Feed f, Map<String, Resource> datasets, Resource licence,
            Resource publisher, Resource contact) {
        Resource service = m.createResource(base + "/catalog#feed-" + f.service(), DCAT.DataService)
                .addProperty(DCTerms.title, m.createLiteral("Thay đổi dữ liệu của " + f.service() + "-service, theo thứ"
                        + " tự ghi nhận", "vi"))
                .addProperty(DCTerms.title, m.createLiteral("Changes feed of " + f.service() + "-service, in commit"
                        + " order", "en"))
                .addProperty(DCAT.endpointURL, m.createResource(base + f.path(), RDFS.Resource))
                .addProperty(DCAT.endpointDescription, m.createResource(base + "/openapi", RDFS.Resource))
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCAT.contactPoint, contact);
        f.datasets().forEach(id -> service.addProperty(DCAT.servesDataset, datasets.get(id)));
        return service;
    }

    private Resource distribution(Model m, Dataset d, Download download, Resource licence) {
        Resource url = m.createResource(base + download.path());
        return m.createResource(base + "/catalog/datasets/" + d.id() + "#" + slug(download.path()), DCAT.Distribution)
                .addProperty(DCTerms.title, m.createLiteral(download.titleEn(), "en"))
                .addProperty(DCAT.accessURL, url)
                .addProperty(DCAT.downloadURL, url)
                .addProperty(DCTerms.format, fileType(m, download.format()))
                .addProperty(DCAT.mediaType, mediaType(m, download.format()))
                .addProperty(DCTerms.license, licence);
    }

    private Resource contact(Model m) {
        Resource contact = m.createResource(base + "/catalog#contact", VCARD4.Kind)
                .addProperty(VCARD4.fn, settings.publisherName());
        Optional<String> email = settings.contactEmail();
        email.ifPresent(e -> contact.addProperty(VCARD4.hasEmail, m.createResource("mailto:" + e)));
        URI url = settings.contactUrl().orElse(settings.publicUrl());
        contact.addProperty(VCARD4.hasURL, m.createResource(url.toString()));
        return contact;
    }

    private static void languages(Model m, Resource r) {
        for (String code : new String[] {"VIE", "ENG"}) {
            r.addProperty(DCTerms.language, typed(concept(m, EU + "language/" + code, EU + "language"),
                    DCTerms.LinguisticSystem));
        }
    }

    /**
     * The term, 2020 to 2025. Named, like every node here, because a blank node gets a new label at
     * each writing, and the same catalogue must always be the same bytes (its ETag).
     */
    private Resource term(Model m) {
        return m.createResource(base + "/catalog#term-2020-2025", DCTerms.PeriodOfTime)
                .addProperty(DCAT.startDate, m.createTypedLiteral("2020-01-01", XSDDatatype.XSDdate))
                .addProperty(DCAT.endDate, m.createTypedLiteral("2025-12-31", XSDDatatype.XSDdate));
    }

    /**
     * The place: Viet Nam in the EU country vocabulary. Bắc Kạn has no IRI in a vocabulary DCAT-AP
     * accepts that could be checked here; the titles and descriptions name the province.
     */
    private static Resource vietnam(Model m) {
        return typed(concept(m, EU + "country/VNM", EU + "country"), DCTerms.Location);
    }

    private static Resource fileType(Model m, PublishedDatasets.Format format) {
        return typed(concept(m, EU + "file-type/" + format.fileType, EU + "file-type"), DCTerms.MediaTypeOrExtent);
    }

    private static Resource mediaType(Model m, PublishedDatasets.Format format) {
        return m.createResource(IANA + format.mediaType, DCTerms.MediaType);
    }

    /**
     * A controlled value of an EU vocabulary, with its English label there and its scheme, so the
     * catalogue says what it means without anyone having to fetch the vocabulary.
     */
    private static Resource concept(Model m, String iri, String scheme) {
        return m.createResource(iri, SKOS.Concept).addProperty(SKOS.prefLabel, m.createLiteral(LABELS.get(iri), "en"))
                .addProperty(SKOS.inScheme, scheme(m, scheme));
    }

    private static Resource scheme(Model m, String iri) {
        return m.createResource(iri, SKOS.ConceptScheme).addProperty(DCTerms.title, m.createLiteral(LABELS.get(iri),
                "en"));
    }

    private static Resource typed(Resource r, Resource type) {
        return r.addProperty(RDF.type, type);
    }

    private static org.apache.jena.rdf.model.Literal dateTime(Model m, Instant instant) {
        // ISO_INSTANT always writes the seconds, which xsd:dateTime requires (09:30:00Z, not 09:30Z).
        return m.createTypedLiteral(DateTimeFormatter.ISO_INSTANT.format(instant), XSDDatatype.XSDdateTime);
    }

    private static String slug(String path) {
        return path.replaceFirst("^/api/v1/", "").replaceAll("[^A-Za-z0-9]+", "-");
    }
}
