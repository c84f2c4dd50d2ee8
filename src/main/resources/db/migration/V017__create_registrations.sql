-- Registrations (DOMAIN.md §6, seed 004, decision 0011): a municipality registers its people for an event in
-- rounds that are counted together, swaps a participant's name later, and chooses sessions within the event's
-- choice groups. Registrations are the registering municipality's data: other municipalities never see them; the
-- event's organiser reads them. Seats in sessions with a capacity are counted in one row per session, locked while
-- a seat is taken or freed, so no session is ever oversold and the waiting list moves up in order.

-- From this day on (Danish date) a registration is binding: cancelling is refused, swapping a name is not.
alter table event add column registration_binding_from date;

create table event_registration_round (
    id                uuid        not null,
    event_id          uuid        not null,
    municipality_code integer     not null,
    number            integer     not null,
    registered_by     text        not null,
    registered_at     timestamptz not null default now(),
    constraint event_registration_round_pk primary key (id),
    constraint event_registration_round_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_registration_round_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint event_registration_round_number_uq unique (event_id, municipality_code, number),
    constraint event_registration_round_number_ck check (number >= 1)
);

-- One seat at the event. A swap changes the name on the seat; the audit trail keeps who sat there before.
create table event_participant (
    id                uuid        not null,
    event_id          uuid        not null,
    municipality_code integer     not null,
    round_id          uuid        not null,
    name              text        not null,
    email             text        not null,
    job_title         text        not null default '',
    cancelled_at      timestamptz,
    created_at        timestamptz not null default now(),
    constraint event_participant_pk primary key (id),
    constraint event_participant_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_participant_round_fk foreign key (round_id) references event_registration_round (id),
    constraint event_participant_name_ck check (length(trim(name)) > 0),
    constraint event_participant_email_ck check (email = lower(email) and email like '%_@_%')
);
-- One seat per person and event across all municipalities; checked through the index, which row-level security
-- does not hide.
create unique index event_participant_email_uq on event_participant (event_id, email) where cancelled_at is null;
create index event_participant_round_ix on event_participant (round_id);

-- A choice the municipality makes once for all its people (the political talk).
create table event_organisation_choice (
    event_id          uuid        not null,
    municipality_code integer     not null,
    group_id          uuid        not null,
    item_id           uuid        not null,
    chosen_at         timestamptz not null default now(),
    constraint event_organisation_choice_pk primary key (event_id, municipality_code, item_id),
    constraint event_organisation_choice_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_organisation_choice_group_fk foreign key (group_id) references event_choice_group (id),
    constraint event_organisation_choice_item_fk foreign key (item_id) references event_programme_item (id)
);

-- A participant's seat in a session, or a place on its waiting list (in the order of `queued`).
create table event_session_choice (
    id                uuid        not null,
    event_id          uuid        not null,
    municipality_code integer     not null,
    participant_id    uuid        not null,
    group_id          uuid        not null,
    item_id           uuid        not null,
    status            text        not null default 'WAITING',
    queued            bigint      generated always as identity,
    chosen_at         timestamptz not null default now(),
    constraint event_session_choice_pk primary key (id),
    constraint event_session_choice_participant_fk foreign key (participant_id) references event_participant (id)
        on delete cascade,
    constraint event_session_choice_group_fk foreign key (group_id) references event_choice_group (id),
    constraint event_session_choice_item_fk foreign key (item_id) references event_programme_item (id),
    constraint event_session_choice_uq unique (participant_id, item_id),
    constraint event_session_choice_status_ck check (status in ('SEATED', 'WAITING'))
);
create index event_session_choice_queue_ix on event_session_choice (item_id, status, queued);

-- Seats taken per session with a capacity, across all municipalities. Only the functions below change it.
create table event_session_seats (
    item_id  uuid    not null,
    event_id uuid    not null,
    capacity integer not null,
    taken    integer not null default 0,
    constraint event_session_seats_pk primary key (item_id),
    constraint event_session_seats_item_fk foreign key (item_id) references event_programme_item (id) on delete cascade,
    -- The last guard: whatever the code does, the database never holds more seated than seats.
    constraint event_session_seats_ck check (taken >= 0 and taken <= capacity)
);

