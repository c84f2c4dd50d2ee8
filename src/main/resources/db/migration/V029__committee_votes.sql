-- Structured votes on a decision (issue 7): who voted for, against or abstained, by party (with its seats) or by
-- member, and the minority's note. OParl's result is free text; these rows are what the minutes are written from.
-- Votes are public exactly when the decision is: an open item once the minutes are published.
alter table agenda_item add column minority_note text not null default '';

create table agenda_item_vote (
    id                uuid    not null,
    municipality_code integer not null,
    item_id           uuid    not null,
    position          integer not null,
    voter             text    not null,
    seats             integer not null default 1,
    choice            text    not null,
    constraint agenda_item_vote_pk primary key (id),
    constraint agenda_item_vote_item_fk foreign key (item_id) references agenda_item (id) on delete cascade,
    constraint agenda_item_vote_uq unique (item_id, position),
    constraint agenda_item_vote_voter_ck check (length(trim(voter)) > 0),
    constraint agenda_item_vote_seats_ck check (seats between 1 and 99),
    constraint agenda_item_vote_choice_ck check (choice in ('FOR', 'AGAINST', 'ABSTAIN'))
);
create index agenda_item_vote_item_ix on agenda_item_vote (item_id);

alter table agenda_item_vote enable row level security;
alter table agenda_item_vote force row level security;
create policy agenda_item_vote_tenant on agenda_item_vote using (traedesten_visible(municipality_code));
create policy agenda_item_vote_public on agenda_item_vote for select
    using (traedesten_public() and exists (select 1 from agenda_item i
                                           where i.id = item_id and i.open and i.state = 'MINUTES_PUBLISHED'));
create trigger agenda_item_vote_audit after insert or update or delete on agenda_item_vote
    for each row execute function audit_row_change('id');

-- The public item gains the minority's note, under the same rule as the decision (new columns go last).
create or replace view public_agenda_item with (security_invoker = true) as
    select i.id, i.municipality_code, i.meeting_id, i.number, i.title, i.open, i.template,
           case when i.open then i.case_number else '' end as case_number,
           case when i.open then i.document_number else '' end as document_number,
           case when i.open then i.case_handler else '' end as case_handler,
           case when i.open then i.other_case_handlers else '{}' end as other_case_handlers,
           case when i.open then i.department_codes else '{}' end as department_codes,
           case when i.open then i.dated_on end as dated_on,
           case when i.open and i.state = 'MINUTES_PUBLISHED' then i.decided_as_recommended end as decided_as_recommended,
           case when i.open and i.state = 'MINUTES_PUBLISHED' then i.decision end as decision,
           case when i.open and i.state = 'MINUTES_PUBLISHED' then i.minority_note else '' end as minority_note
    from agenda_item i
    join committee_meeting m on m.id = i.meeting_id and m.agenda_published_at is not null
    where i.state in ('AGENDA_PUBLISHED', 'DECIDED', 'MINUTES_PUBLISHED');

create view public_agenda_item_vote with (security_invoker = true) as
    select v.item_id, v.position, v.voter, v.seats, v.choice
    from agenda_item_vote v
    join public_agenda_item i on i.id = v.item_id and i.decided_as_recommended is not null;
grant select on public_agenda_item_vote to traedesten_app;
