-- TSB closes a meeting to new requests (registration closed, meeting cancelled); open requests go on.
alter table meeting add column closed_at timestamp with time zone;
alter table meeting add column closed_by varchar(100);
