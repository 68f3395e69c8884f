package id.lapor.agency;

import java.util.List;

/**
 * A standard department or enterprise of a regional government (DUKCAPIL, PUPR, PDAM, ...).
 */
public record UnitKind(String code, String nameTemplate, List<String> keywords) {
}
