-- The Swiss embassies and consulates where delegates apply for their visas, kept by TSB staff.
create sequence swiss_representation_seq start with 1 increment by 50;
create table swiss_representation (
    id       bigint primary key,
    kind     varchar(20)  not null,
    name     varchar(300) not null,
    name_fr  varchar(300),
    city     varchar(200) not null,
    country  varchar(3)   not null,
    active   boolean      not null
);
create index swiss_representation_country on swiss_representation (country);
