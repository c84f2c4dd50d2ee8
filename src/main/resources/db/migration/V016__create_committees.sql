-- Political committees (DOMAIN.md §7): committees with their members and terms, meetings, agenda items with their
-- sections and attachments, the item templates, and each municipality's case number format.
-- Published agendas and minutes are public: see docs/decisions/0010-public-committee-pages.md for how anonymous
-- readers reach them under row-level security without seeing drafts, closed items or another tenant's work.

create table committee_settings (
    municipality_code  integer not null,
    case_number_format text    not null,
    constraint committee_settings_pk primary key (municipality_code),
    constraint committee_settings_format_ck check (case_number_format in ('KLE', 'CASE_SYSTEM'))
);

create table committee (
    id                uuid        not null,
    municipality_code integer     not null,
    name              text        not null,
    description       text        not null default '',
    created_at        timestamptz not null default now(),
    constraint committee_pk primary key (id),
    constraint committee_name_uq unique (municipality_code, name)
);

create table committee_member (
    id                uuid    not null,
    municipality_code integer not null,
    committee_id      uuid    not null,
    name              text    not null,
    party             text    not null default '',
    role              text    not null,
    term_starts_on    date    not null,
    term_ends_on      date,
    constraint committee_member_pk primary key (id),
    constraint committee_member_committee_fk foreign key (committee_id) references committee (id) on delete cascade,
    constraint committee_member_role_ck check (role in ('CHAIR', 'VICE_CHAIR', 'MEMBER')),
    constraint committee_member_term_ck check (term_ends_on is null or term_ends_on >= term_starts_on)
);
create index committee_member_committee_ix on committee_member (committee_id);

create table committee_meeting (
    id                   uuid        not null,
    municipality_code    integer     not null,
    committee_id         uuid        not null,
    meets_on             date        not null,
    starts_at            time        not null,
    place                text        not null,
    state                text        not null default 'PLANNED',
    agenda_published_at  timestamptz,
    minutes_published_at timestamptz,
    created_at           timestamptz not null default now(),
    constraint committee_meeting_pk primary key (id),
    constraint committee_meeting_committee_fk foreign key (committee_id) references committee (id),
    constraint committee_meeting_state_ck check (state in ('PLANNED', 'INVITED', 'HELD', 'CANCELLED')),
    constraint committee_meeting_minutes_ck check (minutes_published_at is null or agenda_published_at is not null)
);
create index committee_meeting_committee_ix on committee_meeting (committee_id, meets_on desc);

-- The templates an item starts from: which sections it has, in order. Reference data shared by all
-- municipalities; the section headings and template names come from the message bundles by code.
create table agenda_item_template (
    code     text   not null,
    position integer not null,
    sections text[] not null,
    constraint agenda_item_template_pk primary key (code)
);
insert into agenda_item_template (code, position, sections) values
    ('AGENDA_ITEM', 1, array['SUMMARY', 'PRESENTATION', 'RECOMMENDATION']),
    ('COMMITTEE_NOTE', 2, array['SUMMARY', 'BACKGROUND', 'PURPOSE', 'TARGET_GROUP', 'PROGRAMME', 'ECONOMY', 'FURTHER_PROCESS']);
grant select on agenda_item_template to traedesten_app;

create table agenda_item (
    id                     uuid        not null,
    municipality_code      integer     not null,
    meeting_id             uuid        not null,
    number                 integer     not null,
    title                  text        not null,
    template               text        not null,
    case_number            text        not null default '',
    document_number        text        not null default '',
    case_handler           text        not null default '',
    other_case_handlers    text[]      not null default '{}',
    department_codes       text[]      not null default '{}',
    -- A note's own date (seed 000: "16. april 2021"); agenda items go by their meeting's date.
    dated_on               date,
    open                   boolean     not null default true,
    state                  text        not null default 'DRAFT',
    decided_as_recommended boolean,
    decision               text,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    constraint agenda_item_pk primary key (id),
    constraint agenda_item_meeting_fk foreign key (meeting_id) references committee_meeting (id),
    constraint agenda_item_template_fk foreign key (template) references agenda_item_template (code),
    constraint agenda_item_number_uq unique (meeting_id, number),
    constraint agenda_item_number_ck check (number > 0),
    constraint agenda_item_state_ck check (state in ('DRAFT', 'READY', 'AGENDA_PUBLISHED', 'DECIDED', 'MINUTES_PUBLISHED')),
    constraint agenda_item_decision_ck check ((state in ('DECIDED', 'MINUTES_PUBLISHED')) = (decided_as_recommended is not null)),
    constraint agenda_item_amended_ck check (decided_as_recommended is distinct from false or length(trim(decision)) > 0)
);

create table agenda_item_section (
    id                uuid    not null,
    municipality_code integer not null,
    item_id           uuid    not null,
    position          integer not null,
    kind              text    not null,
    body              text    not null default '',
    constraint agenda_item_section_pk primary key (id),
    constraint agenda_item_section_item_fk foreign key (item_id) references agenda_item (id) on delete cascade,
    constraint agenda_item_section_uq unique (item_id, kind),
    constraint agenda_item_section_kind_ck check (kind in ('SUMMARY', 'PRESENTATION', 'RECOMMENDATION', 'BACKGROUND',
        'PURPOSE', 'TARGET_GROUP', 'PROGRAMME', 'ECONOMY', 'FURTHER_PROCESS'))
);

