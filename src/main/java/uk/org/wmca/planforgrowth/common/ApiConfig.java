package uk.org.wmca.planforgrowth.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the API, under the {@code pfg.} prefix in {@code application.properties} or the environment. */
@ConfigMapping(prefix = "pfg")
public interface ApiConfig {

    /** Attribution carried in {@code meta.source} of every response. */
    AttributionConfig attribution();

    /** Seeding of the database from the versioned content files. */
    ContentConfig content();

    /** Attribution of the published content. */
    interface AttributionConfig {
        /** {@code pfg.attribution.publisher}: who publishes the plan. */
        @WithDefault("West Midlands Combined Authority")
        String publisher();

        /** {@code pfg.attribution.title}: title of the publication the content is drawn from. */
        @WithDefault("West Midlands Plan for Growth")
        String title();

        /** {@code pfg.attribution.url}: where the publication can be read. */
        @WithDefault(
                "https://www.wmca.org.uk/what-we-do/economy-and-innovation/plan-for-growth-a-vision-for-growth-in-the-west-midlands/")
        String url();

        /** {@code pfg.attribution.notice}: how the content relates to the publication. */
        @WithDefault(
                "Summarised in our own words from WMCA's published Plan for Growth. Every figure carries its own source.")
        String notice();
    }

    /** Seeding. */
    interface ContentConfig {
        /**
         * {@code pfg.content.seed}: import the content files into an empty database at start. Never touches a
         * database that already has content.
         */
        @WithDefault("true")
        boolean seed();
    }
}
