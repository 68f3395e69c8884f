package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class TrackingNumberTests {

	private final SplittableRandom random = new SplittableRandom(42);

	@Test
	void isTenUnambiguousCharactersShownInTwoGroups() {

		var number = TrackingNumber.random(random);

		assertThat(number.value()).hasSize(10).matches("[0-9A-HJKMNP-TV-Z]{10}");
		assertThat(number.formatted()).matches("[0-9A-Z]{5}-[0-9A-Z]{5}");
	}

	@Test
	void carriesAtLeastFortyRandomBits() {
		// Nine random characters from 32 symbols: 45 bits.
		assertThat(9 * (Math.log(TrackingNumber.ALPHABET.length()) / Math.log(2))).isGreaterThanOrEqualTo(40);
	}

	@Test
	void readsBackWhatPeopleType() {

		var number = TrackingNumber.random(random);
		var typed = " " + number.formatted().toLowerCase().replace('0', 'o').replace('1', 'l') + " ";

		assertThat(TrackingNumber.parse(typed)).contains(number);
		assertThat(TrackingNumber.parse(number.value())).contains(number);
	}

	@Test
	void detectsEverySingleWrongCharacter() {

		for (int n = 0; n < 200; n++) {
			var value = TrackingNumber.random(random).value();
			for (int position = 0; position < value.length(); position++) {
				for (char replacement : TrackingNumber.ALPHABET.toCharArray()) {
					if (replacement != value.charAt(position)) {
						var typo = value.substring(0, position) + replacement + value.substring(position + 1);
						assertThat(TrackingNumber.parse(typo)).as(typo).isEmpty();
					}
				}
			}
		}
	}

	@Test
	void detectsSwappedNeighbours() {

		for (int n = 0; n < 500; n++) {
			var value = TrackingNumber.random(random).value();
			for (int position = 0; position < value.length() - 1; position++) {
				if (value.charAt(position) != value.charAt(position + 1)) {
					var swapped = value.substring(0, position) + value.charAt(position + 1) + value.charAt(position)
							+ value.substring(position + 2);
					assertThat(TrackingNumber.parse(swapped)).as(swapped).isEmpty();
				}
			}
		}
	}

	@Test
	void rejectsWhatCannotBeANumber() {

		assertThat(TrackingNumber.parse("")).isEmpty();
		assertThat(TrackingNumber.parse("ABC")).isEmpty();
		assertThat(TrackingNumber.parse("UUUUU-UUUUU")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new TrackingNumber("0000000001"));
	}

	@Test
	void differsFromNumberToNumber() {

		var seen = new HashSet<TrackingNumber>();
		for (int n = 0; n < 10_000; n++) {
			seen.add(TrackingNumber.random(random));
		}
		assertThat(seen).hasSize(10_000);
	}
}
