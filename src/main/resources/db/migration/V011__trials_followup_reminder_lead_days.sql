-- A due date gets two reminders before it (14 and 2 days ahead, see ReminderRules): the lead time belongs in the
-- key that makes the daily job send each reminder once. Overdue reminders have lead 0.
alter table trial_reminder add column days_before integer not null default 0;
alter table trial_reminder drop constraint trial_reminder_uq;
alter table trial_reminder add constraint trial_reminder_uq unique (trial_id, due_kind, due_on, reminder_kind, days_before);
alter table trial_reminder add constraint trial_reminder_days_before_ck check (days_before >= 0);
