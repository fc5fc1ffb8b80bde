-- Domain tables. Ids come from sequences allocated 50 at a time, so inserts can be batched. Columns marked (enc) hold AES-GCM ciphertext of personal data, never plain text.

create table organization (
    id              bigint primary key,
    name            varchar(300) not null,
    country         varchar(3)   not null,
    category        varchar(30)  not null,
    member_from     date,
    member_until    date
);

create table meeting (
    id                   bigint primary key,
    code                 varchar(60)  not null unique,
    title                varchar(500) not null,
    venue                varchar(300) not null,
    first_day            date         not null,
    last_day             date         not null,
    request_days_before  integer      not null,
    eligible_categories  varchar(200) not null
);

create table registration (
    id                   bigint primary key,
    meeting_id           bigint       not null references meeting(id),
    organization_id      bigint       not null references organization(id),
    family_name          varchar(1000) not null, -- (enc)
    given_names          varchar(1000) not null, -- (enc)
    confirmation_number  varchar(60)  not null,
    status               varchar(20)  not null,
    constraint uq_registration_number unique (meeting_id, confirmation_number)
);

create table app_user (
    id               bigint primary key,
    username         varchar(100) not null unique,
    password_hash    varchar(200) not null,
    role             varchar(20)  not null,
    organization_id  bigint references organization(id)
);

create table visa_request (
    id                bigint primary key,
    reference         varchar(80)  not null unique,
    meeting_id        bigint       not null references meeting(id),
    organization_id   bigint       not null references organization(id),
    received_at       timestamp with time zone not null,
    channel           varchar(20)  not null,
    language          varchar(2)   not null,
    signatory_name    varchar(1000) not null, -- (enc)
    signatory_title   varchar(1000) not null, -- (enc)
    status            varchar(30)  not null,
    submitted_by      varchar(100) not null,
    created_at        timestamp with time zone not null,
    review_comment    varchar(2000),
    escalated         boolean      not null default false,
    version           bigint       not null default 0
);
create index ix_request_org on visa_request(organization_id);
create index ix_request_status on visa_request(status);

create table participant (
    id                     bigint primary key,
    request_id             bigint       not null references visa_request(id),
    position               integer      not null,
    family_name            varchar(1000) not null, -- (enc)
    given_names            varchar(1000) not null, -- (enc)
    job_function           varchar(1000) not null, -- (enc)
    date_of_birth          varchar(200) not null,  -- (enc)
    place_of_birth         varchar(1000) not null, -- (enc)
    nationality            varchar(200) not null,  -- (enc)
    registration_number    varchar(60)  not null,
    passport_number        varchar(500) not null,  -- (enc)
    issuing_authority      varchar(1000) not null, -- (enc)
    issue_date             varchar(200) not null,  -- (enc)
    expiry_date            varchar(200) not null,  -- (enc)
    representation_kind    varchar(20)  not null,
    representation_city    varchar(200) not null,
    representation_country varchar(3)   not null,
    status                 varchar(20)  not null,
    status_reason          varchar(2000)
);
create index ix_participant_request on participant(request_id);
create index ix_participant_registration on participant(registration_number);

-- Every decision, automated or by a person, with a reason and the (non-personal) inputs it used.
create table decision (
    id              bigint primary key,
    request_id      bigint        not null references visa_request(id),
    participant_id  bigint,
    rule            varchar(40)   not null,
    outcome         varchar(20)   not null,
    reason          varchar(2000) not null,
    inputs          varchar(2000),
    decided_by      varchar(100)  not null,
    decided_at      timestamp with time zone not null
);
create index ix_decision_request on decision(request_id);

create table idempotency_key (
    username     varchar(100) not null,
    idem_key     varchar(200) not null,
    request_id   bigint       not null references visa_request(id),
    created_at   timestamp with time zone not null,
    primary key (username, idem_key)
);

create table letter (
    id               bigint primary key,
    request_id       bigint       not null references visa_request(id),
    participant_id   bigint       not null references participant(id),
    version          integer      not null,
    reference        varchar(120) not null unique,
    language         varchar(2)   not null,
    pdf              bytea        not null, -- (enc)
    sha256           varchar(64)  not null,
    verify_token     varchar(64)  not null unique,
    status           varchar(20)  not null,
    revoked_reason   varchar(1000),
    issued_at        timestamp with time zone not null
);
create index ix_letter_request on letter(request_id);

create table audit_event (
    id          bigint primary key,
    request_id  bigint,
    actor       varchar(100)  not null,
    action      varchar(60)   not null,
    detail      varchar(2000),
    at          timestamp with time zone not null
);
create index ix_audit_request on audit_event(request_id);


create sequence audit_event_seq start with 1 increment by 50;
create sequence letter_seq start with 1 increment by 50;
create sequence meeting_seq start with 1 increment by 50;
create sequence organization_seq start with 1 increment by 50;
create sequence registration_seq start with 1 increment by 50;
create sequence decision_seq start with 1 increment by 50;
create sequence participant_seq start with 1 increment by 50;
create sequence visa_request_seq start with 1 increment by 50;
create sequence app_user_seq start with 1 increment by 50;
