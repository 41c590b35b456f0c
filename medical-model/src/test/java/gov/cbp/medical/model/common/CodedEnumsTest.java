package gov.cbp.medical.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.model.json.MedicalJson;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every coded enum of the model: codes round-trip, unknown codes fall back or fail, null stays null. */
class CodedEnumsTest {
    private static final ObjectMapper MAPPER = MedicalJson.mapper();

    @SuppressWarnings("unchecked")
    static Stream<Class<? extends Enum<?>>> codedEnums() throws Exception {
        Path root = Path.of(Coded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = files.map(root::relativize).map(Path::toString)
                    .filter(n -> n.endsWith(".class") && !n.matches(".*\\$[0-9].*") && !n.equals("module-info.class"))
                    .map(n -> n.substring(0, n.length() - 6).replace(File.separatorChar, '.'))
                    .collect(Collectors.toList());
            return names.stream().map(CodedEnumsTest::load)
                    .filter(c -> c.isEnum() && Coded.class.isAssignableFrom(c))
                    .map(c -> (Class<? extends Enum<?>>) c);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CodedEnumsTest.class.getClassLoader()); // nested enums too
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("codedEnums")
    void fromCode_everyCode_roundTrips(Class<? extends Enum<?>> type) throws Exception {
        Method fromCode = type.getMethod("fromCode", String.class);
        for (Enum<?> constant : type.getEnumConstants()) {
            String code = ((Coded) constant).code();
            assertThat(code).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(fromCode.invoke(null, code)).isSameAs(constant);
            assertThat(MAPPER.writeValueAsString(constant)).isEqualTo("\"" + code + "\"");
            assertThat(MAPPER.readValue("\"" + code + "\"", type)).isSameAs(constant);
        }
        assertThat(fromCode.invoke(null, (Object) null)).isNull();
    }

    @ParameterizedTest
    @MethodSource("codedEnums")
    void fromCode_unknownCode_isUnknownOrRejected(Class<? extends Enum<?>> type) throws Exception {
        Method fromCode = type.getMethod("fromCode", String.class);
        boolean open = Stream.of(type.getEnumConstants()).anyMatch(c -> c.name().equals("UNKNOWN"));
        if (open) {
            assertThat(((Enum<?>) fromCode.invoke(null, "no-such-code")).name()).isEqualTo("UNKNOWN");
            assertThat(MAPPER.readValue("\"no-such-code\"", type).name()).isEqualTo("UNKNOWN");
        } else {
            assertThatThrownBy(() -> fromCode.invoke(null, "no-such-code"))
                    .hasCauseInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getCause().getMessage()).doesNotContain("no-such-code"));
            assertThatThrownBy(() -> MAPPER.readValue("\"no-such-code\"", type))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("no-such-code"));
        }
    }

    @org.junit.jupiter.api.Test
    void theModelHasCodedEnums() throws Exception {
        assertThat(codedEnums().count()).isGreaterThan(25);
    }

    @org.junit.jupiter.api.Test
    void codeTable_duplicateCodes_areRejected() throws URISyntaxException {
        assertThatThrownBy(() -> CodeTable.of(Twins.class)).isInstanceOf(IllegalStateException.class);
    }

    enum Twins implements Coded {
        A, B;

        @Override
        public String code() {
            return "same";
        }
    }
}
