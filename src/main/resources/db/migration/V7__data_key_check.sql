-- A value encrypted with the data key at first start: a later start with another key is refused before
-- anything is written under it.
create table data_key_check (
    id           integer primary key,
    check_value  varchar(200) not null
);
