/**
 * The account pages: registration, login and its second step, password reset, the account page and two-step
 * verification.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.account.web;
