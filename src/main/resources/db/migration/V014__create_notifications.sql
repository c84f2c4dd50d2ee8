-- In-app notifications: a short message to one person with a link, kept as a bundle key and its arguments so it
-- is shown in the reader's language, until it is read. The page lists only the reader's own rows; row-level
-- security keeps each municipality's rows to itself beneath that.
create table notification (
    id                uuid        not null,
    municipality_code integer     not null,
    person_id         uuid        not null,
    message_key       text        not null,
    arguments         text[]      not null default '{}',
    -- An app path (/maalinger/serier/…), never an outside address.
    link              text,
    created_at        timestamptz not null default now(),
    read_at           timestamptz,
    constraint notification_pk primary key (id),
    constraint notification_person_fk foreign key (person_id) references person (id) on delete cascade,
    constraint notification_link_ck check (link is null or (link like '/%' and link not like '//%'))
);
create index notification_person_ix on notification (person_id, created_at desc);
create index notification_unread_ix on notification (person_id) where read_at is null;

alter table notification enable row level security;
alter table notification force row level security;
create policy notification_tenant on notification using (traedesten_visible(municipality_code));
create trigger notification_audit after insert or update or delete on notification
    for each row execute function audit_row_change('id');
