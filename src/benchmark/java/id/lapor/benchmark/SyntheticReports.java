package id.lapor.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.random.RandomGenerator;

import id.lapor.account.PlaceholderAccounts;

import org.jspecify.annotations.Nullable;

/**
 * Writes synthetic reports with their history and conversation as COPY rows. Each report lives through the
 * application's lifecycle (see docs/lifecycle.md) on a simulated timeline that is cut off at {@code now}: what has
 * not happened yet is left out, so old reports are mostly closed and recent ones still open, and deadlines passed
 * without a follow-up are overdue. Deadlines count working days (Monday to Friday in WIB; holidays are ignored).
 */
final class SyntheticReports {

	static final String REPORT_COLUMNS = "id, tracking_number, classification, title, body, region_code, category_code, "
			+ "incident_date, location, anonymous, confidential, reporter_id, submission_token, agency_id, routing_note, "
			+ "routing_confidence, routing_explanation, archive_reason, duplicate_of_id, service_class, "
			+ "verification_due_at, follow_up_due_at, resolution_due_at, first_assigned_at, followed_up_at, next_due_at, "
			+ "completed_at, closes_at, closed_at, reopened_count, rating, rating_comment, rated_at, outcome, channel, "
			+ "status, submitted_at, last_changed_at, version";
	static final String HISTORY_COLUMNS = "report_id, occurred_at, action, actor_id, agency_id, from_agency_id, "
			+ "from_status, to_status, detail, note";
	static final String RESPONSE_COLUMNS = "report_id, author_id, agency_id, body, created_at, kind";

	private static final long NONE = Long.MIN_VALUE;
	private static final long MINUTE = 60_000L;
	private static final long HOUR = 60 * MINUTE;
	private static final long DAY = 24 * HOUR;
	private static final long WIB_OFFSET = 7 * HOUR;

	private static final String[] CHANNELS = { "WEB", "MOBILE_APP", "SMS", "SOCIAL_MEDIA", "API" };
	private static final double[] CHANNEL_SHARES = { 0.68, 0.17, 0.08, 0.05, 0.02 };
	private static final String[] OUTCOMES = { "SOLVED", "NO_FURTHER_ACTION", "REFERRED", "NOT_RESPONSIBLE",
			"DUPLICATE" };
	private static final double[] OUTCOME_SHARES = { 0.64, 0.12, 0.11, 0.08, 0.05 };
	private static final String[] ARCHIVE_REASONS = { "TOO_GENERAL", "INCOMPLETE", "NOT_PUBLIC_SERVICE", "DUPLICATE",
			"ABUSIVE" };
	private static final double[] ARCHIVE_SHARES = { 0.35, 0.25, 0.20, 0.15, 0.05 };
	private static final double[] RATING_SHARES = { 0.15, 0.10, 0.15, 0.25, 0.35 };

