-- What TSB asks to change on one person when it asks for changes: a field and a comment each, the request's
-- own comment staying for the rest. The rows of a request go when the applicant sends the corrections (the
-- history keeps what was asked), or with the request's personal data.
create table change_flag (
    id              bigint primary key,
    request_id      bigint        not null references visa_request(id),
    participant_id  bigint        not null references participant(id),
    field           varchar(40)   not null,
    comment         varchar(4000) not null, -- (enc) what staff wrote of the person's field
    asked_by        varchar(100)  not null,
    asked_at        timestamp with time zone not null
);
create index ix_change_flag_request on change_flag(request_id);
create sequence change_flag_seq start with 1 increment by 50;
