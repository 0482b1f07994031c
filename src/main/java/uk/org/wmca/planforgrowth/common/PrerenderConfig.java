package uk.org.wmca.planforgrowth.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code pfg.prerender.*}: rendering the published content into memory ahead of clients (see {@link Prerender}). */
@ConfigMapping(prefix = "pfg.prerender")
public interface PrerenderConfig {

    /** {@code pfg.prerender.enabled}: walk the published content after the start and after every change. */
    @WithDefault("true")
    boolean enabled();

    /** {@code pfg.prerender.max-requests}: the most representations one walk renders. */
    @WithDefault("50000")
    int maxRequests();
}