	private static final String[] ISSUES = { "belum ada tindak lanjut", "pelayanan sangat lambat",
			"mohon segera ditangani", "diminta biaya tidak resmi", "petugas tidak ada di tempat",
			"informasi tidak jelas", "sudah lama tidak diperbaiki", "antrean terlalu panjang", "berkas tidak diproses",
			"tidak ada kepastian" };
	private static final String[] OPENINGS = { "Saya ingin melaporkan masalah %s di %s.",
			"Mohon bantuan terkait %s di %s.", "Sudah beberapa kali saya mengurus %s di %s tanpa hasil.",
			"Warga kami mengeluhkan %s di %s." };
	private static final String[] DETAILS = { "Sudah %d hari menunggu tetapi belum ada kejelasan.",
			"Kami sudah datang ke kantor %d kali dan selalu diminta kembali lagi.",
			"Masalah ini sudah berlangsung sekitar %d minggu dan mengganggu kegiatan sehari-hari.",
			"Nomor antrean saya %d tetapi tidak pernah dipanggil.",
			"Ada sekitar %d warga lain yang mengalami hal yang sama." };
	private static final String[] REQUESTS = { "Mohon instansi terkait segera menindaklanjuti.",
			"Kami berharap ada penjelasan resmi dan penyelesaian secepatnya.",
			"Mohon diperiksa dan diberi kepastian waktu penyelesaian.", "Terima kasih atas perhatiannya." };
	private static final String[] STREETS = { "Jl. Merdeka", "Jl. Sudirman", "Jl. Diponegoro", "Jl. Ahmad Yani",
			"Jl. Gatot Subroto", "Jl. Pahlawan", "Jl. Pemuda", "Jl. Kartini", "Jl. Hasanuddin", "Jl. Imam Bonjol" };
	private static final String[] PROGRESS = {
			"Terima kasih atas laporan Anda. Laporan sedang kami teruskan kepada petugas di lapangan.",
			"Laporan sudah kami terima dan sedang diverifikasi. Kami akan memberi kabar dalam beberapa hari.",
			"Petugas kami akan melakukan pengecekan ke lokasi minggu ini." };
	private static final String[] ANSWERS = {
			"Permasalahan sudah ditindaklanjuti dan diselesaikan oleh petugas. Silakan konfirmasi bila masih ada kendala.",
			"Dokumen Anda sudah selesai diproses dan dapat diambil di kantor kami pada jam kerja.",
			"Perbaikan sudah dilaksanakan. Terima kasih atas partisipasi Anda.",
			"Laporan ini di luar kewenangan kami; Anda dapat menghubungi instansi yang berwenang." };
	private static final String[] REPLIES = { "Terima kasih, mohon kabari bila sudah ada perkembangan.",
			"Sampai hari ini belum ada perubahan di lapangan.", "Baik, saya tunggu informasinya." };

	private final ReferenceData reference;
	private final RandomGenerator random;
	private final long now;
	private final long start;
	private final UUID administrator;
	private final UUID[] citizens;
	private final UUID[] liaisons;

	/** The report being simulated. */
	private final Report report = new Report();

	private @Nullable UUID previousReportId;

	/**
	 * @param liaisons the liaison officer of each body, indexed by the body's id
	 */
	SyntheticReports(ReferenceData reference, RandomGenerator random, long now, Duration span, UUID administrator,
			UUID[] citizens, UUID[] liaisons) {
		this.reference = reference;
		this.random = random;
		this.now = now;
		this.start = now - span.toMillis();
		this.administrator = administrator;
		this.citizens = citizens;
		this.liaisons = liaisons;
	}

	/**
	 * Writes the {@code index}-th of {@code total} reports; reports come out in order of submission, more of them in
	 * recent years (three times as many in the last year as in the first).
	 *
	 * @param sequence unique across all runs on the database: the report's tracking number is derived from it
	 */
	void write(long index, long total, long sequence, CopyRows reports, CopyRows history, CopyRows responses) {

		var share = (index + random.nextDouble()) / total;
		var position = (Math.sqrt(1 + 8 * share) - 1) / 2;
		var day = Math.floorDiv(start + (long) (position * (now - start)) + WIB_OFFSET, DAY);
		if (isWeekend(day) && random.nextDouble() < 0.4) {
			day -= dayOfWeek(day) - 4;
		}
		var submitted = Math.min(now - MINUTE, day * DAY - WIB_OFFSET + timeOfDay());

		report.start(submitted, sequence);
		simulate(history, responses);
		writeReport(reports);
		previousReportId = report.id;
	}

