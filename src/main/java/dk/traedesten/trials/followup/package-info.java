/**
 * The follow-up of a selected trial: the agreement with its data-collection plan and schedule, the daily
 * reminders before and after each due date, PDSA cycles, notes and children's statements, the status report and
 * the evaluation (as pages and PDFs). Part of the trials module; the module's API for it is
 * {@link dk.traedesten.trials.TrialFollowUp}.
 */
package dk.traedesten.trials.followup;
