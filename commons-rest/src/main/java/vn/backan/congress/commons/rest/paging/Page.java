package vn.backan.congress.commons.rest.paging;

import java.util.List;

/** The list envelope: one page of items and where it sits in the whole. */
public record Page<T>(List<T> items, int page, int pageSize, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageParams params, long totalItems) {
        int totalPages = (int) Math.max(1, (totalItems + params.pageSize - 1) / params.pageSize);
        return new Page<>(List.copyOf(items), params.page, params.pageSize, totalItems, totalPages);
    }

    /** Pages an in-memory list (small reference lists that are read whole). */
    public static <T> Page<T> slice(List<T> all, PageParams params) {
        int from = (int) Math.min(all.size(), params.offset());
        int to = Math.min(all.size(), from + params.pageSize);
        return of(all.subList(from, to), params, all.size());
    }
}
