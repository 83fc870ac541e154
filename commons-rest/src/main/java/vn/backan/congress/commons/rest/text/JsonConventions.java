package vn.backan.congress.commons.rest.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import vn.backan.congress.commons.text.TextChecks;
import vn.backan.congress.commons.text.VietnameseText;

/**
 * JSON conventions of every service. Each string that arrives is normalised to NFC, so "Nguyễn"
 * typed on a keyboard that sends combining marks is stored, compared and keyed like the
 * precomposed one, and a string with a control character or a lone surrogate is refused rather
 * than stored bent. A key that appears twice in an object is refused (the last one would win).
 * Fractions are read as decimals, so 1e-400 stays 1e-400 instead of becoming 0. Decimals go out
 * as plain numbers (1100, never 1.1E+3).
 */
@Singleton
public class JsonConventions implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("checked-nfc-strings");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = super.deserialize(p, ctxt);
                Optional<String> problem = TextChecks.problem(text);
                if (problem.isPresent()) {
                    throw InvalidFormatException.from(p, problem.get(), text, String.class);
                }
                return VietnameseText.nfc(text);
            }
        });
        mapper.registerModule(module);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
