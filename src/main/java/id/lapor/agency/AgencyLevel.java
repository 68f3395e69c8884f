package id.lapor.agency;

public enum AgencyLevel {
	NATIONAL, PROVINCE, REGENCY
}
