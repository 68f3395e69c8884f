/**
 * People who log in: citizens, liaison officers of a body, the national administrator and supervisors. Owns
 * registration, login and the security rules of every page.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.account;
