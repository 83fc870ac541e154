package vn.backan.congress.commons.rest.text;

import vn.backan.congress.commons.text.VietnameseText;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON conventions of every service: each string that arrives is normalised to NFC, so "Nguyễn"
 * typed on a keyboard that sends combining marks is stored, compared and keyed like the
 * precomposed one; decimals go out as plain numbers (1100, never 1.1E+3).
 */
@Singleton
public class JsonConventions implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("nfc-strings");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return VietnameseText.nfc(super.deserialize(p, ctxt));
            }
        });
        mapper.registerModule(module);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
