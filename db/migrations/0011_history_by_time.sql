-- IF NOT EXISTS: the migration tests re-run every migration after the one they test.
CREATE INDEX IF NOT EXISTS `statement_history_at` ON `statement_history` (`at`);
