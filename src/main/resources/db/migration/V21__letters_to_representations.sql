-- An e-mail of the outbox may carry an issued letter (the PDF is read from the letter when the e-mail is sent,
-- never copied here): TSB sends each letter to the visa section of the person's Swiss representation.
alter table notification add column attachment_letter_id bigint;
