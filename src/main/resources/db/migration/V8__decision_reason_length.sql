-- A decision's reason quotes what staff wrote (a comment of up to 2,000 characters) after a sentence of
-- its own: the column holds both.
alter table decision alter column reason set data type varchar(4000);
