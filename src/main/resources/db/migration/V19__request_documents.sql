-- The documents of a request, as ITU's published procedure asks for them: the administration's signed covering
-- letter (the original of a fax or e-mail intake) and each person's passport data page. Personal data:
-- the content is encrypted, and the rows are deleted with the rest of the request's personal data.
create sequence request_document_seq start with 1 increment by 50;
create table request_document (
    id             bigint primary key,
    request_id     bigint       not null references visa_request (id),
    participant_id bigint       references participant (id),
    kind           varchar(20)  not null,
    content_type   varchar(40)  not null,
    size_bytes     integer      not null,
    uploaded_by    varchar(100) not null,
    uploaded_at    timestamp with time zone not null,
    content        bytea        not null -- (enc)
);
create index request_document_request on request_document (request_id);
