-- Trials (prøvehandlinger, DOMAIN.md §3): a call for applications, the application that becomes the trial,
-- its lifecycle, agreement, PDSA cycles, notes, status report and evaluation. An application and the trial
-- it becomes are one row: the state says how far it has come.

create table trial_call (
    id                uuid    not null,
    municipality_code integer not null,
    strategy_id       uuid    not null,
    title             text    not null,
    announcement      text    not null default '',
    opens_on          date    not null,
    closes_on         date    not null,
    target_count      integer not null default 20,
    minimum_units     integer not null default 2,
    created_at        timestamptz not null default now(),
    constraint trial_call_pk primary key (id),
    constraint trial_call_strategy_fk foreign key (strategy_id) references strategy (id),
    constraint trial_call_dates_ck check (closes_on >= opens_on),
    constraint trial_call_target_ck check (target_count between 1 and 1000),
    constraint trial_call_minimum_units_ck check (minimum_units between 1 and 20),
    constraint trial_call_title_uq unique (municipality_code, title)
);

create table trial (
    id                      uuid        not null,
    municipality_code       integer     not null,
    call_id                 uuid        not null,
    state                   text        not null default 'DRAFT',
    title                   text        not null,
    intervention            text        not null default '',
    problem                 text        not null default '',
    age_from                integer,
    age_to                  integer,
    unit_kinds              text[]      not null default '{}',
    child_count             integer,
    child_perspective       text        not null default '',
    child_perspective_methods text[]    not null default '{}',
    aim                     text        not null default '',
    change_ideas            text        not null default '',
    first_cycle             text        not null default '',
    expected_effect         text        not null default '',
    data_qualitative        boolean     not null default false,
    data_quantitative       boolean     not null default false,
    data_collection         text        not null default '',
    hours_requested         integer,
    money_requested         integer,
    -- The eligibility problems found at the last submission, as rule:field codes, kept to show them by field.
    eligibility_problems    text[]      not null default '{}',
    selection_reason        text,
    decision                text,
    created_by              uuid        not null,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    constraint trial_pk primary key (id),
    constraint trial_call_fk foreign key (call_id) references trial_call (id),
    constraint trial_created_by_fk foreign key (created_by) references person (id),
    constraint trial_state_ck check (state in ('DRAFT', 'SUBMITTED', 'INELIGIBLE', 'ELIGIBLE', 'IN_REVIEW',
        'SELECTED', 'NOT_SELECTED', 'AGREEMENT_MADE', 'RUNNING', 'STATUS_REPORTED', 'EVALUATED', 'CLOSED')),
    constraint trial_decision_ck check (decision is null or decision in ('SPREAD', 'ADAPT_AND_RETEST', 'STOP')),
    constraint trial_ages_ck check ((age_from is null or age_from between 0 and 18) and (age_to is null or age_to between 0 and 18)
        and (age_from is null or age_to is null or age_from <= age_to)),
    constraint trial_counts_ck check ((child_count is null or child_count >= 0) and (hours_requested is null or hours_requested >= 0)
        and (money_requested is null or money_requested >= 0))
);
create index trial_call_ix on trial (call_id, state);
create index trial_created_by_ix on trial (created_by);

-- The units that run the trial. The lead unit is the applicant's; co-applicant units confirm that they take
-- part, and a leader of every participating unit approves (eligibility rule 5).
create table trial_unit (
    id                uuid        not null,
    municipality_code integer     not null,
    trial_id          uuid        not null,
    unit_id           uuid        not null,
    lead              boolean     not null default false,
    contribution      text        not null default '',
    confirmed_at      timestamptz,
    confirmed_by      uuid,
    approved_at       timestamptz,
    approved_by       uuid,
    constraint trial_unit_pk primary key (id),
    constraint trial_unit_trial_fk foreign key (trial_id) references trial (id) on delete cascade,
    constraint trial_unit_unit_fk foreign key (unit_id) references unit (id),
    constraint trial_unit_confirmed_by_fk foreign key (confirmed_by) references person (id),
    constraint trial_unit_approved_by_fk foreign key (approved_by) references person (id),
    constraint trial_unit_uq unique (trial_id, unit_id)
);
create index trial_unit_unit_ix on trial_unit (unit_id);

