package id.lapor.account;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

@Entity
@Table(name = "accounts")
class Account {

	@Id
	private UUID id;
	private String email;
	private String passwordHash;
	private String fullName;
	private @Nullable String phone;
	@Enumerated(EnumType.STRING)
	private Role role;
	private @Nullable Long agencyId;
	private boolean enabled;
	private boolean agencyAdmin;
	private Instant createdAt;
	private @Nullable Instant emailVerifiedAt;
	/** Raised whenever every session of the account must end; a session holding an older value is refused. */
	private long sessionVersion;
	/** Null until first saved, which is how Spring Data tells a new aggregate with an assigned id. */
	@Version
	private @Nullable Long version;

	protected Account() {}

	private Account(String email, String passwordHash, String fullName, @Nullable String phone, Role role,
			@Nullable Long agencyId, Instant now) {

		Assert.isTrue(role.isStaff() == (agencyId != null), "Staff, and only staff, belong to a body");

		this.id = UUID.randomUUID();
		this.email = normalize(email);
		this.passwordHash = passwordHash;
		this.fullName = fullName.strip();
		this.phone = phone == null || phone.isBlank() ? null : phone.strip();
		this.role = role;
		this.agencyId = agencyId;
		this.enabled = true;
		this.createdAt = now;
	}

	static Account citizen(String email, String passwordHash, String fullName, @Nullable String phone, Instant now) {
		return new Account(email, passwordHash, fullName, phone, Role.CITIZEN, null, now);
	}

	/** Staff addresses are given by an administrator of their body, so they count as verified. */
	static Account staff(String email, String passwordHash, String fullName, Role role, long agencyId, Instant now) {
		var account = new Account(email, passwordHash, fullName, null, role, agencyId, now);
		account.verifyEmail(now);
		return account;
	}

	/** A liaison officer who also administers their body (admin instansi). */
	void grantAgencyAdministration() {
		Assert.isTrue(role == Role.LIAISON, "Only a liaison officer administers a body");
		this.agencyAdmin = true;
	}

	void disable() {
		this.enabled = false;
		endSessions();
	}

	/** Ends every session of this account, on every instance, at their next request. */
	void endSessions() {
		this.sessionVersion++;
	}

	/** The person showed they read mail at the address. */
	void verifyEmail(Instant now) {
		if (emailVerifiedAt == null) {
			this.emailVerifiedAt = now;
		}
	}

	boolean isEmailVerified() {
		return emailVerifiedAt != null;
	}

	boolean isEnabled() {
		return enabled;
	}

	/**
	 * Erasure (UU PDP): the row stays, so the history and the reports that point at it stay whole, but nothing in it
	 * identifies the person any more, and it can never log in again.
	 */
	void erase(String placeholderEmail, String erasedName, String unusablePasswordHash) {
		this.email = placeholderEmail;
		this.fullName = erasedName;
		this.phone = null;
		this.passwordHash = unusablePasswordHash;
		this.enabled = false;
		this.emailVerifiedAt = null;
		endSessions();
	}

	/** A new password ends the sessions that the old one opened. */
	void changePassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
		endSessions();
	}

	String getEmail() {
		return email;
	}

	String getFullName() {
		return fullName;
	}

	Role getRole() {
		return role;
	}

	@Nullable Long getAgencyId() {
		return agencyId;
	}

	UUID getId() {
		return id;
	}

	StaffAccount toStaffAccount() {
		return new StaffAccount(id, fullName, email, role, enabled, agencyAdmin);
	}

	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	LaporUser toUser() {
		return new LaporUser(id, email, passwordHash, fullName, role, agencyId, enabled, agencyAdmin, sessionVersion);
	}

	AccountSummary toSummary() {
		return new AccountSummary(id, fullName, email, phone, role);
	}
}
