CREATE TABLE `exchange_rates` (
	`currency` text NOT NULL,
	`year` integer NOT NULL,
	`month` integer DEFAULT 0 NOT NULL,
	`units_per_usd` real NOT NULL,
	`source` text NOT NULL,
	`licence` text,
	`imported_at` text NOT NULL,
	PRIMARY KEY(`currency`, `year`, `month`),
	CONSTRAINT "exchange_rates_month" CHECK("exchange_rates"."month" between 0 and 12),
	CONSTRAINT "exchange_rates_positive" CHECK("exchange_rates"."units_per_usd" > 0)
);
--> statement-breakpoint
-- Rebuilds statements so a figure in a currency with no known rate can be kept
-- without a dollar value, and records whose rate each is: every rate already
-- stored was typed by an editor (or came with an import of one), so it is theirs.
-- migrateDatabase turns foreign keys off around the whole run (see 0006).
CREATE TABLE `__new_statements` (
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
	`value_usd` real,
	`rate_origin` text,
	`rate_source` text,
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
	`deleted_at` text,
	FOREIGN KEY (`derived_from_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "statements_flow" CHECK("__new_statements"."flow" in ('total', 'exports', 'imports', 'balance')),
	CONSTRAINT "statements_kind" CHECK("__new_statements"."kind" in ('reported', 'projected')),
	CONSTRAINT "statements_hedge" CHECK("__new_statements"."hedge" in ('exact', 'approximately', 'more than', 'at least', 'less than', 'up to', 'nearly')),
	CONSTRAINT "statements_distinct_economies" CHECK("__new_statements"."economy_a" <> "__new_statements"."economy_b"),
	CONSTRAINT "statements_period_order" CHECK("__new_statements"."period_start" <= "__new_statements"."period_end"),
	CONSTRAINT "statements_value_positive" CHECK("__new_statements"."flow" = 'balance' or ("__new_statements"."value_usd" > 0 and "__new_statements"."value_stated" > 0)),
	CONSTRAINT "statements_value_usd_consistent" CHECK(case when "__new_statements"."usd_rate" is null then case when "__new_statements"."currency" = 'USD' then coalesce("__new_statements"."value_usd" = "__new_statements"."value_stated", 0) else "__new_statements"."value_usd" is null end else "__new_statements"."usd_rate" > 0 and coalesce(abs("__new_statements"."value_usd" - "__new_statements"."value_stated" * "__new_statements"."usd_rate") <= 1e-9 * abs("__new_statements"."value_usd"), 0) end),
	CONSTRAINT "statements_rate_origin" CHECK(case when "__new_statements"."usd_rate" is null then "__new_statements"."rate_origin" is null else coalesce("__new_statements"."rate_origin" in ('editor', 'table', 'text'), 0) end),
	CONSTRAINT "statements_published_after_statement" CHECK("__new_statements"."published_date" is null or "__new_statements"."published_date" >= "__new_statements"."statement_date")
);
--> statement-breakpoint
INSERT INTO `__new_statements`("id", "economy_a", "economy_b", "pair", "flow", "origin", "kind", "period_start", "period_end", "period_label", "value_text", "value_stated", "currency", "usd_rate", "value_usd", "rate_origin", "rate_source", "hedge", "speaker", "speaker_role", "organisation", "outlet", "source_url", "quote", "statement_date", "published_date", "notes", "derived_from_id", "derivation", "created_at", "updated_at", "deleted_at") SELECT "id", "economy_a", "economy_b", "pair", "flow", "origin", "kind", "period_start", "period_end", "period_label", "value_text", "value_stated", "currency", "usd_rate", "value_usd", CASE WHEN "usd_rate" IS NOT NULL THEN 'editor' END, NULL, "hedge", "speaker", "speaker_role", "organisation", "outlet", "source_url", "quote", "statement_date", "published_date", "notes", "derived_from_id", "derivation", "created_at", "updated_at", "deleted_at" FROM `statements`;--> statement-breakpoint
DROP TABLE `statements`;--> statement-breakpoint
ALTER TABLE `__new_statements` RENAME TO `statements`;--> statement-breakpoint
CREATE INDEX `statements_pair_flow_period` ON `statements` (`pair`,`flow`,`origin`,`period_start`);--> statement-breakpoint
CREATE INDEX `statements_period` ON `statements` (`period_start`);--> statement-breakpoint
CREATE INDEX `statements_derived_from` ON `statements` (`derived_from_id`);--> statement-breakpoint
CREATE INDEX `statements_view_newest` ON `statements` (`pair`,`flow`,`statement_date`,`id`) WHERE "statements"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `statements_pair_figures` ON `statements` (`pair`,`flow`,`origin`,`kind`,`period_start`,`period_end`,`value_usd`,`hedge`,`statement_date`,`derived_from_id`,`period_label`,`economy_a`,`economy_b`) WHERE "statements"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `statements_unpriced` ON `statements` (`currency`) WHERE "statements"."value_usd" is null and "statements"."deleted_at" is null;--> statement-breakpoint
-- Dropping the old table dropped its triggers (migration 0005); the same again.
CREATE TRIGGER `statements_after_insert` AFTER INSERT ON `statements` BEGIN
	INSERT INTO `pair_revisions` (`pair`, `revision`) VALUES (new.`pair`, 1)
		ON CONFLICT (`pair`) DO UPDATE SET `revision` = `revision` + 1;
	INSERT INTO `pair_orders` (`pair`, `economy_a`, `economy_b`, `live_statements`)
		VALUES (new.`pair`, new.`economy_a`, new.`economy_b`, new.`deleted_at` IS NULL)
		ON CONFLICT (`pair`, `economy_a`, `economy_b`) DO UPDATE SET `live_statements` = `live_statements` + excluded.`live_statements`;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_after_update` AFTER UPDATE ON `statements` BEGIN
	INSERT INTO `pair_revisions` (`pair`, `revision`) VALUES (old.`pair`, 1)
		ON CONFLICT (`pair`) DO UPDATE SET `revision` = `revision` + 1;
	INSERT INTO `pair_revisions` (`pair`, `revision`) VALUES (new.`pair`, 1)
		ON CONFLICT (`pair`) DO UPDATE SET `revision` = `revision` + 1;
	UPDATE `pair_orders` SET `live_statements` = `live_statements` - (old.`deleted_at` IS NULL)
		WHERE `pair` = old.`pair` AND `economy_a` = old.`economy_a` AND `economy_b` = old.`economy_b`;
	INSERT INTO `pair_orders` (`pair`, `economy_a`, `economy_b`, `live_statements`)
		VALUES (new.`pair`, new.`economy_a`, new.`economy_b`, new.`deleted_at` IS NULL)
		ON CONFLICT (`pair`, `economy_a`, `economy_b`) DO UPDATE SET `live_statements` = `live_statements` + excluded.`live_statements`;
END;
--> statement-breakpoint
CREATE TRIGGER `statements_after_delete` AFTER DELETE ON `statements` BEGIN
	INSERT INTO `pair_revisions` (`pair`, `revision`) VALUES (old.`pair`, 1)
		ON CONFLICT (`pair`) DO UPDATE SET `revision` = `revision` + 1;
	UPDATE `pair_orders` SET `live_statements` = `live_statements` - (old.`deleted_at` IS NULL)
		WHERE `pair` = old.`pair` AND `economy_a` = old.`economy_a` AND `economy_b` = old.`economy_b`;
END;
