/**
 * Regions (wilayah) and the catalogue of bodies a report can go to: ministries and central agencies, state-owned
 * enterprises, regional governments and their departments.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.agency;
