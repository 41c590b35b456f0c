package gov.cbp.medical.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The mapper behind {@link MedicalJson#mapper()}: Jackson's, except that every read failure of its own read
 * methods ({@code readValue}, {@code readTree}, {@code treeToValue}, {@code convertValue}) surfaces as a
 * {@link MedicalJsonException}, which quotes no input. Copies keep the behaviour.
 */
final class ModelMapper extends JsonMapper {
    private static final long serialVersionUID = 1L;

    ModelMapper() {
        super();
    }

    private ModelMapper(ModelMapper source) {
        super(source);
    }

    @Override
    public JsonMapper copy() {
        _checkInvalidCopy(ModelMapper.class);
        return new ModelMapper(this);
    }

    @Override
    protected Object _readMapAndClose(JsonParser parser, JavaType type) throws IOException {
        try {
            return super._readMapAndClose(parser, type);
        } catch (JsonProcessingException | RuntimeException e) {
            throw MedicalJsonException.of(e);
        }
    }

    @Override
    protected Object _readValue(DeserializationConfig config, JsonParser parser, JavaType type) throws IOException {
        try {
            return super._readValue(config, parser, type);
        } catch (JsonProcessingException | RuntimeException e) {
            throw MedicalJsonException.of(e);
        }
    }

    @Override
    protected JsonNode _readTreeAndClose(JsonParser parser) throws IOException {
        try {
            return super._readTreeAndClose(parser);
        } catch (JsonProcessingException | RuntimeException e) {
            throw MedicalJsonException.of(e);
        }
    }

    @Override
    public <T extends TreeNode> T readTree(JsonParser parser) throws IOException {
        try {
            return super.readTree(parser);
        } catch (JsonProcessingException | RuntimeException e) {
            throw MedicalJsonException.of(e);
        }
    }

    @Override
    protected Object _convert(Object value, JavaType type) {
        try {
            return super._convert(value, type);
        } catch (IllegalArgumentException e) {
            MedicalJsonException safe = MedicalJsonException.of(e.getCause() != null ? e.getCause() : e);
            throw new IllegalArgumentException(safe.getMessage(), safe);
        }
    }
}
