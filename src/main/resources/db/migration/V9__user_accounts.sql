-- Accounts can be disabled, and user names are unique without regard to case ("ADMIN" beside "admin"
-- would be two accounts a person cannot tell apart): the lower-case name is kept and unique.
alter table app_user add column enabled boolean default true not null;
alter table app_user add column username_key varchar(100);
update app_user set username_key = lower(username);
alter table app_user alter column username_key set not null;
-- (PostgreSQL already names the constraint on username "app_user_username_key")
create unique index app_user_name_any_case on app_user(username_key);
