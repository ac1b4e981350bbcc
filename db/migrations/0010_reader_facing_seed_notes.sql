-- The seed's Interfax and Astana Times figures carried a note meant for the
-- team ("Figure as recorded in the team notes (shared/data/README.md)…"),
-- shown to every reader on the statement's page. This gives them the notes
-- the seed now writes (app/lib/data/seed-statements.ts): who reported the
-- figure, and that no address or quote is on file yet. Only notes still
-- word for word the old text change, so an editor's own note is kept; each
-- change is recorded in statement_history as an edit by "seed", with the row
-- before and after as the app records them (statement-row-writes.ts), so the
-- old note stays on the statement's page and nothing is lost.
CREATE TEMP TABLE `seed_note_changes` AS
SELECT `id`,
	CASE `outlet`
		WHEN 'Interfax' THEN 'Reported by Interfax on 22 October 2024, citing Kazakhstan’s Deputy Minister of Agriculture. No web address or verbatim quote is on file yet, so the figure cannot be checked here.'
		WHEN 'The Astana Times' THEN 'Reported by The Astana Times on 29 October 2025, citing Serik Zhumangarin, Kazakhstan’s Deputy Prime Minister and Minister of Trade and Integration. No web address or verbatim quote is on file yet, so the figure cannot be checked here.'
		ELSE 'No web address or verbatim quote is on file yet, so the figure cannot be checked here.'
	END AS `notes`,
	strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS `at`
FROM `statements`
WHERE `notes` = 'Figure as recorded in the team notes (shared/data/README.md); the verbatim quote and address are not on file yet.';
--> statement-breakpoint
INSERT INTO `statement_history` (`statement_id`, `action`, `editor`, `at`, `before`, `after`)
SELECT s.`id`, 'edited', 'seed', c.`at`,
	json_object(
		'id', s.`id`, 'economyA', s.`economy_a`, 'economyB', s.`economy_b`, 'pair', s.`pair`, 'flow', s.`flow`,
		'origin', s.`origin`, 'kind', s.`kind`, 'periodStart', s.`period_start`, 'periodEnd', s.`period_end`, 'periodLabel', s.`period_label`,
		'valueText', s.`value_text`, 'valueStated', s.`value_stated`, 'currency', s.`currency`, 'usdRate', s.`usd_rate`, 'valueUsd', s.`value_usd`,
		'hedge', s.`hedge`, 'speaker', s.`speaker`, 'speakerRole', s.`speaker_role`, 'organisation', s.`organisation`, 'outlet', s.`outlet`,
		'sourceUrl', s.`source_url`, 'quote', s.`quote`, 'statementDate', s.`statement_date`, 'publishedDate', s.`published_date`, 'notes', s.`notes`,
		'derivedFromId', s.`derived_from_id`, 'derivation', s.`derivation`, 'createdAt', s.`created_at`, 'updatedAt', s.`updated_at`, 'deletedAt', s.`deleted_at`
	),
	json_object(
		'id', s.`id`, 'economyA', s.`economy_a`, 'economyB', s.`economy_b`, 'pair', s.`pair`, 'flow', s.`flow`,
		'origin', s.`origin`, 'kind', s.`kind`, 'periodStart', s.`period_start`, 'periodEnd', s.`period_end`, 'periodLabel', s.`period_label`,
		'valueText', s.`value_text`, 'valueStated', s.`value_stated`, 'currency', s.`currency`, 'usdRate', s.`usd_rate`, 'valueUsd', s.`value_usd`,
		'hedge', s.`hedge`, 'speaker', s.`speaker`, 'speakerRole', s.`speaker_role`, 'organisation', s.`organisation`, 'outlet', s.`outlet`,
		'sourceUrl', s.`source_url`, 'quote', s.`quote`, 'statementDate', s.`statement_date`, 'publishedDate', s.`published_date`, 'notes', c.`notes`,
		'derivedFromId', s.`derived_from_id`, 'derivation', s.`derivation`, 'createdAt', s.`created_at`, 'updatedAt', c.`at`, 'deletedAt', s.`deleted_at`
	)
FROM `statements` s JOIN `seed_note_changes` c ON c.`id` = s.`id`
ORDER BY s.`id`;
--> statement-breakpoint
UPDATE `statements` SET
	`notes` = (SELECT c.`notes` FROM `seed_note_changes` c WHERE c.`id` = `statements`.`id`),
	`updated_at` = (SELECT c.`at` FROM `seed_note_changes` c WHERE c.`id` = `statements`.`id`)
WHERE `id` IN (SELECT `id` FROM `seed_note_changes`);
--> statement-breakpoint
DROP TABLE `seed_note_changes`;
