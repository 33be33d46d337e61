package io.partidb.engine.value;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.partidb.engine.Item;
import io.partidb.engine.error.EngineException;
import io.partidb.engine.error.ErrorCode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB JSON, the wire form of values and items: {@code {"S":"x"}}, {@code {"N":"1"}},
 * {@code {"B":"<base64>"}}, {@code {"BOOL":true}}, {@code {"NULL":true}}, {@code {"L":[...]}},
 * {@code {"M":{...}}}, {@code {"SS":[...]}}, {@code {"NS":[...]}}, {@code {"BS":[...]}}; an item
 * is an object of attribute name to typed value. Reading streams tokens with Jackson and applies
 * DynamoDB's rules as it goes; anything malformed is an {@link ErrorCode#VALIDATION} error.
 */
public final class DynamoJson {
    private static final String EMPTY_VALUE = "Supplied AttributeValue is empty, must contain "
            + "exactly one of the supported datatypes";
    private static final String SEVERAL_TYPES = "Supplied AttributeValue has more than one "
            + "datatypes set, must contain exactly one of the supported datatypes";
    private static final String NULL_NOT_TRUE = "One or more parameter values were invalid: "
            + "Null attribute value types must have the value of true";

    // Duplicate names in an item or map would otherwise silently keep the last value.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private DynamoJson() {
    }

    /** Reads one typed value, e.g. {@code {"N":"1.5"}}. */
    public static AttributeValue readValue(String json) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            expect(parser.nextToken() == JsonToken.START_OBJECT,
                    "expected a typed value such as {\"S\":\"text\"}");
            AttributeValue value = readTyped(parser, 1);
            expectEnd(parser);
            return value;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an item: a JSON object of attribute names to typed values. */
    public static Item readItem(String json) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            expect(parser.nextToken() == JsonToken.START_OBJECT,
                    "expected an item object of attribute names to typed values");
            Map<String, AttributeValue> attributes = new LinkedHashMap<>();
            String name;
            while ((name = parser.nextFieldName()) != null) {
                expect(parser.nextToken() == JsonToken.START_OBJECT,
                        "expected a typed value for attribute " + name);
                attributes.put(name, readTyped(parser, 1));
            }
            expectEnd(parser);
            return Item.of(attributes);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one typed value; numbers in canonical text, binaries in Base64. */
    public static String writeValue(AttributeValue value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = MAPPER.createGenerator(out)) {
            writeTyped(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes an item as an object of attribute names to typed values, in the item's order. */
    public static String writeItem(Item item) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = MAPPER.createGenerator(out)) {
            writeAttributes(generator, item.attributes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    // The parser is on the START_OBJECT of the typed value; leaves it on the matching END_OBJECT.
    private static AttributeValue readTyped(JsonParser parser, int depth) throws IOException {
        if (depth > AttributeValue.MAX_NESTING_DEPTH) {
            throw new EngineException(ErrorCode.VALIDATION, Literals.NESTING_TOO_DEEP);
        }
        String type = parser.nextFieldName();
        if (type == null) {
            throw new EngineException(ErrorCode.VALIDATION, EMPTY_VALUE);
        }
        JsonToken token = parser.nextToken();
        AttributeValue value;
        switch (type) {
            case "S" -> value = AttributeValue.ofString(text(parser, token, type));
            case "N" -> value = AttributeValue.ofNumber(text(parser, token, type));
            case "B" -> value = new AttributeValue.B(base64(text(parser, token, type)));
            case "BOOL" -> value = AttributeValue.ofBoolean(bool(token, type));
            case "NULL" -> {
                if (!bool(token, type)) {
                    throw new EngineException(ErrorCode.VALIDATION, NULL_NOT_TRUE);
                }
                value = AttributeValue.nul();
            }
            case "L" -> {
                expect(token == JsonToken.START_ARRAY, "the value of \"L\" must be a JSON array");
                List<AttributeValue> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    expect(parser.currentToken() == JsonToken.START_OBJECT,
                            "the elements of \"L\" must be typed values");
                    elements.add(readTyped(parser, depth + 1));
                }
                value = AttributeValue.ofList(elements);
            }
            case "M" -> {
                expect(token == JsonToken.START_OBJECT, "the value of \"M\" must be a JSON object");
                Map<String, AttributeValue> entries = new LinkedHashMap<>();
                String name;
                while ((name = parser.nextFieldName()) != null) {
                    expect(parser.nextToken() == JsonToken.START_OBJECT,
                            "the entries of \"M\" must be typed values");
                    entries.put(name, readTyped(parser, depth + 1));
                }
                value = AttributeValue.ofMap(entries);
            }
            case "SS" -> value = AttributeValue.ofStringSet(textArray(parser, token, type));
            case "NS" -> {
                List<BigDecimal> members = new ArrayList<>();
                for (String member : textArray(parser, token, type)) {
                    members.add(AttributeValue.ofNumber(member).value());
                }
                value = AttributeValue.ofNumberSet(members);
            }
            case "BS" -> {
                List<Bytes> members = new ArrayList<>();
                for (String member : textArray(parser, token, type)) {
                    members.add(base64(member));
                }
                value = AttributeValue.ofBinarySet(members);
            }
            default -> throw invalid("unknown data type \"" + type
                    + "\"; expected one of S, N, B, BOOL, NULL, L, M, SS, NS, BS");
        }
        if (parser.nextToken() != JsonToken.END_OBJECT) {
            throw new EngineException(ErrorCode.VALIDATION, SEVERAL_TYPES);
        }
        return value;
    }

    private static String text(JsonParser parser, JsonToken token, String type)
            throws IOException {
        expect(token == JsonToken.VALUE_STRING,
                "the value of \"" + type + "\" must be a JSON string");
        return parser.getText();
    }

    private static boolean bool(JsonToken token, String type) {
        expect(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE,
                "the value of \"" + type + "\" must be a JSON boolean");
        return token == JsonToken.VALUE_TRUE;
    }

    private static List<String> textArray(JsonParser parser, JsonToken token, String type)
            throws IOException {
        expect(token == JsonToken.START_ARRAY,
                "the value of \"" + type + "\" must be a JSON array of strings");
        List<String> members = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            expect(parser.currentToken() == JsonToken.VALUE_STRING,
                    "the members of \"" + type + "\" must be JSON strings");
            members.add(parser.getText());
        }
        return members;
    }

    private static Bytes base64(String text) {
        try {
            return Bytes.owning(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw new EngineException(ErrorCode.VALIDATION,
                    "Invalid DynamoDB JSON: binary data is not valid Base64", e);
        }
    }

    private static void writeAttributes(JsonGenerator generator, Map<String, AttributeValue> values)
            throws IOException {
        generator.writeStartObject();
        for (Map.Entry<String, AttributeValue> e : values.entrySet()) {
            generator.writeFieldName(e.getKey());
            writeTyped(generator, e.getValue());
        }
        generator.writeEndObject();
    }

    private static void writeTyped(JsonGenerator generator, AttributeValue value)
            throws IOException {
        generator.writeStartObject();
        generator.writeFieldName(value.type().name());
        if (value instanceof AttributeValue.S s) {
            generator.writeString(s.value());
        } else if (value instanceof AttributeValue.N n) {
            generator.writeString(Numbers.plain(n.value()));
        } else if (value instanceof AttributeValue.B b) {
            generator.writeString(b.value().toBase64());
        } else if (value instanceof AttributeValue.Bool bool) {
            generator.writeBoolean(bool.value());
        } else if (value instanceof AttributeValue.Null) {
            generator.writeBoolean(true);
        } else if (value instanceof AttributeValue.L list) {
            generator.writeStartArray();
            for (AttributeValue element : list.values()) {
                writeTyped(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof AttributeValue.M map) {
            writeAttributes(generator, map.values());
        } else if (value instanceof AttributeValue.SS set) {
            generator.writeStartArray();
            for (String member : set.values()) {
                generator.writeString(member);
            }
            generator.writeEndArray();
        } else if (value instanceof AttributeValue.NS set) {
            generator.writeStartArray();
            for (BigDecimal member : set.values()) {
                generator.writeString(Numbers.plain(member));
            }
            generator.writeEndArray();
        } else {
            generator.writeStartArray();
            for (Bytes member : ((AttributeValue.BS) value).values()) {
                generator.writeString(member.toBase64());
            }
            generator.writeEndArray();
        }
        generator.writeEndObject();
    }

    private static void expectEnd(JsonParser parser) throws IOException {
        expect(parser.nextToken() == null, "unexpected content after the end of the value");
    }

    private static void expect(boolean condition, String problem) {
        if (!condition) {
            throw invalid(problem);
        }
    }

    private static EngineException invalid(String problem) {
        return new EngineException(ErrorCode.VALIDATION, "Invalid DynamoDB JSON: " + problem);
    }

    private static EngineException malformed(JsonProcessingException e) {
        return new EngineException(ErrorCode.VALIDATION,
                "Invalid DynamoDB JSON: " + e.getOriginalMessage(), e);
    }
}
