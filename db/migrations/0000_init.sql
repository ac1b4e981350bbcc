CREATE TABLE `app_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `statements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`economy_a` text NOT NULL,
	`economy_b` text NOT NULL,
	`pair` text NOT NULL,
	`flow` text NOT NULL,
	`origin` text,
	`kind` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`period_label` text NOT NULL,
	`value_text` text NOT NULL,
	`value_stated` real NOT NULL,
	`currency` text NOT NULL,
	`usd_rate` real,
	`value_usd` real NOT NULL,
	`hedge` text NOT NULL,
	`speaker` text,
	`speaker_role` text,
	`organisation` text,
	`outlet` text,
	`source_url` text,
	`quote` text,
	`statement_date` text NOT NULL,
	`published_date` text,
	`notes` text,
	`derived_from_id` integer,
	`derivation` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`derived_from_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "statements_flow" CHECK("statements"."flow" in ('total', 'exports', 'imports')),
	CONSTRAINT "statements_kind" CHECK("statements"."kind" in ('reported', 'projected')),
	CONSTRAINT "statements_hedge" CHECK("statements"."hedge" in ('exact', 'approximately', 'more than', 'at least', 'less than', 'up to', 'nearly')),
	CONSTRAINT "statements_distinct_economies" CHECK("statements"."economy_a" <> "statements"."economy_b"),
	CONSTRAINT "statements_period_order" CHECK("statements"."period_start" <= "statements"."period_end"),
	CONSTRAINT "statements_value_positive" CHECK("statements"."value_usd" > 0 and "statements"."value_stated" > 0)
);
--> statement-breakpoint
CREATE INDEX `statements_pair_flow_period` ON `statements` (`pair`,`flow`,`origin`,`period_start`);--> statement-breakpoint
CREATE INDEX `statements_period` ON `statements` (`period_start`);--> statement-breakpoint
CREATE INDEX `statements_derived_from` ON `statements` (`derived_from_id`);--> statement-breakpoint
CREATE INDEX `statements_same_figure` ON `statements` (`pair`,`flow`,`kind`,`period_start`,`period_end`,`value_usd`);