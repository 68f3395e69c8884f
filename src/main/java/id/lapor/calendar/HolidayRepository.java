package id.lapor.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface HolidayRepository extends Repository<Holiday, LocalDate> {

	Holiday save(Holiday holiday);

	void delete(Holiday holiday);

	Optional<Holiday> findByDate(LocalDate date);

	@Query("select h.date from Holiday h")
	List<LocalDate> findAllDates();

	List<Holiday> findByDateBetweenOrderByDateAsc(LocalDate from, LocalDate to);
}
