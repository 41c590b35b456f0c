package gov.cbp.medical.model.validation.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The one JSON Pointer helper: RFC 6901 escaping, lazy paths and pointer strings agree. */
class PointerTest {
    @Test
    void root_isTheEmptyPointer() {
        assertThat(Pointer.ROOT.pointer()).isEmpty();
        assertThat(Pointer.ROOT.pointer(null)).isEmpty();
        assertThat(Pointer.ROOT.pointer("a")).isEqualTo("/a");
    }

    @Test
    void escape_tildeAndSlash_asRfc6901() {
        assertThat(Pointer.escape("a/b~c")).isEqualTo("a~1b~0c");
        assertThat(Pointer.escape("~1")).isEqualTo("~01");
        assertThat(Pointer.escape("plain")).isEqualTo("plain");
        assertThat(Pointer.escape("")).isEmpty();
    }

    @Test
    void childAndIndex_buildTheSamePointerAsAppend() {
        Pointer lazy = Pointer.ROOT.child("events").index(3).child("a/b");
        String eager = Pointer.append(Pointer.append(Pointer.append("", "events"), 3), "a/b");
        assertThat(lazy.pointer()).isEqualTo("/events/3/a~1b").isEqualTo(eager);
        assertThat(lazy.pointer("x~y")).isEqualTo("/events/3/a~1b/x~0y");
    }

    @Test
    void escapedPointer_resolvesTheProperty() throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree("{\"a/b\":{\"~c\":[0,7]}}");
        String pointer = Pointer.append(Pointer.append(Pointer.append("", "a/b"), "~c"), 1);
        assertThat(tree.at(JsonPointer.compile(pointer)).intValue()).isEqualTo(7);
    }

    @Test
    void tokens_unescapeWhatAppendEscaped() {
        assertThat(Pointer.tokens("")).isEmpty();
        assertThat(Pointer.tokens(Pointer.append(Pointer.append("", "a/b~c"), 2))).containsExactly("a/b~c", "2");
        assertThat(Pointer.tokens("/~01")).containsExactly("~1");
        assertThat(Pointer.tokens("/")).containsExactly("");
    }

    @Test
    void atInputName_pointsAtAPrintableName_andThroughTheObjectOtherwise() {
        assertThat(Pointer.atInputName("/a", "x/y")).isEqualTo("/a/x~1y");
        assertThat(Pointer.atInputName("/a", "line\nbreak")).isEqualTo("/a");
        assertThat(Pointer.atInputName("/a", "x".repeat(1_000))).isEqualTo("/a");
        assertThat(Pointer.ROOT.child("a").pointerAtInputName("x~")).isEqualTo("/a/x~0");
        assertThat(Pointer.ROOT.child("a").pointerAtInputName("\u202Eevil")).isEqualTo("/a");
    }
}
