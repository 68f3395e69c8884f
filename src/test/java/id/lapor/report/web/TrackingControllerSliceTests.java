package id.lapor.report.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import id.lapor.report.ReportQueries;
import id.lapor.report.TrackingNumber;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The tracking page on its own (a controller slice, no database): what it answers for an empty, a malformed and an
 * unknown number. Who may see what of a found report is the query's job, tested with the report module.
 */
@WebMvcTest(TrackingController.class)
// The page is public; the security rules are tested with the whole application (EndpointAccessMatrixTests).
@AutoConfigureMockMvc(addFilters = false)
class TrackingControllerSliceTests {

	@Autowired MockMvc mvc;
	@MockitoBean ReportQueries queries;

	@Test
	void anEmptyNumberShowsTheFormAndAMalformedOneSaysSoWithoutALookUp() throws Exception {

		mvc.perform(get("/track")).andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"number\"")));
		mvc.perform(get("/track").param("number", "bukan-nomor!")).andExpect(status().isOk())
				.andExpect(content().string(containsString("bukan-nomor!")));
		verifyNoInteractions(queries);
	}

	@Test
	void anUnknownNumberIsNotFound() throws Exception {

		given(queries.findForTracking(eq(new TrackingNumber("7KQ2MX9R4D")), any(), any())).willReturn(Optional.empty());

		mvc.perform(get("/track").param("number", "7KQ2M-X9R4D")).andExpect(status().isNotFound());
	}
}
