package uk.org.wmca.planforgrowth.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A configured public URL wins over whatever Host a request names. */
class PublicOriginTest {

    @Test
    void shouldUseTheConfiguredPublicUrlWithoutItsTrailingSlash() {
        PublicOrigin origins = new PublicOrigin(config(Optional.of("https://planforgrowth.example.org/")));
        assertEquals("https://planforgrowth.example.org", origins.of(null), "the request is not even read");
    }

    private static ApiConfig config(Optional<String> publicUrl) {
        return new ApiConfig() {
            @Override
            public AttributionConfig attribution() {
                return null;
            }

            @Override
            public ContentConfig content() {
                return null;
            }

            @Override
            public CacheConfig cache() {
                return null;
            }

            @Override
            public EditingConfig editing() {
                return null;
            }

            @Override
            public Optional<String> publicUrl() {
                return publicUrl;
            }
        };
    }
}
