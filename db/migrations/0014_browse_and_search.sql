CREATE TABLE `name_keys` (
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`key` text NOT NULL,
	PRIMARY KEY(`kind`, `name`),
	CONSTRAINT "name_keys_kind" CHECK("name_keys"."kind" in ('speaker', 'outlet'))
);
--> statement-breakpoint
CREATE INDEX `name_keys_key` ON `name_keys` (`kind`,`key`);--> statement-breakpoint
CREATE TABLE `name_merges` (
	`kind` text NOT NULL,
	`from_key` text NOT NULL,
	`to_key` text NOT NULL,
	`merged_by` integer,
	`merged_at` text NOT NULL,
	PRIMARY KEY(`kind`, `from_key`),
	FOREIGN KEY (`merged_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "name_merges_kind" CHECK("name_merges"."kind" in ('speaker', 'outlet'))
);
--> statement-breakpoint
CREATE TABLE `target_verdicts` (
	`statement_id` integer PRIMARY KEY NOT NULL,
	`pair` text NOT NULL,
	`settled` text NOT NULL,
	`period_end` text NOT NULL,
	`ratio` real,
	`outcome_id` integer,
	CONSTRAINT "target_verdicts_settled" CHECK("target_verdicts"."settled" in ('met', 'missed', 'disputed', 'no reported figure yet'))
);
--> statement-breakpoint
CREATE INDEX `target_verdicts_pair` ON `target_verdicts` (`pair`);--> statement-breakpoint
CREATE TABLE `verdict_revisions` (
	`pair` text PRIMARY KEY NOT NULL,
	`revision` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `statements_browse_stated` ON `statements` (`statement_date`,`id`) WHERE "statements"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `statements_browse_value` ON `statements` (`value_usd`,`id`) WHERE "statements"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `statements_browse_speaker` ON `statements` (`speaker`,`id`) WHERE "statements"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `statements_browse_outlet` ON `statements` (`outlet`,`id`) WHERE "statements"."deleted_at" is null;--> statement-breakpoint
-- The statements browser's full-text index over what people search by: the
-- quote and who said it where. An external-content FTS5 table (it stores no
-- copy of the text), kept by triggers so every writer indexes: the app, an
-- import, sqlite3 by hand. Deleted statements stay indexed (a restore needs
-- nothing); readers join statements and leave them out.
CREATE VIRTUAL TABLE `statements_fts` USING fts5(
	quote, speaker, speaker_role, organisation, outlet, notes,
	content='statements', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `statements_fts_after_insert` AFTER INSERT ON `statements` BEGIN
	INSERT INTO `statements_fts` (rowid, quote, speaker, speaker_role, organisation, outlet, notes)
		VALUES (new.`id`, new.`quote`, new.`speaker`, new.`speaker_role`, new.`organisation`, new.`outlet`, new.`notes`);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_after_delete` AFTER DELETE ON `statements` BEGIN
	INSERT INTO `statements_fts` (`statements_fts`, rowid, quote, speaker, speaker_role, organisation, outlet, notes)
		VALUES ('delete', old.`id`, old.`quote`, old.`speaker`, old.`speaker_role`, old.`organisation`, old.`outlet`, old.`notes`);
END;
--> statement-breakpoint
CREATE TRIGGER `statements_fts_after_update` AFTER UPDATE OF `quote`, `speaker`, `speaker_role`, `organisation`, `outlet`, `notes` ON `statements` BEGIN
	INSERT INTO `statements_fts` (`statements_fts`, rowid, quote, speaker, speaker_role, organisation, outlet, notes)
		VALUES ('delete', old.`id`, old.`quote`, old.`speaker`, old.`speaker_role`, old.`organisation`, old.`outlet`, old.`notes`);
	INSERT INTO `statements_fts` (rowid, quote, speaker, speaker_role, organisation, outlet, notes)
		VALUES (new.`id`, new.`quote`, new.`speaker`, new.`speaker_role`, new.`organisation`, new.`outlet`, new.`notes`);
END;
--> statement-breakpoint
INSERT INTO `statements_fts` (`statements_fts`) VALUES ('rebuild');
