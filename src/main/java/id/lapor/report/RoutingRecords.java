package id.lapor.report;

import java.util.List;

import id.lapor.routing.Explanation;
import id.lapor.routing.RoutingDecision;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a routing decision's explanation and alternatives with the report as JSON, as message codes and body
 * codes, so staff read them in their own language and with current names.
 */
@Component
class RoutingRecords {

	/** A body as stored: its code and the router's confidence in it. */
	record StoredAlternative(String code, double confidence) {}

	/** The body the router chose (even when nobody there could take the report yet) and the others it considered. */
	record StoredBodies(@Nullable StoredAlternative suggested, List<StoredAlternative> alternatives) {}

	private final JsonMapper json;

	RoutingRecords(JsonMapper json) {
		this.json = json;
	}

	String explanation(List<Explanation> explanation) {
		return json.writeValueAsString(explanation);
	}

	String bodies(RoutingDecision decision) {
		return json.writeValueAsString(new StoredBodies(
				new StoredAlternative(decision.target().code(), decision.confidence()),
				decision.alternatives().stream()
						.map(alternative -> new StoredAlternative(alternative.target().code(), alternative.confidence()))
						.toList()));
	}

	List<Explanation> readExplanation(@Nullable String stored) {
		return stored == null ? List.of() : json.readValue(stored, new TypeReference<List<Explanation>>() {});
	}

	StoredBodies readBodies(@Nullable String stored) {
		return stored == null ? new StoredBodies(null, List.of()) : json.readValue(stored, StoredBodies.class);
	}
}
