package id.lapor.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first national administrator of a production database (environment {@code LAPOR_BOOTSTRAP_ADMIN_*}).
 */
@ConfigurationProperties("lapor.bootstrap-admin")
record BootstrapAdminProperties(@Nullable String email, @Nullable String password) {
}
