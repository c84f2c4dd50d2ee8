-- Issue 7, item 4: what a decision sets in motion, the several cases an item may treat, and the links from an item
-- to what it decided (a trial, the strategy, a call's selection). Decision 0017.

-- A follow-up of a decided item: what is to be done, by whom (a person of the municipality or a department named in
-- free text), by when, and where it stands with its latest dated note. Never public: the committee and the
-- municipality's own people read it (the tenant policy only).
create table committee_follow_up (
    id                 uuid        not null,
    municipality_code  integer     not null,
    item_id            uuid        not null,
    what               text        not null,
    assignee_person_id uuid,
    assignee_name      text        not null,
    due_on             date        not null,
    status             text        not null default 'NOT_STARTED',
    status_note        text        not null default '',
    status_noted_on    date,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    constraint committee_follow_up_pk primary key (id),
    constraint committee_follow_up_item_fk foreign key (item_id) references agenda_item (id) on delete cascade,
    constraint committee_follow_up_person_fk foreign key (assignee_person_id) references person (id),
    constraint committee_follow_up_what_ck check (length(trim(what)) > 0),
    constraint committee_follow_up_assignee_ck check (length(trim(assignee_name)) > 0),
    constraint committee_follow_up_status_ck check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    constraint committee_follow_up_note_ck check (status_noted_on is not null or status_note = '')
);
create index committee_follow_up_item_ix on committee_follow_up (item_id);

-- The cases an item treats besides (or instead of) its own case number, each with its number and title. Public as
-- OParl Papers exactly when the item's texts are: an open item on a published agenda.
create table agenda_item_paper (
    id                uuid        not null,
    municipality_code integer     not null,
    item_id           uuid        not null,
    position          integer     not null,
    case_number       text        not null,
    title             text        not null,
    created_at        timestamptz not null default now(),
    constraint agenda_item_paper_pk primary key (id),
    constraint agenda_item_paper_item_fk foreign key (item_id) references agenda_item (id) on delete cascade,
    constraint agenda_item_paper_position_uq unique (item_id, position),
    constraint agenda_item_paper_case_uq unique (item_id, case_number),
    constraint agenda_item_paper_case_ck check (length(trim(case_number)) > 0),
    constraint agenda_item_paper_title_ck check (length(trim(title)) > 0)
);
create index agenda_item_paper_item_ix on agenda_item_paper (item_id);

-- What an item decided in other modules: a trial, the municipality's strategy, or a call whose selection it puts
-- before the committee. The target is another module's id, so no foreign key: the module that owns it names it.
create table agenda_item_link (
    id                uuid        not null,
    municipality_code integer     not null,
    item_id           uuid        not null,
    kind              text        not null,
    target_id         uuid        not null,
    created_at        timestamptz not null default now(),
    constraint agenda_item_link_pk primary key (id),
    constraint agenda_item_link_item_fk foreign key (item_id) references agenda_item (id) on delete cascade,
    constraint agenda_item_link_uq unique (item_id, kind, target_id),
    constraint agenda_item_link_kind_ck check (kind in ('TRIAL', 'STRATEGY', 'CALL'))
);
create index agenda_item_link_target_ix on agenda_item_link (kind, target_id);

do $$
declare
    t text;
begin
    foreach t in array array['committee_follow_up', 'agenda_item_paper', 'agenda_item_link'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (traedesten_visible(municipality_code))', t || '_tenant', t);
        execute format('create trigger %I after insert or update or delete on %I for each row execute function audit_row_change(%L)',
            t || '_audit', t, 'id');
    end loop;
end
$$;

create policy agenda_item_paper_public on agenda_item_paper for select
    using (traedesten_public() and exists (select 1 from agenda_item i where i.id = item_id and i.open
                                           and i.state in ('AGENDA_PUBLISHED', 'DECIDED', 'MINUTES_PUBLISHED')));

create view public_agenda_item_paper with (security_invoker = true) as
    select p.id, p.item_id, i.meeting_id, i.municipality_code, p.position, p.case_number, p.title, p.created_at
    from agenda_item_paper p
    join public_agenda_item i on i.id = p.item_id and i.open;
grant select on public_agenda_item_paper to traedesten_app;