create table agenda_item_attachment (
    id                uuid        not null,
    municipality_code integer     not null,
    item_id           uuid        not null,
    file_name         text        not null,
    content_type      text        not null,
    size_bytes        integer     not null,
    content           bytea       not null,
    created_at        timestamptz not null default now(),
    constraint agenda_item_attachment_pk primary key (id),
    constraint agenda_item_attachment_item_fk foreign key (item_id) references agenda_item (id) on delete cascade,
    constraint agenda_item_attachment_size_ck check (size_bytes > 0 and size_bytes <= 5242880 and size_bytes = length(content))
);

-- The public audience: a transaction the public pages open says so with
-- set_config('traedesten.audience', 'public', true). Only SQL of the committees module's public reader sets it, and
-- only for its own transaction; nothing a visitor sends can set it.
create function traedesten_public() returns boolean
    language sql stable
as $$
    select current_setting('traedesten.audience', true) = 'public'
$$;

do $$
declare
    t text;
begin
    foreach t in array array['committee_settings', 'committee', 'committee_member', 'committee_meeting', 'agenda_item',
            'agenda_item_section', 'agenda_item_attachment'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (traedesten_visible(municipality_code))', t || '_tenant', t);
    end loop;
    foreach t in array array['committee', 'committee_member', 'committee_meeting', 'agenda_item', 'agenda_item_section'] loop
        execute format('create trigger %I after insert or update or delete on %I for each row execute function audit_row_change(%L)',
            t || '_audit', t, 'id');
    end loop;
end
$$;
create trigger committee_settings_audit after insert or update or delete on committee_settings
    for each row execute function audit_row_change('municipality_code');
-- The file itself stays out of the trail (up to 5 MB a row); its name, type and size are recorded.
create trigger agenda_item_attachment_audit after insert or update or delete on agenda_item_attachment
    for each row execute function audit_row_change('id', 'content');

-- What the public audience may read besides its own tenant's rows (permissive policies add to the tenant policy,
-- and only for select). Committees and their members are public; a meeting once its agenda is published; an item
-- once it is on a published agenda; sections and files only of such an item that is open to the public. The
-- subqueries read agenda_item under its own policies, so they can only narrow.
create policy committee_public on committee for select using (traedesten_public());
create policy committee_member_public on committee_member for select using (traedesten_public());
create policy committee_meeting_public on committee_meeting for select
    using (traedesten_public() and agenda_published_at is not null);
create policy agenda_item_public on agenda_item for select
    using (traedesten_public() and state in ('AGENDA_PUBLISHED', 'DECIDED', 'MINUTES_PUBLISHED'));
create policy agenda_item_section_public on agenda_item_section for select
    using (traedesten_public() and exists (select 1 from agenda_item i where i.id = item_id and i.open));
create policy agenda_item_attachment_public on agenda_item_attachment for select
    using (traedesten_public() and exists (select 1 from agenda_item i where i.id = item_id and i.open));

-- The public pages read only these views. They repeat the publication rules (so a signed-in user, who also sees
-- the own tenant's drafts through the tenant policy, gets the same public page as anyone) and blank every field of a
-- closed item but its number and title; a decision shows once the minutes are published.
create view public_meeting with (security_invoker = true) as
    select m.id, m.municipality_code, m.committee_id, m.meets_on, m.starts_at, m.place, m.state,
           m.minutes_published_at is not null as minutes_published
    from committee_meeting m
    where m.agenda_published_at is not null;

create view public_agenda_item with (security_invoker = true) as
    select i.id, i.municipality_code, i.meeting_id, i.number, i.title, i.open, i.template,
           case when i.open then i.case_number else '' end as case_number,
           case when i.open then i.document_number else '' end as document_number,
           case when i.open then i.case_handler else '' end as case_handler,
           case when i.open then i.other_case_handlers else '{}' end as other_case_handlers,
           case when i.open then i.department_codes else '{}' end as department_codes,
           case when i.open then i.dated_on end as dated_on,
           case when i.open and i.state = 'MINUTES_PUBLISHED' then i.decided_as_recommended end as decided_as_recommended,
           case when i.open and i.state = 'MINUTES_PUBLISHED' then i.decision end as decision
    from agenda_item i
    join committee_meeting m on m.id = i.meeting_id and m.agenda_published_at is not null
    where i.state in ('AGENDA_PUBLISHED', 'DECIDED', 'MINUTES_PUBLISHED');

create view public_agenda_item_section with (security_invoker = true) as
    select s.item_id, s.position, s.kind, s.body
    from agenda_item_section s
    join public_agenda_item i on i.id = s.item_id and i.open;

-- The Danish full-text document of a published item: its title always, its sections and decision only when open.
create view public_agenda_item_text with (security_invoker = true) as
    select i.id,
           to_tsvector('danish', i.title || ' ' || i.case_number || ' ' || coalesce(i.decision, '') || ' '
               || coalesce((select string_agg(s.body, ' ' order by s.position) from public_agenda_item_section s
                            where s.item_id = i.id), '')) as document
    from public_agenda_item i;

grant select on public_meeting, public_agenda_item, public_agenda_item_section, public_agenda_item_text to traedesten_app;
