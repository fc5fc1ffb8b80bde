-- Personal data is deleted after the retention period; the rows, their decisions and the audit trail stay.
alter table registration alter column family_name drop not null;
alter table registration alter column given_names drop not null;
alter table visa_request alter column signatory_name drop not null;
alter table visa_request alter column signatory_title drop not null;
alter table visa_request add column purged_at timestamp with time zone;
alter table participant alter column family_name drop not null;
alter table participant alter column given_names drop not null;
alter table participant alter column job_function drop not null;
alter table participant alter column date_of_birth drop not null;
alter table participant alter column place_of_birth drop not null;
alter table participant alter column nationality drop not null;
alter table participant alter column passport_number drop not null;
alter table participant alter column issuing_authority drop not null;
alter table participant alter column issue_date drop not null;
alter table participant alter column expiry_date drop not null;
alter table letter alter column pdf drop not null;
