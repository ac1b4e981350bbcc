-- Rounds stored dollar values and rates to 15 significant digits, what the
-- write path now stores (app/lib/data/statement-saves.ts) and what a
-- spreadsheet keeps, so that a figure exported, opened in LibreOffice or
-- Excel, saved and imported again is found as the same figure. All three
-- columns change in one UPDATE, so the CHECK of migration 0006 (value_usd =
-- value_stated × usd_rate within 1e-9 relative) holds on the new row: the
-- rounding moves each value by at most 5e-16 of itself. Only rows that change
-- are written, so the pair revisions of untouched pairs stay as they are.
UPDATE `statements` SET
	`value_stated` = CAST(printf('%.15g', `value_stated`) AS REAL),
	-- printf reads NULL as 0, so a missing rate stays missing.
	`usd_rate` = CASE WHEN `usd_rate` IS NULL THEN NULL ELSE CAST(printf('%.15g', `usd_rate`) AS REAL) END,
	`value_usd` = CAST(printf('%.15g', `value_usd`) AS REAL)
WHERE `value_stated` <> CAST(printf('%.15g', `value_stated`) AS REAL)
	OR `usd_rate` <> CAST(printf('%.15g', `usd_rate`) AS REAL)
	OR `value_usd` <> CAST(printf('%.15g', `value_usd`) AS REAL);
--> statement-breakpoint
UPDATE `official_figures` SET `value_usd` = CAST(printf('%.15g', `value_usd`) AS REAL)
WHERE `value_usd` <> CAST(printf('%.15g', `value_usd`) AS REAL);
