/**
 * Infrastructure every module relies on: the embedded database for development, locale handling, the home page
 * and error pages.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "System", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.lapor.system;
