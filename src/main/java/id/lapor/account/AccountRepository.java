package id.lapor.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, UUID> {

	Account save(Account account);

	Account saveAndFlush(Account account);

	Optional<Account> findByEmail(String email);

	Optional<Account> findById(UUID id);

	List<Account> findByAgencyIdOrderByFullNameAsc(Long agencyId);

	boolean existsByEmail(String email);

	List<Account> findByIdIn(Collection<UUID> ids);

	boolean existsByAgencyIdAndRoleAndEnabledTrue(Long agencyId, Role role);
}
