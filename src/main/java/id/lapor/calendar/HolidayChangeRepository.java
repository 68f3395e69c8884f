package id.lapor.calendar;

import org.springframework.data.repository.Repository;

interface HolidayChangeRepository extends Repository<HolidayChange, Long> {

	HolidayChange save(HolidayChange change);
}
