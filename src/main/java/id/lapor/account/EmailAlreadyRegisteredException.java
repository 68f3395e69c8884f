package id.lapor.account;

public class EmailAlreadyRegisteredException extends RuntimeException {

	EmailAlreadyRegisteredException() {
		super("The e-mail address is already registered");
	}
}
