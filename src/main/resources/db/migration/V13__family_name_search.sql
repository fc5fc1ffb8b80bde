-- A keyed hash of each person's family name made searchable (accents and case removed), beside the
-- encrypted name, so that staff can find a person without decrypting every name. Rows stored before this
-- get theirs at the application's start (request/NameSearchKeys); it is removed with the name on purge.
alter table participant add column family_name_key varchar(64);
create index participant_family_name_key on participant (family_name_key);
