CREATE TABLE `pair_orders` (
	`pair` text NOT NULL,
	`economy_a` text NOT NULL,
	`economy_b` text NOT NULL,
	`live_statements` integer NOT NULL,
	PRIMARY KEY(`pair`, `economy_a`, `economy_b`)
);
--> statement-breakpoint
CREATE TABLE `pair_revisions` (
	`pair` text PRIMARY KEY NOT NULL,
	`revision` integer NOT NULL
);
--> statement-breakpoint
DROP INDEX `statements_live_pairs`;--> statement-breakpoint
DROP INDEX `statements_same_figure`;--> statement-breakpoint
CREATE INDEX `statements_view_newest` ON `statements` (`pair`,`flow`,`statement_date`,`id`) WHERE "statements"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `statements_pair_figures` ON `statements` (`pair`,`flow`,`origin`,`kind`,`period_start`,`period_end`,`value_usd`,`hedge`,`statement_date`,`derived_from_id`,`period_label`,`economy_a`,`economy_b`) WHERE "statements"."deleted_at" is null;