-- A member of staff takes a request under review, so that two do not review the same one.
alter table visa_request add column assigned_to varchar(100);
alter table visa_request add column assigned_at timestamp with time zone;
