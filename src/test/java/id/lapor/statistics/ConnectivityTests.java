package id.lapor.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.account.Role;
import id.lapor.agency.AgencyKind;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Connectivity (keterhubungan): a body is connected when it has an enabled liaison account and actively managed when
 * one of them logged in within 30 days. Kabupaten Mamuju Tengah (76.06) is used by no other test.
 */
@IntegrationTest
class ConnectivityTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired Connectivity connectivity;

	@Test
	void bodiesAreConnectedByALiaisonAccountAndActiveByALogin() throws Exception {

		var before = total("76.06");
		assertThat(before.bodies()).isPositive();
		assertThat(before.connected()).isZero();

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-76.06");
		accounts.staff(Role.LIAISON, "dukcapil-76.06");
		var connected = total("76.06");
		assertThat(connected.connected()).isEqualTo(1);
		assertThat(connected.active()).isZero();

		mvc.perform(formLogin("/login").userParameter("email").user(liaison).password(TestAccounts.PASSWORD))
				.andExpect(status().is3xxRedirection());
		var active = total("76.06");
		assertThat(active.active()).isEqualTo(1);

		var rows = connectivity.byKind("76.06", null);
		assertThat(rows.stream().filter(row -> row.kind() != null).mapToLong(Connectivity.Row::bodies).sum())
				.isEqualTo(active.bodies());
		assertThat(rows).anySatisfy(row -> {
			assertThat(row.kind()).isEqualTo(AgencyKind.LOCAL_GOVERNMENT);
			assertThat(row.active()).isEqualTo(1);
		});

		mvc.perform(get("/monitoring").param("regionCode", "76.06")
				.with(accounts.as(accounts.staff(Role.SUPERVISOR, "ksp"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"connectivity\"")))
				.andExpect(content().string(containsString("Aktif mengelola")));
	}

	private Connectivity.Row total(String regionCode) {
		var rows = connectivity.byKind(regionCode, null);
		return rows.getLast();
	}
}
