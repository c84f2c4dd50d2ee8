-- Registrations by organisations outside the municipalities (DOMAIN.md §6, seed 004 "Øvrige deltagere", decision
-- 0019): an association, a consultancy or a self-governing daycare registers its people in rounds as a municipality
-- does, counted together per organisation, priced per person with the discount on the organisation's whole invoice,
-- and invoiced once per organisation. Each registration row now belongs to exactly one registrant: a municipality
-- (municipality_code, the tenant) or an organisation (organisation_id). An organisation's rows are read and written by
-- its own people only; other organisations and the municipalities never see them, the event's organiser reads them.

-- True when the signed-in person belongs to the organisation. SECURITY DEFINER: V025 lets organisation people read
-- their own person row only, which is all this looks at, but the function must not depend on who else is visible.
create function traedesten_organisation_member(organisation uuid) returns boolean
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    select organisation is not null and exists (
        select 1 from person p
        where p.organisation_id = organisation
          and p.municipality_code is null
          and p.email = lower(nullif(current_setting('traedesten.actor', true), '')))
$$;
revoke all on function traedesten_organisation_member(uuid) from public;
grant execute on function traedesten_organisation_member(uuid) to traedesten_app;

create function traedesten_registrant(municipality integer, organisation uuid) returns boolean
    language sql stable
as $$
    select case when municipality is not null then traedesten_visible(municipality)
                else current_setting('traedesten.scope', true) = 'platform' or traedesten_organisation_member(organisation)
           end
$$;

-- The organisation choice's key held the municipality; an organisation chooses for its people too (the unique index
-- below takes the key's place).
alter table event_organisation_choice drop constraint event_organisation_choice_pk;

do $$
declare
    t text;
begin
    foreach t in array array['event_registration_round', 'event_participant', 'event_organisation_choice',
            'event_session_choice'] loop
        execute format('alter table %I alter column municipality_code drop not null', t);
        execute format('alter table %I add column organisation_id uuid', t);
        execute format('alter table %I add constraint %I foreign key (organisation_id) references organisation (id)',
            t, t || '_organisation_fk');
        execute format('alter table %I add constraint %I check ((municipality_code is null) <> (organisation_id is null))',
            t, t || '_registrant_ck');
        execute format('drop policy %I on %I', t || '_read', t);
        execute format('drop policy %I on %I', t || '_own', t);
        execute format('create policy %I on %I for select using (traedesten_registrant(municipality_code, organisation_id) or '
            || '(select traedesten_event_organiser(o.municipality, o.organisation) from event_organiser_of(event_id) o))',
            t || '_read', t);
        execute format('create policy %I on %I for all using (traedesten_registrant(municipality_code, organisation_id))'
            || ' with check (traedesten_registrant(municipality_code, organisation_id))', t || '_own', t);
    end loop;
end
$$;

create unique index event_organisation_choice_uq on event_organisation_choice
    (event_id, coalesce(municipality_code::text, organisation_id::text), item_id);

-- Round numbers run per registrant.
alter table event_registration_round drop constraint event_registration_round_number_uq;
create unique index event_registration_round_number_uq on event_registration_round
    (event_id, coalesce(municipality_code::text, organisation_id::text), number);


-- The seat functions checked the caller against the municipality only.
create or replace function event_session_take(choice uuid) returns text
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    c   event_session_choice%rowtype;
    cap integer;
    free integer;
begin
    select * into c from event_session_choice where id = choice;
    if not found or not traedesten_registrant(c.municipality_code, c.organisation_id) then
        raise exception 'no such session choice';
    end if;
    if c.status = 'SEATED' then
        return c.status;
    end if;
    select capacity into cap from event_programme_item where id = c.item_id;
    if cap is null then
        update event_session_choice set status = 'SEATED' where id = choice;
        return 'SEATED';
    end if;
    insert into event_session_seats (item_id, event_id, capacity) values (c.item_id, c.event_id, cap)
        on conflict (item_id) do nothing;
    select capacity - taken into free from event_session_seats where item_id = c.item_id for update;
    if free > 0 then
        update event_session_seats set taken = taken + 1 where item_id = c.item_id;
        update event_session_choice set status = 'SEATED' where id = choice;
        return 'SEATED';
    end if;
    return 'WAITING';
end
$$;

create or replace function event_session_release(choice uuid) returns uuid
    language plpgsql security definer
    set search_path = public, pg_temp
as $$
declare
    c        event_session_choice%rowtype;
    next_one uuid;
    promoted uuid;
    scope    text := coalesce(current_setting('traedesten.scope', true), '');
    actor    text := coalesce(current_setting('traedesten.actor', true), '');
begin
    select * into c from event_session_choice where id = choice;
    if not found or not traedesten_registrant(c.municipality_code, c.organisation_id) then
        raise exception 'no such session choice';
    end if;
    perform set_config('traedesten.scope', 'platform', true);
    if c.status = 'SEATED' and exists (select 1 from event_session_seats where item_id = c.item_id) then
        perform 1 from event_session_seats where item_id = c.item_id for update;
        delete from event_session_choice where id = choice;
        select w.id, w.participant_id into next_one, promoted from event_session_choice w
            where w.item_id = c.item_id and w.status = 'WAITING' order by w.queued limit 1 for update;
        if next_one is null then
            update event_session_seats set taken = taken - 1 where item_id = c.item_id;
        else
            -- The promoted seat may be another registrant's: its audit entry names the waiting list, not the person
            -- who gave the seat back, whom that registrant must not see.
            perform set_config('traedesten.actor', 'venteliste', true);
            update event_session_choice set status = 'SEATED' where id = next_one;
            perform set_config('traedesten.actor', actor, true);
        end if;
    else
        delete from event_session_choice where id = choice;
    end if;
    perform set_config('traedesten.scope', scope, true);
    return promoted;
end
$$;

-- One invoice per registrant: the buyer is a municipality (buyer_code) or an organisation.
alter table event_invoice alter column buyer_code drop not null;
alter table event_invoice add column buyer_organisation_id uuid;
alter table event_invoice add constraint event_invoice_buyer_organisation_fk
    foreign key (buyer_organisation_id) references organisation (id);
alter table event_invoice add constraint event_invoice_buyer_ck check ((buyer_code is null) <> (buyer_organisation_id is null));
drop index event_invoice_one_uq;
create unique index event_invoice_one_uq on event_invoice
    (event_id, coalesce(buyer_code::text, buyer_organisation_id::text)) where kind = 'INVOICE';
drop policy event_invoice_read on event_invoice;
create policy event_invoice_read on event_invoice for select
    using (traedesten_registrant(buyer_code, buyer_organisation_id)
        or (select traedesten_event_organiser(o.municipality, o.organisation) from event_organiser_of(event_id) o));

-- People outside the municipalities write rows that belong to no tenant (an organisation's registrations, KL's
-- event and invoices); their audit entries are filed under no municipality, which only the platform reads. A
-- tenant's user still cannot file an entry outside their own municipality.
alter policy audit_event_append on audit_event with check (
    traedesten_visible(municipality_code)
    or (municipality_code is null and nullif(current_setting('traedesten.tenant', true), '') is null));
-- The rule above covers what V032 allowed the partnership organisers for their call-back queue only.
drop policy audit_event_append_partnership_organiser on audit_event;
