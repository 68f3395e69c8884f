package id.lapor.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.Year;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.account.Role;
import id.lapor.calendar.WorkingDayCalendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AdminCalendarControllerTests {

	private static final LocalDate JOINT_LEAVE = LocalDate.of(2030, 4, 8); // a Monday

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired WorkingDayCalendar calendar;
	@Autowired JdbcTemplate jdbc;

	@Test
	void theSeedHolidaysAreThere() throws Exception {
		mvc.perform(get("/admin/calendar").param("year", "2026").with(accounts.as(accounts.staff(Role.SUPERVISOR, "ksp"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Hari Ulang Tahun Kemerdekaan Republik Indonesia")));
		assertThat(calendar.holidaysOf(Year.of(2026))).isNotEmpty();
		assertThat(calendar.workingDays().isWorkingDay(LocalDate.of(2026, 8, 17))).isFalse();
	}

	@Test
	void theAdministratorAddsAndRemovesAJointLeaveDayWithAReason() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		assertThat(calendar.workingDays().isWorkingDay(JOINT_LEAVE)).isTrue();

		mvc.perform(post("/admin/calendar").with(csrf()).with(accounts.as(admin))
				.param("date", JOINT_LEAVE.toString()).param("nameId", "Cuti bersama Idul Fitri")
				.param("nameEn", "Joint leave for Eid al-Fitr").param("kind", "JOINT_LEAVE")
				.param("note", "SKB 3 Menteri 2030"))
				.andExpect(status().is3xxRedirection());
		assertThat(calendar.workingDays().isWorkingDay(JOINT_LEAVE)).isFalse();

		mvc.perform(post("/admin/calendar").with(csrf()).with(accounts.as(admin))
				.param("date", JOINT_LEAVE.toString()).param("nameId", "Lagi").param("nameEn", "Again")
				.param("kind", "JOINT_LEAVE").param("note", "Dobel"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "date", "calendar.date.taken"));

		mvc.perform(post("/admin/calendar/" + JOINT_LEAVE + "/remove").with(csrf()).with(accounts.as(admin))
				.param("note", "Dibatalkan"))
				.andExpect(status().is3xxRedirection());
		assertThat(calendar.workingDays().isWorkingDay(JOINT_LEAVE)).isTrue();
		assertThat(jdbc.queryForList("select action from holiday_changes where holiday_date = ? order by id",
				String.class, JOINT_LEAVE)).containsExactly("ADDED", "REMOVED");
	}

	@Test
	void supervisorsCannotChangeTheCalendar() throws Exception {
		mvc.perform(post("/admin/calendar").with(csrf()).with(accounts.as(accounts.staff(Role.SUPERVISOR, "ombudsman")))
				.param("date", "2030-05-06").param("nameId", "x").param("nameEn", "x").param("kind", "PUBLIC")
				.param("note", "x"))
				.andExpect(status().isForbidden());
	}
}
