package id.lapor.routing;

/**
 * Which level of government normally handles a category (UU 23/2014 on regional government).
 */
enum Jurisdiction {
	NATIONAL, PROVINCE, REGENCY
}
