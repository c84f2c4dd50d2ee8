-- Sign-in accounts. An account belongs to one person; the password hash is absent for people who only
-- sign in through OIDC (MitID via a broker).
create table account (
    id                uuid        not null,
    person_id         uuid        not null,
    municipality_code integer,
    email             text        not null,
    password_hash     text,
    oidc_issuer       text,
    oidc_subject      text,
    enabled           boolean     not null default true,
    created_at        timestamptz not null default now(),
    last_sign_in_at   timestamptz,
    constraint account_pk primary key (id),
    constraint account_person_uq unique (person_id),
    constraint account_person_fk foreign key (person_id) references person (id) on delete cascade,
    constraint account_email_ck check (email = lower(email)),
    constraint account_oidc_ck check ((oidc_issuer is null) = (oidc_subject is null))
);
create unique index account_email_uq on account (email);
create unique index account_oidc_uq on account (oidc_issuer, oidc_subject) where oidc_subject is not null;

alter table account enable row level security;
alter table account force row level security;
create policy account_tenant on account using (traedesten_visible(municipality_code));

create trigger account_audit after insert or update or delete on account
    for each row execute function audit_row_change('id', 'password_hash');

-- Failed sign-ins per submitted e-mail address, whether or not an account exists, so that throttling
-- answers the same for everyone and reveals nothing about which addresses have accounts.
create table sign_in_throttle (
    login_key     text        not null,
    failures      integer     not null,
    locked_until  timestamptz,
    last_failure  timestamptz not null,
    constraint sign_in_throttle_pk primary key (login_key)
);

-- One-time links for password reset and invitations. Only a hash of the token is stored.
create table one_time_token (
    token_hash  text        not null,
    account_id  uuid        not null,
    purpose     text        not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now(),
    constraint one_time_token_pk primary key (token_hash),
    constraint one_time_token_account_fk foreign key (account_id) references account (id) on delete cascade,
    constraint one_time_token_purpose_ck check (purpose in ('PASSWORD_RESET', 'INVITATION'))
);
create index one_time_token_account_ix on one_time_token (account_id);
