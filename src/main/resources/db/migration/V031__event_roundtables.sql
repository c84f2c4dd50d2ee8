-- A webinar with area roundtables (DOMAIN.md §6, seed 000, decision 0015): participants carry their role and their
-- area (and unit) in the municipality, the organiser allocates them to roundtables of about 40 by area with the
-- committee at the City Hall table, moves people by hand, names a facilitator and a note-taker per table, and
-- writes down each table's input for the common wrap-up.

-- The participant's role at a webinar, area and unit; null on events that ask for none (the summit).
alter table event_participant
    add column roundtable_role text,
    add column area_id         uuid,
    add column unit_id         uuid,
    add constraint event_participant_roundtable_role_ck check (roundtable_role in ('COMMITTEE_MEMBER', 'DIRECTOR',
        'AREA_LEADER', 'ADMINISTRATION', 'SCHOOL_LEADER', 'CLUSTER_LEADER', 'SELF_GOVERNING_DAYCARE', 'ASSOCIATION',
        'OTHER')),
    add constraint event_participant_area_fk foreign key (area_id) references area (id),
    add constraint event_participant_unit_fk foreign key (unit_id) references unit (id);

-- Seats per table, as the organiser last ran the allocation; moves by hand are checked against it.
alter table event
    add column roundtable_capacity integer not null default 40,
    add constraint event_roundtable_capacity_ck check (roundtable_capacity between 1 and 500);

-- One roundtable. Its key is stable across runs of the allocation ("CITY_HALL", "AREA:<area id>:<n>", "EXTRA:<n>"),
-- so that the facilitator, the note-taker and the input written stay with the table when it is run again.
create table event_roundtable (
    id                uuid    not null,
    event_id          uuid    not null,
    municipality_code integer,
    key               text    not null,
    area_id           uuid,
    number            integer not null default 1,
    facilitator       text    not null default '',
    note_taker        text    not null default '',
    -- What was said, as the note-taker writes it.
    summary           text    not null default '',
    constraint event_roundtable_pk primary key (id),
    constraint event_roundtable_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_roundtable_area_fk foreign key (area_id) references area (id),
    constraint event_roundtable_key_uq unique (event_id, key),
    constraint event_roundtable_number_ck check (number >= 1)
);

-- A short item of a table's input: a theme it raised or a recommendation it gives, in the order written.
create table event_roundtable_point (
    id                uuid    not null,
    event_id          uuid    not null,
    municipality_code integer,
    table_id          uuid    not null,
    kind              text    not null,
    position          integer not null,
    text              text    not null,
    constraint event_roundtable_point_pk primary key (id),
    constraint event_roundtable_point_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_roundtable_point_table_fk foreign key (table_id) references event_roundtable (id)
        on delete cascade,
    constraint event_roundtable_point_kind_ck check (kind in ('THEME', 'RECOMMENDATION')),
    constraint event_roundtable_point_text_ck check (length(trim(text)) > 0)
);
create index event_roundtable_point_table_ix on event_roundtable_point (table_id, kind, position);

-- A participant's seat at a table. A seat the organiser moved by hand is pinned: running the allocation again keeps
-- it until the organiser resets the moves.
create table event_roundtable_seat (
    participant_id    uuid    not null,
    event_id          uuid    not null,
    municipality_code integer,
    table_id          uuid    not null,
    pinned            boolean not null default false,
    constraint event_roundtable_seat_pk primary key (participant_id),
    constraint event_roundtable_seat_participant_fk foreign key (participant_id) references event_participant (id)
        on delete cascade,
    constraint event_roundtable_seat_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_roundtable_seat_table_fk foreign key (table_id) references event_roundtable (id)
        on delete cascade
);
create index event_roundtable_seat_table_ix on event_roundtable_seat (table_id);

-- Only the event's organiser reads and writes the tables: who sits where and what was said is the organiser's
-- working material, not the registering municipality's.
do $$
declare
    t text;
begin
    foreach t in array array['event_roundtable', 'event_roundtable_point', 'event_roundtable_seat'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for all using ('
            || '(select traedesten_event_organiser(o.municipality, o.organisation) from event_organiser_of(event_id) o))'
            || ' with check ((select traedesten_event_organiser(o.municipality, o.organisation)'
            || ' from event_organiser_of(event_id) o))', t || '_organiser', t);
    end loop;
    foreach t in array array['event_roundtable', 'event_roundtable_point'] loop
        execute format('create trigger %I after insert or update or delete on %I for each row execute function audit_row_change(%L)',
            t || '_audit', t, 'id');
    end loop;
    execute 'create trigger event_roundtable_seat_audit after insert or update or delete on event_roundtable_seat'
        || ' for each row execute function audit_row_change(''participant_id'')';
end
$$;
