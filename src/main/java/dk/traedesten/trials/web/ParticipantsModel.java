package dk.traedesten.trials.web;

import java.util.List;
import java.util.UUID;

import dk.traedesten.trials.TrialApplication;
import dk.traedesten.trials.internal.TrialPeopleQuery;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the participants step and the approval step show: units to invite and people to name. */
@Component
class ParticipantsModel {

	private final TrialPeopleQuery people;

	ParticipantsModel(TrialPeopleQuery people) {
		this.people = people;
	}

	void addTo(TrialApplication application, Model model) {
		List<UUID> taking = application.units().stream().map(TrialApplication.Unit::unitId).toList();
		model.addAttribute("invitableUnits", people.units().stream().filter(unit -> !taking.contains(unit.id())).toList());
		List<UUID> named = application.participants().stream().map(TrialApplication.Participant::personId).toList();
		model.addAttribute("nameablePeople",
				people.peopleOf(taking).stream().filter(person -> !named.contains(person.id())).toList());
	}
}