create table trial_participant (
    id                uuid    not null,
    municipality_code integer not null,
    trial_id          uuid    not null,
    person_id         uuid    not null,
    role              text    not null,
    constraint trial_participant_pk primary key (id),
    constraint trial_participant_trial_fk foreign key (trial_id) references trial (id) on delete cascade,
    constraint trial_participant_person_fk foreign key (person_id) references person (id),
    constraint trial_participant_uq unique (trial_id, person_id)
);
create index trial_participant_person_ix on trial_participant (person_id);

-- How the trial works with each model element of its strategy.
create table trial_element (
    id                uuid    not null,
    municipality_code integer not null,
    trial_id          uuid    not null,
    element_id        uuid    not null,
    description       text    not null,
    constraint trial_element_pk primary key (id),
    constraint trial_element_trial_fk foreign key (trial_id) references trial (id) on delete cascade,
    constraint trial_element_element_fk foreign key (element_id) references strategy_element (id),
    constraint trial_element_uq unique (trial_id, element_id)
);

-- The measures of the improvement model: how we will know that a change is an improvement.
create table trial_measure (
    id                uuid    not null,
    municipality_code integer not null,
    trial_id          uuid    not null,
    position          integer not null,
    name              text    not null,
    outcome           text    not null,
    baseline_plan     text    not null default '',
    target            text    not null default '',
    constraint trial_measure_pk primary key (id),
    constraint trial_measure_trial_fk foreign key (trial_id) references trial (id) on delete cascade,
    constraint trial_measure_outcome_ck check (outcome in ('WELL_BEING', 'ABSENCE', 'FRIENDSHIPS', 'ACADEMIC', 'OTHER'))
);

-- Every lifecycle transition: who, when and why. The actor's name is kept so the timeline survives people
-- leaving; system transitions (the eligibility check) have no person.
create table trial_transition (
    id                uuid        not null,
    municipality_code integer     not null,
    trial_id          uuid        not null,
    from_state        text,
    to_state          text        not null,
    occurred_at       timestamptz not null default clock_timestamp(),
    actor_id          uuid,
    actor_name        text        not null,
    comment           text        not null default '',
    constraint trial_transition_pk primary key (id),
    constraint trial_transition_trial_fk foreign key (trial_id) references trial (id) on delete cascade,
    constraint trial_transition_actor_fk foreign key (actor_id) references person (id)
);
create index trial_transition_trial_ix on trial_transition (trial_id, occurred_at);

-- The agreement made before a selected trial starts (seed 003: how and when data and experience are
-- collected, a first status about six months after the start, then the evaluation).
create table trial_agreement (
    trial_id          uuid        not null,
    municipality_code integer     not null,
    starts_on         date        not null,
    baseline_on       date        not null,
    status_due_on     date        not null,
    evaluation_due_on date        not null,
    notes             text        not null default '',
    agreed_at         timestamptz not null default now(),
    agreed_by         uuid,
    constraint trial_agreement_pk primary key (trial_id),
    constraint trial_agreement_trial_fk foreign key (trial_id) references trial (id) on delete cascade,
    constraint trial_agreement_dates_ck check (status_due_on > starts_on and evaluation_due_on >= status_due_on)
);

create table trial_data_collection (
    id                uuid    not null,
    municipality_code integer not null,
    trial_id          uuid    not null,
    position          integer not null,
    what              text    not null,
    how               text    not null,
    timing            text    not null,
    responsible       text    not null,
    constraint trial_data_collection_pk primary key (id),
    constraint trial_data_collection_trial_fk foreign key (trial_id) references trial (id) on delete cascade
);

-- Reminders already sent, so the daily job sends each reminder once.
create table trial_reminder (
    id                uuid        not null,
    municipality_code integer     not null,
    trial_id          uuid        not null,
    due_kind          text        not null,
    due_on            date        not null,
    reminder_kind     text        not null,
    sent_at           timestamptz not null default now(),
    constraint trial_reminder_pk primary key (id),
    constraint trial_reminder_trial_fk foreign key (trial_id) references trial (id) on delete cascade,
    constraint trial_reminder_due_kind_ck check (due_kind in ('BASELINE', 'STATUS', 'EVALUATION')),
    constraint trial_reminder_kind_ck check (reminder_kind in ('BEFORE', 'OVERDUE')),
    constraint trial_reminder_uq unique (trial_id, due_kind, due_on, reminder_kind)
);

