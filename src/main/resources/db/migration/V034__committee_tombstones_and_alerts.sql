-- OParl tombstones and e-mail alerts for the committees (issue 7; decision 0018).

-- What was public and has been removed: a withdrawn item, a deleted meeting, a removed file. OParl 1.1 keeps such an
-- object as {id, type, deleted: true, modified} at its URL and in lists asked for with modified_since; nothing of its
-- content is kept here, so a tombstone can be public as it is.
create table oparl_tombstone (
    object_type       text        not null,
    id                uuid        not null,
    municipality_code integer     not null,
    created_at        timestamptz,
    deleted_at        timestamptz not null default now(),
    -- The meeting the object was part of: a meeting's modified time moves when one of its items or files goes.
    meeting_id        uuid,
    constraint oparl_tombstone_pk primary key (object_type, id),
    constraint oparl_tombstone_type_ck check (object_type in ('Meeting', 'AgendaItem', 'Paper', 'Consultation', 'File'))
);
create index oparl_tombstone_body_ix on oparl_tombstone (municipality_code, object_type, deleted_at);
create index oparl_tombstone_meeting_ix on oparl_tombstone (meeting_id) where meeting_id is not null;

alter table oparl_tombstone enable row level security;
alter table oparl_tombstone force row level security;
create policy oparl_tombstone_tenant on oparl_tombstone using (traedesten_visible(municipality_code));
create policy oparl_tombstone_public on oparl_tombstone for select using (traedesten_public());
create trigger oparl_tombstone_audit after insert or update or delete on oparl_tombstone
    for each row execute function audit_row_change('id');

-- Someone who follows a committee or a saved search by e-mail, without an account. A committee's follower belongs to
-- its municipality; a search spans every municipality's published records, so its follower belongs to none and only
-- the platform scope (the alerts service) reaches it. The address gets nothing until confirmed (double opt-in).
create table committee_follower (
    id                uuid        not null,
    municipality_code integer,
    committee_id      uuid,
    search_words      text,
    email             text        not null,
    confirmed_at      timestamptz,
    created_at        timestamptz not null default now(),
    constraint committee_follower_pk primary key (id),
    constraint committee_follower_committee_fk foreign key (committee_id) references committee (id) on delete cascade,
    constraint committee_follower_target_ck check ((committee_id is null) <> (search_words is null)),
    constraint committee_follower_committee_tenant_ck check (committee_id is null or municipality_code is not null),
    constraint committee_follower_words_ck check (search_words is null or length(trim(search_words)) between 1 and 200),
    constraint committee_follower_email_ck check (length(email) between 3 and 254 and position('@' in email) > 1)
);
create index committee_follower_email_ix on committee_follower (lower(email), created_at);
create index committee_follower_committee_ix on committee_follower (committee_id) where committee_id is not null;

-- The links in the mails. A token exists in clear only in the mail; the row keeps its SHA-256 hash. A confirmation
-- token is used once and expires; every mail after it carries a fresh unsubscribe token, so no row ever holds a
-- token that could be mailed again.
create table committee_follower_token (
    token_hash  text        not null,
    follower_id uuid        not null,
    purpose     text        not null,
    expires_at  timestamptz,
    created_at  timestamptz not null default now(),
    constraint committee_follower_token_pk primary key (token_hash),
    constraint committee_follower_token_follower_fk foreign key (follower_id) references committee_follower (id) on delete cascade,
    constraint committee_follower_token_purpose_ck check (purpose in ('CONFIRM', 'UNSUBSCRIBE'))
);
create index committee_follower_token_follower_ix on committee_follower_token (follower_id);

alter table committee_follower enable row level security;
alter table committee_follower force row level security;
create policy committee_follower_tenant on committee_follower using (traedesten_visible(municipality_code))
    with check (traedesten_visible(municipality_code));
-- The token rows are reached through their follower only.
alter table committee_follower_token enable row level security;
alter table committee_follower_token force row level security;
create policy committee_follower_token_tenant on committee_follower_token
    using (exists (select 1 from committee_follower f where f.id = follower_id));
create trigger committee_follower_audit after insert or update or delete on committee_follower
    for each row execute function audit_row_change('id');
-- No audit trigger on the tokens: a hash of a live link has no place in the trail, and the follower's row says
-- when it was confirmed or removed.

-- Which publication a follower was told of: exactly one mail per follower and publication, even when the event is
-- delivered again or an agenda is published a second time with more items.
create table committee_alert_sent (
    follower_id uuid        not null,
    meeting_id  uuid        not null,
    publication text        not null,
    sent_at     timestamptz not null default now(),
    constraint committee_alert_sent_pk primary key (follower_id, meeting_id, publication),
    constraint committee_alert_sent_follower_fk foreign key (follower_id) references committee_follower (id) on delete cascade,
    constraint committee_alert_sent_publication_ck check (publication in ('AGENDA', 'MINUTES'))
);
alter table committee_alert_sent enable row level security;
alter table committee_alert_sent force row level security;
create policy committee_alert_sent_tenant on committee_alert_sent
    using (exists (select 1 from committee_follower f where f.id = follower_id));
