-- Events (DOMAIN.md §6): conferences, webinars, network days and theme meetings, their timed programme, the
-- choice groups a programme offers (political talks, theme sessions) and each event's price list.
--
-- Unlike trials, an event is not one municipality's secret: its invitation, programme and prices are public once
-- published. It belongs to its organiser, a municipality or another organisation (KL, Komponent), and only the
-- organiser's people with the EVENT_ORGANISER role change it (decision 0009).

-- True when the acting person may organise the event of this organiser: the platform-wide scope, or a signed-in
-- person (traedesten.actor, set from the session by TenantAwareDataSource) who holds EVENT_ORGANISER in the
-- organising municipality or works for the organising organisation. SECURITY DEFINER so that the check can read
-- person and membership rows of an organisation whose people no tenant scope covers; it returns a yes or no only.
create function traedesten_event_organiser(organiser_municipality integer, organiser_organisation uuid)
    returns boolean
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select current_setting('traedesten.scope', true) = 'platform'
        or exists (
            select 1 from person p join membership m on m.person_id = p.id
            where p.email = lower(nullif(current_setting('traedesten.actor', true), ''))
              and m.role = 'EVENT_ORGANISER'
              and ((organiser_municipality is not null
                    and m.municipality_code = organiser_municipality
                    and p.municipality_code = organiser_municipality
                    and organiser_municipality = nullif(current_setting('traedesten.tenant', true), '')::integer)
                or (organiser_organisation is not null and p.organisation_id = organiser_organisation)))
$$;
revoke all on function traedesten_event_organiser(integer, uuid) from public;
grant execute on function traedesten_event_organiser(integer, uuid) to traedesten_app;

