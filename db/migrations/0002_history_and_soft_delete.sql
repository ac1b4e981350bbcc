CREATE TABLE `statement_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`statement_id` integer NOT NULL,
	`action` text NOT NULL,
	`editor` text NOT NULL,
	`at` text NOT NULL,
	`before` text,
	`after` text,
	FOREIGN KEY (`statement_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `statement_history_statement` ON `statement_history` (`statement_id`,`at`);--> statement-breakpoint
ALTER TABLE `statements` ADD `deleted_at` text;