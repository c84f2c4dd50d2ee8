package dk.traedesten.partnerships;

/** What a person is in a municipality's delegation to a partnership: its chief (leder) or an employee. */
public enum MemberRole {
	CHIEF, EMPLOYEE
}