create table event (
    id                uuid        not null,
    slug              text        not null,
    kind              text        not null,
    title             text        not null,
    -- The theme line under the title ("Et sammenhængende børne- og ungeområde").
    theme             text        not null default '',
    -- Exactly one organiser: a municipality (then also the row's municipality_code, for the audit trail) or an
    -- organisation such as KL.
    municipality_code integer,
    organisation_id   uuid,
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    format            text        not null,
    place             text        not null default '',
    invitation        text        not null default '',
    -- Practical details: contact people, the binding registration rule, questions to whom.
    practical         text        not null default '',
    published         boolean     not null default false,
    created_at        timestamptz not null default now(),
    constraint event_pk primary key (id),
    constraint event_slug_uq unique (slug),
    constraint event_slug_ck check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint event_kind_ck check (kind in ('CONFERENCE', 'WEBINAR', 'NETWORK_DAY', 'THEME_MEETING')),
    constraint event_format_ck check (format in ('IN_PERSON', 'ONLINE', 'HYBRID')),
    constraint event_organiser_ck check ((municipality_code is null) <> (organisation_id is null)),
    constraint event_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint event_organisation_fk foreign key (organisation_id) references organisation (id),
    constraint event_time_ck check (ends_at > starts_at)
);

-- A choice among programme items: "choose exactly 1 of the 3 political talks per municipality", "watch up to 3 of
-- the 5 theme sessions". The items offered point at their group.
create table event_choice_group (
    id                uuid    not null,
    event_id          uuid    not null,
    municipality_code integer,
    name              text    not null,
    description       text    not null default '',
    min_choices       integer not null,
    max_choices       integer not null,
    chooser           text    not null,
    constraint event_choice_group_pk primary key (id),
    constraint event_choice_group_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_choice_group_name_uq unique (event_id, name),
    constraint event_choice_group_rule_ck check (min_choices >= 0 and max_choices >= 1 and min_choices <= max_choices),
    constraint event_choice_group_chooser_ck check (chooser in ('ORGANISATION', 'PARTICIPANT'))
);

create table event_programme_item (
    id                uuid    not null,
    event_id          uuid    not null,
    municipality_code integer,
    position          integer not null,
    starts_at         time    not null,
    ends_at           time,
    kind              text    not null,
    -- The part of the day the item opens ("1. Sammenhænge i kommunale indsatser og ledelsesopgaven").
    section           text,
    title             text    not null,
    description       text    not null default '',
    -- One speaker per line, as the invitation names them.
    speakers          text    not null default '',
    -- Where it comes from for an online audience ("Live fra KL-huset"), or a room.
    venue             text    not null default '',
    choice_group_id   uuid,
    -- Seats in this item when chosen in a group; null is unlimited (an online session).
    capacity          integer,
    constraint event_programme_item_pk primary key (id),
    constraint event_programme_item_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_programme_item_group_fk foreign key (choice_group_id) references event_choice_group (id),
    constraint event_programme_item_position_uq unique (event_id, position),
    constraint event_programme_item_kind_ck check (kind in ('TALK', 'PLENARY', 'PAUSE', 'LUNCH', 'CONVERSATION',
        'ROUNDTABLE', 'WRAP_UP')),
    constraint event_programme_item_time_ck check (ends_at is null or ends_at > starts_at),
    constraint event_programme_item_capacity_ck check (capacity is null or capacity > 0)
);
create index event_programme_item_group_ix on event_programme_item (choice_group_id);

-- Each event's prices in øre, ex VAT. A free event has a price list of zeros. Municipal licence prices are null
-- when the event offers no licence (then a municipality pays per person like everyone else).
create table event_price_list (
    event_id                  uuid    not null,
    municipality_code         integer,
    island_licence_ore        bigint,
    small_licence_ore         bigint,
    large_licence_ore         bigint,
    population_threshold      integer not null default 50000,
    -- A municipality of exactly the threshold pays the lower (small) licence unless this says otherwise.
    threshold_pays_large      boolean not null default false,
    per_person_ore            bigint  not null,
    vat_percent               integer not null default 25,
    constraint event_price_list_pk primary key (event_id),
    constraint event_price_list_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_price_list_licence_ck check ((island_licence_ore is null) = (small_licence_ore is null)
        and (small_licence_ore is null) = (large_licence_ore is null)),
    constraint event_price_list_amounts_ck check (per_person_ore >= 0 and coalesce(island_licence_ore, 0) >= 0
        and coalesce(small_licence_ore, 0) >= 0 and coalesce(large_licence_ore, 0) >= 0),
    constraint event_price_list_threshold_ck check (population_threshold > 0),
    constraint event_price_list_vat_ck check (vat_percent between 0 and 100)
);

-- "More than 10 persons: 10 % off the whole invoice": the largest tier whose limit the persons exceed applies.
create table event_price_discount (
    event_id          uuid    not null,
    municipality_code integer,
    more_than_persons integer not null,
    percent           integer not null,
    constraint event_price_discount_pk primary key (event_id, more_than_persons),
    constraint event_price_discount_list_fk foreign key (event_id) references event_price_list (event_id)
        on delete cascade,
    constraint event_price_discount_ck check (more_than_persons >= 0 and percent between 1 and 100)
);

-- Who organises an event, repeated on its parts so that each part's policies need not join the event.
create function event_organiser_of(event uuid) returns table (municipality integer, organisation uuid)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select e.municipality_code, e.organisation_id from event e where e.id = event
$$;
revoke all on function event_organiser_of(uuid) from public;
grant execute on function event_organiser_of(uuid) to traedesten_app;

create function event_published(event uuid) returns boolean
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select coalesce((select e.published from event e where e.id = event), false)
$$;
revoke all on function event_published(uuid) from public;
grant execute on function event_published(uuid) to traedesten_app;

alter table event enable row level security;
alter table event force row level security;
create policy event_read on event for select
    using (published or traedesten_event_organiser(municipality_code, organisation_id));
create policy event_insert on event for insert
    with check (traedesten_event_organiser(municipality_code, organisation_id));
create policy event_update on event for update
    using (traedesten_event_organiser(municipality_code, organisation_id))
    with check (traedesten_event_organiser(municipality_code, organisation_id));
create policy event_delete on event for delete
    using (traedesten_event_organiser(municipality_code, organisation_id));

do $$
declare
    t text;
begin
    foreach t in array array['event_choice_group', 'event_programme_item', 'event_price_list',
            'event_price_discount'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using (event_published(event_id) or '
            || '(select traedesten_event_organiser(o.municipality, o.organisation) from event_organiser_of(event_id) o))',
            t || '_read', t);
        execute format('create policy %I on %I for all using ('
            || '(select traedesten_event_organiser(o.municipality, o.organisation) from event_organiser_of(event_id) o))'
            || ' with check ((select traedesten_event_organiser(o.municipality, o.organisation)'
            || ' from event_organiser_of(event_id) o))', t || '_organiser', t);
    end loop;
    foreach t in array array['event', 'event_choice_group', 'event_programme_item'] loop
        execute format('create trigger %I after insert or update or delete on %I for each row execute function audit_row_change(%L)',
            t || '_audit', t, 'id');
    end loop;
    foreach t in array array['event_price_list', 'event_price_discount'] loop
        execute format('create trigger %I after insert or update or delete on %I for each row execute function audit_row_change(%L)',
            t || '_audit', t, 'event_id');
    end loop;
end
$$;