create table pdsa_cycle (
    id                uuid        not null,
    municipality_code integer     not null,
    trial_id          uuid        not null,
    number            integer     not null,
    objective         text        not null,
    prediction        text        not null default '',
    who               text        not null default '',
    what              text        not null default '',
    when_text         text        not null default '',
    where_text        text        not null default '',
    data_plan         text        not null default '',
    done              text        not null default '',
    study             text        not null default '',
    act_decision      text,
    act               text        not null default '',
    previous_cycle_id uuid,
    element_ids       uuid[]      not null default '{}',
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    constraint pdsa_cycle_pk primary key (id),
    constraint pdsa_cycle_trial_fk foreign key (trial_id) references trial (id) on delete cascade,
    constraint pdsa_cycle_previous_fk foreign key (previous_cycle_id) references pdsa_cycle (id),
    constraint pdsa_cycle_act_ck check (act_decision is null or act_decision in ('ADOPT', 'ADAPT', 'ABANDON')),
    constraint pdsa_cycle_number_uq unique (trial_id, number)
);

-- Qualitative notes and children's statements. Statements are anonymised: the text names no child, and
-- the only description allowed is a group-level one such as an age group.
create table trial_note (
    id                uuid        not null,
    municipality_code integer     not null,
    trial_id          uuid        not null,
    kind              text        not null,
    text              text        not null,
    group_description text        not null default '',
    noted_on          date        not null,
    element_ids       uuid[]      not null default '{}',
    created_at        timestamptz not null default now(),
    created_by        uuid,
    constraint trial_note_pk primary key (id),
    constraint trial_note_trial_fk foreign key (trial_id) references trial (id) on delete cascade,
    constraint trial_note_kind_ck check (kind in ('NOTE', 'CHILD_STATEMENT'))
);
create index trial_note_trial_ix on trial_note (trial_id, noted_on);

-- The status report (about six months after the start) and the evaluation share their shape; the
-- evaluation adds the decision. One row per kind and trial.
create table trial_report (
    id                uuid        not null,
    municipality_code integer     not null,
    trial_id          uuid        not null,
    kind              text        not null,
    summary           text        not null default '',
    sustainability    text        not null default '',
    durability        text        not null default '',
    transferability   text        not null default '',
    sustainability_rating integer,
    durability_rating     integer,
    transferability_rating integer,
    decision          text,
    decision_reason   text        not null default '',
    submitted_at      timestamptz,
    submitted_by      uuid,
    updated_at        timestamptz not null default now(),
    constraint trial_report_pk primary key (id),
    constraint trial_report_trial_fk foreign key (trial_id) references trial (id) on delete cascade,
    constraint trial_report_kind_ck check (kind in ('STATUS', 'EVALUATION')),
    constraint trial_report_decision_ck check (decision is null or (kind = 'EVALUATION' and decision in ('SPREAD', 'ADAPT_AND_RETEST', 'STOP'))),
    constraint trial_report_ratings_ck check ((sustainability_rating is null or sustainability_rating between 1 and 5)
        and (durability_rating is null or durability_rating between 1 and 5)
        and (transferability_rating is null or transferability_rating between 1 and 5)),
    constraint trial_report_uq unique (trial_id, kind)
);

-- The effect on each outcome the strategy names (trivsel, fravær, venskaber, fagligt udbytte).
create table trial_report_effect (
    id                uuid    not null,
    municipality_code integer not null,
    report_id         uuid    not null,
    outcome           text    not null,
    direction         text    not null,
    description       text    not null default '',
    constraint trial_report_effect_pk primary key (id),
    constraint trial_report_effect_report_fk foreign key (report_id) references trial_report (id) on delete cascade,
    constraint trial_report_effect_outcome_ck check (outcome in ('WELL_BEING', 'ABSENCE', 'FRIENDSHIPS', 'ACADEMIC')),
    constraint trial_report_effect_direction_ck check (direction in ('IMPROVED', 'UNCHANGED', 'WORSENED', 'NOT_MEASURED')),
    constraint trial_report_effect_uq unique (report_id, outcome)
);

do $$
declare
    t text;
    key text;
begin
    foreach t in array array['trial_call', 'trial', 'trial_unit', 'trial_participant', 'trial_element',
            'trial_measure', 'trial_transition', 'trial_agreement', 'trial_data_collection', 'trial_reminder',
            'pdsa_cycle', 'trial_note', 'trial_report', 'trial_report_effect'] loop
        key := case when t = 'trial_agreement' then 'trial_id' else 'id' end;
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (traedesten_visible(municipality_code))', t || '_tenant', t);
        execute format('create trigger %I after insert or update or delete on %I for each row execute function audit_row_change(%L)',
            t || '_audit', t, key);
    end loop;
end
$$;
