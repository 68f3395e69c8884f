package id.lapor.agency;

public enum RegionLevel {
	PROVINCE, REGENCY
}
