package uk.org.wmca.planforgrowth.http;

import java.util.List;

/** A list of path prefixes, each covering itself and everything below it: {@code /embed} covers {@code /embed/x}. */
record PathPrefixes(List<String> prefixes) {

    static PathPrefixes of(List<String> configured) {
        return new PathPrefixes(configured.stream()
                .map(String::trim)
                .filter(p -> !p.isEmpty())
                .map(p -> p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p)
                .toList());
    }

    boolean matches(String path) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)
                    && (path.length() == prefix.length()
                            || prefix.equals("/")
                            || path.charAt(prefix.length()) == '/')) {
                return true;
            }
        }
        return false;
    }
}