-- Takes a seat for a waiting choice if the session has one free; answers the choice's status. The seat row is
-- locked first, so concurrent registrations queue here one at a time and a release in between sees every waiter.
-- SECURITY DEFINER because the count spans municipalities; the caller must see the choice itself.
create function event_session_take(choice uuid) returns text
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    c   event_session_choice%rowtype;
    cap integer;
    free integer;
begin
    select * into c from event_session_choice where id = choice;
    if not found or not traedesten_visible(c.municipality_code) then
        raise exception 'no such session choice';
    end if;
    if c.status = 'SEATED' then
        return c.status;
    end if;
    select capacity into cap from event_programme_item where id = c.item_id;
    if cap is null then
        update event_session_choice set status = 'SEATED' where id = choice;
        return 'SEATED';
    end if;
    insert into event_session_seats (item_id, event_id, capacity) values (c.item_id, c.event_id, cap)
        on conflict (item_id) do nothing;
    select capacity - taken into free from event_session_seats where item_id = c.item_id for update;
    if free > 0 then
        update event_session_seats set taken = taken + 1 where item_id = c.item_id;
        update event_session_choice set status = 'SEATED' where id = choice;
        return 'SEATED';
    end if;
    return 'WAITING';
end
$$;

-- Removes a choice; if it held a seat, the first on the waiting list (any municipality) gets it, or the seat is
-- freed. Answers the participant moved up, if any. The waiting list and the promotion span municipalities (another
-- municipality's row and its audit entry), so after the caller's own check the work runs in the platform-wide
-- scope, and the caller's scope is put back before returning.
create function event_session_release(choice uuid) returns uuid
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    c        event_session_choice%rowtype;
    next_one uuid;
    promoted uuid;
    scope    text := coalesce(current_setting('traedesten.scope', true), '');
begin
    select * into c from event_session_choice where id = choice;
    if not found or not traedesten_visible(c.municipality_code) then
        raise exception 'no such session choice';
    end if;
    perform set_config('traedesten.scope', 'platform', true);
    if c.status = 'SEATED' and exists (select 1 from event_session_seats where item_id = c.item_id) then
        perform 1 from event_session_seats where item_id = c.item_id for update;
        delete from event_session_choice where id = choice;
        select w.id, w.participant_id into next_one, promoted from event_session_choice w
            where w.item_id = c.item_id and w.status = 'WAITING' order by w.queued limit 1 for update;
        if next_one is null then
            update event_session_seats set taken = taken - 1 where item_id = c.item_id;
        else
            update event_session_choice set status = 'SEATED' where id = next_one;
        end if;
    else
        delete from event_session_choice where id = choice;
    end if;
    perform set_config('traedesten.scope', scope, true);
    return promoted;
end
$$;

-- The number seated per session, for the choice form's "full" and "n free"; counts only, no people.
create function event_session_taken(event uuid) returns table (item_id uuid, capacity integer, taken integer)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select s.item_id, s.capacity, s.taken from event_session_seats s where s.event_id = event
$$;

do $$
declare
    f text;
begin
    foreach f in array array['event_session_take(uuid)', 'event_session_release(uuid)', 'event_session_taken(uuid)'] loop
        execute format('revoke all on function %s from public', f);
        execute format('grant execute on function %s to traedesten_app', f);
    end loop;
end
$$;

alter table event_session_seats enable row level security;
-- No policy and not forced: the app's role reaches the counts only through the functions above, which run as the
-- table's owner.

do $$
declare
    t text;
begin
    foreach t in array array['event_registration_round', 'event_participant', 'event_organisation_choice',
            'event_session_choice'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using (traedesten_visible(municipality_code) or '
            || '(select traedesten_event_organiser(o.municipality, o.organisation) from event_organiser_of(event_id) o))',
            t || '_read', t);
        execute format('create policy %I on %I for all using (traedesten_visible(municipality_code))'
            || ' with check (traedesten_visible(municipality_code))', t || '_own', t);
    end loop;
    foreach t in array array['event_registration_round', 'event_participant', 'event_session_choice'] loop
        execute format('create trigger %I after insert or update or delete on %I for each row execute function audit_row_change(%L)',
            t || '_audit', t, 'id');
    end loop;
    execute 'create trigger event_organisation_choice_audit after insert or update or delete on event_organisation_choice'
        || ' for each row execute function audit_row_change(''item_id'')';
end
$$;
