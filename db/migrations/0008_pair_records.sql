CREATE TABLE `pair_records` (
	`pair` text PRIMARY KEY NOT NULL,
	`revision` integer NOT NULL,
	`version` integer NOT NULL,
	`record` text NOT NULL
);