	private void simulate(CopyRows history, CopyRows responses) {

		var r = report;
		r.regency = reference.pickRegency(random);
		r.category = reference.pickCategory(random);
		r.anonymous = random.nextDouble() < 0.1;
		// An anonymous report names the sealed placeholder, as the application records it; a synthetic one has no
		// seal behind it, so nobody can be found from it (and the generator needs no key).
		r.reporter = r.anonymous ? PlaceholderAccounts.SEALED_REPORTER : citizens[random.nextInt(citizens.length)];
		var roll = random.nextDouble();
		r.classification = roll < 0.80 ? "COMPLAINT" : roll < 0.92 ? "ASPIRATION" : "INFORMATION_REQUEST";
		r.serviceClass = "INFORMATION_REQUEST".equals(r.classification) ? "SIMPLE" : "STANDARD";
		r.channel = CHANNELS[pick(CHANNEL_SHARES)];

		var route = reference.route(r.regency, r.category);
		r.rule = route.rule();
		r.confidence = 0.55 + 0.44 * random.nextDouble();
		event(history, r.submitted, "SUBMITTED", r.reporter, -1, -1, null, null, null);

		long assigned;
		long target = route.agencyId();
		var toAdministrator = target == reference.administratorAgencyId;
		if (toAdministrator || random.nextDouble() < 0.06) {
			if (toAdministrator) {
				r.rule = "NATIONAL_ADMINISTRATOR";
			} else {
				r.confidence = 0.2 + 0.3 * random.nextDouble();
			}
			r.status = "AWAITING_VERIFICATION";
			r.verificationDue = addWorkingDays(r.submitted, 3);
			event(history, r.submitted, "QUEUED_FOR_VERIFICATION", null, -1, reference.administratorAgencyId,
					"SUBMITTED", toAdministrator ? "NATIONAL_ADMINISTRATOR" : "LOW_CONFIDENCE", null);
			var decided = r.submitted + logNormal(30 * HOUR, 1.0);
			if (random.nextDouble() < 0.08) {
				if (!reached(decided)) {
					return;
				}
				r.status = "POSTPONED";
				event(history, decided, "POSTPONED", administrator, reference.administratorAgencyId, -1,
						"AWAITING_VERIFICATION", null, "Pelapor diminta melengkapi keterangan.");
				decided += logNormal(6 * DAY, 0.8);
			}
			if (!reached(decided)) {
				return;
			}
			if (random.nextDouble() < (toAdministrator ? 0.40 : 0.45)) {
				var reason = ARCHIVE_REASONS[pick(ARCHIVE_SHARES)];
				if ("DUPLICATE".equals(reason) && previousReportId == null) {
					reason = "TOO_GENERAL";
				}
				r.archiveReason = reason;
				var from = r.status;
				r.status = "ARCHIVED";
				event(history, decided, "ARCHIVED", administrator, reference.administratorAgencyId, -1, from, reason,
						null);
				return;
			}
			if (toAdministrator) {
				target = reference.regionalGovernment(r.regency);
			}
			var from = r.status;
			r.status = "ASSIGNED";
			r.agency = target;
			event(history, decided, "VERIFIED", administrator, reference.administratorAgencyId, target, from, null,
					null);
			assigned = decided;
		} else {
			// Some reports reach the regional government first, which hands them down to its department.
			var disposed = "REGIONAL_UNIT".equals(r.rule) && random.nextDouble() < 0.05;
			r.agency = disposed ? reference.regionalGovernment(r.regency) : target;
			r.status = "ASSIGNED";
			event(history, r.submitted, "ASSIGNED", null, -1, r.agency, "SUBMITTED", r.rule, null);
			assigned = r.submitted;
			if (disposed) {
				var handedDown = assigned + logNormal(20 * HOUR, 0.8);
				r.firstAssigned = assigned;
				startClock(assigned);
				if (!reached(handedDown)) {
					return;
				}
				event(history, handedDown, "DISPOSED", liaisons[(int) r.agency], r.agency, target, "ASSIGNED", null,
						null);
				r.agency = target;
			}
		}
		if (r.firstAssigned == NONE) {
			r.firstAssigned = assigned;
			startClock(assigned);
		}

		if (!"SIMPLE".equals(r.serviceClass) && random.nextDouble() < 0.25) {
			var classified = r.last + logNormal(12 * HOUR, 0.8);
			if (!reached(classified)) {
				return;
			}
			r.serviceClass = random.nextDouble() < 0.6 ? "FIELD_CHECK" : "SIMPLE";
			r.resolutionDue = addWorkingDays(r.firstAssigned, resolutionDays(r.serviceClass));
			event(history, classified, "CLASSIFIED", liaisons[(int) r.agency], r.agency, r.agency, r.status,
					r.serviceClass, null);
		}
		handle(history, responses);
	}

