-- The review inbox, a page at a time: the requests waiting for review, escalated first, then the longest
-- waiting, read from the index rather than by sorting every request.
create index ix_request_inbox on visa_request(status, escalated, received_at, id);
