package vn.backan.congress.targets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a figure was published: the page, its title and publisher, the date it carries (as precise
 * as the page gives it: 2023, 2023-11 or 2023-11-05), and the sentence that states the figure,
 * verbatim. Null as a whole when a figure names no published source.
 */
@Embeddable
public record Citation(
        @Column(name = "source_url") String url,
        @Column(name = "source_title") String title,
        @Column(name = "publisher") String publisher,
        @Column(name = "published_on") String publishedOn,
        @Column(name = "quote") String quote) {
}