	/** The body follows up and completes; the reporter rates, confirms or reopens (once); the system closes. */
	private void handle(CopyRows history, CopyRows responses) {

		var r = report;
		// Some reports are never followed up, some never finished: the backlog every portal has.
		if (random.nextDouble() < 0.05) {
			return;
		}
		var followedUp = r.last + logNormal(3 * DAY, 1.1);
		if (!reached(followedUp)) {
			return;
		}
		if (random.nextDouble() < 0.35) {
			complete(history, responses, followedUp);
		} else {
			respond(history, responses, followedUp, "IN_PROGRESS", PROGRESS[random.nextInt(PROGRESS.length)]);
			if (random.nextDouble() < 0.06) {
				return;
			}
			var completed = followedUp + logNormal(6 * DAY, 1.2);
			if (random.nextDouble() < 0.12) {
				var replied = followedUp + (long) ((completed - followedUp) * random.nextDouble());
				if (!reached(replied)) {
					return;
				}
				event(history, replied, "REPLIED", r.reporter, -1, r.agency, r.status, null, null);
				message(responses, replied, r.reporter, -1, REPLIES[random.nextInt(REPLIES.length)], "REPLY");
			}
			if (!reached(completed)) {
				return;
			}
			complete(history, responses, completed);
		}
		afterCompletion(history, responses);
	}

	private void afterCompletion(CopyRows history, CopyRows responses) {

		var r = report;
		long confirmed = NONE;
		if (r.rating < 0 && random.nextDouble() < 0.3) {
			var rated = r.completed + (long) ((r.closes - r.completed) * 0.5 * random.nextDouble());
			if (!reached(rated)) {
				return;
			}
			r.rating = 1 + pick(RATING_SHARES);
			r.rated = rated;
			event(history, rated, "RATED", r.reporter, -1, r.agency, r.status, Integer.toString(r.rating), null);
			if (r.rating <= 2 && r.reopenedCount == 0 && random.nextDouble() < 0.4) {
				var reopened = rated + logNormal(4 * HOUR, 1.0);
				if (reopened <= r.closes) {
					if (!reached(reopened)) {
						return;
					}
					reopen(history, reopened);
					var followedUp = reopened + logNormal(3 * DAY, 1.0);
					if (!reached(followedUp)) {
						return;
					}
					complete(history, responses, followedUp);
					afterCompletion(history, responses);
					return;
				}
			}
			if (random.nextDouble() < 0.5) {
				confirmed = rated + (long) ((r.closes - rated) * random.nextDouble());
			}
		} else if (random.nextDouble() < 0.2) {
			confirmed = r.completed + (long) ((r.closes - r.completed) * random.nextDouble());
		}
		var closed = confirmed == NONE ? r.closes : confirmed;
		if (!reached(closed)) {
			return;
		}
		r.status = "CLOSED";
		r.closed = closed;
		event(history, closed, confirmed == NONE ? "CLOSED" : "CONFIRMED", confirmed == NONE ? null : r.reporter, -1,
				r.agency, "COMPLETED", null, null);
	}

	private void complete(CopyRows history, CopyRows responses, long at) {
		var r = report;
		r.outcome = OUTCOMES[pick(OUTCOME_SHARES)];
		r.completed = at;
		r.closes = addWorkingDays(at, 10);
		respond(history, responses, at, "COMPLETED", ANSWERS["NOT_RESPONSIBLE".equals(r.outcome) ? 3
				: random.nextInt(ANSWERS.length - 1)]);
	}

	private void respond(CopyRows history, CopyRows responses, long at, String status, String message) {
		var r = report;
		if (r.followedUp == NONE) {
			r.followedUp = at;
		}
		var from = r.status;
		r.status = status;
		var liaison = liaisons[(int) r.agency];
		event(history, at, "RESPONDED", liaison, r.agency, r.agency, from, null, null);
		message(responses, at, liaison, r.agency, message, "RESPONSE");
	}

	private void reopen(CopyRows history, long at) {
		var r = report;
		var from = r.status;
		r.status = "REOPENED";
		r.reopenedCount++;
		r.outcome = null;
		r.completed = NONE;
		r.closes = NONE;
		r.followedUp = NONE;
		r.followUpDue = addWorkingDays(at, 5);
		event(history, at, "REOPENED", r.reporter, -1, r.agency, from, null, "Masalah belum selesai di lapangan.");
	}

