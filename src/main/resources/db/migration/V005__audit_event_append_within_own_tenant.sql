-- The audit trail accepted appended rows for any municipality, so a tenant's connection could write
-- events into another municipality's trail. Appending now follows the same visibility as reading: the
-- trigger only ever writes rows for a municipality the connection may see (or, for platform-wide work, any).
alter policy audit_event_append on audit_event with check (traedesten_visible(municipality_code));
