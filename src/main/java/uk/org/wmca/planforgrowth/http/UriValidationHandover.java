package uk.org.wmca.planforgrowth.http;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.SmallRyeConfigBuilderCustomizer;

/**
 * Hands the check of request targets from Quarkus to {@link RequestRules}. Quarkus checks every request target
 * before any route and answers an invalid one with a bare 400 (no problem, no request id, no security headers); its
 * one switch is the system property {@code vertx.disableURIValidation}, read once when its HTTP layer is set up. This
 * runs while the configuration is built, before that, and sets it; {@link RequestRules} then refuses every target
 * that Quarkus would have refused (it parses them the same way, with {@link java.net.URI}), with a problem.
 * Registered in {@code META-INF/services/io.smallrye.config.SmallRyeConfigBuilderCustomizer}.
 */
public class UriValidationHandover implements SmallRyeConfigBuilderCustomizer {

    static final String PROPERTY = "vertx.disableURIValidation";

    @Override
    public void configBuilder(SmallRyeConfigBuilder builder) {
        System.setProperty(PROPERTY, "true");
    }
}
