package gov.cbp.medical.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import gov.cbp.medical.model.custody.CustodyEpisode;
import gov.cbp.medical.model.json.MedicalJson;
import gov.cbp.medical.model.validation.PayloadSchema;
import gov.cbp.medical.model.validation.PayloadValidator;
import gov.cbp.medical.model.validation.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One payload, four ways: the floor (Jackson reading a tree; Jackson binding into the model with no checks),
 * the library's full validation (bind, every check, the problem report), and the peer (networknt's JSON
 * Schema validator checking the same bytes against the library's own generated schema).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {
    @Param({"short-adult", "juvenile-day", "family-72h"})
    public String size;

    byte[] bytes;
    String text;
    ObjectMapper mapper;
    PayloadValidator validator;
    Schema schema;

    @Setup
    public void setUp() {
        bytes = Payloads.of(size).bytes();
        text = new String(bytes, StandardCharsets.UTF_8);
        mapper = MedicalJson.mapper();
        validator = PayloadValidator.builder().checkFutureTimes(false).build();
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(PayloadSchema.episode(), InputFormat.JSON);
    }

    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return mapper.readTree(bytes);
    }

    @Benchmark
    public CustodyEpisode jacksonBind() throws IOException {
        return mapper.readValue(bytes, CustodyEpisode.class);
    }

    @Benchmark
    public ValidationResult<CustodyEpisode> libraryValidate() {
        return validator.validate(bytes);
    }

    @Benchmark
    public int networkntSchema() {
        return schema.validate(text, InputFormat.JSON).size();
    }
}
