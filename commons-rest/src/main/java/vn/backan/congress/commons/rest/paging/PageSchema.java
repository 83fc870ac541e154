package vn.backan.congress.commons.rest.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@link Page} as the contract shows it. An annotation cannot name {@code Page<IndicatorView>}, so
 * each service declares one named subclass per item type ({@code IndicatorPage extends
 * PageSchema<IndicatorView>}) for its list operations to point at. Never instantiated.
 */
public abstract class PageSchema<T> {

    @Schema(required = true, maxItems = PageParams.MAX_SIZE, description = "This page's items")
    public List<T> items;
    @Schema(required = true, minimum = "1", maximum = "" + PageParams.MAX_PAGE)
    public int page;
    @Schema(required = true, minimum = "1", maximum = "" + PageParams.MAX_SIZE)
    public int pageSize;
    @Schema(required = true, minimum = "0", format = "int64", description = "Items in all pages")
    public long totalItems;
    @Schema(required = true, minimum = "1", description = "At least 1, even when there are no items")
    public int totalPages;

    protected PageSchema() {
    }
}
