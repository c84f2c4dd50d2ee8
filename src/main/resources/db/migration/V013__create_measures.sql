-- Measures (DOMAIN.md §4): indicators, series of one indicator for one group over periods, their data points,
-- notes attached to a point, and the SPC signals already told to the trial team. Only group-level figures are
-- stored: a point is a number for the whole group in one period, never a child.

create table indicator (
    id                uuid        not null,
    municipality_code integer     not null,
    name              text        not null,
    description       text        not null default '',
    kind              text        not null,
    direction         text        not null,
    unit              text        not null default '',
    -- The chart the kind implies unless the coordinator chose another one.
    chart_override    text,
    -- The ready template it was made from (the national well-being indicators, absence), if any.
    template          text,
    created_at        timestamptz not null default now(),
    constraint indicator_pk primary key (id),
    constraint indicator_name_uq unique (municipality_code, name),
    constraint indicator_kind_ck check (kind in ('PROPORTION', 'SCALE_MEAN', 'COUNT', 'RATE')),
    constraint indicator_direction_ck check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    constraint indicator_chart_ck check (chart_override is null or chart_override in
        ('RUN', 'I', 'MR', 'XBAR', 'S', 'T', 'P', 'PP', 'C', 'U', 'UP', 'G'))
);

create table measure_series (
    id                uuid        not null,
    municipality_code integer     not null,
    indicator_id      uuid        not null,
    -- The group: a trial's children, or a unit (a school, a class's unit), named by the label ("3.B").
    trial_id          uuid,
    unit_id           uuid,
    group_label       text        not null,
    period            text        not null,
    -- How many children the group has; a point may say otherwise for its period. Under 5 is suppressed outside
    -- the trial's team.
    child_count       integer     not null,
    -- A target for the assurance badge, in the indicator's unit (e.g. 95 % attendance); optional.
    target            double precision,
    -- The last change to the points ("Import af fravaer.csv: 52 rækker"): points are not audited row by row,
    -- so this column, audited with the series, is their trace.
    data_change       text,
    data_changed_at   timestamptz,
    created_by        uuid,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    constraint measure_series_pk primary key (id),
    constraint measure_series_indicator_fk foreign key (indicator_id) references indicator (id),
    constraint measure_series_trial_fk foreign key (trial_id) references trial (id) on delete cascade,
    constraint measure_series_unit_fk foreign key (unit_id) references unit (id),
    constraint measure_series_created_by_fk foreign key (created_by) references person (id),
    constraint measure_series_period_ck check (period in ('WEEK', 'MONTH', 'TERM')),
    constraint measure_series_children_ck check (child_count >= 0)
);
create index measure_series_trial_ix on measure_series (trial_id);
create index measure_series_indicator_ix on measure_series (indicator_id);

create table measure_point (
    id                uuid        not null,
    municipality_code integer     not null,
    series_id         uuid        not null,
    period_start      date        not null,
    -- The numerator, the mean or the count; null when the period is missing (kept to show the gap).
    value             double precision,
    -- The denominator (school days, exposure, respondents) where the kind needs one.
    denominator       double precision,
    children          integer,
    baseline          boolean     not null default false,
    -- A new phase (a part with its own centre line and limits) starts at this point.
    phase_start       boolean     not null default false,
    constraint measure_point_pk primary key (id),
    constraint measure_point_series_fk foreign key (series_id) references measure_series (id) on delete cascade,
    constraint measure_point_uq unique (series_id, period_start),
    constraint measure_point_denominator_ck check (denominator is null or denominator > 0),
    constraint measure_point_children_ck check (children is null or children >= 0)
);

create table measure_note (
    id                uuid        not null,
    municipality_code integer     not null,
    series_id         uuid        not null,
    period_start      date        not null,
    text              text        not null,
    pdsa_cycle_id     uuid,
    created_by        uuid,
    created_at        timestamptz not null default now(),
    constraint measure_note_pk primary key (id),
    constraint measure_note_series_fk foreign key (series_id) references measure_series (id) on delete cascade,
    constraint measure_note_cycle_fk foreign key (pdsa_cycle_id) references pdsa_cycle (id) on delete set null,
    constraint measure_note_created_by_fk foreign key (created_by) references person (id)
);
create index measure_note_series_ix on measure_note (series_id, period_start);

-- The signals the trial team has been told about, so each is told once: a sigma signal by its point, a runs
-- signal by the first point of the part it was found in.
create table measure_signal (
    id                uuid        not null,
    municipality_code integer     not null,
    series_id         uuid        not null,
    kind              text        not null,
    period_start      date        not null,
    detected_at       timestamptz not null default now(),
    constraint measure_signal_pk primary key (id),
    constraint measure_signal_series_fk foreign key (series_id) references measure_series (id) on delete cascade,
    constraint measure_signal_kind_ck check (kind in ('RUNS', 'SIGMA')),
    constraint measure_signal_uq unique (series_id, kind, period_start)
);

do $$
declare
    t text;
begin
    foreach t in array array['indicator', 'measure_series', 'measure_point', 'measure_note', 'measure_signal'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (traedesten_visible(municipality_code))', t || '_tenant', t);
    end loop;
    -- Points come in imports of up to a million rows: a row trigger would write as many audit rows and make the
    -- import many times slower. Each change set is recorded on the series instead (data_change), which is audited.
    foreach t in array array['indicator', 'measure_series', 'measure_note', 'measure_signal'] loop
        execute format('create trigger %I after insert or update or delete on %I for each row execute function audit_row_change(%L)',
            t || '_audit', t, 'id');
    end loop;
end
$$;
