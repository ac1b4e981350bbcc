CREATE TABLE `official_figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reporter` text NOT NULL,
	`partner` text NOT NULL,
	`pair` text NOT NULL,
	`flow` text NOT NULL,
	`origin` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`period_label` text NOT NULL,
	`value_usd` real NOT NULL,
	`source` text NOT NULL,
	`release_date` text,
	`created_at` text NOT NULL,
	CONSTRAINT "official_figures_flow" CHECK("official_figures"."flow" in ('exports', 'imports')),
	CONSTRAINT "official_figures_value" CHECK("official_figures"."value_usd" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `official_figures_same_figure` ON `official_figures` (`source`,`reporter`,`partner`,`flow`,`period_start`,`period_end`);--> statement-breakpoint
CREATE INDEX `official_figures_pair_origin_period` ON `official_figures` (`pair`,`origin`,`period_start`);