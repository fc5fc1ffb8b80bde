-- A Swiss representation's visa section e-mail address (where TSB sends the letters it issues for it) and its
-- city in French where that differs (Genève, New Delhi); both optional.
alter table swiss_representation add column email varchar(254);
alter table swiss_representation add column city_fr varchar(200);
