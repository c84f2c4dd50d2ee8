-- Like the audit trail (V005): a connection may queue mail only for a municipality it may see. Mail without a
-- municipality (to people of other organisations or platform operators) stays allowed: it exposes no tenant.
alter policy mail_outbox_write on mail_outbox
    with check (municipality_code is null or traedesten_visible(municipality_code));
