-- Partnerships (DOMAIN.md §6, seed 001, decision 0016): KL and Komponent run one partnership for daycare and one
-- for school; a municipality joins one or both and sends one chief and up to four employees to each partnership's
-- four network days. The network days are events of kind NETWORK_DAY (V015); this only links them.
-- "Ring mig op": anyone may ask an expert to phone them; the organisers work the queue, and a nightly job deletes
-- requests after the retention period.

create table partnership (
    id         uuid        not null,
    slug       text        not null,
    kind       text        not null,
    title      text        not null,
    summary    text        not null default '',
    created_at timestamptz not null default now(),
    constraint partnership_pk primary key (id),
    constraint partnership_slug_uq unique (slug),
    constraint partnership_slug_ck check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint partnership_kind_uq unique (kind),
    constraint partnership_kind_ck check (kind in ('DAYCARE', 'SCHOOL'))
);

create table partnership_organiser (
    partnership_id  uuid not null,
    organisation_id uuid not null,
    constraint partnership_organiser_pk primary key (partnership_id, organisation_id),
    constraint partnership_organiser_partnership_fk foreign key (partnership_id) references partnership (id)
        on delete cascade,
    constraint partnership_organiser_organisation_fk foreign key (organisation_id) references organisation (id)
);

create table partnership_network_day (
    partnership_id uuid    not null,
    number         integer not null,
    -- The event by its address (unique and never changed), which the events module's API finds it by.
    event_slug     text    not null,
    constraint partnership_network_day_pk primary key (partnership_id, number),
    constraint partnership_network_day_event_uq unique (event_slug),
    constraint partnership_network_day_number_ck check (number between 1 and 4),
    constraint partnership_network_day_partnership_fk foreign key (partnership_id) references partnership (id)
        on delete cascade,
    constraint partnership_network_day_event_fk foreign key (event_slug) references event (slug)
);

-- True when the acting person organises the partnership (or any partnership when it is null): the platform-wide
-- scope, or an EVENT_ORGANISER of one of its organising organisations. SECURITY DEFINER because organisers and
-- their people belong to no tenant; it answers yes or no only.
create function traedesten_partnership_organiser(partnership uuid) returns boolean
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select current_setting('traedesten.scope', true) = 'platform'
        or exists (select 1 from partnership_organiser po
                   where (partnership is null or po.partnership_id = partnership)
                     and traedesten_event_organiser(null, po.organisation_id))
$$;
revoke all on function traedesten_partnership_organiser(uuid) from public;
grant execute on function traedesten_partnership_organiser(uuid) to traedesten_app;

-- The colleagues a request can be given to: the organisers of the organising organisations, for an organiser only.
create function partnership_organiser_people() returns table (id uuid, name text)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select distinct p.id, p.name from person p join membership m on m.person_id = p.id
    where traedesten_partnership_organiser(null)
      and m.role = 'EVENT_ORGANISER'
      and p.organisation_id in (select organisation_id from partnership_organiser)
$$;
revoke all on function partnership_organiser_people() from public;
grant execute on function partnership_organiser_people() to traedesten_app;

-- A municipality in a partnership, signed up by its administrator or strategy coordinator.
create table partnership_membership (
    id                uuid        not null,
    partnership_id    uuid        not null,
    municipality_code integer     not null,
    joined_by         text        not null,
    joined_at         timestamptz not null default now(),
    constraint partnership_membership_pk primary key (id),
    constraint partnership_membership_uq unique (partnership_id, municipality_code),
    constraint partnership_membership_partnership_fk foreign key (partnership_id) references partnership (id),
    constraint partnership_membership_municipality_fk foreign key (municipality_code) references municipality (code)
);

-- A person the municipality sends: one chief and up to four employees per membership. network_days are the
-- numbers (1-4) of the network days the person attends.
create table partnership_member (
    id                uuid        not null,
    membership_id     uuid        not null,
    partnership_id    uuid        not null,
    municipality_code integer     not null,
    role              text        not null,
    name              text        not null,
    email             text        not null default '',
    job_title         text        not null default '',
    network_days      integer[]   not null default '{1,2,3,4}',
    created_at        timestamptz not null default now(),
    constraint partnership_member_pk primary key (id),
    constraint partnership_member_membership_fk foreign key (membership_id) references partnership_membership (id)
        on delete cascade,
    constraint partnership_member_role_ck check (role in ('CHIEF', 'EMPLOYEE')),
    constraint partnership_member_name_ck check (length(trim(name)) > 0),
    constraint partnership_member_days_ck check (network_days <@ array[1, 2, 3, 4])
);
create index partnership_member_membership_ix on partnership_member (membership_id);
create unique index partnership_member_one_chief_uq on partnership_member (membership_id) where role = 'CHIEF';

