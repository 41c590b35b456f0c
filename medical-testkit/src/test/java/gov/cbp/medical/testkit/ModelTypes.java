package gov.cbp.medical.testkit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import gov.cbp.medical.model.common.Coded;
import gov.cbp.medical.model.custody.CustodyEpisode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The public types of the model, found by scanning its classes (directory or jar). */
final class ModelTypes {
    private static final List<Class<?>> ALL = scan();

    private ModelTypes() {}

    /** Every public top-level type of the model's exported packages (not {@code internal}). */
    static List<Class<?>> all() {
        return ALL;
    }

    /** Every public enum that implements {@link Coded}. */
    static List<Class<?>> codedEnums() {
        return ALL.stream().filter(t -> t.isEnum() && Coded.class.isAssignableFrom(t)).collect(Collectors.toList());
    }

    /** Every public type bound to JSON with {@code @JsonDeserialize}. */
    static List<Class<?>> jsonTypes() {
        return ALL.stream().filter(t -> t.isAnnotationPresent(JsonDeserialize.class)).collect(Collectors.toList());
    }

    private static List<Class<?>> scan() {
        try {
            URI location = CustodyEpisode.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            Path root = Path.of(location);
            if (Files.isDirectory(root)) {
                return classes(root);
            }
            try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
                return classes(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> classes(Path root) throws IOException {
        Path base = root.resolve("gov/cbp/medical/model");
        try (Stream<Path> files = Files.walk(base)) {
            return files.map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.contains("/internal/")
                            && !name.endsWith("package-info.class") && !name.contains("/Immutable"))
                    .sorted()
                    .map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')))
                    .filter(type -> Modifier.isPublic(type.getModifiers()))
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ModelTypes.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
