-- What the public verification page shows of each letter version: when it was revoked (never why), which
-- version superseded it, and the holder's initials and year of birth as printed on it (enc).
alter table letter add column revoked_at timestamp with time zone;
alter table letter add column superseded_by varchar(120);
alter table letter add column holder_initials varchar(500);   -- (enc)
alter table letter add column holder_birth_year varchar(200); -- (enc)
update letter set status = 'SUPERSEDED', superseded_by = substring(revoked_reason, 15)
    where status = 'REVOKED' and revoked_reason like 'superseded by %';
-- letters of purged requests were marked revoked; their meetings have ended, so they now verify as expired
update letter set status = 'PURGED', revoked_reason = null
    where status = 'REVOKED' and revoked_reason like 'expired: %';
