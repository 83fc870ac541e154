package vn.backan.congress.commons.rest.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The paging query parameters every list takes, as a {@code @BeanParam}: {@code page} counts from 1
 * to {@value #MAX_PAGE}, {@code pageSize} defaults to {@value #DEFAULT_SIZE} and may not exceed
 * {@value #MAX_SIZE}. The bound on pages keeps (page − 1) × pageSize far inside what a query's
 * offset can hold, so no page number can overflow it.
 */
public class PageParams {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(value = 1, message = "must be 1 or more")
    @Max(value = MAX_PAGE, message = "must be " + MAX_PAGE + " or less")
    public int page = 1;

    @QueryParam("pageSize")
    @DefaultValue("" + DEFAULT_SIZE)
    @Min(value = 1, message = "must be 1 or more")
    @Max(value = MAX_SIZE, message = "must be " + MAX_SIZE + " or less")
    public int pageSize = DEFAULT_SIZE;

    public static PageParams of(int page, int pageSize) {
        PageParams params = new PageParams();
        params.page = page;
        params.pageSize = pageSize;
        return params;
    }

    /** Index of the first row of this page, for a query's offset. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
