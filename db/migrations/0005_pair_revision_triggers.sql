-- Keeps pair_revisions and pair_orders (migration 0004) true for every writer:
-- the app, `npm run import`, sqlite3 by hand. Each change to a statement bumps
-- its pair's revision and moves its live count.
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
--> statement-breakpoint
-- Statements stored before these triggers existed.
INSERT INTO `pair_revisions` (`pair`, `revision`) SELECT DISTINCT `pair`, 1 FROM `statements`;
--> statement-breakpoint
INSERT INTO `pair_orders` (`pair`, `economy_a`, `economy_b`, `live_statements`)
	SELECT `pair`, `economy_a`, `economy_b`, count(*) FROM `statements` WHERE `deleted_at` IS NULL GROUP BY `pair`, `economy_a`, `economy_b`;
