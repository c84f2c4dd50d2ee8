-- Indexes for the trial search (/proevehandlinger/soeg): Danish full-text search over the application's
-- main texts, trigram matching for partial words and hyphenated terms ("co-teach"), and the filters.
create extension if not exists pg_trgm;

create index trial_text_fts_ix on trial
    using gin (to_tsvector('danish', title || ' ' || intervention || ' ' || problem || ' ' || aim));
create index trial_text_trgm_ix on trial
    using gin ((title || ' ' || intervention || ' ' || problem || ' ' || aim) gin_trgm_ops);
create index trial_unit_kinds_ix on trial using gin (unit_kinds);
create index trial_state_ix on trial (municipality_code, state);
create index trial_measure_trial_ix on trial_measure (trial_id, outcome);

-- Under row-level security PostgreSQL evaluates the policy before any condition that is not leakproof, and
-- @@, ILIKE and @> are not: the planner may then not use the indexes above and scans every trial. These
-- functions look the matches up through the indexes as their owner and apply the same tenant predicate as the
-- policies themselves; they return only ids, which the search then reads again under row-level security, so
-- they can narrow a search but never widen what a user sees. (Where the owner is itself subject to the
-- policies, the results are the same, only without the indexes.)
create function trial_text_matches(words tsquery, pattern text) returns setof uuid
    language sql stable security definer set search_path = public, pg_catalog
as $$
    select id from trial
    where traedesten_visible(municipality_code)
      and (to_tsvector('danish', title || ' ' || intervention || ' ' || problem || ' ' || aim) @@ words
           or (title || ' ' || intervention || ' ' || problem || ' ' || aim) ilike pattern escape '\')
$$;

create function trial_unit_kind_matches(kind text) returns setof uuid
    language sql stable security definer set search_path = public, pg_catalog
as $$
    select id from trial where traedesten_visible(municipality_code) and unit_kinds @> array[kind]
$$;

revoke all on function trial_text_matches(tsquery, text) from public;
revoke all on function trial_unit_kind_matches(text) from public;
grant execute on function trial_text_matches(tsquery, text) to traedesten_app;
grant execute on function trial_unit_kind_matches(text) to traedesten_app;
