-- Reasons are kept as a code and its parameters and worded when read, in the reader's language. The
-- English words stay in reason and status_reason (what readers of the tables saw before); rows from
-- before this version have no code and are read as they were written.
alter table decision add column reason_code varchar(100);
alter table decision add column reason_args varchar(16000);
alter table participant add column status_reason_words varchar(4000);
-- reason_args holds a comment of up to 2,000 characters as JSON, where one control character takes six.
