-- A correction staff proposed after the letter was issued, waiting for a second member of staff to approve
-- it. One at a time per person; the row goes when it is approved or discarded (the decisions stay).
create table participant_correction (
    id              bigint primary key,
    request_id      bigint        not null references visa_request(id),
    participant_id  bigint        not null unique references participant(id),
    details         varchar(8000) not null, -- (enc) the proposed details, as JSON
    proposed_by     varchar(100)  not null,
    proposed_at     timestamp with time zone not null
);
create index ix_participant_correction_request on participant_correction(request_id);
create sequence participant_correction_seq start with 1 increment by 50;
