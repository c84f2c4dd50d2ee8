package dk.traedesten.events.web;

/** Moving one participant to a table by hand; both chosen from lists, so the ids are checked on the server. */
public class RoundtableMoveForm {

	private String participant = "";

	private String table = "";

	public String getParticipant() {
		return participant;
	}

	public void setParticipant(String participant) {
		this.participant = participant == null ? "" : participant;
	}

	public String getTable() {
		return table;
	}

	public void setTable(String table) {
		this.table = table == null ? "" : table;
	}
}
