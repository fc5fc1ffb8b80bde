-- A request being written, kept on the server as the person types so that nothing typed is lost: it holds
-- personal data, encrypted like the rest (body); summary says only the meeting and how many persons. Deleted
-- when the request is sent, by its author, or by the nightly retention run some days after it was last saved.
create sequence request_draft_seq start with 1 increment by 50;
create table request_draft (
    id        bigint primary key,
    owner     varchar(100) not null,
    draft_key varchar(64)  not null,
    saved_at  timestamp with time zone not null,
    summary   varchar(300),
    body      varchar(400000) not null, -- (enc)
    constraint request_draft_owner_key unique (owner, draft_key)
);
