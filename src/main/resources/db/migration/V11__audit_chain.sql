-- Tamper evidence: audit events are sealed into a hash chain shortly after they are written (once no
-- transaction that could still add an earlier one is likely open). Each sealed event holds its place in
-- the chain, the hash of the one before, and the hash of that and its own content; the head row holds
-- the last place and hash, so that an edited, removed or truncated event shows.
alter table audit_event add column seal_seq bigint;
alter table audit_event add column prev_hash varchar(64);
alter table audit_event add column hash varchar(64);
create unique index ix_audit_seal_seq on audit_event(seal_seq);
create table audit_chain (
    id         int primary key,
    last_seq   bigint not null,
    last_hash  varchar(64) not null
);
insert into audit_chain (id, last_seq, last_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
