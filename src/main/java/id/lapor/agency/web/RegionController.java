package id.lapor.agency.web;

import id.lapor.agency.RegionDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regency/city options of a province, for the region pickers (htmx).
 */
@Controller
class RegionController {

	private final RegionDirectory regions;

	RegionController(RegionDirectory regions) {
		this.regions = regions;
	}

	@GetMapping("/regions/regencies")
	String regencies(@RequestParam(defaultValue = "") String provinceCode, Model model) {

		model.addAttribute("provinceCode", provinceCode);
		model.addAttribute("regencies", provinceCode.isBlank() ? java.util.List.of() : regions.regenciesOf(provinceCode));
		return "agency/regencies :: options";
	}
}
