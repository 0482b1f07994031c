package uk.org.wmca.planforgrowth.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Knows which HTTP methods each route of the API accepts, read once from the JAX-RS annotations of the resource
 * beans, so that a 405 can carry the {@code Allow} header that RFC 9110 requires (Quarkus REST leaves it out).
 */
@ApplicationScoped
public class AllowedMethods {

    private final Map<Pattern, Set<String>> routes = new LinkedHashMap<>();
    private final Set<String> templates = new TreeSet<>();

    AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path classPath = bean.getBeanClass().getAnnotation(Path.class);
            if (classPath != null) {
                register(classPath.value(), bean.getBeanClass().getMethods());
            }
        }
    }

    /** The {@code Allow} header value for a request path, e.g. {@code GET, HEAD, OPTIONS}. */
    public Optional<String> forPath(String path) {
        Set<String> allowed = new TreeSet<>();
        routes.forEach((pattern, methods) -> {
            if (pattern.matcher(path).matches()) {
                allowed.addAll(methods);
            }
        });
        return allowed.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", allowed));
    }

    /** Whether a path template ({@code /api/v1/clusters/{slug}}) is one of the API's routes. */
    public boolean isRoute(String template) {
        return templates.contains(template);
    }

    private void register(String classPath, Method[] methods) {
        for (Method method : methods) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null) {
                continue;
            }
            Path methodPath = method.getAnnotation(Path.class);
            String template = join(classPath, methodPath == null ? "" : methodPath.value());
            templates.add(template);
            Set<String> allowed = routes.computeIfAbsent(toPattern(template), p -> new TreeSet<>(List.of("OPTIONS")));
            allowed.add(httpMethod);
            if (httpMethod.equals("GET")) {
                allowed.add("HEAD");
            }
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Pattern toPattern(String template) {
        List<String> parts = new ArrayList<>();
        for (String segment : template.split("/", -1)) {
            parts.add(segment.startsWith("{") && segment.endsWith("}") ? "[^/]+" : Pattern.quote(segment));
        }
        return Pattern.compile(String.join("/", parts) + "/?");
    }
}
