-- The organiser's run sheet (drejebog) for an event day, each participant's secret calendar link, and attachments
-- on outgoing mail (decision 0014).

-- One line of the run sheet: a programme item copied in (programme_item_id set) or a line the organiser adds in
-- between ("Lydprøve" at 08.15). Like the programme it belongs to the event's organiser; unlike the programme it is
-- never public, not even once the event is published.
create table event_run_sheet_row (
    id                uuid        not null,
    event_id          uuid        not null,
    municipality_code integer,
    programme_item_id uuid,
    starts_at         time        not null,
    title             text        not null,
    -- Who sees to it. A line copied from the programme may start without one; the page flags it.
    responsible       text        not null default '',
    note              text        not null default '',
    done              boolean     not null default false,
    created_at        timestamptz not null default clock_timestamp(),
    constraint event_run_sheet_row_pk primary key (id),
    constraint event_run_sheet_row_event_fk foreign key (event_id) references event (id) on delete cascade,
    -- A programme item removed later leaves its line in the sheet, as the organiser may have notes on it.
    constraint event_run_sheet_row_item_fk foreign key (programme_item_id) references event_programme_item (id)
        on delete set null,
    constraint event_run_sheet_row_title_ck check (length(trim(title)) > 0)
);
create unique index event_run_sheet_row_item_uq on event_run_sheet_row (event_id, programme_item_id)
    where programme_item_id is not null;

alter table event_run_sheet_row enable row level security;
alter table event_run_sheet_row force row level security;
create policy event_run_sheet_row_organiser on event_run_sheet_row for all
    using ((select traedesten_event_organiser(o.municipality, o.organisation) from event_organiser_of(event_id) o))
    with check ((select traedesten_event_organiser(o.municipality, o.organisation) from event_organiser_of(event_id) o));
create trigger event_run_sheet_row_audit after insert or update or delete on event_run_sheet_row
    for each row execute function audit_row_change('id');

-- The participant's personal calendar link: whoever holds the token reads that participant's sessions, without
-- signing in. Two random UUIDs give 244 random bits; gen_random_uuid() draws them from a cryptographic source.
alter table event_participant add column calendar_token text not null
    default replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
create unique index event_participant_calendar_token_uq on event_participant (calendar_token);

-- Row-level security hides a participant from anyone outside their municipality, so the link's reader (nobody
-- signed in) finds the seat through this function: it answers the seat and its municipality for the exact token of
-- a seat at the named event that is still held, nothing else.
create function event_calendar_seat(event_slug text, token text)
    returns table (participant_id uuid, municipality_code integer)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select p.id, p.municipality_code from event_participant p join event e on e.id = p.event_id
    where e.slug = event_slug and e.published and p.calendar_token = token and p.cancelled_at is null
$$;
revoke all on function event_calendar_seat(text, text) from public;
grant execute on function event_calendar_seat(text, text) to traedesten_app;

-- Files sent with a mail (a participant's calendar). Written with the mail, read only by the dispatcher in the
-- platform-wide scope, and like the body emptied once sent.
create table mail_outbox_attachment (
    mail_id           uuid    not null,
    position          integer not null,
    municipality_code integer,
    filename          text    not null,
    content_type      text    not null,
    content           bytea   not null,
    constraint mail_outbox_attachment_pk primary key (mail_id, position),
    constraint mail_outbox_attachment_mail_fk foreign key (mail_id) references mail_outbox (id) on delete cascade
);
alter table mail_outbox_attachment enable row level security;
alter table mail_outbox_attachment force row level security;
create policy mail_outbox_attachment_read on mail_outbox_attachment for select
    using (traedesten_visible(municipality_code));
create policy mail_outbox_attachment_write on mail_outbox_attachment for insert
    with check (municipality_code is null or traedesten_visible(municipality_code));
create policy mail_outbox_attachment_delete on mail_outbox_attachment for delete
    using (current_setting('traedesten.scope', true) = 'platform');

-- An organisation's organiser (KL's) works in no municipality's scope, so the audit entry of their run sheet line has
-- no municipality either. Like mail without a municipality (V006) it exposes no tenant; it stays readable by the
-- platform only.
alter policy audit_event_append on audit_event
    with check (traedesten_visible(municipality_code)
        or (municipality_code is null and table_name = 'event_run_sheet_row'));
