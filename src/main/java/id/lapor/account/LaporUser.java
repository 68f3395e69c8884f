package id.lapor.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person; controllers receive it with {@code @AuthenticationPrincipal}. The password hash is erased
 * after login, so it never lives in the session.
 */
public final class LaporUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;
	private final String email;
	private final String fullName;
	private final Role role;
	private final @Nullable Long agencyId;
	private final boolean enabled;
	private final boolean agencyAdmin;
	private final long sessionVersion;
	private @Nullable String passwordHash;

	LaporUser(UUID id, String email, @Nullable String passwordHash, String fullName, Role role,
			@Nullable Long agencyId, boolean enabled, boolean agencyAdmin, long sessionVersion) {
		this.agencyAdmin = agencyAdmin;
		this.sessionVersion = sessionVersion;
		this.id = id;
		this.email = email;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.role = role;
		this.agencyId = agencyId;
		this.enabled = enabled;
	}

	public UUID id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String fullName() {
		return fullName;
	}

	public Role role() {
		return role;
	}

	/**
	 * The body of a staff member, {@code null} for a citizen.
	 */
	public @Nullable Long agencyId() {
		return agencyId;
	}

	/**
	 * The body of a staff member; fails for a citizen, who has none.
	 */
	public long requireAgencyId() {
		if (agencyId == null) {
			throw new IllegalStateException(email + " does not belong to a body");
		}
		return agencyId;
	}

	public boolean hasRole(Role candidate) {
		return role == candidate;
	}

	/** The account's session version when this person logged in; see {@code SessionVersionFilter}. */
	long sessionVersion() {
		return sessionVersion;
	}

	/** Whether this liaison officer administers their body and its units (admin instansi). */
	public boolean isAgencyAdmin() {
		return agencyAdmin;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return agencyAdmin
				? List.of(new SimpleGrantedAuthority(role.authority()), new SimpleGrantedAuthority(AGENCY_ADMIN_AUTHORITY))
				: List.of(new SimpleGrantedAuthority(role.authority()));
	}

	/** Session attribute telling the login page that the previous session was ended because the account changed. */
	public static final String SESSION_ENDED = "id.lapor.account.SESSION_ENDED";

	/** The authority of a body administrator, on top of {@code ROLE_LIAISON}. */
	public static final String AGENCY_ADMIN_AUTHORITY = "ROLE_AGENCY_ADMIN";

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof LaporUser user && user.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return "LaporUser[" + email + ", " + role + "]";
	}
}
