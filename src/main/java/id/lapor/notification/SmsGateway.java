package id.lapor.notification;

/**
 * Sends a short text message to a phone number (the SMS 1708 channel runs through a provider's gateway).
 */
interface SmsGateway {

	void send(String phone, String text);
}
