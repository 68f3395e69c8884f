package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Random;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public timeline ({@code /laporan}, issue #18): who may see what there, search, filters and paging.
 */
@IntegrationTest
class PublicTimelineTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired PublicTimeline timeline;

	@Test
	void listsRoutedReportsWithTheirBodyAndNeverTheReporter() throws Exception {

		var word = uniqueWord();
		var reporter = accounts.citizen("Daeng Publik " + word);
		reports.ensureLiaison("dukcapil-73.71");
		var number = reports.submit(reporter, "73.71", "kependudukan-ktp", "Blangko KTP-el habis " + word,
				"Sudah tiga bulan blangko habis di kantor kecamatan " + word + ", kami hanya diberi surat keterangan.");

		mvc.perform(get("/laporan").param("q", word))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/laporan/" + number.value())))
				.andExpect(content().string(containsString("Blangko KTP-el habis " + word)))
				.andExpect(content().string(containsString("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar")))
				.andExpect(content().string(containsString("data-colour=\"red\"")))
				.andExpect(content().string(not(containsString("Daeng Publik"))));

		mvc.perform(get("/laporan/{number}", number.value()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Sudah tiga bulan blangko habis")))
				.andExpect(content().string(not(containsString("Daeng Publik"))))
				.andExpect(content().string(not(containsString(reporter))))
				.andExpect(content().string(containsString(
						"<meta property=\"og:url\" content=\"http://localhost:8080/laporan/" + number.value() + "\">")))
				.andExpect(content().string(containsString(
						"<meta property=\"og:title\" content=\"Blangko KTP-el habis " + word + "\">")));
	}

	@Test
	void anAnonymousReportIsListedWithoutAnyTraceOfItsReporter() throws Exception {

		var reporter = accounts.citizen("Pelapor Tanpa Nama");
		var number = reports.ktpComplaint(reporter, true, false);

		mvc.perform(get("/laporan/{number}", number.value()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Sudah tiga bulan blangko KTP-el habis")))
				.andExpect(content().string(not(containsString("Pelapor Tanpa Nama"))))
				.andExpect(content().string(not(containsString(reporter))));
	}

	@Test
	void aConfidentialReportIsNeverListedNorShown() throws Exception {

		var reporter = accounts.citizen("Pelapor Rahasia");
		var number = reports.ktpComplaint(reporter, false, true);
		var title = timeline.find(PublicTimeline.Filter.none(), null, 50, Locale.ROOT).entries().stream()
				.filter(entry -> entry.trackingNumber().equals(number)).toList();

		assertThat(title).isEmpty();
		mvc.perform(get("/laporan").param("instansi", "dukcapil-73.71"))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("/laporan/" + number.value()))));
		mvc.perform(get("/laporan/{number}", number.value())).andExpect(status().isNotFound());
		// Not to its own reporter either: the public page is the public's; the reporter has their own.
		mvc.perform(get("/laporan/{number}", number.value()).with(accounts.as(reporter))).andExpect(status().isNotFound());
	}

	@Test
	void aReportWaitingForVerificationIsNotPublicYet() throws Exception {

		var word = uniqueWord();
		var reporter = accounts.citizen("Warga Aceh");
		// Nobody answers for Aceh Selatan's population office in the tests: the report waits for the national administrator.
		var number = reports.submit(reporter, "11.01", "kependudukan-ktp", "Antrean KTP " + word,
				"Antrean perekaman KTP-el sangat panjang " + word + " dan petugas sering tidak ada.");

		mvc.perform(get("/laporan").param("q", word))
				.andExpect(content().string(containsString("id=\"timeline-empty\"")))
				.andExpect(content().string(not(containsString(number.value()))));
		mvc.perform(get("/laporan/{number}", number.value())).andExpect(status().isNotFound());
	}

	@Test
	void searchesTheWordsAndFiltersByRegionBodyAndColour() throws Exception {

		var word = uniqueWord();
		var reporter = accounts.citizen("Warga Pencari");
		var liaison = accounts.staff(id.lapor.account.Role.LIAISON, "dukcapil-73.71");
		var makassar = reports.submit(reporter, "73.71", "kependudukan-ktp", "KTP-el belum jadi",
				"Sudah dua bulan KTP-el saya belum jadi, nomor antrean " + word + ".");
		reports.complete(makassar, liaison, Outcome.SOLVED);
		reports.ensureLiaison("pupr-32.74");
		var cirebon = reports.submit(reporter, "32.74", "jalan-kabupaten-kota", "Jalan berlubang " + word,
				"Jalan di depan pasar berlubang besar dan membahayakan pengendara motor.");

		assertThat(numbers(new PublicTimeline.Filter(word, null, null, null, null))).containsExactlyInAnyOrder(makassar,
				cirebon);
		assertThat(numbers(new PublicTimeline.Filter(word, "73", null, null, null))).containsExactly(makassar);
		assertThat(numbers(new PublicTimeline.Filter(word, "32.74", null, null, null))).containsExactly(cirebon);
		assertThat(numbers(new PublicTimeline.Filter(word, null, "pupr-32.74", null, null))).containsExactly(cirebon);
		assertThat(numbers(new PublicTimeline.Filter(word, null, null, null, StatusColour.GREEN)))
				.containsExactly(makassar);
		assertThat(numbers(new PublicTimeline.Filter(word, null, null, "jalan-jembatan", null))).containsExactly(cirebon);
		assertThat(numbers(new PublicTimeline.Filter(word + " listrik", null, null, null, null))).isEmpty();
		assertThat(numbers(new PublicTimeline.Filter(word + " -pasar", null, null, null, null))).containsExactly(makassar);
		assertThat(numbers(new PublicTimeline.Filter(word.toUpperCase() + "!", null, null, null, null))).hasSize(2);

		// The same through the page, as a reader's browser asks for it.
		mvc.perform(get("/laporan").param("q", word).param("provinsi", "32").param("status", "red"))
				.andExpect(content().string(containsString("/laporan/" + cirebon.value())))
				.andExpect(content().string(not(containsString("/laporan/" + makassar.value()))));
	}

	@Test
	void pagesFollowEachOtherWithoutGapsOrRepeats() {

		var word = uniqueWord();
		var reporter = accounts.citizen("Warga Rajin");
		reports.ensureLiaison("dukcapil-73.71");
		var sent = new ArrayList<TrackingNumber>();
		for (int i = 0; i < 5; i++) {
			sent.add(reports.submit(reporter, "73.71", "kependudukan-ktp", "Akta kelahiran " + i,
					"Akta kelahiran anak belum terbit " + word + " sudah berminggu-minggu."));
		}

		var filter = new PublicTimeline.Filter(word, null, null, null, null);
		var seen = new ArrayList<TrackingNumber>();
		PublicTimeline.Cursor after = null;
		int pages = 0;
		do {
			var page = timeline.find(filter, after, 2, Locale.ROOT);
			page.entries().forEach(entry -> seen.add(entry.trackingNumber()));
			after = page.next();
			pages++;
		} while (after != null);

		assertThat(pages).isEqualTo(3);
		assertThat(seen).containsExactlyElementsOf(sent.reversed());

		// The same when the words count as common (more matches than the threshold: the newest reports are walked in
		// order instead of going through the text index).
		timeline.fewMatches(1);
		try {
			var common = new ArrayList<TrackingNumber>();
			after = null;
			do {
				var page = timeline.find(filter, after, 2, Locale.ROOT);
				page.entries().forEach(entry -> common.add(entry.trackingNumber()));
				after = page.next();
			} while (after != null);
			assertThat(common).containsExactlyElementsOf(sent.reversed());
		} finally {
			timeline.fewMatches(PublicTimeline.FEW_MATCHES);
		}
		assertThat(PublicTimeline.Cursor.parse(new PublicTimeline.Cursor(java.time.Instant.EPOCH, sent.getFirst().value())
				.value())).isPresent();
		assertThat(PublicTimeline.Cursor.parse("kemarin~ABC")).isEmpty();
	}

	@Test
	void aCitizenSupportsAReportOnceAndOnlyTheCountIsShown() throws Exception {

		var word = uniqueWord();
		var reporter = accounts.citizen("Pelapor Awal");
		var neighbour = accounts.citizen("Tetangga Pendukung " + word);
		reports.ensureLiaison("dukcapil-73.71");
		var number = reports.submit(reporter, "73.71", "kependudukan-ktp", "Blangko KTP-el habis lagi",
				"Blangko habis lagi di kecamatan " + word + ", kami menunggu sejak bulan lalu.");

		mvc.perform(get("/laporan/{number}", number.value()).with(accounts.as(neighbour)))
				.andExpect(content().string(containsString("Belum ada yang mendukung laporan ini")))
				.andExpect(content().string(containsString("id=\"support-submit\"")));

		mvc.perform(post("/laporan/{number}/dukung", number.value()).with(csrf()).with(accounts.as(neighbour)))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("message", "support.recorded"));
		mvc.perform(post("/laporan/{number}/dukung", number.value()).with(csrf()).with(accounts.as(neighbour)))
				.andExpect(flash().attribute("message", "support.already"));
		mvc.perform(post("/laporan/{number}/dukung", number.value()).with(csrf()).with(accounts.as(reporter)))
				.andExpect(flash().attribute("message", "support.own"));

		mvc.perform(get("/laporan/{number}", number.value()).with(accounts.as(neighbour)))
				.andExpect(content().string(containsString("1 orang mendukung laporan ini")))
				.andExpect(content().string(containsString("id=\"supported\"")))
				.andExpect(content().string(not(containsString("id=\"support-submit\""))));
		// A visitor is invited to sign in first, and comes back to the report.
		mvc.perform(get("/laporan/{number}/dukung", number.value()).with(accounts.as(neighbour)))
				.andExpect(redirectedUrl("/laporan/" + number.value() + "#support"));
		mvc.perform(get("/laporan/{number}", number.value()))
				.andExpect(content().string(containsString("id=\"support-login\"")))
				.andExpect(content().string(containsString("1 orang mendukung laporan ini")))
				.andExpect(content().string(not(containsString("Tetangga Pendukung"))));
		mvc.perform(get("/laporan").param("q", word))
				.andExpect(content().string(containsString("1 dukungan")))
				.andExpect(content().string(not(containsString("Tetangga Pendukung"))));
	}

	@Test
	void aReportOffTheTimelineCannotBeSupported() throws Exception {

		var confidential = reports.ktpComplaint(accounts.citizen("Pelapor Rahasia"), false, true);

		mvc.perform(post("/laporan/{number}/dukung", confidential.value()).with(csrf())
				.with(accounts.as(accounts.citizen("Orang Lain")))).andExpect(status().isNotFound());
	}

	@Test
	void theFormOffersOpenReportsNearbyWithTheSameWords() throws Exception {

		var word = uniqueWord();
		var reporter = accounts.citizen("Pelapor Pertama");
		reports.ensureLiaison("dukcapil-73.71");
		var open = reports.submit(reporter, "73.71", "kependudukan-ktp", "Blangko KTP-el habis " + word,
				"Blangko KTP-el habis di kecamatan " + word + " sejak Oktober, warga hanya diberi surat keterangan.");
		var secret = reports.ktpComplaint(reporter, false, true);
		var writer = accounts.citizen("Penulis Kedua");

		mvc.perform(get("/reports/new/similar").with(accounts.as(writer)).param("title", "KTP-el " + word)
				.param("body", "Blangko habis terus, sudah dua kali datang ke " + word + ".").param("regionCode", "73.71"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/laporan/" + open.value())))
				.andExpect(content().string(not(containsString(secret.value()))));
		// One shared word is not enough; another regency's reports are not offered.
		mvc.perform(get("/reports/new/similar").with(accounts.as(writer)).param("title", "Jalan rusak " + word)
				.param("regionCode", "73.71"))
				.andExpect(content().string(not(containsString("/laporan/" + open.value()))));
		mvc.perform(get("/reports/new/similar").with(accounts.as(writer)).param("title", "Blangko KTP-el habis " + word)
				.param("regionCode", "32.74"))
				.andExpect(content().string(not(containsString("/laporan/" + open.value()))));
		// Without JavaScript the form shows them when it comes back (here: sent incomplete).
		mvc.perform(post("/reports/new").with(csrf()).with(accounts.as(writer)).param("submissionToken",
				java.util.UUID.randomUUID().toString()).param("classification", "COMPLAINT")
				.param("title", "Blangko KTP-el habis " + word).param("regionCode", "73.71"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/laporan/" + open.value())));
	}

	@Test
	void aBodyAndAReportCanBeFollowedByAtomFeed() throws Exception {

		var word = uniqueWord();
		var reporter = accounts.citizen("Pelapor Umpan " + word);
		var liaison = accounts.staff(id.lapor.account.Role.LIAISON, "dukcapil-73.71");
		var number = reports.submit(reporter, "73.71", "kependudukan-ktp", "Akta kelahiran " + word,
				"Akta kelahiran anak kami belum terbit sejak dua bulan, nomor berkas " + word + ".");
		reports.complete(number, liaison, Outcome.SOLVED, "Akta sudah terbit, silakan ambil di loket 2 " + word + ".");
		var secret = reports.ktpComplaint(reporter, false, true);

		mvc.perform(get("/laporan/feed.atom").param("instansi", "dukcapil-73.71").param("q", word))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
				.andExpect(content().string(containsString("<feed xmlns=\"http://www.w3.org/2005/Atom\"")))
				.andExpect(content().string(containsString("http://localhost:8080/laporan/" + number.value())))
				.andExpect(content().string(containsString("Akta kelahiran " + word)))
				.andExpect(content().string(not(containsString("Pelapor Umpan"))));
		mvc.perform(get("/laporan/feed.atom").param("instansi", "dukcapil-73.71"))
				.andExpect(content().string(not(containsString(secret.value()))));

		mvc.perform(get("/laporan/{number}/feed.atom", number.value()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Akta sudah terbit, silakan ambil di loket 2 " + word)))
				.andExpect(content().string(containsString("Tanggapan Dinas Kependudukan dan Pencatatan Sipil Kota Makassar")))
				.andExpect(content().string(not(containsString("Pelapor Umpan"))));
		mvc.perform(get("/laporan/{number}/feed.atom", secret.value())).andExpect(status().isNotFound());

		// The pages say where their feed is.
		mvc.perform(get("/laporan").param("instansi", "dukcapil-73.71"))
				.andExpect(content().string(containsString(
						"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/laporan/feed.atom?instansi=dukcapil-73.71\"")));
	}

	@Test
	void staffSeeLikelyDuplicatesOfTheirOwnBodyAndTheAdministratorArchivesOne() throws Exception {

		var word = uniqueWord();
		var liaison = accounts.staff(id.lapor.account.Role.LIAISON, "dukcapil-73.71");
		var first = reports.submit(accounts.citizen("Warga Satu"), "73.71", "kependudukan-ktp", "Blangko habis " + word,
				"Blangko KTP-el di kecamatan " + word + " habis, antrean panjang setiap pagi.");
		var second = reports.submit(accounts.citizen("Warga Dua"), "73.71", "kependudukan-ktp", "KTP-el " + word,
				"Antrean KTP-el di kecamatan " + word + " panjang karena blangko habis.");
		var elsewhere = reports.submit(accounts.citizen("Warga Tiga"), "32.74", "kependudukan-ktp", "Blangko habis " + word,
				"Blangko KTP-el di kecamatan " + word + " habis, antrean panjang setiap pagi.");

		mvc.perform(get("/liaison/reports/{number}", second.value()).with(accounts.as(liaison)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"duplicates\"")))
				.andExpect(content().string(containsString("/liaison/reports/" + first.value())))
				.andExpect(content().string(not(containsString(elsewhere.value()))));

		// Another body's liaison officer, handling a report with the same words, is not shown the first body's reports.
		var other = accounts.staff(id.lapor.account.Role.LIAISON, "pln");
		var electricity = reports.submit(accounts.citizen("Warga Empat"), "73.71", "energi-listrik",
				"Listrik padam " + word, "Listrik padam di kecamatan " + word + ", blangko habis juga, antrean panjang.");
		mvc.perform(get("/liaison/reports/{number}", electricity.value()).with(accounts.as(other)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(first.value()))))
				.andExpect(content().string(not(containsString(second.value()))));

		// The national administrator, verifying a report nobody answers for yet (Aceh Selatan), sees the earlier one and
		// gets the archive form filled in with it.
		var admin = accounts.staff(id.lapor.account.Role.ADMIN, "kemenpanrb-lapor");
		var earlier = reports.submit(accounts.citizen("Warga Aceh"), "11.01", "kependudukan-ktp", "Blangko habis " + word,
				"Blangko KTP-el di kecamatan " + word + " habis, antrean panjang setiap pagi.");
		var waiting = reports.submit(accounts.citizen("Warga Aceh Lain"), "11.01", "kependudukan-ktp", "KTP-el " + word,
				"Antrean KTP-el di kecamatan " + word + " panjang karena blangko habis.");
		mvc.perform(get("/admin/verification/{number}", waiting.value()).with(accounts.as(admin)))
				.andExpect(content().string(containsString("/admin/reports/" + earlier.value())))
				.andExpect(content().string(containsString("duplikat=" + earlier.value())));
		mvc.perform(get("/admin/verification/{number}", waiting.value()).param("duplikat", earlier.value())
				.with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"" + earlier.formatted() + "\"")));
	}

	@Test
	void badFiltersAreIgnoredOrFindNothingButNeverFail() throws Exception {

		mvc.perform(get("/laporan").param("q", "\"tanda kutip & | ! ( :*").param("provinsi", "99").param("status", "ungu")
				.param("setelah", "bukan-kursor").param("kategori", "tidak-ada"))
				.andExpect(status().isOk());
		mvc.perform(get("/laporan").param("q", "-".repeat(40) + " " + "a ".repeat(300))).andExpect(status().isOk());
		mvc.perform(get("/laporan").param("q", "!!! ??? ---"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"timeline-empty\"")));
		assertThat(PublicTimeline.searchWords("jalan  -rusak, \"pdam\" or (air) ---")).isEqualTo("jalan -rusak pdam or air");
		mvc.perform(get("/laporan").param("instansi", "tidak-ada"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"timeline-empty\"")));
		mvc.perform(get("/laporan/{number}", "ZZZZZZZZZZ")).andExpect(status().isNotFound());
	}

	private java.util.List<TrackingNumber> numbers(PublicTimeline.Filter filter) {
		return timeline.find(filter, null, 50, Locale.ROOT).entries().stream().map(PublicTimeline.Entry::trackingNumber)
				.toList();
	}

	/** A word no other report of the shared test database contains. */
	private static String uniqueWord() {
		var random = new Random();
		var word = new StringBuilder("kata");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}
}
