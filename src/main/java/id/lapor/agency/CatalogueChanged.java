package id.lapor.agency;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Bodies were added, renamed, re-keyworded, activated or deactivated; whoever caches the catalogue reloads it.
 */
@DomainEvent
public record CatalogueChanged(int bodies) {
}
