package dk.traedesten.trials.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** The doorway from the module's API to the demo stories, which stay package-private. */
@Component
public class FollowUpDemo {

	private final DemoFollowUpStories stories;

	FollowUpDemo(DemoFollowUpStories stories) {
		this.stories = stories;
	}

	public List<UUID> selectedTrials(int municipalityCode, String callTitle) {
		return stories.selectedTrials(municipalityCode, callTitle);
	}

	public void tell(List<UUID> trials, LocalDate today) {
		stories.tell(trials, today);
	}
}
