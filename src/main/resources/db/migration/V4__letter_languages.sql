-- French texts for French letters (optional: the English ones are printed where they are missing).
alter table meeting add column title_fr varchar(500);
alter table meeting add column venue_fr varchar(300);
alter table organization add column name_fr varchar(300);
