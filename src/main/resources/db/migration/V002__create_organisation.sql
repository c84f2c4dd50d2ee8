-- Reference data: every Danish municipality. Not tenant data; everyone may read it.
create table municipality (
    code         integer not null,
    name         text    not null,
    region       text    not null,
    island       boolean not null default false,
    tenant       boolean not null default false,
    constraint municipality_pk primary key (code),
    constraint municipality_code_ck check (code between 100 and 999),
    constraint municipality_name_uq unique (name)
);

create table municipality_population (
    municipality_code integer not null,
    year              integer not null,
    population        integer not null,
    source            text    not null,
    constraint municipality_population_pk primary key (municipality_code, year),
    constraint municipality_population_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint municipality_population_year_ck check (year between 1970 and 2100),
    constraint municipality_population_value_ck check (population >= 0)
);

-- Organisations outside the municipalities: KL, consultancies, associations, self-governing institutions.
create table organisation (
    id                uuid not null,
    name              text not null,
    kind              text not null,
    municipality_code integer,
    constraint organisation_pk primary key (id),
    constraint organisation_name_uq unique (name),
    constraint organisation_kind_ck check (kind in ('ASSOCIATION_OF_MUNICIPALITIES', 'CONSULTANCY', 'ASSOCIATION',
        'SELF_GOVERNING_INSTITUTION', 'OTHER')),
    constraint organisation_municipality_fk foreign key (municipality_code) references municipality (code)
);

create table area (
    id                uuid    not null,
    municipality_code integer not null,
    name              text    not null,
    constraint area_pk primary key (id),
    constraint area_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint area_name_uq unique (municipality_code, name)
);

create table unit (
    id                uuid    not null,
    municipality_code integer not null,
    area_id           uuid,
    name              text    not null,
    kind              text    not null,
    constraint unit_pk primary key (id),
    constraint unit_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint unit_area_fk foreign key (area_id) references area (id),
    constraint unit_name_uq unique (municipality_code, name),
    constraint unit_kind_ck check (kind in ('DAYCARE', 'SCHOOL', 'LEISURE_CLUB', 'SPECIAL_PROVISION', 'PPR',
        'HEALTH_VISITING', 'FAMILY_SERVICE', 'ADMINISTRATION'))
);
create index unit_area_ix on unit (area_id);

-- A person works for a municipality or for another organisation (or, as a parent representative, for neither).
create table person (
    id                uuid    not null,
    municipality_code integer,
    organisation_id   uuid,
    name              text    not null,
    email             text    not null,
    job_title         text,
    constraint person_pk primary key (id),
    constraint person_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint person_organisation_fk foreign key (organisation_id) references organisation (id),
    constraint person_email_ck check (email = lower(email) and position('@' in email) > 1)
);
create unique index person_email_uq on person (email);

-- Platform administrators hold their role outside any municipality (municipality_code is null).
create table membership (
    id                uuid    not null,
    municipality_code integer,
    person_id         uuid    not null,
    role              text    not null,
    unit_id           uuid,
    constraint membership_pk primary key (id),
    constraint membership_person_fk foreign key (person_id) references person (id) on delete cascade,
    constraint membership_unit_fk foreign key (unit_id) references unit (id),
    constraint membership_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint membership_role_ck check (role in ('STAFF', 'UNIT_LEADER', 'AREA_LEADER', 'CLUSTER_LEADER',
        'STRATEGY_COORDINATOR', 'SELECTION_COMMITTEE_MEMBER', 'POLITICIAN', 'EVENT_ORGANISER', 'ADMINISTRATOR',
        'PLATFORM_ADMINISTRATOR'))
);
create unique index membership_uq on membership (person_id, role, coalesce(unit_id, '00000000-0000-0000-0000-000000000000'));
create index membership_unit_ix on membership (unit_id);

-- Tenant isolation: one policy per table, read by every query through the application role.
alter table area enable row level security;
alter table area force row level security;
create policy area_tenant on area using (traedesten_visible(municipality_code));

alter table unit enable row level security;
alter table unit force row level security;
create policy unit_tenant on unit using (traedesten_visible(municipality_code));

alter table person enable row level security;
alter table person force row level security;
create policy person_tenant on person using (traedesten_visible(municipality_code));

alter table membership enable row level security;
alter table membership force row level security;
create policy membership_tenant on membership using (traedesten_visible(municipality_code));

-- Reference data may be read by all; only the platform-wide scope changes it (checked in the policies).
alter table municipality enable row level security;
alter table municipality force row level security;
create policy municipality_read on municipality for select using (true);
create policy municipality_write on municipality for update using (current_setting('traedesten.scope', true) = 'platform');
create policy municipality_insert on municipality for insert with check (current_setting('traedesten.scope', true) = 'platform');

alter table municipality_population enable row level security;
alter table municipality_population force row level security;
create policy population_read on municipality_population for select using (true);
create policy population_write on municipality_population for all
    using (current_setting('traedesten.scope', true) = 'platform')
    with check (current_setting('traedesten.scope', true) = 'platform');

alter table organisation enable row level security;
alter table organisation force row level security;
create policy organisation_read on organisation for select using (true);
create policy organisation_write on organisation for all
    using (current_setting('traedesten.scope', true) = 'platform')
    with check (current_setting('traedesten.scope', true) = 'platform');

create trigger municipality_audit after insert or update or delete on municipality
    for each row execute function audit_row_change('code');
create trigger municipality_population_audit after insert or update or delete on municipality_population
    for each row execute function audit_row_change('year');
create trigger organisation_audit after insert or update or delete on organisation
    for each row execute function audit_row_change('id');
create trigger area_audit after insert or update or delete on area
    for each row execute function audit_row_change('id');
create trigger unit_audit after insert or update or delete on unit
    for each row execute function audit_row_change('id');
create trigger person_audit after insert or update or delete on person
    for each row execute function audit_row_change('id');
create trigger membership_audit after insert or update or delete on membership
    for each row execute function audit_row_change('id');
