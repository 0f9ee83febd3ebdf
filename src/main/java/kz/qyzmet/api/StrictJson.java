package kz.qyzmet.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Collection;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads request bodies strictly, so that a client's mistake is named precisely instead of being
 * silently ignored or coerced: unknown fields, a number given as text (or text as a number), a
 * fraction where a whole number is expected, a duplicated key, a string where an array is expected
 * all fail with the path of the field at fault.
 */
@Component
public class StrictJson {

  /** Far above any honest request (30 documents, a complaint of 4000 characters). */
  public static final int MAX_BODY_CHARS = 100_000;

  private final ObjectMapper mapper;

  public StrictJson(ObjectMapper springMapper) {
    ObjectMapper strict = springMapper.copy()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    strict.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    strict.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    strict.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    strict.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    this.mapper = strict;
  }

  /** The body as {@code type}, or a 400 naming the field at fault. */
  public <T> T read(String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      throw ApiException.badRequest("body", "required", "The request needs a JSON body");
    }
    if (body.length() > MAX_BODY_CHARS) {
      throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "body", "too-long",
          "The request body is longer than " + MAX_BODY_CHARS + " characters");
    }
    try {
      T value = mapper.readValue(body, type);
      if (value == null) {
        throw ApiException.badRequest("body", "wrong-type", "The request body must be a JSON object");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      String field = path(e, true);
      throw ApiException.badRequest(field, "unknown-field", field + " is not a field of this request"
          + (e.getKnownPropertyIds() == null ? "" : " (known: " + known(e.getKnownPropertyIds()) + ")"));
    } catch (MismatchedInputException e) {
      String field = path(e, false);
      throw ApiException.badRequest(field, "wrong-type", ("body".equals(field) ? "The request body" : field)
          + " must be " + expected(e.getTargetType()));
    } catch (JsonMappingException e) {
      String field = path(e, false);
      throw ApiException.badRequest(field, "wrong-type", field + " cannot be read: " + e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      var location = e.getLocation();
      throw ApiException.badRequest("body", "malformed", "The request body is not well-formed JSON"
          + (location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")")
          + ": " + e.getOriginalMessage());
    }
  }

  static String path(JsonMappingException e, boolean withUnknownName) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    if (withUnknownName && e instanceof UnrecognizedPropertyException u && path.isEmpty()) {
      path.append(u.getPropertyName());
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static String known(Collection<Object> ids) {
    return String.join(", ", ids.stream().map(String::valueOf).sorted().toList());
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
      return "a whole number";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a JSON object";
    }
    return "a " + type.getSimpleName();
  }
}
