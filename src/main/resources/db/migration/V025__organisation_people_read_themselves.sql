-- People of an organisation outside the municipalities (KL's event staff) belong to no tenant, so the tenant
-- policies of V002 and V003 hide even their own person row, roles and account from them: their profile page
-- could not be shown nor their password changed. They may read themselves (and change their own account's
-- password), nobody else. The actor is the signed-in account's e-mail, set by TenantAwareDataSource. Policies
-- are permissive, so these add to the tenant rules.
create policy person_self on person for select
    using (municipality_code is null
           and email = lower(nullif(current_setting('traedesten.actor', true), '')));

create policy membership_self on membership for select
    using (municipality_code is null
           and person_id in (select p.id from person p
                             where p.email = lower(nullif(current_setting('traedesten.actor', true), ''))));

create policy account_self_read on account for select
    using (municipality_code is null
           and email = lower(nullif(current_setting('traedesten.actor', true), '')));

create policy account_self_update on account for update
    using (municipality_code is null
           and email = lower(nullif(current_setting('traedesten.actor', true), '')))
    with check (municipality_code is null
           and email = lower(nullif(current_setting('traedesten.actor', true), '')));