	private void startClock(long at) {
		var r = report;
		r.followUpDue = addWorkingDays(at, 5);
		r.resolutionDue = addWorkingDays(at, resolutionDays(r.serviceClass));
	}

	/** Whether the moment has come; the timeline stops at the first event still in the future. */
	private boolean reached(long at) {
		return at <= now;
	}

	private void event(CopyRows history, long at, String action, @Nullable UUID actor, long fromAgency, long agency,
			@Nullable String fromStatus, @Nullable String detail, @Nullable String note) {
		var r = report;
		r.last = Math.max(r.last, at);
		r.events++;
		history.uuid(r.id).time(at).raw(action).uuid(actor).numberOrNull(agency).numberOrNull(fromAgency)
				.raw(fromStatus).raw(r.status).text(detail).text(note).endRow();
	}

	private void message(CopyRows responses, long at, UUID author, long agency, String body, String kind) {
		responses.uuid(report.id).uuid(author).numberOrNull(agency).text(body).time(at).raw(kind).endRow();
	}

	private void writeReport(CopyRows reports) {

		var r = report;
		var regency = reference.regencies.get(r.regency);
		var category = reference.categories.get(r.category);
		var issue = ISSUES[random.nextInt(ISSUES.length)];
		var title = category.name() + " di " + shortName(regency.name()) + ": " + issue;
		var body = OPENINGS[random.nextInt(OPENINGS.length)].formatted(category.name().toLowerCase(Locale.ROOT),
				regency.name()) + " " + DETAILS[random.nextInt(DETAILS.length)].formatted(2 + random.nextInt(40)) + " "
				+ REQUESTS[random.nextInt(REQUESTS.length)];
		var nextDue = switch (r.status) {
			case "COMPLETED", "CLOSED", "ARCHIVED" -> NONE;
			case "AWAITING_VERIFICATION", "POSTPONED" -> r.verificationDue;
			default -> r.followedUp == NONE ? r.followUpDue : r.resolutionDue;
		};
		var incidentDate = random.nextDouble() < 0.7
				? LocalDate.ofEpochDay(Math.floorDiv(r.submitted + WIB_OFFSET, DAY) - random.nextInt(15))
				.toString() : null;

		reports.uuid(r.id).raw(trackingNumber(r.sequence)).raw(r.classification)
				.text(title.length() > 150 ? title.substring(0, 150) : title).text(body).raw(regency.code())
				.raw(category.code()).raw(incidentDate)
				.text(random.nextDouble() < 0.6 ? STREETS[random.nextInt(STREETS.length)] + " No. "
						+ (1 + random.nextInt(200)) : null)
				.bool(r.anonymous).bool(random.nextDouble() < 0.05).uuid(r.reporter)
				.uuid(uuid(r.submitted)).numberOrNull(r.agency).raw(r.agency < 0 ? null : r.rule)
				.raw(decimal(r.confidence))
				// As RoutingRecords stores it: the explanation as a JSON list the report pages read back.
				.text("[{\"code\":\"categoryChosen\",\"args\":[" + jsonString(category.name()) + "]}]")
				.raw(r.archiveReason)
				.uuid("DUPLICATE".equals(r.archiveReason) ? previousReportId : null)
				.raw(r.serviceClass).time(r.verificationDue).time(r.followUpDue).time(r.resolutionDue)
				.time(r.firstAssigned).time(r.followedUp).time(nextDue).time(r.completed).time(r.closes)
				.time(r.closed).number(r.reopenedCount).numberOrNull(r.rating).raw(null).time(r.rated)
				.raw(r.outcome).raw(r.channel).raw(r.status).time(r.submitted).time(r.last).number(r.events - 1)
				.endRow();
	}

