-- A municipality's inclusion strategy (DOMAIN.md §2). The model is data: Stevns' kvintet model and
-- København's themes are rows here, not code. Positions order the lists as the strategy presents them.
create table strategy (
    id                uuid    not null,
    municipality_code integer not null,
    title             text    not null,
    approved_on       date,
    vision            text    not null default '',
    goals             text    not null default '',
    model_name        text    not null default '',
    constraint strategy_pk primary key (id),
    constraint strategy_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint strategy_title_uq unique (municipality_code, title)
);

-- A model element is either bearing (the four that every trial must address) or the centre (where the
-- bearing elements are put to work in trials). A municipality's own model may have other counts.
create table strategy_element (
    id                uuid    not null,
    municipality_code integer not null,
    strategy_id       uuid    not null,
    position          integer not null,
    kind              text    not null,
    name              text    not null,
    description       text    not null default '',
    constraint strategy_element_pk primary key (id),
    constraint strategy_element_strategy_fk foreign key (strategy_id) references strategy (id) on delete cascade,
    constraint strategy_element_kind_ck check (kind in ('BEARING', 'CENTRE')),
    constraint strategy_element_name_uq unique (strategy_id, name)
);
create index strategy_element_strategy_ix on strategy_element (strategy_id, position);

create table guiding_point (
    id                uuid    not null,
    municipality_code integer not null,
    element_id        uuid    not null,
    position          integer not null,
    text              text    not null,
    constraint guiding_point_pk primary key (id),
    constraint guiding_point_element_fk foreign key (element_id) references strategy_element (id) on delete cascade
);
create index guiding_point_element_ix on guiding_point (element_id, position);

-- Timeline milestones are named periods ("Efterår 2023 og forår 2024"); the dates bound them for sorting
-- and for showing where the municipality is now.
create table strategy_milestone (
    id                uuid    not null,
    municipality_code integer not null,
    strategy_id       uuid    not null,
    position          integer not null,
    period            text    not null,
    starts_on         date,
    ends_on           date,
    description       text    not null,
    constraint strategy_milestone_pk primary key (id),
    constraint strategy_milestone_strategy_fk foreign key (strategy_id) references strategy (id) on delete cascade,
    constraint strategy_milestone_dates_ck check (ends_on is null or starts_on is null or ends_on >= starts_on)
);

create table annual_cycle_phase (
    id                uuid    not null,
    municipality_code integer not null,
    strategy_id       uuid    not null,
    position          integer not null,
    name              text    not null,
    description       text    not null default '',
    months            text    not null default '',
    constraint annual_cycle_phase_pk primary key (id),
    constraint annual_cycle_phase_strategy_fk foreign key (strategy_id) references strategy (id) on delete cascade
);

create table communication_item (
    id                uuid    not null,
    municipality_code integer not null,
    strategy_id       uuid    not null,
    position          integer not null,
    audience          text    not null,
    message           text    not null,
    channel           text    not null,
    timing            text    not null,
    owner             text    not null,
    constraint communication_item_pk primary key (id),
    constraint communication_item_strategy_fk foreign key (strategy_id) references strategy (id) on delete cascade
);

create table onboarding_item (
    id                uuid    not null,
    municipality_code integer not null,
    strategy_id       uuid    not null,
    position          integer not null,
    text              text    not null,
    responsible       text    not null default '',
    constraint onboarding_item_pk primary key (id),
    constraint onboarding_item_strategy_fk foreign key (strategy_id) references strategy (id) on delete cascade
);

do $$
declare
    t text;
begin
    foreach t in array array['strategy', 'strategy_element', 'guiding_point', 'strategy_milestone',
            'annual_cycle_phase', 'communication_item', 'onboarding_item'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (traedesten_visible(municipality_code))', t || '_tenant', t);
        execute format('create trigger %I after insert or update or delete on %I for each row execute function audit_row_change(''id'')',
            t || '_audit', t);
    end loop;
end
$$;
