-- Tokens for systems (the registration system, ITU's other tools): sent as "Authorization: Bearer", stored
-- only as a SHA-256 hash (a token is 256 random bits: nothing to guess, nothing worth a slow hash).
create table api_token (
    id            bigint primary key,
    user_id       bigint not null references app_user(id),
    token_hash    varchar(64) not null unique,
    created_by    varchar(100) not null,
    created_at    timestamp with time zone not null,
    revoked_at    timestamp with time zone
);
create sequence api_token_seq start with 1 increment by 50;