	/** A version-7 style id: time first, so new rows land at the end of the primary-key index. */
	private UUID uuid(long epochMillis) {
		var high = (epochMillis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
		var low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	/**
	 * A valid tracking number ({@code id.lapor.report.TrackingNumber}) from a sequence number: an odd multiplier
	 * modulo 2^45 is a bijection, so different sequence numbers never give the same number.
	 */
	static String trackingNumber(long sequence) {

		var payload = ((sequence + 0x5DEECE66DL) * 0x1B873593_3L) & ((1L << 45) - 1);
		var value = new char[10];
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int digit = (int) (payload >>> (5 * (8 - i))) & 31;
			value[i] = TRACKING_ALPHABET.charAt(digit);
			sum = timesA(sum ^ digit);
		}
		value[9] = TRACKING_ALPHABET.charAt(sum);
		return new String(value);
	}

	private static final String TRACKING_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	/** Multiplication by the primitive element in GF(2^5), as in {@code TrackingNumber}. */
	private static int timesA(int element) {
		int shifted = element << 1;
		return (shifted & 0b100000) == 0 ? shifted : shifted ^ 0b100101;
	}

	/** Three decimals, independent of the default locale. */
	private static String decimal(double value) {
		var thousandths = Math.round(value * 1000);
		var fraction = Long.toString(1000 + thousandths % 1000).substring(1);
		return thousandths / 1000 + "." + fraction;
	}

	private long timeOfDay() {
		// Office hours and the evening after work, in WIB.
		var hour = random.nextDouble() < 0.65 ? 8 + random.nextInt(9) : 17 + random.nextInt(6);
		return hour * HOUR + random.nextInt(60) * MINUTE + random.nextInt(60_000);
	}

	private long logNormal(long median, double sigma) {
		return (long) (median * Math.exp(sigma * random.nextGaussian()));
	}

	private int pick(double[] shares) {
		var roll = random.nextDouble();
		for (int i = 0; i < shares.length; i++) {
			roll -= shares[i];
			if (roll < 0) {
				return i;
			}
		}
		return 0;
	}

	private static int resolutionDays(String serviceClass) {
		return switch (serviceClass) {
			case "SIMPLE" -> 5;
			case "FIELD_CHECK" -> 60;
			default -> 14;
		};
	}

	/** Adds working days (Monday to Friday in WIB) to an instant, keeping its time of day. */
	static long addWorkingDays(long epochMillis, int days) {
		var day = Math.floorDiv(epochMillis + WIB_OFFSET, DAY);
		var time = Math.floorMod(epochMillis + WIB_OFFSET, DAY);
		var left = days;
		while (left > 0) {
			day++;
			if (!isWeekend(day)) {
				left--;
			}
		}
		return day * DAY + time - WIB_OFFSET;
	}

	/** 0 = Monday. */
	private static int dayOfWeek(long epochDay) {
		return (int) Math.floorMod(epochDay + 3, 7);
	}

	private static boolean isWeekend(long epochDay) {
		return dayOfWeek(epochDay) >= 5;
	}

	private static String shortName(String regionName) {
		return regionName.startsWith("Kabupaten ") ? regionName.substring("Kabupaten ".length()) : regionName;
	}

	/** The state of the report being simulated; reused for every report. */
	private final class Report {

		UUID id = new UUID(0, 0);
		long sequence;
		int regency;
		int category;
		UUID reporter = new UUID(0, 0);
		boolean anonymous;
		String classification = "";
		String channel = "";
		String serviceClass = "";
		String rule = "";
		double confidence;
		String status = "";
		long agency;
		@Nullable String archiveReason;
		@Nullable String outcome;
		long submitted;
		long verificationDue;
		long followUpDue;
		long resolutionDue;
		long firstAssigned;
		long followedUp;
		long completed;
		long closes;
		long closed;
		long rated;
		long last;
		int rating;
		int reopenedCount;
		int events;

		void start(long submittedAt, long sequenceNumber) {
			id = uuid(submittedAt);
			sequence = sequenceNumber;
			status = "SUBMITTED";
			agency = -1;
			archiveReason = null;
			outcome = null;
			submitted = submittedAt;
			verificationDue = NONE;
			followUpDue = NONE;
			resolutionDue = NONE;
			firstAssigned = NONE;
			followedUp = NONE;
			completed = NONE;
			closes = NONE;
			closed = NONE;
			rated = NONE;
			last = submittedAt;
			rating = -1;
			reopenedCount = 0;
			events = 0;
		}
	}

	private static String jsonString(String value) {
		return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
