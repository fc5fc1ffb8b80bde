-- The applicant's answer to TSB's comment, sent with a correction round; it may name persons, so it is
-- encrypted and deleted with the rest of the personal data after retention.
alter table visa_request add column applicant_answer varchar(12000); -- (enc)
alter table visa_request add column applicant_answer_at timestamp with time zone;
