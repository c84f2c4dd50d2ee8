-- Outgoing e-mail is written in the same transaction as the change that causes it and sent afterwards
-- by a scheduled task, so a mail is never sent for a change that was rolled back.
create table mail_outbox (
    id                uuid        not null,
    municipality_code integer,
    recipient         text        not null,
    subject           text        not null,
    body              text        not null,
    created_at        timestamptz not null default now(),
    sent_at           timestamptz,
    attempts          integer     not null default 0,
    last_error        text,
    constraint mail_outbox_pk primary key (id)
);
create index mail_outbox_pending_ix on mail_outbox (created_at) where sent_at is null;

alter table mail_outbox enable row level security;
alter table mail_outbox force row level security;
create policy mail_outbox_read on mail_outbox for select using (traedesten_visible(municipality_code));
create policy mail_outbox_write on mail_outbox for insert with check (true);
create policy mail_outbox_update on mail_outbox for update using (current_setting('traedesten.scope', true) = 'platform');

-- Spring Modulith's event publication registry (layout v2, with status and attempts).
create table event_publication (
    id                     uuid        not null,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamptz,
    constraint event_publication_pk primary key (id)
);
create index event_publication_serialized_event_ix on event_publication using hash (serialized_event);
create index event_publication_completion_date_ix on event_publication (completion_date);

-- db-scheduler's table for reminders, digests and the mail outbox.
create table scheduled_tasks (
    task_name            text        not null,
    task_instance        text        not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean     not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures integer,
    last_heartbeat       timestamptz,
    version              bigint      not null,
    priority             smallint,
    constraint scheduled_tasks_pk primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_ix on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_ix on scheduled_tasks (last_heartbeat);
