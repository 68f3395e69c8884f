/**
 * The citizen's data page: download and erasure.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.privacy.web;
