package id.lapor.routing;

import id.lapor.agency.CatalogueChanged;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The router recognises bodies by their names and keywords: after the catalogue changed it rebuilds what it knows.
 */
@Component
class CatalogueListener {

	private final RoutingService routing;

	CatalogueListener(RoutingService routing) {
		this.routing = routing;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CatalogueChanged event) {
		routing.reload();
	}
}
