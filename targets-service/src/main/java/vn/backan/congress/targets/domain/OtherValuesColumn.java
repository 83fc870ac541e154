package vn.backan.congress.targets.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * A figure's other published values as one JSON array in its row: they are read and written whole
 * with the figure, never queried on their own. No values is NULL, not "[]".
 */
@Converter
public class OtherValuesColumn implements AttributeConverter<List<OtherValue>, String> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<OtherValue>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<OtherValue> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("other values could not be written as JSON", e);
        }
    }

    @Override
    public List<OtherValue> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(column, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("other values in the database are not the JSON this service writes", e);
        }
    }
}
