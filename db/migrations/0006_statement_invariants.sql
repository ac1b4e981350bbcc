-- Rebuilds statements with the invariants as CHECK constraints. Rows that
-- break them are mended, never dropped: a dollar figure's stated value wins
-- over a dollar value that disagrees with it, another currency with no rate
-- gets the rate its two values imply, a publication date before the
-- statement date is removed, and the notes keep each old value.
-- migrateDatabase turns foreign keys off around the whole run (a PRAGMA
-- inside the migrator's transaction would do nothing) and checks them after.
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
	`deleted_at` text,
	FOREIGN KEY (`derived_from_id`) REFERENCES `statements`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "statements_flow" CHECK("__new_statements"."flow" in ('total', 'exports', 'imports', 'balance')),
	CONSTRAINT "statements_kind" CHECK("__new_statements"."kind" in ('reported', 'projected')),
	CONSTRAINT "statements_hedge" CHECK("__new_statements"."hedge" in ('exact', 'approximately', 'more than', 'at least', 'less than', 'up to', 'nearly')),
	CONSTRAINT "statements_distinct_economies" CHECK("__new_statements"."economy_a" <> "__new_statements"."economy_b"),
	CONSTRAINT "statements_period_order" CHECK("__new_statements"."period_start" <= "__new_statements"."period_end"),
	CONSTRAINT "statements_value_positive" CHECK("__new_statements"."flow" = 'balance' or ("__new_statements"."value_usd" > 0 and "__new_statements"."value_stated" > 0)),
	CONSTRAINT "statements_value_usd_consistent" CHECK(case when "__new_statements"."usd_rate" is null then "__new_statements"."currency" = 'USD' and "__new_statements"."value_usd" = "__new_statements"."value_stated" else "__new_statements"."usd_rate" > 0 and abs("__new_statements"."value_usd" - "__new_statements"."value_stated" * "__new_statements"."usd_rate") <= 1e-9 * abs("__new_statements"."value_usd") end),
	CONSTRAINT "statements_published_after_statement" CHECK("__new_statements"."published_date" is null or "__new_statements"."published_date" >= "__new_statements"."statement_date")
);
--> statement-breakpoint
INSERT INTO `__new_statements`("id", "economy_a", "economy_b", "pair", "flow", "origin", "kind", "period_start", "period_end", "period_label", "value_text", "value_stated", "currency", "usd_rate", "value_usd", "hedge", "speaker", "speaker_role", "organisation", "outlet", "source_url", "quote", "statement_date", "published_date", "notes", "derived_from_id", "derivation", "created_at", "updated_at", "deleted_at") SELECT "id", "economy_a", "economy_b", "pair", "flow", "origin", "kind", "period_start", "period_end", "period_label", "value_text", "value_stated", "currency", (CASE WHEN "currency" = 'USD' THEN NULL WHEN "usd_rate" > 0 THEN "usd_rate" ELSE "value_usd" / "value_stated" END), CASE WHEN (CASE WHEN (CASE WHEN "currency" = 'USD' THEN NULL WHEN "usd_rate" > 0 THEN "usd_rate" ELSE "value_usd" / "value_stated" END) IS NULL THEN "value_usd" = "value_stated" ELSE abs("value_usd" - "value_stated" * (CASE WHEN "currency" = 'USD' THEN NULL WHEN "usd_rate" > 0 THEN "usd_rate" ELSE "value_usd" / "value_stated" END)) <= 1e-9 * abs("value_usd") END) THEN "value_usd" ELSE "value_stated" * coalesce((CASE WHEN "currency" = 'USD' THEN NULL WHEN "usd_rate" > 0 THEN "usd_rate" ELSE "value_usd" / "value_stated" END), 1) END, "hedge", "speaker", "speaker_role", "organisation", "outlet", "source_url", "quote", "statement_date", CASE WHEN ("published_date" IS NULL OR "published_date" >= "statement_date") THEN "published_date" END, nullif(trim(concat_ws(' ', "notes", CASE WHEN NOT (CASE WHEN (CASE WHEN "currency" = 'USD' THEN NULL WHEN "usd_rate" > 0 THEN "usd_rate" ELSE "value_usd" / "value_stated" END) IS NULL THEN "value_usd" = "value_stated" ELSE abs("value_usd" - "value_stated" * (CASE WHEN "currency" = 'USD' THEN NULL WHEN "usd_rate" > 0 THEN "usd_rate" ELSE "value_usd" / "value_stated" END)) <= 1e-9 * abs("value_usd") END) THEN '[Migration 0006: the stored dollar value ' || "value_usd" || ' disagreed with the stated value and rate; it was recomputed.]' END, CASE WHEN NOT ("published_date" IS NULL OR "published_date" >= "statement_date") THEN '[Migration 0006: the publication date ' || "published_date" || ' was before the statement date and was removed.]' END)), ''), "derived_from_id", "derivation", "created_at", "updated_at", "deleted_at" FROM `statements`;--> statement-breakpoint
DROP TABLE `statements`;--> statement-breakpoint
ALTER TABLE `__new_statements` RENAME TO `statements`;--> statement-breakpoint
CREATE INDEX `statements_pair_flow_period` ON `statements` (`pair`,`flow`,`origin`,`period_start`);--> statement-breakpoint
CREATE INDEX `statements_period` ON `statements` (`period_start`);--> statement-breakpoint
CREATE INDEX `statements_derived_from` ON `statements` (`derived_from_id`);--> statement-breakpoint
CREATE INDEX `statements_view_newest` ON `statements` (`pair`,`flow`,`statement_date`,`id`) WHERE "statements"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `statements_pair_figures` ON `statements` (`pair`,`flow`,`origin`,`kind`,`period_start`,`period_end`,`value_usd`,`hedge`,`statement_date`,`derived_from_id`,`period_label`,`economy_a`,`economy_b`) WHERE "statements"."deleted_at" is null;--> statement-breakpoint
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
