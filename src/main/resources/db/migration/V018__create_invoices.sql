-- Invoices after an event (DOMAIN.md §6, seed 004 "KL tæller sammen inden fakturering", issue 6 item 4): when the
-- organiser closes invoicing, each registering municipality gets one invoice over all its rounds, numbered without
-- gaps in the organiser's own series. A credit note cancels an invoice in full and takes the next number of the same
-- series. Amounts are øre, ex VAT, VAT 25 %, as the pricing engine gives them (PricingRules).

-- The e-invoice goes to the buyer's EAN (GLN, 13 digits, seed 000 gives København's); the seller is named by its CVR.
alter table municipality add column ean text;
alter table municipality add column cvr text;
alter table municipality add constraint municipality_ean_ck check (ean ~ '^[0-9]{13}$');
alter table municipality add constraint municipality_cvr_ck check (cvr ~ '^[0-9]{8}$');
alter table organisation add column ean text;
alter table organisation add column cvr text;
alter table organisation add constraint organisation_ean_ck check (ean ~ '^[0-9]{13}$');
alter table organisation add constraint organisation_cvr_ck check (cvr ~ '^[0-9]{8}$');

-- Set once, when the organiser closes invoicing; the invoices are written in the same transaction.
alter table event add column invoicing_closed_at timestamptz;

-- The organiser's next number. Locked FOR UPDATE by whoever issues a document, so two closings never take the same
-- number and a rolled-back one gives its numbers back: a sequence would leave gaps.
create table event_invoice_series (
    id                     uuid    not null,
    municipality_code      integer,
    organisation_id        uuid,
    next_number            integer not null default 1,
    constraint event_invoice_series_pk primary key (id),
    constraint event_invoice_series_organiser_ck check ((municipality_code is null) <> (organisation_id is null)),
    constraint event_invoice_series_municipality_fk foreign key (municipality_code) references municipality (code),
    constraint event_invoice_series_organisation_fk foreign key (organisation_id) references organisation (id),
    constraint event_invoice_series_next_ck check (next_number >= 1)
);
create unique index event_invoice_series_municipality_uq on event_invoice_series (municipality_code)
    where municipality_code is not null;
create unique index event_invoice_series_organisation_uq on event_invoice_series (organisation_id)
    where organisation_id is not null;

-- An invoice or a credit note. buyer_code is the buyer municipality (its tenant reads it). The column is not called
-- municipality_code on purpose: the audit trail files an entry under the row's municipality_code, and the entry of
-- an invoice belongs to the organiser who wrote it, not to the buyer. The series is the seller's (the event's
-- organiser), so numbers are unique per organiser. The one line is the licence or the persons.
create table event_invoice (
    id                   uuid    not null,
    event_id             uuid    not null,
    buyer_code           integer not null,
    series_id            uuid    not null,
    number               integer not null,
    kind                 text    not null,
    credits              uuid,
    issued_on            date    not null,
    buyer_name           text    not null,
    buyer_ean            text,
    licence              text,
    quantity             integer not null,
    unit_price_ore       bigint  not null,
    net_ore              bigint  not null,
    discount_percent     integer not null,
    discount_ore         bigint  not null,
    vat_percent          integer not null,
    vat_ore              bigint  not null,
    total_ore            bigint  not null,
    created_at           timestamptz not null default now(),
    constraint event_invoice_pk primary key (id),
    constraint event_invoice_event_fk foreign key (event_id) references event (id),
    constraint event_invoice_buyer_fk foreign key (buyer_code) references municipality (code),
    constraint event_invoice_series_fk foreign key (series_id) references event_invoice_series (id),
    constraint event_invoice_number_uq unique (series_id, number),
    constraint event_invoice_credits_fk foreign key (credits) references event_invoice (id),
    constraint event_invoice_kind_ck check (kind in ('INVOICE', 'CREDIT_NOTE')),
    constraint event_invoice_credit_ck check ((kind = 'CREDIT_NOTE') = (credits is not null)),
    constraint event_invoice_licence_ck check (licence in ('ISLAND', 'SMALL', 'LARGE')),
    constraint event_invoice_amounts_ck check (quantity >= 0 and unit_price_ore >= 0 and net_ore = quantity * unit_price_ore
        and discount_ore between 0 and net_ore and vat_ore >= 0 and total_ore = net_ore - discount_ore + vat_ore)
);
-- One invoice per municipality and event, and a full credit note at most once per invoice.
create unique index event_invoice_one_uq on event_invoice (event_id, buyer_code) where kind = 'INVOICE';
create unique index event_invoice_credits_uq on event_invoice (credits) where credits is not null;

alter table event_invoice_series enable row level security;
alter table event_invoice_series force row level security;
create policy event_invoice_series_organiser on event_invoice_series for all
    using (traedesten_event_organiser(municipality_code, organisation_id))
    with check (traedesten_event_organiser(municipality_code, organisation_id));

-- The buyer reads its own invoices; only the organiser writes them (and reads all of the event's).
alter table event_invoice enable row level security;
alter table event_invoice force row level security;
create policy event_invoice_read on event_invoice for select
    using (traedesten_visible(buyer_code)
        or (select traedesten_event_organiser(o.municipality, o.organisation) from event_organiser_of(event_id) o));
create policy event_invoice_organiser on event_invoice for all
    using ((select traedesten_event_organiser(o.municipality, o.organisation) from event_organiser_of(event_id) o))
    with check ((select traedesten_event_organiser(o.municipality, o.organisation) from event_organiser_of(event_id) o));

create trigger event_invoice_audit after insert or update or delete on event_invoice
    for each row execute function audit_row_change('id');
create trigger event_invoice_series_audit after insert or update or delete on event_invoice_series
    for each row execute function audit_row_change('id');
