package id.lapor.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Look-ups of people for pages that show who did what.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

	private final AccountRepository accounts;

	AccountDirectory(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * Whether anybody can work on a body's reports: it has at least one enabled liaison officer.
	 */
	public boolean hasActiveLiaison(long agencyId) {
		return accounts.existsByAgencyIdAndRoleAndEnabledTrue(agencyId, Role.LIAISON);
	}

	/** The staff accounts of a body, enabled or not. */
	public List<StaffAccount> findStaff(long agencyId) {
		return accounts.findByAgencyIdOrderByFullNameAsc(agencyId).stream().map(Account::toStaffAccount).toList();
	}

	public Map<UUID, AccountSummary> findAll(Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of()
				: accounts.findByIdIn(ids).stream().map(Account::toSummary)
						.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
	}
}
