-- Applicants' e-mail addresses, and the outbox of e-mails to them: written in the transaction of the
-- step that notifies, sent afterwards with retries, so a mail server that is down loses nothing.
alter table app_user add column email varchar(254);

create table notification (
    id          bigint primary key,
    request_id  bigint        not null references visa_request(id),
    recipient   varchar(254)  not null,
    subject     varchar(300)  not null,
    body        varchar(4000) not null,
    status      varchar(20)   not null,
    attempts    integer       not null default 0,
    last_error  varchar(1000),
    created_at  timestamp with time zone not null,
    sent_at     timestamp with time zone
);
create index ix_notification_status on notification(status);
create sequence notification_seq start with 1 increment by 50;
