package id.lapor.benchmark;

/**
 * The generator will not write synthetic data into a database that holds real data.
 */
class SyntheticDataRefusedException extends RuntimeException {

	SyntheticDataRefusedException(String message) {
		super(message);
	}
}