-- The last guard behind MemberRules: never a fifth employee, whatever the code does. The membership row is locked
-- first, so two additions at once are counted one after the other.
create function partnership_member_employee_limit() returns trigger
    language plpgsql
as $$
begin
    if new.role = 'EMPLOYEE' then
        perform 1 from partnership_membership where id = new.membership_id for update;
        if (select count(*) from partnership_member
            where membership_id = new.membership_id and role = 'EMPLOYEE' and id <> new.id) >= 4 then
            raise exception 'at most four employees per municipality and partnership'
                using errcode = '23514', constraint = 'partnership_member_employees_ck';
        end if;
    end if;
    return new;
end
$$;
create trigger partnership_member_employee_limit before insert or update on partnership_member
    for each row execute function partnership_member_employee_limit();

-- A request to be phoned. caller_municipality_code is not called municipality_code on purpose: the request belongs
-- to the organisers, not to the caller's municipality (whose tenant must not read it). The personal columns are
-- left out of the audit trail so that deleting a request after the retention period deletes them everywhere.
create table partnership_callback (
    id                       uuid        not null,
    name                     text        not null,
    caller_municipality_code integer     not null,
    phone                    text        not null,
    topic                    text        not null,
    preferred_time           text        not null default '',
    consented_at             timestamptz not null,
    created_at               timestamptz not null default now(),
    assigned_to              uuid,
    done_at                  timestamptz,
    constraint partnership_callback_pk primary key (id),
    constraint partnership_callback_municipality_fk foreign key (caller_municipality_code)
        references municipality (code),
    constraint partnership_callback_topic_ck check (topic in ('DAYCARE', 'SCHOOL', 'BOTH', 'OTHER')),
    constraint partnership_callback_name_ck check (length(trim(name)) > 0),
    constraint partnership_callback_phone_ck check (phone ~ '^\+45[2-9][0-9]{7}$')
);
create index partnership_callback_created_ix on partnership_callback (created_at);

alter table partnership enable row level security;
alter table partnership force row level security;
create policy partnership_read on partnership for select using (true);
create policy partnership_write on partnership for all
    using (traedesten_partnership_organiser(id)) with check (traedesten_partnership_organiser(id));

do $$
declare
    t text;
begin
    foreach t in array array['partnership_organiser', 'partnership_network_day'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using (true)', t || '_read', t);
        execute format('create policy %I on %I for all using (traedesten_partnership_organiser(partnership_id))'
            || ' with check (traedesten_partnership_organiser(partnership_id))', t || '_write', t);
    end loop;
    -- A municipality reads and writes its own; the partnership's organisers read every municipality's.
    foreach t in array array['partnership_membership', 'partnership_member'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using (traedesten_visible(municipality_code)'
            || ' or traedesten_partnership_organiser(partnership_id))', t || '_read', t);
        execute format('create policy %I on %I for all using (traedesten_visible(municipality_code))'
            || ' with check (traedesten_visible(municipality_code))', t || '_own', t);
    end loop;
end
$$;

-- Only organisers read and work the queue. A visitor's request is written by the application in the system scope
-- after its checks (the form needs no sign-in), so no policy lets anyone else insert.
alter table partnership_callback enable row level security;
alter table partnership_callback force row level security;
create policy partnership_callback_organiser on partnership_callback for all
    using (traedesten_partnership_organiser(null)) with check (traedesten_partnership_organiser(null));

-- The organisers work for no municipality, so their audit entries carry none; V005 would refuse them.
create policy audit_event_append_partnership_organiser on audit_event for insert
    with check (municipality_code is null and table_name = 'partnership_callback'
                and traedesten_partnership_organiser(null));

create trigger partnership_audit after insert or update or delete on partnership
    for each row execute function audit_row_change('id');
create trigger partnership_membership_audit after insert or update or delete on partnership_membership
    for each row execute function audit_row_change('id');
create trigger partnership_member_audit after insert or update or delete on partnership_member
    for each row execute function audit_row_change('id');
create trigger partnership_callback_audit after insert or update or delete on partnership_callback
    for each row execute function audit_row_change('id', 'name', 'phone', 'preferred_time');
create trigger partnership_network_day_audit after insert or update or delete on partnership_network_day
    for each row execute function audit_row_change('event_slug');
