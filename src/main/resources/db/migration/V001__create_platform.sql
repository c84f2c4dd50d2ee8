-- The application connects through the unprivileged role traedesten_app (see TenantAwareDataSource), so
-- row-level security applies even when the login user is a superuser, as in the embedded default.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'traedesten_app') then
        create role traedesten_app nologin;
    end if;
end
$$;
grant traedesten_app to current_user;
grant usage on schema public to traedesten_app;
alter default privileges in schema public grant select, insert, update, delete on tables to traedesten_app;
alter default privileges in schema public grant usage, select on sequences to traedesten_app;

-- True when the current connection may see rows of the given municipality: its own tenant, or any
-- tenant when the scope is platform-wide (platform administrators and system jobs).
create function traedesten_visible(municipality integer) returns boolean
    language sql stable
as $$
    select current_setting('traedesten.scope', true) = 'platform'
        or municipality = nullif(current_setting('traedesten.tenant', true), '')::integer
$$;

-- The audit trail: one row per changed row of domain data, written by a trigger so that no code path
-- can change data without leaving a trace. Append-only: updates and deletes are refused.
create table audit_event (
    id                bigint generated always as identity,
    occurred_at       timestamptz not null default clock_timestamp(),
    actor             text        not null,
    municipality_code integer,
    table_name        text        not null,
    row_id            text,
    operation         text        not null,
    before_data       jsonb,
    after_data        jsonb,
    constraint audit_event_pk primary key (id),
    constraint audit_event_operation_ck check (operation in ('INSERT', 'UPDATE', 'DELETE'))
);
create index audit_event_occurred_at_ix on audit_event (occurred_at desc);
create index audit_event_table_ix on audit_event (table_name, occurred_at desc);
create index audit_event_municipality_ix on audit_event (municipality_code, occurred_at desc);

revoke update, delete, truncate on audit_event from traedesten_app;
grant select, insert on audit_event to traedesten_app;

alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy audit_event_read on audit_event for select using (traedesten_visible(municipality_code));
create policy audit_event_append on audit_event for insert with check (true);

create function audit_event_refuse_change() returns trigger
    language plpgsql
as $$
begin
    raise exception 'audit_event is append-only';
end
$$;
create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();

-- Records a row change. The first trigger argument names the row's key column; any further arguments
-- name columns that must never be copied into the trail (password hashes, token hashes).
create function audit_row_change() returns trigger
    language plpgsql
as $$
declare
    before_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
    after_row  jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
    key_column text := tg_argv[0];
    secret     text;
begin
    foreach secret in array coalesce(tg_argv[1:]::text[], array[]::text[]) loop
        before_row := before_row - secret;
        after_row := after_row - secret;
    end loop;
    if tg_op = 'UPDATE' and before_row = after_row then
        return null;
    end if;
    insert into audit_event (actor, municipality_code, table_name, row_id, operation, before_data, after_data)
    values (coalesce(nullif(current_setting('traedesten.actor', true), ''), session_user),
            coalesce((coalesce(after_row, before_row) ->> 'municipality_code')::integer,
                     nullif(current_setting('traedesten.tenant', true), '')::integer),
            tg_table_name,
            coalesce(after_row, before_row) ->> key_column,
            tg_op, before_row, after_row);
    return null;
end
$$;
