package vn.backan.congress.commons.rest.cache;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read whose representation depends only on the request (URI, Accept, today's date) and on the
 * datasets named here, so it can be kept and served again until one of them changes. None named
 * means it depends on the seed alone. Not for anything that differs by caller.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CachedRead {

    /** The datasets ({@code congress.cache.datasets}) the representation is computed from. */
    String[] value() default {};
}
